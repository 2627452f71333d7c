"""The index pane on the real window: typed editors, Save/Revert, inline errors, the stale-edit
banner, unsaved changes on selection moves, document-level fields, read-only access.

Every save is checked by reading the database back.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QMessageBox, QPushButton

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import (
    AccessGrant,
    Case,
    Document,
    DocumentIndexValue,
    DocumentType,
    IndexField,
    IndexValue,
    Role,
    User,
)
from desktop_app.models.states import RoleCode
from desktop_app.services.cases import case_editing, index_values
from desktop_app.services.context import Actor
from desktop_app.services.office.workspace import close_workspace
from desktop_app.storage.database import write_transaction
from desktop_app.views.index.index_editors import FieldEditor, OptionalDateEdit
from tests.ui.helpers import answer_next_dialog, choose, click_save, editor, retype, select_case

SHOTS = os.environ.get("CASEDESK_SHOTS")  # a folder: save pictures of the form to look at


def shot(pane, name: str) -> None:
    if SHOTS:
        pane.grab().save(str(Path(SHOTS) / f"index-{name}.png"))
        pane.scroll.widget().grab().save(str(Path(SHOTS) / f"index-{name}-whole.png"))


def stored(case_id: int) -> dict[str, str]:
    return dict(IndexValue.select(IndexField.code, IndexValue.value).join(IndexField)
                .where(IndexValue.case == case_id).tuples())


@pytest.fixture
def french():
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(previous)


def other_clerk() -> Actor:
    with write_transaction():
        user = User.create(login="claire", full_name="Claire Martin", initials="CM",
                           role=Role.get(Role.code == RoleCode.ADMINISTRATIVE))
    return Actor.from_user(user)


def test_the_form_shows_typed_editors_with_required_fields_marked(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    assert editor(pane, "index_city").text() == "Angers"
    assert editor(pane, "index_amount").text() == "1,255.00"
    mission = editor(pane, "index_field_mission", QComboBox)
    assert mission.currentText() == "DPE" and mission.itemText(0) == "DPE"  # required: no empty entry
    assert editor(pane, "index_field_keys_at_agency", QCheckBox).isChecked()
    assert isinstance(pane.findChild(OptionalDateEdit, "index_field_lab_sent"), OptionalDateEdit)
    assert pane.findChild(OptionalDateEdit, "index_field_lab_sent").date() is None
    assert mission.accessibleDescription() == "Required field"
    labels = {label.text() for label in pane.fields_box.findChildren(QLabel)}
    assert {"Missions *", "Vente / location *", "Surface (m²)"} <= labels
    assert editor(pane, "index_field_surface").text() == "84.5"
    assert not pane.save_button.isEnabled() and not pane.revert_button.isEnabled()
    shot(pane, "filled")


def test_editing_text_money_date_and_bool_saves_to_the_database(qtbot, window, office, french):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    case = Case.get(Case.number == office.documents_case)
    changed = []
    window.session.changes.sig_changes_applied.connect(lambda changes, _by: changed.extend(changes.case_ids))
    retype(qtbot, editor(pane, "index_internal_ref"), "DOS-77 Faure")
    assert pane.save_button.isEnabled() and pane.revert_button.isEnabled()
    retype(qtbot, editor(pane, "index_amount"), "1.234,50")
    retype(qtbot, editor(pane, "index_field_surface"), "92,75")
    pane.findChild(OptionalDateEdit, "index_field_lab_sent").edit.setDate(QDate(2026, 3, 9))
    keys = editor(pane, "index_field_keys_at_agency", QCheckBox)
    qtbot.mouseClick(keys, Qt.MouseButton.LeftButton, pos=QPoint(8, keys.height() // 2))  # on the box
    choose(qtbot, editor(pane, "index_field_sale_or_rent", QComboBox), "Location")
    editor(pane, "index_internal_ref").setFocus()
    qtbot.keyClick(editor(pane, "index_internal_ref"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: changed == [case.id])
    row = Case.get_by_id(case.id)
    assert (row.internal_ref, row.amount, row.version) == ("DOS-77 Faure", Decimal("1234.50"), case.version + 1)
    assert stored(case.id) == {"mission": "DPE", "surface": "92.75", "lab_sent": "2026-03-09",
                               "keys_at_agency": "0", "sale_or_rent": "Location"}
    assert not pane.save_button.isEnabled()
    assert editor(pane, "index_amount").text() == "1\u202f234,50"  # reloaded, in French
    assert pane.detail.version == row.version


def test_a_bad_number_is_shown_under_its_field_and_nothing_is_saved(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    case = Case.get(Case.number == office.documents_case)
    surface = editor(pane, "index_field_surface")
    qtbot.keyClicks(surface, "x")  # the validator refuses letters outright
    assert surface.text() == "84.5"
    retype(qtbot, surface, "1,2,3")
    retype(qtbot, editor(pane, "index_city"), "Cholet")
    click_save(qtbot, pane)
    error = editor(pane, "index_field_surface_error", QLabel)
    assert error.isVisible() and error.text() == "Surface (m²): 1,2,3 is not a number."
    assert pane.error_banner.isVisible()
    shot(pane, "errors")
    assert Case.get_by_id(case.id).city == "Angers" and Case.get_by_id(case.id).version == case.version
    assert stored(case.id)["surface"] == "84.5"
    # The service's own checks land under their fields too: the required choice is unset.
    retype(qtbot, surface, "90")
    assert not error.isVisible()  # editing the field clears its message
    click_save(qtbot, pane)
    required = editor(pane, "index_field_sale_or_rent_error", QLabel)
    assert required.isVisible() and required.text() == "Vente / location is required."
    assert Case.get_by_id(case.id).city == "Angers" and stored(case.id)["surface"] == "84.5"
    qtbot.mouseClick(pane.revert_button, Qt.MouseButton.LeftButton)
    assert editor(pane, "index_city").text() == "Angers" and not pane.has_changes


def test_a_concurrent_change_shows_the_conflict_and_is_not_overwritten(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    case = Case.get(Case.number == office.documents_case)
    retype(qtbot, editor(pane, "index_city"), "Saint-Nazaire")
    choose(qtbot, editor(pane, "index_field_sale_or_rent", QComboBox), "Vente")
    case_editing.update_case(other_clerk(), case.id, case.version, city="Rennes", subject="Vente maison")
    click_save(qtbot, pane)
    assert pane.conflict_banner.isVisible()
    assert pane.conflict_banner.text.text().startswith("Changed by Claire Martin at ")
    assert editor(pane, "indexConflict_city_1", QLabel).text() == "Rennes"  # theirs
    assert editor(pane, "indexConflict_city_2", QLabel).text() == "Saint-Nazaire"  # yours
    assert editor(pane, "indexConflict_subject_1", QLabel).text() == "Vente maison"
    shot(pane, "conflict")
    row = Case.get_by_id(case.id)
    assert (row.city, row.version) == ("Rennes", case.version + 1) and "sale_or_rent" not in stored(case.id)
    # The user chooses: their city goes on top of the other version, whose subject stays.
    click_save(qtbot, pane, editor(pane, "indexSaveMineButton", QPushButton))
    row = Case.get_by_id(case.id)
    assert (row.city, row.subject, row.version) == ("Saint-Nazaire", "Vente maison", case.version + 2)
    assert stored(case.id)["sale_or_rent"] == "Vente"
    assert not pane.conflict_banner.isVisible() and not pane.has_changes


def test_reload_theirs_drops_the_edit(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    case = Case.get(Case.number == office.documents_case)
    retype(qtbot, editor(pane, "index_city"), "Saint-Nazaire")
    case_editing.update_case(other_clerk(), case.id, case.version, city="Rennes")
    assert pane.save()
    qtbot.waitUntil(lambda: not pane.saving)
    assert pane.conflict_banner.isVisible()
    qtbot.mouseClick(editor(pane, "indexReloadTheirsButton", QPushButton), Qt.MouseButton.LeftButton)
    assert editor(pane, "index_city").text() == "Rennes" and not pane.has_changes
    assert Case.get_by_id(case.id).city == "Rennes"


def test_moving_to_another_case_with_unsaved_changes_asks(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    retype(qtbot, editor(pane, "index_city"), "Cholet")
    seen: list[str] = []
    answer_next_dialog(QMessageBox.StandardButton.Cancel, seen)
    window.case_list.select_row(1)
    assert seen and office.documents_case in seen[0]
    qtbot.waitUntil(lambda: window.case_list.current_case_id == pane.case_id)
    assert pane.detail.number == office.documents_case and editor(pane, "index_city").text() == "Cholet"
    assert pane.has_changes

    answer_next_dialog(QMessageBox.StandardButton.Discard, seen)
    window.case_list.select_row(1)
    second = window.case_list.model.case_row(1)
    qtbot.waitUntil(lambda: pane.detail.number == second.number)
    assert len(seen) == 2 and not pane.has_changes
    qtbot.waitUntil(lambda: len(pane.fields_box.findChildren(FieldEditor)) == len(pane.field_editors))
    assert Case.get(Case.number == office.documents_case).city == "Angers"

    # Save, but the save fails (this case lacks its required fields): the selection stays.
    retype(qtbot, editor(pane, "index_city"), "Laval")
    answer_next_dialog(QMessageBox.StandardButton.Save, seen)
    window.case_list.select_row(0)
    qtbot.waitUntil(lambda: window.case_list.current_case_id == second.id)
    assert pane.detail.number == second.number and pane.has_changes
    assert editor(pane, "index_field_mission_error", QLabel).text() == "Missions is required."
    choose(qtbot, editor(pane, "index_field_mission", QComboBox), "Gaz")
    choose(qtbot, editor(pane, "index_field_sale_or_rent", QComboBox), "Vente")
    answer_next_dialog(QMessageBox.StandardButton.Save, seen)
    window.case_list.select_row(0)
    qtbot.waitUntil(lambda: pane.detail.number == office.documents_case)
    assert Case.get(Case.number == second.number).city == "Laval"
    assert stored(second.id) == {"mission": "Gaz", "sale_or_rent": "Vente"}


def test_a_document_index_field_is_edited_and_saved(qtbot, window, office):
    report_id = office.documents["rapport_dpe.pdf"]
    document = Document.get_by_id(report_id)
    report = DocumentType.get(DocumentType.code == "report")
    with write_transaction():
        Document.update(document_type=report).where(Document.id == report_id).execute()
        IndexField.create(work_area=report.work_area_id, document_type=report, code="grade", label="Classe",
                          kind="choice", position=1)
        IndexField.create(work_area=report.work_area_id, document_type=report, code="signed_on",
                          label="Signé le", kind="date", required=True, position=0)
        from desktop_app.models import LookupValue
        grade = IndexField.get(IndexField.code == "grade")
        for position, value in enumerate("ABCDEFG"):
            LookupValue.create(field=grade, value=value, position=position)
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    qtbot.waitUntil(lambda: pane.document_id == report_id)
    assert pane.document_box.isVisible() and "rapport_dpe" in pane.document_box.title()
    choose(qtbot, editor(pane, "index_doc_field_grade", QComboBox), "C")
    click_save(qtbot, pane)
    assert editor(pane, "index_doc_field_signed_on_error", QLabel).text() == "Signé le is required."
    pane.findChild(OptionalDateEdit, "index_doc_field_signed_on").edit.setDate(QDate(2026, 3, 2))
    click_save(qtbot, pane)
    rows = dict(DocumentIndexValue.select(IndexField.code, DocumentIndexValue.value).join(IndexField)
                .where(DocumentIndexValue.document == document.id).tuples())
    assert rows == {"grade": "C", "signed_on": "2026-03-02"}
    assert not pane.has_changes and editor(pane, "index_doc_field_grade", QComboBox).currentText() == "C"


def test_a_document_index_changed_by_someone_else_is_not_overwritten(qtbot, window, office):
    report_id = office.documents["rapport_dpe.pdf"]
    report = DocumentType.get(DocumentType.code == "report")
    with write_transaction():
        Document.update(document_type=report).where(Document.id == report_id).execute()
        IndexField.create(work_area=report.work_area_id, document_type=report, code="grade", label="Classe",
                          kind="text", position=1)
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    qtbot.waitUntil(lambda: pane.document_id == report_id)
    retype(qtbot, editor(pane, "index_doc_field_grade"), "mine")
    index_values.save_document_index(other_clerk(), report_id, {"grade": "theirs"})  # meanwhile
    click_save(qtbot, pane)
    stored_value = (DocumentIndexValue.select(DocumentIndexValue.value).join(IndexField)
                    .where((DocumentIndexValue.document == report_id) & (IndexField.code == "grade")).scalar())
    assert stored_value == "theirs"
    assert pane.has_changes  # the clerk's edit is still on screen, not lost


def test_a_read_only_grant_gives_a_read_only_form(qtbot, office):
    from desktop_app.services.office.workspace import open_workspace

    workspace = open_workspace(office.data_dir)
    try:
        with write_transaction():
            user = User.create(login="ana", full_name="Ana Ruiz", initials="AR",
                               role=Role.get(Role.code == RoleCode.SALES_ADVISOR))
            AccessGrant.create(case=Case.get(Case.number == office.documents_case), user=user, level="read")
    finally:
        close_workspace(workspace)
    window = create_main_window(office.data_dir, user="ana")
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    try:
        select_case(qtbot, window, office.documents_case)
        pane = window.index
        assert editor(pane, "index_city").isReadOnly()
        assert not editor(pane, "index_field_mission", QComboBox).isEnabled()
        assert pane.read_only_note.isVisibleTo(pane) and not pane.button_bar.isVisibleTo(pane)
        assert not pane.save_action.isEnabled()
    finally:
        window.close()
        close_workspace(window.session.workspace)


def test_an_empty_date_can_be_set_and_cleared(qtbot, window, office):
    select_case(qtbot, window, office.documents_case)
    pane = window.index
    dates = pane.findChild(OptionalDateEdit, "index_field_lab_sent")
    dates.edit.setDate(QDate(2026, 1, 15))
    assert dates.date() == dt.date(2026, 1, 15) and pane.has_changes
    qtbot.mouseClick(dates.clear_button, Qt.MouseButton.LeftButton)
    assert dates.date() is None and not pane.has_changes
    shot(pane, "empty-date")
