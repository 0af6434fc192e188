"""Printing from the window: preview, print to a (PDF) printer, Save as PDF, the handlers per
record kind, and jobs that keep the window free and can be cancelled."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from kemidesk.db.models import Decision, Payment
from kemidesk.services import print_jobs
from kemidesk.services.errors import NotAllowedError
from kemidesk.ui.printing import choice, jobs
from kemidesk.ui.printing.choice import Choice, ChoiceDialog
from kemidesk.ui.printing.jobs import PrintTask
from kemidesk.ui.printing.output import load_pdf, render_page
from kemidesk.ui.printing.preview import PrintPreviewDialog
from tests.qt.conftest import DEMO_TODAY, finish_loading


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(autouse=True)
def _no_worker_left() -> Iterator[None]:
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def decision_pdf(ctx: Any) -> tuple[print_jobs.PrintJob, bytes]:
    decision = Decision.select().where(Decision.decision_type == "grant").first()
    job = print_jobs.decision_job(decision.id)
    return job, job.run()


@pytest.fixture
def preview(qtbot: Any, ctx: Any, decision_pdf: Any) -> PrintPreviewDialog:
    job, pdf = decision_pdf
    dialog = PrintPreviewDialog(pdf, job.title, job.filename, None, ctx.settings)
    qtbot.addWidget(dialog)
    return dialog


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def ink_box(document: Any, page: int = 0) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of the ink on a page, in points (rendered at 72 dpi)."""
    image = render_page(document, page, 72)
    dark = [
        (x, y)
        for y in range(0, image.height())
        for x in range(0, image.width())
        if image.pixelColor(x, y).lightness() < 160
    ]
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return min(xs), min(ys), max(xs), max(ys)


def accept_print_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[PrintPreviewDialog]:
    """Every preview the handlers open, recorded instead of shown modally."""
    opened: list[PrintPreviewDialog] = []

    def fake_exec(dialog: PrintPreviewDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(PrintPreviewDialog, "exec", fake_exec)
    monkeypatch.setattr(PrintPreviewDialog, "deleteLater", lambda dialog: None)
    return opened


def choose(monkeypatch: pytest.MonkeyPatch, key: str | None) -> list[str]:
    asked: list[str] = []

    def fake_ask(parent: Any, title: str, text: str, choices: Any) -> str | None:
        asked.append(title)
        assert key is None or key in [c.key for c in choices]
        return key

    monkeypatch.setattr(choice, "ask_choice", fake_ask)
    return asked


# ---------------------------------------------------------------- the preview


def test_preview_shows_every_page_of_a_decision(
    preview: PrintPreviewDialog, decision_pdf: Any, qtbot: Any
) -> None:
    _job, pdf = decision_pdf
    assert preview.page_count() == pdf_pages(pdf) > 1
    assert preview.page_label.text() == f"sivu 1 / {preview.page_count()}"
    assert not preview.previous_button.isEnabled()
    preview.show()
    preview.go_to_page(1)
    qtbot.waitUntil(lambda: preview.page_label.text() == f"sivu 2 / {preview.page_count()}")
    assert preview.previous_button.isEnabled()
    preview.set_zoom(preview.view.ZoomMode.FitToWidth)
    assert preview.zoom_buttons.checkedButton().text().replace("&", "") == "Sovita leveyteen"
    preview.set_zoom(preview.view.ZoomMode.Custom)
    assert preview.view.zoomFactor() == 1.0


def test_escape_closes_the_preview(preview: PrintPreviewDialog, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    preview.show()
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
    assert preview.result() == QDialog.DialogCode.Rejected


def test_save_as_pdf_writes_the_same_bytes(
    preview: PrintPreviewDialog, decision_pdf: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    job, pdf = decision_pdf
    offered: list[str] = []

    def fake_save(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / "out" / "paatos"), filters  # no suffix typed

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    target = preview.save_pdf()
    assert Path(offered[0]).name == job.filename  # e.g. KL-2024-001.pdf
    assert target == tmp_path / "out" / "paatos.pdf"
    assert target.read_bytes() == pdf
    assert [p.name for p in target.parent.iterdir()] == ["paatos.pdf"]  # no temporary left
    preview.save_pdf()  # the next dialog starts in the same folder
    assert Path(offered[1]).parent == tmp_path / "out"


def test_save_failure_is_reported(
    preview: PrintPreviewDialog, tmp_path: Path, monkeypatch: Any, boxes: Any
) -> None:
    missing = tmp_path / "no-such-folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    assert preview.save_pdf() is None
    assert boxes.shown[-1][:2] == ("error", "Tallennus epäonnistui")
    assert not missing.exists()


def test_print_to_a_pdf_printer_gives_every_page_at_full_size(
    preview: PrintPreviewDialog, decision_pdf: Any, tmp_path: Path, monkeypatch: Any, qtbot: Any
) -> None:
    _job, pdf = decision_pdf
    target = tmp_path / "printed.pdf"
    accept_print_dialog(monkeypatch)
    monkeypatch.setattr(preview, "create_printer", lambda: pdf_printer(target))
    job = preview.print_document()
    assert job is not None
    qtbot.waitUntil(lambda: job.state == "done")
    assert job.printed == preview.page_count()
    printed = PdfReader(str(target))
    assert len(printed.pages) == pdf_pages(pdf)
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    # 100 % scale: the printed page has its ink where the original has it
    original, copy = load_pdf(pdf, preview), load_pdf(target.read_bytes(), preview)
    box_a, box_b = ink_box(original), ink_box(copy)
    assert box_a[2] - box_a[0] > 400  # the text spans the page
    assert all(abs(a - b) <= 2 for a, b in zip(box_a, box_b, strict=True)), (box_a, box_b)


def test_print_a_page_range(
    preview: PrintPreviewDialog, tmp_path: Path, monkeypatch: Any, qtbot: Any
) -> None:
    target = tmp_path / "range.pdf"
    printer = pdf_printer(target)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    job = preview.print_to(printer)
    assert job is not None
    qtbot.waitUntil(lambda: job.state == "done")
    assert job.pages == [1, 2]
    assert len(PdfReader(str(target)).pages) == 2


def test_cancelled_print_dialog_prints_nothing(
    preview: PrintPreviewDialog, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert preview.print_document() is None


def test_landscape_payment_list_prints_landscape(ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    batch = new_batch()
    job = print_jobs.payment_batch_job(batch)
    dialog = PrintPreviewDialog(job.run(), job.title, job.filename)
    qtbot.addWidget(dialog)
    target = tmp_path / "batch.pdf"
    printed = dialog.print_to(pdf_printer(target))
    assert printed is not None
    qtbot.waitUntil(lambda: printed.state == "done")
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_choice_dialog_returns_the_checked_option(qtbot: Any) -> None:
    dialog = ChoiceDialog(
        "Tulosta päätös", "", [Choice("party", "&Asianosaisen"), Choice("public", "&Julkinen")]
    )
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "party"
    dialog.group.button(1).setChecked(True)
    assert dialog.chosen() == "public"


# ---------------------------------------------------------------- handlers from the window


def select_first(window: Any, key: str, predicate: Any = lambda row: True) -> Any:
    tab = window.tab_by_key(key)
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    row = next(r for r in tab.model.rows() if predicate(r))
    assert tab.select_id(row.id)
    return row


def test_handlers_are_registered_for_every_kind(window: Any) -> None:
    assert {"decision", "placement", "association", "payment_batch"} <= set(
        window.ctx.print_handlers
    )


@pytest.mark.parametrize("key", ["associations", "placements", "grants"])
def test_tulosta_is_enabled_when_a_row_is_selected(window: Any, key: str) -> None:
    tab = window.tab_by_key(key)
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    tab.view.clearSelection()
    window.update_actions()
    assert not window.actions_by_key["print"].isEnabled()
    select_first(window, key)
    assert window.actions_by_key["print"].isEnabled()


def test_decision_public_copy_from_the_grants_tab(
    window: Any, qtbot: Any, monkeypatch: Any, previews: list[Any]
) -> None:
    row = select_first(window, "grants", lambda r: r.decision_type.value == "grant")
    asked = choose(monkeypatch, "public")
    window.actions_by_key["print"].trigger()
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert asked == ["Tulosta päätös"]
    dialog = previews[0]
    assert "julkinen versio" in dialog.windowTitle()
    assert dialog.suggested_filename == f"{row.number}-julkinen.pdf"
    assert dialog.page_count() >= 1


def test_cancelled_choice_prints_nothing(
    window: Any, monkeypatch: Any, previews: list[Any]
) -> None:
    select_first(window, "grants")
    choose(monkeypatch, None)
    assert window.print_current() is None
    assert previews == []


def test_blank_follow_up_form_from_the_placements_tab(
    window: Any, qtbot: Any, monkeypatch: Any, previews: list[Any]
) -> None:
    select_first(window, "placements")
    choose(monkeypatch, "blank")
    task = window.print_current()
    assert isinstance(task, PrintTask)
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert previews[0].suggested_filename.endswith("-tyhja.pdf")


def test_visit_pack_from_the_associations_tab(window: Any, qtbot: Any, previews: list[Any]) -> None:
    row = select_first(window, "associations", lambda r: r.active_placements > 1)
    task = window.print_current()
    assert task is not None
    assert len(task.job.steps) == row.active_placements
    qtbot.waitUntil(lambda: len(previews) == 1)
    assert previews[0].page_count() >= row.active_placements  # a form per placement
    assert f"({row.active_placements})" in previews[0].windowTitle()


def test_association_without_running_placements_says_so(
    window: Any, previews: list[Any], boxes: Any
) -> None:
    select_first(window, "associations", lambda r: r.active_placements == 0)
    assert window.print_current() is None
    assert boxes.shown[-1][0] == "info"
    assert "ei ole käynnissä olevia työsuhteita" in boxes.shown[-1][2]
    assert previews == []


def new_batch() -> int:
    from kemidesk.services.payments import create_batch

    approved = [p.id for p in Payment.select().where(Payment.status == "approved")]
    return create_batch(approved, DEMO_TODAY, "marraskuu 2026")


def test_payment_batch_preview_saves_the_csv(
    window: Any, qtbot: Any, previews: list[Any], tmp_path: Path, monkeypatch: Any
) -> None:
    batch = new_batch()
    window.ctx.print_handlers["payment_batch"](batch)
    qtbot.waitUntil(lambda: len(previews) == 1)
    dialog = previews[0]
    assert dialog.suggested_filename == f"ME-{batch}.pdf"
    csv_button = next(
        b for b in dialog.buttons.buttons() if b.text().replace("&", "") == "Tallenna CSV…"
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "erä.csv"), ""))
    csv_button.click()
    text = (tmp_path / "erä.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("järjestö;iban;viite;")


def test_refusal_while_gathering_is_shown(window: Any, boxes: Any) -> None:
    def refuse() -> Any:
        raise NotAllowedError("Päätöksellä ei ole numeroa, joten sitä ei voi tulostaa.")

    assert window.print_handlers.run(refuse) is None
    assert boxes.shown[-1] == (
        "warn",
        "Toimintoa ei voi tehdä",
        "Päätöksellä ei ole numeroa, joten sitä ei voi tulostaa.",
    )


def test_render_failure_is_shown(window: Any, qtbot: Any, boxes: Any) -> None:
    def broken(_results: list[Any]) -> bytes:
        raise RuntimeError("boom")

    job = print_jobs.PrintJob("x", "x.pdf", broken)
    task = window.print_handlers.start(job, "…")
    qtbot.waitUntil(lambda: task.state == "failed")
    assert boxes.shown[-1][:2] == ("error", "Tulostus epäonnistui")


# ---------------------------------------------------------------- long jobs


class SlowJob:
    """Twenty slow steps and a render that waits until the test lets it go."""

    def __init__(self, step_seconds: float = 0.01) -> None:
        self.ran: list[int] = []
        self.threads: list[str] = []
        self.release = threading.Event()
        self.rendered = False
        self.steps = tuple(self._step(i, step_seconds) for i in range(20))

    def _step(self, i: int, seconds: float) -> Any:
        def step() -> int:
            self.threads.append(threading.current_thread().name)
            time.sleep(seconds)
            self.ran.append(i)
            return i

        return step

    def render(self, results: list[int]) -> bytes:
        self.threads.append(threading.current_thread().name)
        self.release.wait(10)
        self.rendered = True
        return b"%PDF-fake"


def cancel_button(task: PrintTask) -> QPushButton:
    button = task.progress.findChild(QPushButton)
    assert button is not None
    return button


def test_cancel_while_gathering_stops_the_steps(window: Any, qtbot: Any) -> None:
    job = SlowJob()
    cancelled: list[bool] = []
    task = PrintTask(job, window, "Kootaan…")
    task.cancelled.connect(lambda: cancelled.append(True))
    task.finished.connect(lambda pdf: pytest.fail("a cancelled job must not finish"))
    original = job.steps[2]

    def third_step_then_cancel() -> int:
        value = original()
        cancel_button(task).click()  # the user presses Peruuta
        return value

    job.steps = (*job.steps[:2], third_step_then_cancel, *job.steps[3:])
    task.start()
    qtbot.waitUntil(lambda: task.state == "cancelled")
    qtbot.wait(50)
    assert job.ran == [0, 1, 2]
    assert cancelled == [True]
    assert not job.rendered


def test_rendering_runs_in_a_worker_and_cancel_discards_it(window: Any, qtbot: Any) -> None:
    job = SlowJob(step_seconds=0)
    finished: list[bytes] = []
    cancelled: list[bool] = []
    task = PrintTask(job, window, "Kootaan…")
    task.finished.connect(finished.append)
    task.cancelled.connect(lambda: cancelled.append(True))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    task.start()
    qtbot.waitUntil(lambda: task.state == "rendering")
    # the render is blocked, and the window still runs its event loop and shows progress
    qtbot.waitUntil(lambda: task.progress.isVisible(), timeout=jobs.PROGRESS_DELAY_MS + 2000)
    assert len(ticks) > 5
    main = threading.main_thread().name
    assert set(job.threads[:-1]) == {main}  # database steps on the GUI thread
    assert job.threads[-1] != main  # ReportLab in a worker
    cancel_button(task).click()
    assert task.state == "cancelled" and cancelled == [True]
    assert not task.progress.isVisible()
    job.release.set()
    qtbot.waitUntil(lambda: not task.worker_running)
    qtbot.wait(20)
    timer.stop()
    assert job.rendered
    assert finished == []  # the late result is thrown away


def test_quick_job_finishes_without_showing_progress(window: Any, qtbot: Any) -> None:
    job = SlowJob(step_seconds=0)
    job.release.set()
    task = PrintTask(job, window, "…")
    with qtbot.waitSignal(task.finished, timeout=5000) as signal:
        task.start()
    assert signal.args == [b"%PDF-fake"]
    assert job.ran == list(range(20))
    assert task.state == "done"


def test_closing_the_preview_finishes_a_short_print_first(
    preview: PrintPreviewDialog, tmp_path: Path, qtbot: Any
) -> None:
    target = tmp_path / "closed.pdf"
    preview.show()
    job = preview.print_to(pdf_printer(target))
    assert job is not None and job.state == "printing"
    preview.reject()  # Esc or Sulje right after Tulosta
    assert job.state == "done"
    assert len(PdfReader(str(target)).pages) == preview.page_count()


def test_long_print_shows_progress_and_can_be_cancelled(
    preview: PrintPreviewDialog, tmp_path: Path, qtbot: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(PrintPreviewDialog, "PROGRESS_AFTER_PAGES", 1)
    preview.show()
    job = preview.print_to(pdf_printer(tmp_path / "cancelled.pdf"))
    assert job is not None and preview.print_progress is not None
    cancel = preview.print_progress.findChild(QPushButton)
    job.page_done.connect(lambda done, total: cancel.click() if done == 1 else None)
    qtbot.waitUntil(lambda: job.state == "cancelled")
    assert job.printed == 1 < preview.page_count()
    assert preview.print_progress is None
    # The PDF engine cannot abort (a real print queue can): no further pages were drawn.
    assert len(PdfReader(str(tmp_path / "cancelled.pdf")).pages) == 1


def test_zoom_follows_the_size_until_the_user_picks_one(
    preview: PrintPreviewDialog, qtbot: Any
) -> None:
    modes = preview.view.ZoomMode
    preview.show()
    preview.resize(1366, 768)  # an A4 page fits the width at 100 %
    qtbot.waitUntil(lambda: preview.view.zoomMode() == modes.Custom)
    assert preview.view.zoomFactor() == 1.0
    preview.resize(600, 700)  # it does not: fit to width
    qtbot.waitUntil(lambda: preview.view.zoomMode() == modes.FitToWidth)
    preview.zoom_buttons.button(int(modes.FitInView.value)).click()
    preview.resize(1366, 768)
    qtbot.wait(20)
    assert preview.view.zoomMode() == modes.FitInView  # the user's choice stays


def test_progress_never_shows_over_the_preview_the_finished_job_opened(
    window: Any, qtbot: Any
) -> None:
    """The finished handler opens the preview with exec(): a nested event loop that holds
    off the progress dialog's deleteLater. Its show timer must not fire into that loop."""
    job = SlowJob(step_seconds=0)
    job.release.set()
    task = PrintTask(job, window, "Muodostetaan tulostetta…")
    progress = task.progress
    seen_visible: list[bool] = []

    def open_preview_modally(_pdf: bytes) -> None:
        loop = QEventLoop()  # stands in for PrintPreviewDialog.exec()
        check = QTimer()
        check.timeout.connect(lambda: seen_visible.append(progress.isVisible()))
        check.start(20)
        QTimer.singleShot(jobs.PROGRESS_DELAY_MS * 3, loop.quit)
        loop.exec()
        check.stop()

    task.finished.connect(open_preview_modally)
    task.start()
    qtbot.waitUntil(lambda: task.state == "done", timeout=5000)
    qtbot.waitUntil(lambda: len(seen_visible) > 5, timeout=5000)
    qtbot.wait(jobs.PROGRESS_DELAY_MS * 3 + 200)
    assert seen_visible
    assert not any(seen_visible)
