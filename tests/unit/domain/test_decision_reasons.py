"""Reasons generated from the assessment: each criterion with its figures (issue 11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kemidesk.domain.decision_reasons import (
    BonusFigures,
    GrantFigures,
    bonus_reasons,
    grant_reasons,
    partial_grant_reasons,
    rejection_reasons,
)
from kemidesk.domain.eligibility import EligibilityFacts, check_eligibility
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import EmployerType, OutcomeStatus

RULES = RuleSet()


def facts(**changes: object) -> EligibilityFacts:
    base = EligibilityFacts(
        employer_type=EmployerType.ASSOCIATION,
        business_activity=False,
        kemi_resident=True,
        tmt_days=412,
        partial_work_ability=False,
        birth_date=date(1980, 5, 5),
        placement_start=date(2026, 3, 15),
        placement_end=date(2027, 3, 14),
        hours_per_week=Decimal("30"),
        monthly_wage_cents=180_000,
        palkkatuki_start=date(2026, 3, 15),
        palkkatuki_end=date(2027, 3, 14),
        palkkatuki_percent=70,
        palkkatuki_monthly_cents=None,
        wage_costs_cents=None,
        application_date=date(2026, 3, 20),
        grant_start=date(2026, 3, 15),
        grant_end=date(2027, 3, 14),
        monthly_amount_cents=50_000,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


FIGURES = GrantFigures(
    requested_monthly_cents=50_000,
    monthly_cents=50_000,
    period_start=date(2026, 3, 15),
    period_end=date(2027, 3, 14),
    months=Decimal(12),
    total_cents=600_000,
    payments=13,
    appropriation_year=2026,
    appropriation_cents=10_000_000,
    appropriation_left_before_cents=2_500_000,
)


def test_grant_states_every_criterion_with_its_figures() -> None:
    text = "\n".join(grant_reasons(facts(), RULES, FIGURES, "voimassa 1.1.2026 alkaen"))
    assert "Kohderyhmä: täyttyy – työmarkkinatukea 412 päivää (vähintään 300)" in text
    assert "Kotikunta: täyttyy" in text
    assert "Työaika: täyttyy – 30 h/vko (vähintään 18 h/vko)" in text
    assert "Palkka: täyttyy – 1\u00a0800,00\u00a0€/kk (vähintään 1\u00a0200,00\u00a0€/kk" in text
    assert "Palkkatuki: täyttyy – palkkatukipäätös ajalle 15.3.2026–14.3.2027, kattaa" in text
    assert "hakemus saapui 20.3.2026, määräaika 15.4.2026 (1 kk" in text
    assert "500,00\u00a0€/kk × 12 kk = 6\u00a0000,00\u00a0€ (13 maksuerää;" in text
    assert "Enimmäismäärä 500,00\u00a0€/kk enintään 12 kuukauden ajan" in text
    assert (
        "jäljellä ennen päätöstä 25\u00a0000,00\u00a0€, päätöksen jälkeen 19\u00a0000,00\u00a0€"
        in text
    )
    assert "Kemi-lisän myöntämisehdot, voimassa 1.1.2026 alkaen" in text


def test_public_reasons_hold_no_figures_of_the_person() -> None:
    young = facts(tmt_days=None, birth_date=date(2000, 1, 1), partial_work_ability=True)
    text = "\n".join(grant_reasons(young, RULES, FIGURES, "oletusarvot", public=True))
    assert "Kohderyhmä: täyttyy (peruste on salassa pidettävä henkilötieto)" in text
    for secret in ("osatyökykyinen", "alle 30-vuotias", "1\u00a0800,00", "30 h/vko", "70 %"):
        assert secret not in text
    assert "Palkkatuki: täyttyy" in text


def test_late_application_and_short_hours_are_not_met() -> None:
    late = facts(application_date=date(2026, 5, 2), hours_per_week=Decimal("16"))
    text = "\n".join(grant_reasons(late, RULES, FIGURES, "oletusarvot"))
    assert "Hakuaika: ei täyty – hakemus saapui 2.5.2026, määräaika 15.4.2026" in text
    assert "Työaika: ei täyty – 16 h/vko (vähintään 18 h/vko)" in text


def test_partial_grant_says_what_was_applied_and_why_parts_are_refused() -> None:
    granted = replace(
        FIGURES, monthly_cents=30_000, period_end=date(2026, 12, 31), total_cents=287_419
    )
    over = facts(monthly_amount_cents=60_000)
    refusals = [f for f in check_eligibility(over, RULES) if f.is_error]
    lines = partial_grant_reasons(
        facts(),
        RULES,
        replace(granted, requested_monthly_cents=60_000),
        "oletusarvot",
        refusals,
        date(2026, 3, 15),
        date(2027, 3, 14),
    )
    text = "\n".join(lines)
    assert "Haettu: 600,00\u00a0€/kk työsuhteen ajalle 15.3.2026–14.3.2027." in text
    assert "Myönnetään: 300,00\u00a0€/kk ajalle 15.3.2026–31.12.2026." in text
    assert "Hylätään 300,00\u00a0€/kk ylittävältä osalta." in text
    assert "Hylätään ajalta 1.1.2027–14.3.2027." in text
    assert "Hylkäämisen peruste:" in text
    assert "500,00" in text  # the monthly maximum that the request exceeded


def test_rejection_lists_each_ground_and_each_criterion() -> None:
    bad = facts(tmt_days=100, kemi_resident=False)
    errors = [f for f in check_eligibility(bad, RULES) if f.is_error]
    text = "\n".join(rejection_reasons(bad, RULES, "oletusarvot", errors, 50_000))
    assert "Haettu: 500,00\u00a0€/kk ajalle 15.3.2026–14.3.2027." in text
    assert text.count("Hylkäämisen peruste:") == len(errors) == 2
    assert "Kohderyhmä: ei täyty" in text
    assert "Kotikunta: ei täyty" in text
    public = "\n".join(rejection_reasons(bad, RULES, "oletusarvot", errors, 50_000, public=True))
    assert "Kohderyhmä: ei täyty" in public
    assert "100" not in public  # the person's days of labour market subsidy


def test_bonus_names_the_outcome_and_the_grant() -> None:
    figures = BonusFigures(
        OutcomeStatus.CONTINUED_OWN_FUNDS,
        date(2027, 3, 20),
        ("KL-2026-004",),
        date(2027, 3, 14),
        150_000,
    )
    text = "\n".join(bonus_reasons(figures, RULES, "oletusarvot"))
    assert "jatkaa työsuhdetta omin varoin" in text
    assert "Kemi-lisäpäätökseen KL-2026-004, tukijakso päättyi 14.3.2027" in text
    company = replace(figures, outcome=OutcomeStatus.COMPANY_JOB)
    assert "työllistynyt yritykseen" in "\n".join(bonus_reasons(company, RULES, "x"))


def test_public_partial_grant_does_not_point_to_officer_text_it_leaves_out() -> None:
    granted = replace(FIGURES, monthly_cents=30_000)
    public = partial_grant_reasons(
        facts(), RULES, granted, "x", [], date(2026, 3, 15), date(2027, 3, 14), public=True
    )
    party = partial_grant_reasons(
        facts(), RULES, granted, "x", [], date(2026, 3, 15), date(2027, 3, 14)
    )
    assert "jäljempänä" not in "\n".join(public)
    assert "jäljempänä" in "\n".join(party)
