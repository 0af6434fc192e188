"""Tiedosto → Varmuuskopioi… and Palauta varmuuskopiosta…, and the backup when the window
closes (installed by MainWindow).

Restore in the window: the file is checked like on the command line (ours, undamaged, not
newer), the user confirms, the current database is backed up, the database is closed,
replaced and opened again, and every list is read anew. The window holds the data folder's
lock, so no command-line restore runs under it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kemidesk.db.errors import DatabaseFileError
from kemidesk.ui import messages

if TYPE_CHECKING:
    from types import ModuleType

    from kemidesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

BACKUP_TEXT = QT_TRANSLATE_NOOP("Actions", "&Varmuuskopioi…")
RESTORE_TEXT = QT_TRANSLATE_NOOP("Actions", "&Palauta varmuuskopiosta…")


def choose_save_file(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The save dialog (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate(
            "BackupActions", "SQLite-tietokanta (*.sqlite3);;Kaikki tiedostot (*)"
        ),
    )
    return Path(name) if name else None


def choose_open_file(parent: QWidget, title: str, folder: Path) -> Path | None:
    """The open dialog (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        str(folder),
        QCoreApplication.translate(
            "BackupActions", "SQLite-tietokanta (*.sqlite3);;Kaikki tiedostot (*)"
        ),
    )
    return Path(name) if name else None


def _backups() -> ModuleType:
    """The use cases, imported on first use (the window paints before the database layer
    loads)."""
    from kemidesk.services import backups

    return backups


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class BackupActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        translate = QCoreApplication.translate
        self.backup = QAction(translate("Actions", str(BACKUP_TEXT)), window)
        self.backup.setObjectName("action_backup")
        self.backup.setStatusTip(
            translate("Actions", "Tallenna kopio tietokannasta, esim. muistitikulle")
        )
        self.backup.triggered.connect(lambda: self.backup_now())
        self.restore = QAction(translate("Actions", str(RESTORE_TEXT)), window)
        self.restore.setObjectName("action_restore")
        self.restore.setStatusTip(
            translate("Actions", "Korvaa tietokanta varmuuskopiolla (nykyinen tallennetaan ensin)")
        )
        self.restore.triggered.connect(lambda: self.restore_from_file())
        self._local_tips = (self.backup.statusTip(), self.restore.statusTip())
        self.match_database()
        menu = window.menus["file"]
        quit_action = window.actions_by_key["quit"]
        menu.insertAction(quit_action, self.backup)
        menu.insertAction(quit_action, self.restore)
        menu.insertSeparator(quit_action)

    @property
    def paths(self):  # type: ignore[no-untyped-def]
        return self.window.ctx.paths

    def match_database(self) -> None:
        """Off on the office server (its backups are pg_dump's, README, Backups); on for
        the local file. Called again when the window switches its database."""
        server = self.paths.on_server
        server_tip = QCoreApplication.translate(
            "Actions",
            "Palvelimen tietokanta varmuuskopioidaan palvelimella (pg_dump); "
            "komentorivillä: kemidesk backup --database …",
        )
        for action, tip in zip((self.backup, self.restore), self._local_tips, strict=True):
            action.setEnabled(not server)
            action.setStatusTip(server_tip if server else tip)

    def backup_now(self) -> Path | None:
        from kemidesk.db.backup import backup_file_name

        suggested = self.paths.backup_dir / backup_file_name("varmuuskopio")
        target = choose_save_file(
            self.window,
            QCoreApplication.translate("BackupActions", "Varmuuskopioi tietokanta"),
            suggested,
        )
        if target is None:
            return None
        if target.resolve() == self.paths.database.resolve():
            messages.error(
                self.window,
                QCoreApplication.translate("BackupActions", "Varmuuskopiointi ei onnistu"),
                QCoreApplication.translate(
                    "BackupActions", "Varmuuskopio ei voi korvata käytössä olevaa tietokantaa."
                ),
            )
            return None
        try:
            with wait_cursor():
                written: Path = _backups().backup_to(self.paths.database, target)
        except (OSError, sqlite3.Error) as exc:
            log.error("backup failed: %s", type(exc).__name__)
            messages.error(
                self.window,
                QCoreApplication.translate("BackupActions", "Varmuuskopiointi ei onnistu"),
                QCoreApplication.translate(
                    "BackupActions", "Tiedostoa %1 ei voi kirjoittaa."
                ).replace("%1", str(target)),
                str(exc),
            )
            return None
        messages.info(
            self.window,
            QCoreApplication.translate("BackupActions", "Varmuuskopio tallennettu"),
            QCoreApplication.translate("BackupActions", "Varmuuskopio tallennettu: %1").replace(
                "%1", str(written)
            ),
        )
        return written

    def restore_from_file(self) -> bool:
        source = choose_open_file(
            self.window,
            QCoreApplication.translate("BackupActions", "Palauta varmuuskopiosta"),
            self.paths.backup_dir,
        )
        if source is None:
            return False
        title = QCoreApplication.translate("BackupActions", "Palautus ei onnistu")
        try:
            _backups().check_candidate(source)
        except DatabaseFileError as exc:
            messages.error(self.window, title, str(exc))
            return False
        question = QCoreApplication.translate(
            "BackupActions",
            "Nykyinen tietokanta korvataan tiedostolla %1.\n\n"
            "Nykyisestä tietokannasta tallennetaan ensin varmuuskopio. Jatketaanko?",
        ).replace("%1", str(source))
        if not messages.ask(
            self.window,
            QCoreApplication.translate("BackupActions", "Palauta varmuuskopio"),
            question,
        ):
            return False
        self.window.ctx.opener.close_all()
        self._wait_for_workers()
        try:
            with wait_cursor():
                result = _backups().restore_from(source, self.paths.database, self.paths.backup_dir)
        except (DatabaseFileError, OSError, sqlite3.Error) as exc:
            log.error("restore failed: %s", type(exc).__name__)
            messages.error(self.window, title, str(exc))
            self._reload()
            return False
        self._reload()
        text = QCoreApplication.translate(
            "BackupActions", "Tietokanta palautettu tiedostosta %1."
        ).replace("%1", str(source))
        if result.saved_current is not None:
            text += "\n\n" + QCoreApplication.translate(
                "BackupActions", "Aiempi tietokanta tallennettiin: %1"
            ).replace("%1", str(result.saved_current))
        messages.info(self.window, QCoreApplication.translate("BackupActions", "Palautettu"), text)
        return True

    def _wait_for_workers(self) -> None:
        """A tab's worker thread (the overview) has a connection of its own while it runs;
        the restore needs every connection closed."""
        for tab in self.window.all_tabs():
            pool = getattr(tab, "pool", None)
            if pool is not None:
                pool.waitForDone(30_000)

    def _reload(self) -> None:
        for tab in self.window.all_tabs():
            if getattr(tab, "loaded", False):
                tab.stale = True  # type: ignore[attr-defined]
        self.window.refresh()

    def on_close(self) -> Path | None:
        """The automatic backup (at most one a day; 7 daily and 4 weekly kept) of the local
        file; none for the office server (its backups are the server's `pg_dump`)."""
        if self.paths.on_server:
            return None
        try:
            made: Path | None = _backups().auto_backup(self.paths.database, self.paths.backup_dir)
        except (OSError, sqlite3.Error, DatabaseFileError) as exc:
            log.error("automatic backup failed: %s", type(exc).__name__)
            return None
        return made


def install_backup_actions(window: MainWindow) -> BackupActions:
    return BackupActions(window)
