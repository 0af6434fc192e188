"""Start of the window: the Qt application, translations, error handling, database, window.

`kemidesk.cli` calls `run_app(paths)` after the folders and logging are set up.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kemidesk import __version__
from kemidesk.db.lock import LockHeldError
from kemidesk.paths import AppPaths, resource_path
from kemidesk.ui.compat import keep_singletons_alive
from kemidesk.ui.context import UiContext
from kemidesk.ui.errors import ErrorHandler
from kemidesk.ui.i18n import install_translators
from kemidesk.ui.settings import UiSettings
from kemidesk.ui.single_instance import WindowGuard, ask_first_window_to_raise, bring_forward

log = logging.getLogger(__name__)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    keep_singletons_alive()  # before any Qt call; see kemidesk.ui.compat
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("kemidesk")
    app.setOrganizationName("Kemi")
    app.setApplicationVersion(__version__)
    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "kemidesk.png"))))
    except FileNotFoundError:
        log.warning("application icon not found")
    return app


def open_database(paths: AppPaths) -> str | None:
    """Open and migrate the database; returns a Finnish error message instead of raising."""
    from kemidesk.db.errors import DatabaseFileError
    from kemidesk.db.setup import prepare_for

    try:
        prepare_for(paths)
    except DatabaseFileError as exc:
        log.error("database not usable: %s", type(exc).__name__)
        return str(exc)
    return None


def run_app(paths: AppPaths, argv: Sequence[str] | None = None) -> int:
    """Run the window until it is closed; 2 when the database cannot be used.

    The window appears first; the database is opened right after its first paint (the
    window's start-up check), and a file that cannot be used is reported in a dialog.
    """
    app = create_application(argv)
    settings = UiSettings(paths.settings_file)
    from kemidesk.ui.connection import paths_with_saved_connection

    saved_connection = paths.database_url is None and bool(settings.database_url)
    paths = paths_with_saved_connection(paths, settings)
    install_translators(app, settings.language)
    guard = WindowGuard(paths.data_dir)
    try:
        guard.acquire()
    except LockHeldError as exc:
        return _already_open(paths, exc)
    handler = ErrorHandler(paths.log_file)
    handler.install()
    restart = False
    try:
        from kemidesk.ui.main_window import MainWindow

        window = MainWindow(UiContext(paths, settings), startup_check=lambda: open_database(paths))
        if saved_connection:  # a saved office connection that fails offers the dialog
            from kemidesk.ui.dialogs.connection_dialog import recover_at_start

            window.startup_recovery = lambda problem: recover_at_start(window, problem)
        guard.listen(lambda: bring_forward(window))
        window.show()
        code = int(app.exec())
        restart = window.restart_requested
        log.info("window closed (%d)", code)
        app.processEvents()  # the closed window off the screen before the day's backup
        window.finish_after_close()
        return code
    finally:
        handler.uninstall()
        _close_database()
        guard.release()
        if restart:  # after the folder lock is released, or the new window would find it
            relaunch()


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments that start this program again (frozen or from Python)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "kemidesk", *sys.argv[1:]]


def relaunch() -> bool:
    """Start the program again (the language was changed)."""
    from PySide6.QtCore import QProcess

    program, arguments = relaunch_command()
    result = QProcess.startDetached(program, arguments)
    started = bool(result[0] if isinstance(result, tuple) else result)
    log.info("restart %s", "started" if started else "failed")
    return started


ALREADY_OPEN_EXIT = 1


def _already_open(paths: AppPaths, exc: LockHeldError) -> int:
    """A second start on the same data folder: say who has it; offer to bring it forward."""
    from kemidesk.ui import messages

    log.info("data folder already in use by another window")
    if exc.holder is not None and exc.holder.purpose == "restore":
        messages.warn(
            None,
            QCoreApplication.translate("App", "Tietokantaa palautetaan"),
            QCoreApplication.translate(
                "App",
                "Tietokantaa palautetaan (%1). Avaa kemidesk, kun palautus on valmis.",
            ).replace("%1", exc.holder.describe()),
        )
        return ALREADY_OPEN_EXIT
    text = QCoreApplication.translate(
        "App", "Tietokanta on jo auki toisessa kemidesk-ikkunassa.\n\n%1\n\nTuodaanko se esiin?"
    ).replace("%1", str(exc))
    title = QCoreApplication.translate("App", "kemidesk on jo auki")
    if messages.ask(None, title, text, default_yes=True) and not ask_first_window_to_raise(
        paths.data_dir
    ):
        messages.info(
            None,
            title,
            QCoreApplication.translate(
                "App", "Avointa ikkunaa ei tavoitettu. Se voi olla toisen käyttäjän ikkuna."
            ),
        )
    return ALREADY_OPEN_EXIT


def _close_database() -> None:
    connection = sys.modules.get("kemidesk.db.connection")
    if connection is not None:  # nothing to close when the database was never opened
        connection.close_database()
