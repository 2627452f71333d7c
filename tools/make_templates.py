"""Builds the shipped document templates in resources/templates/ with python-docx.

    python tools/make_templates.py            # (re)writes the seven .docx files

The outputs are committed; run this after changing it. Each template is ordinary Word
content with docxtpl tags (`{{ … }}`, `{%tr for … %}` rows, `{%p if … %}` paragraphs)
over the context documented in desktop_app/services/templates/template_context.py. The words come
from `t` (template_texts.py), so one file serves es, fr, pt_BR and en offices. An office
that wants its own layout copies a file into <data dir>/templates/<work area code>/ and
edits it in Word.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates"
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
ACCENT_HEX = "1F4E79"
GREY = RGBColor(0x60, 0x60, 0x60)
LIGHT_HEX = "EEF3F8"
RIGHT, LEFT, CENTER = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER


# -- low-level helpers ---------------------------------------------------------------------------

def _shade(cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _borders(table, *, inside: bool = False, outer: bool = False, bottom_only: bool = False) -> None:
    """Table borders: none by default; light horizontal rules inside; a frame outside."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        on = (outer and edge in ("top", "left", "bottom", "right")) or (inside and edge == "insideH") \
            or (bottom_only and edge == "bottom")
        element.set(qn("w:val"), "single" if on else "nil")
        if on:
            element.set(qn("w:sz"), "4")
            element.set(qn("w:color"), "B7C4D1")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _paragraph_rule(paragraph, edge: str = "bottom", colour: str = ACCENT_HEX, size: int = 8) -> None:
    properties = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{edge}")
    for key, value in (("val", "single"), ("sz", str(size)), ("space", "4"), ("color", colour)):
        line.set(qn(f"w:{key}"), value)
    border.append(line)
    properties.append(border)


def _write(paragraph, text: str, *, bold: bool = False, size: float | None = None, colour=None,
           align=None, italic: bool = False, after: float | None = None) -> None:
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour
    if align is not None:
        paragraph.alignment = align
    if after is not None:
        paragraph.paragraph_format.space_after = Pt(after)


def _cell_text(cell, text: str, **style) -> None:
    paragraph = cell.paragraphs[0]
    _write(paragraph, text, **style)


def _cell_lines(cell, lines: list[tuple[str, dict]]) -> None:
    """Several paragraphs in a cell; a line whose text starts with {%p is a docxtpl paragraph tag."""
    first = True
    for text, style in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.paragraph_format.space_after = Pt(1)
        _write(paragraph, text, **style)


def _widths(table, widths_cm: list[float]) -> None:
    """Column widths in the grid (what LibreOffice reads) and in every cell (what Word reads)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    table_width = OxmlElement("w:tblW")
    table_width.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    table_width.set(qn("w:type"), "dxa")
    for old in table._tbl.tblPr.findall(qn("w:tblW")):
        table._tbl.tblPr.remove(old)
    table._tbl.tblPr.append(table_width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


# -- building blocks -------------------------------------------------------------------------------

def base_document() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.8)
    section.header_distance, section.footer_distance = Cm(0.8), Cm(0.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    # Header: the office on the left, the case on the right, a rule under both.
    header = section.header
    table = header.add_table(rows=1, cols=2, width=Cm(17))
    _borders(table)
    _widths(table, [10.5, 6.5])
    left, right = table.rows[0].cells
    _cell_lines(left, [("{{ office.name }}", {"bold": True, "size": 14, "colour": ACCENT}),
                       ("{{ work_area.name }}", {"size": 9, "colour": GREY})])
    _cell_lines(right, [("{{ t.case_number }} {{ case.number }}", {"bold": True, "size": 10, "align": RIGHT}),
                        ("{{ today }}", {"size": 9, "colour": GREY, "align": RIGHT})])
    rule = header.paragraphs[0]
    header._element.remove(rule._p)
    header._element.append(rule._p)  # the empty paragraph after the table carries the rule
    _paragraph_rule(rule)
    footer = section.footer.paragraphs[0]
    _write(footer, "{{ t.page_footer }} {{ office.name }} · {{ t.case_number }} {{ case.number }}",
           size=8, colour=GREY, align=CENTER)
    return doc


def title(doc, text: str, subtitle: str = "") -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(6)
    _write(paragraph, text, bold=True, size=20, colour=ACCENT, after=2)
    if subtitle:
        _write(doc.add_paragraph(), subtitle, size=10, colour=GREY, after=8)


def info_block(doc, facts: list[tuple[str, str]], contact: str = "owner", heading: str = "{{ t.client }}") -> None:
    """Facts (label, value) on the left; the contact's address box on the right."""
    table = doc.add_table(rows=1, cols=2)
    _borders(table)
    _widths(table, [8.0, 9.0])
    left, right = table.rows[0].cells
    inner = left.add_table(rows=len(facts), cols=2)
    _borders(inner)
    _widths(inner, [3.3, 4.5])
    for row, (label, value) in zip(inner.rows, facts, strict=True):
        _cell_text(row.cells[0], label, size=9, colour=GREY)
        _cell_text(row.cells[1], value, bold=True, size=9.5)
    left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
    _shade(right, LIGHT_HEX)
    _cell_lines(right, [
        (heading, {"size": 8, "colour": GREY}),
        (f"{{{{ {contact}.name }}}}", {"bold": True, "size": 11}),
        (f"{{{{ {contact}.address }}}}", {}),
        (f"{{{{ {contact}.city_line }}}}", {}),
        (f"{{%p if {contact}.tax_id %}}", {}),
        (f"{{{{ t.tax_id }}}}: {{{{ {contact}.tax_id }}}}", {"size": 9, "colour": GREY}),
        ("{%p endif %}", {}),
        (f"{{%p if {contact}.email or {contact}.phone %}}", {}),
        (f"{{{{ {contact}.phone }}}}  {{{{ {contact}.email }}}}", {"size": 9, "colour": GREY}),
        ("{%p endif %}", {}),
    ])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def lines_table(doc, loop: str, columns: list[tuple[str, str, float, object]]) -> None:
    """A header row, then one row per item of `loop` (docxtpl {%tr for %} rows)."""
    table = doc.add_table(rows=4, cols=len(columns))
    _borders(table, inside=True, bottom_only=True)
    _widths(table, [width for _h, _k, width, _a in columns])
    header, opening, body, closing = table.rows
    for cell, (heading, _key, _width, align) in zip(header.cells, columns, strict=True):
        _shade(cell, ACCENT_HEX)
        _cell_text(cell, heading, bold=True, size=9, colour=RGBColor(0xFF, 0xFF, 0xFF), align=align)
    _cell_text(opening.cells[0], f"{{%tr for line in {loop} %}}")
    for cell, (_heading, key, _width, align) in zip(body.cells, columns, strict=True):
        _cell_text(cell, f"{{{{ line.{key} }}}}", size=9.5, align=align)
    _cell_text(closing.cells[0], "{%tr endfor %}")
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def totals(doc, rows: list[tuple[str, str, bool]]) -> None:
    table = doc.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.RIGHT
    _borders(table, inside=True)
    _widths(table, [4.0, 3.5])
    for row, (label, value, strong) in zip(table.rows, rows, strict=True):
        if strong:
            for cell in row.cells:
                _shade(cell, LIGHT_HEX)
        _cell_text(row.cells[0], label, bold=strong, size=10 if strong else 9.5, align=RIGHT)
        _cell_text(row.cells[1], value, bold=strong, size=10 if strong else 9.5, align=RIGHT)
    doc.add_paragraph()


def facts_table(doc, facts: list[tuple[str, str]], heading: str = "") -> None:
    if heading:
        section_heading(doc, heading)
    table = doc.add_table(rows=len(facts), cols=2)
    _borders(table, inside=True, bottom_only=True)
    _widths(table, [5.5, 11.5])
    for row, (label, value) in zip(table.rows, facts, strict=True):
        _shade(row.cells[0], LIGHT_HEX)
        _cell_text(row.cells[0], label, size=9.5, colour=GREY)
        _cell_text(row.cells[1], value, bold=True, size=10)
    doc.add_paragraph()


def section_heading(doc, text: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(8)
    _write(paragraph, text, bold=True, size=11, colour=ACCENT, after=3)
    _paragraph_rule(paragraph, colour="B7C4D1", size=4)


def text(doc, content: str, **style) -> None:
    _write(doc.add_paragraph(), content, **style)


def signatures(doc, left: str, right: str, left_name: str = "", right_name: str = "") -> None:
    doc.add_paragraph()
    table = doc.add_table(rows=2, cols=2)
    _borders(table)
    _widths(table, [8.5, 8.5])
    for cell, label in zip(table.rows[0].cells, (left, right), strict=True):
        _cell_lines(cell, [(label, {"bold": True, "size": 9.5}), ("{{ t.signature_hint }}",
                                                                 {"size": 8, "colour": GREY})])
    for cell, name in zip(table.rows[1].cells, (left_name, right_name), strict=True):
        box = cell.paragraphs[0]
        box.paragraph_format.space_before = Pt(48)
        _paragraph_rule(box, edge="top", colour="9AA9B8", size=4)
        _write(box, name, size=9)


# -- the seven templates ---------------------------------------------------------------------------

MONEY_COLUMNS = [("{{ t.description }}", "description", 7.9, LEFT), ("{{ t.quantity }}", "quantity", 1.6, RIGHT),
                 ("{{ t.unit_price }}", "unit_price", 2.8, RIGHT), ("{{ t.vat }}", "vat_rate", 2.1, RIGHT),
                 ("{{ t.amount }}", "amount", 2.6, RIGHT)]


def quote() -> Document:
    doc = base_document()
    title(doc, "{{ t.quote_title }} {{ quote.number }}")
    info_block(doc, [("{{ t.quote_number }}", "{{ quote.number }}"), ("{{ t.date }}", "{{ today }}"),
                     ("{{ t.case_number }}", "{{ case.number }}"), ("{{ t.reference }}", "{{ case.internal_ref }}")])
    text(doc, "{%p if case.subject %}")
    text(doc, "{{ t.subject }}: {{ case.subject }}", bold=True)
    text(doc, "{%p endif %}")
    lines_table(doc, "quote.lines", MONEY_COLUMNS)
    totals(doc, [("{{ t.total }}", "{{ quote.total }}", True)])
    text(doc, "{{ t.quote_validity }}", size=9, colour=GREY)
    text(doc, "{{ t.quote_acceptance }}", size=9, colour=GREY)
    signatures(doc, "{{ t.signature_office }}", "{{ t.signature_client }}", "{{ user.name }}", "{{ owner.name }}")
    return doc


def invoice() -> Document:
    doc = base_document()
    title(doc, "{{ t.invoice_title }} {{ invoice.number }}")
    info_block(doc, [("{{ t.invoice_number }}", "{{ invoice.number }}"), ("{{ t.date }}", "{{ invoice.issued }}"),
                     ("{{ t.case_number }}", "{{ case.number }}"), ("{{ t.reference }}", "{{ case.internal_ref }}")])
    lines_table(doc, "invoice.lines", MONEY_COLUMNS)
    totals(doc, [("{{ t.net_total }}", "{{ invoice.net_total }}", False),
                 ("{{ t.vat_total }}", "{{ invoice.vat_total }}", False),
                 ("{{ t.total }}", "{{ invoice.total }}", True),
                 ("{{ t.paid }}", "{{ invoice.paid }}", False),
                 ("{{ t.balance }}", "{{ invoice.balance }}", True)])
    text(doc, "{{ t.invoice_terms }}", size=9, colour=GREY)
    return doc


def delivery_note() -> Document:
    doc = base_document()
    title(doc, "{{ t.delivery_note_title }} {{ delivery_note.number }}")
    info_block(doc, [("{{ t.delivery_note_number }}", "{{ delivery_note.number }}"),
                     ("{{ t.date }}", "{{ today }}"), ("{{ t.case_number }}", "{{ case.number }}"),
                     ("{{ t.protocol }}", "{{ case.protocol }}"),
                     ("{{ t.address }}", "{{ case.address }} {{ case.city }}")])
    section_heading(doc, "{{ t.work_done }}")
    lines_table(doc, "delivery_note.lines", [
        ("{{ t.description }}", "description", 7.8, LEFT), ("{{ t.trade }}", "trade", 3.0, LEFT),
        ("{{ t.technician }}", "technician", 3.6, LEFT), ("{{ t.date }}", "date", 2.6, RIGHT)])
    totals(doc, [("{{ t.amount }}", "{{ delivery_note.amount }}", True)])
    signatures(doc, "{{ t.technician }}", "{{ t.received }}", "{{ case.assigned_user }}", "{{ owner.name }}")
    return doc


def diagnostic_report_cover() -> Document:
    doc = base_document()
    spacer = doc.add_paragraph()
    spacer.paragraph_format.space_before = Pt(60)
    paragraph = doc.add_paragraph()
    _write(paragraph, "{{ t.report_cover_title }}", bold=True, size=28, colour=ACCENT, align=CENTER, after=4)
    paragraph = doc.add_paragraph()
    _write(paragraph, "{{ fields.mission }}", size=14, colour=GREY, align=CENTER, after=30)
    _paragraph_rule(paragraph, colour="B7C4D1", size=4)
    facts_table(doc, [("{{ t.case_number }}", "{{ case.number }}"),
                      ("{{ t.property }}", "{{ case.address }} {{ case.postal_code }} {{ case.city }}"),
                      ("{{ t.missions }}", "{{ fields.mission }}"),
                      ("{{ t.visit }}", "{{ case.appointment }}"),
                      ("{{ t.surveyor }}", "{{ case.assigned_user }}"),
                      ("{{ t.owner }}", "{{ owner.name }}"),
                      ("{{ t.prescriber }}", "{{ prescriber.name }}"),
                      ("{{ t.date }}", "{{ today_long }}")])
    text(doc, "{%p for field in index %}")
    text(doc, "{{ field.label }}: {{ field.value }}", size=9, colour=GREY)
    text(doc, "{%p endfor %}")
    doc.add_paragraph().paragraph_format.space_before = Pt(40)
    text(doc, "{{ t.report_notice }}", size=9, italic=True, colour=GREY, align=CENTER)
    return doc


def vehicle_order() -> Document:
    doc = base_document()
    title(doc, "{{ t.vehicle_order_title }}")
    info_block(doc, [("{{ t.case_number }}", "{{ case.number }}"), ("{{ t.date }}", "{{ today }}"),
                     ("{{ t.reference }}", "{{ case.internal_ref }}")], contact="owner", heading="{{ t.buyer }}")
    facts_table(doc, [("{{ t.model }}", "{{ fields.model }}"), ("{{ t.vin }}", "{{ fields.vin }}"),
                      ("{{ t.plate }}", "{{ fields.plate }}"), ("{{ t.campaign }}", "{{ fields.campaign }}"),
                      ("{{ t.delivery_date }}", "{{ fields.delivery_date }}")], heading="{{ t.vehicle }}")
    totals(doc, [("{{ t.price }}", "{{ fields.price }}", True)])
    text(doc, "{{ t.order_terms }}", size=9, colour=GREY)
    signatures(doc, "{{ t.signature_office }}", "{{ t.buyer }}", "{{ user.name }}", "{{ owner.name }}")
    return doc


def missing_documents_letter() -> Document:
    doc = base_document()
    doc.add_paragraph().paragraph_format.space_after = Pt(6)
    table = doc.add_table(rows=1, cols=2)
    _borders(table)
    _widths(table, [9.0, 8.0])
    _cell_lines(table.rows[0].cells[0], [("{{ office.name }}", {"bold": True}),
                                         ("{{ user.name }}", {"size": 9, "colour": GREY}),
                                         ("{{ user.email }}", {"size": 9, "colour": GREY})])
    _cell_lines(table.rows[0].cells[1], [("{{ recipient.name }}", {"bold": True}), ("{{ recipient.address }}", {}),
                                         ("{{ recipient.city_line }}", {})])
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(24)
    _write(paragraph, "{{ today_long }}", align=RIGHT)
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12)
    _write(paragraph, "{{ t.subject }}: ", bold=True)
    _write(paragraph, "{{ t.letter_title }} — {{ t.case_number }} {{ case.number }}", bold=True)
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(12)
    _write(paragraph, "{{ t.letter_greeting }}")
    text(doc, "{{ t.letter_intro }} {{ case.number }}{{ t.letter_intro_end }}")
    text(doc, "{%p for item in missing %}")
    doc.add_paragraph("{{ item }}", style="List Bullet")
    text(doc, "{%p endfor %}")
    text(doc, "{{ t.letter_outro }}")
    text(doc, "{{ t.letter_closing }}")
    paragraph = doc.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(36)
    _write(paragraph, "{{ user.name }}", bold=True)
    text(doc, "{{ office.name }}", colour=GREY)
    return doc


def discount_request() -> Document:
    doc = base_document()
    title(doc, "{{ t.discount_title }}", "{{ t.discount_sector }}")
    info_block(doc, [("{{ t.case_number }}", "{{ case.number }}"), ("{{ t.protocol }}", "{{ case.protocol }}"),
                     ("{{ t.date }}", "{{ today }}"), ("{{ t.customer_login }}", "{{ fields.login }}")])
    text(doc, "{{ t.discount_intro }}")
    facts_table(doc, [("{{ t.reason }}", "{{ case.subject }}"), ("{{ t.occurred }}", "{{ case.created }}"),
                      ("{{ t.ticket_opened }}", "{{ fields.outage_start }}"),
                      ("{{ t.signal_back }}", "{{ fields.signal_back }}"),
                      ("{{ t.discount_period }}", "{{ fields.discount_period }}"),
                      ("{{ t.opa_protocol }}", "{{ fields.opa_protocol }}"),
                      ("{{ t.invoice_title }}", "{{ invoice.number }} {{ invoice.total }}")])
    signatures(doc, "{{ t.requested_by }}", "{{ t.signature_office }}", "{{ user.name }}", "")
    return doc


BUILDERS = {"quote": quote, "invoice": invoice, "delivery_note": delivery_note,
            "diagnostic_report_cover": diagnostic_report_cover, "vehicle_order": vehicle_order,
            "missing_documents_letter": missing_documents_letter, "discount_request": discount_request}


def main(out: Path = OUT) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for kind, build in BUILDERS.items():
        document = build()
        properties = document.core_properties
        properties.author = properties.last_modified_by = "CaseDesk"
        properties.title = kind
        path = out / f"{kind}.docx"
        document.save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
