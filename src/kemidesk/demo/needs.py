"""Demo recruitment needs, job seekers and an employer ring, made through the services after
the calendar has run: last year's and this year's survey rounds with answers, small needs in
the same area that the proposals combine (one proposal accepted into a ring, one left for the
officer), and people marked as seeking work."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kemidesk.db.models import Association, Person, Placement
from kemidesk.domain.types import EmployerType, NeedStatus
from kemidesk.services.needs import (
    NeedInput,
    RoundInput,
    add_need,
    create_round,
    set_need_status,
)
from kemidesk.services.rings import accept_proposal, list_proposals
from kemidesk.services.seekers import SeekerInput, save_seeker

AREAS = (("Keskusta", "94100"), ("Karihaara", "94200"), ("Ajos", "94900"),
         ("Syväkangas", "94400"), ("Sauvosaari", "94300"))  # fmt: skip
FULL_NEEDS = (
    ("Kirpputorin myynti ja tavaroiden lajittelu", "asiakaspalvelu, kassatyö", "30"),
    ("Kiinteistöhuolto ja pihatyöt", "kiinteistöhuolto, lumityöt", "25"),
    ("Toimisto- ja arkistointityöt", "tietokone, asiakaspalvelu", "25"),
    ("Kerho-ohjaus ja virkistystoiminta ikäihmisille", "ohjaus, vuorovaikutus", "30"),
    ("Tapahtumien järjestely ja liikuntavuorojen valvonta", "tapahtumat, liikunta", "28"),
)
SMALL_NEEDS = (  # (tasks, skills, hours): pairs in one area make ring proposals
    ("Keittiöapulainen lounasaikaan", "hygieniapassi", "10"),
    ("Kahvion tarjoilu ja astiahuolto", "asiakaspalvelu", "9"),
    ("Siivous ja pyykkihuolto", "siivous", "8"),
    ("Toimitilojen siivous", "siivous", "10"),
)
SKILLS = ("asiakaspalvelu", "siivous", "keittiötyöt, hygieniapassi", "kiinteistöhuolto",
          "tietokone, arkistointi", "myyntityö, kassatyö", "ohjaus, vapaaehtoistyö",
          "lajittelu, varastotyö", "liikunta, tapahtumat")  # fmt: skip
INTERESTS = ("kierrätys", "ruoanlaitto", "pihatyöt", "toimistotyö", "ikäihmiset", "kahvila",
             "urheilu", "käsityöt")  # fmt: skip
RESTRICTIONS = ("", "", "", "ei raskaita nostoja", "lyhyet työpäivät", "ei siivousta")


def add_demo_needs(today: date, rng: random.Random) -> None:
    associations = list(
        Association.select()
        .where(Association.employer_type != EmployerType.COMPANY)
        .where(Association.archived == False)  # noqa: E712
        .order_by(Association.id)
    )
    if len(associations) < 6:
        return
    last = create_round(
        RoundInput(str(today.year - 1), date(today.year - 1, 9, 1), date(today.year - 1, 10, 15))
    )
    this = create_round(
        RoundInput(str(today.year), date(today.year, 9, 1), date(today.year, 10, 15))
    )
    start, end = today + timedelta(days=30), today + timedelta(days=395)
    chosen = rng.sample(associations, min(len(associations), 10))
    for i, a in enumerate(chosen[:5]):
        tasks, skills, hours = FULL_NEEDS[i]
        area, postcode = AREAS[i % len(AREAS)]
        for survey in (last, this):
            row = add_need(
                _need(
                    a,
                    survey.id,
                    tasks,
                    skills,
                    hours,
                    area,
                    postcode,
                    start if survey is this else start - timedelta(days=365),
                    end if survey is this else end - timedelta(days=365),
                    answered=survey.opened_on + timedelta(days=10 + i),
                )
            )
            if survey is last:  # last year's work was filled
                set_need_status(row.id, NeedStatus.FILLED)
    # Small needs: the kitchen pair in Keskusta and the cleaning pair in Karihaara.
    for i, a in enumerate(chosen[5:9]):
        tasks, skills, hours = SMALL_NEEDS[i]
        area, postcode = AREAS[0] if i < 2 else AREAS[1]
        add_need(
            _need(
                a,
                this.id,
                tasks,
                skills,
                hours,
                area,
                postcode,
                start,
                end,
                answered=this.opened_on + timedelta(days=20 + i),
                partial=True,
            )
        )
    proposals = list_proposals(today)
    if proposals:
        first = proposals[0]
        accept_proposal(
            first.need_ids,
            "Keskustan keittiörinki",
            first.lead_association_id,
            coordinator="Kaisa Koordinaattori",
            today=today,
        )
    _seekers(today, rng)


def _need(
    a: Association,
    round_id: int,
    tasks: str,
    skills: str,
    hours: str,
    area: str,
    postcode: str,
    start: date,
    end: date,
    *,
    answered: date,
    partial: bool = False,
) -> NeedInput:
    return NeedInput(
        association_id=a.id,
        round_id=round_id,
        tasks=tasks,
        hours=hours,
        start_date=start,
        end_date=end,
        skills=skills,
        supervisor_name=a.supervisor_name,
        supervision_capacity="2",
        street=a.street,
        postcode=postcode,
        area=area,
        suits_partial_ability=partial,
        contact_name=a.contact_name,
        contact_phone=a.contact_phone,
        contact_email=a.contact_email,
        answered_on=answered,
    )


def _seekers(today: date, rng: random.Random) -> None:
    """People without a running placement, marked as seeking work."""
    running = {
        p.person_id
        for p in Placement.select(Placement.person, Placement.end_date, Placement.actual_end_date)
        if (p.actual_end_date or p.end_date or date.max) >= today
    }
    people = [
        p
        for p in Person.select(Person.id).where(Person.archived == False).order_by(Person.id)  # noqa: E712
        if p.id not in running
    ]
    for person in rng.sample(people, min(len(people), 25)):
        low = rng.choice((18, 20, 25, 30))
        area, _postcode = rng.choice(AREAS)
        save_seeker(
            SeekerInput(
                person_id=person.id,
                interests=rng.choice(INTERESTS),
                skills=rng.choice(SKILLS),
                hours_min=str(low),
                hours_max=str(min(40, low + rng.choice((5, 10, 15)))),
                restrictions=rng.choice(RESTRICTIONS),
                available_from=today + timedelta(days=rng.choice((0, 0, 14, 30, 60))),
                area=area,
            )
        )
