"""Errors in the window: their text in the user's language, and unexpected errors.

`error_text(exc)` is the one way to show a `DomainError` (and `message_text(m)` a finding or
a `Message`): the template of the error's code in `kemidesk.domain.messages` is translated
through Qt (context "DomainMessages", from kemidesk_en.qm when English is chosen) and the
parameters are formatted by `domain.messages.format_param`. `check_text` runs a validator for
live validation and gives its translated message.

Unexpected errors: a friendly dialog, a log entry without personal data, and the program
keeps running. The log gets the exception type and the stack (file, line, function) but not
the exception message or any local values: a message may quote what the user typed (a name,
a HETU).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from kemidesk.domain.errors import DomainError, FieldErrors, ValidationError
from kemidesk.domain.messages import CONTEXT, render_message
from kemidesk.ui import messages

log = logging.getLogger("kemidesk.ui.errors")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class Coded(Protocol):
    """A `Message`, a `Finding` or anything else with a message code and its parameters."""

    @property
    def code(self) -> str: ...

    @property
    def params(self) -> Mapping[str, Any]: ...


def translate_template(template: str) -> str:
    """A template of `kemidesk.domain.messages` in the user's language; an enum label used
    as a parameter is found in the labels' own context (ui/labels.py)."""
    translated = QCoreApplication.translate(CONTEXT, template)
    if translated == template:
        translated = QCoreApplication.translate("Enums", template)
    return translated


def message_text(message: Coded) -> str:
    """The text of a finding or a `Message` in the user's language."""
    return render_message(message.code, message.params, translate_template)


def error_text(exc: BaseException) -> str:
    """The text of an error for the user: a DomainError translated, anything else as is."""
    if isinstance(exc, DomainError):
        return render_message(exc.code, exc.params, translate_template)
    return str(exc)


def field_texts(exc: FieldErrors) -> dict[str, str]:
    """Field name → translated message, for showing the errors next to their fields."""
    return {name: message_text(message) for name, message in exc.messages.items()}


def check_text(validator: Callable[[str], object], text: str) -> str | None:
    """The translated message when `validator` rejects `text`, else None (live validation)."""
    try:
        validator(text)
    except ValidationError as exc:
        return error_text(exc)
    return None


def _connection_lost(exc: BaseException) -> bool:
    from kemidesk.db.connection import is_connection_lost

    return is_connection_lost(exc)


def _permission_denied(exc: BaseException) -> bool:
    from kemidesk.db.roles import is_permission_denied

    return is_permission_denied(exc)


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
            self._show(messages.not_allowed_title(), error_text(exc), "")
            return
        if _permission_denied(exc):  # a read the user's server role does not allow
            from kemidesk.services.permissions import denied_by_server

            log.warning("refused by the server: %s", safe_description(exc_type, tb))
            self._show(messages.not_allowed_title(), error_text(denied_by_server()), "")
            return
        if _connection_lost(exc):
            log.warning("database server connection lost: %s", safe_description(exc_type, tb))
            self._show(
                QCoreApplication.translate("Errors", "Yhteys palvelimeen katkesi"),
                QCoreApplication.translate(
                    "Errors",
                    "Yhteys tietokantapalvelimeen katkesi. Mitään ei tallennettu puolittain: "
                    "keskeneräinen tallennus peruttiin kokonaan. Lomake pysyy auki arvoineen; "
                    "tallenna uudelleen, kun yhteys toimii.",
                ),
                "",
            )
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
