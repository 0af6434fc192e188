"""A laptop copy's sync runs on a thread of its own: the window stays usable, closing the
window stops it, and its errors come back to the window's thread. No server is needed: the
sync service is replaced by ones that wait, never end, or fail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kemidesk.db import models
from kemidesk.db.connection import close_database
from kemidesk.db.setup import prepare_database
from kemidesk.services import sync


def _bare_panel(qtbot: Any, url: str | None = "postgresql://x@/kemidesk") -> Any:
    """A panel on a bare widget (no server needed): the sync service is replaced. `url`:
    the server named on the command line (None: the copy's own, as the window has it)."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from kemidesk.ui import sync_panel

    window = QWidget()
    qtbot.addWidget(window)
    window.ctx = SimpleNamespace(paths=SimpleNamespace(database_url=url))  # type: ignore[attr-defined]
    window.refresh = lambda: None  # type: ignore[attr-defined]
    window.statusBar = lambda: SimpleNamespace(showMessage=lambda *a: None)  # type: ignore[attr-defined]
    panel = sync_panel.SyncPanel(window)  # type: ignore[arg-type]
    panel.active = True
    panel.refresh = lambda: None  # type: ignore[method-assign]
    return panel


def test_a_sync_runs_off_the_window_thread(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A sync of thousands of changes takes seconds: Synkronoi returns at once, the button
    says it is running and cannot start a second one, and the result comes back to the
    window's thread."""
    import threading
    import time

    prepare_database(tmp_path / "k.sqlite3", tmp_path / "backups")
    gate = threading.Event()
    threads: list[str] = []

    def slow_sync(url: Any = None, *, timeout: int = 10) -> sync.SyncResult:
        threads.append(threading.current_thread().name)
        models.Person.select().count()  # the thread's own connection to the file
        gate.wait(10)
        return sync.SyncResult(2, 0, 0, 0, 0)

    monkeypatch.setattr(sync, "synchronise", slow_sync)
    panel = _bare_panel(qtbot)
    started = time.perf_counter()
    assert panel.synchronise()
    assert time.perf_counter() - started < 0.5
    assert panel.syncing and not panel.sync_button.isEnabled()
    assert panel.sync_button.text() == "Synkronoidaan…"
    assert not panel.synchronise()  # one at a time
    with qtbot.waitSignal(panel.synced, timeout=10_000) as synced:
        gate.set()
    assert synced.args[0].pushed == 2
    assert threads == ["kemidesk-sync"]
    assert not panel.syncing and panel.sync_button.isEnabled()
    assert panel.sync_button.text() == "Synkronoi" and panel.online is True
    close_database()


def test_closing_interrupts_a_running_sync_and_its_error_is_not_shown(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, boxes: Any
) -> None:
    """Closing the window while a sync writes: the sync thread's local statement is
    interrupted (rolled back; the next sync resumes, as after a killed one) within the close's
    time, and the interruption is not reported as an error."""
    import time

    from kemidesk.db.connection import database_proxy

    prepare_database(tmp_path / "k.sqlite3", tmp_path / "backups")
    running: list[bool] = []

    def endless_sync(url: Any = None, *, timeout: int = 10) -> sync.SyncResult:
        db = database_proxy.obj
        with db.atomic():
            running.append(True)
            db.execute_sql(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                "SELECT count(*) FROM n"
            )  # never ends on its own
        return sync.SyncResult(0, 0, 0, 0, 0)

    monkeypatch.setattr(sync, "synchronise", endless_sync)
    panel = _bare_panel(qtbot)
    assert panel.synchronise()
    qtbot.waitUntil(lambda: bool(running) and panel._connection is not None)
    started = time.perf_counter()
    assert panel.cancel()
    assert time.perf_counter() - started < 0.5
    with qtbot.waitSignal(panel.synced, timeout=5000) as synced:
        pass
    assert synced.args[0] is None and not panel.syncing
    assert boxes.shown == []
    close_database()


def test_an_unexpected_error_in_the_sync_reaches_the_window_thread(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a sync error (a bug): raised again on the window's thread, where the program's
    error handler shows its dialog and logs it; the panel is ready for the next try."""

    def broken(url: Any = None, *, timeout: int = 10) -> sync.SyncResult:
        raise KeyError("bug")

    monkeypatch.setattr(sync, "synchronise", broken)
    panel = _bare_panel(qtbot)
    with qtbot.captureExceptions() as raised:
        with qtbot.waitSignal(panel.synced, timeout=5000):
            panel.synchronise()
        qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0][1], KeyError)
    assert not panel.syncing and panel.sync_button.isEnabled()


def test_times_show_in_the_laptops_own_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sync times are stored in UTC; the panel and the conflicts list show Finnish time,
    written as dates are elsewhere (no leading zeros)."""
    import time
    from datetime import datetime

    from kemidesk.ui.sync_panel import _when

    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    try:
        assert _when(datetime(2026, 12, 3, 9, 27)) == "3.12.2026 11.27"  # winter: UTC+2
        assert _when(datetime(2026, 6, 30, 21, 5)) == "1.7.2026 00.05"  # summer: UTC+3
        assert _when(None) == "–"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_the_server_password_is_asked_once_and_kept_in_the_credential_store(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, boxes: Any
) -> None:
    """A copy keeps its server without the password. When the server wants one, Synkronoi
    asks for it, keeps it in the operating system's credential store and syncs again; the
    next sync takes it from the store. The automatic try never asks."""
    from kemidesk.ui import connection, sync_panel

    saved = "postgresql://liisa@/kemidesk?host=palvelin.kemi.local&port=5432"
    store: dict[str, str] = {}
    monkeypatch.setattr(connection, "store_password", lambda url, pw: store.__setitem__(url, pw))
    monkeypatch.setattr(connection, "load_password", lambda url: store.get(url))
    monkeypatch.setattr(sync, "server_url", lambda: saved)
    tried: list[str] = []

    def needs_password(url: Any = None, *, timeout: int = 10) -> sync.SyncResult:
        tried.append(url)
        if ":salainen@" not in url:
            raise sync.SyncError("SYNC_PASSWORD_NEEDED", server="liisa@palvelin.kemi.local")
        return sync.SyncResult(1, 0, 0, 0, 0)

    monkeypatch.setattr(sync, "synchronise", needs_password)
    asked: list[str] = []

    def answer(parent: Any, server: str) -> str:
        asked.append(server)
        return "salainen"

    monkeypatch.setattr(sync_panel, "ask_password", answer)
    panel = _bare_panel(qtbot, url=None)
    results: list[Any] = []
    panel.synced.connect(results.append)
    panel.synchronise(quiet=True)  # the timer's try: no dialog
    qtbot.waitUntil(lambda: len(results) == 1, timeout=5000)
    assert results == [None] and asked == [] and panel.online is False
    panel.synchronise()
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)  # refused, asked, synced again
    assert results[1] is None and results[2].pushed == 1
    assert asked == ["liisa@palvelin.kemi.local:5432/kemidesk"]
    assert store == {saved: "salainen"}
    assert [":salainen@" in url for url in tried] == [False, False, True]
    panel.synchronise()
    qtbot.waitUntil(lambda: len(results) == 4, timeout=5000)
    assert results[3].pushed == 1 and len(asked) == 1  # from the store, not asked again
    assert ":salainen@" in tried[-1]
    assert boxes.shown == []


def test_a_refused_password_is_named_apart_from_an_unreachable_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import peewee

    def refuse(self: Any) -> None:
        raise peewee.OperationalError(
            'connection failed: FATAL:  password authentication failed for user "liisa"'
        )

    monkeypatch.setattr(sync.ServerDatabase, "connect", refuse)
    with pytest.raises(sync.SyncError) as refused:
        sync.connect_server("postgresql://liisa:vanha@/kemidesk?host=palvelin&port=5432")
    assert refused.value.code == "SYNC_PASSWORD_NEEDED"
    assert "vanha" not in refused.value.message
    assert "salasana puuttuu tai on väärä" in refused.value.message
