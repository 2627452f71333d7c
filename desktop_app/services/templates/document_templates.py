"""Documents generated from .docx templates: quotes, invoices, letters… stored in the case.

Lookup, for a case of work area W and a shipped template kind K whose document type in W
has code C: the office's own `<data dir>/templates/W/C.docx`, then `…/templates/W/K.docx`,
then the shipped `resources/templates/K.docx`. Any other `templates/W/<name>.docx` is offered
too (typed when <name> is a document type code of W). Templates render in the bounded
Jinja sandbox (template_sandbox.py) with the context of template_context.py, in the office's
language; the result is a new document of the case with source "generated".

PDF output needs LibreOffice (detected, optional): without it the DOCX is stored and the
result says so (`Generated.notice`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import Case, Communication, Contact, Document, DocumentType, Status, WorkArea
from desktop_app.models.states import DocumentSource, StatusKind
from desktop_app.services import audit
from desktop_app.services.cases import status_moves
from desktop_app.services.context import Actor, ChangeSet, Workspace
from desktop_app.services.documents import document_copies, document_import
from desktop_app.services.permissions import Action, require_case
from desktop_app.services.templates.template_context import build_context, contact_dict
from desktop_app.storage.database import write_transaction


@dataclass(frozen=True)
class Shipped:
    kind: str  # the file resources/templates/<kind>.docx
    label: str  # English; translated in the views (context "templates")
    title_key: str  # the document's title in template_texts
    type_codes: tuple[str, ...] = ()  # the document type it is stored as: the first the work area has
    area_kinds: tuple[str, ...] | None = None  # the work area kinds it is offered in (None: all)
    needs_type: bool = False  # offered only where the work area has one of type_codes


SHIPPED: tuple[Shipped, ...] = (
    Shipped("quote", QT_TRANSLATE_NOOP("templates", "Quote"), "quote_title",
            ("quote", "estimate", "budget"), needs_type=True),
    Shipped("invoice", QT_TRANSLATE_NOOP("templates", "Invoice"), "invoice_title", ("invoice",), needs_type=True),
    Shipped("delivery_note", QT_TRANSLATE_NOOP("templates", "Delivery note"), "delivery_note_title",
            ("delivery_note",), ("repair", "after_sales")),
    # A cover is not the report: stored untyped, so it does not turn the Report icon green.
    Shipped("diagnostic_report_cover", QT_TRANSLATE_NOOP("templates", "Diagnostic report cover"),
            "report_cover_title", (), ("diagnostics",)),
    Shipped("vehicle_order", QT_TRANSLATE_NOOP("templates", "Vehicle order"), "vehicle_order_title",
            ("order_form",), ("sales",)),
    Shipped("missing_documents_letter", QT_TRANSLATE_NOOP("templates", "Missing-documents letter"),
            "letter_title"),
    Shipped("discount_request", QT_TRANSLATE_NOOP("templates", "Discount request"), "discount_title",
            (), ("support",)),
)
SHIPPED_BY_KIND = {spec.kind: spec for spec in SHIPPED}
LETTER = "missing_documents_letter"
FORMATS = ("docx", "pdf")
PDF_TIMEOUT = 120  # seconds for one LibreOffice conversion
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")

NO_LIBREOFFICE = QT_TRANSLATE_NOOP("templates", "PDF needs LibreOffice; stored as DOCX.")
PDF_FAILED = QT_TRANSLATE_NOOP("templates", "The PDF conversion failed ({reason}); stored as DOCX.")


@dataclass(frozen=True)
class TemplateChoice:
    key: str  # what render() takes
    label: str  # a shipped label (translate it, context "templates") or the office's own name
    shipped_label: bool
    document_type_id: int | None
    document_type_name: str
    path: Path
    from_data_dir: bool  # the office's own file (in the data dir), not the shipped one

    def display_name(self, area_code: str) -> str:
        return f"templates/{area_code}/{self.path.name}" if self.from_data_dir else f"{self.path.name} (shipped)"


@dataclass
class Generated:
    document: Document
    changes: ChangeSet
    format: str  # "docx" or "pdf": what was stored
    template: TemplateChoice
    notice_template: str = ""  # "" or an English text (context "templates") with {named} fields
    notice_params: dict[str, object] = field(default_factory=dict)

    @property
    def notice(self) -> str:
        return self.notice_template.format(**self.notice_params) if self.notice_template else ""


def shipped_dir() -> Path:
    return paths.resource("templates")


def office_templates_dir(workspace: Workspace, area_code: str) -> Path:
    """Where an office puts its own templates for one work area (created on demand, not here)."""
    return workspace.data_dir / "templates" / area_code


def _area_choices(workspace: Workspace, area: WorkArea) -> list[TemplateChoice]:
    types = {code: (type_id, name) for type_id, code, name in DocumentType.select(
        DocumentType.id, DocumentType.code, DocumentType.name).where(DocumentType.work_area == area.id).tuples()}
    own = office_templates_dir(workspace, area.code)
    own_files = {p.stem: p for p in sorted(own.glob("*.docx")) if _KEY.fullmatch(p.stem) and p.is_file()} \
        if own.is_dir() else {}
    choices, used = [], set()
    for spec in SHIPPED:
        if spec.area_kinds is not None and area.kind not in spec.area_kinds:
            continue
        code = next((c for c in spec.type_codes if c in types), None)
        if spec.needs_type and code is None:
            continue
        path = next((own_files[s] for s in (code, spec.kind) if s and s in own_files), None)
        used.update(s for s in (code, spec.kind) if s)
        type_id, type_name = types.get(code, (None, "")) if code else (None, "")
        choices.append(TemplateChoice(spec.kind, spec.label, True, type_id, type_name,
                                      path or shipped_dir() / f"{spec.kind}.docx", path is not None))
    for stem, path in own_files.items():
        if stem not in used:
            type_id, type_name = types.get(stem, (None, ""))
            choices.append(TemplateChoice(stem, type_name or stem, False, type_id, type_name, path, True))
    return choices


def available_templates(workspace: Workspace, actor: Actor, case_id: int) -> list[TemplateChoice]:
    """The templates offered for a case: its work area's shipped ones (or the office's
    replacements), then the office's own."""
    require_case(actor, Action.CASE_EDIT, case_id, write=False)
    case = _case(case_id)
    return _area_choices(workspace, WorkArea.get_by_id(case.work_area_id))


def _case(case_id: int) -> Case:
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "Case {id} does not exist."), id=case_id)
    return case


def libreoffice_path() -> Path | None:
    """LibreOffice's `soffice`, on PATH or in its usual install folders; None when absent."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    candidates: list[Path] = []
    if os.name == "nt":
        for variable in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"):
            base = os.environ.get(variable)
            if base:
                candidates.append(Path(base) / "LibreOffice" / "program" / "soffice.exe")
    elif sys.platform == "darwin":
        candidates.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))
    return next((c for c in candidates if c.is_file()), None)


class ConversionFailed(Exception):
    pass


def convert_to_pdf(source: Path, soffice: Path, timeout: float = PDF_TIMEOUT) -> Path:
    """`soffice --headless --convert-to pdf` in a private profile; the PDF next to `source`."""
    profile = source.parent / "lo-profile"
    command = [str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--nologo", "--convert-to", "pdf", "--outdir", str(source.parent), str(source)]
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, check=False, creationflags=flags)
    except subprocess.TimeoutExpired:
        raise ConversionFailed(f"LibreOffice took more than {timeout:g} s") from None
    except OSError as exc:
        raise ConversionFailed(f"LibreOffice cannot be started: {exc.strerror or exc}") from None
    target = source.with_suffix(".pdf")
    if done.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
        said = (done.stderr or done.stdout or b"").decode("utf-8", "replace").strip().splitlines()
        raise ConversionFailed(said[-1] if said else f"LibreOffice exit code {done.returncode}")
    return target


def _choice(workspace: Workspace, case: Case, key: str) -> tuple[TemplateChoice, WorkArea]:
    area = WorkArea.get_by_id(case.work_area_id)
    for choice in _area_choices(workspace, area):
        if choice.key == key:
            return choice, area
    raise UserError(QT_TRANSLATE_NOOP("errors", "No template “{key}” for the work area {area}."),
                    key=key, area=area.name)


def render(workspace: Workspace, actor: Actor, case_id: int, template_key: str, out_format: str = "docx", *,
           extra: dict[str, object] | None = None,
           on_stored: Callable[[Document], None] | None = None) -> Generated:
    """Fills a template for a case and stores the result as a new document of the case.

    `out_format` "pdf" converts with LibreOffice when installed, else stores the DOCX and
    says so in `notice`. `extra` adds to the context; `on_stored(document)` runs in the
    storing transaction (a letter records its communication there).
    """
    if out_format not in FORMATS:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Unknown output format {format} (docx or pdf)."),
                        format=out_format)
    if template_key == LETTER and "missing" not in (extra or {}):
        # The letter lists what the case lacks and is logged as sent: it has its own entry point.
        return missing_documents_letter(workspace, actor, case_id, "owner", out_format)
    require_case(actor, Action.DOCUMENT_ADD, case_id)
    case = _case(case_id)
    choice, area = _choice(workspace, case, template_key)
    context = build_context(case, actor.user_id)
    context.update(extra or {})
    spec = SHIPPED_BY_KIND.get(choice.key)
    heading = context["t"][spec.title_key] if spec else (choice.document_type_name or choice.key)
    title = f"{heading} {case.number}"
    with tempfile.TemporaryDirectory(prefix="casedesk-generate-") as tmp:
        docx_path = Path(tmp) / document_copies.safe_file_name(f"{title}.docx")
        from desktop_app.services.templates.template_sandbox import render_docx  # jinja2: loaded on first use

        render_docx(choice.path, choice.display_name(area.code), context, docx_path)
        stored, stored_format, notice, params = docx_path, "docx", "", {}
        if out_format == "pdf":
            soffice = libreoffice_path()
            if soffice is None:
                notice = NO_LIBREOFFICE
            else:
                try:
                    stored, stored_format = convert_to_pdf(docx_path, soffice), "pdf"
                except ConversionFailed as exc:
                    notice, params = PDF_FAILED, {"reason": str(exc)}
        with write_transaction():
            document, changes = document_import.add_document(
                workspace, actor, case_id, stored, document_type_id=choice.document_type_id, title=title,
                source=DocumentSource.GENERATED, guess_type=False)
            audit.record(actor, "document.generate", "document", document.id, case_id, template=choice.key,
                         file=choice.display_name(area.code), format=stored_format)
            if on_stored is not None:
                on_stored(document)
    return Generated(document, changes, stored_format, choice, notice, params)


# -- the missing-documents letter ---------------------------------------------------------------

RECIPIENT_ROLES = ("owner", "prescriber")


def missing_items(case: Case) -> list[str]:
    """What the case lacks for the statuses ahead of it: each later status of its workflow in
    order (by position, cancelled ones left out), with `cases.missing_requirements`, each item once.

    Every later status, not just the next: one letter asks for everything the case will need
    on its way, so the customer is not written to again at each step.
    """
    current = Status.get_by_id(case.status_id)
    ahead = (Status.select().where((Status.workflow == current.workflow_id) & (Status.position > current.position)
                                   & (Status.kind != StatusKind.CLOSED_CANCELLED))
             .order_by(Status.position, Status.id))
    items: list[str] = []
    for status in ahead:
        for item in status_moves.missing_requirements(case, status):
            if item not in items:
                items.append(item)
    return items


@dataclass(frozen=True)
class LetterPreview:
    """What the letter dialog shows before writing: who can receive it and what it will ask for."""

    number: str
    recipients: dict[str, str]  # role → contact name, for the roles the case has
    missing: list[str]


def letter_preview(actor: Actor, case_id: int) -> LetterPreview:
    require_case(actor, Action.CASE_EDIT, case_id, write=False)
    case = _case(case_id)
    recipients = {}
    for role, contact_id in (("owner", case.owner_id), ("prescriber", case.prescriber_id)):
        contact = Contact.get_or_none(Contact.id == contact_id) if contact_id else None
        if contact is not None:
            recipients[role] = contact.display_name
    return LetterPreview(case.number, recipients, missing_items(case))


def missing_documents_letter(workspace: Workspace, actor: Actor, case_id: int, recipient_role: str = "owner",
                             out_format: str = "docx") -> Generated:
    """Writes the missing-documents letter to the case's owner or prescriber, stores it, and
    records it as an outgoing letter to that contact, in one transaction with the document."""
    if recipient_role not in RECIPIENT_ROLES:
        raise UserError(QT_TRANSLATE_NOOP("errors", "A letter goes to the owner or the prescriber, not {role}."),
                        role=recipient_role)
    require_case(actor, Action.DOCUMENT_ADD, case_id)
    case = _case(case_id)
    contact_id = case.owner_id if recipient_role == "owner" else case.prescriber_id
    contact = Contact.get_or_none(Contact.id == contact_id) if contact_id else None
    if contact is None:
        if recipient_role == "owner":
            raise UserError(QT_TRANSLATE_NOOP("errors", "Case {number} has no owner to write to."),
                            number=case.number)
        raise UserError(QT_TRANSLATE_NOOP("errors", "Case {number} has no prescriber to write to."),
                        number=case.number)
    missing = missing_items(case)
    if not missing:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "Case {number} lacks nothing for the statuses ahead of it: there is no letter to send."),
            number=case.number)

    def log_letter(document: Document) -> None:
        letter = Communication.create(case=case_id, direction="out", channel="letter", contact=contact.id,
                                      subject=document.title[:300], body="\n".join(missing), by=actor.user_id,
                                      handled=True)
        audit.record(actor, "communication.letter", "communication", letter.id, case_id,
                     contact=contact.display_name, role=recipient_role, document=document.id, missing=missing)

    return render(workspace, actor, case_id, LETTER, out_format,
                  extra={"missing": missing, "recipient": contact_dict(contact, recipient_role)},
                  on_stored=log_letter)
