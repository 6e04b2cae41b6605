"""Sample files in every supported format and encoding, made from a Unicode text.

Used by the tests and the benchmark to turn the corpus into real docx, PDF, HTML and legacy-encoded
files (never invented text). Needs python-docx, and reportlab for PDF (a test extra).
"""

from __future__ import annotations

import html
import io
import unicodedata
from pathlib import Path

from vnplan_extract.text.legacy import encode as legacy_encode

_TONES = "\u0300\u0301\u0303\u0309\u0323"
VARIANTS = ("utf8", "utf16", "cp1258", "tcvn3", "vni", "docx", "pdf", "html")
SUFFIX = {"utf8": ".txt", "utf16": ".txt", "cp1258": ".txt", "tcvn3": ".txt", "vni": ".txt"}
SUFFIX.update({"docx": ".docx", "pdf": ".pdf", "html": ".html"})


def make(text: str, variant: str) -> bytes:
    """The bytes of ``text`` as ``variant`` (one of :data:`VARIANTS`)."""
    if variant == "utf8":
        return text.encode("utf-8")
    if variant == "utf16":
        return text.encode("utf-16")
    if variant == "cp1258":
        return cp1258(text)
    if variant in ("tcvn3", "vni"):
        return legacy_encode(text, variant, errors="replace")  # type: ignore[arg-type]
    if variant == "docx":
        return docx_bytes(text)
    if variant == "pdf":
        return pdf_bytes(text)
    if variant == "html":
        return html_bytes(text)
    raise ValueError(f"unknown variant {variant!r}")


def cp1258(text: str) -> bytes:
    """Windows-1258 writes most toned letters as a base letter plus a combining tone."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        # Windows-1258 has the vowels with their hat or horn (â, ơ...) but writes tones as marks.
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in decomposed if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        try:
            out += base.encode("cp1258") + tones.encode("cp1258")
        except UnicodeEncodeError:
            out += b"?"
    return bytes(out)


def docx_bytes(text: str) -> bytes:
    """One paragraph per line; a header line with a tab (two columns) becomes a table row."""
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def html_bytes(text: str) -> bytes:
    """A page with navigation, a script and a footer around one paragraph per line."""
    # Lines end in <br>, as web copies of these documents are typed (a <p> per line would add a
    # blank line the text never had).
    body = "<br>".join(html.escape(line) for line in text.split("\n"))
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>'
        "<style>p{margin:0}</style><script>var x = '<p>không phải văn bản</p>';</script></head>"
        "<body><nav><a href='/'>Trang chủ</a> | <a href='/vb'>Văn bản</a></nav>"
        f'<div class="content">{body}</div>'
        "<footer>Bản quyền thuộc về Cổng thông tin điện tử</footer></body></html>"
    )
    return page.encode("utf-8")


def find_font() -> Path:
    """A TTF with Vietnamese glyphs: matplotlib's DejaVuSans, else the system's."""
    candidates = []
    try:
        import matplotlib

        candidates.append(Path(matplotlib.get_data_path(), "fonts/ttf/DejaVuSans.ttf"))
    except ImportError:
        pass
    candidates.append(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    for path in candidates:
        if path.exists():
            return path
    raise FileNotFoundError("no DejaVuSans.ttf (install matplotlib or fonts-dejavu-core)")


def pdf_bytes(text: str | None, *, font_size: float = 9, wrap: bool = False) -> bytes:
    """A PDF with a text layer, one text line per line; ``None`` makes a page with no text.

    Without ``wrap`` the page is as wide as the longest line, so the text layer holds the lines
    as given; with it, lines are cut to fit A4 as a real PDF's are. A tab at the start of a line
    becomes an indent.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(find_font())))
    buf = io.BytesIO()
    width, height = A4
    if text is not None and not wrap:
        longest = max(pdfmetrics.stringWidth(x, "DejaVuSans", font_size) for x in text.split("\n"))
        width = max(width, longest + 200)
    pdf = canvas.Canvas(buf, pagesize=(width, height), invariant=True)
    if text is None:  # a scan: only a drawing, no characters
        pdf.rect(72, 72, width - 144, height - 144, fill=1)
        pdf.showPage()
        pdf.save()
        return buf.getvalue()
    y = height - 40
    lines = _wrap(text, int((width - 60) / (font_size * 0.55))) if wrap else text.split("\n")
    for line in lines:
        if y < 40:
            pdf.showPage()
            y = height - 40
        pdf.setFont("DejaVuSans", font_size)
        indent = len(line) - len(line.lstrip("\t"))
        pdf.drawString(30 + 36 * indent, y, line.lstrip("\t").replace("\t", "    "))
        y -= font_size * 1.4
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    """Lines cut at spaces to fit the page, as a real PDF's hard-wrapped lines are."""
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            out.append(line[:cut])
            line = line[cut:].lstrip(" ")
        out.append(line)
    return out
