"""The effectiveness report on the demo: its figures equal direct counts of the database,
the PDF and the workbook carry them, and no personal data is in either."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from kemidesk.db.models import Decision, Outcome, Payment, Person, Placement
from kemidesk.domain.effectiveness import Grouping, Pending, Period
from kemidesk.domain.types import DecisionStatus, DecisionType, OutcomeCheckpoint, PaymentStatus
from kemidesk.services.effectiveness import (
    effectiveness_report,
    report_pdf,
    report_sheets,
    year_period,
    year_report,
)
from kemidesk.services.spreadsheet import write_xlsx
from tests.conftest import TODAY
from tests.unit.printing.pdfcheck import all_text as pdf_text

pytestmark = pytest.mark.usefixtures("demo_db")
YEAR = 2025


def _granted() -> list[Placement]:
    """Live placements with a live grant or partial grant (the report's population)."""
    granted = {
        d.placement_id
        for d in Decision.select().where(
            Decision.decision_type.in_([DecisionType.GRANT, DecisionType.PARTIAL_GRANT])
            & (Decision.status != DecisionStatus.CANCELLED)
        )
    }
    return [p for p in Placement.select().where(Placement.archived == False) if p.id in granted]  # noqa: E712


def _ended_in(period: Period) -> list[Placement]:
    return [
        p
        for p in _granted()
        if (p.actual_end_date or p.end_date)
        and period.start <= (p.actual_end_date or p.end_date) <= period.end
    ]


def test_figures_equal_direct_counts() -> None:
    period = year_period(YEAR)
    report = effectiveness_report(period, TODAY)
    total = report.current.total
    started = [p for p in _granted() if period.start <= p.start_date <= period.end]
    assert sorted(total.started) == sorted(p.id for p in started)
    ended = _ended_in(period)
    assert sorted(total.ended) == sorted(p.id for p in ended)
    recorded = list(
        Outcome.select().where(
            (Outcome.checkpoint == OutcomeCheckpoint.END)
            & Outcome.placement.in_([p.id for p in ended])
        )
    )
    end = total.checkpoints[OutcomeCheckpoint.END]
    for status in {o.status for o in recorded}:
        assert end.count(status) == sum(o.status is status for o in recorded)
    assert end.count(Pending.NOT_RECORDED) == len(ended) - len(recorded)  # all ended by TODAY
    assert end.due == len(ended)
    paid = sum(
        p.amount_cents
        for p in Payment.select().where(
            (Payment.status == PaymentStatus.PAID)
            & Payment.paid_on.between(period.start, period.end)
        )
    )
    assert report.current.money.paid == paid
    bonuses = sum(
        d.total_cents
        for d in Decision.select().where(
            (Decision.decision_type == DecisionType.BONUS)
            & Decision.decision_date.between(period.start, period.end)
        )
    )
    assert report.current.money.bonus_decided == bonuses
    assert report.previous.period == year_period(YEAR - 1)
    assert [m.month.month for m in report.months] == list(range(1, 13))
    assert report.months[-1].paid_to_date == paid


def test_year_report_pdf_has_its_sections_and_no_personal_data(tmp_path: Path) -> None:
    report = year_report(YEAR, TODAY)
    text = pdf_text(report_pdf(report))
    for part in ("vuosiraportti 2025", "VUOSIRAPORTTI", "Määräraha ja sen käyttö",
                 "Päätökset lajeittain",
                 "Henkilöt ja työsuhteet", "Yhteenveto ja vertailu edelliseen kauteen",
                 "Työllistyneiden osuus", "Käytetty raha ja määräraha", "Menetelmä",
                 "1.1.2024–31.12.2024"):  # fmt: skip
        assert part in text, part
    for person in Person.select():
        assert person.last_name not in text or len(person.last_name) < 4
        if person.hetu:
            assert person.hetu not in text
    sheets = report_sheets(effectiveness_report(year_period(YEAR), TODAY, Grouping.ASSOCIATION))
    book = openpyxl.load_workbook(write_xlsx(sheets, tmp_path / "r.xlsx"))
    assert book.sheetnames == ["Yhteenveto", "Rahat", "Tulokset", "Kuukausittain"]
    summary = book["Yhteenveto"]
    assert summary["A2"].value == "Alkaneet työsuhteet"
    assert isinstance(summary["B2"].value, int)
    assert isinstance(book["Kuukausittain"]["A2"].value.year, int)
    assert date(2025, 1, 1) == book["Kuukausittain"]["A2"].value.date()


def test_by_employer_the_training_attendance_stands_beside_the_outcomes() -> None:
    from kemidesk.db.models import Association, Training, TrainingRegistration

    period = year_period(2026)
    report = effectiveness_report(period, TODAY, Grouping.ASSOCIATION)
    expected: dict[str, int] = {}
    for r in (
        TrainingRegistration.select()
        .join(Training)
        .where(TrainingRegistration.attended & Training.held_on.between(period.start, period.end))
    ):
        name = Association.get_by_id(r.association_id).name
        expected[name] = expected.get(name, 0) + 1
    assert expected
    assert dict(report.training_attendance) == expected
    assert effectiveness_report(period, TODAY, Grouping.EMPLOYER_TYPE).training_attendance == {}
    assert "Valmennuksissa" in pdf_text(report_pdf(report))
