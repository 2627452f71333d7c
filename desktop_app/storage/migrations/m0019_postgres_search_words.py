"""PostgreSQL: the documents' search vector splits words as the search box does (SQLite: nothing).

m0012's vector let PostgreSQL's parser keep e-mail addresses, file names, URLs, decimals and
case numbers as single tokens ("jean.dupont@orange.fr", "rapport_final.pdf", "d25" + "-000002"),
so typing "dupont", "rapport" or "000002" found nothing on PostgreSQL while SQLite's FTS5
found them. The text is now folded before the parser sees it: lower case, Latin accents
removed (upper-case ones too, for a database whose ctype does not lower them), and every
punctuation mark turned into a space, which is what `search.words()` does to the typed text.
Only immutable functions (lower, translate), as a generated column requires.
"""

from __future__ import annotations

import peewee as pw

from desktop_app.storage.migrations.m0012_document_search import ACCENTED, FOLDED

INDEX = "document_search_vector"
# ASCII punctuation and the usual typographic marks: word separators, as in search.words().
PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~’‘‚“”„«»‹›–—…·•¡¿"


def _fold_map() -> tuple[str, str]:
    source, target = [], []
    for accented, folded in zip(ACCENTED, FOLDED, strict=True):
        upper = accented.upper()
        if len(upper) == 1 and upper != accented:
            source.append(upper)
            target.append(folded)
    return "".join(source) + PUNCTUATION, "".join(target) + " " * len(PUNCTUATION)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def search_expression() -> str:
    """The tsvector the generated column holds, from the document's title and text."""
    upper_and_marks, replacement = _fold_map()
    raw = "coalesce(\"title\", '') || ' ' || coalesce(\"text\", '')"
    folded = (f"translate(lower(translate({raw}, {_literal(upper_and_marks)}, {_literal(replacement)})), "
              f"{_literal(ACCENTED)}, {_literal(FOLDED)})")
    return f"to_tsvector('simple', {folded})"


def upgrade(database: pw.Database) -> None:
    if isinstance(database, pw.SqliteDatabase):
        return  # FTS5's unicode61 tokenizer already splits on every punctuation mark
    database.execute_sql(f'DROP INDEX IF EXISTS "{INDEX}"')
    database.execute_sql('ALTER TABLE "document" DROP COLUMN IF EXISTS "search_vector"')
    # '%' doubled: the driver reads placeholders in every statement it is given.
    database.execute_sql('ALTER TABLE "document" ADD COLUMN "search_vector" tsvector '
                         f"GENERATED ALWAYS AS ({search_expression().replace('%', '%%')}) STORED")
    database.execute_sql(f'CREATE INDEX "{INDEX}" ON "document" USING GIN ("search_vector")')
