"""Translations: complete for es, fr and pt_BR (and English plurals), compiled, loadable, in sync."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr", "pt_BR", "en")
FULLY_TRANSLATED = ("es", "fr", "pt_BR")

spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}", text))


def lrelease_available() -> bool:
    try:
        tool.qt_tool("lrelease")
    except SystemExit:
        return False
    return True


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    path = TRANSLATIONS / f"casedesk_{language}.ts"
    problems = []
    count = 0
    for context, message in messages(path):
        count += 1
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        texts = ([form.text or "" for form in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for text in texts:
            if not text.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} → {text!r} changes the {{placeholders}}")
            elif source.count("&") and text.count("&") != source.count("&"):
                problems.append(f"{context}: {source!r} → {text!r} loses its & shortcut")
    assert not problems, "\n".join(problems)
    assert count >= (100 if language in FULLY_TRANSLATED else 1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_qm_matches_its_ts(language, tmp_path):
    qm = TRANSLATIONS / f"casedesk_{language}.qm"
    assert qm.is_file() and qm.stat().st_size > 0, f"{qm.name} is missing: run tools/update_translations.py"
    if not lrelease_available():
        pytest.skip("lrelease is not available")
    fresh = tool.compile_qm(language, tmp_path / qm.name)
    assert fresh.read_bytes() == qm.read_bytes(), \
        f"{qm.name} is older than its .ts: run python tools/update_translations.py --compile"


def test_sources_and_ts_files_are_in_sync(tmp_path):
    """Every tr()/translate()/QT_TRANSLATE_NOOP string in desktop_app/ is in the .ts files."""
    try:
        lupdate = tool.qt_tool("lupdate")
    except SystemExit:
        pytest.skip("lupdate is not available")
    copy = tmp_path / "casedesk_fr.ts"
    shutil.copy(TRANSLATIONS / "casedesk_fr.ts", copy)
    subprocess.run([lupdate, *tool.source_files(), "-no-obsolete", "-locations", "none", "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True)
    new = [f"{context}: {message.findtext('source')!r}" for context, message in messages(copy)
           if message.find("translation").get("type") == "unfinished"]
    assert not new, ("strings without a translation; run python tools/update_translations.py and "
                     "translate them:\n" + "\n".join(new))


@pytest.mark.parametrize(("language", "context", "source", "expected"), [
    ("fr", "MainWindow", "&File", "&Fichier"),
    ("es", "CaseTableModel", "Owner", "Titular"),
    ("pt_BR", "errors", "Wrong login or password.", "Login ou senha incorretos."),
])
def test_translations_load_at_run_time(qapp, language, context, source, expected):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"casedesk_{language}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate(context, source) == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_plurals(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "casedesk_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "%Ln case(s)", "", 1) == "1 case"
        assert QCoreApplication.translate("MainWindow", "%Ln case(s)", "", 3000) == "3,000 cases"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_service_errors_are_shown_translated(qapp):
    from desktop_app.errors import QT_TRANSLATE_NOOP, NotFound
    from desktop_app.views.common.formatting import error_text

    error = NotFound(QT_TRANSLATE_NOOP("errors", "No case with number {number}."), number="D25-000001")
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "casedesk_es.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert error_text(error) == "No hay ningún expediente con el número D25-000001."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert error_text(error) == "No case with number D25-000001."


def test_every_marked_string_names_its_context_literally():
    """lupdate reads the context of QT_TRANSLATE_NOOP and translate() only when it is a string
    literal: with a variable the text is never extracted, so it is never translated, and no other
    test notices (the table names of the copy-to-server progress and the list's "2 of 3" showed in
    English). A variable context is fine for a text that is itself a variable (marked elsewhere)."""
    offenders = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            context, text = node.args[0], node.args[1]
            literal = lambda arg: isinstance(arg, ast.Constant) and isinstance(arg.value, str)  # noqa: E731
            if name in ("translate", "QT_TRANSLATE_NOOP") and literal(text) and not literal(context):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
