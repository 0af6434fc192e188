"""Tiedosto → Varmuuskopioi… / Palauta varmuuskopiosta…, the close-time backup, and one
window per data folder (dialogs and message boxes patched)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kemidesk.db import models
from kemidesk.db.inspect import inspect_database
from kemidesk.db.lock import FolderLock, LockHeldError
from kemidesk.db.migrations import HEAD
from kemidesk.ui import backup_actions
from tests.unit.db.bad_files import BAD_FILES, sha256


def _file_menu_texts(window: Any) -> list[str]:
    return [a.text() for a in window.menus["file"].actions() if not a.isSeparator()]


def test_file_menu_has_backup_and_restore(window: Any) -> None:
    texts = _file_menu_texts(window)
    assert texts[-3:] == ["&Varmuuskopioi…", "&Palauta varmuuskopiosta…", "&Lopeta"]


def test_backup_writes_a_sound_copy(
    window: Any, boxes: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "usb" / "kopio.sqlite3"
    target.parent.mkdir()
    monkeypatch.setattr(backup_actions, "choose_save_file", lambda *a: target)
    window.findChild(type(window.backup_actions.backup), "action_backup").trigger()
    assert inspect_database(target, HEAD, candidate=True).version == HEAD
    assert boxes.shown[-1][0] == "info" and str(target) in boxes.shown[-1][2]


def test_backup_over_the_live_file_is_refused(
    window: Any, boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = window.ctx.paths.database
    before = sha256(live)
    monkeypatch.setattr(backup_actions, "choose_save_file", lambda *a: live)
    assert window.backup_actions.backup_now() is None
    assert boxes.shown[-1][0] == "error"
    assert sha256(live) == before


def test_restore_closes_replaces_reopens_and_reloads(
    window: Any, boxes: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "kopio.sqlite3"
    monkeypatch.setattr(backup_actions, "choose_save_file", lambda *a: saved)
    window.backup_actions.backup_now()
    models.AppSetting.create(key="kirjattu-kopion-jalkeen", value="x")
    monkeypatch.setattr(backup_actions, "choose_open_file", lambda *a: saved)
    window.findChild(type(window.backup_actions.restore), "action_restore").trigger()
    assert boxes.asked and "korvataan" in boxes.asked[-1]
    assert boxes.shown[-1][0] == "info", boxes.shown
    assert "Aiempi tietokanta tallennettiin" in boxes.shown[-1][2]
    assert (
        not models.AppSetting.select()
        .where(models.AppSetting.key == "kirjattu-kopion-jalkeen")
        .exists()
    )
    models.AppSetting.create(key="palautuksen-jalkeen", value="y")  # writable again
    assert list(window.ctx.paths.backup_dir.glob("*ennen-palautusta*"))
    window.refresh()
    assert "työsuhteita 150" in window.counts_label.text()


def test_restore_answer_no_changes_nothing(
    window: Any, boxes: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "kopio.sqlite3"
    monkeypatch.setattr(backup_actions, "choose_save_file", lambda *a: saved)
    window.backup_actions.backup_now()
    models.AppSetting.create(key="pysyy", value="x")
    boxes.answer = False
    monkeypatch.setattr(backup_actions, "choose_open_file", lambda *a: saved)
    assert window.backup_actions.restore_from_file() is False
    assert models.AppSetting.get(key="pysyy").value == "x"


@pytest.mark.parametrize(
    "name", ["other program, user_version 2 (WAL)", "ours, truncated mid-page"]
)
def test_restore_of_a_bad_file_is_refused_before_asking(
    window: Any, boxes: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    bad = tmp_path / "huono.sqlite3"
    BAD_FILES[name][0](bad)
    # the maker opened and closed a database of its own: open the window's again
    from kemidesk.db.setup import prepare_database

    prepare_database(window.ctx.paths.database, window.ctx.paths.backup_dir)
    before = sha256(bad)
    monkeypatch.setattr(backup_actions, "choose_open_file", lambda *a: bad)
    assert window.backup_actions.restore_from_file() is False
    assert not boxes.asked
    assert boxes.shown[-1][0] == "error" and "Tiedostoon ei koskettu" in boxes.shown[-1][2]
    assert sha256(bad) == before
    assert models.Person.select().count() == 120


def test_closing_the_window_makes_the_daily_backup(window: Any) -> None:
    backups = window.ctx.paths.backup_dir
    window.close()
    assert not list(backups.glob("*-automaattinen.sqlite3"))  # made after the window is gone
    made = window.finish_after_close()  # as run_app does after its event loop
    assert list(backups.glob("*-automaattinen.sqlite3")) == [made]
    assert inspect_database(made, HEAD, candidate=True).version == HEAD
    assert window.finish_after_close() is None  # once per close
    window.show()
    window.close()  # the same day: no second one
    assert window.finish_after_close() is None
    assert len(list(backups.glob("*-automaattinen*.sqlite3"))) == 1


def test_second_start_names_the_window_and_brings_it_forward(
    paths: Any, qapp: Any, qtbot: Any, boxes: Any
) -> None:
    from kemidesk.ui.app import ALREADY_OPEN_EXIT, _already_open
    from kemidesk.ui.single_instance import WindowGuard

    raised: list[bool] = []
    first = WindowGuard(paths.data_dir)
    first.acquire()
    try:
        assert first.listen(lambda: raised.append(True))
        with pytest.raises(LockHeldError) as info:
            FolderLock(paths.data_dir, "window").acquire()
        assert "ikkuna" in str(info.value) and "prosessi" in str(info.value)
        boxes.answer = True
        assert _already_open(paths, info.value) == ALREADY_OPEN_EXIT
        assert "jo auki" in boxes.asked[-1] and "prosessi" in boxes.asked[-1]
        qtbot.waitUntil(lambda: bool(raised), timeout=3000)
    finally:
        first.release()
    with FolderLock(paths.data_dir, "window") as again:  # free again after release
        assert again.held


def test_bring_forward_shows_a_hidden_or_minimised_window(window: Any) -> None:
    from kemidesk.ui.single_instance import bring_forward

    window.showMinimized()
    bring_forward(window)
    assert window.isVisible() and not window.isMinimized()
    window.hide()
    bring_forward(window)
    assert window.isVisible()


def test_run_app_on_a_folder_in_use_opens_no_second_window(
    paths: Any, qapp: Any, boxes: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from kemidesk.ui.app import ALREADY_OPEN_EXIT, run_app

    boxes.answer = False  # "bring it forward?" - no
    with FolderLock(paths.data_dir, "window"):
        before = set(QApplication.topLevelWidgets())
        assert run_app(paths) == ALREADY_OPEN_EXIT
        assert "jo auki" in boxes.asked[-1]
        assert not [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]


def test_start_during_a_restore_says_so(paths: Any, qapp: Any, boxes: Any) -> None:
    from kemidesk.ui.app import ALREADY_OPEN_EXIT, run_app

    with FolderLock(paths.data_dir, "restore"):
        assert run_app(paths) == ALREADY_OPEN_EXIT
    assert not boxes.asked
    kind, _, text = boxes.shown[-1]
    assert kind == "warn" and "palautetaan" in text and "kemidesk-palautus" in text
