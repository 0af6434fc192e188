"""A laptop copy in the window (issue 13): the state in the status bar, a Synkronoi button,
automatic tries while connected, and the Ristiriidat list where a person decides.

Shown only when the open database is a laptop copy (`kemidesk sync init`). The office-only
actions (settings here; decisions, approvals and batches are refused by the copy itself
with the message "vaatii yhteyden toimiston tietokantaan") are disabled with the reason.
"""

from __future__ import annotations

import contextlib
import json
import threading
from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kemidesk.domain.errors import DomainError

if TYPE_CHECKING:
    from kemidesk.services import sync as service
    from kemidesk.ui.main_window import MainWindow


def _service() -> Any:
    """services.sync, imported when the panel first needs it (not on every start)."""
    from kemidesk.services import sync

    return sync


TABLE_LABELS = {
    "association": "Yhdistys", "person": "Työllistetty", "placement": "Työsuhde",
    "application": "Hakemus", "followup": "Seuranta", "outcome": "Tulos",
    "transfer_agreement": "Siirtosopimus", "payment": "Maksu", "training": "Valmennus",
    "training_registration": "Ilmoittautuminen", "supervision_session": "Työnohjaus",
    "de_minimis_aid": "De minimis -tuki", "employer_ring": "Työnantajarengas",
}  # fmt: skip
AUTO_SYNC_MS = 10 * 60 * 1000  # a try every ten minutes while the window is open


class _Probe(QObject):
    """Carries the answer of a reachability probe from its thread to the window's."""

    answered = Signal(bool)


class _Courier(QObject):
    """Carries a sync's result (or its error) from its thread to the window's."""

    delivered = Signal(object, object)


def _when(moment: Any) -> str:
    """A stored time (naive UTC, `models.utc_now`) in the laptop's own time: 3.12.2026 11.27."""
    if moment is None:
        return "–"
    local = moment.replace(tzinfo=UTC).astimezone()
    return f"{local.day}.{local.month}.{local.year} {local:%H.%M}"


def _value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "kyllä" if value else "ei"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def ask_password(parent: QWidget, server: str) -> str | None:
    """The password of the office server for a sync (tests replace this function)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SyncPanel", "Synkronointi"),
        QCoreApplication.translate(
            "SyncPanel", "Salasana toimiston tietokantaan %1 (tallennetaan salasanasäilöön):"
        ).replace("%1", server),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


class SyncPanel(QWidget):
    """Status-bar widget: Kannettavan kopio · yhteys · synkronoitu · odottaa · ristiriidat.

    A sync runs on a thread of its own (thousands of changes take seconds; the window stays
    usable, SQLite keeps the writers apart). `synced` gives its result (None: it failed)."""

    help_page = "kannettava.html"
    synced = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("sync_panel")
        self.label = QLabel(self)
        self.label.setObjectName("sync_state")
        self.sync_button = QPushButton(self.tr("Synkronoi"), self)
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setAutoDefault(False)
        self.sync_button.clicked.connect(lambda: self.synchronise())
        metrics = self.sync_button.fontMetrics()  # room for "Synkronoidaan…" while it runs
        widest = max(metrics.horizontalAdvance(self.tr(t)) for t in ("Synkronoi", "Synkronoidaan…"))
        self.sync_button.setMinimumWidth(widest + 24)
        self.conflicts_button = QPushButton(self.tr("Ristiriidat"), self)
        self.conflicts_button.setObjectName("sync_conflicts")
        self.conflicts_button.setAutoDefault(False)
        self.conflicts_button.clicked.connect(lambda: self.show_conflicts())
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.sync_button, self.conflicts_button):
            box.addWidget(widget)
        self.online: bool | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.try_automatically)
        self.active = False
        self.probing = False
        self.probe = _Probe(self)
        self.probe.answered.connect(self._probed)
        self.courier = _Courier(self)
        self.courier.delivered.connect(self._synced)
        self.syncing = False
        self._quiet = False
        self._thread: threading.Thread | None = None
        self._connection: Any = None  # the sync thread's own SQLite connection
        self._cancelled = False
        self._asked = False  # this sync's password was just asked for

    def activate(self) -> bool:
        """Show the panel when the open database is a laptop copy; returns whether it is."""
        from kemidesk.services.permissions import is_laptop_copy  # (services.sync's own)

        self.active = is_laptop_copy()
        self.window_.ctx.laptop_copy = self.active  # the tabs disable office-only buttons
        self.setVisible(self.active)
        if self.active:
            # The panel says where the records are; the file's path stays in its tool tip
            # (the status bar has no room for both beside the Synkronoi buttons).
            where = self.window_.findChild(QLabel, "database_location")
            if where is not None:
                where.hide()
            settings = self.window_.workflow_actions.settings
            settings.setEnabled(False)
            settings.setToolTip(self.tr("Asetukset vaativat yhteyden toimiston tietokantaan."))
            settings.setStatusTip(settings.toolTip())
            self.refresh()
            self.timer.start()
        return self.active

    def refresh(self) -> None:
        if not self.active:
            return
        state = _service().status(ask_server=False)
        connection = {
            None: self.tr("yhteys ei tiedossa"),
            True: self.tr("yhteydessä"),
            False: self.tr("ei yhteyttä"),
        }[self.online]
        text = (
            self.tr("Kannettavan kopio · %1 · synkronoitu %2 · odottaa %3 · ristiriitoja %4")
            .replace("%1", connection)
            .replace("%2", _when(state.last_sync_at))
            .replace("%3", str(state.waiting))
            .replace("%4", str(state.conflicts_open))
        )
        self.label.setText(text)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(text) + 8)
        lines = [self.window_.database_location(), state.server, state.last_error]
        self.label.setToolTip("\n".join(line for line in lines if line))
        self.conflicts_button.setEnabled(state.conflicts_open > 0)

    def try_automatically(self) -> None:
        """The timer's try: the server is probed off the window's thread first, so an
        offline laptop (the usual case on a visit) never freezes the window; only when it
        answers does the sync run."""
        if self.probing or not self.active:
            return
        url = self.window_.ctx.paths.database_url or _service().server_url()
        self.probing = True

        def probe() -> None:
            self.probe.answered.emit(_service().server_reachable(url))

        threading.Thread(target=probe, name="kemidesk-sync-probe", daemon=True).start()

    def _probed(self, reachable: bool) -> None:
        self.probing = False
        if reachable:
            self.synchronise(quiet=True)
        else:
            self.online = False
            self.refresh()

    def synchronise(self, quiet: bool = False, password: str | None = None) -> bool:
        """Start a sync on its own thread; False when one is already running. `quiet` (the
        automatic try): no message boxes, a shorter connect timeout. The server's password
        comes from `password`, else the credential store (saved when it was last asked
        for), else libpq's own PGPASSWORD / pgpass."""
        if self.syncing:
            return False
        self._asked = password is not None
        url = self.window_.ctx.paths.database_url
        self.syncing, self._quiet, self._cancelled = True, quiet, False
        self.sync_button.setEnabled(False)
        self.sync_button.setText(self.tr("Synkronoidaan…"))
        courier = self.courier

        def work() -> None:
            from kemidesk.db.connection import database_proxy

            db = database_proxy.obj
            result: Any = None
            error: BaseException | None = None
            try:
                self._connection = db.connection()  # this thread's own (opened here)
                # the credential store may take a moment (a desktop service): asked here too
                target = url or self._server_url(password)
                result = _service().synchronise(target, timeout=3 if quiet else 10)
            except Exception as exc:  # delivered to the window's thread and handled there
                error = exc
            finally:
                self._connection = None
                if db is not None and not db.is_closed():
                    db.close()  # peewee's connection state is per thread: only ours
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody waits
                courier.delivered.emit(result, error)

        self._thread = threading.Thread(target=work, name="kemidesk-sync", daemon=True)
        self._thread.start()
        return True

    def _synced(self, result: Any, error: BaseException | None) -> None:
        from kemidesk.ui import messages
        from kemidesk.ui.errors import error_text

        self.syncing = False
        self.sync_button.setText(self.tr("Synkronoi"))
        self.sync_button.setEnabled(True)
        if error is not None:
            self.online = False
            self.refresh()
            self.synced.emit(None)
            if self._cancelled:
                return  # stopped because the window closes: resumed by the next sync
            if not isinstance(error, DomainError):
                raise error  # the window's error handler: a friendly dialog and the log
            if error.code == "SYNC_PASSWORD_NEEDED" and not self._quiet and not self._asked:
                self._ask_password_and_retry()
                return
            if not self._quiet:
                messages.warn(self.window_, self.tr("Synkronointi"), error_text(error))
            return
        self.online = True
        self.refresh()
        if result.pulled_rows:
            self.window_.refresh()  # the lists show what came from the office
        if not self._quiet:
            self.window_.statusBar().showMessage(
                self.tr("Synkronoitu: lähetetty %1, haettu %2, uusia ristiriitoja %3")
                .replace("%1", str(result.pushed))
                .replace("%2", str(result.pulled_rows))
                .replace("%3", str(result.conflicts)),
                10000,
            )
        self.synced.emit(result)

    def _server_url(self, password: str | None) -> str:
        """The copy's server (kept without its password) with the password given or
        stored in the operating system's credential store."""
        from kemidesk.ui.connection import parse_choice, usable_url

        saved = _service().server_url()
        choice = parse_choice(saved)
        if password is None or choice is None:
            return usable_url(saved)
        return choice.url(password)

    def _ask_password_and_retry(self) -> None:
        """The server wants a password it did not get (or refused the stored one): ask for
        it, keep it in the credential store for the next syncs, and sync again."""
        from kemidesk.db.target import describe_url
        from kemidesk.ui import messages
        from kemidesk.ui.connection import CredentialStoreError, store_password

        saved = _service().server_url()
        password = ask_password(self.window_, describe_url(saved))
        if password is None:
            return
        try:
            store_password(saved, password)
        except CredentialStoreError:
            messages.warn(
                self.window_,
                self.tr("Synkronointi"),
                self.tr(
                    "Salasanaa ei voitu tallentaa käyttöjärjestelmän salasanasäilöön; se "
                    "kysytään seuraavalla kerralla uudelleen."
                ),
            )
        self.synchronise(password=password)

    def cancel(self, msecs: int = 2000) -> bool:
        """The window is closing: a running sync's local writes are interrupted (rolled
        back; the next sync resumes where this one stopped, as after a killed one) and its
        thread is waited for. False when it did not stop in time."""
        self.timer.stop()
        thread = self._thread
        if thread is None or not thread.is_alive():
            return True
        self._cancelled = True
        connection = self._connection
        interrupt = getattr(connection, "interrupt", None)
        if interrupt is not None:
            with contextlib.suppress(Exception):  # closed meanwhile: nothing to interrupt
                interrupt()
        thread.join(msecs / 1000)
        return not thread.is_alive()

    def show_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.window_)
        dialog.finished.connect(lambda *_: self.refresh())
        dialog.open()
        return dialog


class ConflictsDialog(QDialog):
    """Ristiriidat: both values, who changed the laptop's and when; a person picks one or
    writes a third. Nothing is lost until then: the laptop's value is kept here."""

    help_page = "kannettava.html"

    COLUMNS = (
        QT_TRANSLATE_NOOP("ConflictsDialog", "Tieto"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Kenttä"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Kannettavan arvo"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Toimiston arvo"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Muuttaja"),
        QT_TRANSLATE_NOOP("ConflictsDialog", "Muutettu"),
    )

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflicts_dialog")
        self.setWindowTitle(self.tr("Ristiriidat"))
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.laptop_button = QPushButton(self.tr("Käytä &kannettavan arvoa"), self)
        self.server_button = QPushButton(self.tr("Käytä &toimiston arvoa"), self)
        self.third_button = QPushButton(self.tr("Kirjoita &oma arvo…"), self)
        for button, slot in (
            (self.laptop_button, lambda: self.choose("laptop")),
            (self.server_button, lambda: self.choose("server")),
            (self.third_button, lambda: self.choose("third")),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.laptop_button, self.server_button, self.third_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Sama tieto muutettiin sekä kannettavalla että toimistolla. Toimiston arvo on "
                "voimassa; valitse, kumpi jää, tai kirjoita uusi. Valinta lähtee toimistoon "
                "seuraavalla synkronoinnilla."
            ),
            self,
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(close)
        self.resize(820, 360)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.load()

    def load(self) -> None:
        self.rows = _service().list_conflicts()
        self.table.setRowCount(len(self.rows))
        for r, c in enumerate(self.rows):
            what = f"{TABLE_LABELS.get(c.table_name, c.table_name)}: {c.record}"
            values = (
                what, c.field, _value_text(c.laptop_value), _value_text(c.server_value),
                c.laptop_user, _when(c.laptop_at),
            )  # fmt: skip
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> service.ConflictRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        conflict = self.current()
        chosen = conflict is not None
        for button in (self.laptop_button, self.server_button):
            button.setEnabled(chosen)
        self.third_button.setEnabled(chosen and conflict.field != "*")  # type: ignore[union-attr]

    def choose(self, which: str, third: Any = None) -> bool:
        from kemidesk.ui import messages

        conflict = self.current()
        if conflict is None:
            return False
        if which == "laptop":
            value = conflict.laptop_value
        elif which == "server":
            value = conflict.server_value
        else:
            if third is None:
                text, ok = QInputDialog.getText(
                    self,
                    self.tr("Oma arvo"),
                    conflict.field,
                    text=_value_text(conflict.server_value),
                )
                if not ok:
                    return False
                third = text
            value = third
        try:
            _service().resolve_conflict(conflict.id, value)
        except DomainError as exc:
            messages.warn(self, self.tr("Ristiriidat"), exc.message)
            return False
        self.load()
        return True


def install_sync_panel(window: MainWindow) -> SyncPanel:
    panel = SyncPanel(window)
    window.statusBar().addPermanentWidget(panel)
    panel.setVisible(False)
    if window._ready:  # the database is already open (else MainWindow.start activates it)
        QTimer.singleShot(0, panel.activate)
    window.ctx.bus.changed.connect(lambda *_: panel.refresh())
    return panel
