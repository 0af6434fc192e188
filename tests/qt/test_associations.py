"""The associations tab and form, driven through the real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kemidesk.services import associations
from kemidesk.ui.dialogs.association_form import AssociationForm
from kemidesk.ui.models.row_model import SORT_ROLE
from tests.qt.conftest import type_text


def tab_of(window: Any, key: str) -> Any:
    tab = window.tab_by_key(key)
    window.tabs.setCurrentWidget(tab)
    return tab


def test_tab_lists_the_demo_associations(window: Any) -> None:
    tab = tab_of(window, "associations")
    assert tab.proxy.rowCount() == len(associations.list_associations()) == 25
    assert "Yhdistyksiä 25" in window.counts_label.text()


def test_search_narrows_the_list(window: Any, qtbot: Any) -> None:
    tab = tab_of(window, "associations")
    window.actions_by_key["find"].trigger()
    assert tab.search.hasFocus() or tab.search.isActiveWindow() is False
    type_text(qtbot, tab.search, "kierrätys")
    names = [tab.proxy.row_at(r).name for r in range(tab.proxy.rowCount())]
    assert names
    assert len(names) < 25
    assert all("Kierrätys" in n for n in names)
    assert "Näytetään" in tab.count_label.text()


def test_type_filter(window: Any) -> None:
    tab = tab_of(window, "associations")
    tab.type_filter.setCurrentIndex(tab.type_filter.findText("Yritys"))
    rows = [tab.proxy.row_at(r) for r in range(tab.proxy.rowCount())]
    assert rows
    assert all(r.employer_type.label == "Yritys" for r in rows)


def fill(qtbot: Any, form: AssociationForm, name: str, business_id: str) -> None:
    qtbot.keyClicks(form.name, name)
    qtbot.keyClicks(form.business_id, business_id)


def test_invalid_business_id_cannot_be_saved_then_valid_one_is(window: Any, qtbot: Any) -> None:
    tab = tab_of(window, "associations")
    form = window.new_record()
    assert isinstance(form, AssociationForm)
    assert not form.save_button.isEnabled()  # name and Y-tunnus are missing
    assert "Nimi" in form.hint.text()
    fill(qtbot, form, "Kemin Testiyhdistys ry", "0737546-3")
    assert not form.save_button.isEnabled()
    message = form.error_text("business_id")
    assert message.startswith("Y-tunnus on virheellinen: seitsemän numeroa, viiva ja")
    assert "esim. 1234567-1" in message
    assert "tarkiste)" not in message
    assert f"• Y-tunnus: {message}" in form.hint.text()  # the footer names the field
    assert not form.save()  # the Save slot refuses too
    form.business_id.clear()
    qtbot.keyClicks(form.business_id, "0737546-2")
    assert form.error_text("business_id") == ""
    assert form.save_button.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == form.DialogCode.Accepted
    names = [tab.proxy.row_at(r).name for r in range(tab.proxy.rowCount())]
    assert "Kemin Testiyhdistys ry" in names
    assert tab.proxy.rowCount() == 26
    # the new record is selected in its sorted place, not added at the bottom
    created = form.result_row
    assert tab.current_id() == created.id
    column = tab.model.sort_column
    keys = [tab.proxy.index(r, column).data(SORT_ROLE) for r in range(tab.proxy.rowCount())]
    ascending = tab.model.sort_order == Qt.SortOrder.AscendingOrder
    assert keys == sorted(keys, reverse=not ascending)
    assert tab.proxy.proxy_row_of(created.id) != tab.proxy.rowCount() - 1
    assert window.statusBar().currentMessage() == "Tallennettu"


def test_live_validation_of_optional_fields(window: Any, qtbot: Any) -> None:
    tab_of(window, "associations")
    form = window.new_record()
    qtbot.keyClicks(form.contact_email, "ei-osoite")
    assert form.error_text("contact_email") == "Sähköpostiosoite on virheellinen."
    qtbot.keyClicks(form.postcode, "941")
    assert form.error_text("postcode") == "Postinumero on viisi numeroa."
    qtbot.keyClicks(form.postcode, "00")
    assert form.error_text("postcode") == ""
    qtbot.keyClicks(form.iban, "FI21 1234 5600 0007 86")
    assert "IBAN" in form.error_text("iban")


def test_service_errors_show_next_to_the_field(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from kemidesk.domain.errors import FieldErrors

    tab_of(window, "associations")
    form = window.new_record()
    fill(qtbot, form, "Toinen ry", "0737546-2")

    def refuse(data: Any) -> Any:
        raise FieldErrors({"name": "Nimi on jo käytössä."})

    monkeypatch.setattr(associations, "create_association", refuse)
    assert not form.save()
    assert form.error_text("name") == "Nimi on jo käytössä."
    assert not form.save_button.isEnabled()
    qtbot.keyClicks(form.name, "x")  # editing the field clears the service's message
    assert form.error_text("name") == ""


def test_unsaved_changes_question(window: Any, qtbot: Any, boxes: Any) -> None:
    tab_of(window, "associations")
    form = window.new_record()
    form.reject()  # nothing typed: closes without asking
    assert boxes.asked == []
    form = window.new_record()
    type_text(qtbot, form.name, "Keskeneräinen ry")
    boxes.answer = False
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert len(boxes.asked) == 1
    assert "tallentamattomia muutoksia" in boxes.asked[0]
    assert form.isVisible()
    boxes.answer = True
    form.close()
    assert len(boxes.asked) == 2
    assert not form.isVisible()


def test_edit_updates_the_row(window: Any, qtbot: Any) -> None:
    tab = tab_of(window, "associations")
    tab.select_row(0)
    original = tab.current_row()
    form = window.edit_current()
    assert form.name.text() == original.name
    form.contact_name.setText("Uusi Yhteyshenkilö")
    assert form.save()
    row = tab.proxy.row_at(tab.proxy.proxy_row_of(original.id))
    assert row.contact_name == "Uusi Yhteyshenkilö"


def test_archiving_hides_and_show_archived_brings_back(window: Any, boxes: Any) -> None:
    tab = tab_of(window, "associations")
    tab.select_row(0)
    row = tab.current_row()
    window.archive_current()
    assert "Arkistoidaanko yhdistys" in boxes.asked[-1]
    assert tab.proxy.proxy_row_of(row.id) is None
    assert associations.get_association(row.id).archived
    window.actions_by_key["show_archived"].setChecked(True)
    assert tab.proxy.proxy_row_of(row.id) is not None
    assert tab.select_id(row.id)
    window.update_actions()
    assert window.actions_by_key["archive"].text() == "Palauta a&rkistosta"
    window.archive_current()
    assert not associations.get_association(row.id).archived
    window.actions_by_key["show_archived"].setChecked(False)


def test_delete_in_use_offers_archiving(window: Any, boxes: Any) -> None:
    tab = tab_of(window, "associations")
    tab.select_row(0)
    row = tab.current_row()
    assert row.placement_count > 0
    window.delete_current()
    assert "Arkistoidaanko tietue sen sijaan?" in boxes.asked[-1]
    assert associations.get_association(row.id).archived


def test_open_shows_placements_and_decisions(window: Any, qtbot: Any) -> None:
    tab = tab_of(window, "associations")
    tab.select_row(0)
    row = tab.current_row()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    dialog = window.ctx.opener._open[("association", row.id)]
    assert dialog.header.text() == row.name
    assert dialog.related["placements"].row_count() == row.placement_count
    assert dialog.related["decisions"].row_count() >= 0
    placement = dialog.related["placements"].open_row(0)
    assert placement.kind == "placement"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_duplicate_business_id_shows_the_existing_association_and_opens_it(
    window: Any, qtbot: Any
) -> None:
    from kemidesk.ui.context import ASSOCIATION

    tab_of(window, "associations")
    existing = associations.list_associations()[0]
    form = window.new_record()
    fill(qtbot, form, "Kaksoiskappale ry", existing.business_id)
    assert form.save_button.isEnabled()  # the live checks cannot know; the service does
    assert not form.save()
    assert form.error_text("business_id") == (
        f"Samalla Y-tunnuksella on jo yhdistys: {existing.name}."
    )
    button = form.findChild(QPushButton, "open_existing_business_id")
    assert button is not None
    assert button.isVisible()
    assert button.text() == "Avaa olemassa oleva"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    detail = window.ctx.opener._open.get((ASSOCIATION, existing.id))
    assert detail is not None
    assert detail.isVisible()
    assert len(associations.list_associations()) == 25  # nothing saved
    qtbot.keyClicks(form.business_id, "x")  # editing the field takes the offer away
    assert not button.isVisible()
    assert "Samalla Y-tunnuksella" not in form.error_text("business_id")


def test_examples_shown_in_the_forms_are_valid_and_marked_as_examples(window: Any) -> None:
    from kemidesk.domain import validation as v

    form = window.ctx.opener.new("association")
    person = window.ctx.opener.new("person")
    placement = window.ctx.opener.new("placement")
    checks = [
        (form.business_id, v.validate_business_id),
        (form.iban, v.validate_iban),
        (person.hetu, v.validate_hetu),
    ]
    for edit, validate in checks:
        text = edit.placeholderText()
        assert text.startswith("esim. ")
        validate(text.removeprefix("esim. "))  # raises when the example is wrong
    for edit in (placement.hours, placement.wage):
        assert edit.placeholderText().startswith("esim. ")  # not taken for a value
    for dialog in (form, person, placement):
        dialog.reject()
