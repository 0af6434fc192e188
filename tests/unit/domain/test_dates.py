from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.domain.dates import (
    add_months,
    age_on,
    days_in_month,
    finnish_holidays,
    format_date,
    is_working_day,
    iter_months,
    month_end,
    month_start,
    next_working_day,
    package_holidays,
    parse_date,
    working_days_between,
)
from kemidesk.domain.errors import ValidationError

FAST = settings(max_examples=200, deadline=None)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))


def test_format_date_has_no_leading_zeros() -> None:
    assert format_date(date(2026, 2, 1)) == "1.2.2026"
    assert format_date(date(2026, 12, 31)) == "31.12.2026"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    "text", ["1.2.2026", "01.02.2026", " 1.2.2026 ", "2026-02-01", "1.2.2026."]
)
def test_parse_date_accepts(text: str) -> None:
    assert parse_date(text) == date(2026, 2, 1)


@pytest.mark.parametrize(
    "text",
    ["", "1.2.26", "31.2.2026", "1/2/2026", "2026-2-1", "32.1.2026", "1.13.2026", "x", "1.2"],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValidationError, match=r"Anna päivämäärä muodossa pp\.kk\.vvvv\."):
        parse_date(text)


@FAST
@given(dates)
def test_date_round_trip(d: date) -> None:
    assert parse_date(format_date(d)) == d
    assert parse_date(d.isoformat()) == d


def test_add_months_clips_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 3, 15), 12) == date(2027, 3, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_month_helpers() -> None:
    d = date(2028, 2, 10)
    assert month_start(d) == date(2028, 2, 1)
    assert month_end(d) == date(2028, 2, 29)
    assert days_in_month(d) == 29
    assert days_in_month(date(2026, 2, 1)) == 28


def test_iter_months_clips_each_month() -> None:
    months = list(iter_months(date(2026, 1, 15), date(2026, 3, 10)))
    assert months == [
        (date(2026, 1, 1), date(2026, 1, 15), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 1), date(2026, 3, 10)),
    ]
    assert list(iter_months(date(2026, 5, 5), date(2026, 5, 5))) == [
        (date(2026, 5, 1), date(2026, 5, 5), date(2026, 5, 5))
    ]
    assert list(iter_months(date(2026, 5, 5), date(2026, 5, 4))) == []


@FAST
@given(dates, st.integers(min_value=0, max_value=800))
def test_iter_months_covers_every_day_once(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    covered = sum((e - s).days + 1 for _, s, e in iter_months(start, end))
    assert covered == length + 1


def test_holidays_include_the_eves_of_the_time_limits_act() -> None:
    days = finnish_holidays(2026)
    for d in (date(2026, 5, 1), date(2026, 6, 19), date(2026, 12, 24), date(2026, 12, 6)):
        assert d in days
    assert days[date(2026, 12, 24)] == "Jouluaatto"
    assert date(2027, 6, 25) in finnish_holidays(2027)  # Midsummer Eve is Friday 19–25 June


def test_finnish_holidays_returns_a_copy() -> None:
    finnish_holidays(2026).clear()
    assert finnish_holidays(2026)


def test_own_calendar_equals_the_holidays_package_every_year() -> None:
    # 1992–2100 are worked out without the package; before and after, the package answers
    for year in range(1985, 2106):
        assert finnish_holidays(year) == package_holidays(year), year
    assert finnish_holidays(2008)[date(2008, 5, 1)] == "Helatorstai; Vappu"  # on one day


def test_working_days_of_these_years_do_not_import_the_holidays_package() -> None:
    code = (
        "import sys\nfrom datetime import date\n"
        "from kemidesk.domain.dates import next_working_day, working_days_between\n"
        "assert next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)\n"
        "assert working_days_between(date(2026, 1, 1), date(2026, 12, 31)) == 252\n"
        "print('holidays' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 3, 16), True),  # Monday
        (date(2026, 3, 14), False),  # Saturday
        (date(2026, 3, 15), False),  # Sunday
        (date(2026, 1, 6), False),  # Epiphany
        (date(2026, 4, 3), False),  # Good Friday
        (date(2026, 4, 6), False),  # Easter Monday
        (date(2026, 5, 1), False),  # May Day
        (date(2026, 5, 14), False),  # Ascension Day
        (date(2026, 6, 19), False),  # Midsummer Eve
        (date(2026, 12, 24), False),  # Christmas Eve
        (date(2025, 12, 26), False),  # St Stephen's Day (Friday)
        (date(2029, 12, 6), False),  # Independence Day on a Thursday
        (date(2026, 12, 23), True),
        (date(2026, 12, 31), True),  # New Year's Eve is a working day
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_next_working_day() -> None:
    assert next_working_day(date(2026, 3, 16)) == date(2026, 3, 16)
    assert next_working_day(date(2026, 3, 14)) == date(2026, 3, 16)
    assert next_working_day(date(2026, 12, 24)) == date(2026, 12, 28)
    assert next_working_day(date(2026, 6, 19)) == date(2026, 6, 22)
    assert next_working_day(date(2026, 4, 3)) == date(2026, 4, 7)


def test_working_days_between() -> None:
    assert working_days_between(date(2026, 1, 1), date(2026, 1, 31)) == 20
    assert working_days_between(date(2026, 3, 16), date(2026, 3, 16)) == 1
    assert working_days_between(date(2026, 3, 14), date(2026, 3, 15)) == 0
    assert working_days_between(date(2026, 3, 20), date(2026, 3, 16)) == 0
    assert working_days_between(date(2026, 12, 1), date(2026, 12, 31)) == 21


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(1996, 3, 15), date(2026, 3, 14), 29),
        (date(1996, 3, 15), date(2026, 3, 15), 30),
        (date(2000, 2, 29), date(2030, 2, 28), 29),
        (date(2000, 2, 29), date(2030, 3, 1), 30),
        (date(2000, 2, 29), date(2028, 2, 29), 28),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age
