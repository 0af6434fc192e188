"""Tiedosto → Tietokantayhteys…: the password goes to the credential store (an in-memory
keyring backend here), never into the settings file; problems show next to their fields;
against the real test server the window connects, and the status bar shows the server, the
user and the role; an officer finds the decider's actions disabled with the reason."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtWidgets import QLabel

from kemidesk.paths import AppPaths
from kemidesk.ui import connection
from kemidesk.ui.settings import UiSettings


class MemoryKeyring(KeyringBackend):
    """A credential store in a dict (keyring's own extension point)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def test_saved_connection_keeps_the_password_in_the_keyring_only(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    choice = connection.ServerChoice("palvelin.kemi.local", 5432, "kemidesk", "maija", tls=True)
    settings = UiSettings(paths.settings_file)
    with pytest.raises(ValueError, match="password"):
        settings.database_url = choice.url("salainen")
    connection.store_password(choice.url(), "salainen")
    settings.database_url = choice.url()
    settings.sync()
    assert "salainen" not in paths.settings_file.read_text(encoding="utf-8")
    assert memory_keyring.saved == {
        ("kemidesk", "maija@palvelin.kemi.local:5432/kemidesk"): "salainen"
    }
    used = connection.paths_with_saved_connection(paths, UiSettings(paths.settings_file))
    assert used.database_url == choice.url("salainen")
    assert used.database_url.endswith("sslmode=require")
    assert connection.parse_choice(used.database_url) == choice
    given = dataclasses.replace(paths, database_url="postgresql://other@host/db")
    assert connection.paths_with_saved_connection(given, settings) is given  # command line wins
    settings.database_url = ""
    assert connection.paths_with_saved_connection(paths, settings).database_url is None


def test_dialog_checks_fields_and_shows_a_server_problem_next_to_its_field(
    window: Any, memory_keyring: MemoryKeyring, tmp_path: Any, qtbot: Any
) -> None:
    from kemidesk.ui.dialogs.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked()  # the window is on the local file
    assert not dialog.group.isEnabled()
    dialog.server.setChecked(True)
    assert dialog.group.isEnabled()
    dialog.edits["host"].setText("")
    dialog.edits["port"].setText("viisi")
    assert not dialog.connect_and_save()
    assert dialog.errors["host"].text() == "Anna palvelimen nimi tai osoite."
    assert "Portin on oltava luku" in dialog.errors["port"].text()
    dialog.edits["host"].setText(str(tmp_path / "ei-palvelinta"))  # nobody listens there
    dialog.edits["port"].setText("5432")
    dialog.edits["password"].setText("salainen")
    assert not dialog.connect_and_save()
    assert dialog.errors["host"].text() == "Palvelin ei vastaa (osoite tai portti väärin)."
    assert dialog.errors["port"].isHidden()
    assert memory_keyring.saved == {}  # nothing saved from a failed attempt
    assert window.ctx.settings.database_url == ""
    assert window.ctx.paths.database_url is None


@pytest.mark.postgres
def test_dialog_connects_the_window_to_the_server_as_an_officer(
    window: Any,
    memory_keyring: MemoryKeyring,
    pg_server: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kemidesk.cli import main
    from kemidesk.ui.dialogs.connection_dialog import ConnectionDialog

    name = pg_server.create_database()
    admin_url = pg_server.url(name)
    try:
        assert main(["server", "init", "--database", admin_url]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO("salainen-2\n"))
        assert (
            main(
                [
                    "server",
                    "add-user",
                    "rl_ikkuna",
                    "--role",
                    "officer",
                    "--password-stdin",
                    "--database",
                    admin_url,
                ]
            )
            == 0
        )
        dialog = ConnectionDialog(window)
        qtbot.addWidget(dialog)
        dialog.server.setChecked(True)
        dialog.edits["host"].setText(str(pg_server.socket_dir))
        dialog.edits["port"].setText(str(pg_server.port))
        dialog.edits["database"].setText(name)
        dialog.edits["user"].setText("rl_ikkuna")
        dialog.edits["password"].setText("salainen-2")
        assert dialog.test_connection()
        assert dialog.result_label.text() == "Yhteys toimii."
        assert dialog.connect_and_save()
        where = window.findChild(QLabel, "database_location")
        assert where.text().startswith("Palvelin: ")
        assert "käyttäjä rl_ikkuna (käsittelijä)" in where.text()
        assert window.ctx.paths.on_server
        saved = window.ctx.settings.database_url
        assert saved.startswith("postgresql://rl_ikkuna@/")
        window.ctx.settings.sync()
        assert "salainen-2" not in window.ctx.paths.settings_file.read_text(encoding="utf-8")
        assert list(memory_keyring.saved.values()) == ["salainen-2"]
        assert not window.backup_actions.backup.isEnabled()  # the server's are pg_dump's
        window.workflow_actions.update()
        settings_action = window.workflow_actions.settings
        assert not settings_action.isEnabled()
        assert "kemidesk_decider" in settings_action.toolTip()
        assert window.workflow_actions.open_settings() is None  # refused, said why
        assert window.current_tab().loaded  # the lists were read from the server
        # back to the local file: the saved connection is cleared, the password stays
        dialog = ConnectionDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.server.isChecked()
        assert dialog.edits["password"].placeholderText() == "(tallennettu)"
        dialog.local.setChecked(True)
        assert dialog.connect_and_save()
        assert window.ctx.paths.database_url is None
        assert window.ctx.settings.database_url == ""
        assert where.text().startswith("Paikallinen tiedosto: ")
        window.workflow_actions.update()
        assert window.workflow_actions.settings.isEnabled()
    finally:
        from kemidesk.db.connection import close_database

        window.ctx.opener.close_all()
        close_database()
        pg_server.drop_database(name)


def test_a_saved_connection_that_fails_at_start_can_be_replaced(
    paths: AppPaths, qapp: Any, boxes: Any, qtbot: Any
) -> None:
    """The start-up check fails (the saved server does not answer): the recovery (the
    connection dialog in the program) switches to the local file and the window starts."""
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.main_window import MainWindow

    server = dataclasses.replace(paths, database_url="postgresql://maija@/kemidesk?host=/nowhere")
    window = MainWindow(
        UiContext(server, UiSettings(paths.settings_file)),
        startup_check=lambda: "Tietokantapalvelimeen … ei saada yhteyttä",
    )
    qtbot.addWidget(window)
    asked: list[str] = []

    def recovery(problem: str) -> bool:
        asked.append(problem)
        return connection.switch_database(window, paths) is None

    window.startup_recovery = recovery
    assert window.start()
    assert asked == ["Tietokantapalvelimeen … ei saada yhteyttä"]
    assert boxes.shown == []  # no "cannot open" error, no exit
    assert window.ctx.paths.database_url is None
    assert window.findChild(QLabel, "database_location").text().startswith("Paikallinen")
    assert window.backup_actions.backup.isEnabled()
    window.ctx.opener.close_all()


def test_a_server_refusal_outside_a_use_case_gets_a_friendly_message(
    qapp: Any, boxes: Any, tmp_path: Any
) -> None:
    import peewee

    from kemidesk.ui.errors import ErrorHandler

    class Refused(Exception):
        sqlstate = "42501"

    handler = ErrorHandler(tmp_path / "kemidesk.log")
    exc = peewee.ProgrammingError(Refused("permission denied for table person"))
    handler(type(exc), exc, None)
    assert len(boxes.shown) == 1
    kind, title, text = boxes.shown[0]
    assert title == "Toimintoa ei voi tehdä"
    assert kind == "error"
    assert text.startswith("Tietokantapalvelin kieltäytyi")
