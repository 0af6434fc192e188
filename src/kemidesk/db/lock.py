"""One window per data folder: an operating-system lock on `locks/kemidesk.lock`.

The window holds the lock while it runs; `restore` takes it for the time it replaces the
file, so a restore never runs under an open window and no window opens mid-restore. The
lock is the operating system's (fcntl.flock on Linux/macOS, msvcrt.locking on Windows), so
it disappears with the process even after a crash; who holds it is written beside it
(`kemidesk.lock.json`: pid, user, computer, start time) for the messages.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from kemidesk.db.errors import DatabaseFileError

LOCK_NAME = "kemidesk.lock"
PURPOSES = {"window": "ikkuna", "restore": "palautus"}


@dataclass(frozen=True)
class Holder:
    pid: int
    user: str
    host: str
    started: str  # ISO timestamp
    purpose: str  # "window" or "restore"

    def describe(self) -> str:
        """Finnish, e.g. "kemidesk-ikkuna (prosessi 1234, käyttäjä anna, kone KEMI-123,
        avattu 2.12.2026 klo 8.05)"."""
        try:
            at = datetime.fromisoformat(self.started)
            when = f"{at.day}.{at.month}.{at.year} klo {at.hour}.{at.minute:02d}"
        except ValueError:
            when = self.started
        what = PURPOSES.get(self.purpose, self.purpose)
        return (
            f"kemidesk-{what} (prosessi {self.pid}, käyttäjä {self.user}, kone {self.host}, "
            f"avattu {when})"
        )


class LockHeldError(DatabaseFileError):
    """Another process holds the data folder's lock."""

    def __init__(self, message: str, holder: Holder | None) -> None:
        super().__init__(message)
        self.holder = holder


def lock_dir(data_dir: Path) -> Path:
    return data_dir / "locks"


def read_holder(data_dir: Path) -> Holder | None:
    try:
        raw = json.loads((lock_dir(data_dir) / f"{LOCK_NAME}.json").read_text(encoding="utf-8"))
        return Holder(**raw)
    except (OSError, ValueError, TypeError):
        return None


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class FolderLock:
    """The data folder's exclusive lock. `acquire()` raises LockHeldError naming the holder."""

    def __init__(self, data_dir: Path, purpose: str = "window") -> None:
        self.data_dir = data_dir
        self.purpose = purpose
        self._handle: IO[bytes] | None = None

    @property
    def path(self) -> Path:
        return lock_dir(self.data_dir) / LOCK_NAME

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+b")
        if not _try_lock(handle):
            handle.close()
            holder = read_holder(self.data_dir)
            who = holder.describe() if holder else "toinen kemidesk"
            raise LockHeldError(f"Tietokansio {self.data_dir} on jo käytössä: {who}.", holder)
        self._handle = handle
        holder = Holder(
            pid=os.getpid(),
            user=_user(),
            host=socket.gethostname(),
            started=datetime.now().isoformat(timespec="seconds"),
            purpose=self.purpose,
        )
        info = self.path.with_name(f"{LOCK_NAME}.json")
        temp = info.with_suffix(".tmp")
        with contextlib.suppress(OSError):
            temp.write_text(json.dumps(asdict(holder)), encoding="utf-8")
            os.replace(temp, info)

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        holder = read_holder(self.data_dir)
        if holder is not None and holder.pid == os.getpid():
            with contextlib.suppress(OSError):
                self.path.with_name(f"{LOCK_NAME}.json").unlink()
        _unlock(handle)
        handle.close()

    def __enter__(self) -> FolderLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
