"""Fixtures for the window tests: offscreen Qt, a demo database in tmp_path, settings in a
temporary INI file, and message boxes replaced by recorders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kemidesk.paths import AppPaths, resolve_paths
from kemidesk.ui.compat import keep_singletons_alive

# The office laptop's screen, 1366×768 (the offscreen platform's default is 800×800).
LAPTOP_SCREEN = Path(__file__).resolve().parents[2] / "tools" / "offscreen_1366x768.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"


def pytest_configure(config: pytest.Config) -> None:
    # PySide6 6.12 on Python 3.11 drops references to None/True/False (see ui/compat.py).
    keep_singletons_alive()


DEMO_TODAY = date(2026, 11, 28)


@pytest.fixture
def paths(tmp_path: Path, demo_template: Path) -> Iterator[AppPaths]:
    """A populated ("small" demo, dated DEMO_TODAY) database in tmp_path, closed after the
    test: a copy of the session's demo template (tests/conftest.py)."""
    from kemidesk.db.connection import close_database
    from tests.conftest import TODAY, copy_demo

    assert DEMO_TODAY == TODAY  # the template is made on this date
    app_paths = resolve_paths(tmp_path / "data")
    app_paths.ensure()
    copy_demo(demo_template, app_paths)
    yield app_paths
    close_database()


@dataclass
class MessageRecorder:
    """Stands in for kemidesk.ui.messages: records every box, answers questions."""

    answer: bool = True
    asked: list[str] = field(default_factory=list)
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def ask(self, parent: Any, title: str, text: str, default_yes: bool = False) -> bool:
        self.asked.append(text)
        return self.answer

    def record(self, kind: str) -> Any:
        def show(parent: Any, title: str, text: str, *rest: Any) -> None:
            self.shown.append((kind, title, text))

        return show


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageRecorder:
    from kemidesk.ui import messages

    recorder = MessageRecorder()
    monkeypatch.setattr(messages, "ask", recorder.ask)
    for kind in ("info", "warn", "error", "about"):
        monkeypatch.setattr(messages, kind, recorder.record(kind))
    return recorder


@pytest.fixture
def ctx(paths: AppPaths, qapp: Any, boxes: MessageRecorder) -> Any:
    from kemidesk.ui.context import UiContext
    from kemidesk.ui.settings import UiSettings

    context = UiContext(paths, UiSettings(paths.settings_file))
    context.today = lambda: DEMO_TODAY
    return context


@pytest.fixture
def window(ctx: Any, qtbot: Any) -> Iterator[Any]:
    """The main window, shown, with its first tab loaded."""
    from kemidesk.ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.current_tab().loaded)
    yield main
    main.ctx.opener.close_all()


def finish_loading(tab: Any) -> None:
    """Read the rest of a chunked list at once."""
    tab.ensure_loaded()
    loader = getattr(tab, "loader", None)
    if loader is not None:
        loader.finish_now()


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user; QTest cannot type non-ASCII keys (ä, ö), so those go as key events."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)
