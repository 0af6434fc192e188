"""The decision renderer's input, and the letterhead and parts other documents share: frozen
dataclasses built by the services (the other documents' own are in `other_documents`).

Money is always integer cents and dates are `datetime.date`; every sum, proration and deadline
is computed before a document reaches the printing layer. A renderer only lays out and formats.
Lists are typed as `Sequence[str]` so that a service may pass a list or a tuple.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kemidesk.domain.types import DecisionType


@dataclass(frozen=True)
class Letterhead:
    """The office that prints: sender block, contact details and the registry office."""

    organisation: str  # "Kemin kaupunki"
    unit: str  # "Työllisyyspalvelut"
    street_address: str
    postcode_city: str  # "94100 Kemi"
    phone: str
    email: str
    registry_name: str  # "Kemin kaupungin kirjaamo"
    registry_address: Sequence[str]  # street, postcode and city (postal or visiting address)
    registry_email: str
    decision_maker_name: str
    decision_maker_title: str
    # The body that handles a request for review of an official's decision (Kuntalaki 134 §:
    # the body the official is subordinate to). Never the official.
    review_body: str = ""
    registry_hours: str = ""  # "ma–pe klo 9.00–15.00"
    delegation: str = ""  # the officer's power to decide: "Hallintosääntö 45 §"
    signing_place: str = ""  # "Kemissä"; empty: the city from postcode_city
    logo_path: Path | None = None


@dataclass(frozen=True)
class PartyInfo:
    """The employer that receives the decision (association, foundation or company)."""

    name: str
    business_id: str = ""  # Y-tunnus
    association_number: str = ""  # yhdistysrekisterin numero
    address_lines: Sequence[str] = ()
    iban: str = ""
    contact_person: str = ""
    employer_type_label: str = ""  # EmployerType.label


@dataclass(frozen=True)
class PersonInfo:
    """The employee. Personal data: never printed on a public copy."""

    name: str | None = None
    hetu_masked: str | None = None
    target_group_reason: str | None = None
    work_ability_note: str | None = None


@dataclass(frozen=True)
class PlacementInfo:
    job_title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    hours_per_week: str = ""  # already formatted, e.g. "30" or "28,5"
    monthly_wage_cents: int | None = None
    supervisor: str = ""
    job_coach: str = ""


@dataclass(frozen=True)
class RingMemberInfo:
    name: str
    business_id: str = ""
    hours_per_week: str = ""  # formatted, "10" or "7,5"
    tasks: str = ""
    supervisor: str = ""
    is_lead: bool = False


@dataclass(frozen=True)
class RingInfo:
    """An employer ring on a decision: the lead (the party) and the members."""

    name: str
    lead_name: str
    total_hours: str  # formatted
    members: Sequence[RingMemberInfo] = ()


@dataclass(frozen=True)
class PalkkatukiInfo:
    authority: str = ""
    decision_number: str = ""
    decision_date: dt.date | None = None
    percent: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class ScheduleRow:
    index: int
    start: dt.date
    end: dt.date
    eligible_days: int
    amount_cents: int
    claim_due: dt.date


@dataclass(frozen=True)
class ContactInfo:
    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ChangeInfo:
    """An amendment: the grant before and after, side by side, and what follows."""

    old_start: dt.date | None
    old_end: dt.date | None
    old_total_cents: int
    new_start: dt.date | None
    new_end: dt.date | None
    new_total_cents: int
    paid_cents: int
    overpaid_cents: int
    follows: str  # what happens to the overpayment


@dataclass(frozen=True)
class RecoveryInfo:
    """A recovery: the calculation and how to repay."""

    paid_cents: int
    due_cents: int  # of the paid, what the grant as amended allowed
    recovered_before_cents: int
    amount_cents: int
    iban: str
    reference: str
    due_date: dt.date
    interest: str


@dataclass(frozen=True)
class DecisionDoc:
    """One decision (viranhaltijapäätös) in the party's copy or the public copy.

    The public copy is built by the service from what may be published: no person, no
    placement, no palkkatuki percentage, reasons generated for the public and only the
    officer's separate public text (`reasons`)."""

    number: str
    decision_type: DecisionType
    decision_date: dt.date
    letterhead: Letterhead
    party: PartyInfo
    person: PersonInfo | None = None
    placement: PlacementInfo | None = None
    palkkatuki: PalkkatukiInfo | None = None
    monthly_amount_cents: int | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    total_cents: int | None = None
    schedule: Sequence[ScheduleRow] = ()
    cost_centre: str = ""
    reasons: Sequence[str] = ()
    conditions: Sequence[str] = ()
    payment_terms: Sequence[str] = ()
    de_minimis_statement: str | None = None  # companies only
    recovery_amount_cents: int | None = None
    recovery_due: dt.date | None = None
    amends_decision_number: str | None = None  # amendment and recovery decisions
    contact: ContactInfo = field(default_factory=ContactInfo)
    appeal_deadline: dt.date | None = None
    notification_text: str = ""  # e.g. "Päätös lähetetään tiedoksi sähköpostilla 28.11.2026."
    distribution: Sequence[str] = ()
    public: bool = False
    # The header of an officer decision (the decision number serves as the diary number).
    paragraph: int | None = None  # § of the year's decisions
    subject: str = ""  # Asia
    received_on: dt.date | None = None  # vireilletulo: the application received
    preparer: str = ""  # valmistelija
    generated_reasons: Sequence[str] = ()  # from the stored assessment; `reasons` follow
    legal_basis: Sequence[str] = ()  # sovelletut oikeusohjeet
    attachments: Sequence[str] = ()  # liitteet
    published_on: dt.date | None = None  # in the public data network
    member_appeal_deadline: dt.date | None = None  # kunnan jäsen, from published_on
    change: ChangeInfo | None = None
    recovery: RecoveryInfo | None = None
    ring: RingInfo | None = None  # a ring placement: the members (issue 16)
