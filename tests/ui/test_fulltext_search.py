"""The search box finds cases by the words inside their documents; the matching document is selected.

Real window, real PDFs imported through the documents service, real FTS5 index.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from PySide6.QtWidgets import QLineEdit

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import Case, Document
from desktop_app.services.documents import document_import, search
from desktop_app.services.office.workspace import close_workspace, open_workspace
from desktop_app.services.people import auth
from desktop_app.storage.database import write_transaction

from .test_main_window import select_case

WORD = "xylophages"  # only inside the PDF's text: not in a title, a name or a number


def pdf(path: Path, *lines: str) -> Path:
    out = FPDF()
    out.add_page()
    out.set_font("helvetica", size=12)
    for line in lines:
        out.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    out.output(str(path))
    return path


def add_files(office, tmp_path: Path) -> tuple[str, int]:
    """Into the billing case: the matching PDF, then a newer one (so it is not selected by default)."""
    workspace = open_workspace(office.data_dir)
    try:
        admin = auth.default_actor()
        case = Case.get(Case.number == office.billing_case)
        match, _ = document_import.add_document(workspace, admin, case.id, pdf(
            tmp_path / "constat.pdf", "Constat parasitaire", f"Insectes {WORD} dans la charpente"))
        document_import.add_document(workspace, admin, case.id, pdf(tmp_path / "plan.pdf", "Plan du rez-de-chaussee"))
        return case.number, match.id
    finally:
        close_workspace(workspace)


def open_window(qtbot, office):
    main = create_main_window(office.data_dir)
    wait_until_settled(main)  # the case list loads in the background
    qtbot.addWidget(main)
    main.resize(1600, 900)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_a_word_only_inside_a_pdf_finds_the_case_and_selects_that_document(qtbot, office, tmp_path):
    number, match_id = add_files(office, tmp_path)
    main = open_window(qtbot, office)
    try:
        pane = main.case_list
        qtbot.waitUntil(lambda: not pane.busy and pane.model.rowCount() > 1)
        search_box = main.findChild(QLineEdit, "caseSearch")
        qtbot.keyClicks(search_box, WORD[:7])  # a prefix, as while typing
        qtbot.waitUntil(lambda: pane.case_filter.search == WORD[:7] and not pane.busy, timeout=5000)
        assert [pane.model.case_row(r).number for r in range(pane.model.rowCount())] == [number]
        select_case(qtbot, main, number)
        qtbot.waitUntil(lambda: main.documents.current_document_id == match_id and not main.documents.matching,
                        timeout=5000)
        row = main.documents.model.row_of(match_id)
        assert row > 0  # not the newest document: selected because it matches
        selected = main.documents.table.selectionModel().selectedRows()
        assert [index.row() for index in selected] == [row]
        main.grab().save(str(tmp_path / "fulltext-search.png"))

        search_box.clear()  # no search: a case opens on its newest document, as before
        qtbot.waitUntil(lambda: not pane.busy and pane.model.rowCount() > 1, timeout=5000)
        select_case(qtbot, main, office.documents_case)
        select_case(qtbot, main, number)
        qtbot.waitUntil(lambda: main.documents.current_document_id is not None)
        assert main.documents.table.currentIndex().row() == 0
    finally:
        main.close()
        close_workspace(main.session.workspace)


def test_the_window_fills_missing_text_in_the_background(qtbot, office, tmp_path):
    number, match_id = add_files(office, tmp_path)
    workspace = open_workspace(office.data_dir)
    try:
        with write_transaction():  # as older data: the text was never extracted
            Document.update(text="").where(Document.id == match_id).execute()
            search.queue_extraction([match_id])
    finally:
        close_workspace(workspace)
    main = open_window(qtbot, office)
    try:
        done: list[int] = []
        main.text_indexer.sig_batch_done.connect(done.append)
        main.text_indexer.start(delay_ms=0)
        qtbot.waitUntil(lambda: bool(done) and done[-1] == 0 and not main.text_indexer.running, timeout=10_000)
        assert done[0] == 1 and search.pending_count() == 0
        assert WORD in Document.get_by_id(match_id).text
        main.findChild(QLineEdit, "caseSearch").setText(WORD)
        qtbot.waitUntil(lambda: main.case_list.case_filter.search == WORD and not main.case_list.busy, timeout=5000)
        assert [main.case_list.model.case_row(r).number for r in range(main.case_list.model.rowCount())] == [number]
    finally:
        main.close()
        close_workspace(main.session.workspace)


def test_a_search_shows_its_first_page_then_the_whole_list_adds_its_rows(qtbot, office, tmp_path, monkeypatch):
    """The first page (queries.first_case_ids, read a window at a time here as for a common word)
    shows while the whole list is still loading; the whole list then adds its rows after it, without
    resetting the table."""
    import threading

    from desktop_app.services.case_list import case_queries

    workspace = open_workspace(office.data_dir)
    try:
        admin = auth.default_actor()
        for number in (office.billing_case, office.documents_case, office.quote_case):
            case = Case.get(Case.number == number)
            document_import.add_document(workspace, admin, case.id,
                                   pdf(tmp_path / f"{number}.pdf", f"Insectes {WORD} dans la charpente"))
        expected = list(case_queries.case_ids(admin, case_queries.CaseFilter(search=WORD)))
    finally:
        close_workspace(workspace)
    assert len(expected) == 3
    monkeypatch.setattr(case_queries, "FIRST_PAGE", 1)
    monkeypatch.setattr(case_queries, "FEW_MATCHES", 0)
    monkeypatch.setattr(case_queries, "WINDOWS", (2, 4))
    gate = threading.Event()
    real_case_ids = case_queries.case_ids

    def slow_case_ids(actor, case_filter, *args, **kwargs):
        if case_filter.search:
            assert gate.wait(20)  # the whole list of the search waits until the first page was seen
        return real_case_ids(actor, case_filter, *args, **kwargs)

    monkeypatch.setattr(case_queries, "case_ids", slow_case_ids)
    main = open_window(qtbot, office)
    try:
        pane = main.case_list
        qtbot.waitUntil(lambda: not pane.busy and pane.model.rowCount() > 3)
        resets, inserted = [], []
        pane.model.modelReset.connect(lambda: resets.append(pane.model.rowCount()))
        pane.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
        qtbot.keyClicks(main.findChild(QLineEdit, "caseSearch"), WORD)
        qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
        assert pane.busy and pane.model.case_id(0) == expected[0]
        gate.set()
        qtbot.waitUntil(lambda: not pane.busy, timeout=5000)
        assert [pane.model.case_id(r) for r in range(pane.model.rowCount())] == expected
        assert resets == [1] and inserted == [(1, 2)]
        assert pane.filter_bar.search.text() == WORD
    finally:
        gate.set()
        main.close()
        close_workspace(main.session.workspace)
