"""The window on the office PostgreSQL server: it opens the server's database after the first
paint, lists its records, says in the status bar where it is connected, and leaves the local
file's backup actions off (the server's backups are pg_dump's)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kemidesk.paths import AppPaths, resolve_paths
from tests.conftest import TODAY, _demo

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_paths(tmp_path: Path, pg_server: Any) -> Iterator[AppPaths]:
    from kemidesk.db.connection import close_database

    name = pg_server.create_database(pg_server.template("demo", _demo))
    paths = dataclasses.replace(resolve_paths(tmp_path / "data"), database_url=pg_server.url(name))
    paths.ensure()
    yield paths
    close_database()
    pg_server.drop_database(name)


def test_window_on_the_server(server_paths: AppPaths, qapp: Any, boxes: Any, qtbot: Any) -> None:
    from kemidesk.ui.app import open_database
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.settings import UiSettings

    ctx = UiContext(server_paths, UiSettings(server_paths.settings_file))
    ctx.today = lambda: TODAY
    window = MainWindow(ctx, startup_check=lambda: open_database(server_paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._ready or bool(boxes.shown), timeout=90_000)
    assert boxes.shown == []  # the startup check found the server's database usable
    qtbot.waitUntil(lambda: getattr(window.current_tab(), "loaded", False), timeout=90_000)
    qtbot.waitUntil(lambda: "työsuhteita 150" in window.counts_label.text(), timeout=90_000)
    where = window.findChild(type(window.counts_label), "database_location")
    assert where.text().startswith("Palvelin: ")
    assert "käyttäjä postgres" in where.text()
    assert not (tmp := server_paths.database).exists(), f"no local file made: {tmp}"
    assert not window.backup_actions.backup.isEnabled()
    assert not window.backup_actions.restore.isEnabled()
    assert window.backup_actions.on_close() is None
    assert boxes.shown == []
    window.ctx.opener.close_all()
    for tab in window.all_tabs():  # the overview's worker has a connection of its own
        pool = getattr(tab, "pool", None)
        if pool is not None:
            pool.waitForDone(30_000)


def test_lost_connection_while_saving_keeps_the_form(
    server_paths: AppPaths, qapp: Any, boxes: Any, qtbot: Any, pg_server: Any
) -> None:
    """The server goes away under an open form: Save says so in Finnish, the form stays open
    with what was typed, nothing is written, and the second Save stores the record."""
    import psycopg
    from PySide6.QtCore import Qt

    from kemidesk.services import associations
    from kemidesk.ui.app import open_database
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.dialogs.association_form import AssociationForm
    from kemidesk.ui.errors import ErrorHandler
    from kemidesk.ui.main_window import MainWindow
    from kemidesk.ui.settings import UiSettings

    ctx = UiContext(server_paths, UiSettings(server_paths.settings_file))
    ctx.today = lambda: TODAY
    window = MainWindow(ctx, startup_check=lambda: open_database(server_paths))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._ready or bool(boxes.shown), timeout=90_000)
    window.tabs.setCurrentWidget(window.tab_by_key("associations"))
    form = window.new_record()
    assert isinstance(form, AssociationForm)
    qtbot.keyClicks(form.name, "Palvelinkatkon Testi ry")
    qtbot.keyClicks(form.business_id, "0737546-2")
    before = len(associations.list_associations())
    for tab in window.all_tabs():  # no worker holds a connection while it is cut
        pool = getattr(tab, "pool", None)
        if pool is not None:
            pool.waitForDone(30_000)
    with psycopg.connect(server_paths.database_url, autocommit=True) as admin:  # type: ignore[arg-type]
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    handler = ErrorHandler(server_paths.log_file)
    handler.install()
    try:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    finally:
        handler.uninstall()
    kind, title, text = boxes.shown[-1]
    assert (kind, title) == ("error", "Yhteys palvelimeen katkesi")
    assert "tallenna uudelleen" in text
    assert form.isVisible()
    assert form.name.text() == "Palvelinkatkon Testi ry"  # what was typed is still there
    assert len(associations.list_associations()) == before  # nothing half-written
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == form.DialogCode.Accepted
    assert len(associations.list_associations()) == before + 1
    window.ctx.opener.close_all()
    for tab in window.all_tabs():
        pool = getattr(tab, "pool", None)
        if pool is not None:
            pool.waitForDone(30_000)
