"""Timing of the printing layer (not part of the test run).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_printing.py

Targets: one decision < 100 ms (median of 20), the follow-up forms of 200 placements in one
PDF < 10 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.unit.printing.printing_samples import decision, followup, payment_list

from kemidesk.printing.decision import render_decision
from kemidesk.printing.followup import render_followup
from kemidesk.printing.payments import render_payment_list

DECISION_TARGET_MS = 100.0
FOLLOWUP_TARGET_S = 10.0


def time_decision(runs: int = 20) -> float:
    """Median milliseconds for one decision (fonts registered by a warm-up run)."""
    doc = decision()
    render_decision(doc)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        render_decision(doc)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def time_followups(count: int = 200) -> tuple[float, int, int]:
    """Seconds, pages and bytes for `count` pre-filled forms in one PDF."""
    docs = [followup(index=i) for i in range(1, count + 1)]
    start = time.perf_counter()
    pdf = render_followup(docs)
    elapsed = time.perf_counter() - start
    return elapsed, pdf.count(b"/Type /Page\n"), len(pdf)


def time_payment_list(rows: int = 1000) -> float:
    doc = payment_list(rows)
    start = time.perf_counter()
    render_payment_list(doc)
    return time.perf_counter() - start


def main() -> int:
    decision_ms = time_decision()
    followup_s, pages, size = time_followups()
    payments_s = time_payment_list()
    print(
        f"decision (median of 20):       {decision_ms:7.1f} ms "
        f" (target < {DECISION_TARGET_MS:.0f} ms)"
    )
    print(
        f"200 follow-up forms, one PDF:  {followup_s:7.2f} s  "
        f" (target < {FOLLOWUP_TARGET_S:.0f} s; {pages} pages, {size / 1e6:.1f} MB)"
    )
    print(f"payment list, 1000 rows:       {payments_s:7.2f} s")
    ok = decision_ms < DECISION_TARGET_MS and followup_s < FOLLOWUP_TARGET_S
    print("OK" if ok else "SLOWER THAN TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
