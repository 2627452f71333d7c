"""Intake settings of a work area: its watch folder and its file-name rules (m0009)."""

from __future__ import annotations

import peewee as pw

from desktop_app.models.base import BaseModel
from desktop_app.models.organisation import DocumentType, WorkArea


class WatchFolder(BaseModel):
    """The folder a work area's files arrive in (a scanner's output, a network share)."""

    work_area = pw.ForeignKeyField(WorkArea, unique=True, backref="watch_folders", on_delete="CASCADE")
    path = pw.CharField(max_length=1000, default="")
    enabled = pw.BooleanField(default=False)


class FileNameRule(BaseModel):
    """Routes a file name to a case number and a document type; the first rule that matches wins.

    A simple pattern uses {number} and {type} tokens and * / ? wildcards; a regular expression
    names its groups (?P<number>…) and (?P<type>…). A fixed document type beats the {type} token.
    """

    work_area = pw.ForeignKeyField(WorkArea, backref="file_name_rules", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    pattern = pw.CharField(max_length=300)
    is_regex = pw.BooleanField(default=False)
    document_type = pw.ForeignKeyField(DocumentType, null=True, on_delete="SET NULL")
