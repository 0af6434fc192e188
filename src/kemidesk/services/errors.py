"""Errors a use case raises besides the domain's ValidationError / FieldErrors.

Both carry a code of `kemidesk.domain.messages` and its parameters, like every DomainError.
"""

from typing import Any

from kemidesk.domain.errors import DomainError


class NotFoundError(DomainError):
    """The record asked for does not exist: `NotFoundError("PERSON_NOT_FOUND", 12)`."""

    def __init__(self, code: str, key: object, /, **params: Any) -> None:
        super().__init__(code, key=key, **params)
        self.key = key


class NotAllowedError(DomainError):
    """The action is not allowed in the record's state: `NotAllowedError(code, **params)`."""
