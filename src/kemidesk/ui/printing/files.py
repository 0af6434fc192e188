"""Saving a PDF or CSV the user asked for: the save dialog, an atomic write, the last folder."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kemidesk.ui import messages
from kemidesk.ui.settings import UiSettings

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "printing/last_folder"


def write_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then replace: a failed or cancelled
    write never leaves half a file under the chosen name."""
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def start_folder(settings: UiSettings | None) -> Path:
    """The folder saved to last time, else the user's Documents folder."""
    if settings is not None:
        stored = settings.qsettings.value(LAST_FOLDER_KEY)
        if stored and Path(str(stored)).is_dir():
            return Path(str(stored))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def ask_save_path(
    parent: QWidget | None,
    settings: UiSettings | None,
    title: str,
    filename: str,
    file_filter: str,
) -> Path | None:
    """The file chosen in the save dialog (with the suffix of `filename`), or None."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(settings) / filename), file_filter
    )
    if not path:
        return None
    target = Path(path)
    suffix = Path(filename).suffix
    if suffix and target.suffix.lower() != suffix.lower():
        target = target.with_name(target.name + suffix)
    return target


def save_bytes(
    parent: QWidget | None, settings: UiSettings | None, target: Path, data: bytes
) -> bool:
    """Write atomically; a failure is shown in a dialog. Remembers the folder."""
    try:
        write_atomically(target, data)
    except OSError as exc:
        log.warning("saving failed: %s", type(exc).__name__)
        messages.error(
            parent,
            QCoreApplication.translate("Printing", "Tallennus epäonnistui"),
            QCoreApplication.translate("Printing", "Tiedostoa %1 ei voitu tallentaa.").replace(
                "%1", str(target)
            ),
            exc.strerror or "",
        )
        return False
    if settings is not None:
        settings.qsettings.setValue(LAST_FOLDER_KEY, str(target.parent))
    return True
