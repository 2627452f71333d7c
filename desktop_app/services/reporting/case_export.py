"""Export of case files (issue 6): one or more cases with their documents and a manifest.

OUT.zip (or a new or empty folder) gets one folder per case, named by its number, holding the
current version of each document that is not in the trash, and `manifest.json`: the format,
who exported and when, and for each case its fields, its index values and its documents (type,
file in the export, original name, size, SHA-256 of the exported bytes).

Every case is checked against the acting user's rights before anything is written: a case the
user may not read is refused by its number, and nothing is exported. A zip is written beside
OUT and renamed at the end; a folder is filled under a temporary name and renamed at the end,
so a failed or cancelled export leaves nothing under OUT's name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import peewee as pw

from desktop_app import __version__
from desktop_app.errors import (
    QT_TRANSLATE_NOOP,
    AppError,
    NotFound,
    PermissionDenied,
    StorageError,
    UserError,
)
from desktop_app.models import (
    Case,
    Document,
    DocumentType,
    IndexField,
    IndexValue,
    Status,
    Team,
    User,
    WorkArea,
    db,
)
from desktop_app.services import audit
from desktop_app.services.context import Actor, Workspace
from desktop_app.services.documents.document_copies import safe_file_name
from desktop_app.services.permissions import Action, can_see_case, require
from desktop_app.services.reporting.list_export import export_file
from desktop_app.storage.database import write_transaction

FORMAT = "casedesk-case-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_CASES = 10_000

Progress = Callable[[int, int, str], None]  # documents done, documents in all, the file being written


@dataclass
class CaseExportResult:
    path: Path
    cases: int
    documents: int
    size: int  # bytes of document content exported
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"exported {self.cases} case(s) with {self.documents} document(s) "
                f"({self.size / (1024 * 1024):,.1f} MB) to {self.path}")
        if self.warnings:
            text += "; WARNING: " + "; ".join(self.warnings)
        return text


@dataclass
class _DocPlan:
    id: int
    sha: str
    member: str
    manifest: dict[str, object]


@dataclass
class _CasePlan:
    id: int
    number: str
    folder: str
    manifest: dict[str, object]
    documents: list[_DocPlan]


class ExportCancelled(UserError):
    pass


def case_ids_for_numbers(actor: Actor, numbers: Sequence[str]) -> list[int]:
    """The ids of these case numbers, in order; a number the user may not read is refused as unknown."""
    ids = []
    for number in numbers:
        case = Case.get_or_none(Case.number == str(number).strip())
        if case is None or not can_see_case(actor, case.id):
            # Do not reveal that a case the user may not see exists.
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No case with number {number}: nothing was exported."),
                           number=str(number).strip())
        if case.id not in ids:
            ids.append(case.id)
    return ids


def check_target(out: Path | str) -> tuple[Path, bool]:
    """(OUT, as a zip?) or a UserError naming OUT and why it cannot be written."""
    out = Path(out)
    as_zip = out.suffix.lower() == ".zip"
    if as_zip and out.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot export to {path}: it is a folder."), path=str(out))
    if not as_zip and out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Cannot export to {path}: give a .zip file or a new or empty folder."), path=str(out))
    if not out.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Cannot export to {path}: folder {folder} does not exist."),
                        path=str(out), folder=str(out.parent))
    return out, as_zip


def export_case_files(workspace: Workspace, actor: Actor, case_ids: Sequence[int], out: Path | str, *,
                      progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> CaseExportResult:
    """Writes the cases' documents and manifest to OUT (.zip or folder); all the cases or nothing."""
    require(actor, Action.EXPORT)
    out, as_zip = check_target(out)
    ids = list(dict.fromkeys(int(i) for i in case_ids))
    if not ids:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Choose at least one case to export."))
    if len(ids) > MAX_CASES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "At most {max} cases in one export ({count} chosen)."),
                        max=f"{MAX_CASES:,}", count=f"{len(ids):,}")
    with db.atomic():  # one snapshot of the cases and their document lists
        plans = _plan(actor, ids)
    total = sum(len(p.documents) for p in plans)
    started = dt.datetime.now(dt.UTC)
    result = CaseExportResult(out, len(plans), 0, 0)
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                "created_at": started.isoformat(timespec="seconds"), "created_by": actor.login,
                "cases": [p.manifest for p in plans]}

    def members() -> object:
        done = 0
        for plan in plans:
            for doc in plan.documents:
                if cancelled is not None and cancelled():
                    raise ExportCancelled(QT_TRANSLATE_NOOP("errors", "Export cancelled: nothing was written."))
                if progress is not None:
                    progress(done, total, doc.member)
                data = _content(workspace, doc, result)
                done += 1
                if data is None:
                    continue
                result.documents += 1
                result.size += len(data)
                yield doc.member, data
        if progress is not None:
            progress(total, total, "")

    def manifest_bytes() -> bytes:
        return json.dumps(manifest, indent=1, ensure_ascii=False, default=str).encode("utf-8")

    if as_zip:
        _write_zip(out, members, manifest_bytes)
    else:
        _write_folder(out, members, manifest_bytes)
    with write_transaction():
        for plan in plans:
            audit.record(actor, "case.export_files", "case", plan.id, plan.id, file=out.name,
                         documents=len(plan.documents))
    return result


def _plan(actor: Actor, ids: list[int]) -> list[_CasePlan]:
    technician, creator = User.alias(), User.alias()
    rows = {row.id: row for row in (
        Case.select(Case, WorkArea.name.alias("area_name"), Status.name.alias("status_name"),
                    technician.login.alias("assigned_login"), creator.login.alias("creator_login"),
                    Team.name.alias("team_name"))
        .join(WorkArea, on=(Case.work_area == WorkArea.id))
        .switch(Case).join(Status, on=(Case.status == Status.id))
        .switch(Case).join(technician, pw.JOIN.LEFT_OUTER, on=(Case.assigned_user == technician.id))
        .switch(Case).join(creator, pw.JOIN.LEFT_OUTER, on=(Case.created_by == creator.id))
        .switch(Case).join(Team, pw.JOIN.LEFT_OUTER, on=(Case.team == Team.id))
        .where(Case.id.in_(ids)).objects())}
    for case_id in ids:
        row = rows.get(case_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist: nothing was exported."), id=case_id)
        if not can_see_case(actor, case_id):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "errors", "User {login} may not read case {number}: nothing was exported."),
                login=actor.login, number=row.number)
    index_values: dict[int, dict[str, str]] = {}
    for case_id, code, value in (IndexValue.select(IndexValue.case, IndexField.code, IndexValue.value)
                                 .join(IndexField).where(IndexValue.case.in_(ids)).tuples()):
        index_values.setdefault(case_id, {})[code] = value
    documents: dict[int, list[tuple]] = {}
    for doc in (Document.select(Document.id, Document.case, Document.title, Document.original_name,
                                Document.size, Document.mime, Document.blob, Document.added_at,
                                Document.version_count, DocumentType.name.alias("type_name"),
                                DocumentType.code.alias("type_code"))
                .join(DocumentType, pw.JOIN.LEFT_OUTER, on=(Document.document_type == DocumentType.id))
                .where(Document.case.in_(ids) & ~Document.trashed)
                .order_by(Document.added_at, Document.id).objects()):
        documents.setdefault(doc.case_id, []).append(doc)
    plans = []
    folders: set[str] = set()
    for case_id in ids:
        row = rows[case_id]
        folder = _unique(safe_file_name(row.number, fallback=f"case-{case_id}"), folders)
        names: set[str] = set()
        docs = []
        for doc in documents.get(case_id, []):
            name = _unique(safe_file_name(doc.original_name or doc.title, doc.mime), names)
            member = f"{folder}/{name}"
            docs.append(_DocPlan(doc.id, doc.blob_id, member, {
                "file": member, "title": doc.title, "original_name": doc.original_name,
                "type": doc.type_name or "", "type_code": doc.type_code or "", "mime": doc.mime,
                "size": doc.size, "sha256": doc.blob_id, "versions": doc.version_count,
                "added_at": _json(doc.added_at)}))
        fields = {f.name: _json(getattr(row, f.name if not isinstance(f, pw.ForeignKeyField) else f.object_id_name))
                  for f in Case._meta.sorted_fields if f.name not in ("id",)}
        fields.update(work_area_name=row.area_name, status_name=row.status_name,
                      assigned_login=row.assigned_login or "", created_by_login=row.creator_login or "",
                      team_name=row.team_name or "")
        plans.append(_CasePlan(case_id, row.number, folder, {
            "id": case_id, "number": row.number, "folder": folder, "fields": fields,
            "index": index_values.get(case_id, {}), "documents": [d.manifest for d in docs]}, docs))
    return plans


def _json(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name (2)`… when another file of the folder has it (ignoring case, as Windows does)."""
    stem, suffix = os.path.splitext(name)
    candidate, number = name, 2
    while candidate.lower() in taken or candidate.lower() == MANIFEST:
        candidate = f"{stem} ({number}){suffix}"
        number += 1
    taken.add(candidate.lower())
    return candidate


def _content(workspace: Workspace, doc: _DocPlan, result: CaseExportResult) -> bytes | None:
    """The stored bytes; a missing or damaged file is noted in the manifest and the warnings."""
    try:
        data = workspace.blobs.read_bytes(doc.sha)
    except (StorageError, ValueError, OSError):
        doc.manifest.update(missing=True, file="")
        result.warnings.append(f"{doc.member}: content missing from the store, not exported")
        return None
    actual = hashlib.sha256(data).hexdigest()
    if actual != doc.sha:
        doc.manifest.update(damaged=True, sha256=actual, stored_sha256=doc.sha)
        result.warnings.append(f"{doc.member}: stored content is damaged (SHA-256 differs), exported as it is")
    doc.manifest["size"] = len(data)
    return data


def _write_zip(out: Path, members: Callable[[], object], manifest: Callable[[], bytes]) -> None:
    try:
        with export_file(out) as part, zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            stamp = time.localtime()[:6]
            for name, data in members():  # type: ignore[attr-defined]
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, data)
            info = zipfile.ZipInfo(MANIFEST, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, manifest())
    except AppError:
        raise
    except OSError as exc:
        raise _write_error(out, exc) from exc


def _write_folder(out: Path, members: Callable[[], object], manifest: Callable[[], bytes]) -> None:
    work = out.parent / f".{out.name}.export-{secrets.token_hex(4)}"
    try:
        work.mkdir()
        for name, data in members():  # type: ignore[attr-defined]
            target = work.joinpath(*name.split("/"))
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(data)
        (work / MANIFEST).write_bytes(manifest())
        if out.exists():
            out.rmdir()  # empty (checked): replaced by the finished folder
        os.rename(work, out)
    except OSError as exc:
        raise _write_error(out, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)


def _write_error(out: Path, exc: OSError) -> StorageError:
    return StorageError(QT_TRANSLATE_NOOP("errors", "Cannot write the export {path}: {reason}"),
                        path=str(out), reason=exc.strerror or str(exc))
