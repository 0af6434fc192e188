"""The user guide: every tab and dialog names a page that exists, every link and image in the
pages resolves, and F1 opens the page of what is in front."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

import kemidesk.ui
from kemidesk.ui import help as guide
from kemidesk.ui.help_window import HelpWindow
from kemidesk.ui.tabs.pending import DEFAULT_TABS

ROOT = guide.help_root("fi")
PAGES = sorted(p.name for p in ROOT.glob("*.html"))
# Base classes and containers that are never shown as such, and the help window itself.
NOT_SHOWN = {"FormDialog", "DetailDialog", "RowDetail", "HelpWindow"}


class Links(HTMLParser):
    """The hrefs, image sources and ids (anchors) of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.images: list[str] = []
        self.ids: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        if tag == "a" and "href" in values:
            self.hrefs.append(values["href"])
        if tag == "img":
            self.images.append(values.get("src", ""))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def parsed(name: str) -> Links:
    links = Links()
    links.feed((ROOT / name).read_text(encoding="utf-8"))
    return links


def resolves(target: str, source: str = "index.html") -> bool:
    """ "page.html#anchor", "#anchor" (on `source`) or "page.html" exists."""
    page, _, anchor = target.partition("#")
    page = page or source
    if "/" in page or not (ROOT / page).is_file():
        return False
    return not anchor or anchor in parsed(page).ids


def ui_dialog_classes() -> list[type]:
    """Every QDialog subclass defined in kemidesk.ui (all modules imported)."""
    for info in pkgutil.walk_packages(kemidesk.ui.__path__, "kemidesk.ui."):
        importlib.import_module(info.name)
    found: dict[str, type] = {}
    for name, module in list(__import__("sys").modules.items()):
        if not name.startswith("kemidesk.ui"):
            continue
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == name:
                found[f"{name}.{cls_name}"] = cls
    return [found[k] for k in sorted(found)]


# ------------------------------------------------------------------ the pages


def test_the_guide_has_the_pages_the_office_needs() -> None:
    assert {
        "index.html",
        "vuosikierto.html",
        "avustuspolku.html",
        "kaynnit.html",
        "maksut.html",
        "raportit.html",
        "varmuuskopiot.html",
        "paivamaarat.html",
    } <= set(PAGES)
    # the grant path step by step, in order
    text = guide.plain_text("avustuspolku.html")
    steps = ["Yhdistys", "Työllistetty", "Työsuhde", "Hakemus", "Päätös", "Tulostus"]
    steps += ["Merkitse lähetetyksi", "Seuranta", "Maksatushakemus", "Hyväksyntä", "Maksuerä"]
    positions = [text.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "Tiedosto → Vie Exceliin" in guide.plain_text("raportit.html")
    assert "Tiedosto → Tuo taulukosta" in guide.plain_text("raportit.html")
    assert "301127" in guide.plain_text("paivamaarat.html")
    assert "Palauta varmuuskopiosta" in guide.plain_text("varmuuskopiot.html")


def test_the_contents_list_names_every_page_once() -> None:
    listed = [page for page, _title in guide.contents()]
    assert len(listed) == len(set(listed))
    assert sorted(listed) == [p for p in PAGES if p != "index.html"]
    for page, title in guide.contents():
        assert title
        assert parsed(page).title.strip(), f"{page} has no <title>"


@pytest.mark.parametrize("page", PAGES)
def test_every_link_and_image_on_a_page_resolves(page: str) -> None:
    links = parsed(page)
    for href in links.hrefs:
        assert resolves(href, page), f"{page}: broken link {href}"
    for src in links.images:
        assert src.startswith("kuvat/"), f"{page}: image {src} outside kuvat/"
        assert (ROOT / src).is_file(), f"{page}: missing image {src}"
    if page != "index.html":
        assert "index.html" in links.hrefs  # a way back to the contents


def test_every_shipped_image_is_used() -> None:
    used = {src for page in PAGES for src in parsed(page).images}
    shipped = {f"kuvat/{p.name}" for p in (ROOT / "kuvat").glob("*.png")}
    assert shipped == used


# ------------------------------------------------------------------ tabs and dialogs name pages


def test_every_tab_names_an_existing_page() -> None:
    for entry in DEFAULT_TABS:
        module, name = entry.factory.split(":")
        cls = getattr(importlib.import_module(module), name)
        page = getattr(cls, "help_page", "")
        assert page, f"tab {entry.key} names no help page"
        assert resolves(page), f"tab {entry.key}: {page}"


def test_every_dialog_names_an_existing_page() -> None:
    classes = [c for c in ui_dialog_classes() if c.__name__ not in NOT_SHOWN]
    assert len(classes) >= 25  # the forms, details, grant path, payments, settings, printing
    for cls in classes:
        page = getattr(cls, "help_page", "")
        assert page, f"{cls.__module__}.{cls.__name__} names no help page"
        assert resolves(page), f"{cls.__name__}: {page}"


# ------------------------------------------------------------------ the window


def press_f1(qtbot: Any, widget: Any) -> Any:
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()
    ]
    assert len(shown) == 1
    return shown[0]


def test_menu_opens_the_guide_and_f1_opens_the_current_tabs_page(window: Any, qtbot: Any) -> None:
    action = window.findChild(type(window.actions_by_key["about"]), "help_guide")
    assert action is not None
    assert action in window.menus["help"].actions()
    assert action.shortcut().toString() == "F1"
    for key, page in (("payments", "maksut.html"), ("placements", "avustuspolku.html#tyosuhde")):
        tab = window.tab_by_key(key)
        window.tabs.setCurrentWidget(tab)
        help_window = press_f1(qtbot, window.tabs.currentWidget())
        assert help_window.isVisible()
        assert help_window.current_page() == page
        assert "Käyttöohje" in help_window.windowTitle()
    action.trigger()  # the menu: same page as F1 on the tab in front
    assert help_window.current_page() == "avustuspolku.html#tyosuhde"


def test_f1_in_a_dialog_opens_its_page(window: Any, qtbot: Any) -> None:
    window.tabs.setCurrentWidget(window.tab_by_key("associations"))
    form = window.new_record()
    assert form is not None
    field = form.fields["name"].widget
    help_window = press_f1(qtbot, field)
    assert help_window.current_page() == "avustuspolku.html#yhdistys"
    form.reject()


def test_help_window_links_contents_and_search(window: Any, qtbot: Any) -> None:
    help_window = window.help.open_help()
    assert help_window.current_page() == "index.html"
    titles = [
        help_window.contents_list.item(i).text() for i in range(help_window.contents_list.count())
    ]
    assert titles[0].startswith("Vuoden kierto")
    help_window.contents_list.itemClicked.emit(help_window.contents_list.item(3))
    assert help_window.current_page() == "kaynnit.html"
    help_window.show_page("avustuspolku.html#lahetys")
    assert help_window.current_page() == "avustuspolku.html#lahetys"
    help_window.show_page("ei-ole.html")
    assert help_window.current_page() == "index.html"  # an unknown page shows the contents
    # a link followed: the browser's own link handling, then back
    help_window.show_page("avustuspolku.html")
    help_window.browser.setSource(help_window.browser.source().resolved("maksut.html"))
    assert help_window.current_page() == "maksut.html"
    help_window.browser.backward()
    assert help_window.current_page() == "avustuspolku.html"
    # Ctrl+F goes to the search field; typing finds and selects the text on the page
    help_window.activateWindow()
    qtbot.waitUntil(help_window.isActiveWindow)
    help_window.browser.setFocus()
    qtbot.keyClick(help_window.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is help_window.search
    qtbot.keyClicks(help_window.search, "oikaisuvaatimusaika")
    assert help_window.browser.textCursor().selectedText().lower() == "oikaisuvaatimusaika"
    qtbot.keyClicks(help_window.search, "xyz")
    assert help_window.search_result.text() == "Ei löytynyt"
    # the images are loaded (a missing image would leave a placeholder of size 0)
    help_window.show_page("maksut.html")
    document = help_window.browser.document()
    assert document.resource(3, help_window.browser.source().resolved("kuvat/ui_tab_payments.png"))


def test_pages_are_under_resources(tmp_path: Path) -> None:
    assert guide.help_root("sv") == ROOT  # an untranslated language falls back to Finnish
    assert ROOT.parent.parent.name == "resources"


def test_guide_is_a_window_of_its_own_and_closes_with_the_main_window(
    window: Any, qtbot: Any
) -> None:
    window.tabs.setCurrentWidget(window.tab_by_key("associations"))
    form = window.new_record()  # window-modal over the main window
    help_window = press_f1(qtbot, form.fields["name"].widget)
    # not a child of the main window, so the open form does not block it
    assert help_window.parentWidget() is None
    assert help_window.isVisible()
    form.reject()
    with qtbot.waitSignal(help_window.destroyed):
        window.close()  # the guide goes with it
    assert window.help.help_window is None
