"""The notification centre on the real window: badge, popup list, click to the case, tray message."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QListWidget, QToolButton, QWidget

from desktop_app.models import Case, Notification
from desktop_app.services.case_list.case_filters import CaseFilter
from desktop_app.services.people.notification_rows import notify_users
from desktop_app.services.people.notifications import NotificationRow
from desktop_app.storage.database import write_transaction


def _plural(text: str) -> str:
    """English plurals before and after the integrator fills the .ts numerus forms ("day(s)" → "days")."""
    return text.replace("(s)", "s")


def _give(window, number: str, kind: str = "status_changed", **params) -> int:
    case = Case.get(Case.number == number)
    values = {"number": number, "from_status": "A prospecter", "to_status": "A deviser", "by": "Arno", **params}
    with write_transaction():
        notify_users([window.session.actor.user_id], case.id, kind, values)
    return Notification.select().order_by(Notification.id.desc()).first().id


def _centre(qtbot, window):
    centre = window.notification_centre
    qtbot.waitUntil(lambda: centre._polled_once)  # the poll at start is in
    return centre


def _open(qtbot, centre) -> QListWidget:
    centre.open_panel()
    listing = centre.panel.findChild(QListWidget, "notificationList")
    qtbot.waitUntil(lambda: listing.isVisible() and listing.count() > 0)
    return listing


def _click(qtbot, listing: QListWidget, row: int) -> None:
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_bell_is_on_the_toolbar_and_shows_the_unread_count(qtbot, window, office):
    centre = _centre(qtbot, window)
    button = window.findChild(QToolButton, "notificationButton")
    assert button is not None and button.isVisible() and button.parent() is window.toolbar
    assert button.property("unreadCount") == 0 and button.toolTip() == "No unread notifications"
    _give(window, office.documents_case)
    _give(window, office.billing_case, "document_added", title="Rapport DPE")
    centre.refresh()
    qtbot.waitUntil(lambda: button.property("unreadCount") == 2)
    assert _plural(button.toolTip()) == "2 unread notifications"
    window.grab().save(str(office.data_dir.parent / "notification-toolbar.png"))


def test_clicking_a_notification_marks_it_read_and_selects_its_case(qtbot, window, office):
    centre = _centre(qtbot, window)
    first = _give(window, office.documents_case)
    _give(window, office.quote_case, "idle", status="Devis", days=9)
    listing = _open(qtbot, centre)
    assert window.findChild(QWidget, "notificationCentre") is centre.panel and centre.panel.isVisible()
    assert listing.count() == 2
    newest = listing.item(0).text()
    assert _plural(newest).startswith(f"Case {office.quote_case} has not changed for 9 days (status Devis)")
    assert listing.item(0).font().bold()
    assert listing.item(1).text().startswith(f"Arno moved case {office.documents_case} from A prospecter to A deviser")
    centre.panel.grab().save(str(office.data_dir.parent / "notification-centre.png"))
    _click(qtbot, listing, 1)
    case_id = Case.get(Case.number == office.documents_case).id
    qtbot.waitUntil(lambda: window.case_list.current_case_id == case_id)
    qtbot.waitUntil(lambda: Notification.get_by_id(first).read_at is not None)
    qtbot.waitUntil(lambda: centre.unread == 1)
    assert not centre.panel.isVisible()


def test_a_case_hidden_by_the_filter_is_shown_after_clearing_it(qtbot, window, office):
    centre = _centre(qtbot, window)
    window.case_list.set_filter(CaseFilter(search="no such case"))
    qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 0 and not window.case_list.busy)
    _give(window, office.billing_case)
    listing = _open(qtbot, centre)
    _click(qtbot, listing, 0)
    case_id = Case.get(Case.number == office.billing_case).id
    qtbot.waitUntil(lambda: window.case_list.current_case_id == case_id)
    assert window.case_list.case_filter.search == "" and window.case_list.model.rowCount() == 6


def test_mark_all_as_read(qtbot, window, office):
    centre = _centre(qtbot, window)
    _give(window, office.documents_case)
    _give(window, office.billing_case)
    centre.refresh()
    qtbot.waitUntil(lambda: centre.unread == 2)
    listing = _open(qtbot, centre)
    mark_all = centre.panel.findChild(QToolButton, "notificationMarkAll")
    assert mark_all.isEnabled()
    qtbot.mouseClick(mark_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Notification.select().where(Notification.read_at.is_null()).count() == 0)
    qtbot.waitUntil(lambda: centre.unread == 0)
    assert not any(listing.item(i).font().bold() for i in range(listing.count()))


def test_an_empty_centre_says_what_will_show_there(qtbot, window, office):
    centre = _centre(qtbot, window)
    centre.open_panel()
    empty = centre.panel.findChild(QWidget, "notificationEmpty")
    qtbot.waitUntil(lambda: empty.isVisible())
    assert "No notifications" in empty.text()
    centre.panel.grab().save(str(office.data_dir.parent / "notification-empty.png"))


def test_a_new_notification_while_minimised_shows_a_desktop_message(qtbot, window, office):
    centre = _centre(qtbot, window)
    _give(window, office.documents_case)
    centre.refresh()
    qtbot.waitUntil(lambda: centre.unread == 1)  # the baseline: nothing new since
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    _give(window, office.billing_case, "document_added", title="Facture")
    with qtbot.waitSignal(centre.sig_desktop_message) as message:
        centre.refresh()
    assert message.args[1] == f"Arno added \u201cFacture\u201d to case {office.billing_case}"
    assert _plural(message.args[0]) == "CaseDesk: 2 unread notifications"
    centre.restore_window()
    qtbot.waitUntil(lambda: not window.isMinimized())


def test_no_desktop_message_without_anything_new(qtbot, window, office):
    centre = _centre(qtbot, window)
    _give(window, office.documents_case)
    window.showMinimized()
    messages = []
    centre.sig_desktop_message.connect(lambda *args: messages.append(args))
    centre.refresh()
    qtbot.waitUntil(lambda: centre.unread == 1)
    centre.refresh()
    qtbot.waitUntil(lambda: not centre.busy)
    assert len(messages) == 1  # the one new notification, once
    centre.refresh()
    qtbot.waitUntil(lambda: not centre.busy)
    assert len(messages) == 1


def test_every_kind_renders_a_translated_sentence(window):
    panel = window.notification_centre.panel
    import datetime as dt

    def row(kind, **params):
        return NotificationRow(1, kind, {"number": "D1", **params}, 1, "D1", 1, False,
                               dt.datetime.now(dt.UTC), False)

    texts = {
        "status_changed": row("status_changed", from_status="A", to_status="B", by="Arno"),
        "status_entered": row("status_entered", status="Devis", by="Arno"),
        "document_added": row("document_added", title="Plan", by="Arno"),
        "idle": row("idle", status="Devis", days=3),
        "payment_overdue": row("payment_overdue", due_date="2026-01-31", amount="180.00", currency="EUR"),
        "alert_due": row("alert_due", text="Call back", by="Nadia"),
        "hold_resume": row("hold_resume", status="Analyse", resume_date="2026-02-03"),
    }
    rendered = {kind: panel.render(value) for kind, value in texts.items()}
    assert rendered["status_entered"] == "Arno moved case D1 to Devis"
    assert rendered["document_added"] == "Arno added \u201cPlan\u201d to case D1"
    batch = panel.render(row("document_added", title="Plan", by="Arno", count=20))
    assert _plural(batch) == "Arno added 20 documents to case D1, among them \u201cPlan\u201d"
    assert _plural(rendered["idle"]) == "Case D1 has not changed for 3 days (status Devis)"
    assert rendered["payment_overdue"] == "Case D1: an installment of €180.00 was due on 31/01/2026 and is unpaid"
    assert rendered["alert_due"] == "Alert on case D1 from Nadia: Call back"
    assert rendered["hold_resume"] == "Case D1 comes back from Analyse: its resume date is 03/02/2026"
    assert all("D1" in text and "{" not in text for text in rendered.values())
    now = dt.datetime.now(dt.UTC)
    assert _plural(panel.relative_time(now - dt.timedelta(minutes=5), now)) == "5 minutes ago"
    assert panel.relative_time(now - dt.timedelta(seconds=5), now) == "just now"


def test_the_filter_bar_offers_needs_attention_today(qtbot, window):
    bar = window.case_list.filter_bar
    check = bar.findChild(QCheckBox, "caseResurfacingFilter")
    assert check is not None and check.text() == "Needs attention today"
    with qtbot.waitSignal(bar.sig_filter_changed) as changed:
        check.setChecked(True)
    assert changed.args[0].resurfacing is True and bar.case_filter.active_count == 1
    qtbot.waitUntil(lambda: not window.case_list.busy)
    assert window.case_list.model.rowCount() == 0  # no hold, no alert in this office
    bar.clear()
    assert not check.isChecked()


def test_the_panel_opens_below_the_bell(qtbot, window):
    centre = _centre(qtbot, window)
    centre.open_panel()
    button = centre.button
    bottom = button.mapToGlobal(QPoint(0, button.height())).y()
    assert centre.panel.geometry().top() >= bottom
    centre.panel.hide()
