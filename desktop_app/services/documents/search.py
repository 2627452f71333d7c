"""Finding cases by the words inside their documents, and filling the text the search reads.

The search box of the case list matches a case when one of its live documents has every
typed word in its text or title (the last word as a prefix, so results follow the typing),
case- and accent-insensitively; this is an OR with the box's prefix search on the number,
owner, and the other name-like columns (queries._search_clause).

SQLite: the FTS5 index `document_search` (migration m0012, kept in step by triggers) gives
the matching document ids, the document rows give their case ids; the case query then
applies the list's own filters, visibility rule and order. PostgreSQL: the generated
`document.search_vector` column and its GIN index (m0012, its words split on punctuation as
`words()` splits the typed text since m0019).

Text comes from the import (extract.inspect_file, in a worker process). Documents that came
without it (older data, a metadata-only import: documents.add_documents(extract=False)) wait in
`pending_extraction`; `reindex_missing` extracts them a batch at a time, run by the GUI in the
background when it is idle.
"""

from __future__ import annotations

import logging
import tempfile
import unicodedata
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, AppError, NotFound
from desktop_app.models import Document, DocumentVersion, PendingExtraction
from desktop_app.services import audit
from desktop_app.services.context import SYSTEM, Actor, Workspace
from desktop_app.services.documents.extract import DOCX_MIME, FileFacts
from desktop_app.services.documents.sandbox import inspect_isolated
from desktop_app.services.permissions import can_see_case
from desktop_app.storage.database import is_sqlite, unindexed, write_transaction

log = logging.getLogger(__name__)

FTS_TABLE = "document_search"  # = m0012_document_search.FTS_TABLE
CASE_OF_DOCUMENT_INDEX = "document_id_case_id"  # Document.Meta.indexes (id, case)
CASE_INDEX = "document_case_id_added_at"  # a case's documents (newest last)
MAX_WORDS = 8
MIN_PREFIX = 4  # a shorter last word is matched whole: "mar*" would read 130k documents at 1M
REINDEX_BATCH = 20
_SUFFIX = {"application/pdf": ".pdf", DOCX_MIME: ".docx", "message/rfc822": ".eml", "text/plain": ".txt"}


def _fold(char: str) -> str:
    """A precomposed letter without its accents (é → e); other characters unchanged."""
    decomposed = unicodedata.normalize("NFD", char)
    if len(decomposed) > 1 and all(unicodedata.category(c) == "Mn" for c in decomposed[1:]):
        return decomposed[0]
    return char


def _is_token_char(char: str) -> bool:
    """What FTS5's unicode61 tokenizer keeps inside a token: letters, digits, private use."""
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"


def words(term: str) -> list[str]:
    """The words of a search text as the index holds them: lower case, accents removed.

    Everything that is not a letter or a digit separates words ("l'énergie" → l, energie),
    as the tokenizer does when it indexes; at most MAX_WORDS words are kept.
    """
    out: list[str] = []
    current: list[str] = []
    for char in unicodedata.normalize("NFC", term or "").lower():
        char = _fold(char)
        if _is_token_char(char):
            current.append(char)
        elif unicodedata.category(char) == "Mn":
            continue  # a lone combining accent: the tokenizer drops it too
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out[:MAX_WORDS]


def _prefix_last(term: str, found: list[str]) -> bool:
    """The last word is a prefix unless it is one letter or the text ends with a space."""
    return len(found[-1]) >= MIN_PREFIX and not (term or "").endswith((" ", "\t"))


def match_expression(term: str) -> str | None:
    """The FTS5 MATCH text: every word (AND), the last one as a prefix; None if no word."""
    found = words(term)
    if not found:
        return None
    parts = [f'"{word}"' for word in found]
    if _prefix_last(term, found):
        parts[-1] += "*"
    return " ".join(parts)


def ts_query(term: str) -> str | None:
    """The PostgreSQL to_tsquery('simple', …) text for the same search."""
    found = words(term)
    if not found:
        return None
    parts = list(found)
    if _prefix_last(term, found):
        parts[-1] += ":*"
    return " & ".join(parts)


def _matching_ids(expression: str) -> pw.Node:
    """SELECT of the ids of the live documents matching an FTS5 expression (SQLite)."""
    return pw.SQL(f'(SELECT rowid FROM "{FTS_TABLE}" WHERE "{FTS_TABLE}" MATCH ?)', [expression])


def _ts_match(term_query: str) -> pw.Node:
    return pw.SQL("\"search_vector\" @@ to_tsquery('simple', %s)", [term_query])


def document_case_ids(term: str) -> pw.Query | None:
    """The ids of the cases with a live document matching the search text (None: no word typed).

    One entry per matching document (a case may come several times): the caller tests
    membership (`Case.id IN …`). On SQLite the index gives the document ids, each one's row
    gives its case id (integer primary key lookups).
    """
    if is_sqlite():
        expression = match_expression(term)
        if expression is None:
            return None
        # The (id, case) index maps the documents to their cases: 3× faster than the wide rows.
        source = pw.NodeList((Document, pw.SQL(f'INDEXED BY "{CASE_OF_DOCUMENT_INDEX}"')))
        return Document.select(Document.case).from_(source).where(Document.id.in_(_matching_ids(expression)))
    query = ts_query(term)
    if query is None:
        return None
    return Document.select(Document.case).where(~Document.trashed & _ts_match(query))


def matches_at_most(term: str, limit: int) -> int | None:
    """How many live documents match the search text, counted up to `limit` (SQLite; None: no word
    typed or another engine). Cheap: the index streams the first `limit` matches (a prefix too,
    through its prefix indexes, migration m0018)."""
    expression = match_expression(term) if is_sqlite() else None
    if expression is None:
        return None
    sql = f'SELECT count(*) FROM (SELECT rowid FROM "{FTS_TABLE}" WHERE "{FTS_TABLE}" MATCH ? LIMIT ?)'
    return Document._meta.database.execute_sql(sql, (expression, limit)).fetchone()[0]


def cases_matching_within(term: str, case_ids: pw.Query) -> pw.Query | None:
    """The ids of the cases among `case_ids` (a SELECT of case ids) with a live document matching the search text
    (SQLite; None: no word typed).

    Only those cases' documents are looked at (their case index drives); the index is read once,
    over the range of their document ids (`rowid BETWEEN`, recent cases have recent documents),
    so a word in half of all documents costs what those cases hold, not what the office holds.
    The index holds live documents only: no need to read `trashed`.
    """
    expression = match_expression(term)
    if expression is None:
        return None
    low, high = (Document.select(pw.fn.MIN(Document.id), pw.fn.MAX(Document.id))
                 .where(Document.case.in_(case_ids)).tuples().get())
    if low is None:
        return Document.select(Document.case).where(pw.SQL("0"))
    matching = pw.SQL(f'(SELECT rowid FROM "{FTS_TABLE}" WHERE "{FTS_TABLE}" MATCH ? AND rowid BETWEEN ? AND ?)',
                      [expression, low, high])
    source = pw.NodeList((Document, pw.SQL(f'INDEXED BY "{CASE_INDEX}"')))
    return (Document.select(Document.case).distinct().from_(source)
            .where(Document.case.in_(case_ids) & unindexed(Document.id).in_(matching)))


def matching_documents(actor: Actor, case_id: int, term: str) -> list[int]:
    """The case's live documents whose text or title holds every word of `term`, in the
    documents pane's order (newest first). The case must be visible to the actor (NotFound).
    """
    if not can_see_case(actor, case_id, write=False):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    query = matching_documents_query(case_id, term)
    return [] if query is None else [document_id for (document_id,) in query.tuples()]


def matching_documents_query(case_id: int, term: str) -> pw.Query | None:
    """The query behind `matching_documents` (no visibility check; exposed for EXPLAIN tests).

    On SQLite each document of the case is looked up in the index by its id (rowid = …): a
    case has a few documents, while a common word has hundreds of thousands of them.
    """
    if is_sqlite():
        expression = match_expression(term)
        if expression is None:
            return None
        probe = pw.NodeList((
            pw.SQL(f'EXISTS (SELECT 1 FROM "{FTS_TABLE}" WHERE "{FTS_TABLE}" MATCH ? AND "{FTS_TABLE}".rowid =',
                   [expression]),
            Document.id, pw.SQL(")")))
    else:
        query = ts_query(term)
        if query is None:
            return None
        probe = _ts_match(query)
    return (Document.select(Document.id)
            .where((Document.case == case_id) & ~Document.trashed & probe)
            .order_by(Document.added_at.desc(), Document.id.desc()))


# -- filling missing text ------------------------------------------------------------------------

def pending_count() -> int:
    return PendingExtraction.select().count()


def queue_extraction(document_ids: list[int]) -> None:
    """Puts documents in the queue of `reindex_missing` (inside the caller's transaction)."""
    if document_ids:
        PendingExtraction.insert_many([{"document": i} for i in document_ids]).on_conflict_ignore().execute()


def reindex_missing(workspace: Workspace, batch: int = REINDEX_BATCH) -> int:
    """Extracts the text (and page count) of up to `batch` queued documents, stores them (the
    index follows) and takes them off the queue; returns how many were taken (0: the queue is empty).

    The files are read outside the write transaction, the parsers in a worker process (a hostile
    file imported with metadata only cannot take the app down); a file that cannot be read is
    logged and taken off the queue with its text left empty. Run it in the background.
    """
    rows = list(PendingExtraction
                .select(PendingExtraction.document, Document.blob, Document.original_name, Document.mime)
                .join(Document, on=(PendingExtraction.document == Document.id))
                .order_by(PendingExtraction.document.desc()).limit(batch).tuples())
    if not rows:
        return 0
    found: dict[int, tuple[str, FileFacts | None]] = {}
    with tempfile.TemporaryDirectory(prefix="casedesk-extract-") as tmp:
        for document_id, sha, name, mime in rows:
            found[document_id] = sha, _extract(workspace, Path(tmp), document_id, sha, name, mime)
    filled = 0
    with write_transaction():
        for document_id, (sha, facts) in found.items():
            if facts is None:
                continue
            if facts.text:
                # Only where the text is still empty: an import or a new version may have filled it meanwhile.
                filled += Document.update(text=facts.text).where(
                    (Document.id == document_id) & (Document.text == "")).execute()
            if facts.pages is not None:  # a metadata-only import left the page count to us
                Document.update(pages=facts.pages).where(
                    (Document.id == document_id) & Document.pages.is_null()).execute()
                DocumentVersion.update(pages=facts.pages).where(
                    (DocumentVersion.document == document_id) & DocumentVersion.pages.is_null()
                    & (DocumentVersion.blob == sha)).execute()
        PendingExtraction.delete().where(PendingExtraction.document.in_(list(found))).execute()
        audit.record(SYSTEM, "document.extract", "document", "", None, documents=len(found), filled=filled)
    return len(rows)


def _extract(workspace: Workspace, tmp: Path, document_id: int, sha: str, name: str, mime: str) -> FileFacts | None:
    """The facts of a stored file, or None when it cannot be read (logged)."""
    suffix = Path(name or "").suffix.lower() or _SUFFIX.get(mime, ".bin")
    copy = tmp / f"{document_id}{suffix if len(suffix) <= 6 else '.bin'}"
    try:
        workspace.blobs.copy_to(sha, copy)  # the sniffer needs the file's extension
        return inspect_isolated(copy)
    except (AppError, OSError, ValueError) as exc:
        log.warning("document %s: no text extracted (%s)", document_id, exc)
        return None
    except Exception:  # a hostile or odd file must not stop the queue
        log.exception("document %s: text extraction failed", document_id)
        return None
    finally:
        copy.unlink(missing_ok=True)
