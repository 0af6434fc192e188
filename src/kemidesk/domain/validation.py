"""Validators for user input.

Every validator takes the raw text of a form field and returns the normalised value, or
raises `ValidationError` with the code of a short Finnish message. Optional fields accept "" and
return "". `error_of` turns a validator into a live check for the UI.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.money import parse_money

# python-stdnum is imported by the validators that use it, when first called: with ssl and
# pydoc it is a tenth of a second of every start that imports the rules.

HETU_CENTURIES: dict[str, int] = {"+": 1800}
HETU_CENTURIES.update(dict.fromkeys("-YXWVU", 1900))
HETU_CENTURIES.update(dict.fromkeys("ABCDEF", 2000))

_EMAIL_RE = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[A-Za-z]{2,}")
# ASCII digits only everywhere: "\d" and str.isdigit() also accept "²", Arabic-Indic or
# fullwidth digits, which int() then reads (or refuses with a ValueError).
_PHONE_RE = re.compile(r"\+?[0-9 ()-]+")
_HOURS_RE = re.compile(r"[0-9]{1,2}(?:[.,][0-9]{1,2})?")
_DIGITS_RE = re.compile(r"[0-9]+")
# Characters that cannot be stored or printed: C0/C1 control characters other than tab,
# newline and carriage return, and lone surrogates (not encodable as UTF-8).
_UNSTORABLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

# Length limits of the text fields, checked by the services (`validate_text`). The one-line
# fields are peewee CharFields (VARCHAR(255)); tests/unit/domain/test_validation_fuzz.py
# checks this table against the models' max_length. Free text (TextFields) gets an explicit
# generous limit: a note of a few pages, the reasons of a decision of several pages.
LINE_MAX = 255
NOTE_MAX = 4000
LONG_TEXT_MAX = 10000
TEXT_LIMITS: Mapping[str, int] = {
    **dict.fromkeys(
        (
            "Association.name",
            "Association.street",
            "Association.city",
            "Association.contact_name",
            "Association.supervisor_name",
            "Person.first_name",
            "Person.last_name",
            "Placement.job_title",
            "Placement.supervisor_name",
            "Placement.end_reason",
            "Placement.pt_authority",
            "Placement.pt_decision_number",
            "Followup.new_employer",
            "Followup.new_contract_type",
            "Decision.decided_by_name",
            "Decision.decided_by_title",
            "PaymentBatch.title",
            "AppSetting.value",
            "DeMinimisAid.grantor",
            "TrainingTheme.name",
            "Training.title",
            "Training.place",
            "Training.remote_link",
            "Training.trainer",
            "TrainingRegistration.name",
            "TrainingRegistration.role",
            "SupervisionSession.supervisor",
            "TransferAgreement.receiving_name",
            "TransferAgreement.contact_name",
            "TransferAgreement.payment_terms",
            "JobCoach.name",
            "JobCoach.phone",
            "JobCoach.email",
        ),
        LINE_MAX,
    ),
    **dict.fromkeys(
        (
            "Association.notes",
            "Person.notes",
            "Person.work_ability_note",
            "Placement.notes",
            "Application.notes",
            "Application.justification",
            "Followup.participants",
            "Followup.goals",
            "Followup.progress",
            "Followup.support_given",
            "Followup.training",
            "Followup.job_search_support",
            "Followup.trial_visit",
            "Followup.absences",
            "Followup.end_assessment",
            "Followup.notes",
            "Followup.own_assessment",
            "Outcome.notes",
            "Appropriation.notes",
            "RuleVersionRow.note",
            "DeMinimisAid.description",
            "Training.description",
            "SupervisionSession.notes",
            "TransferAgreement.tasks",
            "TransferAgreement.coach_part",
            "TransferAgreement.notes",
            "CoachVisit.note",
        ),
        NOTE_MAX,
    ),
    **dict.fromkeys(
        (
            "Decision.reasons",
            "Decision.conditions",
            "Decision.override_justification",
        ),
        LONG_TEXT_MAX,
    ),
    # Recruitment needs, job seekers and rings (issue 16).
    **dict.fromkeys(
        (
            "SurveyRound.title",
            "RecruitmentNeed.supervisor_name",
            "RecruitmentNeed.street",
            "RecruitmentNeed.area",
            "RecruitmentNeed.contact_name",
            "JobSeeker.area",
            "EmployerRing.name",
            "EmployerRing.coordinator",
            "RingMember.supervisor_name",
            "RingMember.weekdays",
        ),
        LINE_MAX,
    ),
    **dict.fromkeys(
        (
            "SurveyRound.notes",
            "RecruitmentNeed.tasks",
            "RecruitmentNeed.skills",
            "RecruitmentNeed.notes",
            "JobSeeker.interests",
            "JobSeeker.skills",
            "JobSeeker.restrictions",
            "JobSeeker.notes",
            "EmployerRing.notes",
            "RingMember.tasks",
        ),
        NOTE_MAX,
    ),
}
# Longest digit string given to int() (Python refuses over 4 300 digits with ValueError).
MAX_NUMBER_DIGITS = 18

Validator = Callable[[str], Any]


def error_of(validator: Validator, text: str) -> str | None:
    """The Finnish message when `validator` rejects `text`, else None (for live validation;
    the window uses `kemidesk.ui.errors.check_text`, which translates it)."""
    try:
        validator(text)
    except ValidationError as exc:
        return exc.message
    return None


def validate_text(
    text: object,
    field: str | None = None,
    *,
    max_length: int = LINE_MAX,
    required_label: str | None = None,
) -> str:
    """Free text a user typed or pasted, stripped: no lone surrogates or control characters
    (tab and line breaks are fine), at most `max_length` characters, and not empty when
    `required_label` is given (the label names the field in the message)."""
    if not isinstance(text, str):
        raise ValidationError("TEXT_UNSTORABLE", field)
    if _UNSTORABLE_RE.search(text):
        raise ValidationError("TEXT_UNSTORABLE", field)
    stripped = text.strip()
    if required_label is not None and not stripped:
        raise ValidationError("REQUIRED", field, label=required_label)
    if len(stripped) > max_length:
        raise ValidationError("TEXT_TOO_LONG", field, max=max_length, length=len(stripped))
    return stripped


def text_limit(key: str) -> int:
    """The length limit of a text field, e.g. text_limit("Association.name") == 255."""
    return TEXT_LIMITS[key]


def validate_field_text(
    key: str, text: object, field: str | None = None, required_label: str | None = None
) -> str:
    """`validate_text` with the limit of the field `key` ("Model.column") from TEXT_LIMITS."""
    return validate_text(text, field, max_length=TEXT_LIMITS[key], required_label=required_label)


def _check_str(text: object, code: str, field: str | None) -> str:
    """Validators take text; anything else (None, a number) is the validator's own error."""
    if not isinstance(text, str) or _UNSTORABLE_RE.search(text):
        raise ValidationError(code, field)
    return text


def validate_required(text: str, label: str, field: str | None = None) -> str:
    """Not empty; also a one-line text field (at most LINE_MAX characters, storable)."""
    return validate_text(text, field, max_length=LINE_MAX, required_label=label)


def validate_business_id(text: str, field: str | None = None) -> str:
    """Y-tunnus → "1234567-1"."""
    text = _check_str(text, "BUSINESS_ID_INVALID", field)
    if len(text) > 40:
        raise ValidationError("BUSINESS_ID_INVALID", field)
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.fi import ytunnus

    try:
        valid = str(ytunnus.format(ytunnus.validate(text.strip())))
    except (StdnumError, ValueError):
        raise ValidationError("BUSINESS_ID_INVALID", field) from None
    if not re.fullmatch(r"[0-9]{7}-[0-9]", valid):
        raise ValidationError("BUSINESS_ID_INVALID", field)
    return valid


def validate_association_number(text: str, field: str | None = None) -> str:
    """Registered association number (yhdistysrekisterinumero) → "123.456"; optional."""
    text = _check_str(text, "ASSOCIATION_NUMBER_INVALID", field)
    if not text.strip():
        return ""
    if len(text) > 40:
        raise ValidationError("ASSOCIATION_NUMBER_INVALID", field)
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.fi import associationid

    try:
        valid = str(associationid.format(associationid.validate(text.strip())))
    except (StdnumError, ValueError):
        raise ValidationError("ASSOCIATION_NUMBER_INVALID", field) from None
    if not re.fullmatch(r"[0-9.]+", valid):
        raise ValidationError("ASSOCIATION_NUMBER_INVALID", field)
    return valid


def validate_hetu(text: str, field: str | None = None) -> str:
    """Personal identity code, upper case; optional. Accepts the 2023 century signs
    (- Y X W V U for the 1900s, A B C D E F for the 2000s, + for the 1800s) and the
    temporary identifiers 900–999 used before a permanent code is given."""
    compact = _check_str(text, "HETU_INVALID", field).strip().upper()
    if not compact:
        return ""
    if len(compact) > 20:
        raise ValidationError("HETU_INVALID", field)
    from stdnum.exceptions import ValidationError as StdnumError
    from stdnum.fi import hetu

    try:
        valid = str(hetu.validate(compact, allow_temporary=True))
    except (StdnumError, ValueError):
        raise ValidationError("HETU_INVALID", field) from None
    if not re.fullmatch(r"[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]", valid):
        raise ValidationError("HETU_INVALID", field)
    return valid


def hetu_birth_date(code: str) -> date:
    """Birth date encoded in a valid HETU."""
    valid = validate_hetu(code)
    if not valid:
        raise ValidationError("HETU_INVALID")
    century = HETU_CENTURIES[valid[6]]
    return date(century + int(valid[4:6]), int(valid[2:4]), int(valid[0:2]))


def mask_hetu(code: str) -> str:
    """Show only the birth date part: "010190-123A" → "010190-****"; "" when empty."""
    stripped = code.strip()
    if not stripped:
        return ""
    return stripped[:7] + "****"


def validate_iban(text: str, field: str | None = None) -> str:
    """IBAN in compact upper case ("FI2112345600000785")."""
    text = _check_str(text, "IBAN_INVALID", field)
    if not text.strip():
        raise ValidationError("IBAN_REQUIRED", field)
    if len(text) > 80:
        raise ValidationError("IBAN_INVALID", field)
    from stdnum import iban
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        valid = str(iban.validate(text))
    except (StdnumError, ValueError):
        raise ValidationError("IBAN_INVALID", field) from None
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[0-9A-Z]{1,30}", valid):
        raise ValidationError("IBAN_INVALID", field)
    return valid


def format_iban(number: str) -> str:
    """Groups of four for display: "FI21 1234 5600 0007 85"."""
    compact = "".join(number.split()).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def validate_bic(text: str, field: str | None = None) -> str:
    """BIC (SWIFT) code, compact upper case; optional."""
    text = _check_str(text, "BIC_INVALID", field)
    if not text.strip():
        return ""
    if len(text) > 40:
        raise ValidationError("BIC_INVALID", field)
    from stdnum import bic
    from stdnum.exceptions import ValidationError as StdnumError

    try:
        valid = str(bic.validate(text))
    except (StdnumError, ValueError):
        raise ValidationError("BIC_INVALID", field) from None
    if not re.fullmatch(r"[A-Z0-9]{8}(?:[A-Z0-9]{3})?", valid):
        raise ValidationError("BIC_INVALID", field)
    return valid


def validate_postcode(text: str, field: str | None = None) -> str:
    stripped = _check_str(text, "POSTCODE_INVALID", field).strip()
    if not re.fullmatch(r"[0-9]{5}", stripped):
        raise ValidationError("POSTCODE_INVALID", field)
    return stripped


def validate_email(text: str, field: str | None = None) -> str:
    """A pragmatic e-mail check (something@domain.tld, at most 254 characters); optional."""
    stripped = _check_str(text, "EMAIL_INVALID", field).strip()
    if not stripped:
        return ""
    if len(stripped) > 254 or not _EMAIL_RE.fullmatch(stripped):
        raise ValidationError("EMAIL_INVALID", field)
    return stripped


def validate_phone(text: str, field: str | None = None) -> str:
    """Finnish or international number: digits, spaces, "-", "()" and a leading "+",
    6–15 digits. Returned trimmed with runs of spaces collapsed; optional."""
    stripped = " ".join(_check_str(text, "PHONE_INVALID", field).split())
    if not stripped:
        return ""
    if len(stripped) > 40 or not _PHONE_RE.fullmatch(stripped):
        raise ValidationError("PHONE_INVALID", field)
    digits = sum(ch in "0123456789" for ch in stripped)
    if not 6 <= digits <= 15:
        raise ValidationError("PHONE_INVALID", field)
    return stripped


def validate_date_order(
    start: date | None,
    end: date | None,
    *,
    start_label: str | None = None,
    end_label: str | None = None,
    field: str | None = None,
) -> None:
    """Raise when end is before start; missing dates are not checked here. Without labels
    the message speaks of the start and end date."""
    if start is None or end is None or end >= start:
        return
    if start_label is None or end_label is None:
        raise ValidationError("END_BEFORE_START", field)
    raise ValidationError(
        "END_BEFORE_START_NAMED", field, start_label=start_label.lower(), end_label=end_label
    )


def validate_tmt_days(text: str, field: str | None = None) -> int | None:
    """Days of työmarkkinatuki received (0–5000, ASCII digits); empty means not known."""
    text = _check_str(text, "TMT_DAYS_INVALID", field).strip()
    if not text:
        return None
    if not _DIGITS_RE.fullmatch(text) or len(text) > MAX_NUMBER_DIGITS or int(text) > 5000:
        raise ValidationError("TMT_DAYS_INVALID", field)
    return int(text)


def validate_money(text: str, field: str | None = None) -> int:
    """Non-negative amount in cents."""
    return parse_money(text, field=field)


def validate_hours(text: str, field: str | None = None) -> Decimal:
    """Weekly working hours 1–40, comma or dot as decimal separator, at most 2 decimals."""
    stripped = _check_str(text, "HOURS_INVALID", field).strip().replace(",", ".")
    if not _HOURS_RE.fullmatch(stripped):
        raise ValidationError("HOURS_INVALID", field)
    try:
        hours = Decimal(stripped)
    except InvalidOperation:
        raise ValidationError("HOURS_INVALID", field) from None
    if not Decimal(1) <= hours <= Decimal(40):
        raise ValidationError("HOURS_INVALID", field)
    return hours


def validate_percent(value: str | int, allowed: Iterable[int], field: str | None = None) -> int:
    """One of the allowed percentages (e.g. the palkkatuki percentages 50, 70, 100)."""
    options = sorted(set(allowed))
    if isinstance(value, int) and not isinstance(value, bool):
        if value not in options:
            raise ValidationError("PERCENT_NOT_ALLOWED", field, allowed=options)
        return value
    if not isinstance(value, str):
        raise ValidationError("PERCENT_NOT_ALLOWED", field, allowed=options)
    text = value.strip().removesuffix("%").strip()
    valid = _DIGITS_RE.fullmatch(text) and len(text) <= MAX_NUMBER_DIGITS
    if not valid or int(text) not in options:
        raise ValidationError("PERCENT_NOT_ALLOWED", field, allowed=options)
    return int(text)


def _reference_check_digit(base: str) -> int:
    weights = (7, 3, 1)
    total = sum(int(ch) * weights[i % 3] for i, ch in enumerate(reversed(base)))
    return (10 - total % 10) % 10


def finnish_reference(base: str) -> str:
    """Finnish bank reference number (viitenumero): base of 3–19 digits + 7-3-1 check digit."""
    compact = "".join(base.split())
    if not (_DIGITS_RE.fullmatch(compact) and 3 <= len(compact) <= 19):
        raise ValidationError("REFERENCE_INVALID")
    return compact + str(_reference_check_digit(compact))


def format_reference(reference: str) -> str:
    """Groups of five from the right, as printed on Finnish bills: "12 34561"."""
    compact = "".join(reference.split())
    head = len(compact) % 5
    groups = [compact[:head]] if head else []
    groups += [compact[i : i + 5] for i in range(head, len(compact), 5)]
    return " ".join(groups)


def validate_reference(text: str, field: str | None = None) -> str:
    """Finnish reference number (4–20 digits, check digit), returned compact; optional."""
    compact = "".join(_check_str(text, "REFERENCE_INVALID", field).split())
    if not compact:
        return ""
    valid = _DIGITS_RE.fullmatch(compact) and 4 <= len(compact) <= 20
    if not valid or _reference_check_digit(compact[:-1]) != int(compact[-1]):
        raise ValidationError("REFERENCE_INVALID", field)
    return compact
