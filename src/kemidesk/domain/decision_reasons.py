"""The reasons of a decision, generated from the stored assessment (pure: no I/O).

Each Kemi-lisä criterion is stated as met or not with its figures against the threshold of the
rules the decision was made under; the amount is shown as computed (monthly × months = total,
within the caps); a partial grant or a rejection says what was applied for and why each refused
part was refused; a bonus says which outcome and which grant it follows. The officer's own text
is added after these by the caller, never instead of them.

`public=True` gives the text of the public copy: nothing about the person (no target-group
reason, no age, no wage or hours of the person, no palkkatuki percentage), only that the
criterion was met and the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kemidesk.domain.dates import ONE_DAY, format_date
from kemidesk.domain.eligibility import (
    EligibilityFacts,
    Finding,
    application_deadline,
    company_max_monthly_cents,
    estimated_wage_costs_cents,
    target_groups,
)
from kemidesk.domain.money import format_money, prorate
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import OutcomeStatus, Proration, TargetGroup

_PRORATION = {
    Proration.CALENDAR_DAYS: "osakuukaudet kalenteripäivien mukaan",
    Proration.WORKING_DAYS: "osakuukaudet arkipäivien (ma–pe) mukaan",
    Proration.FULL_MONTH: "osakuukaudet täysinä kuukausina",
}
MET = "täyttyy"
NOT_MET = "ei täyty"


def _dec(value: Decimal, places: str = "0.01") -> str:
    """A Decimal with a decimal comma and no trailing zeros (12, 11,55)."""
    text = str(value.quantize(Decimal(places), rounding=ROUND_HALF_UP))
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _period(start: date | None, end: date | None) -> str:
    return f"{format_date(start)}–{format_date(end)}"


@dataclass(frozen=True)
class GrantFigures:
    """What a grant decision decided, and what was applied for."""

    requested_monthly_cents: int | None
    monthly_cents: int
    period_start: date | None
    period_end: date | None
    months: Decimal  # the grant period in months of the cap (partial months prorated)
    total_cents: int
    payments: int  # number of payment periods
    appropriation_year: int
    appropriation_cents: int | None  # None: no appropriation set for the year
    appropriation_left_before_cents: int | None  # left before this decision


# ---------------------------------------------------------------- criteria


def target_group_line(facts: EligibilityFacts, rules: RuleSet, public: bool) -> str:
    groups = target_groups(facts, rules)
    if not groups:
        return (
            "Kohderyhmä: ei täyty – työllistettävä ei kuulu yhteenkään Kemi-lisän kohderyhmään "
            f"(vähintään {rules.min_tmt_days} päivää työmarkkinatukea, osatyökykyisyys tai alle "
            f"{rules.youth_age_limit} vuoden ikä)."
        )
    if public:
        return "Kohderyhmä: täyttyy (peruste on salassa pidettävä henkilötieto)."
    parts = []
    for group in groups:
        if group is TargetGroup.LONG_TERM_UNEMPLOYED:
            parts.append(
                f"työmarkkinatukea {facts.tmt_days} päivää (vähintään {rules.min_tmt_days})"
            )
        elif group is TargetGroup.UNDER_30:
            parts.append(f"alle {rules.youth_age_limit}-vuotias työsuhteen alkaessa")
        else:
            parts.append("osatyökykyinen")
    return "Kohderyhmä: täyttyy – " + "; ".join(parts) + "."


def residence_line(facts: EligibilityFacts) -> str:
    if facts.kemi_resident:
        return "Kotikunta: täyttyy – työllistettävän kotikunta on Kemi."
    return "Kotikunta: ei täyty – työllistettävän kotikunta ei ole Kemi."


def hours_line(facts: EligibilityFacts, rules: RuleSet, public: bool) -> str:
    ok = facts.hours_per_week >= rules.min_hours_per_week
    minimum = _dec(rules.min_hours_per_week, "0.1")
    if public:
        return f"Työaika: {MET if ok else NOT_MET} (vähintään {minimum} h/vko)."
    return (
        f"Työaika: {MET if ok else NOT_MET} – {_dec(facts.hours_per_week, '0.1')} h/vko "
        f"(vähintään {minimum} h/vko)."
    )


def wage_line(facts: EligibilityFacts, rules: RuleSet, public: bool) -> str:
    ok = facts.monthly_wage_cents >= rules.min_monthly_wage_cents
    minimum = format_money(rules.min_monthly_wage_cents)
    if public:
        return (
            f"Palkka: {MET if ok else NOT_MET} (vähintään {minimum}/kk, työehtosopimuksen mukaan)."
        )
    return (
        f"Palkka: {MET if ok else NOT_MET} – {format_money(facts.monthly_wage_cents)}/kk "
        f"(vähintään {minimum}/kk, työehtosopimuksen mukaan)."
    )


def palkkatuki_line(facts: EligibilityFacts) -> str:
    if not facts.has_palkkatuki:
        return "Palkkatuki: ei täyty – työsuhteelle ei ole palkkatukipäätöstä."
    covers = (
        facts.palkkatuki_start is not None
        and facts.palkkatuki_start <= facts.grant_start
        and (facts.palkkatuki_end is None or facts.palkkatuki_end >= facts.grant_end)
    )
    return (
        f"Palkkatuki: {MET if covers else NOT_MET} – palkkatukipäätös ajalle "
        f"{_period(facts.palkkatuki_start, facts.palkkatuki_end)}, "
        f"{'kattaa' if covers else 'ei kata'} tukijakson "
        f"{_period(facts.grant_start, facts.grant_end)}."
    )


def application_line(facts: EligibilityFacts, rules: RuleSet) -> str:
    deadline = application_deadline(facts.placement_start, rules)
    if facts.application_date is None:
        return (
            "Hakuaika: hakemuksen saapumispäivää ei ole kirjattu "
            f"(määräaika {format_date(deadline)}, "
            f"{rules.application_deadline_months} kk työsuhteen alkamisesta "
            f"{format_date(facts.placement_start)})."
        )
    ok = facts.application_date <= deadline
    return (
        f"Hakuaika: {MET if ok else NOT_MET} – hakemus saapui "
        f"{format_date(facts.application_date)}, määräaika {format_date(deadline)} "
        f"({rules.application_deadline_months} kk työsuhteen alkamisesta "
        f"{format_date(facts.placement_start)})."
    )


def company_line(facts: EligibilityFacts, rules: RuleSet) -> str | None:
    """Companies: palkkatuki and Kemi-lisä together within the share of wage costs."""
    if not facts.is_company:
        return None
    costs = facts.wage_costs_cents
    estimated = costs is None
    if costs is None:
        costs = estimated_wage_costs_cents(facts.monthly_wage_cents, rules)
    palkkatuki = facts.palkkatuki_monthly_cents
    if palkkatuki is None and facts.palkkatuki_percent is not None:
        palkkatuki = prorate(costs, facts.palkkatuki_percent, 100)
    most = company_max_monthly_cents(facts.monthly_wage_cents, costs, palkkatuki, rules)
    ok = facts.monthly_amount_cents <= most
    return (
        f"Yrityksen tukiraja: {MET if ok else NOT_MET} – palkkatuki ja Kemi-lisä yhteensä enintään "
        f"{rules.company_combined_cap_percent} % palkkakustannuksista "
        f"({format_money(costs)}/kk{', arvio' if estimated else ''}); Kemi-lisää enintään "
        f"{format_money(most)}/kk."
    )


def criteria_lines(facts: EligibilityFacts, rules: RuleSet, public: bool) -> list[str]:
    """Every criterion, met or not, with its figures (public: without the person's)."""
    lines = [
        target_group_line(facts, rules, public),
        residence_line(facts),
        hours_line(facts, rules, public),
        wage_line(facts, rules, public),
    ]
    if not public:
        lines.append(palkkatuki_line(facts))
    elif facts.has_palkkatuki:
        lines.append("Palkkatuki: täyttyy – palkkatukipäätös kattaa tukijakson.")
    lines.append(application_line(facts, rules))
    company = company_line(facts, rules)
    if company is not None and not public:
        lines.append(company)
    return lines


# ---------------------------------------------------------------- amounts


def amount_line(figures: GrantFigures, rules: RuleSet) -> str:
    """monthly × months = total, with the caps of the rules."""
    return (
        f"Määrän laskenta: {format_money(figures.monthly_cents)}/kk × "
        f"{_dec(figures.months)} kk = {format_money(figures.total_cents)} "
        f"({figures.payments} {'maksuerä' if figures.payments == 1 else 'maksuerää'}; "
        f"{_PRORATION[rules.proration]}). Enimmäismäärä {format_money(rules.monthly_max_cents)}/kk "
        f"enintään {rules.max_months} kuukauden ajan."
    )


def appropriation_line(figures: GrantFigures) -> str:
    year = figures.appropriation_year
    if figures.appropriation_cents is None or figures.appropriation_left_before_cents is None:
        return f"Määräraha: vuoden {year} määrärahaa ei ollut asetettu päätöstä tehtäessä."
    left = figures.appropriation_left_before_cents
    after = left - figures.total_cents
    return (
        f"Määräraha: vuoden {year} Kemi-lisämäärärahaa "
        f"{format_money(figures.appropriation_cents)}, "
        f"jäljellä ennen päätöstä {format_money(left)}, päätöksen jälkeen {format_money(after)}."
    )


def rules_line(rules_version: str) -> str:
    return f"Sovelletut säännöt: Kemi-lisän myöntämisehdot, {rules_version}."


# ---------------------------------------------------------------- per kind


def grant_reasons(
    facts: EligibilityFacts,
    rules: RuleSet,
    figures: GrantFigures,
    rules_version: str,
    public: bool = False,
) -> list[str]:
    """Reasons of a grant: every criterion met, the amount and the appropriation."""
    return [
        *criteria_lines(facts, rules, public),
        amount_line(figures, rules),
        appropriation_line(figures),
        rules_line(rules_version),
    ]


def partial_grant_reasons(
    facts: EligibilityFacts,
    rules: RuleSet,
    figures: GrantFigures,
    rules_version: str,
    refusals: Sequence[Finding],
    placement_start: date,
    placement_end: date | None,
    public: bool = False,
) -> list[str]:
    """A partial grant: what was applied for, what is granted, and why each refused part is
    refused (`refusals`: the findings of the rules against what was applied for)."""
    requested = figures.requested_monthly_cents
    applied = (
        f"Haettu: {format_money(requested)}/kk työsuhteen ajalle "
        f"{_period(placement_start, placement_end)}."
        if requested is not None
        else f"Haettu: Kemi-lisää työsuhteen ajalle {_period(placement_start, placement_end)}."
    )
    granted = (
        f"Myönnetään: {format_money(figures.monthly_cents)}/kk ajalle "
        f"{_period(figures.period_start, figures.period_end)}."
    )
    refused: list[str] = []
    if requested is not None and requested > figures.monthly_cents:
        refused.append(
            f"Hylätään {format_money(requested - figures.monthly_cents)}/kk ylittävältä osalta."
        )
    if figures.period_start is not None and figures.period_start > placement_start:
        refused.append(
            f"Hylätään ajalta {_period(placement_start, figures.period_start - ONE_DAY)}."
        )
    if (
        figures.period_end is not None
        and placement_end is not None
        and figures.period_end < placement_end
    ):
        refused.append(f"Hylätään ajalta {_period(figures.period_end + ONE_DAY, placement_end)}.")
    why = [f"Hylkäämisen peruste: {f.message}" for f in refusals]
    if refused and not why:
        why = [
            "Hylkäämisen peruste: Kemi-lisä on harkinnanvarainen ja sidottu määrärahaan"
            + ("." if public else "; osittaisen myöntämisen perustelu on esitetty jäljempänä.")
        ]
    return [
        applied,
        granted,
        *refused,
        *why,
        *criteria_lines(facts, rules, public),
        amount_line(figures, rules),
        appropriation_line(figures),
        rules_line(rules_version),
    ]


def rejection_reasons(
    facts: EligibilityFacts,
    rules: RuleSet,
    rules_version: str,
    errors: Sequence[Finding],
    requested_monthly_cents: int | None,
    public: bool = False,
) -> list[str]:
    """A rejection: what was applied for, every criterion met or not, and each refusal ground."""
    applied = (
        f"Haettu: {format_money(requested_monthly_cents)}/kk ajalle "
        f"{_period(facts.grant_start, facts.grant_end)}."
        if requested_monthly_cents is not None
        else f"Haettu: Kemi-lisää ajalle {_period(facts.grant_start, facts.grant_end)}."
    )
    grounds = [f"Hylkäämisen peruste: {f.message}" for f in errors]
    if public:
        # A finding's text may carry the person's figures (age, days, wage): only the code-free
        # statement that a criterion is not met is public; the criteria lines say which.
        grounds = []
    if not grounds and not public:
        grounds = ["Hylkäämisen peruste on esitetty jäljempänä (viranhaltijan perustelu)."]
    return [applied, *grounds, *criteria_lines(facts, rules, public), rules_line(rules_version)]


@dataclass(frozen=True)
class BonusFigures:
    outcome: OutcomeStatus | None
    outcome_recorded_on: date | None
    grant_numbers: Sequence[str]
    grant_end: date | None
    bonus_cents: int


def bonus_reasons(figures: BonusFigures, rules: RuleSet, rules_version: str) -> list[str]:
    """Which outcome earned the bonus and which Kemi-lisä grant it follows."""
    if figures.outcome is OutcomeStatus.COMPANY_JOB:
        outcome = "työllistetty on työllistynyt yritykseen Kemi-lisäjakson jälkeen"
    elif figures.outcome is OutcomeStatus.CONTINUED_OWN_FUNDS:
        outcome = "työnantaja jatkaa työsuhdetta omin varoin Kemi-lisäjakson jälkeen"
    else:
        outcome = "jatkopolkua ei ole kirjattu"
    recorded = (
        f" (kirjattu {format_date(figures.outcome_recorded_on)})"
        if figures.outcome_recorded_on
        else ""
    )
    grants = ", ".join(figures.grant_numbers) or "–"
    ended = f", tukijakso päättyi {format_date(figures.grant_end)}" if figures.grant_end else ""
    return [
        f"Jatkopolku: {outcome}{recorded}.",
        f"Bonus perustuu Kemi-lisäpäätökseen {grants}{ended}.",
        f"Bonuksen määrä on sääntöjen mukainen kertasuoritus {format_money(rules.bonus_cents)}; "
        "se maksetaan kerran työsuhdetta kohden.",
        rules_line(rules_version),
    ]


def amendment_reasons(
    old_end: date | None,
    new_end: date | None,
    old_total_cents: int,
    new_total_cents: int,
    rules_version: str,
) -> list[str]:
    """An early end: why the period and the total change."""
    return [
        f"Työsuhde päättyi {format_date(new_end)} ennen myönnetyn tukijakson loppua "
        f"{format_date(old_end)}.",
        "Kemi-lisää maksetaan vain työsuhteen ajalta, joten tukijakso päättyy työsuhteen "
        f"päättymispäivänä ja kokonaismäärä on {format_money(new_total_cents)} "
        f"(aiemmin {format_money(old_total_cents)}).",
        rules_line(rules_version),
    ]


def recovery_reasons(
    paid_cents: int,
    due_cents: int,
    recovered_before_cents: int,
    amount_cents: int,
    end: date | None,
) -> list[str]:
    """A plain overpayment (not misuse): paid − due = recovered."""
    over = paid_cents - due_cents
    before = (
        f" − aiemmin peritty {format_money(recovered_before_cents)}"
        if recovered_before_cents
        else ""
    )
    return [
        "Kyse on liikaa maksetusta avustuksesta, ei avustuksen väärinkäytöstä: Kemi-lisää on "
        f"maksettu ajalta, jolta siihen ei työsuhteen päätyttyä {format_date(end)} ollut "
        "oikeutta.",
        f"Laskelma: maksettu {format_money(paid_cents)} − muutetun päätöksen mukaan maksettava "
        f"{format_money(due_cents)} = liikaa maksettu {format_money(over)}{before}; takaisin "
        f"peritään {format_money(amount_cents)}.",
        "Myöntämispäätöksen ehtojen mukaan aiheettomasti tai liikaa maksettu avustus peritään "
        "takaisin. Päätöksen saajalle varataan ennen päätöstä tilaisuus tulla kuulluksi "
        "(kuulemiskirje, hallintolaki 34 §).",
    ]
