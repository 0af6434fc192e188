"""Valmennukset: a training made in its dialog, registrations added (a full training refused
with its message), attendance and feedback ticked, supervision sessions recorded, and the
association's view listing the trainings its people attended."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from kemidesk.services import associations, trainings
from tests.qt.conftest import type_text


def _tab(window: Any) -> Any:
    tab = window.tab_by_key("trainings")
    window.tabs.setCurrentWidget(tab)
    tab.ensure_loaded()
    return tab


def test_training_made_in_the_dialog_is_listed_and_searchable(window: Any, qtbot: Any) -> None:
    tab = _tab(window)
    before = tab.table.row_count()
    dialog = tab.new_record()
    assert not dialog.save()  # nothing typed: refused, nothing written
    assert dialog.fields["theme_id"].error_label.text() == "Valitse teema luettelosta."
    dialog.theme.setCurrentIndex(1)
    dialog.held_on.line.clear()
    type_text(qtbot, dialog.held_on.line, "15.1.2027")
    type_text(qtbot, dialog.start_time, "9:00")
    type_text(qtbot, dialog.end_time, "11.30")
    type_text(qtbot, dialog.place, "Kemin kirjasto, Tietotupa")
    type_text(qtbot, dialog.trainer, "Vilja Ainutlaatuinen")
    type_text(qtbot, dialog.capacity, "x")
    assert "Paikkoja on 1–1000" in dialog.errors()["capacity"]
    dialog.capacity.clear()
    type_text(qtbot, dialog.capacity, "1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.row_count() == before + 1)
    saved = next(t for t in trainings.list_trainings() if t.trainer == "Vilja Ainutlaatuinen")
    assert (saved.held_on, saved.time_text, saved.capacity) == (date(2027, 1, 15),
                                                                "09.00–11.30", 1)  # fmt: skip
    type_text(qtbot, tab.search, "Ainutlaatuinen")
    assert tab.table.row_count() == 1
    tab.search.clear()
    tab.select(saved.id)
    assert tab.current_id() == saved.id


def test_registrations_attendance_and_a_full_training(window: Any, qtbot: Any) -> None:
    tab = _tab(window)
    theme = trainings.list_themes()[0]
    row = trainings.add_training(
        trainings.TrainingInput(theme.id, date(2026, 12, 3), place="Kaupungintalo", capacity="2")
    )
    tab.refresh()
    tab.select(row.id)
    dialog = tab.open_attendance()
    first, second = associations.list_associations()[:2]
    dialog.association.setCurrentIndex(dialog.association.findData(first.id))
    assert not dialog.add_registration()  # no name
    assert "Nimi on pakollinen" in dialog.add_errors.text()
    type_text(qtbot, dialog.name, "Anna Yhteys")
    type_text(qtbot, dialog.role, "esihenkilö")
    assert dialog.add_registration()
    dialog.association.setCurrentIndex(dialog.association.findData(second.id))
    type_text(qtbot, dialog.name, "Olli Ohjaaja")
    assert dialog.add_registration()
    assert dialog.table.rowCount() == 2
    assert not dialog.add_button.isEnabled()  # full
    type_text(qtbot, dialog.name, "Kolmas")
    assert not dialog.add_registration()
    assert "täynnä" in dialog.add_errors.text()
    dialog.set_attended(0, True)
    dialog.useful.setText("2")
    assert not dialog.save()  # two answers, one attended
    assert "osallistujia vain 1" in dialog.feedback_error.text()
    assert trainings.get_training(row.id).attended == 0  # nothing written
    dialog.useful.setText("1")
    assert dialog.save()
    got = trainings.get_training(row.id)
    assert (got.registered, got.attended, got.feedback_useful) == (2, 1, 1)
    attended_by = {r.association_id for r in trainings.list_registrations(row.id) if r.attended}
    view = window.ctx.opener.open("association", attended_by.pop())
    qtbot.waitUntil(lambda: view.related["trainings"].model.rowCount() >= 1)
    assert row.id in [r.training_id for r in view.related["trainings"].model.rows()]
    view.close()


def test_supervision_session_recorded_from_the_tab(window: Any, qtbot: Any) -> None:
    tab = _tab(window)
    before = tab.supervision.row_count()
    dialog = tab.new_supervision()
    first = associations.list_associations()[0]
    dialog.association.setCurrentIndex(dialog.association.findData(first.id))
    dialog.held_on.line.clear()
    type_text(qtbot, dialog.held_on.line, "2.11.2026")
    type_text(qtbot, dialog.supervisor, "Tuula Työnohjaaja")
    type_text(qtbot, dialog.participants, "3")
    type_text(qtbot, dialog.hours, "0")
    assert dialog.errors()["hours"].startswith("Anna tunnit")
    dialog.hours.clear()
    type_text(qtbot, dialog.hours, "1,5")
    type_text(qtbot, dialog.cost, "150")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.supervision.row_count() == before + 1)
    mine = trainings.list_supervision(first.id)
    assert any(s.supervisor == "Tuula Työnohjaaja" and s.cost_cents == 15000 for s in mine)
    assert "Työnohjaus" in tab.supervision_label.text()


def test_invitation_sign_in_sheet_and_info_sheet_open_in_the_preview(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from kemidesk.ui.printing import choice
    from kemidesk.ui.printing.preview import PrintPreviewDialog

    opened: list[Any] = []
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    monkeypatch.setattr(PrintPreviewDialog, "deleteLater", lambda dialog: None)
    monkeypatch.setattr(choice, "ask_choice", lambda *a: "each")
    tab = _tab(window)
    theme = trainings.list_themes()[0]
    row = trainings.add_training(
        trainings.TrainingInput(theme.id, date(2026, 12, 3), place="Kaupungintalo")
    )
    tab.refresh()
    tab.select(row.id)
    assert tab.invitation_button.isEnabled()
    assert tab.print_invitation() is not None
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    live = [a for a in associations.list_associations() if not a.archived]
    assert opened[0].page_count() == len(live)  # one letter per association
    assert tab.print_current() is not None  # the sign-in sheet
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert tab.print_info_sheet() is not None
    qtbot.waitUntil(lambda: len(opened) == 3, timeout=20000)
    assert "Osatyökykyisen" in opened[2].windowTitle()


def test_a_training_is_archived_from_the_list_after_asking(
    window: Any, qtbot: Any, boxes: Any
) -> None:
    tab = _tab(window)
    theme = trainings.list_themes()[0]
    row = trainings.add_training(
        trainings.TrainingInput(theme.id, date(2026, 12, 4), place="Kaupungintalo")
    )
    tab.refresh()
    before = tab.table.row_count()
    tab.select(row.id)
    assert tab.can_archive()
    boxes.answer = False
    tab.archive_current()
    assert tab.table.row_count() == before
    boxes.answer = True
    tab.archive_current()
    assert "4.12.2026" in boxes.asked[-1]
    qtbot.waitUntil(lambda: tab.table.row_count() == before - 1)
    assert row.id not in [t.id for t in trainings.list_trainings()]


def test_address_list_of_the_invited_associations_to_excel(
    window: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    import openpyxl

    from kemidesk.services.associations import list_associations
    from kemidesk.ui.tabs import trainings as tab_module

    tab = window.tab_by_key("trainings")
    window.tabs.setCurrentWidget(tab)
    target = tmp_path / "osoitteet.xlsx"
    monkeypatch.setattr(tab_module, "choose_addresses_file", lambda *a: target)
    assert tab.export_addresses() == target
    ws = openpyxl.load_workbook(target).active
    assert [c.value for c in ws[1]][:3] == ["nimi", "yhteyshenkilö", "katuosoite"]
    names = [row[0] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == sorted(a.name for a in list_associations())
