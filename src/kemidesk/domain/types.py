"""Enumerations shared by every layer.

Values are stable English codes stored in the database; `label` gives the Finnish text
shown to users and printed on paper.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Finnish label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value)

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class EmployerType(LabelledEnum):
    ASSOCIATION = "association"
    FOUNDATION = "foundation"
    COMPANY = "company"


class PlacementStatus(LabelledEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"
    TERMINATED = "terminated"  # ended early


class ApplicationStatus(LabelledEnum):
    RECEIVED = "received"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"


class DecisionType(LabelledEnum):
    GRANT = "grant"
    PARTIAL_GRANT = "partial_grant"
    REJECTION = "rejection"
    BONUS = "bonus"
    AMENDMENT = "amendment"
    RECOVERY = "recovery"


class DecisionStatus(LabelledEnum):
    DRAFT = "draft"
    DECIDED = "decided"  # signed, not yet sent
    SENT = "sent"  # notified to the party
    CANCELLED = "cancelled"


class NotificationMethod(LabelledEnum):
    LETTER = "letter"
    EMAIL = "email"
    HANDED_OVER = "handed_over"


class PaymentStatus(LabelledEnum):
    DUE = "due"
    CLAIMED = "claimed"
    APPROVED = "approved"
    PAID = "paid"
    HELD = "held"
    CANCELLED = "cancelled"


class FollowupType(LabelledEnum):
    START = "start"
    INTERIM = "interim"
    FINAL = "final"


class OutcomeCheckpoint(LabelledEnum):
    END = "end"
    PLUS_3 = "plus3"
    PLUS_6 = "plus6"


class OutcomeStatus(LabelledEnum):
    COMPANY_JOB = "company_job"  # job at a company (open labour market)
    CONTINUED_OWN_FUNDS = "continued_own_funds"  # association continues with its own money
    OTHER_JOB = "other_job"  # other open-market job (public sector, another association)
    EDUCATION = "education"
    OTHER_SERVICE = "other_service"
    UNEMPLOYED = "unemployed"
    UNKNOWN = "unknown"


class TargetGroup(LabelledEnum):
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"  # >= 300 days of työmarkkinatuki
    PARTIAL_WORK_ABILITY = "partial_work_ability"
    UNDER_30 = "under_30"


class Proration(LabelledEnum):
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"
    FULL_MONTH = "full_month"


class Severity(LabelledEnum):
    ERROR = "error"
    WARNING = "warning"


class TransferKind(LabelledEnum):
    """What a transfer agreement (siirtosopimus) arranges."""

    TRIAL_PERIOD = "trial_period"  # a period at the receiving employer during the subsidy
    MOVE_AFTER = "move_after"  # a move to the receiving employer's employment after it


class TransferStatus(LabelledEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    IN_PROGRESS = "in_progress"
    ENDED_EMPLOYED = "ended_employed"
    ENDED_NOT_EMPLOYED = "ended_not_employed"


class NeedStatus(LabelledEnum):
    OPEN = "open"
    MATCHED = "matched"
    FILLED = "filled"
    CANCELLED = "cancelled"


class ProposalStatus(LabelledEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class OverviewSection(StrEnum):
    """The overview's lists of work, in the order shown; each value is the name of the
    `services.overview.Overview` field holding the list. The window keeps the titles."""

    APPLICATIONS_WAITING = "applications_waiting"
    DECISIONS_NOT_SENT = "decisions_not_sent"
    CLAIMS_TO_CHECK = "claims_to_check"
    PAYMENTS_HELD = "payments_held"
    FOLLOWUPS_DUE = "followups_due"
    ENDING_SOON = "ending_soon"
    TRANSFERS_ENDING = "transfers_ending"
    OUTCOME_CHECKS_DUE = "outcome_checks_due"
    BONUS_PROPOSALS = "bonus_proposals"
    COACH_NEEDED = "coach_needed"


class TrainingTarget(LabelledEnum):
    """Whom an employer training is for."""

    EMPLOYERS = "employers"
    SUPERVISORS = "supervisors"
    BOTH = "both"


class VisitKind(LabelledEnum):
    """What kind of contact a job coach's visit log entry records."""

    WORKPLACE = "workplace"
    PHONE = "phone"
    MEETING = "meeting"
    OTHER = "other"


_LABELS: dict[StrEnum, str] = {
    EmployerType.ASSOCIATION: "Yhdistys",
    EmployerType.FOUNDATION: "Säätiö",
    EmployerType.COMPANY: "Yritys",
    PlacementStatus.PLANNED: "Suunniteltu",
    PlacementStatus.ACTIVE: "Voimassa",
    PlacementStatus.ENDED: "Päättynyt",
    PlacementStatus.TERMINATED: "Päättynyt ennenaikaisesti",
    ApplicationStatus.RECEIVED: "Vireillä",
    ApplicationStatus.DECIDED: "Päätetty",
    ApplicationStatus.WITHDRAWN: "Peruttu",
    DecisionType.GRANT: "Myönteinen päätös",
    DecisionType.PARTIAL_GRANT: "Osittain myönteinen päätös",
    DecisionType.REJECTION: "Kielteinen päätös",
    DecisionType.BONUS: "Työllistämisbonus",
    DecisionType.AMENDMENT: "Muutospäätös",
    DecisionType.RECOVERY: "Takaisinperintäpäätös",
    DecisionStatus.DRAFT: "Luonnos",
    DecisionStatus.DECIDED: "Päätetty",
    DecisionStatus.SENT: "Lähetetty",
    DecisionStatus.CANCELLED: "Peruttu",
    NotificationMethod.LETTER: "Kirje",
    NotificationMethod.EMAIL: "Sähköposti",
    NotificationMethod.HANDED_OVER: "Luovutettu henkilökohtaisesti",
    PaymentStatus.DUE: "Erääntyvä",
    PaymentStatus.CLAIMED: "Haettu",
    PaymentStatus.APPROVED: "Hyväksytty",
    PaymentStatus.PAID: "Maksettu",
    PaymentStatus.HELD: "Pidätetty",
    PaymentStatus.CANCELLED: "Peruttu",
    FollowupType.START: "Aloituskeskustelu",
    FollowupType.INTERIM: "Väliarviointi",
    FollowupType.FINAL: "Loppuarviointi",
    OutcomeCheckpoint.END: "Päättyessä",
    OutcomeCheckpoint.PLUS_3: "3 kk päättymisestä",
    OutcomeCheckpoint.PLUS_6: "6 kk päättymisestä",
    OutcomeStatus.COMPANY_JOB: "Työ yrityksessä",
    OutcomeStatus.CONTINUED_OWN_FUNDS: "Jatkaa järjestössä omin varoin",
    OutcomeStatus.OTHER_JOB: "Muu työ avoimilla työmarkkinoilla",
    OutcomeStatus.EDUCATION: "Koulutus",
    OutcomeStatus.OTHER_SERVICE: "Muu palvelu",
    OutcomeStatus.UNEMPLOYED: "Työtön",
    OutcomeStatus.UNKNOWN: "Ei tiedossa",
    TargetGroup.LONG_TERM_UNEMPLOYED: "Vähintään 300 päivää työmarkkinatukea",
    TargetGroup.PARTIAL_WORK_ABILITY: "Osatyökykyinen",
    TargetGroup.UNDER_30: "Alle 30-vuotias",
    Proration.CALENDAR_DAYS: "Kalenteripäivien mukaan",
    Proration.WORKING_DAYS: "Arkipäivien (ma–pe) mukaan",
    Proration.FULL_MONTH: "Täysi kuukausi",
    Severity.ERROR: "Este",
    Severity.WARNING: "Huomautus",
    TrainingTarget.EMPLOYERS: "Työnantajat",
    TrainingTarget.SUPERVISORS: "Esihenkilöt ja työnohjaajat",
    TrainingTarget.BOTH: "Työnantajat ja esihenkilöt",
    TransferKind.TRIAL_PERIOD: "Työjakso vastaanottavalla työnantajalla tukijakson aikana",
    TransferKind.MOVE_AFTER: (
        "Siirtyminen vastaanottavan työnantajan palvelukseen tukijakson jälkeen"
    ),
    TransferStatus.DRAFT: "Luonnos",
    TransferStatus.SIGNED: "Allekirjoitettu",
    TransferStatus.IN_PROGRESS: "Käynnissä",
    TransferStatus.ENDED_EMPLOYED: "Päättynyt, työllistyi",
    TransferStatus.ENDED_NOT_EMPLOYED: "Päättynyt, ei työllistynyt",
    NeedStatus.OPEN: "Avoin",
    NeedStatus.MATCHED: "Yhdistetty",
    NeedStatus.FILLED: "Täytetty",
    NeedStatus.CANCELLED: "Peruttu",
    ProposalStatus.PROPOSED: "Ehdotettu",
    ProposalStatus.ACCEPTED: "Hyväksytty",
    ProposalStatus.REJECTED: "Hylätty",
    VisitKind.WORKPLACE: "Käynti työpaikalla",
    VisitKind.PHONE: "Puhelu",
    VisitKind.MEETING: "Tapaaminen",
    VisitKind.OTHER: "Muu",
}
