"""Unexpected errors: a friendly Finnish dialog, a log entry without personal data, and the
program keeps running.

The log gets the exception type and the stack (file, line, function) but not the exception
message or any local values: a message may quote what the user typed (a name, a HETU).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from kemidesk.domain.errors import DomainError
from kemidesk.ui import messages

log = logging.getLogger("kemidesk.ui.errors")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def safe_description(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack frames only (no message, no locals)."""
    frames = traceback.extract_tb(tb)
    stack = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{exc_type.__module__}.{exc_type.__qualname__} at {stack or '?'}"


class ErrorHandler:
    """Installed as sys.excepthook by run_app (restored on exit)."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self.previous is not None:
            sys.excepthook = self.previous

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            if self.previous is not None:
                self.previous(exc_type, exc, tb)
            return
        if isinstance(exc, DomainError):  # a refusal with a message meant for the user
            log.warning("unhandled refusal: %s", safe_description(exc_type, tb))
            self._show(messages.not_allowed_title(), getattr(exc, "message", ""), "")
            return
        log.error("unexpected error: %s", safe_description(exc_type, tb))
        title = QCoreApplication.translate("Errors", "Odottamaton virhe")
        text = QCoreApplication.translate(
            "Errors",
            "Ohjelmassa tapahtui odottamaton virhe. Keskeneräinen toiminto jäi "
            "tekemättä, mutta ohjelma jatkaa toimintaansa ja tallennetut tiedot ovat "
            "tallessa.",
        )
        details = QCoreApplication.translate(
            "Errors",
            "Virhe on kirjattu lokitiedostoon %1. Jos virhe toistuu, lähetä lokitiedosto tukeen.",
        ).replace("%1", str(self.log_file))
        self._show(title, text, details)

    def _show(self, title: str, text: str, details: str) -> None:
        if self._showing:  # an error while the dialog is open: logged only
            return
        self._showing = True
        try:
            messages.error(None, title, text, details)
        except Exception:  # the dialog itself failed; the log has the error
            log.exception("error dialog failed")
        finally:
            self._showing = False
