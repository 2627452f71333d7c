"""Full-text search over the documents' text and title (services/documents/search.py), and the extraction queue.

SQLite: an FTS5 index `document_search` over the live (not trashed) documents, keyed by
document id, read from the view `document_search_source` (external content: the text is
stored once, in `document.text`; the index holds only the tokens).
- tokenizer `unicode61 remove_diacritics 2`: case- and accent-insensitive ("energie" finds
  "Énergie");
- `detail=none`: doclists without positions, about a third of the size and 30 % faster to
  build than the full detail; the search ANDs single tokens and never needs phrases;
- kept in step by triggers on `document`, not by the services: every path that writes a
  document (import, new version, rename, trash and restore, the demo's bulk SQL, a purge's
  cascade, a restore) is covered, in the same transaction as the change, so a crash can
  never leave the index behind the rows. A trashed document leaves the index, a restored
  one comes back. The view holds exactly what the triggers index, so FTS5's own 'rebuild'
  and 'integrity-check' agree with them.
- the existing documents are indexed here, in chunks of document ids.

PostgreSQL: a stored generated tsvector column (config 'simple' over the lower-cased text with
the Latin accents folded by `translate`, which is immutable where `unaccent` is not) and a GIN
index on it.

Both: table `pending_extraction` (models.PendingExtraction) lists the documents whose text is
still to be extracted; documents of an extractable kind (PDF, Word, plain text, e-mail) without
any text are queued here for the background job (search.reindex_missing).
"""

from __future__ import annotations

import peewee as pw

from desktop_app.models import Document, PendingExtraction
from desktop_app.models.base import format_timestamp, utcnow

FTS_TABLE = "document_search"
FTS_SOURCE = "document_search_source"
BACKFILL_CHUNK = 50_000  # document ids per INSERT … SELECT of the backfill
EXTRACTABLE_MIMES = ("application/pdf", "text/plain", "message/rfc822",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
# Lower-case Latin letters with accents and what they fold to (PostgreSQL; SQLite's tokenizer does it).
ACCENTED = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿžźżšśłß"
FOLDED = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzsslß"

TRIGGERS = {
    "document_search_insert": f"""
        CREATE TRIGGER IF NOT EXISTS "document_search_insert" AFTER INSERT ON "document"
        WHEN new."trashed" = 0 BEGIN
            INSERT INTO "{FTS_TABLE}" (rowid, "title", "text") VALUES (new."id", new."title", new."text");
        END""",
    "document_search_delete": f"""
        CREATE TRIGGER IF NOT EXISTS "document_search_delete" AFTER DELETE ON "document"
        WHEN old."trashed" = 0 BEGIN
            INSERT INTO "{FTS_TABLE}" ("{FTS_TABLE}", rowid, "title", "text")
            VALUES ('delete', old."id", old."title", old."text");
        END""",
    "document_search_update": f"""
        CREATE TRIGGER IF NOT EXISTS "document_search_update" AFTER UPDATE OF "title", "text", "trashed"
        ON "document" BEGIN
            INSERT INTO "{FTS_TABLE}" ("{FTS_TABLE}", rowid, "title", "text")
            SELECT 'delete', old."id", old."title", old."text" WHERE old."trashed" = 0;
            INSERT INTO "{FTS_TABLE}" (rowid, "title", "text")
            SELECT new."id", new."title", new."text" WHERE new."trashed" = 0;
        END""",
}


def upgrade(database: pw.Database) -> None:
    with database.bind_ctx([PendingExtraction, Document]):
        database.create_tables([PendingExtraction])  # IF NOT EXISTS
        Document._schema.create_indexes(safe=True)  # adds (id, case): matching documents → their cases
    if isinstance(database, pw.SqliteDatabase):
        _sqlite(database)
    else:
        _postgres(database)
    _queue_missing_texts(database)


def _sqlite(database: pw.Database) -> None:
    existed = FTS_TABLE in database.get_tables()
    database.execute_sql(f'CREATE VIEW IF NOT EXISTS "{FTS_SOURCE}" AS '
                         'SELECT "id", "title", "text" FROM "document" WHERE "trashed" = 0')
    database.execute_sql(
        f'CREATE VIRTUAL TABLE IF NOT EXISTS "{FTS_TABLE}" USING fts5("title", "text", '
        f"content='{FTS_SOURCE}', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none)")
    for sql in TRIGGERS.values():
        database.execute_sql(sql)
    if not existed:
        backfill(database)


def backfill(database: pw.Database, chunk: int | None = None) -> int:
    """Indexes every live document, in chunks of ids (the triggers index what comes later)."""
    chunk = chunk or BACKFILL_CHUNK
    low, high = database.execute_sql('SELECT min("id"), max("id") FROM "document"').fetchone()
    if low is None:
        return 0
    count = 0
    for start in range(low, high + 1, chunk):
        cursor = database.execute_sql(
            f'INSERT INTO "{FTS_TABLE}" (rowid, "title", "text") SELECT "id", "title", "text" FROM "document" '
            'WHERE "id" BETWEEN ? AND ? AND "trashed" = 0 ORDER BY "id"', (start, start + chunk - 1))
        count += cursor.rowcount
    return count


def _postgres(database: pw.Database) -> None:
    columns = {column.name for column in database.get_columns("document")}
    if "search_vector" not in columns:
        folded = f"""translate(lower(coalesce("title", '') || ' ' || coalesce("text", '')), '{ACCENTED}', '{FOLDED}')"""
        database.execute_sql(
            'ALTER TABLE "document" ADD COLUMN "search_vector" tsvector '
            f"GENERATED ALWAYS AS (to_tsvector('simple', {folded})) STORED")
    database.execute_sql('CREATE INDEX IF NOT EXISTS "document_search_vector" ON "document" '
                         'USING GIN ("search_vector")')


def _queue_missing_texts(database: pw.Database) -> None:
    mark = "?" if isinstance(database, pw.SqliteDatabase) else "%s"
    database.execute_sql(
        f'INSERT INTO "pending_extraction" ("document_id", "queued_at") SELECT d."id", {mark} FROM "document" d '
        f'WHERE d."text" = \'\' AND d."mime" IN ({", ".join([mark] * len(EXTRACTABLE_MIMES))}) '
        'AND NOT EXISTS (SELECT 1 FROM "pending_extraction" p WHERE p."document_id" = d."id")',
        (format_timestamp(utcnow()), *EXTRACTABLE_MIMES))
