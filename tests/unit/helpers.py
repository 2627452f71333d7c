"""Helpers the unit tests share: real PDF and text files, a failing stream, query plans, an extra database."""

from __future__ import annotations

import contextlib
import itertools
import os
from pathlib import Path
from urllib.parse import urlparse

from fpdf import FPDF

from desktop_app.models import db


def make_pdf(path, text):
    """A one-page PDF with `text` on it (real text, so extraction finds it)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, text)
    pdf.output(str(path))
    return path


class FailingStream:
    """A source whose third read fails with OSError(code, message): a disk or device failing mid-copy."""

    def __init__(self, code: int, message: str) -> None:
        self.code, self.message, self.calls = code, message, 0

    def read(self, n: int) -> bytes:
        self.calls += 1
        if self.calls > 2:
            raise OSError(self.code, self.message)
        return b"x" * n


def text_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def plan_lines(query) -> list[str]:
    sql, params = query.sql()
    return [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]


_numbers = itertools.count(1)


@contextlib.contextmanager
def new_postgresql_database(server_url: str):
    """Another empty database on the server of `server_url`, dropped afterwards."""
    from pytest_postgresql.janitor import DatabaseJanitor

    parsed = urlparse(server_url)
    name = f"casedesk_extra_{os.getpid()}_{next(_numbers)}"
    janitor = DatabaseJanitor(user=parsed.username, host=parsed.hostname, port=parsed.port, dbname=name)
    janitor.init()
    try:
        yield f"postgresql://{parsed.username}@{parsed.hostname}:{parsed.port}/{name}"
    finally:
        janitor.drop()
