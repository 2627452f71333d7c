"""Helpers the UI tests share: waiting for a change to be published, for a pane to settle."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from desktop_app.views.common.session import Session


@contextlib.contextmanager
def changes_published(qtbot, session: Session, *, case_id: int | None = None, initiator: object = None,
                      timeout: int = 10_000) -> Iterator[object]:
    """Waits (around the block) for a ChangeSet on the window's broadcast: naming `case_id` if given,
    from `initiator` if given. The blocker's `args` are (changes, initiator)."""

    def matches(changes, by) -> bool:
        return (case_id is None or case_id in changes.case_ids) and (initiator is None or by is initiator)

    with qtbot.waitSignal(session.changes.sig_changes_applied, timeout=timeout, check_params_cb=matches) as blocker:
        yield blocker
