from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kemidesk.domain.errors import DomainError, FieldErrors, RuleViolation, ValidationError
from kemidesk.domain.messages import TEMPLATES, format_param, render_message
from kemidesk.domain.types import TargetGroup

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


def test_every_template_renders_without_placeholders_left() -> None:
    for code, template in TEMPLATES.items():
        names = [part.split("}")[0] for part in template.split("{")[1:]]
        params = {name: 1 for name in names}
        text = render_message(code, params)
        assert "{" not in text, code
        assert text.endswith("."), code


def test_render_message_falls_back() -> None:
    assert render_message("UNKNOWN", {}) == "UNKNOWN"
    assert render_message("HOURS_TOO_LOW", {}) == TEMPLATES["HOURS_TOO_LOW"]


def test_validation_error() -> None:
    error = ValidationError("Postinumero on viisi numeroa.", "postcode")
    assert isinstance(error, DomainError)
    assert isinstance(error, ValueError)
    assert (error.message, error.field, str(error)) == (
        "Postinumero on viisi numeroa.",
        "postcode",
        "Postinumero on viisi numeroa.",
    )
    assert ValidationError("x").field is None


def test_field_errors() -> None:
    error = FieldErrors({"name": "Nimi on pakollinen.", "iban": "IBAN on virheellinen."})
    assert error.errors["name"] == "Nimi on pakollinen."
    assert str(error) == "Nimi on pakollinen. IBAN on virheellinen."
    with pytest.raises(ValueError, match="Nimi"):
        raise error


def test_rule_violation_with_explicit_message() -> None:
    error = RuleViolation([], "Päätöstä ei voi tehdä.")
    assert error.findings == []
    assert str(error) == "Päätöstä ei voi tehdä."
    assert isinstance(error, DomainError)
