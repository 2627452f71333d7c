"""Table session_presence (models.SessionPresence): the CaseDesk sessions that have the office open.

Written when a data dir is opened, refreshed by the window every minute and removed on close
(storage/presence.py); a locked database names the other live sessions from it. A database
made by this version has it already (m0001 creates from the current models): IF NOT EXISTS.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models import SessionPresence


def upgrade(database: pw.Database) -> None:
    with database.bind_ctx([SessionPresence]):
        database.create_tables([SessionPresence])
