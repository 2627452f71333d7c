"""The office engine runs on a real PostgreSQL server: the same services, the same results."""

from __future__ import annotations

import pytest

from desktop_app.models import Case, Contact, WorkArea
from desktop_app.services.cases import case_editing
from desktop_app.storage.database import is_sqlite

pytestmark = pytest.mark.both_engines


def test_a_case_created_on_either_engine_is_read_back(offices, admin, engine):
    assert is_sqlite() == (engine == "sqlite")
    owner = Contact.create(first_name="Claire", last_name="Martin")
    area = WorkArea.get(WorkArea.code == "DIAG")
    created, _ = case_editing.create_case(admin, area.id, owner=owner.id, city="Nantes")
    stored = Case.get_by_id(created.id)
    assert stored.city == "Nantes" and stored.number == created.number and stored.version == 1
