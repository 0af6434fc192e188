"""When a payment may be approved, and the office's bulk work on claims.

`approval_problems` is the one statement of the conditions of an approval (the period has
ended, the claim and its documents are in, the decision has been sent and its appeal time is
over when the rules say so, the follow-up forms due by the end of the period are recorded,
and the last payment has the signed final form). `services/payments.py` asks it for one
payment; the bulk use cases here ask it for many, with the facts of all of them read in one
query (the follow-up forms and the decision's last payment as subqueries of each payment):

- `record_claims`: the claims that came in (a day's mail), each recorded and, when asked,
  approved or held, in one transaction;
- `approve_payments`: the checked claims approved (or held with the reasons) together.

Each payment gets exactly what `record_claim` / `approve_payment` would give it, with the same
audit rows; the rows that end in the same state are written in one UPDATE.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import peewee

from kemidesk.db.connection import is_server, lock_for_update
from kemidesk.db.models import Decision, Followup, Payment, utc_now
from kemidesk.domain.followups import followup_due_dates
from kemidesk.domain.lifecycle import is_approvable, is_claimable
from kemidesk.domain.rules import RuleSet
from kemidesk.domain.types import DecisionStatus, DecisionType, FollowupType, PaymentStatus
from kemidesk.services.common import FieldCheck, audit_rows, prepared, transaction, update_groups
from kemidesk.services.errors import NotAllowedError, NotFoundError
from kemidesk.services.permissions import require
from kemidesk.services.settings import rules_from_snapshot


class ApprovalFacts(NamedTuple):
    """What the approval of one payment depends on (a tuple: the bulk work makes one for
    each payment of the day)."""

    payment_id: int
    uuid: str
    status: PaymentStatus
    period_index: int
    period_end: date
    claim_received_on: date | None
    payslip_received: bool
    proof_received: bool
    decision_type: DecisionType
    decision_status: DecisionStatus
    appeal_deadline: date | None
    grant_start: date | None
    grant_end: date | None
    rules: RuleSet
    forms_by_end: int  # the placement's follow-ups held by the end of the payment's period
    signed_final: bool  # the placement has a signed final form
    last_index: int | None  # the decision's last payment not cancelled


def approval_problems(facts: ApprovalFacts, today: date) -> list[str]:
    """Why the payment cannot be approved on `today` (empty list: it can)."""
    rules = facts.rules
    problems: list[str] = []
    if today <= facts.period_end:
        problems.append("Maksukausi ei ole vielä päättynyt (Kemi-lisä maksetaan jälkikäteen).")
    if facts.claim_received_on is None:
        problems.append("Maksatushakemusta ei ole kirjattu.")
    elif not (facts.payslip_received and facts.proof_received):
        problems.append("Palkkalaskelma tai maksutosite puuttuu.")
    if facts.decision_status is not DecisionStatus.SENT:
        problems.append("Päätöstä ei ole vielä lähetetty asianosaiselle.")
    elif rules.payments_wait_for_appeal and facts.appeal_deadline >= today:  # type: ignore[operator]
        problems.append(f"Oikaisuvaatimusaika päättyy {facts.appeal_deadline:%d.%m.%Y}.")
    if facts.decision_type is not DecisionType.BONUS:
        # The bonus has its own condition (the recorded outcome), checked when it was decided.
        problems += _followup_problems(facts)
    return problems


def _followup_problems(facts: ApprovalFacts) -> list[str]:
    held = facts.forms_by_end
    due = [
        (kind, day)
        for kind, day in followup_due_dates(facts.grant_start, facts.grant_end, facts.rules)  # type: ignore[arg-type]
        if day <= facts.period_end and kind is not FollowupType.FINAL
    ]
    problems = []
    if held < len(due):
        problems.append(
            f"Seurantalomakkeita kirjattu {held}, kauden loppuun mennessä vaaditaan {len(due)}."
        )
    if facts.period_index == facts.last_index and not facts.signed_final:
        problems.append("Viimeinen maksu vaatii allekirjoitetun loppuarviointilomakkeen.")
    return problems


def facts_of(payment: Payment) -> ApprovalFacts:
    """The facts of one payment as held in memory (the single-payment use cases)."""
    decision: Decision = payment.decision
    forms = list(
        Followup.select(Followup.held_on, Followup.followup_type, Followup.signed)
        .where(Followup.placement == decision.placement_id)
        .tuples()
    )
    last = (
        Payment.select(peewee.fn.MAX(Payment.period_index))
        .where((Payment.decision == decision.id) & (Payment.status != PaymentStatus.CANCELLED))
        .scalar()
    )
    return ApprovalFacts(
        payment_id=payment.id,
        uuid=payment.uuid,
        status=payment.status,
        period_index=payment.period_index,
        period_end=payment.period_end,
        claim_received_on=payment.claim_received_on,
        payslip_received=payment.payslip_received,
        proof_received=payment.proof_received,
        decision_type=decision.decision_type,
        decision_status=decision.status,
        appeal_deadline=decision.appeal_deadline,
        grant_start=decision.period_start,
        grant_end=decision.period_end,
        rules=rules_from_snapshot(decision.rules_json),
        forms_by_end=sum(1 for held, _kind, _signed in forms if held <= payment.period_end),
        signed_final=any(kind is FollowupType.FINAL and signed for _held, kind, signed in forms),
        last_index=last,
    )


def load_approval_facts(payment_ids: Iterable[int]) -> dict[int, ApprovalFacts]:
    """The facts of the given payments (missing ids are left out), in one query."""
    ids = sorted(set(payment_ids))
    if not ids:
        return {}
    rules = _SNAPSHOTS
    facts = {}
    for row in prepared("approval.facts", _facts_query, *_padded(ids)):
        snapshot = row[13]
        rule_set = rules.get(snapshot)
        if rule_set is None:
            if len(rules) >= 64:
                rules.clear()
            rule_set = rules[snapshot] = rules_from_snapshot(snapshot)
        facts[row[0]] = ApprovalFacts(
            *row[:6], bool(row[6]), bool(row[7]), *row[8:13], rule_set,
            row[14], bool(row[15]), row[16],
        )  # fmt: skip
    return facts


def _padded(ids: list[int]) -> list[int]:
    """`ids` with the last repeated up to the next of a few lengths (1, 2, 3, 4, 6, 8, 12,
    16, …): `id IN (…)` finds the same rows, and the statement has one of a few texts
    instead of one per number of ids (each built once, and compiled again when pushed out
    of the connection's cache by the others)."""
    size = 1
    while size < len(ids):  # a power of two to its half again, that to the next power
        size = size + 1 if size < 4 else size * 3 // 2 if size & (size - 1) == 0 else size * 4 // 3
    return ids + [ids[-1]] * (size - len(ids))


# A decision's rules as the rule set they were saved as (text → RuleSet, frozen): the same
# few snapshots come back day after day, parsed once each instead of once per payment.
_SNAPSHOTS: dict[str, RuleSet] = {}


def _facts_query(*ids: int) -> Any:
    """Each payment's facts: its own and its decision's columns, the placement's follow-ups
    held by the end of the payment's period, whether it has a signed final form, and the
    decision's last payment not cancelled."""
    forms, finals, others = Followup.alias(), Followup.alias(), Payment.alias()
    by_end = forms.select(peewee.fn.COUNT(forms.id)).where(
        (forms.placement == Decision.placement) & (forms.held_on <= Payment.period_end)
    )
    final = finals.select(peewee.fn.COUNT(finals.id)).where(
        (finals.placement == Decision.placement)
        & (finals.followup_type == FollowupType.FINAL)
        & (finals.signed == True)  # noqa: E712 (SQL)
    )
    last = others.select(peewee.fn.MAX(others.period_index)).where(
        (others.decision == Payment.decision) & (others.status != PaymentStatus.CANCELLED)
    )
    return (
        Payment.select(
            Payment.id,
            Payment.uuid,
            Payment.status,
            Payment.period_index,
            Payment.period_end,
            Payment.claim_received_on,
            Payment.payslip_received,
            Payment.proof_received,
            Decision.decision_type,
            Decision.status,
            Decision.appeal_deadline,
            Decision.period_start,
            Decision.period_end,
            Decision.rules_json,
            by_end,
            final,
            last,
        )
        .join(Decision, on=(Payment.decision == Decision.id))
        .where(Payment.id.in_(ids))
        .tuples()
    )


# ---------------------------------------------------------------- bulk use cases


@dataclass(frozen=True)
class Claim:
    """One payment claim as the office records it (as `payments.record_claim` takes it)."""

    payment_id: int
    received_on: date
    payslip_received: bool
    proof_received: bool
    approve_on: date | None = None  # approve (or hold) it at once, on this day


class PaymentState(NamedTuple):
    """A payment's state after the bulk work (what the lists show of it changed)."""

    id: int
    status: PaymentStatus
    proof_received: bool
    held_reason: str


def record_claims(claims: Sequence[Claim]) -> list[PaymentState]:
    """Record many claims in one transaction; each one claimed, and with `approve_on`
    approved or held, exactly as `record_claim` does it. A payment that cannot be claimed
    refuses them all. Returns the payments' new states in the order of `claims`."""
    return payment_work(claims, (), None)


def approve_payments(payment_ids: Sequence[int], today: date) -> list[PaymentState]:
    """Approve many claimed (or held) payments in one transaction, each approved or held
    with its reasons exactly as `approve_payment` does it. Returns their new states."""
    return payment_work((), payment_ids, today)


def payment_work(
    claims: Sequence[Claim], approve_ids: Sequence[int], today: date | None
) -> list[PaymentState]:
    """A day's payment work in one transaction: the claims that came in (each recorded and,
    with `approve_on`, approved or held) and the checked payments `approve_ids` approved or
    held on `today`. All or nothing: a payment in the wrong state refuses the lot. Returns
    the payments' new states, the claims' first, in the order given."""
    check = FieldCheck()
    for claim in claims:
        check.date("claim_received_on", claim.received_on)
        check.date("approved_on", claim.approve_on, required=False)
        check.flag("payslip_received", claim.payslip_received)
        check.flag("proof_received", claim.proof_received)
    if approve_ids:
        today = check.date("approved_on", today)
    ids = [c.payment_id for c in claims] + list(approve_ids)
    if len(set(ids)) != len(ids):
        check.fail("payment_ids", "VALUE_INVALID")
    check.raise_if_any()
    if not ids:
        return []
    approving = bool(approve_ids) or any(c.approve_on for c in claims)
    if approving and claims:
        require("claim")  # an approver records the claims too
    with transaction("approve" if approving else "claim"):
        facts = _locked_facts(ids)
        if any(not is_claimable(facts[c.payment_id].status) for c in claims):
            raise NotAllowedError("PAYMENT_ALREADY_APPROVED")
        if any(not is_approvable(facts[i].status) for i in approve_ids):
            raise NotAllowedError("PAYMENT_NOT_APPROVABLE")
        states = _record_claims(claims, facts)
        checks = [
            (_claimed(facts[c.payment_id], c), c.approve_on, True) for c in claims if c.approve_on
        ]
        checks += [(facts[i], today, False) for i in approve_ids]
        states.update(_approve_or_hold(checks))  # type: ignore[arg-type]
    return [states[i] for i in ids]


def _record_claims(
    claims: Sequence[Claim], facts: dict[int, ApprovalFacts]
) -> dict[int, PaymentState]:
    """The claims' audit rows, and the UPDATE of those not approved or held at once (the
    others are written once, in their final state, by `_approve_or_hold`)."""
    groups: dict[tuple[date, bool, bool], list[int]] = defaultdict(list)
    later = set()
    states = {}
    for c in claims:
        proof = bool(c.proof_received)
        groups[(c.received_on, bool(c.payslip_received), proof)].append(c.payment_id)
        states[c.payment_id] = PaymentState(c.payment_id, PaymentStatus.CLAIMED, proof, "")
        if c.approve_on:
            later.add(c.payment_id)
    now = utc_now()
    update_groups(
        Payment,
        _CLAIM_WRITE,
        (
            ((now, *claim, PaymentStatus.CLAIMED, ""), [i for i in group if i not in later])
            for claim, group in groups.items()
        ),
    )
    for group in groups.values():
        audit_rows(
            "Payment",
            [(i, facts[i].uuid) for i in group],
            "claim",
            ["claim_received_on", "payslip_received", "proof_received"],
        )
    return states


def _check_unique(ids: list[int], check: FieldCheck) -> None:
    if len(set(ids)) != len(ids):
        check.fail("payment_ids", "VALUE_INVALID")


def _locked_facts(ids: list[int]) -> dict[int, ApprovalFacts]:
    """The payments locked (`FOR UPDATE` on the server) and their facts; NotFoundError for
    an id that is not a payment."""
    if is_server():  # SQLite's write transaction holds the file already
        list(lock_for_update(Payment.select(Payment.id).where(Payment.id.in_(ids))).tuples())
    facts = load_approval_facts(ids)
    for payment_id in ids:
        if payment_id not in facts:
            raise NotFoundError("PAYMENT_NOT_FOUND", payment_id)
    return facts


def _claimed(facts: ApprovalFacts, claim: Claim) -> ApprovalFacts:
    return facts._replace(
        status=PaymentStatus.CLAIMED,
        claim_received_on=claim.received_on,
        payslip_received=bool(claim.payslip_received),
        proof_received=bool(claim.proof_received),
    )


def _approve_or_hold(items: list[tuple[ApprovalFacts, date, bool]]) -> dict[int, PaymentState]:
    """Approve each payment on its day, or hold it with the reasons: one audit statement
    per outcome, and one UPDATE per outcome and claim (a payment claimed in the same work,
    `True` in its item, gets its claim's columns in the same UPDATE: each row is written
    once, in the state the claim and then the approval would leave it)."""
    approved: dict[date, list[ApprovalFacts]] = defaultdict(list)
    held: dict[str, list[ApprovalFacts]] = defaultdict(list)
    writes: dict[tuple[str, object, Any], list[int]] = defaultdict(list)
    states = {}
    for facts, today, claimed in items:
        problems = approval_problems(facts, today)
        claim = (
            (facts.claim_received_on, facts.payslip_received, facts.proof_received)
            if claimed
            else None
        )
        if problems:
            reason = " ".join(problems)
            held[reason].append(facts)
            writes[("hold", reason, claim)].append(facts.payment_id)
            state = PaymentState(facts.payment_id, PaymentStatus.HELD, facts.proof_received, reason)
        else:
            approved[today].append(facts)
            writes[("approve", today, claim)].append(facts.payment_id)
            state = PaymentState(facts.payment_id, PaymentStatus.APPROVED, facts.proof_received, "")
        states[facts.payment_id] = state
    # one statement per set of columns written, run for every payment
    by_columns: dict[tuple[str, ...], list[tuple[tuple[Any, ...], list[int]]]] = defaultdict(list)
    now = utc_now()
    for (action, value, claim), ids in writes.items():
        names: tuple[str, ...]
        if action == "hold":
            names, values = _HOLD_WRITE, (now, PaymentStatus.HELD, value)
        else:
            names, values = _APPROVE_WRITE, (now, PaymentStatus.APPROVED, "", value)
        if claim is not None:
            names, values = names + _CLAIM_COLUMNS, values + claim
        by_columns[names].append((values, ids))
    for names, groups in by_columns.items():
        update_groups(Payment, names, groups)
    for group in held.values():
        audit_rows(
            "Payment", [(f.payment_id, f.uuid) for f in group], "hold", ["status", "held_reason"]
        )
    for group in approved.values():
        audit_rows(
            "Payment",
            [(f.payment_id, f.uuid) for f in group],
            "approve",
            ["status", "approved_on"],
        )
    return states


# The columns each kind of write of the day's payment work sets.
_CLAIM_COLUMNS = ("claim_received_on", "payslip_received", "proof_received")
_CLAIM_WRITE = ("updated_at", *_CLAIM_COLUMNS, "status", "held_reason")
_HOLD_WRITE = ("updated_at", "status", "held_reason")
_APPROVE_WRITE = ("updated_at", "status", "held_reason", "approved_on")
