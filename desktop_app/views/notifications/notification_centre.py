"""The notification centre (S1-R2): a bell with an unread badge on the main toolbar, a popup list,
and a tray message when something new arrives while the window is minimised or in the background.

Every minute (and once at start) a background task runs `notifications.scan` then counts the
user's unread notifications; nothing here touches the database on the GUI thread. A row is
stored as a kind code and JSON parameters (services/people/notification_rows.py); it is rendered here,
in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.models.base import utcnow
from desktop_app.services.case_list.case_filters import CaseFilter, ViewMode
from desktop_app.services.context import Actor
from desktop_app.services.people import notifications
from desktop_app.services.people.notifications import NotificationRow
from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import JobRunner, LatestTask, Workers
from desktop_app.views.common.session import Session

log = logging.getLogger(__name__)

POLL_MS = 60_000
LIST_LIMIT = 200
ROW_ROLE = Qt.ItemDataRole.UserRole
SENTENCE_ROLE = Qt.ItemDataRole.UserRole + 1
META_ROLE = Qt.ItemDataRole.UserRole + 2
READ_ROLE = Qt.ItemDataRole.UserRole + 3
ICON_SIZE = 20
PAD = 6
KIND_GLYPHS = {
    "status_changed": ("fa5s.exchange-alt", icons.BLUE),
    "status_entered": ("fa5s.sign-in-alt", icons.BLUE),
    "document_added": ("fa5s.file-medical", "#6a1b9a"),
    "idle": ("fa5s.hourglass-half", icons.AMBER),
    "payment_overdue": ("fa5s.exclamation-triangle", icons.RED),
    "alert_due": ("fa5s.bell", icons.AMBER),
    "hold_resume": ("fa5s.play-circle", icons.GREEN),
}


def poll(actor: Actor) -> tuple[int, NotificationRow | None]:
    """Background: the scan, then the unread count and the newest unread notification."""
    try:
        notifications.scan()
    except Exception:  # a locked or read-only database must not stop the count
        log.warning("notification scan failed", exc_info=True)
    newest = notifications.list_notifications(actor, limit=1, unread_only=True)
    return notifications.unread_count(actor), (newest[0] if newest else None)


def _date_text(iso: object) -> str:
    try:
        return formatting.date(dt.date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso)


def _money_text(amount: object, currency: object) -> str:
    try:
        return formatting.money(Decimal(str(amount)), str(currency or "EUR"))
    except (InvalidOperation, ValueError):
        return str(amount)


class _RowDelegate(QStyledItemDelegate):
    """Icon, the sentence (bold while unread, wrapped), then "case · when" small and grey."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, unread: bool) -> tuple[QFont, QFont]:
        main = QFont(self._view.font())
        main.setBold(unread)
        meta = QFont(self._view.font())
        meta.setPointSizeF(max(meta.pointSizeF() * 0.9, 7.0))
        return main, meta

    def _text_width(self) -> int:
        return max(self._view.viewport().width() - ICON_SIZE - 4 * PAD, 120)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        main, meta = self._fonts(not index.data(READ_ROLE))
        flags = int(Qt.TextFlag.TextWordWrap)
        text = QFontMetrics(main).boundingRect(QRect(0, 0, self._text_width(), 10_000), flags,
                                               index.data(SENTENCE_ROLE) or "")
        return QSize(self._text_width(), text.height() + QFontMetrics(meta).height() + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view)
        unread = not index.data(READ_ROLE)
        main, meta = self._fonts(unread)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        faint = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left() + PAD, rect.top() + PAD, ICON_SIZE, ICON_SIZE))
        if unread:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(icons.BLUE))
            painter.drawEllipse(QRectF(rect.right() - PAD - 8, rect.top() + PAD + 4, 8, 8))
        left = rect.left() + ICON_SIZE + 2 * PAD
        width = rect.right() - left - 2 * PAD
        painter.setFont(main)
        painter.setPen(text_colour if unread else faint)
        sentence = QRect(left, rect.top() + PAD, width, rect.height())
        used = painter.boundingRect(sentence, int(Qt.TextFlag.TextWordWrap), index.data(SENTENCE_ROLE) or "")
        painter.drawText(sentence, int(Qt.TextFlag.TextWordWrap), index.data(SENTENCE_ROLE) or "")
        painter.setFont(meta)
        painter.setPen(faint)
        painter.drawText(QRect(left, used.bottom() + PAD // 2, width, QFontMetrics(meta).height() + 2),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), index.data(META_ROLE) or "")
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.left() + PAD, rect.bottom(), rect.right() - PAD, rect.bottom())
        painter.restore()


class NotificationPanel(QFrame):
    """objectName notificationCentre: the popup list, newest first, unread in bold."""

    sig_activated = Signal(object)
    """A notification was clicked (or Enter): its NotificationRow."""
    sig_mark_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationCentre")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("Notifications"), self, objectName="notificationTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.mark_all = QToolButton(self, objectName="notificationMarkAll", text=self.tr("Mark all as read"))
        self.mark_all.setIcon(icons.icon("fa5s.check-double", icons.BLUE))
        self.mark_all.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.mark_all.setAutoRaise(True)
        self.mark_all.clicked.connect(self.sig_mark_all)
        self.list = QListWidget(self, objectName="notificationList")
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.setItemDelegate(_RowDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        self.empty = QLabel(self.tr("No notifications.\nStatus changes, new documents, overdue payments, due "
                                    "alerts and cases coming back from hold show here."),
                            self, objectName="notificationEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        self.loading = QLabel(self.tr("Loading\u2026"), self, objectName="notificationLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet("color: palette(mid); padding: 24px;")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.loading, 1)
        self.empty.hide()
        self.list.hide()
        self.resize(460, 520)

    # -- rendering ---------------------------------------------------------------------------
    def render(self, row: NotificationRow) -> str:
        """The notification's sentence in the reader's language."""
        p = {key: str(value) for key, value in row.params.items()}
        number = p.get("number") or row.case_number
        kind = row.kind
        if kind == "status_changed":
            return self.tr("{by} moved case {number} from {from_status} to {to_status}").format(
                by=p.get("by", ""), number=number, from_status=p.get("from_status", ""),
                to_status=p.get("to_status", ""))
        if kind == "status_entered":
            return self.tr("{by} moved case {number} to {status}").format(
                by=p.get("by", ""), number=number, status=p.get("status", ""))
        if kind == "document_added":
            count = row.params.get("count", 1)
            if isinstance(count, int) and count > 1:
                return self.tr("{by} added %n documents to case {number}, among them \u201c{title}\u201d", "",
                               count).format(by=p.get("by", ""), title=p.get("title", ""), number=number)
            return self.tr("{by} added \u201c{title}\u201d to case {number}").format(
                by=p.get("by", ""), title=p.get("title", ""), number=number)
        if kind == "idle":
            days = row.params.get("days", 0)
            days = days if isinstance(days, int) else 0
            return self.tr("Case {number} has not changed for %n day(s) (status {status})", "", days).format(
                number=number, status=p.get("status", ""))
        if kind == "payment_overdue":
            return self.tr("Case {number}: an installment of {amount} was due on {due_date} and is unpaid").format(
                number=number, amount=_money_text(p.get("amount", ""), p.get("currency")),
                due_date=_date_text(p.get("due_date", "")))
        if kind == "alert_due":
            return self.tr("Alert on case {number} from {by}: {text}").format(
                number=number, by=p.get("by", ""), text=p.get("text", ""))
        if kind == "hold_resume":
            return self.tr("Case {number} comes back from {status}: its resume date is {resume_date}").format(
                number=number, status=p.get("status", ""), resume_date=_date_text(p.get("resume_date", "")))
        return self.tr("Case {number}: {kind}").format(number=number, kind=kind)

    def relative_time(self, when: dt.datetime, now: dt.datetime | None = None) -> str:
        seconds = ((now or utcnow()) - when).total_seconds()
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n minute(s) ago", "", int(seconds // 60))
        if seconds < 86_400:
            return self.tr("%n hour(s) ago", "", int(seconds // 3600))
        if seconds < 2 * 86_400:
            return self.tr("yesterday")
        return formatting.date(when)

    # -- content -----------------------------------------------------------------------------
    def show_loading(self) -> None:
        if self.list.count() == 0:
            self.loading.show()
            self.empty.hide()
            self.list.hide()

    def set_rows(self, rows: list[NotificationRow]) -> None:
        self.loading.hide()
        self.list.clear()
        now = utcnow()
        for row in rows:
            item = QListWidgetItem(self.list)
            item.setData(ROW_ROLE, row)
            glyph, colour = KIND_GLYPHS.get(row.kind, ("fa5s.info-circle", icons.GREY))
            item.setIcon(icons.icon(glyph, colour))
            when = self.relative_time(row.created_at, now)
            sentence = self.render(row)
            meta = f"{row.case_number} \u00b7 {when}" if row.case_number else when
            item.setText(f"{sentence}\n{meta}")  # what accessibility tools and tests read
            item.setData(SENTENCE_ROLE, sentence)
            item.setData(META_ROLE, meta)
            item.setToolTip(formatting.date_time(row.created_at))
            self._style(item, row.read)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.mark_all.setEnabled(any(not row.read for row in rows))

    def _style(self, item: QListWidgetItem, read: bool) -> None:
        font = QFont(self.list.font())
        font.setBold(not read)
        item.setFont(font)
        item.setData(READ_ROLE, read)

    def mark_shown_read(self, ids: set[int] | None = None) -> None:
        """Shows rows as read at once (the database follows in the background)."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            row: NotificationRow = item.data(ROW_ROLE)
            if ids is None or row.id in ids:
                self._style(item, True)
        self.mark_all.setEnabled(any(self.list.item(i).font().bold() for i in range(self.list.count())))

    def row_ids(self) -> list[int]:
        return [self.list.item(i).data(ROW_ROLE).id for i in range(self.list.count())]

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        self.sig_activated.emit(item.data(ROW_ROLE))


class NotificationCentre(QObject):
    """The bell button (objectName notificationButton), its popup, the periodic poll and the tray."""

    sig_unread_changed = Signal(int)
    sig_desktop_message = Signal(str, str)
    """A desktop message was shown (title, text): the tray's, or the taskbar alert without a tray."""

    def __init__(self, window: QMainWindow, session: Session, workers: Workers) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self.unread = 0
        self._newest_id: int | None = None  # newest unread seen by the last poll (None: none yet)
        self._polled_once = False
        self._pending_case: int | None = None
        self.button = QToolButton(window, objectName="notificationButton")
        self.button.setText(self.tr("Notifications"))
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.toggle_panel)
        self.panel = NotificationPanel(window)
        self.panel.sig_activated.connect(self.activate)
        self.panel.sig_mark_all.connect(self.mark_all_read)
        self._poll_task = LatestTask(workers, self)
        self._poll_task.sig_finished.connect(self._on_polled)
        self._poll_task.sig_failed.connect(self._on_failed)
        self._list_task = LatestTask(workers, self)
        self._list_task.sig_finished.connect(self._on_listed)
        self._list_task.sig_failed.connect(self._on_failed)
        self._marks = JobRunner(workers, self)  # marking as read: writes, each one reported
        window.case_list.sig_cases_loaded.connect(self._select_pending)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon() if not window.windowIcon().isNull()
                                        else icons.icon("fa5s.folder-open", icons.BLUE), self)
            self.tray.setToolTip("CaseDesk")
            self.tray.messageClicked.connect(self.restore_window)
            self.tray.activated.connect(self._on_tray_activated)
            self.tray.show()
        self._set_badge(0)

    # -- life cycle ------------------------------------------------------------------------------
    def start(self) -> None:
        """Polls now and then every minute."""
        QTimer.singleShot(0, self.refresh)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._poll_task.cancel()
        if self.tray is not None:
            self.tray.hide()

    @property
    def busy(self) -> bool:
        return self._poll_task.busy or self._list_task.busy or self._marks.busy

    @Slot()
    def refresh(self) -> None:
        self._poll_task.run(functools.partial(poll, self._session.actor))

    # -- badge ----------------------------------------------------------------------------------
    def _set_badge(self, count: int) -> None:
        self.unread = count
        self.button.setProperty("unreadCount", count)
        self.button.setIcon(self._badge_icon(count))
        self.button.setToolTip(self.tr("%n unread notification(s)", "", count) if count
                               else self.tr("No unread notifications"))
        self.button.setAccessibleName(self.button.toolTip())

    def _badge_icon(self, count: int) -> QIcon:
        size = 24
        ratio = self.button.devicePixelRatioF() or 1.0
        canvas = QPixmap(round(size * ratio), round(size * ratio))
        canvas.setDevicePixelRatio(ratio)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawPixmap(QPoint(2, 4), icons.pixmap("fa5s.bell", icons.AMBER if count else icons.GREY, 18))
        if count:
            text = "9+" if count > 9 else str(count)
            badge = QRectF(size - 14, 0, 14, 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(icons.RED))
            painter.drawEllipse(badge)
            font = QFont(self.button.font())
            font.setPixelSize(9 if len(text) == 1 else 8)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return QIcon(canvas)

    # -- polling --------------------------------------------------------------------------------
    @Slot(object)
    def _on_polled(self, result: tuple[int, NotificationRow | None]) -> None:
        count, newest = result
        changed = count != self.unread
        self._set_badge(count)
        if changed:
            self.sig_unread_changed.emit(count)
        arrived = (newest is not None and self._polled_once
                   and (self._newest_id is None or newest.id > self._newest_id))
        if newest is not None:
            self._newest_id = max(newest.id, self._newest_id or 0)
        self._polled_once = True
        if arrived and (self._window.isMinimized() or not self._window.isActiveWindow()):
            self.notify_desktop(self.tr("CaseDesk: %n unread notification(s)", "", count), self.panel.render(newest))
        if self.panel.isVisible() and changed:
            self.load_list()

    def notify_desktop(self, title: str, text: str) -> None:
        """The tray balloon (or, without a tray, the taskbar entry asks for attention)."""
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        else:
            QApplication.alert(self._window)
        self.sig_desktop_message.emit(title, text)

    @Slot()
    def restore_window(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.restore_window()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        log.warning("notifications: %s", exc)
        self._window.statusBar().showMessage(formatting.error_text(exc), 10_000)

    # -- the panel ------------------------------------------------------------------------------
    @Slot()
    def toggle_panel(self) -> None:
        if self.panel.isVisible():
            self.panel.hide()
            return
        self.open_panel()

    def open_panel(self) -> None:
        button = self.button
        below = button.mapToGlobal(QPoint(button.width(), button.height()))
        screen = button.screen().availableGeometry()
        x = max(screen.left(), min(below.x() - self.panel.width(), screen.right() - self.panel.width()))
        self.panel.move(x, below.y() + 2)
        self.panel.show_loading()
        self.panel.show()
        self.load_list()

    def load_list(self) -> None:
        self._list_task.run(functools.partial(notifications.list_notifications, self._session.actor, LIST_LIMIT))

    @Slot(object)
    def _on_listed(self, rows: list[NotificationRow]) -> None:
        self.panel.set_rows(rows)

    @Slot(object)
    def activate(self, row: NotificationRow) -> None:
        """A click on a notification: it is read; its case is selected in the list."""
        if not row.read:
            self._marks.run(functools.partial(notifications.mark_read, self._session.actor, [row.id]),
                            self._on_marked, self._on_failed)
            self.panel.mark_shown_read({row.id})
        self.panel.hide()
        if row.case_id is not None:
            self.reveal_case(row.case_id, row.work_area_id, row.archived)

    @Slot()
    def mark_all_read(self) -> None:
        self._marks.run(functools.partial(notifications.mark_all_read, self._session.actor), self._on_marked,
                        self._on_failed)
        self.panel.mark_shown_read()

    @Slot(object)
    def _on_marked(self, _count: int) -> None:
        self.refresh()

    # -- selecting the case -----------------------------------------------------------------------
    def reveal_case(self, case_id: int, work_area_id: int | None, archived: bool) -> None:
        """Selects the case; when the list's filter hides it, the list shows the Active (or Archived)
        cases of the case's work area first, then selects it once loaded."""
        window = self._window
        case_list = window.case_list
        if case_list.select_case(case_id):
            return
        areas = {a.work_area_id for a in window.areas}
        if work_area_id is not None and work_area_id in areas:
            window.set_work_area(work_area_id)
        elif window.allow_all:
            window.set_work_area(None)
        self._pending_case = case_id
        case_list.set_filter(CaseFilter(work_area_id=window.work_area,
                                        view=ViewMode.ARCHIVED if archived else ViewMode.ACTIVE))

    @Slot(int)
    def _select_pending(self, _count: int) -> None:
        case_list = self._window.case_list
        case_id = self._pending_case
        if case_id is None:
            return
        if case_list.select_case(case_id):
            self._pending_case = None
        elif not case_list.busy:
            self._pending_case = None
            self._window.statusBar().showMessage(
                self.tr("The case of this notification is not in the list any more."), 10_000)
