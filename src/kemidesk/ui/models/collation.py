"""Finnish alphabetical order for the lists (the key lives in domain/, shared with reports)."""

from kemidesk.domain.collation import finnish_key

__all__ = ["finnish_key"]
