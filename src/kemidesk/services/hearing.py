"""The hearing letter (kuulemiskirje) before a recovery decision (Hallintolaki 34 §)."""

from __future__ import annotations

from datetime import date, timedelta

from kemidesk.db.models import Association, Decision
from kemidesk.domain.dates import next_working_day
from kemidesk.domain.lifecycle import RECOVERABLE_KINDS
from kemidesk.domain.schedule import build_schedule
from kemidesk.printing.documents import ContactInfo
from kemidesk.printing.hearing import render_hearing
from kemidesk.printing.other_documents import HearingDoc
from kemidesk.services.common import get_or_raise
from kemidesk.services.documents import _party, letterhead
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.ledger import grant_ledger
from kemidesk.services.settings import get_office_settings

DEFAULT_HEARING_DAYS = 14


def respond_by(letter_date: date, days_text: str) -> date:
    """The answer is due `days` after the letter, moved to the next working day."""
    days = int(days_text) if days_text.isascii() and days_text.isdigit() else DEFAULT_HEARING_DAYS
    return next_working_day(letter_date + timedelta(days=max(1, days)))


def hearing_document(grant_id: int, amount_cents: int, letter_date: date) -> HearingDoc:
    """The letter for recovering `amount_cents` of the grant (its amended end decides what
    was due). Refused for a decision that is not a grant in force."""
    ledger = grant_ledger(grant_id, RECOVERABLE_KINDS)
    grant = get_or_raise(Decision, grant_id, "DECISION_NOT_FOUND")
    end = ledger.effective_end
    if grant.period_start is None or grant.period_end is None or end is None:
        raise NotAllowedError("RECOVER_ONLY_GRANTED")
    schedule = build_schedule(
        grant.period_start,
        grant.period_end,
        grant.monthly_amount_cents,
        ledger.rules,
        terminated_on=end,
    )
    due = {p.index: p.amount_cents for p in schedule}
    paid = ledger.paid
    paid_cents = sum(p.amount_cents for p in paid)
    over = sum(max(0, p.amount_cents - due.get(p.period.index, 0)) for p in paid)
    office = get_office_settings()
    association: Association = grant.association
    return HearingDoc(
        letterhead=letterhead(office),
        party=_party(association),
        letter_date=letter_date,
        grant_number=grant.number or "",
        grant_start=grant.period_start,
        grant_end=grant.period_end,
        employment_end=end,
        paid_cents=paid_cents,
        due_cents=paid_cents - over,
        proposed_cents=amount_cents,
        respond_by=respond_by(letter_date, office.hearing_days),
        contact=ContactInfo(office.contact_name, office.contact_phone, office.contact_email),
        interest=office.recovery_interest,
    )


def render_hearing_pdf(grant_id: int, amount_cents: int, letter_date: date) -> bytes:
    return render_hearing(hearing_document(grant_id, amount_cents, letter_date))
