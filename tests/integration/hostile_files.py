"""Hostile and broken files (DESIGN §6), made by the tests themselves.

`make_batch(folder)` writes one of each and returns them with what an import must do with
each: `good` files are added, every `bad` one is refused with a message naming it and
containing the reason's key words.
"""

from __future__ import annotations

import random
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from PIL import Image

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "\u202egnp.exe" displays as "exe.png"


@dataclass(frozen=True)
class Hostile:
    path: Path
    good: bool
    reason: tuple[str, ...] = ()  # words the refusal must contain (lower case)
    label: str = ""

    @property
    def name(self) -> str:
        return self.path.name


def text_pdf(path: Path, pages: int = 1, text: str = "Rapport de diagnostic") -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 8, f"{text} - page {number + 1}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 4)
    pdf.output(str(path))
    return path


def truncated_pdf(path: Path) -> Path:
    """The first 40 % of a real PDF: no xref, no trailer, a page stream cut in the middle."""
    whole = text_pdf(path.with_name(".whole.pdf"), pages=3).read_bytes()
    path.with_name(".whole.pdf").unlink()
    path.write_bytes(whole[: len(whole) * 2 // 5])
    return path


def garbage_pdf(path: Path) -> Path:
    """A PDF header followed by random bytes."""
    rng = random.Random(4)
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(rng.randrange(256) for _ in range(64 * 1024)))
    return path


def encrypted_pdf(path: Path) -> Path:
    """A real password-protected PDF (fpdf2's RC4 standard security handler; user password set)."""
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Confidential")
    pdf.output(str(path))
    return path


def zip_bomb_docx(path: Path, inflated: int = 1100 * 1024 * 1024) -> Path:
    """A DOCX of a few MB whose word/document.xml inflates to more than 1 GB.

    Written through zipfile's deflate stream in 1 MB chunks (never the whole XML in memory).
    """
    chunk = b"<w:p><w:r><w:t>AAAAAAAAAAAAAAAA</w:t></w:r></w:p>" * 20_000
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document><w:body>')
            written = 0
            while written < inflated:
                member.write(chunk)
                written += len(chunk)
            member.write(b"</w:body></w:document>")
    return path


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims a huge image: no decoder may be asked to allocate it."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def multipage_tiff(path: Path, pages: int = 3) -> Path:
    frames = [Image.new("L", (400, 560), shade) for shade in (250, 200, 150, 100)[:pages]]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return path


def windows_exe(path: Path) -> Path:
    """The start of a Windows program (MZ header pointing at a PE signature)."""
    header = bytearray(256)
    header[0:2] = b"MZ"
    header[0x3C:0x40] = struct.pack("<I", 0x80)
    header[0x80:0x84] = b"PE\0\0"
    path.write_bytes(bytes(header) + b"\0" * 1024)
    return path


def make_batch(folder: Path) -> list[Hostile]:
    """Every hostile file of the list in DESIGN §6 and issue 4, plus good files among them."""
    folder.mkdir(parents=True, exist_ok=True)
    sub = folder / "sub"
    sub.mkdir(exist_ok=True)
    png_named_exe = folder / f"photo{RLO}gnp.exe"  # shows as "photoexe.png"; it is a real PNG
    Image.new("RGB", (300, 200), (30, 120, 200)).save(png_named_exe, "PNG")
    traversal = folder / "..\\..\\Windows\\system.ini.pdf"  # backslashes are legal in a Linux name
    text_pdf(traversal)
    items = [
        Hostile(text_pdf(folder / "good_report.pdf", pages=2), True, label="a good PDF"),
        Hostile(truncated_pdf(folder / "truncated.pdf"), False, ("not a readable pdf",), "truncated PDF"),
        Hostile(garbage_pdf(folder / "garbage.pdf"), False, ("not a readable pdf",), "garbage PDF"),
        Hostile(encrypted_pdf(folder / "encrypted.pdf"), False, ("password",), "encrypted PDF"),
        Hostile(zip_bomb_docx(folder / "bomb.docx"), False, ("zip bomb",), "zip-bomb DOCX"),
        Hostile(png_header_only(folder / "huge.png", 30_000, 30_000), False, ("too large", "900 megapixels"),
                "PNG claiming 30000×30000"),
        Hostile(_empty(folder / "empty.pdf"), False, ("empty", "0 bytes"), "zero-byte file"),
        Hostile(text_pdf(folder / "five_hundred_pages.pdf", pages=500), True, label="500-page PDF"),
        Hostile(multipage_tiff(folder / "scan.tiff"), True, label="multi-page TIFF"),
        Hostile(traversal, True, label="name with ..\\ (Windows path traversal)"),
        Hostile(sub / ".." / "good_report_copy.pdf", True, label="path through sub/../"),
        Hostile(png_named_exe, True, label="right-to-left override in the name (a real PNG)"),
        Hostile(windows_exe(folder / f"invoice{RLO}fdp.exe"), False, ("executable",),
                "right-to-left override naming a real .exe"),
        Hostile(folder / "vanishing.pdf", False, ("vanishing.pdf",), "file that disappears mid-import"),
        Hostile(Image.new("RGB", (800, 600), (90, 140, 60)).save(folder / "photo.jpg", "JPEG") or folder / "photo.jpg", True,
                label="a good JPEG"),
        Hostile(_text(folder / "notes.txt"), True, label="a good text file"),
    ]
    text_pdf(folder / "good_report_copy.pdf", text="Copie")
    text_pdf(folder / "vanishing.pdf", text="Bientôt parti")
    return items


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _text(path: Path) -> Path:
    path.write_text("Client joignable le matin.\nClés à l'agence.\n", encoding="utf-8")
    return path


def misbehaving_inspect(path: str):
    """sandbox.inspect_target for tests: a parser that segfaults on crasher*.pdf and hangs on sleeper*.pdf.

    Runs in the parser worker (sent by name), like the real one.
    """
    import ctypes
    import time

    from desktop_app.services.documents import extract

    name = Path(path).name
    if name.startswith("crasher"):
        ctypes.string_at(0)  # SIGSEGV, as a parser bug would
    if name.startswith("sleeper"):
        time.sleep(600)
    return extract.inspect_file(Path(path))
