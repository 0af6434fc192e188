"""Demo job coaches and their visit logs, made through the services after the calendar has
run. The generator's placements name their coach by name (so the coach records exist by
then); here the coaches get their contact details, a third coach takes some of the running
placements that have none (the rest stay on the overview's "Työhönvalmentaja puuttuu"), a
coach who has left is marked inactive, and the running placements get a few visits each."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kemidesk.db.models import JobCoach, Placement
from kemidesk.domain.types import VisitKind
from kemidesk.services.coaches import (
    CoachInput,
    VisitInput,
    assign_coach,
    create_coach,
    record_visit,
    set_coach_active,
    update_coach,
)

CONTACTS = {  # fictional numbers and addresses
    "Laura Heikkilä": ("040 123 4501", "laura.heikkila@example.fi"),
    "Mikko Tervo": ("040 123 4502", "mikko.tervo@example.fi"),
}
NEW_COACH = ("Sanna Koskela", "040 123 4503", "sanna.koskela@example.fi")
LEFT_COACH = ("Pekka Niemi", "040 123 4504", "")
NOTES = {
    VisitKind.WORKPLACE: (
        "Perehdytys työtehtäviin ohjaajan kanssa.",
        "Työtehtävät sujuvat, työaika sovittu ohjaajan kanssa.",
        "Käytiin läpi työturvallisuus ja tauotus.",
    ),
    VisitKind.PHONE: (
        "Kuulumiset puhelimessa, ei uutta.",
        "Sovittiin seuraava käynti.",
    ),
    VisitKind.MEETING: (
        "Työnhaun suunnitelma tukijakson jälkeen.",
        "Tutustumisjakson vaihtoehdot läpi.",
    ),
    VisitKind.OTHER: ("Sähköpostilla ohjaajalle perehdytysmateriaali.",),
}
MAX_VISITED = 40  # placements that get visits (the large demo has thousands running)


def _running(today: date) -> list[Placement]:
    query = (
        Placement.select(  # the columns used here only: the large demo has 40 000
            Placement.id,
            Placement.coach,
            Placement.start_date,
            Placement.end_date,
            Placement.actual_end_date,
        )
        .where(Placement.archived == False)  # noqa: E712
        .order_by(Placement.id)
    )
    return [
        p
        for p in query
        if p.start_date <= today and (p.actual_end_date or p.end_date or date.max) >= today
    ]


def add_demo_coaches(today: date, rng: random.Random) -> None:
    for coach in JobCoach.select().order_by(JobCoach.name):
        phone, email = CONTACTS.get(coach.name, ("", ""))
        update_coach(coach.id, CoachInput(coach.name, phone, email))
    sanna = create_coach(CoachInput(*NEW_COACH))
    left = create_coach(CoachInput(*LEFT_COACH))
    set_coach_active(left.id, False)
    running = _running(today)
    for placement in running:
        if placement.coach_id is None and rng.random() < 0.5:
            assign_coach(placement.id, sanna.id)
    coached = [p for p in _running(today) if p.coach_id is not None][-MAX_VISITED:]
    kinds = list(VisitKind)
    for placement in coached:
        first = max(placement.start_date - timedelta(days=7), today - timedelta(days=200))
        span = (today - first).days
        for _ in range(rng.randint(1, 4)):
            kind = rng.choices(kinds, weights=(5, 3, 2, 1))[0]
            day = first + timedelta(days=rng.randint(0, span))
            record_visit(
                VisitInput(placement.coach_id, placement.id, day, kind, rng.choice(NOTES[kind])),
                today=today,
            )
