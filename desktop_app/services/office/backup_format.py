"""The backup archive's format, shared by backup and restore: its members, its manifest, its limits."""

from __future__ import annotations

import re

FORMAT = "casedesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DB_MEMBER = "casedesk.db"
COPY_CHUNK = 1 << 20
MAX_MEMBERS = 10_000_000
MAX_MANIFEST_BYTES = 1 << 30
# Deflate cannot compress real data more than ~1032:1; a higher claimed ratio is a bomb.
MAX_RATIO = 1100
# Room left on the target disk after a restore.
DISK_MARGIN = 64 * 1024 * 1024
BLOB_MEMBER = re.compile(r"^blobs/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})$")
# Row counts written to the manifest and compared after a restore.
COUNTED_TABLES = ("case", "document", "document_version", "blob", "audit_event", "user", "contact")


def member_for(sha: str) -> str:
    return f"blobs/{sha[:2]}/{sha[2:4]}/{sha}"


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.1f} MB"
