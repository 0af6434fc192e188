"""The renderers' whole input: frozen dataclasses built by the services.

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


@dataclass(frozen=True)
class HearingDoc:
    """A hearing letter (kuulemiskirje, Hallintolaki 34 §) before a recovery decision."""

    letterhead: Letterhead
    party: PartyInfo
    letter_date: dt.date
    grant_number: str
    grant_start: dt.date | None
    grant_end: dt.date | None  # as granted
    employment_end: dt.date | None  # the early end that caused the overpayment
    paid_cents: int
    due_cents: int  # of the paid, what the grant as amended allows
    proposed_cents: int  # the amount the office intends to recover
    respond_by: dt.date
    contact: ContactInfo = field(default_factory=ContactInfo)
    interest: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """A follow-up talk already held, pre-filled on the form."""

    date: dt.date
    participants: str
    type_label: str = ""
    job_coach_present: bool | None = None  # None: not known (prints an empty box)


@dataclass(frozen=True)
class RecordedText:
    """One answer already recorded in a talk, printed above the writing lines of its section."""

    date: dt.date
    text: str
    label: str = ""  # e.g. "Edistyminen" when a section holds two questions


@dataclass(frozen=True)
class FollowupDoc:
    """One follow-up form; `blank=True` prints empty lines in every field.

    The recorded answers of the talks held so far (oldest first) are printed in their
    sections; the next meeting, next step and new job are the latest recorded ones."""

    letterhead: Letterhead
    party_name: str = ""
    person_name: str | None = None
    supervisor: str = ""
    job_coach: str = ""
    palkkatuki_decision_number: str = ""
    kemilisa_decision_number: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    followup_type_label: str | None = None
    blank: bool = False
    past_meetings: Sequence[MeetingRow] = ()
    goals: Sequence[RecordedText] = ()  # goals and progress
    support: Sequence[RecordedText] = ()
    training: Sequence[RecordedText] = ()
    job_search_support: Sequence[RecordedText] = ()
    trial_visit: Sequence[RecordedText] = ()
    absences: Sequence[RecordedText] = ()
    own_assessment: Sequence[RecordedText] = ()
    end_assessment: Sequence[RecordedText] = ()
    next_meeting: dt.date | None = None
    next_step_label: str = ""
    new_employer: str = ""
    new_job_start: dt.date | None = None
    new_contract_type: str = ""
    # A ring placement: (member association, its supervisor) — a signature line each.
    ring_supervisors: Sequence[tuple[str, str]] = ()


@dataclass(frozen=True)
class PaymentListRow:
    association_name: str
    iban: str
    reference: str
    decision_number: str
    period_start: dt.date
    period_end: dt.date
    amount_cents: int
    business_id: str = ""  # the association's Y-tunnus
    cost_centre: str = ""  # kustannuspaikka, from the decision


@dataclass(frozen=True)
class PaymentListDoc:
    """A list of approved payments for the finance office."""

    letterhead: Letterhead
    title: str  # "Kemi-lisän maksuluettelo"
    period: str  # "marraskuu 2026"
    rows: Sequence[PaymentListRow]
    total_cents: int
    created: dt.date
    prepared_by: str  # the officer's name; empty: a line to write it on
    number: str = ""  # list identifier shown in the footer, optional
    payment_date: dt.date | None = None  # maksupäivä; None: a line to write it on


@dataclass(frozen=True)
class TrainingInfo:
    """One employer training as printed on its invitation and sign-in sheet."""

    name: str  # the title or the theme
    theme: str
    held_on: dt.date
    time_text: str  # "13.00–15.30"
    place: str
    remote_link: str
    trainer: str
    target_label: str
    capacity: int | None
    description: str = ""


@dataclass(frozen=True)
class InvitationDoc:
    """The invitation letter of a training: one letter per recipient (`recipients` empty:
    one letter to all associations)."""

    letterhead: Letterhead
    training: TrainingInfo
    letter_date: dt.date
    register_by: dt.date
    recipients: Sequence[PartyInfo] = ()
    contact: ContactInfo = field(default_factory=lambda: ContactInfo())


@dataclass(frozen=True)
class SignInRow:
    association: str
    name: str  # personal data: only on the sheet, never in the PDF metadata
    role: str


@dataclass(frozen=True)
class SignInSheetDoc:
    """The sign-in sheet (osallistujalista) with the registered names and a signature column,
    and blank rows for those who come without registering."""

    letterhead: Letterhead
    training: TrainingInfo
    rows: Sequence[SignInRow]
    blank_rows: int = 5


@dataclass(frozen=True)
class InfoBlock:
    kind: str  # "heading", "paragraph" or "bullets"
    texts: Sequence[str]


@dataclass(frozen=True)
class InfoSheetDoc:
    """An info sheet whose text comes from an editable resources file."""

    letterhead: Letterhead
    title: str
    blocks: Sequence[InfoBlock]
    printed_on: dt.date


@dataclass(frozen=True)
class TermsSection:
    """One numbered section of an agreement's terms (texts from a resources file)."""

    heading: str
    paragraphs: Sequence[str]


@dataclass(frozen=True)
class TransferAgreementDoc:
    """A transfer agreement (siirtosopimus) of three parties, for three signatures."""

    letterhead: Letterhead
    reference: str  # "nro 12"
    kind_label: str
    association: PartyInfo  # the employing association
    supervisor_name: str  # the association's supervisor of the employee
    receiving: PartyInfo  # the receiving employer (name, Y-tunnus, contact person)
    receiving_contact: str  # "name, phone, e-mail"
    employee_name: str
    job_title: str  # at the association
    placement_start: dt.date | None
    placement_end: dt.date | None
    start: dt.date
    end: dt.date | None
    tasks: str
    hours_per_week: str  # formatted, "37,5"
    payment_cents: int | None
    payment_terms: str
    job_coach: str
    coach_part: str
    status_label: str
    signed_on: dt.date | None
    printed_on: dt.date
    terms: Sequence[TermsSection] = ()


@dataclass(frozen=True)
class SurveyNeed:
    """One need on the survey form: texts as printed ("" prints a line to fill in)."""

    tasks: str = ""
    hours: str = ""
    period: str = ""
    skills: str = ""
    supervisor: str = ""
    capacity: str = ""
    street: str = ""
    postcode: str = ""
    area: str = ""
    suits_partial_ability: bool = False


@dataclass(frozen=True)
class SurveyDoc:
    """The recruitment-needs survey form of one association (or a blank one)."""

    letterhead: Letterhead
    round_label: str
    closes_on: dt.date | None = None
    association_name: str = ""
    business_id: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    needs: Sequence[SurveyNeed] = ()  # last round's answers (pre-filled form)

    @property
    def prefilled(self) -> bool:
        return bool(self.needs)
