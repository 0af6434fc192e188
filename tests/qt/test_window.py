"""The main window as a whole: shortcuts, printing hook, settings, about, errors, start-up."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from kemidesk import __version__
from kemidesk.ui.dialogs.association_form import AssociationForm
from kemidesk.ui.main_window import MainWindow
from tests.qt.conftest import finish_loading


def activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_tabs_menus_toolbar_and_status_bar(window: Any) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "Yl&eiskatsaus"  # the window opens on it
    assert titles[1:] == [
        "&Yhdistykset",
        "Työ&llistetyt",
        "Työ&suhteet",
        "&Avustukset",
        "Ma&ksut",
        "&Valmennukset",
        "Työhönvalmenta&jat",
        "&Raportit",
        "Rekrytointi&tarpeet",
        "Työn&hakijat",
        "R&ingit",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tiedosto", "&Muokkaa", "&Näytä", "&Ohje"]
    tools = [a.text().replace("&", "") for a in window.toolbar.actions()]
    assert tools == ["Uusi…", "Muokkaa…", "Arkistoi", "Tulosta…", "Päivitä"]
    where = window.findChild(type(window.counts_label), "database_location")
    assert where.text() == f"Paikallinen tiedosto: {window.ctx.paths.database}"
    assert "työsuhteita 150" in window.counts_label.text()


def test_keyboard_shortcuts(window: Any, qtbot: Any) -> None:
    activate(qtbot, window)
    window.tabs.setCurrentWidget(window.tab_by_key("associations"))
    tab = window.current_tab()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = QApplication.activeModalWidget()
    assert isinstance(form, AssociationForm)
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not form.isVisible()
    calls: list[str] = []
    tab.refresh = lambda: calls.append("refresh")  # type: ignore[method-assign]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert calls == ["refresh"]


def test_print_is_enabled_only_where_a_handler_is_connected(window: Any, qtbot: Any) -> None:
    placements = window.tab_by_key("placements")
    window.tabs.setCurrentWidget(placements)
    qtbot.waitUntil(lambda: placements.model.rowCount() > 0)  # the first page's own turn
    placements.select_row(0)
    action = window.actions_by_key["print"]
    window.set_print_handler("placement", None)
    assert not action.isEnabled()
    assert "Ei tulostettavaa" in action.toolTip()
    printed: list[int] = []
    window.set_print_handler("placement", printed.append)
    assert action.isEnabled()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [placements.current_id()]
    window.tabs.setCurrentWidget(window.tab_by_key("people"))
    window.tab_by_key("people").select_row(0)
    assert not action.isEnabled()  # nothing printable about a person


def test_switching_tabs_writes_no_settings(ctx: Any, qtbot: Any) -> None:
    """The settings file is written when the window closes, not after each tab switch
    (QSettings would write and flush its file in the next turn of the event loop)."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.current_tab().loaded)
    ctx.settings.sync()
    ini = Path(ctx.paths.settings_file)
    before, last = (ini.read_bytes() if ini.exists() else None), ctx.settings.last_tab
    for key in ("people", "associations", "placements"):
        window.tabs.setCurrentWidget(window.tab_by_key(key))
        QApplication.processEvents()
    assert ctx.settings.last_tab == last
    assert (ini.read_bytes() if ini.exists() else None) == before
    window.close()


@pytest.mark.parametrize("key", ["associations", "people"])
def test_switching_to_a_list_paints_its_table_once(window: Any, qtbot: Any, key: str) -> None:
    """The rows are laid out before the first paint: the view's delayed layout after the
    load repainted the whole table a second time, a turn after the first paint. (The tab
    made while the window idled, as a user's click gets it after the first second.)"""
    from PySide6.QtCore import QEvent, QObject

    qtbot.waitUntil(lambda: window.warmed_up, timeout=10_000)
    tab = window.tab_by_key(key)
    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(tab.proxy.rowCount())
            return False

    counter = Count()
    tab.view.viewport().installEventFilter(counter)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: bool(paints))
    qtbot.wait(200)  # the turns after the first paint (the view's timers among them)
    tab.view.viewport().removeEventFilter(counter)
    assert paints == [tab.model.rowCount()]
    assert tab.model.rowCount() > 0


def test_window_size_columns_and_last_tab_are_remembered(ctx: Any, qtbot: Any) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 555)
    size = (first.width(), first.height())
    assert size != (1280, 760)  # not the default size
    placements = first.tab_by_key("placements")
    first.tabs.setCurrentWidget(placements)
    placements.view.setColumnWidth(2, 321)
    first.close()
    ini = Path(ctx.paths.settings_file)
    assert ini.exists()
    assert "last_tab=placements" in ini.read_text()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.current_tab().loaded)
    assert second.current_tab().key == "overview"  # it always opens on Yleiskatsaus
    assert (second.width(), second.height()) == size
    assert second.tab_by_key("placements").view.columnWidth(2) == 321
    second.close()


def test_show_archived_and_language_choice_are_stored(window: Any, boxes: Any) -> None:
    window.actions_by_key["show_archived"].setChecked(True)
    assert window.ctx.settings.show_archived
    english = window.findChild(type(window.actions_by_key["new"]), "language_en")
    boxes.answer = False  # "Käynnistetäänkö ohjelma uudelleen nyt?" – not now
    english.trigger()
    assert window.ctx.settings.language == "en"
    assert "Käynnistetäänkö ohjelma uudelleen nyt?" in boxes.asked[-1]
    assert not window.restart_requested
    assert window.isVisible()
    window.actions_by_key["show_archived"].setChecked(False)


def test_changing_the_language_restarts_the_program_for_the_user(
    window: Any, boxes: Any, monkeypatch: Any
) -> None:
    import sys

    from kemidesk.ui import app

    english = window.findChild(type(window.actions_by_key["new"]), "language_en")
    english.trigger()  # boxes answer yes
    assert window.restart_requested
    assert not window.isVisible()  # closed; run_app starts it again after the lock is freed
    monkeypatch.setattr(sys, "argv", ["kemidesk", "--data-dir", "x"])
    assert app.relaunch_command() == (sys.executable, ["-m", "kemidesk", "--data-dir", "x"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert app.relaunch_command() == (sys.executable, ["--data-dir", "x"])


def test_about_shows_version_and_data_folder(window: Any, boxes: Any) -> None:
    window.actions_by_key["about"].trigger()
    kind, _title, text = boxes.shown[-1]
    assert kind == "about"
    assert __version__ in text
    assert str(window.ctx.paths.data_dir) in text


def test_unexpected_error_is_shown_logged_without_personal_data(
    window: Any, qtbot: Any, boxes: Any, tmp_path: Path, caplog: Any
) -> None:
    from kemidesk.ui.errors import ErrorHandler

    handler = ErrorHandler(tmp_path / "kemidesk.log")
    handler.install()
    button = QPushButton(window)

    def broken() -> None:
        raise ValueError("Matti Meikäläinen 010190-900P")  # personal data in the message

    button.clicked.connect(broken)
    try:
        with caplog.at_level(logging.ERROR, logger="kemidesk.ui.errors"):
            button.click()  # PySide6 reports the slot's exception through sys.excepthook
    finally:
        handler.uninstall()
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("error", "Odottamaton virhe")
    assert "jatkaa toimintaansa" in text
    logged = caplog.text
    assert "ValueError" in logged
    assert "test_window.py" in logged
    assert "Meikäläinen" not in logged
    assert "010190" not in logged
    assert window.isVisible()  # still running
    window.tabs.setCurrentWidget(window.tab_by_key("associations"))
    assert window.tab_by_key("associations").proxy.rowCount() > 0


def test_refusal_from_a_service_is_shown_as_its_message(window: Any, boxes: Any) -> None:
    from kemidesk.services.errors import NotAllowedError
    from kemidesk.ui.errors import ErrorHandler

    handler = ErrorHandler(Path("unused.log"))
    handler(NotAllowedError, NotAllowedError("Ei sallittu nyt."), None)
    assert boxes.shown[-1][2] == "Ei sallittu nyt."


def test_unusable_database_file_is_reported_and_returns_2(
    tmp_path: Path, qapp: Any, boxes: Any
) -> None:
    from kemidesk.paths import resolve_paths
    from kemidesk.ui.app import run_app

    paths = resolve_paths(tmp_path / "broken")
    paths.ensure()
    paths.database.write_bytes(b"this is not a database" * 10)
    guard = QTimer()  # never hang the test run
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(5000)
    try:
        assert run_app(paths) == 2
    finally:
        guard.stop()  # a stray exit() later would end every later test's event loops at once
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("error", "Tietokantaa ei voi avata")
    assert "ei ole kemidesk-tietokanta" in text
    assert paths.database.read_bytes().startswith(b"this is not")


@pytest.mark.parametrize("key", ["associations", "people", "placements", "grants"])
def test_every_tab_loads_the_demo_data(window: Any, key: str) -> None:
    tab = window.tab_by_key(key)
    window.tabs.setCurrentWidget(tab)
    finish_loading(tab)
    assert tab.proxy.rowCount() > 0
    assert tab.count_label.text().startswith("Rivejä:")
    tab.select_row(0)
    window.update_actions()
    assert window.actions_by_key["open"].isEnabled()
    dialog = window.open_current()
    assert dialog.isVisible()
    assert dialog.header.text()
    dialog.close()


def test_tab_order_and_enter_from_search(window: Any, qtbot: Any) -> None:
    activate(qtbot, window)
    window.tabs.setCurrentWidget(window.tab_by_key("associations"))
    tab = window.current_tab()
    tab.focus_search()
    assert QApplication.focusWidget() is tab.search
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [tab.type_filter, tab.active_filter, tab.view]  # search, filters, table
    tab.focus_search()
    qtbot.keyClicks(tab.search, "ry")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.view
    assert tab.current_row() is not None
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = window.ctx.opener._open[("association", tab.current_id())]
    assert dialog.isVisible()
    dialog.close()


def test_the_idle_window_imports_the_tabs_modules_and_makes_the_tabs_without_their_data(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second after start the window imports the modules of the tabs not shown yet, then
    makes the tabs, one step per turn of the event loop, so that a tab's first opening waits
    only for its data; nothing is read until a tab is shown."""
    import importlib
    import sys

    from kemidesk.ui.models.loader import ChunkedLoader
    from kemidesk.ui.tabs.pending import PendingTab

    placeholders = [window.tabs.widget(i) for i in range(window.tabs.count())]
    placeholders = [w for w in placeholders if isinstance(w, PendingTab)]
    keys = [w.key for w in placeholders]
    leaves = ["kemidesk.ui.tabs.trainings", "kemidesk.ui.tabs.coaches"]  # nothing imports them
    for name in leaves:
        monkeypatch.delitem(sys.modules, name, raising=False)
    expected = list(dict.fromkeys(w.entry.module for w in placeholders))
    expected = [name for name in expected if name not in sys.modules]
    assert set(leaves) <= set(expected)
    imported: list[str] = []
    real = importlib.import_module
    monkeypatch.setattr(importlib, "import_module", lambda n: imported.append(n) or real(n))
    loads: list[str] = []  # the lists' reads (every list tab reads through its loader)
    for name in ("load_all", "load_chunked", "load_pages"):
        real_load = getattr(ChunkedLoader, name)

        def counted(loader: Any, *args: Any, _real: Any = real_load, **options: Any) -> Any:
            loads.append(loader.parent().key)
            return _real(loader, *args, **options)

        monkeypatch.setattr(ChunkedLoader, name, counted)
    assert not window.warmed_up
    qtbot.waitUntil(lambda: window.warmed_up, timeout=10_000)
    assert imported[: len(expected)] == expected  # in the tabs' order, each once, first
    assert all(name in sys.modules for name in expected)
    made = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert not [w for w in made if isinstance(w, PendingTab)]
    assert [w.key for w in made[1:]] == keys  # in their places
    assert all(not getattr(w, "loaded", False) for w in made[1:])
    assert loads == []  # nothing read
    assert window.current_tab().key == "overview"
    people = window.tab_by_key("people")
    window.tabs.setCurrentWidget(people)  # a tab made while idle reads its data when shown
    finish_loading(people)
    assert loads == ["people"]
    assert people.model.rowCount() > 0
    assert people.view.model().rowCount() == people.model.rowCount()


def test_f1_and_the_dialog_fitter_listen_from_start_on(ctx: Any, qtbot: Any) -> None:
    """The two filters of every event of the program (F1 anywhere, dialogs fitted to the
    screen) are installed after the current tab's first rows (the overview: in the turn of
    the event loop after its first section), not while the window is built, painted and its
    first rows shown (~1 700 events, a call into Python each)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QDialog

    from kemidesk.ui import geometry

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    seen: list[str] = []  # which filters an event to the window went through
    help_filter, fitter_filter = main.help.eventFilter, main.dialog_fitter.eventFilter
    main.help.eventFilter = lambda w, e: seen.append("help") or help_filter(w, e)
    main.dialog_fitter.eventFilter = lambda w, e: seen.append("fit") or fitter_filter(w, e)
    probe = QEvent(QEvent.Type.User)
    QApplication.sendEvent(main, probe)
    assert seen == []
    main.start()
    overview = main.current_tab()
    assert overview.key == "overview" and overview.busy
    QApplication.sendEvent(main, probe)
    assert seen == []  # not before the overview's first lines
    qtbot.waitUntil(lambda: overview.sections_shown() > 0)
    qtbot.waitUntil(lambda: bool(seen))  # the next turn of the event loop
    seen.clear()
    QApplication.sendEvent(main, probe)
    assert seen == ["fit", "help"]  # the fitter first, as when both came with the window
    main.help.eventFilter, main.dialog_fitter.eventFilter = help_filter, fitter_filter
    f1 = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(main.tabs.currentWidget(), f1)
    assert main.help.help_window is not None and main.help.help_window.isVisible()
    main.help.help_window.close()
    dialog = QDialog(main)
    dialog.resize(20_000, 20_000)
    dialog.show()
    assert dialog.property(geometry.FITTED)
    assert dialog.width() < 20_000
    dialog.close()
    qtbot.waitUntil(lambda: overview.loaded and "työsuhteita" in main.counts_label.text())


def test_closing_while_the_idle_window_makes_the_tabs_is_clean(
    ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the window between two of its idle steps stops them: the tabs not made yet
    stay placeholders, and the tabs made but never shown keep no column widths."""
    import kemidesk.ui.main_window as main_window
    from kemidesk.ui.tabs.pending import PendingTab

    monkeypatch.setattr(main_window, "WARM_UP_AFTER_MS", 10)
    monkeypatch.setattr(main_window, "WARM_UP_STEP_MS", 50)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.current_tab().loaded)

    def widgets() -> list[Any]:
        return [main.tabs.widget(i) for i in range(main.tabs.count())]

    qtbot.waitUntil(lambda: not isinstance(widgets()[1], PendingTab), timeout=10_000)
    main.close()
    left = [w for w in widgets() if isinstance(w, PendingTab)]
    assert left  # closed in the middle
    qtbot.wait(200)  # the step that was due runs and stops
    assert [w for w in widgets() if isinstance(w, PendingTab)] == left
    assert not main.warmed_up
    made = [w for w in widgets()[1:] if not isinstance(w, PendingTab)]
    for tab in made:
        assert ctx.settings.bytes_value(f"tables/{tab.key}/header") is None


def test_the_days_backup_is_made_after_the_window_has_gone(
    paths: Any, qapp: Any, boxes: Any
) -> None:
    """Closing the window does not wait for the day's automatic backup (seconds on a large
    file): run_app makes it after the event loop has ended, before the program exits."""
    from kemidesk.services.backups import auto_backup_stamp
    from kemidesk.ui.app import run_app

    def automatic() -> list[Path]:
        found = paths.backup_dir.glob("kemidesk-*.sqlite3")
        return [p for p in found if auto_backup_stamp(p) is not None]

    seen: dict[str, Any] = {}

    def close_when_started() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        # (a placeholder until the database is open: it has no `loaded`)
        shown = [w for w in shown if w.isVisible() and getattr(w.current_tab(), "loaded", False)]
        if not shown:
            QTimer.singleShot(50, close_when_started)
            return
        shown[0].close()
        seen["at close"] = automatic()
        seen["due"] = shown[0].backup_at_exit

    guard = QTimer()  # never hang the test run
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(20_000)
    QTimer.singleShot(100, close_when_started)
    try:
        assert run_app(paths) == 0
    finally:
        guard.stop()
    assert seen == {"at close": [], "due": True}
    assert len(automatic()) == 1  # made after the window had gone
