"""Exceptions raised by the rules layer.

Messages are Finnish and meant for the user; `field` names the form field they belong to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class DomainError(Exception):
    """Base class of every error raised by `kemidesk.domain`."""


class ValidationError(DomainError, ValueError):
    """One value given by the user is not acceptable."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class FieldErrors(DomainError, ValueError):
    """Several fields are invalid at once: `errors` maps field name → Finnish message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return " ".join(self.errors.values())

    def __str__(self) -> str:
        return self.message


class RuleViolation(DomainError):
    """A decision would break the Kemi-lisä rules.

    `findings` holds `kemidesk.domain.eligibility.Finding` objects (typed loosely here to
    avoid an import cycle).
    """

    def __init__(self, findings: Sequence[Any], message: str | None = None) -> None:
        self.findings: list[Any] = list(findings)
        if message is None:
            message = " ".join(str(getattr(f, "message", f)) for f in self.findings)
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message
