"""Errors a use case raises besides the domain's ValidationError / FieldErrors.

Both carry a code of `kemidesk.domain.messages` and its parameters, like every DomainError.
"""

from typing import Any

from kemidesk.domain.errors import DomainError, FieldErrors
from kemidesk.domain.messages import Message


class NotFoundError(DomainError):
    """The record asked for does not exist: `NotFoundError("PERSON_NOT_FOUND", 12)`."""

    def __init__(self, code: str, key: object, /, **params: Any) -> None:
        super().__init__(code, key=key, **params)
        self.key = key


class NotAllowedError(DomainError):
    """The action is not allowed in the record's state: `NotAllowedError(code, **params)`."""


class DuplicateError(FieldErrors):
    """A record with the same identifier already exists (a live one): the error belongs to
    `field`, and `existing_id` lets the form offer to open the existing record.

    `DuplicateError("ASSOCIATION_DUPLICATE_BUSINESS_ID", "business_id", existing_id=3,
    name="Kemin Kierrätys ry")`
    """

    def __init__(self, code: str, field: str, /, *, existing_id: int, **params: Any) -> None:
        super().__init__({field: Message(code, {"existing_id": existing_id, **params})})
        self.duplicate_code = code
        self.field = field
        self.existing_id = existing_id
