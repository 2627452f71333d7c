"""Fixtures shared by the unit tests: a diagnostics case with an owner and a prescriber."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from desktop_app.models import Contact, WorkArea
from desktop_app.services.cases import case_editing


def make_pdf(path, text):
    """A one-page PDF with `text` on it (real text, so extraction finds it)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, text)
    pdf.output(str(path))
    return path


@pytest.fixture
def case(offices, admin):
    """A new case of the diagnostics office, owned by Claire Martin, prescribed by an agency."""
    owner = Contact.create(first_name="Claire", last_name="Martin")
    agent = Contact.create(company="Agence du Port", kind="company")
    area = WorkArea.get(WorkArea.code == "DIAG")
    new_case, _ = case_editing.create_case(admin, area.id, owner=owner.id, prescriber=agent.id, city="Nantes")
    return new_case


class FailingStream:
    """A source whose third read fails with OSError(code, message): a disk or device failing mid-copy."""

    def __init__(self, code: int, message: str) -> None:
        self.code, self.message, self.calls = code, message, 0

    def read(self, n: int) -> bytes:
        self.calls += 1
        if self.calls > 2:
            raise OSError(self.code, self.message)
        return b"x" * n
