from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.numbering import format_decision_number, parse_decision_number


def test_format() -> None:
    assert format_decision_number(2026, 1) == "KL-2026-001"
    assert format_decision_number(2026, 42) == "KL-2026-042"
    assert format_decision_number(2026, 1234) == "KL-2026-1234"
    assert format_decision_number(2026, 7, prefix="TL") == "TL-2026-007"


@pytest.mark.parametrize(("year", "seq"), [(2026, 0), (2026, -1), (26, 1), (20260, 1)])
def test_format_rejects_bad_numbers(year: int, seq: int) -> None:
    with pytest.raises(ValueError, match="year"):
        format_decision_number(year, seq)


def test_parse() -> None:
    assert parse_decision_number("KL-2026-001") == ("KL", 2026, 1)
    assert parse_decision_number(" kl-2026-1234 ") == ("KL", 2026, 1234)


@pytest.mark.parametrize(
    "text", ["", "KL-2026-01", "KL-26-001", "KL2026001", "KL-2026-000", "K1-2026-001", "x"]
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationError, match="Päätösnumero on virheellinen"):
        parse_decision_number(text)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1000, max_value=9999),
    st.integers(min_value=1, max_value=10**6),
    st.sampled_from(["KL", "TL", "KEMI", "ÄÖ"]),
)
def test_round_trip(year: int, seq: int, prefix: str) -> None:
    number = format_decision_number(year, seq, prefix)
    assert parse_decision_number(number) == (prefix, year, seq)


def test_batch_number_is_one_name_everywhere() -> None:
    from kemidesk.domain.numbering import format_batch_number

    assert format_batch_number(12) == "ME-12"
    assert format_batch_number(None) == ""
