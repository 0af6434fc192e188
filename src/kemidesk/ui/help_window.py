"""The guide's window (Ohje → Käyttöohje, F1): contents on the left, the page on the right, a
search field above. Made by `help.HelpController` when the guide is first opened, so this
module and its widgets are imported then, not while the window starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kemidesk.ui.help import INDEX_PAGE, contents, help_root


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
