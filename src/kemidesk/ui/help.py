"""The user guide inside the program: Ohje → Käyttöohje (F1).

The pages are HTML files under `resources/help/<language>/` (Finnish always, English where a
page has been translated), shown in one help window with a contents list, links between the
pages, back/forward and a search field (Ctrl+F). F1 opens the page of what the user is looking
at: every tab and dialog names its page in a class attribute `help_page`
("page.html" or "page.html#anchor"); a widget without one falls back to its parents, then to
the current tab of the main window, then to the contents page.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kemidesk.paths import resources_dir

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
    return [(href, html.unescape(re.sub(r"<[^>]+>", "", title))) for href, title in items]


class HelpWindow(QDialog):
    """The guide: contents on the left, the page on the right, a search field above."""

    def __init__(self, language: str = "fi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("kemidesk – Käyttöohje"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setModal(False)
        self.root = help_root(language)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(self.root)])
        self.contents_list = QListWidget(self)
        self.contents_list.setObjectName("help_contents")
        self.contents_list.setWordWrap(True)
        self.contents_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page, title in contents(language):
            item = QListWidgetItem(title, self.contents_list)
            item.setData(Qt.ItemDataRole.UserRole, page)
        self.contents_list.itemActivated.connect(self._contents_chosen)
        self.contents_list.itemClicked.connect(self._contents_chosen)
        self.browser.sourceChanged.connect(self._source_changed)

        self.search = QLineEdit(self)
        self.search.setObjectName("help_search")
        self.search.setPlaceholderText(self.tr("Hae sivulta (Ctrl+F, Enter = seuraava)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textEdited.connect(lambda _t: self.find_next(from_start=True))
        self.search_result = QLabel(self)
        self.search_result.setObjectName("help_search_result")
        back = QPushButton(self.tr("&Takaisin"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(self.tr("&Sisällys"), self)
        home.clicked.connect(lambda: self.show_page(INDEX_PAGE))
        for button in (back, home):
            button.setAutoDefault(False)

        find_action = QAction(self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        self.addAction(find_action)
        next_action = QAction(self)
        next_action.setShortcut(QKeySequence.StandardKey.FindNext)
        next_action.triggered.connect(self.find_next)
        self.addAction(next_action)

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(home)
        top.addWidget(self.search, 1)
        top.addWidget(self.search_result)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.resize(980, 660)

    def show_page(self, page: str) -> None:
        """Show "page.html" or "page.html#anchor"; an unknown page shows the contents."""
        if not (self.root / page.split("#", 1)[0]).is_file():
            page = INDEX_PAGE
        url = QUrl.fromLocalFile(str(self.root / page.split("#", 1)[0]))
        if "#" in page:
            url.setFragment(page.split("#", 1)[1])
        self.browser.setSource(url)

    def current_page(self) -> str:
        """The file name shown now, with its anchor if there is one."""
        url = self.browser.source()
        name = Path(url.toLocalFile() or url.path()).name
        return f"{name}#{url.fragment()}" if url.fragment() else name

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def find_next(self, from_start: bool = False) -> bool:
        """Select the next occurrence of the search text on the page (wrapping once)."""
        text = self.search.text().strip()
        self.search_result.clear()
        if not text:
            return False
        if from_start:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
        found = self.browser.find(text)
        if not found:  # wrap around to the top
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            found = self.browser.find(text)
        if not found:
            self.search_result.setText(self.tr("Ei löytynyt"))
        return found

    def _contents_chosen(self, item: QListWidgetItem) -> None:
        self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _source_changed(self, url: QUrl) -> None:
        self.setWindowTitle(
            self.tr("kemidesk – Käyttöohje – %1").replace("%1", self.browser.documentTitle())
        )
        name = Path(url.toLocalFile() or url.path()).name
        for row in range(self.contents_list.count()):
            item = self.contents_list.item(row)
            if str(item.data(Qt.ItemDataRole.UserRole)).split("#", 1)[0] == name:
                self.contents_list.blockSignals(True)
                self.contents_list.setCurrentItem(item)
                self.contents_list.blockSignals(False)
                break


class HelpController(QObject):
    """Owns the one help window and answers F1 anywhere in the program."""

    def __init__(self, window: QWidget, language: str = "fi") -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        self.help_window: HelpWindow | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def open_help(self, page: str = INDEX_PAGE) -> HelpWindow:
        if self.help_window is None:
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
        if watched is self.window and event.type() == QEvent.Type.Close:
            if self.help_window is not None:
                self.help_window.close()
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
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


def install_help(window: QWidget, menu: object, before: QAction | None) -> HelpController:
    """Ohje → Käyttöohje (F1) in the window's help menu, and F1 everywhere."""

    language = getattr(getattr(window, "ctx", None), "settings", None)
    code = str(getattr(language, "language", "fi") or "fi")
    controller = HelpController(window, code)
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
