"""kemidesk: Kemi-lisä and association employment records for the City of Kemi."""

__version__ = "0.1.0"
