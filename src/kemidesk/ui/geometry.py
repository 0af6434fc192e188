"""Window and dialog sizes that fit the screen they open on.

The smallest screen in the office is a 1366×768 laptop: with the Windows taskbar the
available area is about 1366×728, and the title bar and frame take some 40 px more. The main
window opens sized to the available area of its screen (never larger) and remembers its
geometry per screen size, so a laptop that is sometimes docked to a big monitor keeps one
size for each. Every dialog is shrunk to the available area when it is first shown (an
application-wide event filter), whatever size its constructor asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# Room for the title bar and the window frame, which are not part of a widget's size.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40
MAIN_WINDOW_SIZE = QSize(1280, 800)  # the wish; the screen may allow less
FITTED = "kemidesk_fitted"


def fit_size(wanted: QSize, available: QRect, minimum: QSize | None = None) -> QSize:
    """`wanted`, made small enough that it and its frame fit `available`; never smaller than
    `minimum` (the layout's minimum) unless the screen itself is smaller."""
    width = min(wanted.width(), available.width() - FRAME_WIDTH)
    height = min(wanted.height(), available.height() - FRAME_HEIGHT)
    if minimum is not None:
        width = max(width, min(minimum.width(), available.width() - FRAME_WIDTH))
        height = max(height, min(minimum.height(), available.height() - FRAME_HEIGHT))
    return QSize(width, height)


def centred(size: QSize, available: QRect) -> QRect:
    """A rectangle of `size` (plus its frame) in the middle of `available`."""
    x = available.x() + max(0, (available.width() - size.width() - FRAME_WIDTH) // 2)
    y = available.y() + max(0, (available.height() - size.height() - FRAME_HEIGHT) // 2)
    return QRect(x + FRAME_WIDTH // 2, y + FRAME_HEIGHT - FRAME_WIDTH // 2, *size.toTuple())


def screen_of(widget: QWidget) -> QScreen:
    parent = widget.parentWidget()
    screen = (parent.window() if parent is not None else widget).screen()
    return screen or QGuiApplication.primaryScreen()


def screen_key(screen: QScreen) -> str:
    """The settings key part of a screen: its size, e.g. "1366x768"."""
    size = screen.size()
    return f"{size.width()}x{size.height()}"


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a window so it and its frame fit the available area of its screen."""
    available = screen_of(widget).availableGeometry()
    size = fit_size(widget.size(), available, widget.minimumSizeHint())
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry()
    if not available.contains(frame) and widget.isWindow():
        x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
        y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
        widget.move(max(x, available.x()), max(y, available.y()))


class DialogFitter(QObject):
    """Fits every dialog to its screen the first time it is shown (once `listen` has put
    it in front of every event of the program)."""

    def listen(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # again: still once (Qt moves it to the front)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the program passes here: the cheap test first (`event.type()`
        # makes a Python enum, ~5 µs; a tab's creation sends ~800 events).
        if (
            isinstance(watched, QDialog)
            and event.type() == QEvent.Type.Show
            and watched.isWindow()
            and not watched.property(FITTED)
        ):
            watched.setProperty(FITTED, True)
            fit_to_screen(watched)
        return False


def install_dialog_fitter(owner: QObject, listen: bool = True) -> DialogFitter:
    """Installed for the lifetime of `owner` (the main window); with `listen` False it
    fits dialogs from its `listen()` on."""
    fitter = DialogFitter(owner)
    if listen:
        fitter.listen()
    return fitter
