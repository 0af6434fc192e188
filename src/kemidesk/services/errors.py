"""Errors a use case raises besides the domain's ValidationError / FieldErrors."""

from kemidesk.domain.errors import DomainError


class NotFoundError(DomainError):
    """The record asked for does not exist."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key} ei löydy.")
        self.message = f"{what} {key} ei löydy."


class NotAllowedError(DomainError):
    """The action is not allowed in the record's state (with a Finnish reason)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
