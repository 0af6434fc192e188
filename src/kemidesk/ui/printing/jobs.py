"""Running a print job without blocking the window.

A `PrintTask` takes a `services.print_jobs.PrintJob` in two halves:

1. its `steps` (short database reads, e.g. one follow-up form per placement) run on the GUI
   thread - the thread that owns the database connection - a few at a time from the event
   loop, so the progress dialog moves and Cancel works between them;
2. its `render` (ReportLab on frozen dataclasses, no database) runs in a worker thread of
   the global QThreadPool. ReportLab cannot be interrupted half-way: Cancel during this
   step closes the progress dialog at once and the result is thrown away when it arrives.

Renders are serialised by a lock (ReportLab's font registry is process-wide). The progress
dialog only appears when the job takes longer than `PROGRESS_DELAY_MS`.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from kemidesk.ui.errors import safe_description

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400
STEP_SLICE_S = 0.03  # GUI-thread steps run for at most this long per event-loop turn
_RENDER_LOCK = threading.Lock()


class _Courier(QObject):
    """Carries the worker's result back to the GUI thread (a queued signal)."""

    delivered = Signal(object, object)  # pdf bytes or None, exception or None


class PrintTask(QObject):
    """One job from `start()` to exactly one of `finished(pdf)`, `failed(exc)`, `cancelled()`.

    `state`: idle → building → rendering → done | failed | cancelled. The task keeps itself
    alive until its worker has returned, even after a cancel.
    """

    finished = Signal(object)  # the PDF bytes
    failed = Signal(object)
    cancelled = Signal()

    _alive: ClassVar[set[PrintTask]] = set()

    def __init__(self, job: Any, parent_widget: QWidget | None, label: str) -> None:
        super().__init__()
        self.job = job
        self.results: list[Any] = []
        self.state = "idle"
        self.worker_running = False
        self.progress = QProgressDialog(
            label, self.tr("Peruuta"), 0, len(job.steps) + 1, parent_widget
        )
        self.progress.setObjectName("print_progress")
        self.progress.setWindowTitle(self.tr("Tulostus"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._courier = _Courier()
        self._courier.delivered.connect(self._rendered)

    # ------------------------------------------------------------ running

    def start(self) -> PrintTask:
        if self.state != "idle":
            return self
        PrintTask._alive.add(self)
        self.state = "building"
        self.progress.setValue(0)
        QTimer.singleShot(0, self._run_steps)
        return self

    def cancel(self) -> None:
        """Cancel: no further steps, and a render in progress is discarded."""
        if self.state not in ("idle", "building", "rendering"):
            return
        self.state = "cancelled"
        self._close_progress()
        self._release()
        self.cancelled.emit()

    def _run_steps(self) -> None:
        if self.state != "building":
            return
        steps = self.job.steps
        deadline = time.perf_counter() + STEP_SLICE_S
        while len(self.results) < len(steps) and time.perf_counter() < deadline:
            try:
                self.results.append(steps[len(self.results)]())
            except Exception as exc:
                self._fail(exc)
                return
            if self.state != "building":  # cancelled from inside a step (tests)
                return
        self.progress.setValue(len(self.results))
        if len(self.results) < len(steps):
            QTimer.singleShot(0, self._run_steps)
        else:
            self._start_render()

    def _start_render(self) -> None:
        self.state = "rendering"
        if len(self.job.steps) > 1:
            self.progress.setLabelText(
                self.tr("Muodostetaan PDF-tiedostoa (%1 lomaketta)…").replace(
                    "%1", str(len(self.results))
                )
            )
        self.progress.setRange(0, 0)  # busy: ReportLab does not report its progress
        render, results, courier = self.job.render, list(self.results), self._courier

        def work() -> None:
            try:
                with _RENDER_LOCK:
                    pdf = render(results)
            except Exception as exc:
                courier.delivered.emit(None, exc)
            else:
                courier.delivered.emit(pdf, None)

        self.worker_running = True
        QThreadPool.globalInstance().start(work)

    def _rendered(self, pdf: bytes | None, exc: BaseException | None) -> None:
        self.worker_running = False
        if self.state != "rendering":  # cancelled meanwhile: throw the result away
            self._release()
            return
        if exc is not None:
            self._fail(exc)
            return
        self.state = "done"
        self._close_progress()
        self._release()
        self.finished.emit(pdf)

    def _fail(self, exc: BaseException) -> None:
        log.warning("print job failed: %s", safe_description(type(exc), exc.__traceback__))
        self.state = "failed"
        self._close_progress()
        self._release()
        self.failed.emit(exc)

    def _close_progress(self) -> None:
        # hide() alone does not stop QProgressDialog's show timer: a quick job whose finished
        # handler opens the preview with exec() holds off deleteLater, and the timer would
        # then show "Muodostetaan tulostetta…" over the finished preview. reset() stops it.
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()
        self.progress.hide()
        self.progress.deleteLater()

    def _release(self) -> None:
        if not self.worker_running:
            PrintTask._alive.discard(self)
