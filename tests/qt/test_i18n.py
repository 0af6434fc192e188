"""Finnish by default with Qt's own Finnish texts; English through kemidesk_en.qm."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from kemidesk.paths import resource_path
from kemidesk.ui.i18n import install_translators
from kemidesk.ui.main_window import MainWindow

TS = resource_path("translations", "kemidesk_en.ts")


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    installed: list[Any] = []

    def install(code: str) -> None:
        installed.extend(install_translators(qapp, code))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))


def test_finnish_standard_buttons(language: Any) -> None:
    language("fi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    assert sorted(b.text() for b in box.buttons()) == ["&Ei", "&Kyllä"]
    assert QLocale().language() == QLocale.Language.Finnish


def test_english_window(language: Any, ctx: Any, qtbot: Any) -> None:
    language("en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_tab().loaded)
    assert [window.tabs.tabText(i) for i in range(5)] == [
        "Ov&erview", "&Associations", "&Employees", "&Placements", "&Grants",
    ]  # fmt: skip
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    tab = window.tab_by_key("associations")
    window.tabs.setCurrentWidget(tab)
    assert tab.search.placeholderText() == "Search (Ctrl+F)"  # text of the base class
    form = window.new_record()
    assert form.windowTitle() == "New association"
    assert form.save_button.text() == "&Save"
    form.reject()
    assert QCoreApplication.translate("Columns", "Päätöspäivä") == "Decision date"


def test_every_ui_text_is_translated() -> None:
    root = ET.parse(TS).getroot()
    untranslated = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert untranslated == []


def test_translation_source_is_up_to_date(tmp_path: Path) -> None:
    """Every tr() text of the code is in kemidesk_en.ts (run pyside6-lupdate otherwise)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ui_dir = Path(__file__).resolve().parents[2] / "src" / "kemidesk" / "ui"
    sources = sorted(str(p) for p in ui_dir.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def texts(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
                for m in c.iter("message")}  # fmt: skip

    assert texts(fresh) <= texts(TS)
