"""Finnish by default with Qt's own Finnish texts; English through kemidesk_en.qm."""

from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from kemidesk.domain.eligibility import Finding
from kemidesk.domain.errors import DomainError, FieldErrors
from kemidesk.domain.messages import CONTEXT, TEMPLATES, Message
from kemidesk.domain.types import Severity
from kemidesk.paths import resource_path
from kemidesk.services.errors import NotFoundError
from kemidesk.ui.dialogs.person_form import PersonForm
from kemidesk.ui.errors import error_text, message_text
from kemidesk.ui.i18n import install_translators
from kemidesk.ui.main_window import MainWindow
from kemidesk.ui.widgets.findings import FindingsView
from tests.qt.conftest import finish_loading

TS = resource_path("translations", "kemidesk_en.ts")
NBSP = "\u00a0"
SRC = Path(__file__).resolve().parents[2] / "src" / "kemidesk"


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


def test_one_word_for_cancel(language: Any) -> None:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    language("fi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["Peruuta"]  # Qt's own Finnish says "Peru"
    message = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert message.button(QMessageBox.StandardButton.Cancel).text() == "Peruuta"
    progress = QProgressDialog()
    assert "Peruuta" in [b.text() for b in progress.findChildren(QPushButton)]
    yes_no = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes)
    assert yes_no.buttons()[0].text() == "&Kyllä"  # the rest of Qt's Finnish is untouched


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


def test_every_enum_label_is_listed_for_translation() -> None:
    from kemidesk.domain import types
    from kemidesk.ui.labels import LABELS

    finnish = {
        member.label
        for cls in vars(types).values()
        if isinstance(cls, type) and issubclass(cls, types.LabelledEnum)
        for member in cls
    }
    assert finnish == set(LABELS)


def test_statuses_and_types_show_in_english(language: Any, ctx: Any, qtbot: Any) -> None:
    from kemidesk.domain.types import DecisionType, PlacementStatus
    from kemidesk.ui.labels import enum_label

    language("en")
    assert enum_label(PlacementStatus.ACTIVE) == "In force"
    assert enum_label(DecisionType.GRANT) == "Positive decision"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    combo_texts = [tab.status_filter.itemText(i) for i in range(tab.status_filter.count())]
    assert "In force" in combo_texts
    shown = {
        tab.proxy.index(r, c).data()
        for r in range(min(tab.proxy.rowCount(), 50))
        for c in range(tab.proxy.columnCount())
    }
    assert shown & {"In force", "Ended", "Planned"}
    assert not shown & {"Voimassa", "Päättynyt", "Suunniteltu"}
    assert PlacementStatus.ACTIVE.label == "Voimassa"  # printed documents stay Finnish


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
    sources = sorted(str(p) for p in (SRC / "ui").rglob("*.py"))
    sources.append(str(SRC / "domain" / "messages.py"))  # the finding and error templates
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def texts(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
                for m in c.iter("message")}  # fmt: skip

    assert texts(fresh) <= texts(TS)
    # lupdate finds the templates through the Qt-free QT_TRANSLATE_NOOP of domain/messages.py
    assert {(CONTEXT, template) for template in TEMPLATES.values()} <= texts(fresh)


def test_message_translations_keep_their_placeholders() -> None:
    def names(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    contexts = [c for c in ET.parse(TS).getroot().iter("context") if c.findtext("name") == CONTEXT]
    messages = [m for c in contexts for m in c.iter("message")]
    assert len(messages) == len(TEMPLATES)
    for message in messages:
        source, translation = message.findtext("source"), message.findtext("translation")
        assert names(source) == names(translation), source


def test_errors_show_in_finnish_without_the_english_translation(language: Any) -> None:
    language("fi")
    error = DomainError("APPROPRIATION_EXCEEDED", needed_cents=123_450, left_cents=5_000)
    assert error_text(error) == (
        f"Päätös vaatii 1{NBSP}234,50{NBSP}€, mutta määrärahaa on jäljellä 50,00{NBSP}€."
    )
    assert error_text(NotFoundError("PERSON_NOT_FOUND", 12)) == "Henkilö 12 ei löydy."
    assert error_text(ValueError("x")) == "x"


def test_errors_and_findings_show_in_english(language: Any, qtbot: Any) -> None:
    language("en")
    error = DomainError("APPROPRIATION_EXCEEDED", needed_cents=123_450, left_cents=5_000)
    assert error_text(error) == (
        f"The decision needs 1{NBSP}234,50{NBSP}€, but only 50,00{NBSP}€ of the appropriation"
        " is left."
    )
    fields = FieldErrors({"name": Message("REQUIRED", {"label": "Name"}), "iban": "IBAN_REQUIRED"})
    assert error_text(fields) == "Name is required. The IBAN account number is required."
    finding = Finding(Severity.WARNING, "APPLICATION_DATE_MISSING", {})
    assert message_text(finding) == "The date the application arrived is missing."
    view = FindingsView()
    qtbot.addWidget(view)
    view.set_findings([finding, Finding(Severity.ERROR, "NOT_KEMI_RESIDENT", {})])
    assert view.texts() == [
        "Obstacle: The person's municipality of residence is not Kemi.",
        "Note: The date the application arrived is missing.",
    ]


def test_field_errors_of_a_form_show_in_english(language: Any, ctx: Any, qtbot: Any) -> None:
    language("en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_tab().loaded)
    window.tabs.setCurrentWidget(window.tab_by_key("people"))
    form = window.new_record()
    assert isinstance(form, PersonForm)
    qtbot.keyClicks(form.hetu, "010190-900B")
    assert form.error_text("hetu").startswith(
        "The personal ID is not valid: date of birth ddmmyy, a century sign (- or A)"
    )
    qtbot.keyClicks(form.first_name, "x")
    form.first_name.clear()
    assert form.error_text("first_name") == "First name is required."
    form.reject()


def test_overview_details_show_in_english(language: Any) -> None:
    """The overview's lines are coded messages: their dates, kinds and checkpoints appear in
    the user's language (the Finnish text stays for the printed and logged side)."""
    from kemidesk.domain.messages import Message
    from kemidesk.domain.types import DecisionType, FollowupType, OutcomeCheckpoint
    from kemidesk.ui.errors import message_text

    decided = Message("OVERVIEW_DECIDED", {"kind": DecisionType.GRANT, "date": date(2026, 3, 2)})
    late = Message("OVERVIEW_FOLLOWUP_LATE", {"kind": FollowupType.START, "date": date(2026, 3, 2)})
    check = Message(
        "OVERVIEW_OUTCOME_CHECK", {"checkpoint": OutcomeCheckpoint.PLUS_3, "date": date(2026, 3, 2)}
    )
    assert decided.text == "Myönteinen päätös, päätetty 2.3.2026"
    assert message_text(decided) == decided.text  # Finnish UI
    language("en")
    assert message_text(decided) == "Positive decision, decided 2.3.2026"
    assert "Päätetty" not in message_text(late) and "2.3.2026" in message_text(late)
    assert "3 kk" not in message_text(check)
