"""`casedesk`: parses the command line, then opens the window or runs one headless subcommand.

Exit codes: 0 success, 1 a failed check (or some files of a batch failed), 2 bad usage.
Errors are one line on stderr, never a traceback; the traceback goes to the log file.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from desktop_app import paths
from desktop_app.cli.parser import UsageError, build_parser
from desktop_app.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, AppError
from desktop_app.log import setup_logging
from desktop_app.storage.postgres_driver import import_peewee_without_postgres

log = logging.getLogger(__name__)


def _fail(message: str) -> None:
    print(f"casedesk: error: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    if args.data_dir is None:
        args.data_dir = paths.default_data_dir() / "demo" if args.demo else paths.default_data_dir()
    log_file = setup_logging(args.data_dir)
    try:
        return dispatch(args)
    except AppError as exc:
        _fail(exc.message)
        return EXIT_USAGE
    except BrokenPipeError:  # `casedesk users | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _fail("interrupted")
        return EXIT_FAILED
    except Exception as exc:
        log.exception("unexpected error")
        where = f" (details in {log_file})" if log_file else ""
        _fail(f"internal error: {type(exc).__name__}: {exc}{where}")
        return EXIT_FAILED


def dispatch(args: argparse.Namespace) -> int:
    """The window (no subcommand), else the subcommand's handler."""
    import_peewee_without_postgres()  # psycopg loads only if a server's office is opened
    if args.command is None:
        from desktop_app.app import run_gui  # Qt is loaded only for the window

        return run_gui(args)
    from desktop_app.cli import document_commands, office_commands

    handlers = {**office_commands.HANDLERS, **document_commands.HANDLERS}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
