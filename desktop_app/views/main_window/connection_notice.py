"""The status bar's word on the office server connection (issue 6).

storage/connections.py reports "lost", "reconnected" and "unreachable" from whichever thread
noticed; a queued signal brings them to the GUI thread, where a label in the status bar
(`connectionNotice`) says what happened: red while the server cannot be reached, green for a
while once the connection is back. The failed action itself reports its own error (a form
keeps its values); this label tells the user the state of the line.

It also keeps this session's presence row fresh (services.workspace.heartbeat every
HEARTBEAT_S, in the background), so that a locked database can name who has it open.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy

from desktop_app.services.office import workspace as workspace_service
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session

log = logging.getLogger(__name__)

RECONNECTED_SHOWN_MS = 10_000
_STYLES = {
    "bad": "QLabel { background: #fdecea; color: #b71c1c; padding: 1px 6px; border-radius: 3px; }",
    "good": "QLabel { background: #e8f5e9; color: #1b5e20; padding: 1px 6px; border-radius: 3px; }",
}


class ConnectionNotice(QObject):
    """Listens to the storage's connection events while the window lives; shows them in `label`."""

    sig_event = Signal(object)
    """A storage ConnectionEvent (emitted from any thread; shown on the GUI thread)."""

    def __init__(self, window: QMainWindow, session: Session, workers: Workers) -> None:
        super().__init__(window)
        self._session = session
        self.heartbeat_timer = QTimer(self, objectName="presenceTimer",
                                      interval=workspace_service.HEARTBEAT_S * 1000)
        self.heartbeat_timer.timeout.connect(self.heartbeat)
        self._heartbeat_task = LatestTask(workers, self)
        self._heartbeat_task.sig_failed.connect(
            lambda exc: log.info("presence heartbeat failed: %s", exc))  # the next one tries again
        self.label = QLabel(window, objectName="connectionNotice")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self._hide_timer = QTimer(self, singleShot=True, interval=RECONNECTED_SHOWN_MS)
        self._hide_timer.timeout.connect(self.label.hide)
        self.sig_event.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        workspace_service.add_listener(self._from_any_thread)
        self.heartbeat_timer.start()

    def stop(self) -> None:
        workspace_service.remove_listener(self._from_any_thread)
        self.heartbeat_timer.stop()
        self._heartbeat_task.cancel()

    @Slot()
    def heartbeat(self) -> None:
        workspace = self._session.workspace
        self._heartbeat_task.run(lambda: workspace_service.heartbeat(workspace))

    def _from_any_thread(self, event: workspace_service.ConnectionEvent) -> None:
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.sig_event.emit(event)

    @Slot(object)
    def _show(self, event: workspace_service.ConnectionEvent) -> None:
        if event.kind == workspace_service.RECONNECTED:
            text = self.tr("The connection to the office server was lost; reconnected.")
            style = "good"
            self._hide_timer.start()
        elif event.kind == workspace_service.LOST:
            text = self.tr("The connection to the office server was lost; reconnecting…")
            style = "bad"
            self._hide_timer.stop()
        else:
            text = self.tr("Cannot reach the office server {server}; your changes are kept, try again.").format(
                server=event.server)
            style = "bad"
            self._hide_timer.stop()
        self.label.setText(text)
        self.label.setToolTip(f"{event.server}: {event.reason}" if event.reason else event.server)
        self.label.setStyleSheet(_STYLES[style])
        self.label.show()
