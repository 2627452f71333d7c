"""The options and subcommands of `casedesk` (DESIGN §4): `casedesk COMMAND --help` documents each."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app import __version__
from desktop_app.languages import LANGUAGES


class UsageError(Exception):
    pass


class CommandParser(argparse.ArgumentParser):
    """Bad usage is one line and exit code 2 (no usage dump), for the window's caller and scripts."""

    def error(self, message: str):  # one line, exit 2, no usage dump
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="casedesk", description="CaseDesk case-file desktop application.")
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)

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
