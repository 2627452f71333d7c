"""The documents' subcommands: import files into a case; export the case list or cases' files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.opening import acting_user, open_for
from desktop_app.cli.terminal import show_progress
from desktop_app.errors import EXIT_FAILED, EXIT_OK, QT_TRANSLATE_NOOP, UserError
from desktop_app.services.office.workspace import close_workspace


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
    show_progress(done, total)


HANDLERS = {"import": cmd_import, "export": cmd_export}
