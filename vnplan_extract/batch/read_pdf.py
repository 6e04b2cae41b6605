"""``.pdf`` with a text layer (pdfplumber); a scanned PDF without one is an error, never empty."""

from __future__ import annotations

import io
from typing import Any

from vnplan_extract.batch.readers import Extracted, ReadError

_INDENT_PT = 24.0


def read_pdf(data: bytes) -> Extracted:
    import pdfplumber

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ReadError("not a PDF file (no %PDF header)")
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                pages.append(_page_text(page))
                page.close()  # drop the page's cached objects: long PDFs stay small
    except Exception as exc:  # pdfminer raises many types for a damaged file
        raise ReadError(f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise ReadError(
            f"scanned PDF without a text layer ({len(pages)} page(s), no text); OCR it first"
        )
    return Extracted(text)


def _page_text(page: Any) -> str:
    """The page's text lines, with a blank line where the gap between two lines is a paragraph's.

    Plain ``extract_text`` runs all lines together; the header and section readers need the blank
    lines that separate the header blocks and paragraphs, as in a text copy.
    """
    out: list[str] = []
    prev_top = prev_bottom = None
    lines = page.extract_text_lines(return_chars=False)
    # An indented line (a header's right-hand column, a centred title) starts with a tab, as in
    # the text copies the readers were written for.
    margin = min((float(line["x0"]) for line in lines), default=0.0)
    for line in lines:
        top, bottom = float(line["top"]), float(line["bottom"])
        if prev_top is not None and prev_bottom is not None:
            height = max(prev_bottom - prev_top, 1.0)
            if top - prev_bottom > 0.8 * height:
                out.append("")
        indented = float(line["x0"]) - margin > _INDENT_PT
        out.append(("\t" if indented else "") + line["text"])
        prev_top, prev_bottom = top, bottom
    return "\n".join(out)
