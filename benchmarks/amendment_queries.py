"""Counts the SQL statements the amendment dialog runs: opening it on a paid grant, moving
the new end once, and saving (the amendment with the early end and its reason).

    python benchmarks/amendment_queries.py

Statements are counted with sqlite3's trace callback (SELECT, INSERT, UPDATE; transaction
control not counted). Uses the small demo in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TODAY = date(2026, 11, 28)


class StatementCounter:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def __call__(self, sql: str) -> None:
        verb = sql.lstrip().split(" ", 1)[0].upper()
        if verb in {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}:
            self.counts[verb] += 1

    def take(self) -> dict[str, int]:
        out = dict(self.counts)
        self.counts.clear()
        return out


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from kemidesk.db.connection import database_proxy, raw_connection
    from kemidesk.db.setup import prepare_database
    from kemidesk.paths import resolve_paths
    from kemidesk.ui.compat import keep_singletons_alive

    keep_singletons_alive()
    from kemidesk.demo import generate_demo
    from kemidesk.domain.types import DecisionType, PaymentStatus
    from kemidesk.services import grants, payments
    from kemidesk.ui import messages
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.dialogs.amendment_dialog import AmendmentDialog
    from kemidesk.ui.settings import UiSettings

    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="kemidesk-q-"))
    paths = resolve_paths(folder / "data")
    paths.ensure()
    prepare_database(paths.database, paths.backup_dir)
    generate_demo("small", today=TODAY)
    ctx = UiContext(paths, UiSettings(paths.settings_file))
    ctx.today = lambda: TODAY  # type: ignore[method-assign]
    messages.ask = lambda *a, **k: False  # type: ignore[assignment]
    grant = end = None
    for d in grants.list_decisions():
        if d.decision_type is not DecisionType.GRANT or d.period_end is None:
            continue
        paid = [p for p in payments.list_payments(decision_id=d.id)
                if p.status is PaymentStatus.PAID]  # fmt: skip
        if len(paid) >= 2 and max(p.period_end for p in paid) < d.period_end:
            grant = d
            end = max(paid, key=lambda p: p.period_end).period_start + timedelta(days=1)
            break
    assert grant is not None
    assert end is not None
    counter = StatementCounter()
    raw_connection(database_proxy.obj).set_trace_callback(counter)
    dialog = AmendmentDialog(ctx, grant.id)
    opened = counter.take()
    dialog.new_end.set_value(end)
    moved = counter.take()
    dialog.end_reason.setText("irtisanoutui")
    assert dialog.save_button.isEnabled()
    dialog.save()
    saved = counter.take()
    for name, counts in (("open", opened), ("new end", moved), ("save", saved)):
        print(f"{name:8s} {sum(counts.values()):4d} statements  {counts}")
    dialog.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
