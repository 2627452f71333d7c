"""The `casedesk` command: global options, the GUI, and the headless subcommands (DESIGN §4).

Exit codes: 0 success, 1 a failed check (or some files of a batch failed), 2 bad usage.
Errors are one line on stderr, never a traceback; the traceback goes to the log file.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from desktop_app import __version__, paths
from desktop_app.errors import AppError

log = logging.getLogger("desktop_app")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
LANGUAGES = ("es", "fr", "pt_BR", "en")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no usage dump
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="casedesk", description="CaseDesk case-file desktop application.")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    parser.add_argument("--data-dir", type=Path, help="database, documents and settings (default: per-user data dir)")
    parser.add_argument("--database", metavar="URL",
                        help="a SQLite path or sqlite:///PATH, or postgresql://… (default: the server saved in "
                             "DATA_DIR/database.ini by Tools → Settings → Database, else DATA_DIR/casedesk.db)")
    parser.add_argument("--demo", action="store_true", help="open the demo office, creating it on first use")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument("--user", metavar="LOGIN", help="the acting user")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="open the GUI, select the first case, save a PNG of the window and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = sub.add_parser("demo", help="fill the data dir with a realistic demo office")
    demo.add_argument("--cases", type=int, default=3000, help="number of cases (default 3000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed: the same seed gives the same data")
    demo.add_argument("--documents", type=int, default=None,
                      help="cases that get real files attached (default: about 1 in 10, at most 300)")

    imp = sub.add_parser("import", help="add files to a case")
    imp.add_argument("--case", required=True, metavar="NUMBER", help="the case number")
    imp.add_argument("--metadata-only", action="store_true",
                     help="store the files without reading their text now (much faster for large "
                          "batches); CaseDesk's window extracts the text later in the background")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")

    check = sub.add_parser("check", help="verify the database, the documents and the stored states")
    check.add_argument("--repair", action="store_true", help="fix what can be fixed safely")

    backup = sub.add_parser("backup", help="write a self-contained backup archive")
    backup.add_argument("out", type=Path, metavar="OUT")
    restore = sub.add_parser("restore", help="restore a backup archive into an empty data dir")
    restore.add_argument("archive", type=Path, metavar="IN")

    migrate_to = sub.add_parser(
        "migrate-to", help="copy this office into an empty database (e.g. a PostgreSQL server), verified")
    migrate_to.add_argument("--database", dest="target", required=True, metavar="URL",
                            help="the empty target database: postgresql://USER@HOST/NAME (or a SQLite path)")

    export = sub.add_parser("export", help="export the case list the user may see, or cases' files (--case)")
    export.add_argument("--format", choices=("csv", "xlsx"), default=None, help="of the case list (default csv)")
    export.add_argument("--case", action="append", metavar="NUMBER", dest="cases",
                        help="export this case's documents and a manifest to OUT (.zip or a new folder); repeatable")
    export.add_argument("out", type=Path, metavar="OUT")

    sub.add_parser("selftest", help="build a temporary office, render a PDF and a DOCX, grab the window")
    sub.add_parser("users", help="list logins with their role and team")
    return parser


def setup_logging(data_dir: Path | None) -> Path | None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in [h for h in root.handlers if getattr(h, "casedesk", False)]:
        root.removeHandler(old)
        old.close()
    if data_dir is None or not data_dir.is_dir():
        return None
    log_dir = paths.log_dir(data_dir)
    try:
        log_dir.mkdir(exist_ok=True)
        from logging.handlers import RotatingFileHandler

        class QuietHandler(RotatingFileHandler):
            def handleError(self, record: logging.LogRecord) -> None:
                """A log that cannot be written (a full disk) must not print tracebacks over the
                user's messages; the error itself reaches the user another way."""

        handler = QuietHandler(log_dir / "casedesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.casedesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_dir / "casedesk.log"


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
        import os

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
    from desktop_app import commands

    if args.command is None:
        from desktop_app.app import run_gui

        return run_gui(args)
    handler = getattr(commands, f"cmd_{args.command.replace('-', '_')}")
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
