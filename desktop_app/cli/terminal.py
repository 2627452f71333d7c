"""What a subcommand shows while it works: a progress line on stderr, only when it is a terminal."""

from __future__ import annotations

import sys


def show_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)


def show_copy_progress(done: int, total: int, table: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{done * 100 // max(total, 1):3d} %  {done:,} of {total:,} rows  ({table})\033[K", end="",
              file=sys.stderr, flush=True)
