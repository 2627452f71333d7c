"""Where CaseDesk keeps its data, and where its shipped resources are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "CaseDesk"
APP_AUTHOR = "CaseDesk"


def default_data_dir() -> Path:
    """The per-user data dir (database, blobs, settings); CASEDESK_DATA_DIR overrides it."""
    override = os.environ.get("CASEDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def blobs_dir(data_dir: Path) -> Path:
    return data_dir / "blobs"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def database_file(data_dir: Path) -> Path:
    return data_dir / "casedesk.db"


def resources_dir() -> Path:
    """The `resources/` folder in a dev checkout or inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
