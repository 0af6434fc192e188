"""Yleiskatsaus: the first tab, built on a worker, every line opening its record."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from kemidesk.domain.money import format_money
from kemidesk.domain.types import OverviewSection
from kemidesk.services import grants, payments
from kemidesk.services.overview import build_overview
from kemidesk.ui.dialogs.decision_dialog import DecisionDialog
from kemidesk.ui.dialogs.details import DecisionDetail, PlacementDetail
from kemidesk.ui.dialogs.notify_dialog import NotifyDialog
from kemidesk.ui.tabs.overview import (
    ID_ROLE,
    ROWS_PER_SECTION,
    SECTIONS,
    OverviewTab,
    days_text,
)
from tests.qt.conftest import DEMO_TODAY

WAITING = OverviewSection.APPLICATIONS_WAITING
UNSENT = OverviewSection.DECISIONS_NOT_SENT
CLAIMS = OverviewSection.CLAIMS_TO_CHECK
HELD = OverviewSection.PAYMENTS_HELD
BONUS = OverviewSection.BONUS_PROPOSALS


def overview_tab(window: Any, qtbot: Any) -> OverviewTab:
    tab = window.current_tab()
    assert isinstance(tab, OverviewTab)  # the window opens on it
    qtbot.waitUntil(lambda: tab.loaded and not tab.busy)
    return tab


def refreshed(tab: OverviewTab, qtbot: Any) -> None:
    """F5: the build runs on the worker; the tab answers at once and fills in later."""
    tab.refresh()
    assert tab.busy
    assert tab.status.text() == "Päivitetään…"
    qtbot.waitUntil(lambda: not tab.busy)


def double_click(tab: OverviewTab, qtbot: Any, kind: str, record_id: int) -> None:
    index = tab.index_of(kind, record_id)
    assert index.isValid(), (kind, record_id)
    tab.tree.scrollTo(index)
    rect = tab.tree.visualRect(index)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_first_tab_lists_every_kind_of_work_and_the_appropriation(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)
    expected = build_overview(DEMO_TODAY)
    lines = tab.sections()
    assert list(lines) == list(OverviewSection)
    assert [key for key, _items in expected.sections] == list(OverviewSection)
    for key, items in expected.sections:
        assert items, key
        assert lines[key] == [(i.kind, i.record_id) for i in items][:ROWS_PER_SECTION]
    waiting = expected.applications_waiting
    assert [i.days for i in waiting] == sorted((i.days for i in waiting), reverse=True)
    headers = [tab.model.item(row, 0).text() for row in range(tab.model.rowCount())]
    assert headers[0] == f"Hakemukset odottavat päätöstä ({len(waiting)})"
    bonus_header = headers[list(OverviewSection).index(BONUS)]
    assert bonus_header == f"Työllistämisbonus ehdolla ({len(expected.bonus_proposals)})"
    assert set(SECTIONS) == set(OverviewSection)  # every key has its title
    assert tab.heading.text() == "Tilanne 28.11.2026"
    status = expected.appropriation
    assert tab.appropriation.title().startswith("Määräraha 2026: ")
    assert format_money(status.amount_cents) in tab.appropriation.title()
    assert (
        tab.appropriation.figures["decided"].text().startswith(format_money(status.decided_cents))
    )
    assert tab.appropriation.figures["paid"].text().startswith(format_money(status.paid_cents))
    assert tab.appropriation.figures["left"].text().startswith(format_money(status.left_cents))
    assert 0 < tab.appropriation.bars["decided"].fraction < 1
    held = tab.index_of("payment", expected.payments_held[0].record_id)
    assert held.siblingAtColumn(1).data() == expected.payments_held[0].detail  # and why


def test_lines_open_the_right_dialogs(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)
    expected = build_overview(DEMO_TODAY)
    application = expected.applications_waiting[0]
    double_click(tab, qtbot, "application", application.record_id)
    dialog = window.findChild(DecisionDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.application.id == application.record_id
    dialog.done(0)

    decision = expected.decisions_not_sent[0]
    double_click(tab, qtbot, "decision", decision.record_id)
    detail = window.ctx.opener._open[("decision", decision.record_id)]
    assert isinstance(detail, DecisionDetail)
    assert detail.grant_actions.buttons["notify"].isEnabled()  # with its Lähetä action
    detail.close()

    payment = expected.payments_held[0]
    decision_id = payments.get_payment(payment.record_id).decision_id
    assert tab.select_item("payment", payment.record_id)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)  # Enter opens like a double-click
    detail = window.ctx.opener._open[("decision", decision_id)]
    payments_table = detail.related["payments"]
    chosen = payments_table.view.currentIndex()
    assert payments_table.proxy.row_at(chosen.row()).id == payment.record_id
    detail.close()

    placement = expected.ending_soon[0]
    double_click(tab, qtbot, "placement", placement.record_id)
    detail = window.ctx.opener._open[("placement", placement.record_id)]
    assert isinstance(detail, PlacementDetail)
    detail.close()


def test_an_item_goes_away_when_the_work_is_done(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)
    unsent = build_overview(DEMO_TODAY).decisions_not_sent[0].record_id
    assert ("decision", unsent) in tab.sections()[UNSENT]
    tab.select_item("decision", unsent)
    detail = tab.open_current()
    detail.grant_actions.buttons["notify"].click()
    notify = next(w for w in detail.findChildren(NotifyDialog) if w.isVisible())
    qtbot.mouseClick(notify.save_button, Qt.MouseButton.LeftButton)
    detail.close()
    # the write went to the data bus; the overview rebuilt itself on the worker
    qtbot.waitUntil(lambda: ("decision", unsent) not in tab.sections()[UNSENT])
    assert grants.get_decision(unsent).sent_on == DEMO_TODAY


def test_application_line_leads_to_a_decision_and_disappears(
    window: Any, qtbot: Any, boxes: Any
) -> None:
    tab = overview_tab(window, qtbot)
    boxes.answer = False  # do not print
    waiting = tab.sections()[WAITING]
    kind, application_id = waiting[-1]
    dialog = tab.open_item(kind, application_id)
    dialog.decision_type.setCurrentIndex(2)  # Kielteinen päätös: always possible
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("application", application_id) not in tab.sections()[WAITING])
    assert len(tab.sections()[WAITING]) == len(waiting) - 1
    assert tab.model.item(0, 0).text() == f"Hakemukset odottavat päätöstä ({len(waiting) - 1})"


def test_show_all_lines_of_a_long_section(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)
    held = build_overview(DEMO_TODAY).payments_held
    assert len(held) > ROWS_PER_SECTION
    assert len(tab.sections()[HELD]) == ROWS_PER_SECTION
    header = next(
        tab.model.item(r, 0) for r in range(tab.model.rowCount())
        if tab.model.item(r, 0).data(Qt.ItemDataRole.UserRole + 2) == HELD
    )  # fmt: skip
    more = header.child(header.rowCount() - 1, 0)
    assert more.text() == f"Näytä kaikki ({len(held)} riviä)…"
    tab.open_index(more.index())
    assert len(tab.sections()[HELD]) == len(held)
    refreshed(tab, qtbot)
    assert len(tab.sections()[HELD]) == len(held)  # stays open after a refresh


def test_a_collapsed_section_stays_collapsed_after_a_refresh(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)

    def expanded() -> dict[OverviewSection, bool]:
        headers = (tab.model.index(row, 0) for row in range(tab.model.rowCount()))
        return {OverviewSection(i.data(ID_ROLE)): tab.tree.isExpanded(i) for i in headers}

    assert expanded() == dict.fromkeys(OverviewSection, True)
    row = list(OverviewSection).index(HELD)
    tab.tree.collapse(tab.model.index(row, 0))
    refreshed(tab, qtbot)
    assert expanded() == {key: key is not HELD for key in OverviewSection}
    assert tab.model.item(row, 0).text().startswith("Pidätetyt maksut (")
    tab.open_index(tab.model.index(row, 0))  # Enter on a header toggles it
    assert expanded() == dict.fromkeys(OverviewSection, True)


def test_refresh_keeps_the_selection_and_f5_reaches_the_tab(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)
    bonus = tab.sections()[BONUS][0]
    assert tab.select_item(*bonus)
    window.actions_by_key["refresh"].trigger()  # F5
    assert tab.busy
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.current_item() == bonus
    window.update_actions()
    assert window.actions_by_key["open"].isEnabled()
    assert not window.actions_by_key["new"].isEnabled()


def test_changes_while_hidden_refresh_on_the_next_show(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)
    window.tabs.setCurrentWidget(window.tab_by_key("grants"))
    decision = build_overview(DEMO_TODAY).decisions_not_sent[0].record_id
    from kemidesk.domain.types import NotificationMethod

    grants.notify_decision(decision, NotificationMethod.EMAIL, DEMO_TODAY)
    window.ctx.notify("decision", decision)
    assert tab.stale and not tab.busy  # nothing is built for a hidden tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.busy and not tab.stale)
    assert ("decision", decision) not in tab.sections()[UNSENT]


def test_days_read_as_waiting_late_or_ahead() -> None:
    assert days_text("waiting", 19) == "19 pv"
    assert days_text("late", 3) == "myöhässä 3 pv"
    assert days_text("late", -3) == "3 pv:n päästä"
    assert days_text("ahead", 0) == "tänään"
    assert days_text("ahead", 16) == "16 pv:n päästä"
    assert days_text("none", None) == ""


def test_year_without_appropriation(window: Any, qtbot: Any) -> None:
    tab = overview_tab(window, qtbot)
    window.ctx.today = lambda: date(2031, 1, 5)
    refreshed(tab, qtbot)
    assert tab.appropriation.not_set.text() == "Määrärahaa vuodelle 2031 ei ole asetettu."
    assert tab.heading.text() == "Tilanne 5.1.2031"


def test_a_failed_build_is_reported_and_the_old_lines_stay(
    window: Any, qtbot: Any, monkeypatch: Any, caplog: Any
) -> None:
    from kemidesk.services import overview

    tab = overview_tab(window, qtbot)
    before = tab.sections()

    def broken(today: date, check: Any = None) -> Any:
        raise ValueError("Meikäläinen")  # personal data must not reach the log

    monkeypatch.setattr(overview, "build_overview", broken)  # as OverviewBuild.run calls it
    refreshed(tab, qtbot)
    assert tab.status.text() == "Yleiskatsausta ei voitu lukea; virhe on kirjattu lokiin."
    assert tab.sections() == before
    assert "ValueError" in caplog.text
    assert "Meikäläinen" not in caplog.text


def test_unsent_decisions_say_that_payments_wait_for_them() -> None:
    from kemidesk.ui.tabs.overview import section_title

    assert "maksuja ei hyväksytä ennen lähetystä" in section_title(UNSENT)


def test_closing_cancels_a_running_build(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    """Closing the window does not wait for an overview it no longer needs: the build is
    cancelled between its sections, and its result is not shown."""
    import threading
    import time

    from kemidesk.services import overview

    tab = overview_tab(window, qtbot)
    before, shown = tab.sections(), tab.overview
    slow_section_started = threading.Event()
    real = overview._followups_due

    def slow(today: date) -> Any:
        slow_section_started.set()
        time.sleep(0.3)
        return real(today)

    monkeypatch.setattr(overview, "_followups_due", slow)
    tab.refresh()
    assert slow_section_started.wait(5)
    started = time.perf_counter()
    assert tab.cancel()
    assert time.perf_counter() - started < 1.0
    qtbot.wait(100)
    assert tab.overview is shown  # the cancelled build delivered nothing
    assert tab.error is None  # and is not reported as a failure
    assert tab.sections() == before


def hold_followups_section(monkeypatch: Any) -> threading.Event:
    """The follow-ups section (the slow one) waits in its build until the event is set."""
    from kemidesk.services import overview

    release = threading.Event()
    real = overview._followups_due

    def slow(today: date) -> Any:
        assert release.wait(10)
        return real(today)

    monkeypatch.setattr(overview, "_followups_due", slow)
    return release


def test_the_first_build_shows_each_section_as_it_comes(
    ctx: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """The window opens on the overview: the quick sections are on screen (in their order,
    with "näytä kaikki" working) while the slow one is still being built."""
    expected = build_overview(DEMO_TODAY)
    release = hold_followups_section(monkeypatch)
    tab = OverviewTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    others = [key for key in OverviewSection if key is not OverviewSection.FOLLOWUPS_DUE]
    qtbot.waitUntil(lambda: tab.sections_shown() == len(others))
    assert not tab.loaded and tab.busy
    assert tab.status.text() == "Päivitetään…"
    lines = tab.sections()
    assert list(lines) == others  # in the overview's order, not the order they were built
    for key in others:
        items = expected.section(key)
        assert lines[key] == [(i.kind, i.record_id) for i in items][:ROWS_PER_SECTION]
    assert tab.appropriation.title().startswith("Määräraha 2026: ")
    held = expected.payments_held
    header = tab.model.item(others.index(HELD), 0)
    tab.open_index(header.child(header.rowCount() - 1, 0).index())  # näytä kaikki
    assert len(tab.sections()[HELD]) == len(held)
    assert list(tab.sections()) == others
    release.set()
    qtbot.waitUntil(lambda: tab.loaded and not tab.busy)
    lines = tab.sections()
    assert list(lines) == list(OverviewSection)
    assert (
        lines[OverviewSection.FOLLOWUPS_DUE]
        == [(i.kind, i.record_id) for i in expected.followups_due][:ROWS_PER_SECTION]
    )
    assert len(lines[HELD]) == len(held)
    total = sum(len(items) for _key, items in expected.sections)
    assert tab.status.text() == f"Avoimia tehtäviä {total}"
    assert tab.overview == expected
    assert tab.sections_shown() == len(OverviewSection)


def test_a_refresh_replaces_the_lines_when_the_whole_overview_is_built(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """After the first build the lines shown stay until the new overview is complete."""
    tab = overview_tab(window, qtbot)
    before = tab.sections()
    release = hold_followups_section(monkeypatch)
    tab.refresh()
    qtbot.wait(200)
    assert tab.busy and tab.sections() == before
    release.set()
    qtbot.waitUntil(lambda: not tab.busy)
    assert tab.sections() == before  # the same data: the same lines


def test_window_counts_its_records_after_the_overviews_first_build(
    ctx: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """The status bar's counts are read when the first build has ended, not while its
    worker still reads (they would hold the first lines back); a list tab counts at once."""
    from kemidesk.ui.main_window import MainWindow

    release = hold_followups_section(monkeypatch)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    tab = main.current_tab()
    qtbot.waitUntil(lambda: tab.sections_shown() > 0)
    qtbot.wait(50)
    assert tab.busy and main.counts_label.text() == ""
    release.set()
    qtbot.waitUntil(lambda: tab.loaded and not tab.busy)
    assert "työsuhteita 150" in main.counts_label.text()
    main.counts_label.setText("")
    tab.refresh()  # a later build does not count again by itself
    qtbot.waitUntil(lambda: not tab.busy)
    assert main.counts_label.text() == ""
    main.ctx.opener.close_all()
