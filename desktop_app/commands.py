"""The headless subcommands. Each opens the workspace, acts as `--user`, prints a short report."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, UserError
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.office.workspace import close_workspace, identify
from desktop_app.services.people import auth

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEMO_DEFAULT_CASES = 3000


def open_for(args: argparse.Namespace, *, create: bool = False, announce: bool = True) -> Workspace:
    """Opens the office of `--database`, else of the URL saved for this PC, else the data dir's file,
    and (`announce`) records the command's session, so that a clerk it locks out is told
    "admin@PC-3 (casedesk backup, …)" rather than "another program"."""
    from desktop_app.services.office.connection_settings import open_chosen

    workspace = open_chosen(args.data_dir, args.database, create=create)
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
    from desktop_app.demo.generate import generate_demo
    from desktop_app.models import Case

    workspace = open_for(args, create=True, announce=False)
    if not Case.select().exists():
        generate_demo(workspace, cases=DEMO_DEFAULT_CASES, seed=1)
    return workspace


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
                           progress=_progress)
        elapsed = time.perf_counter() - started
    finally:
        close_workspace(workspace)
    print(f"\rDemo office in {args.data_dir}: {summary}. {elapsed:.1f} s.", flush=True)
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.cases.case_editing import find_by_number
    from desktop_app.services.documents.document_import import import_files
    from desktop_app.services.documents.extract import shown_name

    workspace = open_for(args)
    try:
        actor = acting_user(args)
        case = find_by_number(actor, args.case)
        result = import_files(workspace, actor, case.id, list(args.files),
                              extract=not getattr(args, "metadata_only", False))
    finally:
        close_workspace(workspace)
    for document in result.added:
        print(f"added {shown_name(document.original_name)} to case {case.number} ({document.size} bytes)")
    for _path, message in result.duplicates:  # not stored twice, not lost: a warning, not a failure
        print(f"casedesk: warning: {message} Not stored twice.", file=sys.stderr)
    for _path, message in result.failed:
        print(f"casedesk: error: {message}", file=sys.stderr)
    return EXIT_FAILED if result.failed else EXIT_OK


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
                                             progress=_copy_progress)
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
        summary = migrate_office(workspace, acting_user(args), args.target, progress=_copy_progress)
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


def _copy_progress(done: int, total: int, table: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{done * 100 // max(total, 1):3d} %  {done:,} of {total:,} rows  ({table})\033[K", end="",
              file=sys.stderr, flush=True)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.reporting.list_export import export_cases

    if args.cases:
        return _export_case_files(args)
    workspace = open_for(args)
    try:
        count = export_cases(acting_user(args), args.format or "csv", Path(args.out))
    finally:
        close_workspace(workspace)
    print(f"exported {count} cases to {args.out}")
    return EXIT_OK


def _export_case_files(args: argparse.Namespace) -> int:
    """`casedesk export --case N [--case M…] OUT.zip`: the cases' documents and a manifest."""
    from desktop_app.services.reporting.case_export import case_ids_for_numbers, export_case_files

    if args.format:
        raise UserError(QT_TRANSLATE_NOOP("errors", "--format applies to the case list export, not to --case."))
    workspace = open_for(args)
    try:
        actor = acting_user(args)
        result = export_case_files(workspace, actor, case_ids_for_numbers(actor, args.cases), Path(args.out),
                                   progress=_progress_files)
    finally:
        close_workspace(workspace)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(result.summary())
    return EXIT_OK


def _progress_files(done: int, total: int, _name: str) -> None:
    _progress(done, total)


def cmd_selftest(args: argparse.Namespace) -> int:
    from desktop_app.selftest import run_selftest

    failures = run_selftest()
    for line in failures:
        print(f"FAIL {line}", file=sys.stderr)
    print("selftest: ok" if not failures else f"selftest: {len(failures)} failure(s)")
    return EXIT_FAILED if failures else EXIT_OK
