"""Demo transfer agreements (siirtosopimus), made through the services after the calendar
has run: one in every status, an agreement in progress ending within 30 days (the overview
shows it), and one ending in employment whose outcome proposed a bonus that was decided."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kemidesk.db.models import Decision, Outcome, Placement
from kemidesk.demo import names
from kemidesk.domain.lifecycle import GRANT_KINDS
from kemidesk.domain.types import (
    DecisionStatus,
    DecisionType,
    NotificationMethod,
    TransferKind,
    TransferStatus,
)
from kemidesk.services.common import own_savepoint
from kemidesk.services.errors import NotAllowedError
from kemidesk.services.grants import decide_bonus, notify_decision
from kemidesk.services.transfers import TransferInput, add_transfer, set_transfer_status

S = TransferStatus
RECEIVERS = (
    ("Kemin Konepaja Oy", "3912345-4", "Koneistus- ja varastotyöt"),
    ("Pohjolan Kiinteistöhuolto Oy", "3923456-8", "Kiinteistönhoito ja ulkoalueet"),
    ("Meri-Lapin Logistiikka Oy", "3934567-1", "Keräily ja lähettämö"),
    ("Kemin Seudun Ateriapalvelu Oy", "3945678-5", "Keittiöapulaisen tehtävät"),
    ("Perämeren Puutarha Oy", "3956789-9", "Puutarha- ja viheralueiden hoito"),
)


def _live(lo: date, hi: date) -> list[Placement]:
    """Live placements whose (actual or planned) end lies between lo and hi, by id."""
    query = (
        Placement.select(  # the columns used here only: the large demo has 40 000
            Placement.id, Placement.start_date, Placement.end_date, Placement.actual_end_date
        )
        .where(Placement.archived == False)  # noqa: E712
        .order_by(Placement.id)
    )
    return [p for p in query if lo <= (p.actual_end_date or p.end_date) <= hi]


def _input(
    rng: random.Random, placement_id: int, kind: TransferKind, start: date, end: date | None
) -> TransferInput:
    name, business_id, tasks = rng.choice(RECEIVERS)
    contact = f"{rng.choice(names.FIRST)} {rng.choice(names.LAST)}"
    paying = rng.random() < 0.5
    return TransferInput(
        placement_id=placement_id,
        kind=kind,
        receiving_name=name,
        receiving_business_id=business_id,
        start_date=start,
        end_date=end,
        hours=rng.choice(("25", "30", "37,5")),
        tasks=tasks,
        contact_name=contact,
        contact_phone=f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        payment="300,00" if paying else "",
        payment_terms="kuukaudessa, laskua vastaan" if paying else "",
        coach_part="Työhönvalmentaja perehdyttää ensimmäisen viikon ja käy työpaikalla "
        "kahden viikon välein.",
    )


def add_demo_transfers(today: date, signer: tuple[str, str], rng: random.Random) -> int:
    """Make the demo's transfer agreements; returns how many."""
    made = 0
    # Running placements: a trial period ending within 30 days (in progress), a signed one
    # and one that ended without employment; a draft of a move after the subsidy.
    for p in _live(today + timedelta(days=8), today + timedelta(days=25))[:1]:
        end = p.actual_end_date or p.end_date
        start = max(p.start_date, end - timedelta(days=40))
        row = add_transfer(_input(rng, p.id, TransferKind.TRIAL_PERIOD, start, end))
        set_transfer_status(row.id, S.SIGNED, start - timedelta(days=7), today=today)
        set_transfer_status(row.id, S.IN_PROGRESS, start, today=today)
        made += 1
    later = [
        p
        for p in _live(today + timedelta(days=60), today + timedelta(days=240))
        if p.start_date <= today - timedelta(days=90)
    ]
    for p, status in zip(later, (S.DRAFT, S.SIGNED, S.ENDED_NOT_EMPLOYED), strict=False):
        end = p.actual_end_date or p.end_date
        if status is S.DRAFT:
            row = add_transfer(_input(rng, p.id, TransferKind.MOVE_AFTER, end + timedelta(1), None))
        elif status is S.SIGNED:
            start = end - timedelta(days=30)
            row = add_transfer(_input(rng, p.id, TransferKind.TRIAL_PERIOD, start, end))
            set_transfer_status(row.id, S.SIGNED, today - timedelta(days=3), today=today)
        else:
            start = today - timedelta(days=45)
            row = add_transfer(
                _input(rng, p.id, TransferKind.TRIAL_PERIOD, start, start + timedelta(days=20))
            )
            set_transfer_status(row.id, S.SIGNED, start - timedelta(days=5), today=today)
            set_transfer_status(row.id, S.IN_PROGRESS, start, today=today)
            set_transfer_status(row.id, S.ENDED_NOT_EMPLOYED, start + timedelta(20), today=today)
        made += 1
    return made + _employed(today, signer, rng)


def _employed(today: date, signer: tuple[str, str], rng: random.Random) -> int:
    """A move to a company after the subsidy that ended in employment: the outcome follows
    from it, the bonus is proposed and decided."""
    granted = Decision.select(Decision.placement).where(
        Decision.decision_type.in_(GRANT_KINDS)
        & (Decision.status != DecisionStatus.CANCELLED)
        & (Decision.period_end < today - timedelta(days=30))
    )
    with_outcome = Outcome.select(Outcome.placement)
    bonuses = Decision.select(Decision.placement).where(
        Decision.decision_type == DecisionType.BONUS
    )
    allowed = {d.placement_id for d in granted}
    allowed -= {o.placement_id for o in with_outcome} | {b.placement_id for b in bonuses}
    candidates = [
        p for p in _live(today - timedelta(days=200), today - timedelta(days=40)) if p.id in allowed
    ]
    for p in candidates:
        end = p.actual_end_date or p.end_date
        start = end + timedelta(days=1)
        row = add_transfer(_input(rng, p.id, TransferKind.MOVE_AFTER, start, None))
        set_transfer_status(row.id, S.SIGNED, end - timedelta(days=14), today=today)
        set_transfer_status(row.id, S.IN_PROGRESS, start, today=today)
        change = set_transfer_status(
            row.id, S.ENDED_EMPLOYED, start + timedelta(days=14), today=today
        )
        if change.bonus_proposed:
            decided_on = start + timedelta(days=21)
            try:
                with own_savepoint():  # refused when no money is left: try another
                    bonus = decide_bonus(p.id, decided_on, *signer)
            except NotAllowedError:
                continue  # no appropriation left for it: try another
            notify_decision(bonus.id, NotificationMethod.EMAIL, decided_on + timedelta(days=2))
            return 1
    return 0
