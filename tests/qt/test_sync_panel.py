"""The laptop copy in the window: the status bar's state, Synkronoi, and the Ristiriidat
list where a person picks the laptop's value, the office's, or writes a third."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kemidesk.db import models
from kemidesk.db.connection import close_database
from kemidesk.db.setup import prepare_database
from kemidesk.paths import AppPaths, resolve_paths
from kemidesk.services import sync
from kemidesk.services.common import update_record
from tests.conftest import TODAY, _demo

pytestmark = pytest.mark.postgres


@pytest.fixture
def copy_paths(tmp_path: Path, pg_server: Any) -> Iterator[tuple[AppPaths, str]]:
    name = pg_server.create_database(pg_server.template("demo", _demo))
    url = pg_server.url(name)
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    prepare_database(paths.database, paths.backup_dir)
    sync.init_copy(url)
    yield paths, url  # the window opens the copy; the copy knows its server
    close_database()
    pg_server.drop_database(name)


def test_panel_syncs_and_resolves_a_conflict(
    copy_paths: tuple[AppPaths, str], qapp: Any, boxes: Any, qtbot: Any
) -> None:
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.settings import UiSettings

    paths, url = copy_paths
    person = models.Person.select().order_by(models.Person.id).first()
    update_record(models.Person, person.id, "X", {"phone": "040 kannettava"})
    server = sync.connect_server(url)
    with server.atomic():
        server.execute_sql(
            'UPDATE "person" SET "phone" = %s WHERE "uuid" = %s', ["016 toimisto", person.uuid]
        )
    server.close()
    ctx = UiContext(paths, UiSettings(paths.settings_file))
    ctx.today = lambda: TODAY
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    panel = window.sync_panel
    qtbot.waitUntil(lambda: panel.isVisible())
    assert "odottaa 1" in panel.label.text()
    assert not window.workflow_actions.settings.isEnabled()  # office only
    payments = window.tab_by_key("payments")
    window.tabs.setCurrentWidget(payments)
    qtbot.waitUntil(lambda: payments.loaded)
    payments._update_buttons()
    assert not payments.approve_button.isEnabled()
    assert not payments.batch_button.isEnabled()
    assert "toimiston tietokantaan" in payments.approve_button.toolTip()
    window.resize(1366, 768)
    with qtbot.waitSignal(panel.synced, timeout=30_000) as synced:
        assert panel.synchronise()  # started on its own thread
        assert panel.sync_button.text() == "Synkronoidaan…"
        window.grab().save(str(paths.data_dir / "sync_window_running.png"))
    result = synced.args[0]
    assert result is not None and result.conflicts == 1
    assert "yhteydessä" in panel.label.text() and "ristiriitoja 1" in panel.label.text()
    dialog = panel.show_conflicts()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "040 kannettava"
    assert dialog.table.item(0, 3).text() == "016 toimisto"
    window.grab().save(str(paths.data_dir / "sync_window.png"))
    dialog.grab().save(str(paths.data_dir / "sync_conflicts.png"))
    assert dialog.choose("third", third="040 yhteinen")
    assert dialog.table.rowCount() == 0
    dialog.close()
    with qtbot.waitSignal(panel.synced, timeout=30_000):
        panel.synchronise()
    assert "odottaa 0" in panel.label.text() and "ristiriitoja 0" in panel.label.text()
    assert models.Person.get_by_id(person.id).phone == "040 yhteinen"
    assert boxes.shown == []
    window.ctx.opener.close_all()


def test_automatic_try_offline_does_not_block_the_window(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unreachable server whose probe takes a second (a connect timing out): the timer's
    try returns without waiting for it, and marks the copy offline when the probe answers."""
    import time

    from kemidesk.ui import sync_panel

    def slow_unreachable(url: str, timeout: float = 3.0) -> bool:
        time.sleep(1.0)
        return False

    monkeypatch.setattr(sync, "server_reachable", slow_unreachable)
    closed = 1

    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    url = f"postgresql://x@127.0.0.1:{closed}/kemidesk"
    window.ctx = SimpleNamespace(paths=SimpleNamespace(database_url=url))  # type: ignore[attr-defined]
    panel = sync_panel.SyncPanel(window)  # type: ignore[arg-type]
    panel.active = True
    refreshed: list[bool] = []
    panel.refresh = lambda: refreshed.append(True)  # type: ignore[method-assign]
    started = time.perf_counter()
    panel.try_automatically()
    assert time.perf_counter() - started < 0.5  # the probe's second was not waited for
    qtbot.waitUntil(lambda: panel.online is False, timeout=5000)
    assert refreshed


def test_the_program_recognises_a_copy_it_opens_after_the_first_paint(
    copy_paths: tuple[AppPaths, str], qapp: Any, boxes: Any, qtbot: Any
) -> None:
    """The program opens the database after the window's first paint (its start-up check);
    the panel must look at the copy then, not at whatever was open before."""
    from kemidesk.ui.app import open_database
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.settings import UiSettings

    paths, _url = copy_paths
    from kemidesk.db.connection import database_proxy

    close_database()  # as at the program's start: nothing open until the check
    database_proxy.initialize(None)
    ctx = UiContext(paths, UiSettings(paths.settings_file))
    ctx.today = lambda: TODAY
    window = MainWindow(ctx, startup_check=lambda: open_database(paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._ready)
    panel = window.sync_panel
    qtbot.waitUntil(lambda: panel.isVisible())
    assert panel.active and window.ctx.laptop_copy
    assert "Kannettavan kopio" in panel.label.text()
    assert not window.workflow_actions.settings.isEnabled()
    from PySide6.QtWidgets import QLabel

    assert not window.findChild(QLabel, "database_location").isVisible()  # room for the panel
    assert str(paths.database) in panel.label.toolTip()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: getattr(window.current_tab(), "loaded", False))
    qtbot.wait(100)
    window.grab().save(str(paths.data_dir / "sync_window_start.png"))

    # The timer's try probes the copy's own server (its stored URL, not the description
    # the status bar shows) and, as it answers, syncs: the laptop's change goes.
    assert window.ctx.paths.database_url is None  # the window has the local file open
    panel.online = None
    with qtbot.waitSignal(panel.synced, timeout=30_000) as synced:
        panel.try_automatically()
    assert synced.args[0] is not None and panel.online is True
    assert "yhteydessä" in panel.label.text()
    window.ctx.opener.close_all()
