"""What every pane needs to call the services and to hear what changed.

`workspace` and `actor` go to every service call; `changes` is the window's ChangeSet
broadcast (views/common/changes.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.services.context import Actor, Workspace
from desktop_app.views.common.changes import ChangeBroadcast


@dataclass(frozen=True)
class Session:
    workspace: Workspace
    actor: Actor
    office_name: str = ""
    changes: ChangeBroadcast = field(default_factory=ChangeBroadcast, compare=False, repr=False)
