"""Preview render times on the demo office's documents, off the GUI thread, beside the budget.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_preview.py [DATA_DIR] [--per-kind N]

DATA_DIR is an existing data dir (e.g. the one `--demo` made); without it a 300-case demo
office is generated in a temporary dir. For each kind of stored document (text PDF, JPEG,
PNG and TIFF scans, DOCX) it times `render_preview` the way the pane calls it in its
worker (document facts from the database, blob read, render at a 1000 × 1300 viewport,
fit width) and, for paged documents, `render_page` (a page turn from the kept bytes).
The demo has no scanned PDF, so one is made here: an A4 page as a 300-dpi greyscale
JPEG inside a PDF (the typical scanner output), and a 12-megapixel photo.
Budget (DESIGN §5): PDF preview ≤ 100 ms for a text page, ≤ 300 ms for a scan.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench_results import report as record_figure

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's desktop_app, not an installed one

TARGET = (1000, 1300)
BUDGETS_MS = {"application/pdf": 100, "scanned pdf": 300, "photo 12 MP": 200}


def _ms(seconds: float) -> float:
    return seconds * 1000


def _scan_pdf(path: Path) -> Path:
    """An A4 page scanned at 300 dpi in greyscale, stored as JPEG inside a PDF."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    sheet = Image.effect_noise((2480, 3508), 12).point(lambda v: 200 + v // 8)
    draw = ImageDraw.Draw(sheet)
    for y in range(400, 3300, 60):
        draw.line((250, y, 2200, y), fill=40, width=4)
    jpeg = io.BytesIO()
    sheet.save(jpeg, "JPEG", quality=75)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(jpeg.getvalue()), x=0, y=0, w=210, h=297)
    pdf.output(str(path))
    return path


def _photo(path: Path) -> Path:
    from PIL import Image

    Image.effect_noise((4000, 3000), 40).convert("RGB").save(path, "JPEG", quality=85)
    return path


def main() -> int:
    args = sys.argv[1:]
    per_kind = 20
    if "--per-kind" in args:
        at = args.index("--per-kind")
        per_kind = int(args[at + 1])
        del args[at:at + 2]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from desktop_app.models import Case, Document
    from desktop_app.services.documents import document_import
    from desktop_app.services.office.workspace import close_workspace, open_workspace
    from desktop_app.services.people import auth
    from desktop_app.storage import database
    from desktop_app.views.common.session import Session
    from desktop_app.views.preview.preview_render import (
        View,
        configure_image_reader,
        render_page,
        render_preview,
    )

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (image plugins need an application)
    configure_image_reader()
    temp = Path(tempfile.mkdtemp(prefix="casedesk-bench-preview-"))
    try:
        if args:
            data_dir = Path(args[0])
        else:
            from desktop_app.demo.generate import generate_demo

            data_dir = temp / "data"
            workspace = open_workspace(data_dir, create=True)
            try:
                generate_demo(workspace, cases=300, seed=1)
            finally:
                close_workspace(workspace)
        workspace = open_workspace(data_dir)
        try:
            session = Session(workspace, auth.default_actor())
            by_kind: dict[str, list[int]] = defaultdict(list)
            for doc_id, mime in Document.select(Document.id, Document.mime).order_by(Document.id).tuples():
                if len(by_kind[mime]) < per_kind:
                    by_kind[mime].append(doc_id)
            case_id = Case.select(Case.id).order_by(Case.id).first().id
            for label, path in (("scanned pdf", _scan_pdf(temp / "scan_300dpi.pdf")),
                                ("photo 12 MP", _photo(temp / "photo_12mp.jpg"))):
                document, _changes = document_import.add_document(workspace, session.actor, case_id, path)
                by_kind[label] = [document.id]
            target = QSize(*TARGET)
            print(f"viewport {TARGET[0]} × {TARGET[1]} device px, fit width; {os.cpu_count()} CPUs; "
                  f"data: {data_dir}")
            print(f"{'kind':<26}{'docs':>5}{'first ms (median / p90 / max)':>34}{'page turn ms':>16}"
                  f"{'budget':>9}")
            for kind, ids in sorted(by_kind.items()):
                first, turns = [], []
                for round_ in range(3 if len(ids) == 1 else 1):  # a lone document: best of a few runs
                    for doc_id in ids:
                        with database.worker_connection():
                            started = time.perf_counter()
                            result = render_preview(session, doc_id, target)
                            first.append(time.perf_counter() - started)
                            if result.source is not None:
                                page = 1 if result.source.page_count > 1 else 0
                                started = time.perf_counter()
                                render_page(session, result.source, target, View(page=page))
                                turns.append(time.perf_counter() - started)
                        if round_ == 0 and result.kind == "unavailable":
                            print(f"  ! {kind} #{doc_id}: {result.reason}")
                first.sort()
                p90 = first[min(len(first) - 1, int(len(first) * 0.9))]
                summary = f"{_ms(statistics.median(first)):7.1f} / {_ms(p90):6.1f} / {_ms(first[-1]):6.1f}"
                turn = f"{_ms(statistics.median(turns)):7.1f}" if turns else "      –"
                budget = BUDGETS_MS.get(kind)
                verdict = f"≤ {budget}" + (" ok" if budget and _ms(p90) <= budget else " OVER") if budget else ""
                short = kind.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     "docx")
                print(f"{short:<26}{len(ids):>5}{summary:>34}{turn:>16}{verdict:>9}")
                record_figure("preview", f"first render, p90: {short} ({len(ids)} documents)", _ms(p90), "ms",
                              budget=budget)
        finally:
            close_workspace(workspace)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
