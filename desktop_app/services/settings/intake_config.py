"""The administrator's intake settings of a work area (issue 4): its watch folder and file-name rules.

Every mutation needs Action.SETTINGS_EDIT, runs in one write transaction with an audit event,
and either applies whole or raises a UserError naming the field (or the rule) and the reason.

A file-name rule is either
- a simple pattern: literal text with the tokens {number} (the case number) and {type} (a
  document type's code or name), `*` for any text and `?` for one character, e.g.
  `{number}_{type}.*` or `INF-{number}*.pdf`; or
- a regular expression with the named groups (?P<number>…) and optionally (?P<type>…).
Matching ignores case; a simple pattern must match the whole file name, a regular expression
anywhere in it (anchor it with ^ and $ when needed). A rule may fix the document type, which
then beats the {type} token. A work area without rules uses DEFAULT_RULE.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from desktop_app.models import DocumentType, FileNameRule, WatchFolder, WorkArea
from desktop_app.services import audit
from desktop_app.services.context import Actor, ChangeSet
from desktop_app.services.permissions import Action, require
from desktop_app.storage.database import write_transaction

DEFAULT_RULE = "{number}_{type}.*"
PATTERN_MAX = 300
PATH_MAX = 1000
RULES_MAX = 50
_TOKEN = re.compile(r"\{(\w*)\}")
_NUMBER = r"(?P<number>[0-9A-Za-z][0-9A-Za-z/-]*?)"
_TYPE = r"(?P<type>[^/\\]+?)"
_NO_AREA = QT_TRANSLATE_NOOP("errors", "Work area {id} does not exist.")


@dataclass(frozen=True)
class RuleSpec:
    """One rule as the settings dialog sends it."""

    pattern: str
    is_regex: bool = False
    document_type_id: int | None = None


@dataclass(frozen=True)
class RuleInfo:
    id: int
    position: int
    pattern: str
    is_regex: bool
    document_type_id: int | None
    document_type_name: str


@dataclass(frozen=True)
class IntakeConfig:
    work_area_id: int
    path: str
    enabled: bool
    rules: list[RuleInfo]
    document_types: list[tuple[int, str]]  # (id, name) of the work area, in their order

    @property
    def uses_default_rule(self) -> bool:
        return not self.rules


def compile_pattern(pattern: str, is_regex: bool) -> re.Pattern[str]:
    """The compiled rule, or a UserError saying why it is not one (without naming the rule)."""
    text = (pattern or "").strip()
    if not text:
        raise UserError(QT_TRANSLATE_NOOP("errors", "the pattern is empty."))
    if len(text) > PATTERN_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "at most {max} characters ({count} given)."),
                        max=PATTERN_MAX, count=len(text))
    if is_regex:
        try:
            compiled = re.compile(text, re.IGNORECASE)
        except re.error as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "not a valid regular expression ({reason})."),
                            reason=str(exc)) from exc
        if "number" not in compiled.groupindex:
            raise UserError(QT_TRANSLATE_NOOP(
                "errors", "a regular expression needs a group (?P<number>…) for the case number."))
        return compiled
    tokens = _TOKEN.findall(text)
    unknown = sorted({t for t in tokens if t not in ("number", "type")})
    if unknown:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "unknown token {{{token}}}: use {{number}} and {{type}}."), token=unknown[0])
    if tokens.count("number") != 1 or tokens.count("type") > 1:
        raise UserError(QT_TRANSLATE_NOOP(
            "errors", "use {{number}} exactly once and {{type}} at most once."))
    parts = []
    for piece in re.split(r"(\{number\}|\{type\}|\*|\?)", text):
        parts.append({"{number}": _NUMBER, "{type}": _TYPE, "*": ".*", "?": "."}.get(piece, re.escape(piece)))
    return re.compile("^" + "".join(parts) + "$", re.IGNORECASE)


def _area(work_area_id: int) -> WorkArea:
    area = WorkArea.get_or_none(WorkArea.id == work_area_id)
    if area is None:
        raise NotFound(_NO_AREA, id=work_area_id)
    return area


def intake_of(actor: Actor, work_area_id: int) -> IntakeConfig:
    """What the Intake tab shows for a work area (a read: run it in the background)."""
    require(actor, Action.SETTINGS_EDIT)
    _area(work_area_id)
    return read_config(work_area_id)


def read_config(work_area_id: int) -> IntakeConfig:
    """The stored settings, unchecked (the watch-folder scan reads them for whoever is signed in)."""
    folder = WatchFolder.get_or_none(WatchFolder.work_area == work_area_id)
    types = list(DocumentType.select(DocumentType.id, DocumentType.name)
                 .where(DocumentType.work_area == work_area_id)
                 .order_by(DocumentType.position, DocumentType.name).tuples())
    names = dict(types)
    rules = [RuleInfo(r.id, r.position, r.pattern, r.is_regex, r.document_type_id,
                      names.get(r.document_type_id, ""))
             for r in FileNameRule.select().where(FileNameRule.work_area == work_area_id)
             .order_by(FileNameRule.position, FileNameRule.id)]
    return IntakeConfig(work_area_id, folder.path if folder else "", bool(folder and folder.enabled),
                        rules, types)


def set_watch_folder(actor: Actor, work_area_id: int, path: str, enabled: bool) -> ChangeSet:
    """Sets the work area's watch folder; an enabled one must be an existing folder."""
    require(actor, Action.SETTINGS_EDIT)
    clean = (path or "").strip()
    if len(clean) > PATH_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Watch folder: at most {max} characters ({count} given)."),
                        max=PATH_MAX, count=len(clean))
    if enabled and not clean:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Watch folder: choose a folder before turning it on."))
    if enabled and not Path(clean).is_absolute():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Watch folder: {path} is not a full path."), path=clean)
    if enabled and not Path(clean).is_dir():
        raise UserError(QT_TRANSLATE_NOOP("errors", "Watch folder: {path} is not a folder this computer reaches."),
                        path=clean)
    with write_transaction():
        _area(work_area_id)
        folder = WatchFolder.get_or_none(WatchFolder.work_area == work_area_id)
        if folder is not None and folder.path == clean and folder.enabled == enabled:
            return ChangeSet()
        if folder is None:
            WatchFolder.create(work_area=work_area_id, path=clean, enabled=enabled)
        else:
            WatchFolder.update(path=clean, enabled=enabled).where(WatchFolder.id == folder.id).execute()
        audit.record(actor, "settings.watch_folder", "work_area", work_area_id,
                     old_path=folder.path if folder else "", path=clean, enabled=enabled)
    return ChangeSet(configuration_changed=True)


def set_rules(actor: Actor, work_area_id: int, rules: Sequence[RuleSpec]) -> ChangeSet:
    """Replaces the work area's file-name rules by `rules`, in that order; all or nothing.

    A bad rule is refused naming its position and pattern: "File-name rule 2 (…): …".
    """
    require(actor, Action.SETTINGS_EDIT)
    if len(rules) > RULES_MAX:
        raise UserError(QT_TRANSLATE_NOOP("errors", "File-name rules: at most {max} ({count} given)."),
                        max=RULES_MAX, count=len(rules))
    cleaned = []
    for position, rule in enumerate(rules, start=1):
        try:
            compile_pattern(rule.pattern, rule.is_regex)
        except UserError as exc:
            raise UserError(QT_TRANSLATE_NOOP("errors", "File-name rule {position} ({pattern}): {reason}"),
                            position=position, pattern=(rule.pattern or "").strip(), reason=exc.message) from exc
        cleaned.append(RuleSpec(rule.pattern.strip(), bool(rule.is_regex), rule.document_type_id))
    with write_transaction():
        _area(work_area_id)
        types = set(DocumentType.select(DocumentType.id).where(DocumentType.work_area == work_area_id)
                    .tuples())
        for position, rule in enumerate(cleaned, start=1):
            if rule.document_type_id is not None and (rule.document_type_id,) not in types:
                raise UserError(QT_TRANSLATE_NOOP(
                    "errors", "File-name rule {position} ({pattern}): document type {id} is not one of this "
                    "work area's."), position=position, pattern=rule.pattern, id=rule.document_type_id)
        before = [(r.pattern, r.is_regex, r.document_type_id) for r in FileNameRule.select()
                  .where(FileNameRule.work_area == work_area_id).order_by(FileNameRule.position, FileNameRule.id)]
        after = [(r.pattern, r.is_regex, r.document_type_id) for r in cleaned]
        if before == after:
            return ChangeSet()
        FileNameRule.delete().where(FileNameRule.work_area == work_area_id).execute()
        for position, rule in enumerate(cleaned):
            FileNameRule.create(work_area=work_area_id, position=position, pattern=rule.pattern,
                                is_regex=rule.is_regex, document_type=rule.document_type_id)
        audit.record(actor, "settings.file_name_rules", "work_area", work_area_id,
                     old=[list(r) for r in before], new=[list(r) for r in after])
    return ChangeSet(configuration_changed=True)
