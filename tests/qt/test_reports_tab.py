"""Raportit: the figures of a period, the placements behind a figure, the PDF and Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kemidesk.domain.types import OutcomeCheckpoint
from kemidesk.ui.tabs import reports


def _tab(window: Any) -> Any:
    tab = window.tab_by_key("reports")
    window.tabs.setCurrentWidget(tab)
    tab.start.set_value(date(2025, 1, 1))
    tab.end.set_value(date(2025, 12, 31))
    tab.compute()
    return tab


def test_figures_of_the_period_and_the_previous(window: Any) -> None:
    tab = _tab(window)
    report = tab.report
    assert report.current.period.start == date(2025, 1, 1)
    assert report.previous.period.start == date(2024, 1, 1)
    summary = tab.summary
    assert summary.horizontalHeaderItem(1).text() == "1.1.2025–31.12.2025"
    assert summary.item(0, 1).text() == str(len(report.current.total.started))
    assert summary.item(1, 2).text() == str(len(report.previous.total.ended))
    groups = [tab.groups.item(r, 0).text() for r in range(tab.groups.rowCount())]
    assert groups[0] == "Yhteensä" and "Yhdistys" in groups


def test_a_figure_opens_the_placements_behind_it(window: Any, qtbot: Any) -> None:
    tab = _tab(window)
    employed = tab.report.current.total.checkpoints[OutcomeCheckpoint.END].employed_ids
    assert employed
    item = tab.summary.item(2, 1)  # employed at the end, this period
    dialog = tab._open_behind(item)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(employed)
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert names and all(names)


def test_pdf_preview_and_excel(window: Any, qtbot: Any, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from kemidesk.ui.printing.preview import PrintPreviewDialog

    shown: list[Any] = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    monkeypatch.setattr(PrintPreviewDialog, "deleteLater", lambda dialog: None)
    tab = _tab(window)
    task = tab.show_pdf()
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert task.state == "done"
    assert shown[0].page_count() >= 2  # the tables and both charts
    target = tmp_path / "raportti.xlsx"
    monkeypatch.setattr(reports, "choose_xlsx", lambda *a: target)
    assert tab.export_xlsx() == target
    assert openpyxl.load_workbook(target).sheetnames[0] == "Yhteenveto"
