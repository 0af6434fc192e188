"""The printed recruitment-needs survey: blank, or per association pre-filled from its answers
in the latest survey round (for visits and post)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from kemidesk.db.models import Association, SurveyRound
from kemidesk.domain.dates import format_date
from kemidesk.printing.other_documents import SurveyDoc, SurveyNeed
from kemidesk.printing.survey import render_survey
from kemidesk.services.common import get_or_raise
from kemidesk.services.documents import letterhead
from kemidesk.services.needs import NeedRow, last_answers


def _hours(row: NeedRow) -> str:
    return format(row.hours_per_week.normalize(), "f").replace(".", ",")


def _period(row: NeedRow) -> str:
    if row.start_date is None and row.end_date is None:
        return ""
    return f"{format_date(row.start_date)}–{format_date(row.end_date)}"


def _need(row: NeedRow) -> SurveyNeed:
    return SurveyNeed(
        tasks=" ".join(row.tasks.split()),
        hours=_hours(row),
        period=_period(row),
        skills=" ".join(row.skills.split()),
        supervisor=row.supervisor_name,
        capacity=str(row.supervision_capacity),
        street=row.street,
        postcode=row.postcode,
        area=row.area,
        suits_partial_ability=row.suits_partial_ability,
    )


def _round_label(today: date) -> tuple[str, date | None]:
    latest = SurveyRound.select().order_by(SurveyRound.year.desc(), SurveyRound.id.desc()).first()
    if latest is None or latest.year < today.year:
        return f"Rekrytointitarvekartoitus {today.year}", None
    return latest.title or f"Rekrytointitarvekartoitus {latest.year}", latest.closes_on


def survey_document(association_id: int | None = None, today: date | None = None) -> SurveyDoc:
    """The form of one association pre-filled from its latest answers, or a blank form."""
    today = today or date.today()
    label, closes = _round_label(today)
    if association_id is None:
        return SurveyDoc(letterhead=letterhead(), round_label=label, closes_on=closes)
    a = get_or_raise(Association, association_id, "ASSOCIATION_NOT_FOUND")
    return SurveyDoc(
        letterhead=letterhead(),
        round_label=label,
        closes_on=closes,
        association_name=a.name,
        business_id=a.business_id,
        contact_name=a.contact_name,
        contact_phone=a.contact_phone,
        contact_email=a.contact_email,
        needs=tuple(_need(r) for r in last_answers(association_id)),
    )


def survey_pdf(association_id: int | None = None, today: date | None = None) -> bytes:
    return render_survey([survey_document(association_id, today)])


def survey_printer(args: Mapping[str, Any]) -> bytes:
    """`kemidesk print survey [--association ID]`."""
    return survey_pdf(args.get("association"))
