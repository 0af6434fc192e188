"""Several processes writing to one data folder at full speed (issue 10).

    python benchmarks/concurrent_writers.py [--writers 2 4] [--cases 40] [--deferred]

Each writer process runs `cases` grant paths (record an application, decide it, mark the
decision sent, claim the first payment) on placements of its own. Reported per run: use
cases done and failed (by error), decisions written, whether the decision numbers are
gap-free and unique. `--deferred` runs the same with plain deferred transactions (the old
behaviour) for comparison.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
sys.path.insert(0, str(SRC))

DAY = date(2026, 3, 25)


def prepare(folder: Path, placements: int) -> list[int]:
    from kemidesk.db.connection import close_database
    from kemidesk.db.setup import prepare_database
    from kemidesk.services import associations, people, settings
    from kemidesk.services import placements as pl

    prepare_database(folder / "kemidesk.sqlite3", folder / "backups")
    settings.use_demo_decision_settings()
    settings.set_appropriation(2026, "10 000 000,00")
    assoc = associations.create_association(
        associations.AssociationInput(
            name="Kuormitusyhdistys ry", business_id="0737546-2", iban="FI2112345600000785"
        )
    )
    ids = []
    for i in range(placements):
        person = people.create_person(
            people.PersonInput(
                first_name=f"Testi{i}",
                last_name="Kirjoittaja",
                birth_date=date(1980, 1, 1),
                tmt_days="400",
            )
        )
        start, end = date(2026, 3, 1), date(2027, 2, 28)
        row = pl.create_placement(
            pl.PlacementInput(
                person_id=person.id,
                association_id=assoc.id,
                job_title="työ",
                start_date=start,
                end_date=end,
                hours_per_week="30",
                monthly_wage="1 800,00",
                supervisor_name="Ohjaaja",
                pt_decision_number="PT-1",
                pt_decision_date=start,
                pt_percent=100,
                pt_start=start,
                pt_end=end,
            ),
            (50, 70, 100),
        )
        ids.append(row.id)
    close_database()
    return ids


def writer(folder: str, placement_ids: list[int], deferred: bool, out: mp.Queue) -> None:
    sys.path.insert(0, str(SRC))
    from kemidesk.db import connection
    from kemidesk.db.connection import open_database
    from kemidesk.domain.types import DecisionType, NotificationMethod
    from kemidesk.services import common, grants, payments

    if deferred:
        common.write_transaction = connection.database_proxy.atomic  # type: ignore[attr-defined]
    open_database(Path(folder) / "kemidesk.sqlite3")
    done, failed, made = 0, Counter[str](), []
    for pid in placement_ids:
        try:
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
            made.append(decision.id)  # acknowledged: it must be in the database
            grants.notify_decision(decision.id, NotificationMethod.HANDED_OVER, DAY)
            first = payments.list_payments(decision_id=decision.id)[0]
            payments.record_claim(first.id, date(2026, 4, 5), True, True)
            done += 1
        except Exception as exc:  # counted, the run goes on
            failed[type(exc).__name__ + ": " + str(exc)[:60]] += 1
    out.put((done, dict(failed), made))


def run(writers: int, cases: int, deferred: bool) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="kemidesk-writers-"))
    ids = prepare(folder, writers * cases)
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    procs = [
        ctx.Process(target=writer, args=(str(folder), ids[i::writers], deferred, out))
        for i in range(writers)
    ]
    started = time.perf_counter()
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - started
    import sqlite3

    conn = sqlite3.connect(folder / "kemidesk.sqlite3")
    seqs = [r[0] for r in conn.execute("SELECT seq FROM decision ORDER BY seq")]
    stored = {r[0] for r in conn.execute("SELECT id FROM decision")}
    conn.close()
    failed: Counter[str] = Counter()
    acknowledged: set[int] = set()
    for _, f, made in results:
        failed.update(f)
        acknowledged.update(made)
    done = sum(d for d, _, _ in results)
    return {
        "writers": writers,
        "use cases": writers * cases,
        "done": done,
        "failed": sum(failed.values()),
        "decisions": len(seqs),
        "gap-free": seqs == list(range(1, len(seqs) + 1)),
        "lost": len(acknowledged - stored),
        "seconds": round(elapsed, 2),
        "errors": dict(failed.most_common(3)),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, nargs="+", default=[2, 4])
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--deferred", action="store_true")
    args = parser.parse_args()
    for n in args.writers:
        print(run(n, args.cases, args.deferred), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
