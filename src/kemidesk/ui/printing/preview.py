"""Print preview: the PDF in a QPdfView (all pages, zoom, "sivu X / Y"), with Tulosta…
(the system print dialog, A4, 100 % scale, page by page), Tallenna PDF… and Sulje (Esc)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QMarginsF,
    QPointF,
    Qt,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kemidesk.ui import messages
from kemidesk.ui.printing.files import ask_save_path, save_bytes
from kemidesk.ui.printing.output import PagePrinter, load_pdf, pages_to_print
from kemidesk.ui.settings import UiSettings

log = logging.getLogger(__name__)


class PrintPreviewDialog(QDialog):
    """The PDF shown page under page; Tulosta…, Tallenna PDF…, Sulje (Esc)."""

    help_page = "avustuspolku.html#tulostus"  # F1: its page in the user guide

    PROGRESS_AFTER_PAGES = 4  # longer documents print with a progress dialog

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        suggested_filename: str,
        parent: QWidget | None = None,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.suggested_filename = suggested_filename
        self.settings = settings
        self.saved_to: Path | None = None
        self.page_printer: PagePrinter | None = None
        self.print_progress: QProgressDialog | None = None
        self.setObjectName("print_preview")
        self.setWindowTitle(self.tr("Esikatselu – %1").replace("%1", title))
        self.setSizeGripEnabled(True)
        self.document = load_pdf(pdf_bytes, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self._build_layout(title)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self._update_page_label()
        self._zoom_chosen = False
        self._fit_to_screen()

    # ------------------------------------------------------------ layout

    def _build_layout(self, title: str) -> None:
        bar = QHBoxLayout()
        heading = QLabel(title, self)
        heading.setObjectName("preview_title")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        bar.addWidget(heading)
        bar.addStretch(1)
        self.zoom_buttons = QButtonGroup(self)
        for text, mode, tip in (
            (self.tr("Sovita &leveyteen"), QPdfView.ZoomMode.FitToWidth, self.tr("Sivun leveys")),
            (self.tr("&Koko sivu"), QPdfView.ZoomMode.FitInView, self.tr("Koko sivu näkyviin")),
            ("100 %", QPdfView.ZoomMode.Custom, self.tr("Todellinen koko")),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_zoom(m))
            self.zoom_buttons.addButton(button, int(mode.value))
            bar.addWidget(button)
        bar.addSpacing(18)
        self.previous_button = self._nav_button("◀", self.tr("Edellinen sivu (PgUp)"), -1)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page_label")
        self.next_button = self._nav_button("▶", self.tr("Seuraava sivu (PgDown)"), 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)

        self.buttons = QDialogButtonBox(self)
        self.print_button = self.buttons.addButton(
            self.tr("&Tulosta…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("print_button")
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self.tr("Tulosta tulostimelle (Ctrl+P)"))
        self.save_button = self.buttons.addButton(
            self.tr("Tallenna &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("save_button")
        self.close_button = self.buttons.addButton(
            self.tr("&Sulje"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setObjectName("close_button")
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.view.setFocus()

    def _nav_button(self, text: str, tip: str, step: int) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.setFixedWidth(button.fontMetrics().horizontalAdvance("MM") + 16)
        button.clicked.connect(lambda: self.go_to_page(self.current_page() + step))
        return button

    def add_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """An extra action beside Tulosta and Tallenna PDF (e.g. the CSV of a payment batch)."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # ------------------------------------------------------------ pages and zoom

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        page = max(0, min(self.page_count() - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget() or self).screen()
        available = screen.availableGeometry()
        self.resize(min(1000, available.width() - 60), max(400, available.height() - 60))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._zoom_chosen:
            self._apply_default_zoom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._zoom_chosen and self.isVisible():
            self._apply_default_zoom()

    def _apply_default_zoom(self) -> None:
        """Until the user picks a zoom, the zoom follows the dialog's size."""
        self.set_zoom(self.default_zoom_mode(), chosen=False)

    def default_zoom_mode(self) -> QPdfView.ZoomMode:
        """100 % when the first page fits the view's width at that size, else fit to width."""
        if self.page_count() == 0:
            return QPdfView.ZoomMode.FitToWidth
        page_width = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        needed = page_width + margins.left() + margins.right()
        fits = needed <= self.view.viewport().width()
        return QPdfView.ZoomMode.Custom if fits else QPdfView.ZoomMode.FitToWidth

    def set_zoom(self, mode: QPdfView.ZoomMode, chosen: bool = True) -> None:
        self._zoom_chosen = self._zoom_chosen or chosen
        self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)
        button = self.zoom_buttons.button(int(mode.value))
        if button is not None:
            button.setChecked(True)

    def _update_page_label(self, *_args: object) -> None:
        count = self.page_count()
        current = self.current_page() + 1 if count else 0
        self.page_label.setText(
            self.tr("sivu %1 / %2").replace("%1", str(current)).replace("%2", str(count))
        )
        self.previous_button.setEnabled(current > 1)
        self.next_button.setEnabled(current < count)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # PgUp / PgDown anywhere in the dialog
        if event.key() == Qt.Key.Key_PageDown:
            self.go_to_page(self.current_page() + 1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.go_to_page(self.current_page() - 1)
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------ printing

    def create_printer(self) -> QPrinter:
        """A4 at the printer's high resolution (tests replace this with a PDF printer)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setDocName(self.suggested_filename)
        return printer

    def print_document(self) -> PagePrinter | None:
        """Tulosta…: the system print dialog, then the pages one by one."""
        if self.page_printer is not None and self.page_printer.state == "printing":
            return None
        printer = self.create_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Tulosta"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.print_to(printer)

    def done(self, result: int) -> None:
        """Closing while a short print is still going: finish it first (the pages are drawn
        from this dialog's document). A long print holds a modal progress dialog instead."""
        if self.page_printer is not None and self.page_printer.state == "printing":
            self.page_printer.finish_now()
        super().done(result)

    def print_to(self, printer: QPrinter) -> PagePrinter | None:
        pages = pages_to_print(printer, self.page_count(), self.current_page())
        job = PagePrinter(self.document, printer, pages)
        self.page_printer = job
        progress: QProgressDialog | None = None
        if len(pages) > self.PROGRESS_AFTER_PAGES:
            progress = QProgressDialog(
                self.tr("Tulostetaan…"), self.tr("Peruuta"), 0, len(pages), self
            )
            progress.setWindowTitle(self.tr("Tulostus"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.canceled.connect(job.cancel)
            self.print_progress = progress

            def show_page(done: int, total: int) -> None:
                progress.setValue(done)
                text = self.tr("Tulostetaan sivua %1 / %2…")
                progress.setLabelText(
                    text.replace("%1", str(min(done + 1, total))).replace("%2", str(total))
                )

            job.page_done.connect(show_page)

            def close_progress(*_args: object) -> None:
                progress.canceled.disconnect(job.cancel)
                progress.reset()  # stops the show timer that hide() leaves running
                progress.hide()
                progress.deleteLater()
                self.print_progress = None

            job.finished.connect(close_progress)
            job.cancelled.connect(close_progress)
        try:
            job.start()
        except OSError:
            log.warning("printer could not be opened")
            if progress is not None:
                progress.reset()
                progress.hide()
            messages.error(
                self,
                self.tr("Tulostus epäonnistui"),
                self.tr(
                    "Tulostinta ei voitu avata. Tarkista tulostimen valinta ja yritä uudelleen."
                ),
            )
            if progress is not None:
                progress.deleteLater()
            return None
        return job

    # ------------------------------------------------------------ saving

    def save_pdf(self) -> Path | None:
        """Tallenna PDF…: the same bytes as shown, written atomically."""
        target = ask_save_path(
            self,
            self.settings,
            self.tr("Tallenna PDF"),
            self.suggested_filename,
            self.tr("PDF-tiedostot (*.pdf)"),
        )
        if target is None or not save_bytes(self, self.settings, target, self.pdf_bytes):
            return None
        self.saved_to = target
        return target
