"""Documents of a case, their immutable versions, the blobs behind them, report deliveries."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel, TimestampField, utcnow
from desktop_app.models.case import Case
from desktop_app.models.organisation import DocumentType, IndexField
from desktop_app.models.people import Contact, User


class Blob(BaseModel):
    """One stored file content, named by its SHA-256. `data` is used on PostgreSQL only."""

    sha256 = pw.CharField(primary_key=True, max_length=64)
    size = pw.BigIntegerField()
    mime = pw.CharField(max_length=100)
    stored_at = TimestampField(default=utcnow)
    data = pw.BlobField(null=True)


class Document(BaseModel):
    case = pw.ForeignKeyField(Case, index=False, backref="documents", on_delete="CASCADE")
    document_type = pw.ForeignKeyField(DocumentType, null=True, on_delete="SET NULL")
    title = pw.CharField(max_length=300)
    # The current version, copied from its DocumentVersion row for cheap listing.
    version_count = pw.IntegerField(default=1)
    blob = pw.ForeignKeyField(Blob, column_name="blob_sha256", object_id_name="blob_id")
    original_name = pw.CharField(max_length=300, default="")
    size = pw.BigIntegerField(default=0)
    mime = pw.CharField(max_length=100, default="application/octet-stream")
    pages = pw.IntegerField(null=True)
    source = pw.CharField(max_length=24, default="manual")  # DocumentSource
    text = pw.TextField(default="")  # extracted text
    added_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    added_at = TimestampField(default=utcnow)
    checked_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    checked_at = TimestampField(null=True)
    trashed = pw.BooleanField(default=False)

    class Meta:
        # (id, case): the full-text search maps matching documents to their cases from this small
        # covering index instead of the wide rows (services/documents/search.py, migration m0012).
        indexes = ((("case", "added_at"), False), (("blob",), False), (("id", "case"), False))


class DocumentVersion(BaseModel):
    document = pw.ForeignKeyField(Document, index=False, backref="versions", on_delete="CASCADE")
    number = pw.IntegerField()
    blob = pw.ForeignKeyField(Blob, column_name="blob_sha256", object_id_name="blob_id")
    original_name = pw.CharField(max_length=300, default="")
    size = pw.BigIntegerField()
    mime = pw.CharField(max_length=100)
    pages = pw.IntegerField(null=True)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = TimestampField(default=utcnow)

    class Meta:
        indexes = ((("document", "number"), True), (("blob",), False))


class DocumentIndexValue(BaseModel):
    """A document's value of a document-level index field (canonical text)."""

    document = pw.ForeignKeyField(Document, index=False, backref="index_values", on_delete="CASCADE")
    field = pw.ForeignKeyField(IndexField, on_delete="CASCADE")
    value = pw.TextField(default="")

    class Meta:
        indexes = ((("document", "field"), True),)


class ReportDelivery(BaseModel):
    """A report sent to or downloaded by a contact: the green arrow's count (S2-C9)."""

    document = pw.ForeignKeyField(Document, backref="deliveries", on_delete="CASCADE")
    contact = pw.ForeignKeyField(Contact, on_delete="CASCADE")
    channel = pw.CharField(max_length=24, default="download")  # download, email, folder
    delivered_at = TimestampField(default=utcnow)
    delivered_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")


class PendingExtraction(BaseModel):
    """A document whose text is still to be extracted, by the background job (services/documents/search.py).

    Import extracts at once; this queue holds what came without text (older data, a
    migration): `search.reindex_missing` empties it a batch at a time.
    """

    document = pw.ForeignKeyField(Document, primary_key=True, on_delete="CASCADE")
    queued_at = TimestampField(default=utcnow)
