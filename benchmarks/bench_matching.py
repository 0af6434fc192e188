"""Ranking one recruitment need against 20 000 job seekers, beside a floor.

    python benchmarks/bench_matching.py [--seekers 20000] [--repeat 5]

Makes a fresh database with `--seekers` people marked as seeking work (varied skills,
interests, hours, areas, restrictions, ages and työmarkkinatuki days) and a placement for
every third of them (the waiting time needs their last end), all in plain SQL, and one need
through the services. Then times, best of `--repeat`:

- `services.matching.match_need`: fetch every active seeker, score all, explain the 50 best
  (what `kemidesk match --need` and the window's match list wait for),
- the pure ranking alone (`domain.matching.rank_seekers` on facts already fetched),

and, as the floor, the sqlite3 module fetching the same seeker columns and the same
last-placement ends with no Python objects made. The goal: under 200 ms for 20 000.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TODAY = date(2026, 11, 28)
SKILLS = ("asiakaspalvelu", "siivous", "keittiötyöt, hygieniapassi", "kiinteistöhuolto",
          "tietokone, arkistointi", "myyntityö, kassatyö", "ohjaus", "lajittelu, varastotyö",
          "liikunta, tapahtumat", "puutarha", "kuljetus, ajokortti B")  # fmt: skip
INTERESTS = ("kierrätys", "ruoanlaitto", "pihatyöt", "toimistotyö", "ikäihmiset", "kahvila",
             "urheilu", "käsityöt", "")  # fmt: skip
RESTRICTIONS = ("", "", "", "", "ei raskaita nostoja", "lyhyet työpäivät", "ei siivousta")
AREAS = ("Keskusta", "Karihaara", "Ajos", "Syväkangas", "Sauvosaari", "Tervaharju")

FLOOR_SQL = (
    'SELECT p."id", p."last_name", p."first_name", p."tmt_days", p."partial_work_ability", '
    'p."birth_date", p."kemi_resident", s."hours_min", s."hours_max", s."available_from", '
    's."area", s."skills", s."interests", s."restrictions" FROM "job_seeker" s '
    'JOIN "person" p ON p."id" = s."person_id" WHERE s."active" = 1 AND p."archived" = 0'
)
FLOOR_ENDS = (
    'SELECT "person_id", MAX(COALESCE("actual_end_date", "end_date", "start_date")) '
    'FROM "placement" GROUP BY "person_id"'
)


def fill(path: Path, seekers: int, rng: random.Random) -> None:
    conn = sqlite3.connect(path)
    now = "2026-11-01 00:00:00"
    with conn:
        conn.execute(
            'INSERT INTO "association" ("uuid", "created_at", "updated_at", "name", '
            '"employer_type", "business_id", "association_number", "business_activity", '
            '"street", "postcode", "city", "iban", "bic", "contact_name", "contact_phone", '
            '"contact_email", "supervisor_name", "supervision_competence", "notes", "archived") '
            "VALUES (?, ?, ?, 'Kemin Kierrätys ry', 'association', '0737546-2', '', 0, "
            "'Valtakatu 1', '94100', 'Kemi', '', '', '', '', '', 'Olli', 1, '', 0)",
            (uuid.uuid4().hex, now, now),
        )
        people, rows, placements = [], [], []
        for i in range(1, seekers + 1):
            birth = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 45))
            people.append((i, uuid.uuid4().hex, now, now, f"Etu{i}", f"Suku{i:05d}",
                           birth.isoformat(), rng.random() < 0.95, rng.choice((0, 120, 310, 700)),
                           rng.random() < 0.2))  # fmt: skip
            low = rng.choice((18, 20, 25, 30))
            rows.append((uuid.uuid4().hex, now, now, i, 1, rng.choice(INTERESTS),
                         rng.choice(SKILLS), str(low), str(min(40, low + rng.choice((5, 10)))),
                         rng.choice(RESTRICTIONS),
                         (TODAY + timedelta(days=rng.choice((0, 14, 60)))).isoformat(),
                         rng.choice(AREAS), ""))  # fmt: skip
            if i % 3 == 0:
                start = date(2022, 1, 1) + timedelta(days=rng.randrange(1200))
                placements.append((uuid.uuid4().hex, now, now, i, 1, "työntekijä",
                                   start.isoformat(), (start + timedelta(days=300)).isoformat(),
                                   "30", 180000))  # fmt: skip
        conn.executemany(
            'INSERT INTO "person" ("id", "uuid", "created_at", "updated_at", "first_name", '
            '"last_name", "hetu", "birth_date", "kemi_resident", "tmt_days", '
            '"partial_work_ability", "work_ability_note", "phone", "email", "notes", "archived") '
            "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, '', '', '', '', 0)",
            people,
        )
        conn.executemany(
            'INSERT INTO "job_seeker" ("uuid", "created_at", "updated_at", "person_id", '
            '"active", "interests", "skills", "hours_min", "hours_max", "restrictions", '
            '"available_from", "area", "notes") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            rows,
        )
        conn.executemany(
            'INSERT INTO "placement" ("uuid", "created_at", "updated_at", "person_id", '
            '"association_id", "job_title", "start_date", "end_date", "hours_per_week", '
            '"monthly_wage_cents", "supervisor_name", "end_reason", '
            '"pt_authority", "pt_decision_number", "notes", "archived") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', 0)",
            placements,
        )
    conn.close()


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seekers", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.domain.matching import rank_seekers
    from kemidesk.services import matching, needs

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kemidesk.sqlite3"
        prepare_database(path, Path(tmp) / "backups")
        close_database()
        t0 = time.perf_counter()
        fill(path, args.seekers, random.Random(2026))
        print(f"data: {args.seekers} seekers in {time.perf_counter() - t0:.1f} s")
        prepare_database(path, Path(tmp) / "backups")
        need = needs.add_need(
            needs.NeedInput(
                association_id=1,
                tasks="Kirpputorin myynti ja tavaroiden lajittelu",
                hours="25",
                start_date=TODAY + timedelta(days=30),
                skills="asiakaspalvelu, kassatyö",
                area="Keskusta",
            )
        )
        service = best(lambda: matching.match_need(need.id, today=TODAY), args.repeat)
        facts = matching.seeker_facts(TODAY)
        need_facts = matching._need_facts(
            matching.RecruitmentNeed.get_by_id(need.id), "Kemin Kierrätys ry"
        )
        pure = best(lambda: rank_seekers(need_facts, facts, TODAY, 50), args.repeat)
        close_database()
        conn = sqlite3.connect(path)

        def floor() -> None:
            conn.execute(FLOOR_SQL).fetchall()
            conn.execute(FLOOR_ENDS).fetchall()

        floor_s = best(floor, args.repeat)
        conn.close()
    print(f"match_need ({len(facts)} seekers, 50 explained): {service * 1000:.1f} ms "
          f"(goal < 200 ms)")  # fmt: skip
    print(f"  pure ranking alone: {pure * 1000:.1f} ms")
    print(f"floor (sqlite3 fetch of the same rows): {floor_s * 1000:.1f} ms")
    print(f"ratio match_need / floor: {service / floor_s:.1f}")


if __name__ == "__main__":
    main()
