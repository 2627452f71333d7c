"""The parent side of the demo load: copy each finished stage chunk in, then expand it in SQL.

A stage database (written by demo_chunk) holds tables created with the main tables' own
DDL and rows with their final ids (demo_tables.CAPS), so `INSERT INTO main.t SELECT *
FROM stage.t` is a raw record transfer. Then, per chunk, SQL derives the mechanical rows
from the case rows: owner/prescriber links, the planned documents (their text: the type's
specimen text, the owner's name and the address, so the full-text search has words to find)
and the version 1 of every single-version document, index values and the report deliveries of the planned
documents. SQLite does that several times faster than binding the same rows from Python.
"""

from __future__ import annotations

from desktop_app.demo.bulk import BulkLoad
from desktop_app.demo.clock import Clock
from desktop_app.demo.context import AreaCtx, UserIds
from desktop_app.demo.tables import CAPS, COPY_ORDER, DELIVERIES_PER_DOCUMENT, VERSIONS_PER_DOCUMENT
from desktop_app.models.states import ReportState

# Value of an index field for case c and field f (demo_field): deterministic multiplicative
# hashes of the case id, consistent with the case's own columns.
INDEX_VALUE_SQL = """CASE f.maker
    WHEN 1 THEN (SELECT value FROM demo_choice WHERE field_id = f.field_id AND k = (c."id" * 31 + f.position) % f.n)
    WHEN 2 THEN CASE WHEN (c."id" * 13 + f.position) % 10 < 3 THEN '1' ELSE '0' END
    WHEN 3 THEN substr(c."updated_at", 1, 10)
    WHEN 4 THEN printf('%.2f', CASE WHEN c."tariff" > 0 THEN c."tariff" ELSE c."amount" END)
    WHEN 5 THEN CAST(18 + c."id" * 7919 % 220 AS TEXT)
    WHEN 6 THEN CAST(1880 + c."id" * 104729 % 145 AS TEXT)
    WHEN 7 THEN (SELECT value FROM demo_pool WHERE kind = 'vin' AND k = c."id" * 31 % {vin})
    WHEN 8 THEN (SELECT value FROM demo_pool WHERE kind = 'plate' AND k = c."id" * 37 % {plate})
    WHEN 9 THEN replace(c."subject", 'Venta ', '')
    WHEN 10 THEN CAST(c."id" * 48271 % 180000 AS TEXT)
    WHEN 11 THEN upper(substr(c."origin", 1, 3)) || printf('%09d', c."id" * 104729 % 1000000000)
    WHEN 12 THEN (SELECT substr(email, 1, instr(email, '@') - 1) FROM "contact" WHERE "id" = c."owner_id")
    WHEN 13 THEN printf('%02d:%02d', 8 + c."id" % 10, c."id" * 7 % 60)
    WHEN 14 THEN printf('%02d:%02d', 18 + c."id" % 5, c."id" * 11 % 60)
    WHEN 15 THEN CAST(1 + c."id" % 7 AS TEXT)
    WHEN 16 THEN printf('OPA%08d', c."id" * 7 % 100000000)
    WHEN 17 THEN c."origin"
    WHEN 18 THEN c."nature"
    WHEN 19 THEN CASE WHEN c."priority" = 3 THEN '1' ELSE '0' END
    WHEN 20 THEN CASE c."nature" WHEN 'Location' THEN 'Location' ELSE 'Vente' END
    ELSE '' END"""
# field code (or kind, for the generic makers) → the WHEN branch above
MAKERS = {"choice": 1, "bool": 2, "date": 3, "money": 4, "surface": 5, "construction_year": 6, "vin": 7,
          "plate": 8, "model": 9, "mileage": 10, "policy": 11, "login": 12, "outage_start": 13,
          "signal_back": 14, "discount_period": 15, "opa_protocol": 16, "insurer": 17, "damage": 18,
          "urgent": 19, "sale_or_rent": 20}
OPTIONAL_INDEX_VALUES = 10  # percent of cases with each optional index field filled


class Expander:
    def __init__(self, bulk: BulkLoad, areas: list[AreaCtx], users: UserIds, clock: Clock,
                 bases: dict[str, int], real_from: int) -> None:
        self.bulk, self.users, self.clock, self.bases = bulk, users, clock, bases
        self.real_from = bases["case"] + real_from  # cases from this id on have real files
        self._create_lookup_tables(areas)

    def copy_chunk(self, alias: str) -> None:
        """Copies every table of an attached stage database (ids are already final)."""
        for table in COPY_ORDER:
            self.bulk.execute(f'INSERT INTO main."{table}" SELECT * FROM {alias}."{table}"')

    def expand_chunk(self, alias: str, start: int, end: int) -> None:
        """Rows derived from the chunk's case rows (case indexes start..end-1)."""
        execute, b, first = self.bulk.execute, self.bases, self.bases["case"]
        span = {"lo": first + start, "hi": first + end - 1, "first": first, "blocked": int(ReportState.BLOCKED),
                "clerk": self.users.clerk, "real": self.real_from,
                "doc_lo": b["document"] + start * CAPS["document"], "doc_hi": b["document"] + end * CAPS["document"] - 1}
        execute('INSERT INTO "case_contact" ("id", "case_id", "contact_id", "role", "report_blocked") '
                f'SELECT {b["case_contact"]} + (c."id" - :first) * {CAPS["case_contact"]} + r.slot, c."id", '
                'CASE r.slot WHEN 0 THEN c."owner_id" ELSE c."prescriber_id" END, '
                'CASE r.slot WHEN 0 THEN \'owner\' ELSE \'prescriber\' END, '
                'c."report_state" = :blocked AND (r.slot = 1 OR c."prescriber_id" = c."owner_id") '
                'FROM "case" c JOIN (SELECT 0 AS slot UNION ALL SELECT 1) r '
                'ON r.slot = 0 OR c."prescriber_id" <> c."owner_id" '
                'WHERE c."id" BETWEEN :lo AND :hi AND c."owner_id" IS NOT NULL ORDER BY c."id", r.slot', span)
        execute('INSERT INTO "document" ("id", "case_id", "document_type_id", "title", "version_count", '
                '"blob_sha256", "original_name", "size", "mime", "pages", "source", "text", "added_by_id", '
                '"added_at", "checked_by_id", "checked_at", "trashed") '
                f'SELECT {b["document"]} + (c."id" - :first) * {CAPS["document"]} + t.position, c."id", t.type_id, '
                'replace(replace(t.title, \'{number}\', c."number"), \'{owner}\', c."owner_name"), 1, t.sha256, '
                't.code || \'_\' || c."number" || t.suffix, t.size, t.mime, NULLIF(t.pages, 0), t.source, '
                't.text || char(10) || c."owner_name" || char(10) || c."address" || \' \' || c."postal_code" '
                '|| \' \' || c."city", '
                'coalesce(c."assigned_user_id", :clerk), CASE WHEN t.late THEN c."updated_at" ELSE c."created_at" END, '
                'CASE WHEN c."closed_at" IS NOT NULL AND (c."id" + t.position) % 2 = 0 THEN :clerk END, '
                'CASE WHEN c."closed_at" IS NOT NULL AND (c."id" + t.position) % 2 = 0 THEN c."closed_at" END, '
                't.position = p.binned '
                f'FROM {alias}.demo_doc_plan p JOIN "case" c ON c."id" = p.case_id '
                'JOIN demo_type t ON t.work_area_id = c."work_area_id" '
                'AND ((p.mask >> t.position) & 1 OR t.position = p.binned) ORDER BY p.case_id, t.position', span)
        execute('INSERT INTO "document_version" ("id", "document_id", "number", "blob_sha256", "original_name", '
                '"size", "mime", "pages", "created_by_id", "created_at") '
                f'SELECT {b["document_version"]} + ("id" - {b["document"]}) * {VERSIONS_PER_DOCUMENT}, "id", 1, '
                '"blob_sha256", "original_name", "size", "mime", "pages", "added_by_id", "added_at" '
                'FROM "document" WHERE "id" BETWEEN :doc_lo AND :doc_hi AND "version_count" = 1', span)
        execute('INSERT INTO "report_delivery" ("id", "document_id", "contact_id", "channel", "delivered_at", '
                '"delivered_by_id") '
                f'SELECT {b["report_delivery"]} + (d."id" - {b["document"]}) * {DELIVERIES_PER_DOCUMENT} + n.n - 1, '
                'd."id", CASE WHEN c."report_state" = :blocked OR n.n % 2 = 1 THEN c."owner_id" '
                'ELSE c."prescriber_id" END, CASE n.n WHEN 1 THEN \'download\' ELSE \'email\' END, '
                'd."added_at", :clerk FROM "document" d JOIN "case" c ON c."id" = d."case_id" '
                'JOIN demo_n n ON n.n <= c."report_deliveries" '
                'WHERE d."id" BETWEEN :doc_lo AND :doc_hi AND d."case_id" < :real AND NOT d."trashed" '
                'AND d."document_type_id" IN (SELECT type_id FROM demo_type WHERE is_report) ORDER BY d."id", n.n',
                span)
        execute('INSERT INTO "index_value" ("id", "case_id", "field_id", "value") '
                'SELECT id, case_id, field_id, value FROM ('
                f'SELECT {b["index_value"]} + (c."id" - :first) * {CAPS["index_value"]} + f.position AS id, '
                'c."id" AS case_id, f.field_id AS field_id, '
                f'{INDEX_VALUE_SQL.format(**self.pool_sizes)} AS value '
                'FROM "case" c JOIN demo_field f ON f.work_area_id = c."work_area_id" '
                'WHERE c."id" BETWEEN :lo AND :hi AND (f.required '
                f'OR (c."id" * 2654435761 + f.position * 40503) % 100 < {OPTIONAL_INDEX_VALUES}) '
                'ORDER BY c."id", f.position) WHERE value <> \'\'', span)

    # -- lookup tables ---------------------------------------------------------------

    def _create_lookup_tables(self, areas: list[AreaCtx]) -> None:
        """Temporary tables the expansions read: document types with their specimen, fields."""
        execute, executemany = self.bulk.execute, self.bulk.cursor.executemany
        execute("CREATE TEMP TABLE demo_n (n INTEGER PRIMARY KEY)")
        execute("INSERT INTO demo_n (n) VALUES (1), (2), (3)")
        execute("CREATE TEMP TABLE demo_type (work_area_id INTEGER, position INTEGER, type_id INTEGER, "
                "is_report INTEGER, code TEXT, title TEXT, late INTEGER, source TEXT, sha256 TEXT, size INTEGER, "
                "mime TEXT, pages INTEGER, suffix TEXT, text TEXT, PRIMARY KEY (work_area_id, position))")
        execute("CREATE TEMP TABLE demo_field (work_area_id INTEGER, position INTEGER, field_id INTEGER, "
                "maker INTEGER, required INTEGER, n INTEGER, PRIMARY KEY (work_area_id, position))")
        execute("CREATE TEMP TABLE demo_choice (field_id INTEGER, k INTEGER, value TEXT, PRIMARY KEY (field_id, k))")
        execute("CREATE TEMP TABLE demo_pool (kind TEXT, k INTEGER, value TEXT, PRIMARY KEY (kind, k))")
        types, fields, choices = [], [], []
        for area in areas:
            titles = area.rules.titles or {}
            for code, position in area.type_pos.items():
                type_id, is_report = area.types[code]
                info = area.specimens[code]
                late = is_report or code in (area.rules.invoice_type, area.rules.quote_type)
                source = ("generated" if is_report else "template" if late else "drop"
                          if info.mime == "image/jpeg" else "watch_folder" if info.mime.startswith("image/")
                          else "manual")
                types.append((area.id, position, type_id, int(is_report), code, titles.get(code, code), int(late),
                              source, info.sha256, info.size, info.mime, info.pages, info.suffix, info.text))
            for position, (field_id, code, kind, required, values) in enumerate(area.fields):
                maker = MAKERS.get(code) or MAKERS.get(kind, 0)
                fields.append((area.id, position, field_id, maker, int(required), max(len(values), 1)))
                choices.extend((field_id, k, value) for k, value in enumerate(values))
        executemany(f"INSERT INTO demo_type VALUES ({', '.join('?' * 14)})", types)
        executemany("INSERT INTO demo_field VALUES (?, ?, ?, ?, ?, ?)", fields)
        executemany("INSERT INTO demo_choice VALUES (?, ?, ?)", choices)
        dealership = next((a.pool for a in areas if a.rules.code == "VN"), areas[0].pool)
        pools = {"vin": dealership.vins, "plate": dealership.plates}
        for kind, values in pools.items():
            executemany("INSERT INTO demo_pool VALUES (?, ?, ?)", [(kind, k, v) for k, v in enumerate(values)])
        self.pool_sizes = {kind: len(values) for kind, values in pools.items()}

    def drop_lookup_tables(self) -> None:
        for name in ("demo_n", "demo_type", "demo_field", "demo_choice", "demo_pool"):
            self.bulk.execute(f"DROP TABLE temp.{name}")
