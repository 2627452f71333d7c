"""Fixtures shared by the unit tests: a diagnostics case with an owner and a prescriber."""

from __future__ import annotations

import pytest

from desktop_app.models import Contact, WorkArea
from desktop_app.services.cases import case_editing


@pytest.fixture
def case(offices, admin):
    """A new case of the diagnostics office, owned by Claire Martin, prescribed by an agency."""
    owner = Contact.create(first_name="Claire", last_name="Martin")
    agent = Contact.create(company="Agence du Port", kind="company")
    area = WorkArea.get(WorkArea.code == "DIAG")
    new_case, _ = case_editing.create_case(admin, area.id, owner=owner.id, prescriber=agent.id, city="Nantes")
    return new_case


