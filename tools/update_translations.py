"""Refreshes resources/translations/casedesk_<lang>.ts from the sources, then compiles the .qm files.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --compile  # lrelease only (after translating)

Uses the lupdate/lrelease binaries shipped inside the PySide6 wheel (they parse Python).
Messages come from self.tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP(), the
services' error templates included (context "errors"). English only needs plural forms.
After an update, translate every new message (no type="unfinished" may remain: a test checks).
"""

from __future__ import annotations

import argparse
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
            update(language)
        compile_qm(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
