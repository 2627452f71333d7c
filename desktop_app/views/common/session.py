"""What every pane needs to call the services: the opened workspace and the acting user."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.context import Actor, Workspace


@dataclass(frozen=True)
class Session:
    workspace: Workspace
    actor: Actor
    office_name: str = ""
