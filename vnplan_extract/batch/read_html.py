"""``.html``: the page text without scripts, styles and navigation (BeautifulSoup with lxml)."""

from __future__ import annotations

from vnplan_extract.batch.readers import Extracted, ReadError

# Elements that are never part of the document: code, styling and the site around it.
_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form")
_BLOCKS = (
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dd",
    "dt",
)


def read_html(data: bytes) -> Extracted:
    from bs4 import BeautifulSoup, UnicodeDammit

    dammit = UnicodeDammit(data, ["utf-8", "windows-1258"], is_html=True)
    if dammit.unicode_markup is None:
        raise ReadError("cannot decode the HTML page")
    soup = BeautifulSoup(dammit.unicode_markup, "lxml")
    for tag in soup(list(_DROP)):
        tag.decompose()
    body = soup.body or soup
    # Block elements end a line; inline ones (span, b, a) run on, as a browser shows them.
    for tag in body.find_all(list(_BLOCKS)):
        if tag.name == "br":
            tag.replace_with("\n")
        else:
            tag.insert_after("\n")
    for cell in body.find_all(["td", "th"]):
        cell.insert_after("\t")
    text = body.get_text()
    lines = [line.strip(" \t\r") for line in text.split("\n")]
    return Extracted(_squeeze("\n".join(lines)), dammit.original_encoding or "utf-8")


def _squeeze(text: str) -> str:
    """At most one blank line in a row: block ends add newlines the page never showed."""
    import re

    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
