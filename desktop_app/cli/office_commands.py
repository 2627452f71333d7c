"""The office's subcommands: demo, check, backup, restore, migrate-to, users, selftest."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_app.cli.opening import acting_user, open_for
from desktop_app.cli.terminal import show_copy_progress, show_progress
from desktop_app.errors import EXIT_FAILED, EXIT_OK, QT_TRANSLATE_NOOP, UserError
from desktop_app.services.office.workspace import close_workspace


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.demo.generate import generate_demo
    from desktop_app.demo.on_server import generate_demo_on_server
    from desktop_app.storage.database import is_sqlite

    if args.cases < 1:
        raise UserError(QT_TRANSLATE_NOOP("errors", "--cases must be at least 1 (got {n})."), n=args.cases)
    workspace = open_for(args, create=True)
    try:
        started = time.perf_counter()
        # PostgreSQL: generated in a temporary SQLite office and copied over (the same seed, the same office).
        generate = generate_demo if is_sqlite(workspace.database) else generate_demo_on_server
        summary = generate(workspace, cases=args.cases, seed=args.seed, documents=args.documents,
                           progress=show_progress)
        elapsed = time.perf_counter() - started
    finally:
        close_workspace(workspace)
    print(f"\rDemo office in {args.data_dir}: {summary}. {elapsed:.1f} s.", flush=True)
    return EXIT_OK


def cmd_users(args: argparse.Namespace) -> int:
    """Logins with role, team and state (an administrator's listing: USER_MANAGE)."""
    from desktop_app.services.people.users import list_users

    workspace = open_for(args)
    try:
        rows = list_users(acting_user(args))
    finally:
        close_workspace(workspace)
    for row in rows:
        state = "locked" if row.locked else ("active" if row.active else "disabled")
        password = "password" if row.has_password else "no password"
        print(f"{row.login:<16} {row.role:<15} {row.team_name or '-':<24} {state:<9} {row.full_name} ({password})")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop_app.services.office.check import run_check

    workspace = open_for(args)
    try:
        report = run_check(workspace, acting_user(args), repair=args.repair)
    finally:
        close_workspace(workspace)
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.office.backup import create_backup

    workspace = open_for(args)
    try:
        summary = create_backup(workspace, acting_user(args), Path(args.out))
    finally:
        close_workspace(workspace)
    print(summary)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.services.office.connection_settings import resolve
    from desktop_app.services.office.restore import restore_backup, restore_backup_to_database
    from desktop_app.storage.database import sqlite_path_from_url

    url = resolve(Path(args.data_dir), args.database).url  # --database, else the URL saved for this PC
    if url and sqlite_path_from_url(url) is None:
        summary = restore_backup_to_database(Path(args.archive), url, Path(args.data_dir),
                                             progress=show_copy_progress)
    else:
        summary = restore_backup(Path(args.archive), Path(args.data_dir))
    print(summary)
    return EXIT_OK


def cmd_migrate_to(args: argparse.Namespace) -> int:
    """Copies the office (data dir / --database) into the empty database given after migrate-to."""
    from desktop_app.errors import StorageError
    from desktop_app.services.office.office_transfer import migrate_office

    workspace = open_for(args)
    try:
        summary = migrate_office(workspace, acting_user(args), args.target, progress=show_copy_progress)
    except StorageError as exc:  # the copy failed or did not verify: the target was left empty
        print(f"\ncasedesk: error: {exc.message}" if sys.stderr.isatty() else f"casedesk: error: {exc.message}",
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        close_workspace(workspace)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(summary)
    return EXIT_OK


def cmd_selftest(args: argparse.Namespace) -> int:
    from desktop_app.selftest import run_selftest

    failures = run_selftest()
    for line in failures:
        print(f"FAIL {line}", file=sys.stderr)
    print("selftest: ok" if not failures else f"selftest: {len(failures)} failure(s)")
    return EXIT_FAILED if failures else EXIT_OK


HANDLERS = {"demo": cmd_demo, "users": cmd_users, "check": cmd_check, "backup": cmd_backup,
            "restore": cmd_restore, "migrate-to": cmd_migrate_to, "selftest": cmd_selftest}
