"""Several writer processes on one office PostgreSQL database at full speed (issue 12).

    python benchmarks/concurrent_writers_server.py --database postgresql://… [--writers 8]
        [--cases 10] [--races 6]

Needs an EMPTY kemidesk database on the server (it is migrated and filled here).

Each writer process runs `cases` grant paths on placements of its own: record an application,
decide it (a KL-YYYY-NNN number), mark it sent, record the start follow-up, record the first
payment's claim, approve it and put it in a payment batch of its own (a batch number). At
the same time every writer also races the others on shared work: `races` applications that
all writers try to decide, and `races` claimed payments that all writers try to approve.
Exactly one may win each race; the losers must be refused with the Finnish "already decided"
/ "not approvable" errors, which are counted as refusals, not failures.

Reported: use cases done, failed (unexpected errors, by kind), decisions, whether the
decision numbers are gap-free and unique, acknowledged decisions missing from the database
(lost), and the races' winners (must be exactly one each).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

DAY = date(2026, 3, 25)
START, END = date(2026, 3, 1), date(2027, 2, 28)
APPROVE_ON = date(2026, 5, 10)  # past the appeal period of decisions made on DAY


def _placement(pl, assoc_id: int, person_id: int):  # type: ignore[no-untyped-def]
    return pl.create_placement(
        pl.PlacementInput(
            person_id=person_id,
            association_id=assoc_id,
            job_title="työ",
            start_date=START,
            end_date=END,
            hours_per_week="30",
            monthly_wage="1 800,00",
            supervisor_name="Ohjaaja",
            pt_decision_number="PT-1",
            pt_decision_date=START,
            pt_percent=100,
            pt_start=START,
            pt_end=END,
        ),
        (50, 70, 100),
    )


def _grant_path_until_claim(pid: int):  # type: ignore[no-untyped-def]
    """Application → decision → sent → start follow-up → first claim; the payment row."""
    from kemidesk.domain.types import DecisionType, FollowupType, NotificationMethod
    from kemidesk.services import followups, grants, payments

    app = grants.record_application(
        grants.ApplicationInput(
            placement_id=pid,
            received_on=date(2026, 3, 10),
            pt_decision_attached=True,
            contract_attached=True,
        )
    )
    decision = grants.decide_application(
        grants.DecisionInput(
            application_id=app.id, decision_type=DecisionType.GRANT, decision_date=DAY
        )
    )
    grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, DAY)
    followups.record_followup(
        followups.FollowupInput(
            placement_id=pid,
            followup_type=FollowupType.START,
            held_on=START + timedelta(2),
            participants="Työntekijä, ohjaaja",
        ),
        today=APPROVE_ON,
    )
    first = payments.list_payments(decision_id=decision.id)[0]
    payments.record_claim(first.id, date(2026, 4, 5), True, True)
    return decision, first


def prepare(url: str, own: int, races: int) -> dict[str, list[int]]:
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_server_database
    from kemidesk.services import associations, grants, people, settings
    from kemidesk.services import placements as pl

    prepare_server_database(url)
    settings.use_demo_decision_settings()
    settings.set_appropriation(2026, "10 000 000,00")
    assoc = associations.create_association(
        associations.AssociationInput(
            name="Kuormitusyhdistys ry", business_id="0737546-2", iban="FI2112345600000785"
        )
    )
    ids: list[int] = []
    for i in range(own + 2 * races):
        person = people.create_person(
            people.PersonInput(
                first_name=f"Testi{i}",
                last_name="Kirjoittaja",
                birth_date=date(1980, 1, 1),
                tmt_days="400",
            )
        )
        ids.append(_placement(pl, assoc.id, person.id).id)
    own_ids, race_apps, race_pays = ids[:own], [], []
    for pid in ids[own : own + races]:
        app = grants.record_application(
            grants.ApplicationInput(
                placement_id=pid,
                received_on=date(2026, 3, 10),
                pt_decision_attached=True,
                contract_attached=True,
            )
        )
        race_apps.append(app.id)
    for pid in ids[own + races :]:
        _decision, payment = _grant_path_until_claim(pid)
        race_pays.append(payment.id)
    close_database()
    return {"own": own_ids, "race_apps": race_apps, "race_pays": race_pays}


def writer(
    url: str, own: list[int], race_apps: list[int], race_pays: list[int], out: mp.Queue
) -> None:
    sys.path.insert(0, str(SRC))
    from kemidesk.db.connection import open_server_database
    from kemidesk.domain.errors import DomainError
    from kemidesk.domain.types import DecisionType
    from kemidesk.services import grants, payments

    open_server_database(url)
    done, refused, failed, made = 0, Counter[str](), Counter[str](), []
    won_apps, won_pays = [], []
    # interleave own work with the races, so they overlap with the other writers' work
    for i in range(max(len(own), len(race_apps), len(race_pays))):
        if i < len(race_apps):
            try:
                d = grants.decide_application(
                    grants.DecisionInput(
                        application_id=race_apps[i],
                        decision_type=DecisionType.GRANT,
                        decision_date=DAY,
                    )
                )
                made.append(d.id)
                won_apps.append(race_apps[i])
            except DomainError as exc:
                refused[exc.code] += 1
            except Exception as exc:
                failed[type(exc).__name__ + ": " + str(exc)[:80]] += 1
        if i < len(own):
            try:
                decision, first = _grant_path_until_claim(own[i])
                made.append(decision.id)
                row = payments.approve_payment(first.id, today=APPROVE_ON)
                if row.status.value != "approved":
                    failed[f"own payment not approved: {row.status}"] += 1
                else:
                    payments.create_batch([first.id], APPROVE_ON, "Kuormitus")
                    done += 1
            except Exception as exc:
                failed[type(exc).__name__ + ": " + str(exc)[:80]] += 1
        if i < len(race_pays):
            try:
                row = payments.approve_payment(race_pays[i], today=APPROVE_ON)
                if row.status.value == "approved":
                    won_pays.append(race_pays[i])
                else:
                    failed[f"race payment not approved: {row.status}"] += 1
            except DomainError as exc:
                refused[exc.code] += 1
            except Exception as exc:
                failed[type(exc).__name__ + ": " + str(exc)[:80]] += 1
    out.put((done, dict(refused), dict(failed), made, won_apps, won_pays))


def run(url: str, writers: int = 8, cases: int = 10, races: int = 6) -> dict[str, object]:
    ids = prepare(url, writers * cases, races)
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    procs = [
        ctx.Process(
            target=writer,
            args=(url, ids["own"][i::writers], ids["race_apps"], ids["race_pays"], out),
        )
        for i in range(writers)
    ]
    started = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get(timeout=900) for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - started
    import psycopg

    with psycopg.connect(url) as conn:
        seqs = [r[0] for r in conn.execute('SELECT seq FROM "decision" ORDER BY seq')]
        stored = {r[0] for r in conn.execute('SELECT id FROM "decision"')}
        batch_ids = [r[0] for r in conn.execute('SELECT id FROM "payment_batch" ORDER BY id')]
        approvals = Counter(
            r[0]
            for r in conn.execute(
                "SELECT entity_id FROM audit_log WHERE entity = 'Payment' AND action = 'approve'"
            )
        )
        app_decisions = Counter(
            r[0]
            for r in conn.execute(
                'SELECT application_id FROM "decision" WHERE application_id IS NOT NULL'
            )
        )
    refused: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    acknowledged: set[int] = set()
    won_apps: Counter[int] = Counter()
    won_pays: Counter[int] = Counter()
    for _, r, f, made, apps, pays in results:
        refused.update(r)
        failed.update(f)
        acknowledged.update(made)
        won_apps.update(apps)
        won_pays.update(pays)
    return {
        "writers": writers,
        "own grant paths": writers * cases,
        "done": sum(r[0] for r in results),
        "failed": sum(failed.values()),
        "decisions": len(seqs),
        "gap-free": seqs == list(range(1, len(seqs) + 1)),
        "lost": len(acknowledged - stored),
        "batches": len(batch_ids),
        "batch numbers gap-free": batch_ids == list(range(1, len(batch_ids) + 1)),
        "decide races won once": all(won_apps[a] == 1 for a in ids["race_apps"])
        and all(app_decisions[a] == 1 for a in ids["race_apps"]),
        "approve races won once": all(won_pays[p] == 1 for p in ids["race_pays"])
        and all(approvals[p] == 1 for p in ids["race_pays"]),
        "refused": dict(refused),
        "seconds": round(elapsed, 2),
        "errors": dict(failed.most_common(3)),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True, help="an EMPTY kemidesk database URL")
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--cases", type=int, default=10)
    parser.add_argument("--races", type=int, default=6)
    args = parser.parse_args()
    print(run(args.database, args.writers, args.cases, args.races), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
