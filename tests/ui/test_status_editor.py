"""Changing a case's status in its row (S2-C14): the drop-down, its dialogs, locking and rights."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import CancellationReason, Case
from desktop_app.services.cases import case_editing, status_moves
from desktop_app.services.office.workspace import close_workspace
from desktop_app.services.people import auth
from desktop_app.views.case_list.case_table_model import COLUMN_INDEX, STATUS_COLUMN
from tests.ui.helpers import changes_published, choose_status, open_status_editor, row_of_number, status_code


def _allowed(case_id: int) -> list[str]:
    return [status.code for status in status_moves.allowed_statuses(Case.get_by_id(case_id))]


def test_the_drop_down_offers_exactly_the_workflows_moves(qtbot, window, office):
    row = row_of_number(window, office.documents_case)
    editor = open_status_editor(qtbot, window, row)
    case_id = window.case_list.model.case_id(row)
    assert editor.objectName() == "statusEditor"
    assert editor.itemText(0) == "A prospecter"  # the current status heads the list
    assert editor.move_codes() == _allowed(case_id)
    assert "to_quote" in editor.move_codes() and "cancelled" in editor.move_codes()
    assert "to_prospect" not in editor.move_codes()
    assert all(editor.is_enabled(code) for code in editor.move_codes())  # the admin may take them all
    window.grab().save("/tmp/columns-status-editor.png")


def test_choosing_a_status_saves_it_and_repaints_the_row(qtbot, qtmodeltester, window, office):
    model = window.case_list.model
    row = row_of_number(window, office.quote_case)
    case_id = model.case_id(row)
    version = model.case_row(row).version
    editor = open_status_editor(qtbot, window, row)
    with changes_published(qtbot, window.session, case_id=case_id, timeout=3000) as changed:
        choose_status(editor, "to_quote")
    assert changed.args[0].case_ids == {case_id}
    assert status_code(case_id) == "to_quote"
    assert model.index(row, STATUS_COLUMN).data() == "A deviser"
    assert model.case_row(row).version == version + 1
    assert window.case_list.status_editing.message is None
    qtmodeltester.check(model, force_py=True)


def test_leaving_the_editor_on_the_current_status_changes_nothing(qtbot, window, office):
    row = row_of_number(window, office.quote_case)
    case_id = window.case_list.model.case_id(row)
    version = Case.get_by_id(case_id).version
    editor = open_status_editor(qtbot, window, row)
    editor.activated.emit(0)
    qtbot.waitUntil(lambda: window.case_list.status_editing.delegate.editor is None)
    QApplication.processEvents()  # a move would be asked for by a queued signal: delivered now
    assert not window.case_list.status_editing.busy
    assert Case.get_by_id(case_id).version == version


def test_cancelling_asks_for_a_reason_from_the_work_areas_list(qtbot, window, office):
    model = window.case_list.model
    row = row_of_number(window, office.billing_case)
    case_id = model.case_id(row)
    controller = window.case_list.status_editing
    choose_status(open_status_editor(qtbot, window, row), "cancelled")
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert dialog.objectName() == "cancelReasonDialog"
    labels = [dialog.reasons.itemText(i) for i in range(dialog.reasons.count())]
    assert labels[:2] == ["Trop cher", "Délai trop long"]
    window.grab().save("/tmp/columns-cancel-reason.png")
    dialog.reasons.setCurrentIndex(1)
    with changes_published(qtbot, window.session, timeout=3000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    case = Case.get_by_id(case_id)
    assert case.status.code == "cancelled"
    assert CancellationReason.get_by_id(case.cancellation_reason_id).label == "Délai trop long"
    assert model.index(row, STATUS_COLUMN).data() == "Annulé"


def test_a_cancel_dialog_dismissed_leaves_the_case_alone(qtbot, window, office):
    row = row_of_number(window, office.billing_case)
    case_id = window.case_list.model.case_id(row)
    controller = window.case_list.status_editing
    choose_status(open_status_editor(qtbot, window, row), "cancelled")
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    controller.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: controller.dialog is None)
    assert status_code(case_id) == "to_prospect"


def test_putting_on_hold_asks_for_a_reason_and_a_resume_date(qtbot, window, office):
    row = row_of_number(window, office.quote_case)
    case_id = window.case_list.model.case_id(row)
    controller = window.case_list.status_editing
    choose_status(open_status_editor(qtbot, window, row), "analysis")
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert dialog.objectName() == "holdReasonDialog"
    assert not dialog.ok_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "Samples at the laboratory")  # QTest types ASCII only
    resume = dt.date.today() + dt.timedelta(days=10)
    dialog.date_edit.setDate(QDate(resume.year, resume.month, resume.day))
    window.grab().save("/tmp/columns-hold-reason.png")
    with changes_published(qtbot, window.session, timeout=3000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    case = Case.get_by_id(case_id)
    assert (case.status.code, case.hold_reason, case.resume_date) == \
        ("analysis", "Samples at the laboratory", resume)


def test_a_stale_row_is_refused_and_nothing_is_overwritten(qtbot, window, office):
    model = window.case_list.model
    row = row_of_number(window, office.quote_case)
    case_id = model.case_id(row)
    seen = model.case_row(row).version
    editor = open_status_editor(qtbot, window, row)
    # Someone else saves the case while the drop-down is open.
    case_editing.update_case(auth.default_actor(), case_id, seen, city="Saint-Nazaire")
    with changes_published(qtbot, window.session, timeout=3000):
        choose_status(editor, "to_quote")
    controller = window.case_list.status_editing
    qtbot.waitUntil(lambda: controller.message is not None)
    assert "was changed by" in controller.message.text()
    case = Case.get_by_id(case_id)
    assert (case.status.code, case.city, case.version) == ("to_prospect", "Saint-Nazaire", seen + 1)
    assert model.case_row(row).version == seen + 1  # the row was re-read
    assert model.index(row, COLUMN_INDEX["city"]).data() == "Saint-Nazaire"
    controller.message.close()


def test_missing_required_documents_are_named(qtbot, window, office):
    row = row_of_number(window, office.billing_case)
    case_id = window.case_list.model.case_id(row)
    controller = window.case_list.status_editing
    choose_status(open_status_editor(qtbot, window, row), "finalised")
    qtbot.waitUntil(lambda: controller.message is not None)
    assert "missing Rapport" in controller.message.text()
    assert status_code(case_id) == "to_prospect"
    controller.message.close()


def test_a_technician_cannot_close_a_case(qtbot, office):
    window = create_main_window(office.data_dir, user="tech")
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    try:
        model = window.case_list.model
        case_id = model.case_id(0)
        editor = open_status_editor(qtbot, window, 0)
        assert editor.move_codes() == _allowed(case_id)
        assert not editor.is_enabled("finalised")  # shown, greyed, with the reason
        tip = editor.itemData(editor.findData("finalised"), Qt.ItemDataRole.ToolTipRole)
        assert "may not close" in tip
        assert editor.is_enabled("to_quote")
        # Even forced past the greyed item, the service refuses.
        controller = window.case_list.status_editing
        with qtbot.waitSignal(controller.sig_move_finished, timeout=5000) as refused:
            assert controller.apply_move(case_id, model.case_row(0).version, "finalised")
        assert refused.args == [case_id, False]
        assert "may not" in controller.message.text()
        assert status_code(case_id) == "to_prospect"
        controller.message.close()
        editor = open_status_editor(qtbot, window, 0)  # the message took the focus: the editor closed
        with changes_published(qtbot, window.session, timeout=3000):
            choose_status(editor, "to_quote")  # an open status is the technician's to set
        assert status_code(case_id) == "to_quote"
    finally:
        window.close()
        close_workspace(window.session.workspace)


def test_f2_from_any_column_and_typing_on_the_status_open_the_drop_down(qtbot, window):
    table = window.findChild(QTableView, "caseTable")
    delegate = window.case_list.status_editing.delegate
    window.activateWindow()
    window.case_list.select_row(1)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    assert table.currentIndex().column() == 0
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: delegate.editor is not None)
    assert table.currentIndex().column() == STATUS_COLUMN
    delegate.editor.hidePopup()
    qtbot.keyClick(delegate.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: delegate.editor is None)
    # Typing opens the list at the first status with that letter, and chooses nothing yet.
    case_id = window.case_list.model.case_id(1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: delegate.editor is not None and delegate.editor.view().isVisible())
    editor = delegate.editor
    assert editor.view().currentIndex().data() == "A deviser"
    assert status_code(case_id) == "to_prospect"
    with changes_published(qtbot, window.session, timeout=3000):
        qtbot.keyClick(editor.view(), Qt.Key.Key_Return)
    assert status_code(case_id) == "to_quote"


def test_a_move_the_workflow_marks_as_needing_a_reason_asks_why(qtbot, window, office):
    from desktop_app.models import AuditEvent, Status, Transition
    from desktop_app.storage.database import write_transaction

    row = row_of_number(window, office.billing_case)
    case_id = window.case_list.model.case_id(row)
    case = Case.get_by_id(case_id)
    target = Status.get((Status.workflow == case.status.workflow_id) & (Status.code == "to_quote"))
    with write_transaction():
        Transition.update(requires_reason=True).where(
            (Transition.from_status == case.status_id) & (Transition.to_status == target.id)).execute()
    controller = window.case_list.status_editing
    choose_status(open_status_editor(qtbot, window, row), "to_quote")
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.dialog.isVisible())
    dialog = controller.dialog
    assert dialog.objectName() == "moveReasonDialog"
    assert not dialog.ok_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "Owner asked for a quote by phone")
    with changes_published(qtbot, window.session, timeout=3000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert status_code(case_id) == "to_quote"
    event = AuditEvent.select().where((AuditEvent.case == case_id) & (AuditEvent.action == "case.status")) \
        .order_by(AuditEvent.id.desc()).first()
    assert "Owner asked for a quote by phone" in event.details
