"""One window per data folder.

The window holds the folder's lock (kemidesk.db.lock) for its whole life and listens on a
local socket named after the folder; a second start finds the lock held, says which window
holds it, and - if the user wants - asks the first window to come forward.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kemidesk.db.lock import FolderLock

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"kemidesk-{digest}"


class WindowGuard(QObject):
    """The lock plus the listening socket of the window that owns a data folder."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = FolderLock(data_dir, purpose="window")
        self.server: QLocalServer | None = None
        self._on_raise: Callable[[], None] | None = None

    def acquire(self) -> None:
        """Raises LockHeldError (Finnish, naming the holder) when another window has it."""
        self.lock.acquire()

    def listen(self, on_raise: Callable[[], None]) -> bool:
        self._on_raise = on_raise
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a crashed window's socket file; we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("cannot listen for a second start: %s", server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if RAISE_MESSAGE.strip() in data and self._on_raise is not None:
            log.info("a second start asked the window to come forward")
            self._on_raise()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def ask_first_window_to_raise(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """From a second start: tell the window that owns `data_dir` to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


def bring_forward(window: object) -> None:
    """Show the window (also when minimised) and ask the window system to activate it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
