"""The office settings a decision cannot be made without (issue 11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kemidesk.domain.appeal import member_appeal_deadline
from kemidesk.domain.errors import DomainError
from kemidesk.domain.rules import RuleSet
from kemidesk.services import documents, settings

from .test_documents import pdf_text
from .test_grants import apply, grant, setup_placement

pytestmark = pytest.mark.usefixtures("db")


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("review_body", "oikaisuvaatimuksen käsittelevä toimielin"),
        ("registry_hours", "kirjaamon aukioloaika"),
        ("delegation", "toimivalta"),
        ("contact_name", "lisätietojen antaja"),
    ],
)
def test_decision_is_refused_while_a_setting_is_empty(field: str, label: str) -> None:
    settings.save_office_settings(replace(settings.get_office_settings(), **{field: ""}))
    app = apply(setup_placement().id)
    with pytest.raises(DomainError) as caught:
        grant(app.id)
    assert caught.value.code == "DECISION_SETTINGS_MISSING"
    assert label in str(caught.value)
    assert grants_count() == 0


def grants_count() -> int:
    from kemidesk.db.models import Decision

    return Decision.select().count()


def test_empty_defaults_name_every_missing_setting() -> None:
    missing = dict(settings.missing_decision_settings(settings.OfficeSettings()))
    assert set(missing) == {"review_body", "registry_hours", "delegation", "contact_name"}
    assert "recovery_iban" in dict(
        settings.missing_decision_settings(
            settings.OfficeSettings(), settings.DecisionType.RECOVERY
        )
    )


def test_decision_prints_review_body_registry_hours_and_contact() -> None:
    decision = grant(apply(setup_placement().id).id)
    text = " ".join(pdf_text(documents.render_decision_pdf(decision.id)).split())
    assert "Kemin kaupungin elinvoimalautakunta" in text
    assert "Aukioloaika: ma–pe klo 9.00–15.00" in text
    assert "Lisätietoja antaa" in text
    assert "Liisa Esimerkki" in text
    assert "Hallintosääntö 45 §" in text


def test_member_deadline_counts_seven_days_then_fourteen() -> None:
    # published Mon 30.11.2026 → deemed notice 7.12. → 21.12.2026 (a Monday)
    assert member_appeal_deadline(date(2026, 11, 30), RuleSet()) == date(2026, 12, 21)
    # published Fri 4.12.2026 → 11.12. → 25.12. Christmas → 28.12.2026
    assert member_appeal_deadline(date(2026, 12, 4), RuleSet()) == date(2026, 12, 28)
