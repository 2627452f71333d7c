"""The parser workers (services/documents/sandbox.py) and the thumbnail cache (services/documents/thumbnails.py)."""

from __future__ import annotations

import ctypes
import sys
import time
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from desktop_app.errors import NotFound, UserError
from desktop_app.services.documents import sandbox, thumbnails

pytestmark = pytest.mark.both_engines  # every test here runs on SQLite and PostgreSQL


def segfault() -> None:
    ctypes.string_at(0)


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def refuse() -> None:
    raise NotFound("Document {id} does not exist.", id=7)


def pid() -> int:
    import os

    return os.getpid()


@pytest.fixture
def pool():
    workers = sandbox.WorkerPool(max_workers=1, memory_limit_mb=512)
    yield workers
    workers.shutdown()


def test_a_segfault_in_a_worker_is_reported_and_the_next_call_gets_a_new_worker(pool):
    first = pool.call(pid, timeout=30)
    with pytest.raises(sandbox.WorkerFailure) as failure:
        pool.call(segfault, timeout=30)
    assert failure.value.reason == "crash" and "SIGSEGV" in failure.value.detail
    assert pool.call(pid, timeout=30) != first and pool.started == 2


def test_a_hanging_call_is_stopped_at_its_timeout(pool):
    started = time.monotonic()
    with pytest.raises(sandbox.WorkerFailure) as failure:
        pool.call(time.sleep, 60, timeout=1.0)
    assert failure.value.reason == "timeout" and time.monotonic() - started < 10
    assert pool.call(pid, timeout=30) > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the address-space limit is Linux's")
def test_a_worker_cannot_take_more_memory_than_its_limit(pool):
    assert pool.call(allocate, 100, timeout=30) == 100 * 1024 * 1024
    with pytest.raises(sandbox.WorkerFailure) as failure:
        pool.call(allocate, 2048, timeout=30)
    assert failure.value.reason == "memory"


def test_errors_for_the_user_keep_their_class_and_the_worker(pool):
    first = pool.call(pid, timeout=30)
    with pytest.raises(NotFound, match="Document 7 does not exist"):
        pool.call(refuse, timeout=30)
    assert pool.call(pid, timeout=30) == first


def test_text_takes_the_fast_path_and_a_crashing_parser_names_the_file(tmp_path, monkeypatch):
    note = tmp_path / "note.txt"
    note.write_text("Clés à l'agence", encoding="utf-8")
    calls = []
    monkeypatch.setattr(sandbox.WorkerPool, "call", lambda *args, **kwargs: calls.append(args))
    assert sandbox.inspect_isolated(note).text == "Clés à l'agence" and calls == []
    monkeypatch.undo()

    pdf = FPDF()
    pdf.add_page()
    pdf.output(str(tmp_path / "rapport.pdf"))
    monkeypatch.setattr(sandbox, "inspect_target", segfault_on_any)
    with pytest.raises(UserError, match=r"^rapport\.pdf: the PDF reader crashed on this file \(signal SIGSEGV\)"):
        sandbox.inspect_isolated(tmp_path / "rapport.pdf")


def segfault_on_any(_path: str) -> None:
    ctypes.string_at(0)


def test_thumbnails_are_cached_by_content_and_a_bad_file_is_not_tried_twice(workspace, monkeypatch):
    picture = workspace.data_dir / "facade.jpg"
    Image.new("RGB", (1200, 900), (200, 120, 40)).save(picture, "JPEG")
    sha, _size = workspace.blobs.put_file(picture)
    path = thumbnails.make_thumbnail(workspace, sha, "image/jpeg")
    assert path == workspace.data_dir / "cache" / "thumbnails" / f"{sha}.png"
    with Image.open(path) as image:
        assert image.size == (160, 120)
    broken, _size = workspace.blobs.put_bytes(b"%PDF-1.4\nnot really")
    assert thumbnails.make_thumbnail(workspace, broken, "application/pdf") is None
    assert thumbnails.thumbnail_path(workspace.data_dir, broken).with_suffix(".none").is_file()

    def no_worker(*_args, **_kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(sandbox.WorkerPool, "call", no_worker)
    assert thumbnails.make_thumbnail(workspace, sha, "image/jpeg") == path  # from the cache
    assert thumbnails.make_thumbnail(workspace, broken, "application/pdf") is None
    assert not list(Path(path.parent).glob(".*.part"))
