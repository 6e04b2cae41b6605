"""The rendered page without a browser: the text comes back whole, marks nest, every item is
marked once, nothing from the document escapes into markup, and nothing external is loaded."""

from __future__ import annotations

import subprocess
import sys
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, SEED_IDS, corpus_text

from vnplan_extract import parse_text
from vnplan_extract.models import Assignee, Task
from vnplan_extract.render import render_html
from vnplan_extract.render.spans import Highlight, item_count, marked_text

VOID = {"meta", "input", "br", "img", "link", "rect", "line"}


class PageReader(HTMLParser):
    """Checks that elements nest and collects the document text and the marked items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.items: set[str] = set()
        self.in_doc = 0
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "pre" and a.get("id") == "doc":
            self.in_doc = len(self.stack) + 1
        if tag == "mark" and a.get("data-item"):
            self.items.add(a["data-item"] or "")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if self.in_doc and len(self.stack) < self.in_doc:
            self.in_doc = 0

    def handle_data(self, data: str) -> None:
        if self.in_doc:
            self.text.append(data)


def read_page(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    assert reader.stack == [], reader.stack
    return reader


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # Nested: the outer item opens first and closes last.
        ([(0, 9, "task"), (2, 5, "time")], "ab|cde|fghi"),
        # Crossing: the reference ends inside the task; the task's part after it is reopened.
        ([(0, 5, "reference"), (3, 9, "task")], "abc|de|fghi"),
        # Same span, two kinds: both marked, the task outside.
        ([(0, 4, "organization"), (0, 4, "task")], "abcd|efghi"),
    ],
)
def test_overlapping_items_nest(spans, expected: str) -> None:
    text = "abcdefghi"
    highlights = [Highlight(f"i{n}", k, s, e, f"v{n}") for n, (s, e, k) in enumerate(spans)]
    page = marked_text(text, highlights)
    reader = read_page(f'<pre id="doc">{page}</pre>')
    assert "".join(reader.text) == text
    assert reader.items == {h.item for h in highlights}
    # The boundaries between text runs are where items open or close.
    runs = [
        run
        for run in page.replace(">", ">|").replace("<", "|<").split("|")
        if run and run[0] != "<"
    ]
    assert "|".join(runs) == expected


@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_seed_page_keeps_the_text_and_marks_every_item(doc_id: str) -> None:
    text = corpus_text(doc_id)
    doc = parse_text(text)
    reader = read_page(render_html(doc))
    assert "".join(reader.text) == text
    assert len(reader.items) == item_count(doc)
    assert item_count(doc) > 0


HOSTILE = (
    "KẾ HOẠCH\nthực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 <script>alert(1)</script>\n"
    'I. MỤC ĐÍCH <img src=x onerror=alert(1)> "quoted" & <b onclick="x()">Ban</b>\n'
)


def test_document_markup_is_text_not_html() -> None:
    page = render_html(parse_text(HOSTILE))
    reader = read_page(page)
    assert "".join(reader.text) == HOSTILE
    scripts = [a for t, a in reader.tags if t == "script"]
    assert len(scripts) == 1  # our own, and only it
    assert not any(t == "img" for t, _ in reader.tags)
    assert not any(k.startswith("on") for _, a in reader.tags for k in a)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_page_is_self_contained_with_a_strict_policy() -> None:
    page = render_html(parse_text(corpus_text(SEED_IDS[0])))
    reader = read_page(page)
    [policy] = [
        a["content"] for t, a in reader.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy and "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    for tag, attrs in reader.tags:
        assert "src" not in attrs or tag not in {"script", "img", "iframe"}, (tag, attrs)
        assert tag != "link", "no external stylesheet"
        assert "style" not in attrs, "inline style attributes would break the policy"


def test_render_command_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    seed = ROOT / "corpus" / "seeds" / f"{SEED_IDS[0]}.txt"
    run = subprocess.run(
        [sys.executable, "-m", "vnplan_extract.cli", "render", str(seed), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_tasks_nest_with_their_items_and_fill_the_task_table() -> None:
    # Seed 001's section III.1 given as one task by hand (the page must not wait for the task
    # extractor): its body holds organizations and time expressions, which nest inside it.
    text = corpus_text("001_7b5b9aeaa286f595")
    base = parse_text(text)
    section = next(s for s in base.sections if s.id == "III.1")
    inside = [t for t in base.time_expressions if section.start <= t.start < section.end]
    assert inside, "III.1 sets deadlines (trong quý IV/2019, định kỳ 06 tháng)"
    heading = section.heading.strip()
    at = text.index(heading, section.start)
    task = Task(
        id="T1",
        section=section.id,
        start=section.start,
        end=section.end,
        text=section.text,
        action="Lãnh đạo, chỉ đạo",
        assignees=[
            Assignee(name=heading, role="lead", start=at, end=at + len(heading), text=heading)
        ],
        deadlines=[t.id for t in inside],
    )
    doc = base.model_copy(update={"tasks": [task]})
    page = render_html(doc)
    reader = read_page(page)
    assert "".join(reader.text) == text
    assert len(reader.items) == item_count(doc)
    assert "task-T1" in reader.items
    table = page[page.index('<table class="tasks">') :]
    assert "lead" in table and escape(heading) in table
    for t in inside:
        assert escape(t.value or t.text) in table


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "directory"),
        (lambda d: (d / "bad.json").write_text("{}") and d / "bad.json", "validation error"),
    ],
)
def test_render_command_bad_input_is_one_line(tmp_path: Path, make, message: str) -> None:
    target = make(tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "vnplan_extract.cli", "render", str(target), "-o", "x.html"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode != 0
    assert message in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()
