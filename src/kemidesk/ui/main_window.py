"""The main window: tabs, menus, the tool bar and the status bar.

Start-up: the window is built from Qt widgets and placeholder tabs only and painted at
once; after the first paint it runs `startup_check` (run_app opens the database there),
creates the current tab and loads its first rows. A second later, while the window is idle,
it imports the other tabs' modules and makes their widgets, one per turn of the event loop
(`_warm_up`); each tab reads its data when first shown (a tab shown before its turn is made
then).

Extending it:
- a new tab: subclass `tabs.base.BaseTab` and call `window.add_tab(tab, index)`;
- a new action: `window.add_action_to(menu_key, action, toolbar=True)`;
- printing: `window.set_print_handler(kind, handler)` where kind is "decision" or "placement"
  and handler(record_id) prints; Tulosta is enabled only where a handler is set.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

from kemidesk import __version__
from kemidesk.ui import geometry, messages
from kemidesk.ui.actions import create_actions
from kemidesk.ui.backup_actions import install_backup_actions
from kemidesk.ui.context import PrintHandler, UiContext
from kemidesk.ui.export_actions import install_export_actions
from kemidesk.ui.help import install_help
from kemidesk.ui.printing.handlers import install_print_handlers
from kemidesk.ui.tabs.interface import BaseTab
from kemidesk.ui.tabs.pending import DEFAULT_TABS, PendingTab
from kemidesk.ui.workflow_actions import install_workflow_actions

log = logging.getLogger(__name__)


StartupCheck = Callable[[], "str | None"]  # returns a Finnish error message, or None
EXIT_STARTUP_FAILED = 2
WARM_UP_AFTER_MS = 1000  # after start, the tabs' modules are imported while the window idles
WARM_UP_STEP_MS = 20


class MainWindow(QMainWindow):
    def __init__(
        self,
        ctx: UiContext,
        tabs: list[BaseTab] | None = None,
        startup_check: StartupCheck | None = None,
    ) -> None:
        super().__init__()
        self.startup_check = startup_check
        self._ready = startup_check is None  # data may be read (the database is open)
        self._started = False
        self.warmed_up = False  # the tabs' modules imported, the tabs made while idle (_warm_up)
        self._unshown: set[str] = set()  # keys of tabs made while idle and not shown yet
        self._switching = False  # a tab being shown reads its data: its actions asked after
        self.backup_at_exit = False  # closed with the database open: the day's backup due
        self.ctx = ctx
        self.restart_requested = False
        ctx.opener.main_window = self
        self.setWindowTitle(self.tr("kemidesk – Kemi-lisä ja järjestötyöllistäminen"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.actions_by_key = create_actions(self)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect_actions()
        self.print_handlers = install_print_handlers(ctx, self)
        self.workflow_actions = install_workflow_actions(self)
        self.backup_actions = install_backup_actions(self)
        from kemidesk.ui.dialogs.connection_action import install_connection_action

        self.connection_action = install_connection_action(self)
        self.export_actions = install_export_actions(self)
        from kemidesk.ui.sync_panel import install_sync_panel

        self.sync_panel = install_sync_panel(self)
        # F1 and the dialogs' fitting to the screen filter every event of the program, a
        # call into Python each (and the first event of each kind makes its Python type):
        # installed once the current tab's first rows are on screen (start), 16 ms sooner.
        # Before that no dialog can be open (the start-up check's dialogs listen first).
        self.help = install_help(
            self, self.menus["help"], self.actions_by_key["about"], listen=False
        )
        for tab in tabs if tabs is not None else [PendingTab(ctx, e) for e in DEFAULT_TABS]:
            self.add_tab(tab)
        self._restore_settings()
        self.dialog_fitter = geometry.install_dialog_fitter(self, listen=False)
        self.tabs.currentChanged.connect(self._tab_changed)
        ctx.bus.changed.connect(lambda *_: self.update_counts())
        ctx.bus.saved.connect(lambda *_: self.statusBar().showMessage(self.tr("Tallennettu"), 8000))

    # ------------------------------------------------------------ building

    def _build_menus(self) -> None:
        a = self.actions_by_key
        bar = self.menuBar()
        file_menu = self.menus["file"] = bar.addMenu(self.tr("&Tiedosto"))
        file_menu.addActions([a["new"], a["print"]])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = self.menus["edit"] = bar.addMenu(self.tr("&Muokkaa"))
        edit_menu.addActions([a["open"], a["edit"], a["archive"], a["delete"]])
        edit_menu.addSeparator()
        edit_menu.addAction(a["find"])
        view_menu = self.menus["view"] = bar.addMenu(self.tr("&Näytä"))
        view_menu.addActions([a["refresh"], a["show_archived"]])
        view_menu.addSeparator()
        self._build_language_menu(view_menu.addMenu(self.tr("&Kieli")))
        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Ohje"))
        help_menu.addActions([a["about"], a["about_qt"]])

    def _build_language_menu(self, menu: QMenu) -> None:
        self.language_group = QActionGroup(self)
        for code, name in (("fi", "Suomi"), ("en", "English")):
            action = QAction(name, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(self.ctx.settings.language == code)
            action.setData(code)
            self.language_group.addAction(action)
            menu.addAction(action)
        self.language_group.triggered.connect(self._language_chosen)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Työkalut"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        a = self.actions_by_key
        self.toolbar.addActions([a["new"], a["edit"], a["archive"], a["print"], a["refresh"]])
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        where = QLabel(self.database_location())
        where.setObjectName("database_location")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status = self.statusBar()
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(where)

    def update_database_location(self) -> None:
        """The status bar's database, with the role on the office server."""
        from kemidesk.ui.permissions import role_text

        where = self.findChild(QLabel, "database_location")
        role = role_text() if self._ready else ""
        where.setText(self.database_location() + (f" ({role})" if role else ""))

    def database_location(self) -> str:
        """Where the records are: the office server and the user, or the local file."""
        paths = self.ctx.paths
        if paths.database_url:
            from kemidesk.db.target import server_parts

            user, server = server_parts(paths.database_url)
            return self.tr("Palvelin: %1, käyttäjä %2").replace("%1", server).replace("%2", user)
        return self.tr("Paikallinen tiedosto: %1").replace("%1", str(paths.database))

    def _connect_actions(self) -> None:
        a = self.actions_by_key
        a["new"].triggered.connect(self.new_record)
        a["open"].triggered.connect(self.open_current)
        a["edit"].triggered.connect(self.edit_current)
        a["archive"].triggered.connect(self.archive_current)
        a["delete"].triggered.connect(self.delete_current)
        a["print"].triggered.connect(self.print_current)
        a["refresh"].triggered.connect(self.refresh)
        a["find"].triggered.connect(lambda: self.current_tab().focus_search())
        a["show_archived"].setChecked(self.ctx.settings.show_archived)
        a["show_archived"].toggled.connect(self.set_show_archived)
        a["quit"].triggered.connect(self.close)
        a["about"].triggered.connect(self.show_about)
        a["about_qt"].triggered.connect(QApplication.aboutQt)

    # ------------------------------------------------------------ extension points

    def add_tab(self, tab: BaseTab, index: int | None = None) -> None:
        title = tab.translated_title()
        if index is None:
            self.tabs.addTab(tab, title)
        else:
            self.tabs.insertTab(index, tab, title)
        tab.state_changed.connect(self._tab_state_changed)

    def add_action_to(self, menu_key: str, action: QAction, toolbar: bool = False) -> None:
        self.menus[menu_key].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)

    def set_print_handler(self, kind: str, handler: PrintHandler | None) -> None:
        if handler is None:
            self.ctx.print_handlers.pop(kind, None)
        else:
            self.ctx.print_handlers[kind] = handler
        self.update_actions()

    def tab_by_key(self, key: str) -> BaseTab | None:
        """The tab with this key (created now if it was still a placeholder)."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if isinstance(tab, BaseTab) and tab.key == key:
                return self._materialize(i)
        return None

    def current_tab(self) -> BaseTab:
        return self._materialize(self.tabs.currentIndex())

    def all_tabs(self) -> list[BaseTab]:
        """The tabs as they are now (placeholders are not created)."""
        widgets = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [w for w in widgets if isinstance(w, BaseTab)]

    def _materialize(self, index: int) -> BaseTab:
        tab = self.tabs.widget(index)
        assert isinstance(tab, BaseTab)
        if not isinstance(tab, PendingTab) or not self._ready:
            return tab
        real = tab.entry.create(self.ctx)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, real, real.translated_title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        real.state_changed.connect(self._tab_state_changed)
        tab.deleteLater()
        return real

    # ------------------------------------------------------------ commands

    def new_record(self) -> QWidget | None:
        return self.current_tab().new_record()

    def open_current(self) -> QWidget | None:
        return self.current_tab().open_current()

    def edit_current(self) -> QWidget | None:
        return self.current_tab().edit_current()

    def archive_current(self) -> None:
        self.current_tab().archive_current()

    def delete_current(self) -> None:
        self.current_tab().delete_current()

    def print_current(self) -> Any:
        """Tulosta (Ctrl+P): the current tab prints its selected record."""
        return self.current_tab().print_current()

    def refresh(self) -> None:
        self.current_tab().refresh()
        self.update_counts()

    def set_show_archived(self, show: bool) -> None:
        self.ctx.settings.show_archived = show
        for tab in self.all_tabs():
            if getattr(tab, "loaded", False):
                tab.stale = True  # type: ignore[attr-defined]
        if self._ready:
            self.current_tab().ensure_loaded()

    def show_about(self) -> None:
        text = self.tr(
            "<h3>kemidesk %1</h3><p>Kemi-lisä ja järjestötyöllistäminen.<br>"
            "Kemin kaupunki, Työllisyyspalvelut.</p><p>Tietokansio: %2<br>Lokitiedosto: %3</p>"
        )
        paths = self.ctx.paths
        text = (
            text.replace("%1", __version__)
            .replace("%2", str(paths.data_dir))
            .replace("%3", str(paths.log_file))
        )
        messages.about(self, self.tr("Tietoja kemideskistä"), text)

    def _language_chosen(self, action: QAction) -> None:
        code = str(action.data())
        if code == self.ctx.settings.language:
            return
        self.ctx.settings.language = code
        self.ctx.settings.sync()
        if messages.ask(
            self,
            self.tr("Kieli"),
            self.tr(
                "Kieli vaihtuu, kun ohjelma käynnistetään uudelleen. "
                "Käynnistetäänkö ohjelma uudelleen nyt?"
            ),
            default_yes=True,
        ):
            self.restart_requested = True  # run_app starts the program again after closing
            self.close()

    # ------------------------------------------------------------ state

    def _tab_changed(self, _index: int) -> None:
        # The tab shown is remembered when the window closes (save_settings): a setting
        # changed here had QSettings write and flush its file in the next turn of the event
        # loop, 1-18 ms (the disk's) after every switch.
        tab = self.current_tab()
        self._unshown.discard(tab.key)
        # The load's state changes (rows in, selection kept) ask the actions once, after it:
        # each asking reads the rights and the current row (three times in a switch before).
        self._switching = True
        try:
            tab.ensure_loaded()
        finally:
            self._switching = False
        self.update_actions()

    def _tab_state_changed(self) -> None:
        if not self._switching and self.sender() is self.tabs.currentWidget():
            self.update_actions()

    def update_actions(self) -> None:
        if self.tabs.count() == 0:
            return
        from kemidesk.ui.permissions import gate

        tab = self.current_tab()
        a = self.actions_by_key
        a["open"].setEnabled(tab.can_open())
        for key, allowed in (
            ("new", tab.can_create()),
            ("edit", tab.can_edit()),
            ("archive", tab.can_archive()),
            ("delete", tab.can_delete()),
        ):  # a reader's role keeps the records as they are (ui.permissions)
            gate(a[key], "record", allowed)
        a["print"].setEnabled(tab.can_print())
        tip = (
            self.tr("Tulosta valittu tietue (Ctrl+P)")
            if tab.can_print()
            else self.tr(
                "Ei tulostettavaa: tällä välilehdellä ei ole valittua tulostettavaa tietuetta."
            )
        )
        a["print"].setToolTip(tip)
        row = getattr(tab, "current_row", lambda: None)()
        archived = bool(getattr(row, "archived", False))
        a["archive"].setText(self.tr("Palauta a&rkistosta") if archived else self.tr("A&rkistoi"))

    def update_counts(self) -> None:
        if not self._ready:
            return
        from kemidesk.services.record_lists import record_counts

        counts = record_counts()
        self.counts_label.setText(
            self.tr("Yhdistyksiä %1 · työllistettyjä %2 · työsuhteita %3 · päätöksiä %4")
            .replace("%1", str(counts.associations))
            .replace("%2", str(counts.people))
            .replace("%3", str(counts.placements))
            .replace("%4", str(counts.decisions))
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self.start)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(300, self.start)  # in case no paint event reaches the window

    def start(self) -> bool:
        """After the first paint: check (open the database), then show the current tab's
        first rows. Runs once; False when the start-up check failed."""
        if self._started:
            return self._ready
        self._started = True
        if self.startup_check is not None:
            problem = self.startup_check()
            if problem is not None:
                self.listen_to_every_event()  # the dialogs that follow: fitted, F1 works
                if not self._recovered(problem):
                    self._startup_failed(problem)
                    return False
            self._ready = True
            self.sync_panel.activate()  # a laptop copy: its state, office-only actions off
        tab = self.current_tab()
        tab.ensure_loaded()
        self.update_actions()
        self.update_database_location()
        # The record counts after the first rows are on screen: a list tab has read its
        # first rows by now; the overview's worker is still building it, section by section,
        # and the counts wait for its end (counting while it ran held its first lines back
        # by 30-80 ms: the two threads take turns with the interpreter).
        # F1 and the fitting of dialogs (listen_to_every_event) follow the first rows: the
        # overview's first section, a list's first page.
        built = getattr(tab, "built", None)
        if built is not None and getattr(tab, "busy", False):
            built.connect(self._count_after_build)
            tab.first_lines.connect(self._listen_after_first_lines)  # type: ignore[attr-defined]
        else:
            QTimer.singleShot(0, self._after_first_rows)
        QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)
        return True

    def listen_to_every_event(self) -> None:
        """F1 anywhere and every dialog fitted to its screen (the application's event
        filters, in the order they had when installed with the window)."""
        self.help.listen()
        self.dialog_fitter.listen()

    def _listen_after_first_lines(self) -> None:
        """The overview's first lines are being shown: the filters from the next turn of
        the event loop on (after their paint)."""
        tab = self.sender()
        if tab is not None:
            tab.first_lines.disconnect(self._listen_after_first_lines)  # type: ignore[attr-defined]
        QTimer.singleShot(0, self, self.listen_to_every_event)

    def _after_first_rows(self) -> None:
        self.listen_to_every_event()
        self.update_counts()

    def _count_after_build(self) -> None:
        tab = self.sender()
        if tab is not None:
            tab.built.disconnect(self._count_after_build)  # type: ignore[attr-defined]
        self._after_first_rows()

    def _warm_up(self) -> None:
        """While the window is idle after start, prepare the tabs not shown yet, one step per
        turn of the event loop: first import their modules (each 10–40 ms), then make each
        tab's widgets (each 5–30 ms; nothing is read: a tab reads its data when first
        shown), so that opening a tab the first time waits only for its data. Waits while the
        current tab reads its data. `warmed_up` is True when nothing is left."""
        if not self._ready or not self.isVisible():
            return
        pending = [
            i for i in range(self.tabs.count()) if isinstance(self.tabs.widget(i), PendingTab)
        ]
        waiting = [
            entry.module
            for entry in (self.tabs.widget(i).entry for i in pending)  # type: ignore[attr-defined]
            if entry.module not in sys.modules
        ]
        if not pending:
            self.warmed_up = True
            return
        if self.current_tab().is_reading():
            QTimer.singleShot(WARM_UP_AFTER_MS // 4, self, self._warm_up)
            return
        if waiting:
            importlib.import_module(waiting[0])
        else:
            self._make_while_idle(pending[0])
        QTimer.singleShot(WARM_UP_STEP_MS, self, self._warm_up)

    def _make_while_idle(self, index: int) -> None:
        """Make the placeholder tab at `index` (not shown), styled and laid out at the size
        it will be shown at; its data is not read."""
        tab = self._materialize(index)
        self._unshown.add(tab.key)
        tab.ensurePolished()
        tab.resize(self.tabs.currentWidget().size())
        layout = tab.layout()
        if layout is not None:
            layout.activate()

    def _recovered(self, problem: str) -> bool:
        """A saved office connection that fails at start: the connection dialog is offered
        (ui.connection); True when the user connected somewhere that works."""
        recovery = getattr(self, "startup_recovery", None)
        return bool(recovery is not None and recovery(problem))

    def _startup_failed(self, problem: str) -> None:
        details = self.tr("Ohjelma ei muuttanut tiedostoa. Tietokansio: %1")
        messages.error(
            self,
            self.tr("Tietokantaa ei voi avata"),
            problem,
            details.replace("%1", str(self.ctx.paths.data_dir)),
        )
        self.hide()
        QCoreApplication.exit(EXIT_STARTUP_FAILED)

    # ------------------------------------------------------------ settings

    def _restore_settings(self) -> None:
        settings = self.ctx.settings
        screen = geometry.screen_of(self)
        available = screen.availableGeometry()
        saved = settings.bytes_value(f"window/geometry/{geometry.screen_key(screen)}")
        if saved is None or not self.restoreGeometry(saved):
            size = geometry.fit_size(geometry.MAIN_WINDOW_SIZE, available)
            self.setGeometry(geometry.centred(size, available))
        geometry.fit_to_screen(self)
        # The window opens on Yleiskatsaus (what needs doing now) when it has one.
        last = self.tab_by_key("overview") or self.tab_by_key(settings.last_tab)
        if last is not None:
            self.tabs.setCurrentWidget(last)

    def save_settings(self) -> None:
        settings = self.ctx.settings
        key = geometry.screen_key(geometry.screen_of(self))
        settings.set_bytes(f"window/geometry/{key}", self.saveGeometry())
        settings.last_tab = self.current_tab().key
        for tab in self.all_tabs():
            if tab.key not in self._unshown:  # a tab never shown keeps what it had
                tab.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.ctx.opener.close_all()
        self.sync_panel.cancel()  # a running sync stops; the next one resumes
        # The day's automatic backup is made once the window is gone (run_app, after its
        # event loop): copying a large file took seconds the user waited for here.
        self.backup_at_exit = self._ready
        super().closeEvent(event)

    def finish_after_close(self) -> Path | None:
        """After the window has closed: the day's automatic backup of the local file (at
        most one a day), as `BackupActions.on_close`; None when none was made."""
        if not self.backup_at_exit:
            return None
        self.backup_at_exit = False
        return self.backup_actions.on_close()
