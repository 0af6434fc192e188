"""The figures of the Kemi-lisä rules as an editable, versioned rule set.

`RuleSet` holds every number the rules use, with the published Kemi defaults. `RULE_FIELDS`
describes each figure for the settings view (Finnish label, unit, kind, source and whether
the city has published it). `RuleBook` keeps dated versions of overrides, so that a decision
is always computed with the rules in force on its date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any

from kemidesk.domain.dates import format_date
from kemidesk.domain.errors import FieldErrors, ValidationError
from kemidesk.domain.messages import Message
from kemidesk.domain.rule_fields import RULE_FIELD_BY_NAME, RULE_FIELDS, RuleField, coerce_value
from kemidesk.domain.types import Proration

__all__ = ["RULE_FIELDS", "RuleBook", "RuleField", "RuleSet", "RuleVersion"]


@dataclass(frozen=True)
class RuleSet:
    """Every figure of the Kemi-lisä rules. Money in cents. See `RULE_FIELDS` for labels."""

    monthly_max_cents: int = 50_000
    max_months: int = 12
    min_hours_per_week: Decimal = Decimal("18")
    min_monthly_wage_cents: int = 120_000
    min_association_months: int = 8
    application_deadline_months: int = 1
    min_tmt_days: int = 300
    youth_age_limit: int = 30
    bonus_cents: int = 150_000
    company_combined_cap_percent: int = 50
    # Program default, not published: holiday pay and statutory employer contributions on
    # top of the gross wage, used for a company's wage costs when they are not entered.
    employer_cost_percent: Decimal = Decimal("30")
    de_minimis_cap_cents: int = 30_000_000
    de_minimis_years: int = 3
    proration: Proration = Proration.CALENDAR_DAYS
    payment_period_months: int = 1
    claim_deadline_months: int = 2
    recovery_min_cents: int = 10_000
    appeal_days: int = 14
    letter_delivery_days: int = 7
    email_delivery_days: int = 3
    followup_interval_months: int = 3
    payments_wait_for_appeal: bool = True
    palkkatuki_percents: tuple[int, ...] = (50, 70, 100)
    decision_prefix: str = "KL"
    cost_centre: str = ""

    @classmethod
    def default(cls) -> RuleSet:
        return _default_rules()

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe dict: Decimal → str, enum → value, tuple → list."""
        result: dict[str, Any] = {}
        for spec in RULE_FIELDS:
            value = getattr(self, spec.name)
            if isinstance(value, Decimal):
                value = str(value)
            elif isinstance(value, Proration):
                value = value.value
            elif isinstance(value, tuple):
                value = list(value)
            result[spec.name] = value
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleSet:
        """Rules from a stored dict; unknown keys are ignored, missing keys get defaults."""
        known = {key: value for key, value in data.items() if key in RULE_FIELD_BY_NAME}
        return cls().with_overrides(known)

    def with_overrides(self, overrides: Mapping[str, Any]) -> RuleSet:
        """A copy with the given figures changed; raises FieldErrors for bad values."""
        errors: dict[str, Message] = {}
        changes: dict[str, Any] = {}
        for name, raw in overrides.items():
            spec = RULE_FIELD_BY_NAME.get(name)
            if spec is None:
                errors[name] = Message("RULE_UNKNOWN", {"name": name})
                continue
            try:
                changes[name] = coerce_value(spec, raw)
            except ValidationError as exc:
                errors[name] = exc.as_message()
        if errors:
            raise FieldErrors(errors)
        return dataclasses.replace(self, **changes)

    def differences(self, other: RuleSet) -> dict[str, Any]:
        """Fields whose value differs from `other` (JSON-safe values of self)."""
        mine, theirs = self.to_dict(), other.to_dict()
        return {key: value for key, value in mine.items() if theirs[key] != value}


@lru_cache(maxsize=1)
def _default_rules() -> RuleSet:
    return RuleSet()


@dataclass(frozen=True)
class RuleVersion:
    """Overrides of the default rules in force from valid_from to valid_to (inclusive)."""

    valid_from: date
    valid_to: date | None
    overrides: dict[str, Any]
    note: str = ""

    def covers(self, d: date) -> bool:
        return self.valid_from <= d and (self.valid_to is None or d <= self.valid_to)

    @property
    def label(self) -> str:
        end = format_date(self.valid_to) if self.valid_to else ""
        return f"{format_date(self.valid_from)}–{end}"


class RuleBook:
    """Dated rule versions; `for_date` gives the rules in force on a day."""

    def __init__(self, versions: Sequence[RuleVersion] = ()) -> None:
        problems = self.validate_versions(versions)
        if problems:
            raise ValidationError("RULE_VERSIONS_INVALID", "rule_versions", problems=problems)
        self._versions = tuple(sorted(versions, key=lambda v: v.valid_from))
        self._rules = [RuleSet().with_overrides(v.overrides) for v in self._versions]

    @classmethod
    def default(cls) -> RuleBook:
        return cls(())

    @property
    def versions(self) -> tuple[RuleVersion, ...]:
        return self._versions

    def version_for(self, d: date) -> RuleVersion | None:
        """The version in force on d, or None when only the defaults apply."""
        for version in reversed(self._versions):
            if version.covers(d):
                return version
        return None

    def for_date(self, d: date) -> RuleSet:
        """The defaults plus the overrides of the version in force on d."""
        for index in range(len(self._versions) - 1, -1, -1):
            if self._versions[index].covers(d):
                return self._rules[index]
        return RuleSet.default()

    @staticmethod
    def validate_versions(versions: Sequence[RuleVersion]) -> list[Message]:
        """Messages for bad periods, overlapping periods and bad override values."""
        messages: list[Message] = []
        for version in versions:
            if version.valid_to is not None and version.valid_to < version.valid_from:
                messages.append(
                    Message("RULE_VERSION_END_BEFORE_START", {"version": version.label})
                )
            try:
                RuleSet().with_overrides(version.overrides)
            except FieldErrors as exc:
                for problem in exc.messages.values():
                    messages.append(
                        Message(
                            "RULE_VERSION_BAD_VALUE", {"version": version.label, "problem": problem}
                        )
                    )
        ordered = sorted(versions, key=lambda v: v.valid_from)
        for earlier, later in pairwise(ordered):
            if earlier.valid_to is None or earlier.valid_to >= later.valid_from:
                messages.append(
                    Message(
                        "RULE_VERSIONS_OVERLAP", {"first": earlier.label, "second": later.label}
                    )
                )
        return messages


def validate_versions(versions: Sequence[RuleVersion]) -> list[Message]:
    """Module-level alias of `RuleBook.validate_versions`."""
    return RuleBook.validate_versions(versions)
