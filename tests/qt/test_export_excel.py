"""Tiedosto → Vie Exceliin…: the list as the user sees it (search, sort, visible columns)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from kemidesk.ui import export_actions
from tests.qt.conftest import finish_loading, type_text


def test_file_menu_offers_the_export(window: Any) -> None:
    texts = [a.text() for a in window.menus["file"].actions() if not a.isSeparator()]
    assert texts.index("Vie &Exceliin…") == texts.index("&Tulosta…") + 1


def test_exports_the_filtered_sorted_visible_rows(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    type_text(qtbot, tab.search, "Kemi")
    shown = tab.proxy.rowCount()
    assert 0 < shown < tab.model.rowCount()
    header = tab.view.horizontalHeader()
    header.setSectionHidden(header.logicalIndex(header.count() - 1), True)
    target = tmp_path / "lista.xlsx"
    monkeypatch.setattr(export_actions, "choose_xlsx_file", lambda *a: target)
    with qtbot.waitSignal(window.export_actions.finished, timeout=20_000) as signal:
        window.findChild(type(window.export_actions.action), "action_export_excel").trigger()
    assert signal.args == [target]
    ws = openpyxl.load_workbook(target).active
    titles = [c.value for c in ws[1]]
    visible = [
        tab.model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    assert titles == visible
    assert ws.max_row == shown + 1
    first_ids = [tab.proxy.index(r, 0).data() for r in range(shown)]
    assert [str(c.value) for (c,) in ws.iter_rows(min_row=2, max_col=1)] == first_ids
    dates = [c for c in ws[2] if isinstance(c.value, datetime)]
    assert dates and all(c.number_format == "d.m.yyyy" for c in dates)
    assert str(target) in window.statusBar().currentMessage()


def test_overview_is_not_exported(window: Any, boxes: Any) -> None:
    window.tabs.setCurrentIndex(0)  # Yleiskatsaus
    assert window.export_actions.export_current() is None
    assert boxes.shown[-1][0] == "info"


def _import_dialog(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, run: Any) -> Any:
    """Open Tiedosto → Tuo taulukosta… and let `run(dialog)` act in it."""
    from PySide6.QtCore import QTimer

    from kemidesk.ui.dialogs.import_dialog import ImportDialog

    seen: list[Any] = []

    def act() -> None:
        dialog = window.findChild(ImportDialog, "import_dialog")
        seen.append(dialog)
        run(dialog)

    QTimer.singleShot(0, act)
    window.findChild(type(window.export_actions.import_action), "action_import_table").trigger()
    return seen[0]


def test_import_shows_each_row_and_writes_only_when_all_are_right(
    window: Any, qtbot: Any, boxes: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kemidesk.services.people import list_people
    from kemidesk.ui.dialogs import import_dialog

    bad = tmp_path / "vanhat.csv"
    bad.write_text(
        "etunimi;sukunimi;henkilötunnus\nUusi;Tuotu;010190-900P\nHuono;Rivi;123\n",
        encoding="utf-8",
    )
    good = tmp_path / "korjattu.csv"
    good.write_text("etunimi;sukunimi;henkilötunnus\nUusi;Tuotu;010190-900P\n", encoding="utf-8")
    before = len(list_people())
    chosen = iter([bad, good])
    monkeypatch.setattr(import_dialog, "choose_source_file", lambda *a: next(chosen))
    states: dict[str, Any] = {}

    def run(dialog: Any) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("people"))
        qtbot.mouseClick(dialog.findChild(type(dialog.import_button), "choose"), Qt.LeftButton)
        states["rows"] = dialog.table.rowCount()
        states["errors"] = dialog.table.item(1, 3).text()
        states["enabled_with_errors"] = dialog.import_button.isEnabled()
        states["written_by_preview"] = len(list_people()) - before
        qtbot.mouseClick(dialog.findChild(type(dialog.import_button), "choose"), Qt.LeftButton)
        states["enabled_when_right"] = dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)

    _import_dialog(window, qtbot, monkeypatch, run)
    assert states["rows"] == 2
    assert "henkilötunnus" in states["errors"]
    assert states["enabled_with_errors"] is False
    assert states["written_by_preview"] == 0
    assert states["enabled_when_right"] is True
    assert boxes.asked and "1 uutta" in boxes.asked[-1]
    assert len(list_people()) == before + 1
    assert "Tuotu 1" in window.statusBar().currentMessage()
