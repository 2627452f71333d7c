"""The tables the demo's Python side writes: columns, placeholders, id blocks, copy order.

Placeholders (demo_bulk): a nullable column is bound as '' or 0 and turned into NULL by
NULLIF, a constant is an SQL literal.

Ids are final when a row is generated: case number i of the demo owns, in each table,
the ids base + i × CAPS[table] … + CAPS[table] - 1. So a chunk's rows do not depend on
which process made them or when they are copied, and a stage table (created with the
main table's own DDL) is copied with `INSERT … SELECT *`, which SQLite performs as a raw
record transfer. Ids have gaps; nothing relies on them being dense.
"""

from __future__ import annotations

from desktop_app.demo.bulk import NI, NT

SPECS: dict[str, list[str | tuple[str, str]]] = {
    "contact": ["id", "kind", "first_name", "last_name", "company", "email", "phone", "address", "postal_code",
                "city", "country", "tax_id", "created_at"],
    "case": [
        "id", "work_area_id", "series_id", "number", "protocol", "internal_ref", "subject", "nature", "origin",
        "status_id", "complementary_status", "priority", "owner_id", "prescriber_id", "owner_name",
        "prescriber_name", "contract", "trade", "address", "address_source", ("latitude", NT), ("longitude", NT),
        "city", "postal_code", "created_at", "updated_at", ("order_date", NT), ("appointment_at", NT),
        ("assigned_user_id", NI), ("created_by_id", NI), ("team_id", NI), "department", "pending_interaction",
        ("reserved_date", NT), "reserved_time", "amount", "tariff", "hold_reason", ("resume_date", NT),
        ("cancellation_reason_id", NI), "archived", "trashed", ("closed_by_id", NI), ("closed_at", NT),
        ("version", "1"), "report_state", "report_deliveries", "quote_state", "invoice_state",
        "installments_state", "installments_paid", "installments_total", "document_count",
        ("required_total", "0"), ("required_present", "0"),  # stored by completeness.refresh_all afterwards
    ],
    "service_order": ["id", "case_id", "number", "order_type", "trade", "status", ("technician_id", NI),
                      ("assigned_at", NT), ("appointment_at", NT), "description", "resolution", "observation",
                      "external_ref", ("created_by_id", NI), "created_at", ("closed_by_id", NI), ("closed_at", NT)],
    "service_order_follow_up": ["id", "service_order_id", ("author_id", NI), "created_at", "text"],
    "delivery_note": ["id", "case_id", ("service_order_id", NI), "number", "amount", "state", "rejection_reason",
                      "created_at"],
    "quote": ["id", "case_id", "number", "status", "amount", ("issued_at", NT), ("answered_at", NT),
              "answered_by_kind", ("answered_by_id", NI), "created_at"],
    "invoice": ["id", "case_id", "number", "status", ("issued_at", NT), "total", "created_at"],
    "invoice_line": ["id", "invoice_id", "position", "description", "quantity", "unit_price", "vat_rate", "amount"],
    "installment": ["id", "invoice_id", "sequence", "due_date", "amount", ("paid_at", NT)],
    "payment": ["id", "invoice_id", ("installment_id", NI), "amount", "paid_at", "method", ("recorded_by_id", NI)],
    "document": ["id", "case_id", ("document_type_id", NI), "title", "version_count", "blob_sha256",
                 "original_name", "size", "mime", ("pages", NI), "source", "text", ("added_by_id", NI),
                 "added_at", ("checked_by_id", NI), ("checked_at", NT), "trashed"],
    "document_version": ["id", "document_id", "number", "blob_sha256", "original_name", "size", "mime",
                         ("pages", NI), ("created_by_id", NI), "created_at"],
    "case_contact": ["id", "case_id", "contact_id", "role", "report_blocked"],
    "report_delivery": ["id", "document_id", "contact_id", "channel", "delivered_at", ("delivered_by_id", NI)],
    "communication": ["id", "case_id", "direction", "channel", ("contact_id", NI), "subject", "body", "at",
                      ("by_id", NI), "handled"],
    "note": ["id", "case_id", ("author_id", NI), "text", "is_alert", ("due_at", NT), "done", "created_at"],
    "notification": ["id", "user_id", "case_id", "kind", "text", "created_at", ("read_at", NT)],
}
# Ids each case owns per table. Documents: a slot per document (real files) or per document
# type position (planned); versions: 2 per document slot; deliveries: 4 per document slot;
# case contacts: owner 0, prescriber 1, notary 2; index values: the field's position.
CAPS = {"contact": 1, "case": 1, "service_order": 4, "service_order_follow_up": 4, "delivery_note": 4, "quote": 3,
        "invoice": 2, "invoice_line": 2, "installment": 4, "payment": 4, "document": 16, "document_version": 32,
        "case_contact": 4, "report_delivery": 64, "communication": 4, "note": 1, "notification": 1,
        "index_value": 8}
VERSIONS_PER_DOCUMENT = CAPS["document_version"] // CAPS["document"]
DELIVERIES_PER_DOCUMENT = CAPS["report_delivery"] // CAPS["document"]

# Stage-only: which documents a case without real files holds (a bit per document type
# position) and which one is in the bin (-1: none). Expanded in SQL by demo_expand.
PLAN_DDL = "CREATE TABLE demo_doc_plan (case_id INTEGER PRIMARY KEY, mask INTEGER, binned INTEGER)"
PLAN_SPEC: list[str | tuple[str, str]] = ["case_id", "mask", "binned"]

# Rows pointing to other rows come after them (contact before case, invoice before lines…).
COPY_ORDER = ["contact", "case", "service_order", "service_order_follow_up", "delivery_note", "quote", "invoice",
              "invoice_line", "installment", "payment", "document", "document_version", "case_contact",
              "report_delivery", "communication", "note", "notification"]
# Tables whose secondary indexes are dropped for the load and rebuilt after it.
INDEXED_TABLES = [*COPY_ORDER, "index_value"]
