"""The Tulosta handlers of the window, one per record kind (`ctx.print_handlers[kind]`).

    decision       party copy or public copy of a decision
    placement      the follow-up form of a placement, pre-filled or blank for a visit
    association    visit pack: the pre-filled forms of all running placements in one PDF
    payment_batch  the payment list of a batch (PDF), with the CSV for the finance system
    transfer_agreement  a transfer agreement (siirtosopimus) for three signatures

Each handler asks what to print when there is a choice, gathers the data on the GUI thread,
renders in a worker (`jobs.PrintTask`) and opens the preview. It returns the task, or None
when nothing was started. This module imports only Qt at load time: the window installs the
handlers before its first paint, and the services, ReportLab and QtPdf load on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kemidesk.domain.errors import DomainError
from kemidesk.ui import messages
from kemidesk.ui.context import ASSOCIATION, DECISION, PLACEMENT, UiContext
from kemidesk.ui.errors import error_text
from kemidesk.ui.printing import choice as choice_module
from kemidesk.ui.printing.choice import Choice

if TYPE_CHECKING:
    from kemidesk.services.print_jobs import PrintJob
    from kemidesk.ui.printing.jobs import PrintTask
    from kemidesk.ui.printing.preview import PrintPreviewDialog

PAYMENT_BATCH = "payment_batch"
HEARING = "hearing"  # the hearing letter before a recovery (grant id, amount, letter date)
TRANSFER_AGREEMENT = "transfer_agreement"  # a transfer agreement for three signatures


class PrintHandlers:
    """Holds what the handlers share: the context and the window that owns the dialogs."""

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        self.ctx = ctx
        self.window = window
        self.last_preview: PrintPreviewDialog | None = None

    def as_dict(self) -> dict[str, Callable[[int], Any]]:
        return {
            DECISION: self.print_decision,
            PLACEMENT: self.print_placement,
            ASSOCIATION: self.print_association,
            PAYMENT_BATCH: self.print_payment_batch,
            HEARING: self.print_hearing,
            TRANSFER_AGREEMENT: self.print_transfer_agreement,
        }

    # ------------------------------------------------------------ handlers

    def print_decision(self, decision_id: int) -> PrintTask | None:
        chosen = choice_module.ask_choice(
            self.window,
            QCoreApplication.translate("Printing", "Tulosta päätös"),
            QCoreApplication.translate("Printing", "Kumpi päätöksen kappale tulostetaan?"),
            [
                Choice(
                    "party",
                    QCoreApplication.translate("Printing", "&Asianosaisen kappale"),
                    QCoreApplication.translate(
                        "Printing", "Kaikki tiedot, myös työllistetyn henkilötiedot ja työsuhde."
                    ),
                ),
                Choice(
                    "public",
                    QCoreApplication.translate("Printing", "&Julkinen versio"),
                    QCoreApplication.translate(
                        "Printing", "Ilman henkilötietoja, esimerkiksi nähtäville tai pöytäkirjaan."
                    ),
                ),
            ],
        )
        if chosen is None:
            return None
        from kemidesk.services.print_jobs import decision_job

        return self.run(lambda: decision_job(decision_id, public=chosen == "public"))

    def print_hearing(
        self, grant_id: int, amount_cents: int = 0, letter_date: date | None = None
    ) -> PrintTask | None:
        """The hearing letter (kuulemiskirje) before the recovery decision."""
        from kemidesk.services.print_jobs import hearing_job

        day = letter_date or self.ctx.today()
        return self.run(lambda: hearing_job(grant_id, amount_cents, day))

    def print_transfer_agreement(self, transfer_id: int) -> PrintTask | None:
        from kemidesk.services.print_jobs import transfer_agreement_job

        return self.run(lambda: transfer_agreement_job(transfer_id, self.ctx.today()))

    def print_placement(self, placement_id: int) -> PrintTask | None:
        chosen = choice_module.ask_choice(
            self.window,
            QCoreApplication.translate("Printing", "Tulosta seurantalomake"),
            QCoreApplication.translate("Printing", "Millainen seurantalomake tulostetaan?"),
            [
                Choice(
                    "filled",
                    QCoreApplication.translate("Printing", "&Esitäytetty lomake"),
                    QCoreApplication.translate(
                        "Printing",
                        "Työsuhteen tiedot ja aiemmat seurantakeskustelut valmiiksi täytettyinä.",
                    ),
                ),
                Choice(
                    "blank",
                    QCoreApplication.translate("Printing", "&Tyhjä lomake käyntiä varten"),
                    QCoreApplication.translate(
                        "Printing", "Kaikki kentät täytetään käsin käynnillä."
                    ),
                ),
            ],
        )
        if chosen is None:
            return None
        from kemidesk.services.print_jobs import followup_job

        return self.run(lambda: followup_job(placement_id, blank=chosen == "blank"))

    def print_association(self, association_id: int) -> PrintTask | None:
        from kemidesk.services.print_jobs import visit_pack_job

        today = self.ctx.today()
        job = self.prepare(lambda: visit_pack_job(association_id, today))
        if job is None:
            return None
        if not job.steps:
            messages.info(
                self.window,
                QCoreApplication.translate("Printing", "Seurantalomakkeet"),
                QCoreApplication.translate(
                    "Printing",
                    "Yhdistyksellä ei ole käynnissä olevia työsuhteita, joten tulostettavia "
                    "seurantalomakkeita ei ole.",
                ),
            )
            return None
        label = QCoreApplication.translate(
            "Printing", "Kootaan seurantalomakkeita (%1 työsuhdetta)…"
        ).replace("%1", str(len(job.steps)))
        return self.start(job, label)

    def print_payment_batch(self, batch_id: int) -> PrintTask | None:
        from kemidesk.services.print_jobs import payment_batch_job

        return self.run(lambda: payment_batch_job(batch_id))

    def save_payment_batch_csv(self, batch_id: int, parent: QWidget | None = None) -> Path | None:
        """Tallenna CSV…: the batch for the finance system (also usable without a preview)."""
        from kemidesk.services.print_jobs import payment_batch_csv_file
        from kemidesk.ui.printing.files import ask_save_path, save_bytes

        owner = parent or self.window
        try:
            filename, data = payment_batch_csv_file(batch_id)
        except DomainError as exc:
            messages.warn(owner, messages.not_allowed_title(), error_text(exc))
            return None
        target = ask_save_path(
            owner,
            self.ctx.settings,
            QCoreApplication.translate("Printing", "Tallenna CSV"),
            filename,
            QCoreApplication.translate("Printing", "CSV-tiedostot (*.csv)"),
        )
        if target is None or not save_bytes(owner, self.ctx.settings, target, data):
            return None
        return target

    # ------------------------------------------------------------ running

    def prepare(self, make_job: Callable[[], PrintJob]) -> PrintJob | None:
        """Build the job (database reads on this thread); a refusal is shown, not raised."""
        try:
            return make_job()
        except DomainError as exc:
            messages.warn(self.window, messages.not_allowed_title(), error_text(exc))
            return None

    def run(self, make_job: Callable[[], PrintJob]) -> PrintTask | None:
        job = self.prepare(make_job)
        return (
            None
            if job is None
            else self.start(job, QCoreApplication.translate("Printing", "Muodostetaan tulostetta…"))
        )

    def start(self, job: PrintJob, label: str) -> PrintTask:
        from kemidesk.ui.printing.jobs import PrintTask

        task = PrintTask(job, self.window, label)
        task.finished.connect(lambda pdf: self.show_preview(job, pdf))
        task.failed.connect(self._failed)
        return task.start()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            messages.warn(self.window, messages.not_allowed_title(), error_text(exc))
            return
        messages.error(
            self.window,
            QCoreApplication.translate("Printing", "Tulostus epäonnistui"),
            QCoreApplication.translate(
                "Printing", "Tulostetta ei voitu muodostaa. Virhe on kirjattu lokitiedostoon."
            ),
            type(exc).__name__,
        )

    def show_preview(self, job: PrintJob, pdf: bytes) -> PrintPreviewDialog:
        from kemidesk.ui.printing.preview import PrintPreviewDialog

        dialog = PrintPreviewDialog(pdf, job.title, job.filename, self.window, self.ctx.settings)
        if job.kind == PAYMENT_BATCH and job.record_id is not None:
            batch_id = job.record_id
            dialog.add_button(
                QCoreApplication.translate("Printing", "Tallenna &CSV…"),
                lambda: self.save_payment_batch_csv(batch_id, dialog),
            )
        self.last_preview = dialog
        dialog.exec()
        dialog.deleteLater()
        return dialog


def install_print_handlers(ctx: UiContext, parent_window: QWidget) -> PrintHandlers:
    """Register the handlers in `ctx.print_handlers` (the window enables Tulosta from there)."""
    handlers = PrintHandlers(ctx, parent_window)
    ctx.print_handlers.update(handlers.as_dict())
    return handlers
