"""Running the real program as a subprocess and killing it (SIGKILL) at a chosen point; the real
files an office is built from. Shared by the crash-safety tests on SQLite (test_crash_safety.py)
and on PostgreSQL (test_pg_crash_safety.py).

The program is stopped either from outside, when a condition polled on its files or database
becomes true (`Running.kill_when`), or by a driver script that patches one function of the
program in its own process only (`start_driver`): production code has no test hooks.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from fpdf import FPDF
from PIL import Image

import desktop_app

REPO = Path(desktop_app.__file__).resolve().parents[1]
# The worktree's code, also for driver scripts run from a temporary folder.
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
POLL_S = 0.002
T = TypeVar("T")


# --- running and killing the program ----------------------------------------------------------


class OfficeConnection:
    """The test's own connection to the office database (not the program's): `con` is set by the
    engine's subclass; rows and single values, closed on leaving a `with` block."""

    con: object

    def scalar(self, sql: str, params: tuple = ()) -> object:
        return self.con.execute(sql, params).fetchone()[0]

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.con.execute(sql, params).fetchall()

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def assert_each_document_added_once(connection: OfficeConnection, document_ids: list[int]) -> None:
    """Every stored document has exactly one version and one "document.add" audit event, and there
    are no others: nothing half-added, nothing added twice."""
    versions = dict(connection.rows("SELECT document_id, count(*) FROM document_version GROUP BY document_id"))
    added = dict(connection.rows("SELECT CAST(entity_id AS INTEGER), count(*) FROM audit_event "
                                 "WHERE action = 'document.add' GROUP BY entity_id"))
    for doc_id in document_ids:
        assert versions.get(doc_id) == 1, f"document {doc_id}: {versions.get(doc_id)} versions"
        assert added.get(doc_id) == 1, f"document {doc_id}: {added.get(doc_id)} audit events"
    assert connection.scalar("SELECT count(*) FROM document_version") == len(document_ids)
    assert connection.scalar("SELECT count(*) FROM audit_event WHERE action = 'document.add'") == len(document_ids)


def run_cli(*args: object, preexec_fn: Callable[[], None] | None = None) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "desktop_app", *map(str, args)], capture_output=True,
                          text=True, env=ENV, cwd=REPO, timeout=180, preexec_fn=preexec_fn)
    return done.returncode, done.stdout, done.stderr


class Running:
    """A subprocess with stdout and stderr in files (a pipe nobody reads could block it)."""

    def __init__(self, argv: list[str], folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.out_path, self.err_path = folder / "stdout.txt", folder / "stderr.txt"
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(argv, stdout=out, stderr=err, env=ENV, cwd=REPO,
                                         start_new_session=os.name == "posix")
        self.killed_at: float | None = None  # time.monotonic() of the SIGKILL

    def stdout(self) -> str:
        return self.out_path.read_text(encoding="utf-8", errors="replace")

    def stderr(self) -> str:
        return self.err_path.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, ready: Callable[[], bool], timeout: float = 60.0) -> None:
        """Returns once `ready()` is true; fails if the process finished first or time ran out."""
        deadline = time.monotonic() + timeout
        while not ready():
            if self.proc.poll() is not None:
                pytest.fail(f"the process ended (exit {self.proc.returncode}) before the kill point; "
                            f"stderr: {self.stderr()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"the kill point was not reached in time; stderr: {self.stderr()[-2000:]}")
            time.sleep(POLL_S)

    def kill_when(self, ready: Callable[[], bool], timeout: float = 60.0,
                  then: Callable[[], T] | None = None) -> T | None:
        """SIGKILLs the process as soon as `ready()` is true; fails if it finished first. Returns
        what `then()` returns, called once the process is dead, before what is left of its group
        (parser workers leaving by themselves) is reaped."""
        try:
            self.wait_for(ready, timeout)
            self.proc.kill()
            self.killed_at = time.monotonic()
            self.proc.wait(timeout=30)
            assert self.proc.returncode != 0
            return then() if then is not None else None
        finally:
            self.reap()

    def wait(self, timeout: float = 120.0) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self.reap()

    def reap(self) -> None:
        """Ends what is left of the process group we started (its parser workers leave by
        themselves when their parent dies; this only makes sure of it)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        if os.name == "posix":
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    os.killpg(self.proc.pid, 0)
                except (ProcessLookupError, PermissionError):
                    return
                time.sleep(0.05)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, 9)


def start_cli(folder: Path, *args: object) -> Running:
    return Running([sys.executable, "-m", "desktop_app", *map(str, args)], folder)


def start_driver(folder: Path, code: str, *args: object) -> Running:
    script = folder / "driver.py"
    folder.mkdir(parents=True, exist_ok=True)
    script.write_text(textwrap.dedent(code), encoding="utf-8")
    return Running([sys.executable, str(script), *map(str, args)], folder)


# --- real files -----------------------------------------------------------------------------------


def make_pdf(path: Path, text: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, text)
    path.write_bytes(bytes(pdf.output()))
    return path


def make_png(path: Path, seed: int, size: tuple[int, int] = (40, 30)) -> Path:
    Image.new("RGB", size, (seed % 256, (seed * 7) % 256, (seed // 256) % 256)).save(path)
    return path


def make_noise_png(path: Path, side: int, seed: int) -> Path:
    """An incompressible PNG (random pixels): its size is about 3 × side² bytes."""
    data = hashlib.shake_256(f"noise {seed}".encode()).digest(side * side * 3)
    Image.frombytes("RGB", (side, side), data).save(path, compress_level=0)
    return path


def import_files_for_test(folder: Path, count: int) -> list[Path]:
    """`count` small real files to import, every other one a PDF, the others PNGs."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        if i % 2:
            make_pdf(folder / f"rapport-{i:03d}.pdf", f"Rapport de visite {i}")
        else:
            make_png(folder / f"photo-{i:03d}.png", i)
    return sorted(folder.iterdir())


def fill_crash_office(workspace, root: Path, *, status_cases: int, photos: int, import_files: int) -> dict:
    """Into an open, new office (SQLite or PostgreSQL) and then closes it: the diagnostics office,
    one case for the imports, `status_cases` cases at their first status, `photos` large
    (incompressible) pictures and a report so that a backup takes a moment; plus `import_files` small
    real PDFs and PNGs under root/files to import. Returns the case number and id, the moving cases'
    ids and the files."""
    from desktop_app.models import WorkArea
    from desktop_app.services.cases.case_editing import create_case
    from desktop_app.services.documents.document_import import add_document
    from desktop_app.services.office.workspace import close_workspace
    from desktop_app.services.people import auth
    from desktop_app.services.settings import presets
    from desktop_app.storage.database import write_transaction

    big = root / "big"
    big.mkdir()
    try:
        with write_transaction():
            presets.create_office("diagnostics")
        admin = auth.default_actor()
        area = WorkArea.get(WorkArea.code == "DIAG")
        target, _ = create_case(admin, area.id, internal_ref="Import target", city="Nantes")
        with write_transaction():
            moving = [create_case(admin, area.id, internal_ref=f"Batch {i}", city="Rennes")[0].id
                      for i in range(status_cases)]
        holder, _ = create_case(admin, area.id, internal_ref="Photos", city="Brest")
        for i in range(photos):
            add_document(workspace, admin, holder.id, make_noise_png(big / f"photo{i:02d}.png", 600, i))
        add_document(workspace, admin, holder.id, make_pdf(big / "rapport.pdf", "Rapport amiante Brest"))
    finally:
        close_workspace(workspace)
    files = import_files_for_test(root / "files", import_files)
    return {"number": target.number, "case_id": target.id, "moving": moving, "files": files}
