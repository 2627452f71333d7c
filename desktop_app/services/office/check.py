"""`casedesk check`: verify the database, the document store and the stored states.

Modelled on Paperless-ngx's sanity checker (research/ecosystem-reliability.md D.3):
database integrity and foreign keys, every blob present and hashing to its name,
every document's blob row present, orphaned files, stored icon states and document
counts against their recomputation, numbering-series heads. `repair=True` (an admin)
fixes what is safe to fix and says what it did; it never deletes a blob a document uses.

Blobs are merge-joined with the store in SHA order and the stored states are streamed,
and the states are recomputed per block of 50,000 case ids, so memory stays bounded.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import operator
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from desktop_app.errors import QT_TRANSLATE_NOOP, PermissionDenied
from desktop_app.models import (
    ALL_MODELS,
    Blob,
    Case,
    Document,
    DocumentVersion,
    NumberingSeries,
    WorkArea,
    db,
)
from desktop_app.services import audit
from desktop_app.services.cases import completeness
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.office import backup_leftovers
from desktop_app.services.permissions import Action, require, visible_cases
from desktop_app.services.status_icons import icon_states
from desktop_app.storage.blobs import CHUNK as READ_CHUNK
from desktop_app.storage.blobs import digest_of
from desktop_app.storage.database import is_sqlite, write_transaction

log = logging.getLogger(__name__)

# Detail lines printed per kind of problem; the rest is counted in one "… and N more" line.
DETAIL_LIMIT = 50
# Cases recomputed per block of ids when comparing states: bounds memory at 1M cases.
STATES_BLOCK = 50_000
# Cases whose states a repair stores per write transaction (short, so the GUI is not held up).
REPAIR_BLOCK = 2_000
# A file in the store without a database row may belong to an import that is still running
# (the file is written before its row): younger files are left alone.
ORPHAN_GRACE_S = 3600.0
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
# peewee wraps errors raised by execute(), not those raised while rows are fetched.
_DB_ERRORS = (pw.DatabaseError, sqlite3.DatabaseError)


@dataclass
class Problem:
    kind: str
    message: str
    fixed: str = ""  # what the repair did, empty when it did nothing
    count: int = 1  # one line may stand for many problems of a kind ("… and N more")


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cases: int = 0
    documents: int = 0
    blobs_verified: int = 0
    repair: bool = False
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when nothing is wrong any more (after the repair, when there was one)."""
        return all(p.fixed for p in self.problems)

    @property
    def total(self) -> int:
        return sum(p.count for p in self.problems)

    @property
    def unfixed(self) -> int:
        return sum(p.count for p in self.problems if not p.fixed)

    def add(self, kind: str, message: str, count: int = 1) -> Problem:
        problem = Problem(kind, message, count=count)
        self.problems.append(problem)
        return problem

    def lines(self) -> list[str]:
        out: list[str] = []
        shown: dict[str, int] = {}
        hidden: dict[str, int] = {}
        for problem in self.problems:
            count = shown.get(problem.kind, 0)
            if count >= DETAIL_LIMIT and problem.count == 1:  # a summary line is always shown
                hidden[problem.kind] = hidden.get(problem.kind, 0) + 1
                continue
            shown[problem.kind] = count + 1
            out.append(f"fixed: {problem.message} — {problem.fixed}" if problem.fixed else problem.message)
        out.extend(f"… and {n:,} more {kind} problems" for kind, n in hidden.items())
        out.extend(f"note: {note}" for note in self.notes)
        total = self.total
        fixed = total - self.unfixed
        head = f"check: {total:,} problem{'' if total == 1 else 's'}"
        if self.repair and total:
            head += f", {fixed:,} repaired"
        out.append(f"{head} ({self.cases:,} cases, {self.documents:,} documents, "
                   f"{self.blobs_verified:,} blobs verified)")
        return out


def run_check(workspace: Workspace, actor: Actor, repair: bool = False) -> CheckReport:
    """Checks the opened workspace; with `repair`, fixes drifted states, orphans and series heads."""
    if repair:
        require(actor, Action.OFFICE_ADMIN)
    elif visible_cases(actor) is not None:
        # The report names cases and documents of the whole office.
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "User {login} ({role}) may not check the office: the report "
                                        "names every case."), login=actor.login, role=actor.role)
    started = time.perf_counter()
    report = CheckReport(repair=repair)
    _check_database(report)
    if repair and report.problems:
        repair = False  # writing into a damaged database can only make it worse
        report.notes.append("nothing was repaired: the database itself is damaged; restore the last "
                            "backup (casedesk restore) into a new data dir")
    steps: list[tuple[str, Callable[[], None]]] = [
        ("counting", lambda: _count(report)),
        ("document", lambda: _check_document_blob_rows(report)),
        ("blob", lambda: _check_blobs(workspace, report, repair)),
        ("orphan blob", lambda: _check_unreferenced_blobs(workspace, report, repair)),
        ("state", lambda: _check_states(report, repair)),
        ("completeness", lambda: _check_completeness(report, repair)),
        ("numbering series", lambda: _check_series(report, repair)),
        ("backup leftovers", lambda: _check_backup_leftovers(workspace, report, repair)),
    ]
    for name, step in steps:
        try:
            step()
        except _DB_ERRORS as exc:  # a damaged database: say so, go on with the next part
            report.add("database", f"database: the {name} check stopped: {exc}")
    report.seconds = time.perf_counter() - started
    fixed = [p for p in report.problems if p.fixed]
    if fixed:
        with write_transaction():
            audit.record(actor, "office.repair", "office", "",
                         repaired=sum(p.count for p in fixed), kinds=sorted({p.kind for p in fixed}))
    log.info("check: %d problems, %d unrepaired, %.1f s", report.total, report.unfixed, report.seconds)
    return report


def _count(report: CheckReport) -> None:
    report.cases = Case.select().count()
    report.documents = Document.select().count()


# --- the database itself ----------------------------------------------------------------------

# Foreign keys the document checks below report with names; the raw check would say it twice.
# (table, parent table) for SQLite's PRAGMA, (table, field) for the models' foreign keys.
_NAMED_FK = {("document", "blob"), ("document_version", "blob")}


def _check_database(report: CheckReport) -> None:
    if not is_sqlite():
        _check_postgresql(report)
        return
    database = Case._meta.database
    try:
        rows = database.execute_sql("PRAGMA integrity_check(100)").fetchall()
    except _DB_ERRORS as exc:
        report.add("database", f"database: the integrity check failed to run: {exc}")
        return
    for (message,) in rows:
        if message != "ok":
            report.add("database", "database: " + " ".join(str(message).split()))
    try:
        violations = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    except _DB_ERRORS as exc:
        report.add("foreign key", f"database: the foreign key check failed to run: {exc}")
        return
    for table, rowid, parent, _fkid in violations:
        if (table, parent) in _NAMED_FK:
            continue
        report.add("foreign key", f"database: row {rowid} of table {table} refers to a missing row "
                                  f"of table {parent}")


# --- PostgreSQL: what an office's own account can check (no superuser, no extension needed) ----

_INVALID_INDEXES = """
    SELECT c.relname, t.relname FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
    WHERE c.relnamespace = current_schema()::regnamespace AND NOT (i.indisvalid AND i.indisready)
    ORDER BY c.relname"""
_UNVALIDATED = """
    SELECT conname, conrelid::regclass::text FROM pg_constraint
    WHERE connamespace = current_schema()::regnamespace AND NOT convalidated ORDER BY conname"""
_BTREE_INDEXES = """
    SELECT c.oid, c.relname FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
    WHERE c.relnamespace = current_schema()::regnamespace AND a.amname = 'btree' AND i.indisvalid
    ORDER BY c.relname"""


def _check_postgresql(report: CheckReport) -> None:
    """The PostgreSQL counterpart of SQLite's integrity and foreign key checks.

    Indexes left invalid (an interrupted build), constraints never validated, rows whose
    foreign key names a missing row (for every foreign key the models declare: constraints
    can be disabled by a bulk load), and, where the office's IT installed the amcheck
    extension, every B-tree index verified against its table.
    """
    database = Case._meta.database
    try:
        for index, table in database.execute_sql(_INVALID_INDEXES).fetchall():
            report.add("database", f"database: index {index} of table {table} is not valid (an "
                                   f"interrupted build or a damaged index; REINDEX INDEX {index} rebuilds it)")
        for name, table in database.execute_sql(_UNVALIDATED).fetchall():
            report.add("database", f"database: constraint {name} of table {table} was never validated")
        _check_btrees(report, database)
    except _DB_ERRORS as exc:
        report.add("database", f"database: the integrity check failed to run: {exc}")
        return
    _check_foreign_keys(report)


def _check_btrees(report: CheckReport, database: pw.Database) -> None:
    if not database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'").fetchone():
        log.info("check: the amcheck extension is not installed; B-tree indexes not verified")
        return
    for oid, name in database.execute_sql(_BTREE_INDEXES).fetchall():
        try:
            with db.atomic():  # a savepoint: a damaged index must not abort the rest of the check
                database.execute_sql("SELECT bt_index_check(%s::regclass, true)", (oid,))
        except _DB_ERRORS as exc:
            report.add("database", f"database: index {name} is damaged: {' '.join(str(exc).split())}")


def _check_foreign_keys(report: CheckReport) -> None:
    for model in ALL_MODELS:
        for fk in model._meta.refs:
            parent = fk.rel_model
            table, parent_table = model._meta.table_name, parent._meta.table_name
            if (table, fk.name) in _NAMED_FK:
                continue
            target = parent.alias()
            key = model._meta.primary_key
            shown = key if isinstance(key, pw.Field) else fk
            query = (model.select(shown)
                     .join(target, pw.JOIN.LEFT_OUTER, on=(fk == getattr(target, fk.rel_field.name)))
                     .where(fk.is_null(False) & getattr(target, fk.rel_field.name).is_null())
                     .order_by(shown))
            try:
                rows = [value for (value,) in query.tuples().limit(DETAIL_LIMIT + 1)]
            except _DB_ERRORS as exc:
                report.add("foreign key", f"database: the foreign key check of table {table} failed: {exc}")
                continue
            for value in rows[:DETAIL_LIMIT]:
                report.add("foreign key", f"database: row {value} of table {table} refers to a missing row "
                                          f"of table {parent_table}")
            if len(rows) > DETAIL_LIMIT:
                more = query.count() - DETAIL_LIMIT
                report.add("foreign key", f"database: … and {more:,} more rows of table {table} refer to "
                                          f"missing rows of table {parent_table}", count=more)


def _case_label(case_number: str | None, case_id: int | None) -> str:
    return f"case {case_number}" if case_number else f"case id {case_id}"


def _check_document_blob_rows(report: CheckReport) -> None:
    """Every document and document version names a blob row that exists."""
    missing = (Document.select(Document.id, Document.title, Document.blob, Case.number, Case.id)
               .join(Case, pw.JOIN.LEFT_OUTER, on=(Document.case == Case.id))
               .join(Blob, pw.JOIN.LEFT_OUTER, on=(Document.blob == Blob.sha256))
               .where(Blob.sha256.is_null()).order_by(Document.id))
    for doc_id, title, sha, number, case_id in missing.tuples().iterator():
        report.add("document", f"document {doc_id} “{title}” ({_case_label(number, case_id)}): its content "
                               f"{sha} has no row in the blob table")
    versions = (DocumentVersion.select(DocumentVersion.document, DocumentVersion.number,
                                       DocumentVersion.blob)
                .join(Blob, pw.JOIN.LEFT_OUTER, on=(DocumentVersion.blob == Blob.sha256))
                .where(Blob.sha256.is_null()).order_by(DocumentVersion.id))
    for doc_id, number, sha in versions.tuples().iterator():
        report.add("document", f"document {doc_id} version {number}: its content {sha} has no row "
                               "in the blob table")


# --- the document store -----------------------------------------------------------------------


@dataclass(frozen=True)
class _StoreEntry:
    sha: str | None  # None: a file that is not where a blob would be
    path: Path


def _walk_store(root: Path) -> Iterator[_StoreEntry]:
    """Files of the store in SHA order (the layout is ab/cd/abcd…), then anything unexpected."""
    if not root.is_dir():
        return
    strays: list[Path] = []
    for first in sorted(root.iterdir()):
        if first.name == "tmp" and first.is_dir():
            continue
        if len(first.name) != 2 or not first.is_dir():
            strays.append(first)
            continue
        for second in sorted(first.iterdir()):
            if len(second.name) != 2 or not second.is_dir():
                strays.append(second)
                continue
            for entry in sorted(second.iterdir()):
                name = entry.name
                if (_SHA_RE.match(name) and name[:2] == first.name and name[2:4] == second.name
                        and entry.is_file()):
                    yield _StoreEntry(name, entry)
                else:
                    strays.append(entry)
    for stray in strays:
        yield _StoreEntry(None, stray)


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(READ_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _users_of(sha: str) -> str:
    """Names the documents that use a blob, for a problem line."""
    query = (Document.select(Document.id, Document.title, Case.number, Case.id)
             .join(Case, pw.JOIN.LEFT_OUTER, on=(Document.case == Case.id))
             .where(Document.blob == sha).order_by(Document.id).limit(4))
    users = [f"document {doc_id} “{title}” of {_case_label(number, case_id)}"
             for doc_id, title, number, case_id in query.tuples()]
    if not users:
        old = (DocumentVersion.select(DocumentVersion.document, DocumentVersion.number)
               .where(DocumentVersion.blob == sha).limit(4).tuples())
        users = [f"document {doc_id} version {number}" for doc_id, number in old]
    return "; ".join(users) if users else "no document"


def _old_enough(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime >= ORPHAN_GRACE_S
    except OSError:
        return False


def _check_blobs(workspace: Workspace, report: CheckReport, repair: bool) -> None:
    """Merge-joins blob rows (by SHA) with the files of the store (in SHA order)."""
    if workspace.blobs.in_database:
        _check_blobs_in_database(report)
        return
    rows = (Blob.select(Blob.sha256, Blob.size, Blob.data.is_null(False).alias("in_db"))
            .order_by(Blob.sha256).tuples().iterator())
    files = _walk_store(workspace.blobs.root)
    strays: list[Path] = []
    row = next(rows, None)
    entry = next(files, None)
    while entry is not None and entry.sha is None:
        strays.append(entry.path)
        entry = next(files, None)
    while row is not None or entry is not None:
        if entry is not None and entry.sha is None:
            strays.append(entry.path)
            entry = next(files, None)
            continue
        if entry is None or (row is not None and row[0] < entry.sha):
            sha, size, in_db = row
            if in_db:
                _verify_in_db(report, sha, size)
            else:
                report.add("blob", f"blob {sha}: the file is missing from the document store "
                                   f"(used by {_users_of(sha)})")
            row = next(rows, None)
        elif row is None or entry.sha < row[0]:
            _orphan_file(workspace, report, entry, repair)
            entry = next(files, None)
        else:
            sha, size, _in_db = row
            _verify_file(report, sha, size, entry.path)
            row = next(rows, None)
            entry = next(files, None)
    for path in strays:
        report.add("store", f"unexpected file in the document store: {path} (not a blob; left as is)")
    _check_temp_files(workspace, report, repair)


def _verify_file(report: CheckReport, sha: str, size: int, path: Path) -> None:
    try:
        actual, actual_size = _hash_file(path)
    except OSError as exc:
        report.add("blob", f"blob {sha}: cannot be read ({exc.strerror or exc}) (used by {_users_of(sha)})")
        return
    report.blobs_verified += 1
    if actual != sha:
        report.add("blob", f"blob {sha}: the content is damaged (it no longer hashes to its name) "
                           f"(used by {_users_of(sha)})")
    elif actual_size != size:
        report.add("blob", f"blob {sha}: the blob row says {size:,} bytes but the file has "
                           f"{actual_size:,}")


def _check_blobs_in_database(report: CheckReport) -> None:
    """PostgreSQL: every blob row holds its bytes, and they hash to the row's name.

    The server hashes (sha256() is built in since PostgreSQL 11): no content crosses the
    network, only the names of the bad rows.
    """
    digest = digest_of(Blob.data)
    length = pw.fn.OCTET_LENGTH(Blob.data)
    report.blobs_verified += Blob.select().where(Blob.data.is_null(False)).count()
    bad = (Blob.select(Blob.sha256, Blob.size, Blob.data.is_null().alias("missing"),
                       (digest == Blob.sha256).alias("intact"), length.alias("length"))
           .where(Blob.data.is_null() | (digest != Blob.sha256) | (length != Blob.size))
           .order_by(Blob.sha256))
    for sha, size, missing, intact, actual_size in bad.tuples().iterator():
        if missing:
            report.add("blob", f"blob {sha}: the content is missing from the database "
                               f"(used by {_users_of(sha)})")
        elif not intact:
            report.add("blob", f"blob {sha}: the content is damaged (the bytes in the database no longer "
                               f"hash to its name) (used by {_users_of(sha)})")
        else:
            report.add("blob", f"blob {sha}: the blob row says {size:,} bytes but the content has "
                               f"{actual_size:,}")


def _verify_in_db(report: CheckReport, sha: str, size: int) -> None:
    data = Blob.select(Blob.data).where(Blob.sha256 == sha).scalar()
    report.blobs_verified += 1
    content = bytes(data or b"")
    if hashlib.sha256(content).hexdigest() != sha:
        report.add("blob", f"blob {sha}: the content stored in the database is damaged "
                           f"(used by {_users_of(sha)})")
    elif len(content) != size:
        report.add("blob", f"blob {sha}: the blob row says {size:,} bytes but the content has "
                           f"{len(content):,}")


def _orphan_file(workspace: Workspace, report: CheckReport, entry: _StoreEntry, repair: bool) -> None:
    if not _old_enough(entry.path):
        report.notes.append(f"{entry.path.name}: written less than {ORPHAN_GRACE_S / 60:.0f} minutes "
                            "ago and not in the database yet (an import may be running); left alone")
        return
    problem = report.add("orphan", f"orphan file in the document store: {entry.sha} (no blob row "
                                   "refers to it)")
    if not repair:
        return
    # Under the write lock, so an import cannot insert the row between the look and the delete.
    with write_transaction():
        if Blob.select().where(Blob.sha256 == entry.sha).exists():
            return
        try:
            entry.path.unlink()
        except OSError as exc:
            problem.message += f" (cannot remove it: {exc.strerror or exc})"
            return
    problem.fixed = "removed the file"


def _check_temp_files(workspace: Workspace, report: CheckReport, repair: bool) -> None:
    tmp_dir = workspace.blobs.root / "tmp"
    if not tmp_dir.is_dir():
        return
    for path in sorted(tmp_dir.iterdir()):
        if not _old_enough(path):
            continue  # an import writing right now
        problem = report.add("orphan", f"leftover temporary file in the document store: {path} "
                                       "(from an interrupted import)")
        if repair and path.is_file():
            try:
                path.unlink()
            except OSError as exc:
                problem.message += f" (cannot remove it: {exc.strerror or exc})"
                continue
            problem.fixed = "removed it"


def _check_unreferenced_blobs(workspace: Workspace, report: CheckReport, repair: bool) -> None:
    """Blob rows no document and no document version uses."""
    used_now = Document.select(Document.id).where(Document.blob == Blob.sha256)
    used_before = DocumentVersion.select(DocumentVersion.id).where(DocumentVersion.blob == Blob.sha256)
    query = (Blob.select(Blob.sha256)
             .where(~pw.fn.EXISTS(used_now) & ~pw.fn.EXISTS(used_before))
             .order_by(Blob.sha256))
    orphans = [sha for (sha,) in query.tuples().iterator()]
    for sha in orphans:
        problem = report.add("orphan", f"orphan blob {sha}: no document uses it")
        if not repair:
            continue
        with write_transaction():
            still_unused = not (Document.select().where(Document.blob == sha).exists()
                                or DocumentVersion.select().where(DocumentVersion.blob == sha).exists())
            if not still_unused:
                problem.message += " (a document uses it now; kept)"
                continue
            Blob.delete().where(Blob.sha256 == sha).execute()
            # Removed under the write lock: an import of the same content waits for it.
            with contextlib.suppress(OSError, ValueError):
                workspace.blobs.remove(sha)
        problem.fixed = ("removed the blob row and its content" if workspace.blobs.in_database
                         else "removed the blob row and its file")


# --- stored states ----------------------------------------------------------------------------


def _check_states(report: CheckReport, repair: bool) -> None:
    """Stored states against a recomputation from the source rows.

    Recomputed per block of ids with one grouped query per source table and block.
    """
    values_of = operator.attrgetter(*icon_states.STATE_FIELDS)
    fields = [getattr(Case, name) for name in icon_states.STATE_FIELDS]
    drifted: list[int] = []
    details: dict[int, str] = {}
    # One read transaction: both sides see the same snapshot, so a concurrent change is no drift.
    with db.atomic():
        low, high = Case.select(pw.fn.MIN(Case.id), pw.fn.MAX(Case.id)).scalar(as_tuple=True)
        for first in range(low or 0, (high or -1) + 1, STATES_BLOCK):
            last = first + STATES_BLOCK - 1
            fresh = icon_states.compute_range(first, last)
            stored = (Case.select(Case.id, *fields).where(Case.id.between(first, last))
                      .order_by(Case.id).tuples())
            for case_id, *have in stored:
                want = fresh.get(case_id)
                if want is None:
                    continue
                want_values = values_of(want)
                if tuple(have) == want_values:
                    continue
                drifted.append(case_id)
                if len(details) < DETAIL_LIMIT:
                    details[case_id] = ", ".join(
                        f"{name} {old}→{new}" for name, old, new
                        in zip(icon_states.STATE_FIELDS, have, want_values, strict=True) if old != new)
    if not drifted:
        return
    numbers = dict(Case.select(Case.id, Case.number).where(Case.id.in_(list(details))).tuples())
    problems = [report.add("state", f"case {numbers.get(case_id, case_id)}: stored states differ from "
                                    f"the source rows (stored→recomputed: {text})")
                for case_id, text in details.items()]
    if len(drifted) > len(details):
        problems.append(report.add("state", f"… and {len(drifted) - len(details):,} more cases whose "
                                            "stored states differ from the source rows",
                                   count=len(drifted) - len(details)))
    if not repair:
        return
    for start in range(0, len(drifted), REPAIR_BLOCK):
        with write_transaction():
            icon_states.refresh(drifted[start:start + REPAIR_BLOCK])
    for problem in problems:
        problem.fixed = "stored the recomputed states"


def _check_completeness(report: CheckReport, repair: bool) -> None:
    """The stored "k of n" of every case against `completeness` recomputed, a block of ids at a time."""
    ids: list[int] = []
    details: dict[int, tuple[int, int, int, int]] = {}
    with db.atomic():  # one snapshot, as for the icon states
        requirements = completeness.requirements_by_status()
        for first, last in completeness.id_ranges():
            for case_id, values in sorted(completeness.compute_range(first, last, requirements).items()):
                if values[:2] != values[2:]:
                    ids.append(case_id)
                    if len(details) < DETAIL_LIMIT:
                        details[case_id] = values
    if not ids:
        return
    numbers = dict(Case.select(Case.id, Case.number).where(Case.id.in_(list(details))).tuples())
    problems = [report.add("completeness", f"case {numbers.get(case_id, case_id)}: stored completeness "
                                           f"{have_present} of {have_total} differs from the source rows "
                                           f"({present} of {total})")
                for case_id, (have_total, have_present, total, present) in details.items()]
    if len(ids) > len(details):
        problems.append(report.add("completeness", f"… and {len(ids) - len(details):,} more cases whose stored "
                                                   "completeness differs from the source rows",
                                   count=len(ids) - len(details)))
    if not repair:
        return
    for start in range(0, len(ids), REPAIR_BLOCK):
        with write_transaction():
            completeness.refresh(ids[start:start + REPAIR_BLOCK])
    for problem in problems:
        problem.fixed = "stored the recomputed completeness"


# --- numbering series -------------------------------------------------------------------------


def _check_series(report: CheckReport, repair: bool) -> None:
    query = (NumberingSeries.select(NumberingSeries, WorkArea.code)
             .join(WorkArea).order_by(NumberingSeries.id))
    for series in query:
        _check_one_series(report, series, repair)


def _all_digits(expr: pw.Node) -> pw.Node:
    if is_sqlite():
        return (expr != "") & pw.NodeList((expr, pw.SQL("NOT GLOB '*[^0-9]*'")))
    return pw.NodeList((expr, pw.SQL("~ '^[0-9]+$'")))


def _check_one_series(report: CheckReport, series: NumberingSeries, repair: bool) -> None:
    """No number drawn twice, and the head above every number drawn.

    Numbers of the series' own width are compared in SQL (as text they sort like their
    values); only the odd ones (longer, malformed) come back to Python.
    """
    prefix, width = series.prefix, series.width
    label = f"numbering series {series.code} of work area {series.work_area.code}"
    in_series = Case.series == series.id
    regular = ((pw.fn.LENGTH(Case.number) == len(prefix) + width)
               & (pw.fn.SUBSTR(Case.number, 1, len(prefix)) == prefix)
               & _all_digits(pw.fn.SUBSTR(Case.number, len(prefix) + 1)))
    top = Case.select(pw.fn.MAX(Case.number)).where(in_series & regular).scalar()
    highest = int(top[len(prefix):]) if top else 0
    odd = Case.select(Case.number).where(in_series & ~regular).order_by(Case.id).tuples().iterator()
    for (number,) in odd:
        tail = number[len(prefix):] if number.startswith(prefix) else ""
        if not (tail.isascii() and tail.isdigit() and len(tail) > width):
            report.add("series", f"{label}: case {number} does not have the series' form "
                                 f"{prefix}{'9' * width}")
            continue
        value = int(tail)
        highest = max(highest, value)
        canonical = f"{prefix}{value:0{width}d}"
        if canonical != number and Case.select().where(Case.number == canonical).exists():
            report.add("series", f"{label}: cases {canonical} and {number} carry the same number")
    if series.next_value > highest:
        return
    problem = report.add("series", f"{label}: the next number {prefix}{series.next_value:0{width}d} "
                                   f"was already drawn (highest is {prefix}{highest:0{width}d})")
    if not repair:
        return
    with write_transaction():
        (NumberingSeries.update(next_value=highest + 1)
         .where((NumberingSeries.id == series.id) & (NumberingSeries.next_value <= highest)).execute())
    problem.fixed = f"the series goes on at {prefix}{highest + 1:0{width}d}"


# --- what killed backups left -----------------------------------------------------------------


def _check_backup_leftovers(workspace: Workspace, report: CheckReport, repair: bool) -> None:
    """Snapshot folders and archive parts of backups that were killed (notes: no data is at stake;
    the next backup removes them too)."""
    for path in backup_leftovers.interrupted_backups(workspace.backups_dir):
        size = backup_leftovers.size_of(path)
        if repair:
            try:
                backup_leftovers.remove(path)
            except OSError as exc:
                report.notes.append(f"{path}: left by an interrupted backup; cannot remove it "
                                    f"({exc.strerror or exc})")
                continue
            report.notes.append(f"removed {path} ({size:,} bytes), left by an interrupted backup")
        else:
            report.notes.append(f"{path} ({size:,} bytes): left by an interrupted backup; the next "
                                "backup or `casedesk check --repair` removes it")
