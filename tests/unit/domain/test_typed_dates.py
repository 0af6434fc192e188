"""parse_typed_date: the dates a Finnish office worker types into a date field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.domain.dates import DATE_MAX, DATE_MIN, format_date, parse_typed_date
from kemidesk.domain.errors import ValidationError
from kemidesk.domain.messages import render_message

TODAY = date(2026, 11, 28)
FAST = settings(max_examples=300, deadline=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30.11.2027", date(2027, 11, 30)),
        ("30.11.27", date(2027, 11, 30)),
        ("301127", date(2027, 11, 30)),
        ("30112027", date(2027, 11, 30)),
        ("1.12.", date(2026, 12, 1)),
        ("1.12", date(2026, 12, 1)),
        ("0112", date(2026, 12, 1)),
        ("01.02.2026", date(2026, 2, 1)),
        ("1.2.2026.", date(2026, 2, 1)),
        ("2027-11-30", date(2027, 11, 30)),
        ("30,11,2027", date(2027, 11, 30)),  # the numeric keypad's decimal key
        ("30/11/27", date(2027, 11, 30)),
        ("  30.11.2027  ", date(2027, 11, 30)),
        ("+14", date(2026, 12, 12)),
        ("-3", date(2026, 11, 25)),
        ("+0", TODAY),
        ("+ 5", date(2026, 12, 3)),
        ("t", TODAY),
        ("T", TODAY),
        ("tänään", TODAY),
        ("Tänään", TODAY),
        ("29.2.2028", date(2028, 2, 29)),
        ("1.1.56", date(2056, 1, 1)),  # 30 years ahead at most: 2056
        ("1.1.57", date(1957, 1, 1)),  # more than 30 years ahead: 1957
        ("150365", date(1965, 3, 15)),
    ],
)
def test_accepts(text: str, expected: date) -> None:
    assert parse_typed_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_is_none(text: str) -> None:
    assert parse_typed_date(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("31.2.2027", "DATE_NO_SUCH_DAY"),
        ("29.2.2027", "DATE_NO_SUCH_DAY"),
        ("310427", "DATE_NO_SUCH_DAY"),
        ("0.5.2027", "DATE_NO_SUCH_DAY"),
        ("31.4.", "DATE_NO_SUCH_DAY"),
        ("1.13.2027", "DATE_NO_SUCH_MONTH"),
        ("1.0.2027", "DATE_NO_SUCH_MONTH"),
        ("1.1.1800", "DATE_OUT_OF_RANGE"),
        ("1.1.2101", "DATE_OUT_OF_RANGE"),
        ("1.1.0000", "DATE_OUT_OF_RANGE"),
        ("+99999", "DATE_OUT_OF_RANGE"),
        ("-99999", "DATE_OUT_OF_RANGE"),
        ("ei päivää1112026", "DATE_TYPED_FORMAT"),  # what the old field showed
        ("30.11.202", "DATE_TYPED_FORMAT"),
        ("3011202", "DATE_TYPED_FORMAT"),
        ("30", "DATE_TYPED_FORMAT"),
        ("huomenna", "DATE_TYPED_FORMAT"),
        ("+", "DATE_TYPED_FORMAT"),
        ("1.2.3.4", "DATE_TYPED_FORMAT"),
        ("٣٠.١١.٢٠٢٧", "DATE_TYPED_FORMAT"),  # non-ASCII digits are not read as numbers
        ("30.11.2027x", "DATE_TYPED_FORMAT"),
    ],
)
def test_rejects_with_a_reason(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_typed_date(text, TODAY, field="start_date")
    assert caught.value.code == code
    assert caught.value.field == "start_date"


def test_an_impossible_day_is_named_in_the_message() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_typed_date("31.2.2027", TODAY)
    text = render_message(caught.value.code, caught.value.params)
    assert text == "Päivää 31.2.2027 ei ole kalenterissa."


def test_the_format_message_shows_the_accepted_ways() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_typed_date("huomenna", TODAY)
    text = render_message(caught.value.code, caught.value.params)
    for example in ("30.11.2027", "301127", "1.12.", "+14", "t"):
        assert example in text


days = st.dates(min_value=DATE_MIN, max_value=DATE_MAX)
todays = st.dates(min_value=date(1990, 1, 1), max_value=date(2080, 12, 31))


@FAST
@given(days, todays)
def test_the_shown_form_reads_back_as_the_same_day(d: date, today: date) -> None:
    assert parse_typed_date(format_date(d), today) == d
    assert parse_typed_date(f"{d.day:02d}{d.month:02d}{d.year}", today) == d
    assert parse_typed_date(d.isoformat(), today) == d


@FAST
@given(todays, st.integers(min_value=-3000, max_value=3000))
def test_relative_days(today: date, n: int) -> None:
    assert parse_typed_date(f"{n:+d}", today) == today + timedelta(days=n)


@FAST
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2070, 12, 31)), st.integers(0, 99))
def test_two_digit_year_is_within_a_century_window(today: date, yy: int) -> None:
    parsed = parse_typed_date(f"1.1.{yy:02d}", today)
    assert parsed is not None
    assert parsed.year % 100 == yy
    assert today.year - 70 < parsed.year <= today.year + 30


@FAST
@given(st.text(max_size=12), todays)
def test_any_text_is_a_date_or_a_coded_error(text: str, today: date) -> None:
    codes = {"DATE_TYPED_FORMAT", "DATE_NO_SUCH_DAY", "DATE_NO_SUCH_MONTH", "DATE_OUT_OF_RANGE"}
    code, parsed = None, None
    try:
        parsed = parse_typed_date(text, today)
    except ValidationError as exc:
        code = exc.code
    assert code is None or code in codes
    assert parsed is None or DATE_MIN <= parsed <= DATE_MAX
