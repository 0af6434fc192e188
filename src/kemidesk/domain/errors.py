"""Exceptions raised by the rules layer (and, through subclasses, by the services).

Every error carries a stable `code` and its `params`; `message` is the Finnish text rendered
from the code's template in `kemidesk.domain.messages`. The window shows the same template
translated (`kemidesk.ui.errors.error_text`). `field` names the form field an error belongs
to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kemidesk.domain.messages import Message, render_message


class DomainError(Exception):
    """Base class of every error raised by `kemidesk.domain` and `kemidesk.services`."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, Any] = params

    @property
    def message(self) -> str:
        """The Finnish text."""
        return render_message(self.code, self.params)

    def as_message(self) -> Message:
        return Message(self.code, self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError, ValueError):
    """One value given by the user is not acceptable."""

    def __init__(self, code: str, /, field: str | None = None, **params: Any) -> None:
        super().__init__(code, **params)
        self.field = field


class FieldErrors(DomainError, ValueError):
    """Several fields are invalid at once.

    `messages` maps field name → `Message`; `errors` maps field name → its Finnish text.
    A plain string value is a code without parameters.
    """

    def __init__(self, errors: Mapping[str, Message | str]) -> None:
        self.messages: dict[str, Message] = {
            name: value if isinstance(value, Message) else Message(value)
            for name, value in errors.items()
        }
        super().__init__("FIELD_ERRORS", errors=list(self.messages.values()))

    @property
    def errors(self) -> dict[str, str]:
        return {name: message.text for name, message in self.messages.items()}


class RuleViolation(DomainError):
    """A decision would break the Kemi-lisä rules.

    `findings` holds `kemidesk.domain.eligibility.Finding` objects (anything with `code` and
    `params`; typed loosely here to avoid an import cycle). The message lists them all.
    """

    def __init__(self, findings: Sequence[Any]) -> None:
        self.findings: list[Any] = list(findings)
        super().__init__(
            "RULE_VIOLATION", findings=[Message(f.code, dict(f.params)) for f in self.findings]
        )
