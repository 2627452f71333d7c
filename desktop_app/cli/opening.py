"""Opening the office an invocation names, and who acts in it: for the window and every subcommand.

`--database`, else the URL saved for this PC (Settings → Database), else the data dir's file;
`--demo` makes the demo office on first use. The acting user is `--user`, else the office's
default administrator (the window asks for a password where one is set: desktop_app.app).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.errors import AppError
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.office.connection_settings import open_chosen
from desktop_app.services.office.workspace import identify
from desktop_app.services.people import auth

DEMO_DEFAULT_CASES = 3000


def open_for(args: argparse.Namespace, *, create: bool = False, announce: bool = True) -> Workspace:
    """Opens the office of `--database`, else of the URL saved for this PC, else the data dir's file,
    and (`announce`) records the command's session, so that a clerk it locks out is told
    "admin@PC-3 (casedesk backup, …)" rather than "another program"."""
    workspace = open_chosen(Path(args.data_dir), args.database, create=create)
    if announce:
        try:
            login = args.user or auth.default_actor().login
        except AppError:
            login = ""  # no administrator yet: the row still names the PC and the command
        identify(workspace, login, keep_alive=True)
    return workspace


def acting_user(args: argparse.Namespace) -> Actor:
    return auth.actor_for_login(args.user) if args.user else auth.default_actor()


def ensure_demo(args: argparse.Namespace) -> Workspace:
    """`--demo`: the demo office, generated on first use (the window records its own session)."""
    from desktop_app.demo.generate import generate_demo  # the demo generator only when asked for
    from desktop_app.models import Case

    workspace = open_for(args, create=True, announce=False)
    if not Case.select().exists():
        generate_demo(workspace, cases=DEMO_DEFAULT_CASES, seed=1)
    return workspace


def open_office(args: argparse.Namespace) -> Workspace:
    """The office the window opens: the demo (made on first use) with --demo, else as `open_for`
    without recording a session (the window records its own, named after who signs in)."""
    if args.demo:
        return ensure_demo(args)
    return open_for(args, announce=False)
