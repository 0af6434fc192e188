"""The user guide inside the program: Ohje → Käyttöohje (F1).

The pages are HTML files under `resources/help/<language>/` (Finnish always, English where a
page has been translated), shown in one help window with a contents list, links between the
pages, back/forward and a search field (Ctrl+F). F1 opens the page of what the user is looking
at: every tab and dialog names its page in a class attribute `help_page`
("page.html" or "page.html#anchor"); a widget without one falls back to its parents, then to
the current tab of the main window, then to the contents page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyle,
    QWidget,
)

from kemidesk.paths import resources_dir

if TYPE_CHECKING:
    from kemidesk.ui.help_window import HelpWindow

INDEX_PAGE = "index.html"
_TITLE_RE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_CONTENTS_RE = re.compile(r'<li><a href="([^"]+)">(.*?)</a>', re.IGNORECASE)


def help_root(language: str = "fi") -> Path:
    """The folder of the pages in this language; Finnish when there is no translation."""
    base = resources_dir() / "help"
    folder = base / language
    return folder if (folder / INDEX_PAGE).is_file() else base / "fi"


def page_file(page: str, language: str = "fi") -> Path:
    """The file behind "page.html#anchor" (the anchor is dropped)."""
    return help_root(language) / page.split("#", 1)[0]


def page_for(widget: QWidget | None) -> str:
    """The page that explains `widget`: its own `help_page`, or its nearest parent's; for the
    main window (or a widget inside it without a page of its own) the current tab's page."""
    current = widget
    while current is not None:
        page = getattr(current, "help_page", "")
        if page:
            return str(page)
        current_tab = getattr(current, "current_tab", None)
        if callable(current_tab):  # the main window
            try:
                tab = current_tab()
            except (AssertionError, RuntimeError):
                tab = None
            page = getattr(tab, "help_page", "")
            if page:
                return str(page)
        current = current.parentWidget()
    return INDEX_PAGE


def contents(language: str = "fi") -> list[tuple[str, str]]:
    """(page, title) of the contents list, in the order of the contents page."""
    text = (help_root(language) / INDEX_PAGE).read_text(encoding="utf-8")
    start = text.find('id="sisallys"')
    items = _CONTENTS_RE.findall(text[start:] if start >= 0 else text)
    import html

    return [(href, html.unescape(re.sub(r"<[^>]+>", "", title))) for href, title in items]


class HelpController(QObject):
    """Owns the one help window and answers F1 anywhere in the program."""

    def __init__(self, window: QWidget, language: str = "fi", listen: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        self.help_window: HelpWindow | None = None
        if listen:
            self.listen()

    def listen(self) -> None:
        """F1 answered from here on (the filter sees every event of the program)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # again: still once (Qt moves it to the front)

    def open_help(self, page: str = INDEX_PAGE) -> HelpWindow:
        if self.help_window is None:
            from kemidesk.ui.help_window import HelpWindow

            # A window of its own, not a child of the main window: a form open over the main
            # window (window-modal) blocks its parent's child windows, and the guide is read
            # exactly while a form is open. It closes with the main window (eventFilter).
            self.help_window = HelpWindow(self.language, None)
            self.help_window.setWindowIcon(self.window.windowIcon())
            self.help_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.help_window.destroyed.connect(self._help_closed)
        self.help_window.show_page(page)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def _help_closed(self) -> None:
        self.help_window = None

    def open_for(self, widget: QWidget | None) -> HelpWindow:
        """F1: the page of the dialog in front (a modal one first), else the current tab's."""
        return self.open_help(page_for(widget))

    def context_widget(self) -> QWidget | None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        return app.activeModalWidget() or app.focusWidget() or app.activeWindow() or self.window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the program passes here: the cheap tests first (`event.type()`
        # makes a Python enum, ~5 µs; a tab's creation sends ~800 events).
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.help_window is not None:
                self.help_window.close()
            return False
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_F1
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            # The widget the key went to (with focus) names the page through its
            # parents; events to windows without focus fall back to the active one.
            target = watched if isinstance(watched, QWidget) else self.context_widget()
            if target is self.help_window or (
                self.help_window is not None
                and target is not None
                and self.help_window.isAncestorOf(target)
            ):
                return False
            self.open_for(target)
            return True
        return False


GUIDE_TEXT = QT_TRANSLATE_NOOP("Actions", "&Käyttöohje")


def install_help(
    window: QWidget, menu: object, before: QAction | None, listen: bool = True
) -> HelpController:
    """Ohje → Käyttöohje (F1) in the window's help menu, and F1 everywhere (with `listen`
    False, from the controller's `listen()` on)."""

    language = getattr(getattr(window, "ctx", None), "settings", None)
    code = str(getattr(language, "language", "fi") or "fi")
    controller = HelpController(window, code, listen)
    action = QAction(QCoreApplication.translate("Actions", GUIDE_TEXT), window)
    action.setObjectName("help_guide")
    action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_DialogHelpButton))
    # F1 itself is handled by the controller's event filter (it works in dialogs too); the
    # menu only shows the key.
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: controller.open_for(controller.context_widget()))
    assert isinstance(menu, QMenu)
    if before is not None:
        menu.insertAction(before, action)
        menu.insertSeparator(before)
    else:
        menu.addAction(action)
    controller.action = action  # type: ignore[attr-defined]
    return controller


def plain_text(page: str, language: str = "fi") -> str:
    """A page's text without markup (for tests and search)."""
    document = QTextDocument()
    document.setHtml(page_file(page, language).read_text(encoding="utf-8"))
    return document.toPlainText()
