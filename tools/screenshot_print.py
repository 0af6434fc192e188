"""Screenshots of printing from the window (1366 × 768, offscreen).

    python tools/screenshot_print.py [--out docs/screenshots]

Uses the small demo data set of tools/screenshots.py and saves ui_print_preview.png (a
decision's party copy in the preview), ui_print_preview_visit.png (the follow-up forms of an
association's visit), ui_print_preview_batch.png (a payment batch, landscape, with its CSV
button) and ui_print_choice.png (the party/public copy question). QPdfView draws
its pages in the background, so the script waits until they are painted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).with_name('offscreen_1366x768.json')}",
)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import SIZE, TODAY, prepare


def settle(app: Any, seconds: float = 1.5) -> None:
    """Run the event loop for a while: QPdfView renders its pages asynchronously."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app: Any, widget: Any, out: Path, name: str, size: tuple[int, int] = SIZE) -> None:
    widget.show()
    widget.resize(*size)
    settle(app)
    path = out / f"ui_{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--out", default=str(Path(__file__).resolve().parents[1] / "docs/screenshots")
    )
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        prepare(Path(tmp) / "data")
        from kemidesk.services import print_jobs
        from kemidesk.services.associations import list_associations
        from kemidesk.services.grants import list_decisions
        from kemidesk.ui.app import create_application
        from kemidesk.ui.i18n import install_translators
        from kemidesk.ui.printing.choice import Choice, ChoiceDialog
        from kemidesk.ui.printing.preview import PrintPreviewDialog

        app = create_application(["kemidesk"])
        install_translators(app, "fi")
        decision = next(d for d in list_decisions() if d.decision_type.value == "grant")
        job = print_jobs.decision_job(decision.id)
        shoot(app, PrintPreviewDialog(job.run(), job.title, job.filename), out, "print_preview")

        association = max(list_associations(), key=lambda a: a.active_placements)
        job = print_jobs.visit_pack_job(association.id, TODAY)
        dialog = PrintPreviewDialog(job.run(), job.title, job.filename)
        dialog.show()
        dialog.set_zoom(dialog.view.ZoomMode.FitInView)
        shoot(app, dialog, out, "print_preview_visit")

        from kemidesk.db.models import Payment
        from kemidesk.services.payments import create_batch

        approved = [p.id for p in Payment.select().where(Payment.status == "approved")]
        job = print_jobs.payment_batch_job(create_batch(approved, TODAY, "marraskuu 2026"))
        dialog = PrintPreviewDialog(job.run(), job.title, job.filename)
        dialog.add_button("Tallenna &CSV…", lambda: None)
        shoot(app, dialog, out, "print_preview_batch")

        choice = ChoiceDialog(
            "Tulosta päätös",
            "Kumpi päätöksen kappale tulostetaan?",
            [
                Choice("party", "&Asianosaisen kappale",
                       "Kaikki tiedot, myös työllistetyn henkilötiedot ja työsuhde."),
                Choice("public", "&Julkinen versio",
                       "Ilman henkilötietoja, esimerkiksi nähtäville tai pöytäkirjaan."),
            ],
        )  # fmt: skip
        choice.adjustSize()
        shoot(app, choice, out, "print_choice", (choice.width(), choice.height()))

        from kemidesk.db.connection import close_database

        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
