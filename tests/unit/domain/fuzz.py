"""Hypothesis strategies for what a user can type or paste, and a counter of fuzz examples.

`user_text` mixes arbitrary Unicode text (lone surrogates and control characters included),
huge digit strings, non-ASCII digits (superscripts, Arabic-Indic, fullwidth), whitespace,
and near-valid values of the fields with odd characters inserted. `FUZZ_COUNTS` counts the
examples every fuzz test ran; the modules print it at the end (run pytest with -s to see).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FUZZ_COUNTS: Counter[str] = Counter()


def outcome(call: Callable[[], Any], expected: type[Exception]) -> tuple[Any, Exception | None]:
    """(value, None) on success, (None, error) when `call` raises `expected`; any other
    exception propagates and fails the test."""
    try:
        return call(), None
    except expected as exc:
        return None, exc


FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Every code point, lone surrogates (category Cs) and controls included.
ANY_CHAR = st.characters(exclude_categories=())
NON_ASCII_DIGITS = "²³¹٣٤٥۱۲۳०१२０１２３𝟎𝟏①⑴"
SAMPLES = (
    "0737546-2",
    "1234567-8",
    "123.456",
    "010190-123A",
    "131052-308T",
    "FI21 1234 5600 0007 85",
    "NDEAFIHH",
    "94100",
    "maija@example.fi",
    "040 123 4567",
    "+358 40 123 4567",
    "1 234,50 €",
    "500,00",
    "100,-",
    "37,5",
    "40",
    "70",
    "70 %",
    "1.2.2026",
    "2026-02-01",
    "31.12.9999",
    "1232",
    "12 34561",
    "300",
    "5000",
    "Kemin Testiyhdistys ry",
)


def _spliced(parts: tuple[str, int, str]) -> str:
    base, at, extra = parts
    at %= len(base) + 1
    return base[:at] + extra + base[at:]


near_valid = st.tuples(
    st.sampled_from(SAMPLES),
    st.integers(0, 40),
    st.text(alphabet=ANY_CHAR, min_size=1, max_size=3) | st.sampled_from(NON_ASCII_DIGITS),
).map(_spliced)

huge_digits = st.one_of(
    st.integers(4000, 6000).map(lambda n: "9" * n),
    st.integers(4000, 6000).map(lambda n: "0" * n + "1"),
    st.integers(20, 60).map(lambda n: "1" * n + ",50"),
    st.integers(300, 2000).map(lambda n: "1" * n + "." + "2" * 3),
)

user_text = st.one_of(
    st.text(alphabet=ANY_CHAR, max_size=60),
    st.text(alphabet=st.sampled_from("0123456789 .,-+%€\t\n" + NON_ASCII_DIGITS), max_size=30),
    st.text(alphabet=st.sampled_from(" \t\n\r\u00a0\u2009\u3000\x0b\x0c\x1c"), max_size=8),
    huge_digits,
    near_valid,
    st.sampled_from(SAMPLES),
)

# Dates a user can reach (a date picker or typed text): anything from year 1 to 9999.
any_date = st.one_of(
    st.dates(),
    st.sampled_from((date.min, date.max, date(9999, 12, 1), date(1, 1, 1), date(2100, 12, 31))),
    st.integers(-400, 400).map(lambda d: date(2026, 11, 28) + timedelta(days=d)),
)

# What a caller may pass where a date is meant: a date, None, or a wrong type.
date_or_junk = st.one_of(any_date, st.none(), user_text, st.integers())
