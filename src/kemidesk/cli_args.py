"""Argument types of the command line: every value checked before anything opens the
database, each refusal a Finnish message (argparse turns ArgumentTypeError into a usage
error with exit status 2, never a traceback)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable

SQLITE_MAX_ID = 2**63 - 1  # SQLite's INTEGER PRIMARY KEY is a signed 64-bit number
MONTH_YEARS = range(2000, 2101)  # Kemi-lisä payments: a sane window, and add_months stays valid
MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")


def record_id(text: str) -> int:
    """A database id: a whole number 1 … 2^63-1."""
    value = text.strip()
    if not value.isascii() or not value.isdigit():
        raise argparse.ArgumentTypeError(
            f"tunnisteen pitää olla positiivinen kokonaisluku: {text!r}"
        )
    number = int(value)
    if not 1 <= number <= SQLITE_MAX_ID:
        raise argparse.ArgumentTypeError(
            f"tunniste {text} on sallitun välin ulkopuolella (1–{SQLITE_MAX_ID})"
        )
    return number


def year_month(text: str) -> str:
    """`VVVV-KK`, e.g. 2026-11; normalised to two-digit month."""
    match = MONTH_RE.fullmatch(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(
            f"kuukausi muodossa VVVV-KK, esim. 2026-11 (nelinumeroinen vuosi): {text!r}"
        )
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        raise argparse.ArgumentTypeError(f"kuukauden pitää olla 01–12: {text!r}")
    if year not in MONTH_YEARS:
        raise argparse.ArgumentTypeError(
            f"vuoden pitää olla {MONTH_YEARS.start}–{MONTH_YEARS.stop - 1}: {text!r}"
        )
    return f"{year:04d}-{month:02d}"


def non_empty(what: str) -> Callable[[str], str]:
    """A path or name that must not be empty (an empty --data-dir would silently mean the
    default folder)."""

    def check(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{what} ei voi olla tyhjä")
        if "\x00" in text:
            raise argparse.ArgumentTypeError(f"{what} sisältää kelvottoman merkin")
        return text

    check.__name__ = what  # argparse names the type in its message
    return check


def decision_number(text: str) -> str:
    value = text.strip()
    if not value or len(value) > 64 or "\x00" in value:
        raise argparse.ArgumentTypeError(f"päätöksen numero, esim. KL-2026-0001: {text!r}")
    return value
