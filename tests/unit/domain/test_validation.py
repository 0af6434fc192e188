from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kemidesk.domain.errors import ValidationError
from kemidesk.domain.validation import (
    error_of,
    finnish_reference,
    format_iban,
    format_reference,
    hetu_birth_date,
    mask_hetu,
    validate_association_number,
    validate_bic,
    validate_business_id,
    validate_date_order,
    validate_email,
    validate_hetu,
    validate_hours,
    validate_iban,
    validate_money,
    validate_percent,
    validate_phone,
    validate_postcode,
    validate_reference,
    validate_required,
)

FAST = settings(max_examples=200, deadline=None)
CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def make_hetu(birth: date, sign: str, individual: int = 123) -> str:
    """An independent implementation of the mod-31 control character."""
    digits = f"{birth:%d%m}{birth.year % 100:02d}{individual:03d}"
    return f"{birth:%d%m}{birth.year % 100:02d}{sign}{individual:03d}{CONTROL[int(digits) % 31]}"


# --- business ID -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("0112038-9", "0112038-9"),
        (" 0208201-1 ", "0208201-1"),
        ("01120389", "0112038-9"),
        ("FI01120389", "0112038-9"),
    ],
)
def test_business_id_valid(text: str, result: str) -> None:
    assert validate_business_id(text) == result


@pytest.mark.parametrize("text", ["", "0112038-8", "112038", "abc", "0112038-99"])
def test_business_id_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match=r"Y-tunnus on virheellinen: .* esim\. 1234567-1\."):
        validate_business_id(text, field="business_id")


def test_business_id_error_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        validate_business_id("x", field="business_id")
    assert info.value.field == "business_id"


# --- association number ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "result"), [("123456", "123.456"), ("123.456", "123.456"), ("12", "12"), ("", "")]
)
def test_association_number(text: str, result: str) -> None:
    assert validate_association_number(text) == result


@pytest.mark.parametrize("text", ["1234567", "abc", "0"])
def test_association_number_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="Yhdistysrekisterinumero"):
        validate_association_number(text)


# --- HETU --------------------------------------------------------------------------------


@pytest.mark.parametrize("sign", list("-YXWVU"))
def test_hetu_1900s_signs(sign: str) -> None:
    code = make_hetu(date(1985, 7, 14), sign)
    assert validate_hetu(code) == code
    assert hetu_birth_date(code) == date(1985, 7, 14)


@pytest.mark.parametrize("sign", list("ABCDEF"))
def test_hetu_2000s_signs(sign: str) -> None:
    code = make_hetu(date(2005, 1, 2), sign)
    assert validate_hetu(code.lower()) == code
    assert hetu_birth_date(code) == date(2005, 1, 2)


def test_hetu_1800s_sign() -> None:
    code = make_hetu(date(1899, 12, 31), "+")
    assert hetu_birth_date(code) == date(1899, 12, 31)


def test_hetu_official_examples() -> None:
    assert validate_hetu("131052-308T") == "131052-308T"
    assert validate_hetu("010594Y9021") == "010594Y9021"  # DVV example, temporary range
    assert hetu_birth_date("020516C903K") == date(2016, 5, 2)


@pytest.mark.parametrize(
    "text",
    ["131052-308U", "131052Z308T", "311352-308T", "310252-308Y", "1310521308T", "13105-308T", "x"],
)
def test_hetu_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="Henkilötunnus on virheellinen"):
        validate_hetu(text)


def test_hetu_is_optional_but_birth_date_needs_one() -> None:
    assert validate_hetu("  ") == ""
    with pytest.raises(ValidationError):
        hetu_birth_date("")


@FAST
@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(min_value=2, max_value=899),
    st.data(),
)
def test_hetu_any_valid_code(birth: date, individual: int, data: st.DataObject) -> None:
    signs = "-YXWVU" if birth.year < 2000 else "ABCDEF"
    sign = data.draw(st.sampled_from(signs))
    code = make_hetu(birth, sign, individual)
    assert validate_hetu(code) == code
    assert hetu_birth_date(code) == birth


def test_mask_hetu() -> None:
    assert mask_hetu("010190-123A") == "010190-****"
    assert mask_hetu(" 131052-308T ") == "131052-****"
    assert mask_hetu("") == ""


# --- IBAN, BIC ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("FI21 1234 5600 0007 85", "FI2112345600000785"),
        ("fi2112345600000785", "FI2112345600000785"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
    ],
)
def test_iban_valid(text: str, result: str) -> None:
    assert validate_iban(text) == result


@pytest.mark.parametrize("text", ["FI21 1234 5600 0007 86", "FI21", "1234", "XX2112345600000785"])
def test_iban_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="IBAN-tilinumero on virheellinen"):
        validate_iban(text)


def test_iban_required() -> None:
    with pytest.raises(ValidationError, match="pakollinen"):
        validate_iban("")


def test_format_iban() -> None:
    assert format_iban("FI2112345600000785") == "FI21 1234 5600 0007 85"
    assert format_iban("fi21 1234 5600 000785") == "FI21 1234 5600 0007 85"


def test_bic() -> None:
    assert validate_bic("ndeafihh") == "NDEAFIHH"
    assert validate_bic("OKOYFIHHXXX") == "OKOYFIHHXXX"
    assert validate_bic("") == ""
    with pytest.raises(ValidationError, match="BIC"):
        validate_bic("NDEA")


# --- simple fields -----------------------------------------------------------------------


def test_postcode() -> None:
    assert validate_postcode(" 94100 ") == "94100"
    for bad in ["9410", "941000", "9410a", "", "９４１００"]:
        with pytest.raises(ValidationError, match="Postinumero on viisi numeroa"):
            validate_postcode(bad)


@pytest.mark.parametrize("text", ["matti.meikalainen@kemi.fi", " a@b.co ", "x+y@sub.example.org"])
def test_email_valid(text: str) -> None:
    assert validate_email(text) == text.strip()


@pytest.mark.parametrize("text", ["matti", "a@b", "a@@b.fi", "a b@c.fi", "@kemi.fi", "a@kemi."])
def test_email_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="Sähköpostiosoite"):
        validate_email(text)


def test_email_optional() -> None:
    assert validate_email("") == ""


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("040 123 4567", "040 123 4567"),
        ("  +358 40  123 4567 ", "+358 40 123 4567"),
        ("016-259 111", "016-259 111"),
        ("", ""),
    ],
)
def test_phone_valid(text: str, result: str) -> None:
    assert validate_phone(text) == result


@pytest.mark.parametrize("text", ["12345", "1234567890123456", "040 abc", "040+123456", "++35840"])
def test_phone_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="Puhelinnumero"):
        validate_phone(text)


def test_required() -> None:
    assert validate_required("  Kemin Tuki ry ", "Nimi") == "Kemin Tuki ry"
    with pytest.raises(ValidationError, match="Nimi on pakollinen"):
        validate_required("   ", "Nimi")


def test_date_order() -> None:
    validate_date_order(date(2026, 1, 1), date(2026, 1, 1))
    validate_date_order(None, date(2026, 1, 1))
    validate_date_order(date(2026, 1, 1), None)
    with pytest.raises(ValidationError, match="Loppupäivä ei voi olla aikaisempi kuin alkupäivä"):
        validate_date_order(date(2026, 1, 2), date(2026, 1, 1))
    with pytest.raises(ValidationError, match="Päättyy ei voi olla aikaisempi kuin alkaa"):
        validate_date_order(
            date(2026, 1, 2), date(2026, 1, 1), start_label="Alkaa", end_label="Päättyy"
        )


def test_money_field() -> None:
    assert validate_money("1 200,00 €") == 120000
    with pytest.raises(ValidationError, match="negatiivinen"):
        validate_money("-1")


@pytest.mark.parametrize(
    ("text", "hours"),
    [("18", Decimal("18")), ("37,5", Decimal("37.5")), ("37.50", Decimal("37.50")), ("1", 1)],
)
def test_hours_valid(text: str, hours: Decimal) -> None:
    assert validate_hours(text) == hours


@pytest.mark.parametrize("text", ["0", "0,99", "40,01", "41", "", "abc", "18,123", "-5"])
def test_hours_invalid(text: str) -> None:
    with pytest.raises(ValidationError, match="Viikkotyöaika on 1–40 tuntia"):
        validate_hours(text)


def test_percent() -> None:
    assert validate_percent("70", (50, 70, 100)) == 70
    assert validate_percent(100, [50, 70, 100]) == 100
    assert validate_percent(" 50 % ", (50, 70, 100)) == 50
    bad_values: list[str | int] = ["60", "abc", "", 30, True]
    for bad in bad_values:
        with pytest.raises(ValidationError, match="Prosentin on oltava 50, 70, 100"):
            validate_percent(bad, (100, 50, 70))


# --- reference numbers -------------------------------------------------------------------


def test_finnish_reference_known_values() -> None:
    assert finnish_reference("1234") == "12344"
    assert finnish_reference("123") == "1232"
    assert finnish_reference("1 2345") == "123453"
    assert format_reference("1234561") == "12 34561"


@pytest.mark.parametrize("base", ["12", "1" * 20, "12a4", ""])
def test_finnish_reference_bad_base(base: str) -> None:
    with pytest.raises(ValidationError, match="Viitenumero"):
        finnish_reference(base)


@FAST
@given(st.text(alphabet="0123456789", min_size=3, max_size=19))
def test_reference_round_trip(base: str) -> None:
    reference = finnish_reference(base)
    assert validate_reference(format_reference(reference)) == reference
    wrong = reference[:-1] + str((int(reference[-1]) + 1) % 10)
    assert error_of(validate_reference, wrong) == "Viitenumero on virheellinen."


def test_reference_optional() -> None:
    assert validate_reference(" ") == ""


def test_error_of() -> None:
    assert error_of(validate_postcode, "94100") is None
    assert error_of(validate_postcode, "941") == "Postinumero on viisi numeroa."
    assert error_of(validate_hetu, "") is None
