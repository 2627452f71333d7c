"""The one broadcast of what changed: every pane hears every ChangeSet and refreshes what it names.

A view that calls a mutating service publishes the ChangeSet the service returned, with
itself as the initiator; each pane's `on_changes_applied(changes, initiator)` re-reads what
it shows of the cases and documents named (and may skip what it refreshed itself as the
initiator). Nobody reaches into another pane to refresh it (anki's OpChanges, calibre's
EventType).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from desktop_app.services.context import ChangeSet

log = logging.getLogger(__name__)


class ChangeBroadcast(QObject):
    sig_changes_applied = Signal(object, object)
    """(ChangeSet, initiator): what a service changed, and the object that asked (None: the program)."""

    def publish(self, changes: ChangeSet | None, initiator: object | None = None) -> None:
        if changes is None or changes.empty:
            return
        log.debug("changes applied: %s (by %s)", changes, type(initiator).__name__)
        self.sig_changes_applied.emit(changes, initiator)
