"""The inputs of the documents other than the decision: hearing letters, follow-up forms,
payment lists, training invitations and sign-in sheets, info sheets, transfer agreements and
survey forms. Frozen dataclasses built by the services, as in `documents`.

Apart from `documents` so that printing a decision does not create these 16 classes (making a
dataclass compiles its methods: about 20 ms for these).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kemidesk.printing.documents import ContactInfo, Letterhead, PartyInfo


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
