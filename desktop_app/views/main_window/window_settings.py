"""The window's INI file under the data dir: per-user layout and work area, the interface language.

Layout (geometry, docks, columns) and the chosen work area are kept per user under
`users/<login>/…`: two clerks sharing a computer each get their own arrangement. The
language is one setting for the data dir (`app/language`): it applies before anyone signs
in, and `--lang` overrides it. Every value read here may be damaged or from an older
version: a value of the wrong type is ignored, never trusted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.languages import LANGUAGES

SETTINGS_FILE = "ui-settings.ini"
LANGUAGE_KEY = "app/language"
WORK_AREA_KEY = "workArea"
ALL_WORK_AREAS = "all"


def open_settings(path: Path | None) -> QSettings | None:
    return None if path is None else QSettings(str(path), QSettings.Format.IniFormat)


def user_group(login: str) -> str:
    """The INI group of one user's settings ('/' and '\\' would split or escape the key)."""
    return "users/" + login.replace("%", "%25").replace("/", "%2F").replace("\\", "%5C")


def byte_array(settings: QSettings, key: str) -> QByteArray | None:
    """A saved QByteArray (geometry, dock state), or None if missing or of another type."""
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def saved_language(path: Path | None) -> str | None:
    """The language chosen in View → Language, or None (not set, or not a language we ship)."""
    settings = open_settings(path)
    if settings is None:
        return None
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(path: Path | None, language: str) -> None:
    settings = open_settings(path)
    if settings is not None and language in LANGUAGES:
        settings.setValue(LANGUAGE_KEY, language)
        settings.sync()


def remembered_work_area(path: Path | None, login: str) -> tuple[int | None, bool]:
    """(work area id, chose "all") last used by this user; (None, False) when nothing usable is saved."""
    settings = open_settings(path)
    if settings is None:
        return None, False
    value = settings.value(f"{user_group(login)}/{WORK_AREA_KEY}")
    if value == ALL_WORK_AREAS:
        return None, True
    try:
        return int(str(value)), False
    except (TypeError, ValueError):
        return None, False


def remember_work_area(path: Path | None, login: str, work_area_id: int | None) -> None:
    settings = open_settings(path)
    if settings is None:
        return
    settings.setValue(f"{user_group(login)}/{WORK_AREA_KEY}",
                      ALL_WORK_AREAS if work_area_id is None else str(work_area_id))
    settings.sync()


LAST_LOGIN_KEY = "app/lastLogin"


def remembered_login(path: Path | None) -> str | None:
    """The login that last signed in on this data dir (offered first by the login dialog)."""
    settings = open_settings(path)
    if settings is None:
        return None
    value = settings.value(LAST_LOGIN_KEY)
    return value if isinstance(value, str) and value.strip() else None


def remember_login(path: Path | None, login: str) -> None:
    settings = open_settings(path)
    if settings is not None:
        settings.setValue(LAST_LOGIN_KEY, login)
        settings.sync()
