"""Refreshes resources/translations/casedesk_<lang>.ts from the sources, then compiles the .qm files.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --compile  # lrelease only (after translating)

Uses the lupdate/lrelease binaries shipped inside the PySide6 wheel (they parse Python).
Messages come from self.tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP(), the
services' error templates included (context "errors"). English only needs plural forms.
After an update, translate every new message (no type="unfinished" may remain: a test checks).
A message that only moved to another context (a class renamed or split) keeps its translation:
an unfinished message whose English source is translated elsewhere in the file takes that
translation (`reuse_moved`), and the tool lists what it reused.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr", "pt_BR", "en")


def qt_tool(name: str) -> str:
    """The path of a Qt tool from the PySide6 wheel, else a pyside6-<name> on PATH."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"cannot find {name}: install PySide6-Essentials")
    return found


def source_files() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"casedesk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"casedesk_{language}.qm"


def update(language: str) -> None:
    command = [qt_tool("lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
               "-source-language", "en", "-target-language", language, "-ts", str(ts_path(language))]
    if language == "en":
        command.insert(-2, "-pluralonly")
    subprocess.run(command, cwd=ROOT, check=True)


MESSAGE = re.compile(r"<message( numerus=\"yes\")?>\s*<source>(.*?)</source>(.*?)</message>", re.S)
UNFINISHED = re.compile(r"<translation type=\"unfinished\">(.*?)</translation>", re.S)
FINISHED = re.compile(r"<translation>(.*?)</translation>", re.S)


def finished_translations(path: Path) -> dict[tuple[bool, str], str]:
    """(plural?, English source) → its translation, for every translated message of a .ts file."""
    if not path.exists():
        return {}
    known: dict[tuple[bool, str], str] = {}
    for match in MESSAGE.finditer(path.read_text(encoding="utf-8")):
        done = FINISHED.search(match.group(3))
        if done and done.group(1).strip():
            known.setdefault((bool(match.group(1)), match.group(2)), done.group(1))
    return known


def reuse_moved(path: Path, known: dict[tuple[bool, str], str]) -> list[str]:
    """Gives each unfinished message the translation its same English source had before the update
    (in its old context: lupdate drops that one as obsolete)."""
    text = path.read_text(encoding="utf-8")
    reused: list[str] = []

    def fill(match: re.Match) -> str:
        translation = known.get((bool(match.group(1)), match.group(2)))
        if translation is None or not UNFINISHED.search(match.group(3)):
            return match.group(0)
        reused.append(html.unescape(match.group(2)))
        rest = UNFINISHED.sub(lambda _m: f"<translation>{translation}</translation>", match.group(3), count=1)
        return f"<message{match.group(1) or ''}>\n        <source>{match.group(2)}</source>{rest}</message>"

    path.write_text(MESSAGE.sub(fill, text), encoding="utf-8")
    return reused


def compile_qm(language: str, target: Path | None = None) -> Path:
    target = target or qm_path(language)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)],
                   cwd=ROOT, check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files to .qm")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if not args.compile:
            known = finished_translations(ts_path(language))
            update(language)
            for source in reuse_moved(ts_path(language), known):
                print(f"{language}: kept the translation of a moved message: {source!r}")
        compile_qm(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
