from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kemidesk.domain.errors import DomainError, FieldErrors, RuleViolation, ValidationError
from kemidesk.domain.messages import (
    ERROR_TEMPLATES,
    FINDING_TEMPLATES,
    TEMPLATES,
    Message,
    format_param,
    render_message,
)
from kemidesk.domain.types import TargetGroup
from kemidesk.services.errors import NotAllowedError, NotFoundError

NBSP = "\u00a0"


def test_format_param_by_name_and_type() -> None:
    assert format_param("left_cents", 123450) == f"1{NBSP}234,50{NBSP}€"
    assert format_param("deadline", date(2026, 4, 15)) == "15.4.2026"
    assert format_param("months", Decimal("12.0000")) == "12"
    assert format_param("months", Decimal("7.50")) == "7,5"
    assert format_param("hours", Decimal("17.5")) == "17,5"
    assert format_param("groups", [TargetGroup.UNDER_30]) == "Alle 30-vuotias"
    assert format_param("allowed", [50, 70, 100]) == "50, 70, 100"
    assert format_param("end", None) == ""
    assert format_param("count", 3) == "3"


def test_format_param_renders_nested_messages_as_sentences() -> None:
    problems = [Message("IBAN_REQUIRED"), Message("REQUIRED", {"label": "Nimi"})]
    assert (
        format_param("problems", problems) == "IBAN-tilinumero on pakollinen. Nimi on pakollinen."
    )
    assert format_param("problem", Message("POSTCODE_INVALID")) == "Postinumero on viisi numeroa."
    loud = format_param("problem", Message("REQUIRED", {"label": "X"}), lambda t: t + "!")
    assert loud == "X on pakollinen.!"


def test_finding_and_error_codes_do_not_collide() -> None:
    assert not set(FINDING_TEMPLATES) & set(ERROR_TEMPLATES)
    assert len(TEMPLATES) == len(FINDING_TEMPLATES) + len(ERROR_TEMPLATES)


def test_every_template_renders_without_placeholders_left() -> None:
    for code, template in TEMPLATES.items():
        names = [part.split("}")[0] for part in template.split("{")[1:]]
        params = {name: Message("IBAN_REQUIRED") for name in names}
        text = render_message(code, params)
        assert "{" not in text, code
        if not code.startswith("OVERVIEW_"):  # the overview's line fragments are not sentences
            assert text.endswith("."), code


def test_render_message_falls_back() -> None:
    assert render_message("UNKNOWN", {}) == "UNKNOWN"
    assert render_message("HOURS_TOO_LOW", {}) == TEMPLATES["HOURS_TOO_LOW"]


def test_render_message_translates_the_template_and_nested_messages() -> None:
    english = {
        TEMPLATES["RULE_VERSION_BAD_VALUE"]: "Rule version {version}: {problem}",
        TEMPLATES["MONEY_NEGATIVE"]: "The amount cannot be negative.",
    }
    params = {"version": "1.1.2026–", "problem": Message("MONEY_NEGATIVE")}
    text = render_message("RULE_VERSION_BAD_VALUE", params, lambda t: english.get(t, t))
    assert text == "Rule version 1.1.2026–: The amount cannot be negative."


def test_domain_error_carries_code_and_params() -> None:
    error = DomainError("WAGE_TOO_LOW", wage_cents=100_000, min_wage_cents=120_000)
    assert (error.code, error.params) == (
        "WAGE_TOO_LOW",
        {"wage_cents": 100_000, "min_wage_cents": 120_000},
    )
    assert (
        error.message
        == f"Kuukausipalkka 1{NBSP}000,00{NBSP}€ on alle vaaditun 1{NBSP}200,00{NBSP}€."
    )
    assert str(error) == error.message
    assert error.as_message() == Message("WAGE_TOO_LOW", error.params)


def test_a_code_without_a_template_renders_as_itself() -> None:
    assert DomainError("Vanha suomenkielinen viesti.").message == "Vanha suomenkielinen viesti."


def test_validation_error() -> None:
    error = ValidationError("POSTCODE_INVALID", "postcode")
    assert isinstance(error, DomainError)
    assert isinstance(error, ValueError)
    assert (error.code, error.message, error.field, str(error)) == (
        "POSTCODE_INVALID",
        "Postinumero on viisi numeroa.",
        "postcode",
        "Postinumero on viisi numeroa.",
    )
    assert ValidationError("REQUIRED", label="Nimi").field is None
    labelled = ValidationError("REQUIRED", field="name", label="Nimi")
    assert (labelled.field, labelled.params, labelled.message) == (
        "name",
        {"label": "Nimi"},
        "Nimi on pakollinen.",
    )


def test_field_errors() -> None:
    error = FieldErrors({"name": Message("REQUIRED", {"label": "Nimi"}), "iban": "IBAN_INVALID"})
    assert error.messages == {
        "name": Message("REQUIRED", {"label": "Nimi"}),
        "iban": Message("IBAN_INVALID"),
    }
    assert error.errors["name"] == "Nimi on pakollinen."
    assert error.code == "FIELD_ERRORS"
    assert str(error) == (
        "Nimi on pakollinen. IBAN-tilinumero on virheellinen (esim. FI21 1234 5600 0007 85)."
    )
    with pytest.raises(ValueError, match="Nimi"):
        raise error


def test_rule_violation_lists_its_findings() -> None:
    class Found:
        code, params = "NOT_KEMI_RESIDENT", {}

    error = RuleViolation([Found(), Found()])
    assert len(error.findings) == 2
    assert error.code == "RULE_VIOLATION"
    assert str(error) == "Henkilön kotikunta ei ole Kemi. Henkilön kotikunta ei ole Kemi."
    assert isinstance(error, DomainError)


def test_service_errors() -> None:
    missing = NotFoundError("PERSON_NOT_FOUND", 12)
    assert (missing.code, missing.key, missing.params) == ("PERSON_NOT_FOUND", 12, {"key": 12})
    assert missing.message == "Henkilö 12 ei löydy."
    refused = NotAllowedError("MONTH_FORMAT", month="marraskuu")
    assert refused.message == "Anna kuukausi muodossa VVVV-KK (esim. 2026-11), ei 'marraskuu'."
    assert isinstance(refused, DomainError)
