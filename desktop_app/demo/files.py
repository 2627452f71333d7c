"""Real files for the demo: text PDFs (fpdf2), scan-like images (Pillow), Word files (python-docx).

Two sets, each made once and shared by many documents:
- specimens: one small file per document type of each work area, behind the documents
  of the bulk of the cases (a million cases do not need a million files);
- rich files: multi-page reports (a draft and a final version), scans in JPEG, PNG and
  a multi-page TIFF, DOCX quotes and orders with tables, for the cases that get "real
  files" (`documents=`).

Bytes are deterministic: fixed PDF creation date, noise from a seeded random.Random
(never Pillow's effect_noise, which uses the C library's rand()), DOCX core properties
and zip entry times fixed. Rendering is cached per process.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import random
import tempfile
import zipfile
from pathlib import Path

from desktop_app.demo.context import FileInfo
from desktop_app.services.context import Workspace
from desktop_app.services.documents.extract import DOCX_MIME, inspect_file

FIXED_TIME = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
SUFFIX = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif",
          DOCX_MIME: ".docx"}

# (area code, document type) → (kind, title, lines). Kinds: pdf, docx, jpeg, png, tiff.
CONTENT: dict[tuple[str, str], tuple[str, str, tuple[str, ...]]] = {
    ("DIAG", "report"): ("pdf", "Rapport de diagnostic immobilier", (
        "Mission : DPE, repérage amiante, constat plomb, état électricité.",
        "Classe énergie : D (212 kWh/m2.an) - Classe climat : E (48 kg CO2/m2.an).",
        "Amiante : aucun matériau ou produit contenant de l'amiante n'a été repéré.",
        "Électricité : l'installation comporte deux anomalies à corriger (B.3.3.6, B.7.3).",
        "Conclusion : rapport remis au propriétaire et au notaire chargé de la vente.")),
    ("DIAG", "quote"): ("docx", "Devis de diagnostics", ("Validité : 30 jours.", "Règlement à réception du rapport.")),
    ("DIAG", "invoice"): ("pdf", "Facture", ("Diagnostics réalisés selon bon de commande.", "TVA 20 %.",
                                             "Règlement par virement sous 30 jours.")),
    ("DIAG", "order"): ("tiff", "Bon de commande signé", ()),
    ("DIAG", "plan"): ("png", "Plan du bien", ()),
    ("DIAG", "photo"): ("jpeg", "Photos de la visite", ()),
    ("DIAG", "energy_bill"): ("jpeg", "Factures énergie", ()),
    ("VN", "delivery_report"): ("pdf", "Acta de entrega del vehículo", (
        "El cliente recibe el vehículo en perfecto estado, con dos llaves y la documentación.",
        "Kilometraje en la entrega: 12 km. Nivel de combustible: 1/2.",
        "Se explican el funcionamiento del equipo multimedia y el plan de mantenimiento.")),
    ("VN", "order_form"): ("docx", "Pedido de vehículo", ("Forma de pago: financiación.", "Plazo de entrega: 6 semanas.")),
    ("VN", "id_card"): ("jpeg", "DNI", ()),
    ("VN", "contract"): ("pdf", "Contrato de compraventa", (
        "Reunidos de una parte el concesionario y de otra el comprador, acuerdan la compraventa del vehículo.",
        "Primera. Objeto: vehículo nuevo descrito en el pedido adjunto.",
        "Segunda. Precio y forma de pago según pedido.", "Tercera. Garantía oficial de tres años.")),
    ("VN", "financing"): ("pdf", "Solicitud de financiación", ("Importe financiado y plazo según oferta.",
                                                                "Entidad: financiera de la marca.")),
    ("VN", "registration"): ("png", "Permiso de circulación", ()),
    ("VN", "invoice"): ("pdf", "Factura", ("Vehículo nuevo, gastos de matriculación y preentrega.", "IVA 21 %.")),
    ("PV", "inspection"): ("pdf", "Informe de inspección", (
        "Frenos: pastillas delanteras al 20 %, se recomienda sustitución.", "Neumáticos: desgaste regular.",
        "Niveles revisados y completados. Sin fugas.")),
    ("PV", "repair_order"): ("docx", "Orden de reparación", ("Trabajos autorizados por el cliente.",)),
    ("PV", "estimate"): ("docx", "Presupuesto de taller", ("Validez: 15 días.",)),
    ("PV", "invoice"): ("pdf", "Factura de taller", ("Mano de obra y recambios según orden de reparación.",)),
    ("SIN", "report"): ("pdf", "Informe pericial", (
        "Causa del siniestro: rotura de tubería de suministro empotrada en el baño.",
        "Daños: humedades en techo de la vivienda inferior y alicatado afectado.",
        "Reparación: localización de la fuga, sustitución del tramo y reposición del alicatado.",
        "Valoración según baremo de la compañía.")),
    ("SIN", "photo"): ("jpeg", "Fotografías del siniestro", ()),
    ("SIN", "delivery_note"): ("tiff", "Albarán firmado", ()),
    ("SIN", "budget"): ("docx", "Presupuesto de reparación", ("Precios según baremo del contrato.",)),
    ("SIN", "invoice"): ("pdf", "Factura", ("Servicios realizados según albaranes confirmados.",)),
    ("ATD", "technical_report"): ("pdf", "Laudo técnico", (
        "Potência óptica recebida na ONU: -27,4 dBm (fora do limite).",
        "Conector da caixa de emenda substituído; potência após o reparo: -19,8 dBm.",
        "Teste de velocidade: 312 Mbps download, 158 Mbps upload.")),
    ("ATD", "screenshot"): ("png", "Print do cliente", ()),
    ("ATD", "invoice"): ("pdf", "Fatura", ("Visita técnica e troca de equipamento.",)),
    ("ATD", "email"): ("pdf", "E-mail do cliente", ("Boa tarde, minha internet está caindo várias vezes ao dia.",
                                                     "Já reiniciei o roteador. Aguardo retorno.")),
}
AREA_LANGUAGE = {"DIAG": "fr", "VN": "es", "PV": "es", "SIN": "es", "ATD": "pt_BR"}
# (draft, final version {n}, specimen) in each office language
VERSION_LABELS = {"fr": ("Version de travail", "Version {} - document définitif", "Modèle"),
                  "es": ("Borrador", "Versión {} - documento definitivo", "Modelo"),
                  "pt_BR": ("Rascunho", "Versão {} - documento final", "Modelo")}
TABLE_ROWS = (("Concepto", "Cantidad", "Importe"), ("Servicio principal", "1", "450,00"),
              ("Desplazamiento", "1", "35,00"), ("Total", "", "485,00"))


def _latin1(text: str) -> str:
    """fpdf2's core fonts are Latin-1: replace what they cannot draw."""
    return text.replace("€", "EUR").replace("—", "-").replace("’", "'").encode("latin-1", "replace").decode("latin-1")


def _pdf(title: str, lines: tuple[str, ...], pages: int, version: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_producer("CaseDesk demo")
    pdf.set_title(_latin1(title))
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 10, _latin1(f"{title} ({page}/{pages})"), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.cell(0, 6, _latin1(version), new_x="LMARGIN", new_y="NEXT")
        for line in lines[(page - 1) % max(len(lines), 1):] + lines[:(page - 1) % max(len(lines), 1)]:
            pdf.multi_cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _scan_pages(title: str, pages: int, seed: int, size: tuple[int, int]) -> list:
    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(seed)
    width, height = size
    font = ImageFont.load_default(size=max(12, width // 40))
    result = []
    for page in range(pages):
        noise = Image.frombytes("L", (width // 4, height // 4), rng.randbytes((width // 4) * (height // 4)))
        sheet = Image.new("L", size, 236)
        draw = ImageDraw.Draw(sheet)
        draw.text((width // 12, height // 14), f"{title} {page + 1}", fill=30, font=font)
        for y in range(height // 6, height - height // 8, max(height // 40, 10)):
            length = int(width * (0.5 + 0.35 * rng.random()))
            draw.line((width // 12, y, length, y), fill=70 + int(rng.random() * 60), width=2)
        sheet = Image.blend(sheet, noise.resize(size), 0.1).rotate(0.4 + rng.random(), fillcolor=236)
        result.append(sheet)
    return result


def _image(kind: str, title: str, seed: int, small: bool) -> bytes:
    size = (320, 452) if small else (827, 1169)
    pages = _scan_pages(title, 3 if kind == "tiff" and not small else 1, seed, size)
    buffer = io.BytesIO()
    if kind == "jpeg":
        pages[0].save(buffer, "JPEG", quality=60)
    elif kind == "png":
        pages[0].save(buffer, "PNG", compress_level=1)
    else:  # a fax-like black-and-white multi-page scan
        sheets = [page.point(lambda v: 255 if v > 150 else 0, mode="1") for page in pages]
        sheets[0].save(buffer, "TIFF", compression="group4", save_all=True, append_images=sheets[1:])
    return buffer.getvalue()


def _docx(title: str, lines: tuple[str, ...]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(title, 1)
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=len(TABLE_ROWS), cols=3)
    for r, row in enumerate(TABLE_ROWS):
        for col, value in enumerate(row):
            table.cell(r, col).text = value
    props = document.core_properties
    props.author, props.title = "CaseDesk demo", title
    props.created = props.modified = props.last_printed = FIXED_TIME.replace(tzinfo=None)
    props.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    # Rewrite the zip with fixed entry times: python-docx stamps them with the clock.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 11, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


@functools.lru_cache(maxsize=256)
def render(area: str, doc_type: str, variant: int, small: bool) -> bytes:
    """The bytes of one demo file; variant 0 is a draft of a report, 1.. the final ones."""
    kind, title, lines = CONTENT.get((area, doc_type), ("jpeg", doc_type, ()))
    seed = sum(map(ord, f"{area}/{doc_type}/{variant}/{small}"))
    if kind == "pdf":
        draft, final, specimen = VERSION_LABELS[AREA_LANGUAGE[area]]
        if small:  # a specimen: its text is copied into a million document rows, keep it short
            return _pdf(title, lines[:1], 1, specimen)
        return _pdf(title, lines, 2 + variant % 3, draft if variant == 0 else final.format(variant))
    if kind == "docx":
        return _docx(title, lines if small else (*lines, f"Referencia {variant}"))
    return _image(kind, title, seed, small)


class FileStore:
    """Puts demo files in the workspace's blob store and describes them; remembers the Blob rows."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.blobs: dict[str, FileInfo] = {}
        self._tmp = Path(tempfile.mkdtemp(prefix="casedesk-demo-"))

    def add(self, data: bytes) -> FileInfo:
        sha, size = self.workspace.blobs.put_bytes(data)
        if sha not in self.blobs:
            self.blobs[sha] = _describe(self._tmp, sha, data, size)
        return self.blobs[sha]

    def specimens(self, area: str, doc_types: list[str]) -> dict[str, FileInfo]:
        return {code: self.add(render(area, code, 1, True)) for code in doc_types}

    def rich(self, area: str, doc_types: list[str], report_types: set[str]) -> dict[str, list[FileInfo]]:
        """Real files per type; report types get a draft (first) and two finals."""
        result = {}
        for code in doc_types:
            kind = CONTENT.get((area, code), ("jpeg",))[0]
            variants = (0, 1, 2) if code in report_types else (1, 2) if kind in ("jpeg", "png") else (1,)
            result[code] = [self.add(render(area, code, v, False)) for v in variants]
        return result

    def close(self) -> None:
        for path in self._tmp.iterdir():
            path.unlink()
        self._tmp.rmdir()


def _describe(tmp: Path, sha: str, data: bytes, size: int) -> FileInfo:
    """Mime, pages and text exactly as an import would find them (extract.inspect_file)."""
    head = data[:4]
    suffix = ".docx" if head == b"PK\x03\x04" else ".bin"
    path = tmp / f"{sha}{suffix}"
    path.write_bytes(data)
    facts = inspect_file(path)
    return FileInfo(sha, size, facts.mime, facts.pages or 0, facts.text, SUFFIX.get(facts.mime, ".bin"))
