"""Dates: Finnish formatting and parsing, month arithmetic, working days and age."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import lru_cache

from kemidesk.domain.errors import ValidationError

ONE_DAY = timedelta(days=1)

# Dates a user can give: anything outside is a typing error (and far dates would overflow
# the month arithmetic of the schedule near year 9999).
DATE_MIN = date(1900, 1, 1)
DATE_MAX = date(2100, 12, 31)

# ASCII digits only: "\d" would also match "²", Arabic-Indic or fullwidth digits.
_FI_DATE_RE = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\.?$")
_ISO_DATE_RE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")


def format_date(d: date | None) -> str:
    """1.2.2026 (no leading zeros, as written in Finnish); "" for None."""
    if d is None:
        return ""
    return f"{d.day}.{d.month}.{d.year}"


def parse_date(text: str, *, field: str | None = None) -> date:
    """Parse "1.2.2026", "01.02.2026" or "2026-02-01". The year must have four digits."""
    stripped = text.strip()
    match = _FI_DATE_RE.match(stripped)
    if match is not None:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO_DATE_RE.match(stripped)
        if match is None:
            raise ValidationError("DATE_FORMAT", field)
        year, month, day = (int(g) for g in match.groups())
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise ValidationError("DATE_FORMAT", field) from None
    return check_date(parsed, field)


# Typed dates: separators "." (also "," from the numeric keypad, "/" and "-"); see
# parse_typed_date.
_TYPED_DMY_RE = re.compile(r"^([0-9]{1,2})[.,/-]([0-9]{1,2})(?:[.,/-]([0-9]{2}|[0-9]{4})?)?\.?$")
_TYPED_DIGITS_RE = re.compile(r"^[0-9]{4}$|^[0-9]{6}$|^[0-9]{8}$")
_TYPED_RELATIVE_RE = re.compile(r"^([+-])\s*([0-9]{1,5})$")
TODAY_WORDS = frozenset({"t", "tänään", "tanaan", "today"})
# A two-digit year is the one with those last digits that is at most this many years after
# today and less than a century before that (in 2026: 27 → 2027, 56 → 2056, 57 → 1957).
TWO_DIGIT_YEAR_AHEAD = 30


def _full_year(two_digits: int, today: date) -> int:
    """The year ending in two_digits within (today - 70 years, today + 30 years]."""
    year = today.year - today.year % 100 + two_digits
    if year > today.year + TWO_DIGIT_YEAR_AHEAD:
        return year - 100
    if year <= today.year + TWO_DIGIT_YEAR_AHEAD - 100:
        return year + 100
    return year


def _split_typed(text: str, today: date) -> tuple[int, int, int] | None:
    """(day, month, year) of an absolute typed date, or None when the text is no such form."""
    match = _TYPED_DMY_RE.match(text)
    if match is not None:
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        if year_text is None:
            return day, month, today.year
        year = int(year_text)
        return day, month, _full_year(year, today) if len(year_text) == 2 else year
    if _TYPED_DIGITS_RE.match(text):
        day, month = int(text[:2]), int(text[2:4])
        if len(text) == 4:
            return day, month, today.year
        if len(text) == 6:
            return day, month, _full_year(int(text[4:]), today)
        return day, month, int(text[4:])
    match = _ISO_DATE_RE.match(text)
    if match is not None:
        year, month, day = (int(g) for g in match.groups())
        return day, month, year
    return None


def parse_typed_date(text: str, today: date, *, field: str | None = None) -> date | None:
    """A date as a Finnish office worker types it; None for an empty text.

    Accepted: 30.11.2027, 30.11.27 (at most 30 years ahead, else a century earlier), 301127,
    30112027, 3011 and 30.11. or 30.11 (this year), 2027-11-30, "+14" / "-3" (days from
    today), "t" or "tänään" (today). "," "/" "-" work as separators too (the numeric keypad
    types ","). A day that does not exist (31.2.2027) is an error (DATE_NO_SUCH_DAY), never
    moved to another day; any other text is DATE_TYPED_FORMAT.
    """
    stripped = text.strip().lower()
    if not stripped:
        return None
    if stripped in TODAY_WORDS:
        return today
    relative = _TYPED_RELATIVE_RE.match(stripped)
    if relative is not None:
        days = int(relative.group(2)) * (1 if relative.group(1) == "+" else -1)
        try:
            moved = today + timedelta(days=days)
        except OverflowError:
            raise ValidationError("DATE_OUT_OF_RANGE", field, min=DATE_MIN, max=DATE_MAX) from None
        return check_date(moved, field)
    parts = _split_typed(stripped, today)
    if parts is None:
        raise ValidationError("DATE_TYPED_FORMAT", field)
    day, month, year = parts
    try:
        parsed = date(year, month, day)
    except ValueError:
        if not 1 <= month <= 12:
            raise ValidationError("DATE_NO_SUCH_MONTH", field, month=month) from None
        if not 1 <= year <= 9999:
            raise ValidationError("DATE_OUT_OF_RANGE", field, min=DATE_MIN, max=DATE_MAX) from None
        raise ValidationError("DATE_NO_SUCH_DAY", field, day=day, month=month, year=year) from None
    return check_date(parsed, field)


def check_date(value: object, field: str | None = None, required: bool = True) -> date | None:
    """A date given to a use case: a real `date` (a datetime is cut to its day) between
    DATE_MIN and DATE_MAX. None is accepted when not required; anything else (a string, a
    number) is a validation error, never stored."""
    if value is None:
        if required:
            raise ValidationError("DATE_REQUIRED", field)
        return None
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise ValidationError("DATE_FORMAT", field)
    if not DATE_MIN <= value <= DATE_MAX:
        raise ValidationError("DATE_OUT_OF_RANGE", field, min=DATE_MIN, max=DATE_MAX)
    return value


def add_months(d: date, n: int) -> date:
    """Same day n months later (or earlier); clipped to the month's last day (31.1. + 1 → 28.2.).

    Plain arithmetic (as relativedelta(months=n) computes it, about 15 times faster: the
    overview works out tens of thousands of due dates)."""
    months = d.year * 12 + d.month - 1 + n
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999:  # beyond year 9999 or before year 1
        raise ValidationError("DATE_OUT_OF_RANGE", min=DATE_MIN, max=DATE_MAX)
    month += 1
    day = d.day if d.day <= 28 else min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def days_in_month(d: date) -> int:
    return calendar.monthrange(d.year, d.month)[1]


def month_start(d: date) -> date:
    return d.replace(day=1)


def month_end(d: date) -> date:
    return d.replace(day=days_in_month(d))


def iter_months(start: date, end: date) -> Iterator[tuple[date, date, date]]:
    """For each calendar month touched by [start, end]: (first day, clipped start, clipped end).

    Nothing when end is before start.
    """
    if end < start:
        return
    first = month_start(start)
    while first <= end:
        yield first, max(start, first), min(end, month_end(first))
        first = add_months(first, 1)


# The calendar below is the law's since 1992 (Epiphany and Ascension Day back on their own
# days); other years come from the `holidays` package (which ends at 2100), 150–200 ms to
# import as it loads every country. tests/unit/domain/test_dates.py checks that the two give
# the same days and names for every year from 1992 to 2100, so a change in the package (as
# it follows the law) shows up there.
_OWN_CALENDAR_YEARS = range(1992, 2101)


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus 1991)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _first_on_weekday(first: date, weekday: int) -> date:
    """The first day on or after `first` that falls on `weekday` (Monday 0)."""
    return first + timedelta(days=(weekday - first.weekday()) % 7)


def _own_calendar(year: int) -> dict[date, str]:
    easter = _easter(year)
    midsummer_eve = _first_on_weekday(date(year, 6, 19), 4)  # Friday 19–25 June
    days: dict[date, str] = {}
    for day, name in (
        (date(year, 1, 1), "Uudenvuodenpäivä"),
        (date(year, 1, 6), "Loppiainen"),
        (easter - timedelta(days=2), "Pitkäperjantai"),
        (easter, "Pääsiäispäivä"),
        (easter + ONE_DAY, "Toinen pääsiäispäivä"),
        (date(year, 5, 1), "Vappu"),
        (easter + timedelta(days=39), "Helatorstai"),
        (easter + timedelta(days=49), "Helluntaipäivä"),
        (midsummer_eve, "Juhannusaatto"),
        (midsummer_eve + ONE_DAY, "Juhannuspäivä"),
        (_first_on_weekday(date(year, 10, 31), 5), "Pyhäinpäivä"),  # Saturday 31.10.–6.11.
        (date(year, 12, 6), "Itsenäisyyspäivä"),
        (date(year, 12, 24), "Jouluaatto"),
        (date(year, 12, 25), "Joulupäivä"),
        (date(year, 12, 26), "Tapaninpäivä"),
    ):
        # two on one day (Ascension Day on May Day in 2008): both names, as the package does
        days[day] = "; ".join(sorted({*days[day].split("; "), name})) if day in days else name
    return days


def package_holidays(year: int) -> dict[date, str]:
    """The `holidays` package's Finnish holidays of the year (with the eves below)."""
    import holidays  # 150–200 ms: only other years and the smoke test pay it

    fi = holidays.country_holidays("FI", years=year, language="fi")
    days: dict[date, str] = {d: str(name) for d, name in fi.items()}
    # Act on the calculation of statutory time limits (150/1930) § 5: a deadline that falls
    # on a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a
    # Saturday moves to the next working day. holidays.Finland already lists these eves
    # (checked with holidays 0.109); they are added here in case a version does not.
    days.setdefault(date(year, 5, 1), "Vappu")
    days.setdefault(date(year, 12, 6), "Itsenäisyyspäivä")
    days.setdefault(date(year, 12, 24), "Jouluaatto")
    days.setdefault(_first_on_weekday(date(year, 6, 19), 4), "Juhannusaatto")
    return days


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> dict[date, str]:
    if year in _OWN_CALENDAR_YEARS:
        return _own_calendar(year)
    return package_holidays(year)


def finnish_holidays(year: int) -> dict[date, str]:
    """Finnish public holidays and the eves that stop a deadline, date → Finnish name."""
    return dict(_holidays_of(year))


def is_working_day(d: date) -> bool:
    """Monday to Friday and not a public holiday, May Day, Christmas Eve or Midsummer Eve."""
    return d.weekday() < 5 and d not in _holidays_of(d.year)


def next_working_day(d: date) -> date:
    """d itself when it is a working day, else the first working day after it."""
    while not is_working_day(d):
        d += ONE_DAY
    return d


def working_days_between(start: date, end: date) -> int:
    """Working days in [start, end], both ends included; 0 when end is before start."""
    count = 0
    day = start
    while day <= end:
        if is_working_day(day):
            count += 1
        day += ONE_DAY
    return count


def age_on(birth: date, on: date) -> int:
    """Age in full years on the given day (a person born on 29.2. ages on 1.3. in common years)."""
    before_birthday = (on.month, on.day) < (birth.month, birth.day)
    return on.year - birth.year - (1 if before_birthday else 0)
