"""A PDF held in memory, on paper: page by page at 100 % scale.

Printing draws each PDF page as an image at the page's own size (A4 stays A4, no "fit to
page"), one page per event-loop turn: the window keeps painting between pages, and a long
document can show progress and be cancelled (`PagePrinter`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300  # pages are drawn as images; 300 dpi is sharp on paper and ~35 MB a page
POINTS_PER_INCH = 72.0


def load_pdf(pdf: bytes, parent: QObject) -> QPdfDocument:
    """A QPdfDocument reading from an in-memory buffer (kept alive as the document's child)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def render_page(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """One page as an image at `dpi`, on white (QtPdf leaves the background transparent)."""
    points = document.pagePointSize(page)
    size = QSize(
        round(points.width() * dpi / POINTS_PER_INCH),
        round(points.height() * dpi / POINTS_PER_INCH),
    )
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return image


class PagePrinter(QObject):
    """Draws pages of a QPdfDocument onto a QPrinter at 100 % scale, one page per event-loop
    turn. `finished(printed_pages)` or `cancelled()` follows `start()`."""

    page_done = Signal(int, int)  # pages printed, pages in all
    finished = Signal(int)
    cancelled = Signal()

    def __init__(self, document: QPdfDocument, printer: QPrinter, pages: list[int]) -> None:
        super().__init__()
        self.document = document
        self.printer = printer
        self.pages = pages
        self.printed = 0
        self.painter: QPainter | None = None
        self.state = "idle"

    def start(self) -> None:
        if not self.pages:
            self.state = "done"
            self.finished.emit(0)
            return
        self.printer.setFullPage(True)  # (0, 0) is the corner of the paper: 100 % scale
        self._set_orientation(self.pages[0])
        self.painter = QPainter()
        if not self.painter.begin(self.printer):
            self.state = "failed"
            raise OSError("QPainter.begin failed on the printer")
        self.state = "printing"
        QTimer.singleShot(0, self._next_page)

    def run(self) -> int:
        """Print everything now (no event loop turns); returns the pages printed."""
        self.start()
        return self.finish_now()

    def finish_now(self) -> int:
        """Print the pages still left at once (before the document goes away)."""
        while self.state == "printing":
            self._print_one()
        return self.printed

    def cancel(self) -> None:
        if self.state != "printing":
            return
        self.state = "cancelled"
        self.printer.abort()
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.cancelled.emit()

    def _set_orientation(self, page: int) -> None:
        size = self.document.pagePointSize(page)
        orientation = (
            QPageLayout.Orientation.Landscape
            if size.width() > size.height()
            else QPageLayout.Orientation.Portrait
        )
        self.printer.setPageOrientation(orientation)

    def _next_page(self) -> None:
        if self.state == "printing":
            self._print_one()
        if self.state == "printing":
            QTimer.singleShot(0, self._next_page)

    def _print_one(self) -> None:
        assert self.painter is not None
        page = self.pages[self.printed]
        if self.printed:
            self._set_orientation(page)
            self.printer.newPage()
        resolution = float(self.printer.resolution())
        image = render_page(self.document, page, min(resolution, MAX_PRINT_DPI))
        points = self.document.pagePointSize(page)
        scale = resolution / POINTS_PER_INCH
        target = QRectF(QPointF(0, 0), QSizeF(points.width() * scale, points.height() * scale))
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.painter.drawImage(target, image)
        self.printed += 1
        self.page_done.emit(self.printed, len(self.pages))
        if self.printed == len(self.pages):
            self.painter.end()
            self.state = "done"
            self.finished.emit(self.printed)


def pages_to_print(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """Zero-based page numbers as chosen in the print dialog (all, a range, the current)."""
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [current_page]
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))
