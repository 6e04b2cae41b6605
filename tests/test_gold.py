"""Every gold file: valid against its schema, every span equal to the text it points at, ids and
links consistent; and a gold file for every corpus document.

The last test fails until the gold set covers the whole corpus: that is intended.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from vnplan_extract.evaluate.gold import GoldDocument, load_gold, read_corpus_text
from vnplan_extract.evaluate.report import gold_as_prediction

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "gold").glob("*.json"))
MANIFEST = json.loads((ROOT / "corpus/manifest.json").read_text(encoding="utf-8"))
TIME_GOVERNING = {"deadline", "start", "recurring", "continuous"}

gold_files = pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)


@cache
def gold(path: Path) -> GoldDocument:
    return load_gold(path)


@cache
def source(path: Path) -> str:
    return read_corpus_text(ROOT / gold(path).path)


def duplicates(values: list[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


@gold_files
def test_schema_and_identity(path: Path) -> None:
    g = load_gold(path)  # raises on any schema error
    assert g.doc_id == path.stem
    listed = {d["doc_id"]: d["path"] for d in MANIFEST["documents"]}
    assert listed.get(g.doc_id) == g.path, "path differs from corpus/manifest.json"
    assert (ROOT / g.path).is_file()


@gold_files
def test_every_span_matches_the_text(path: Path) -> None:
    text = source(path)
    bad = [
        f"{where} {s.start}:{s.end} {s.text!r} != {text[s.start : s.end]!r}"
        for where, s in gold_as_prediction(gold(path)).spans()
        if not (0 <= s.start <= s.end <= len(text)) or text[s.start : s.end] != s.text
    ]
    assert not bad, "\n".join(bad[:20])


@gold_files
def test_spans_are_trimmed(path: Path) -> None:
    # The guidelines: a span never starts or ends with whitespace or markdown residue.
    bad = [
        f"{where} {s.start}:{s.end} {s.text[:40]!r}...{s.text[-40:]!r}"
        for where, s in gold_as_prediction(gold(path)).spans()
        if not s.text or (s.text != s.text.strip(" \t\r\n*|") and not _star_label(where, s.text))
    ]
    assert not bad, "\n".join(bad[:20])


def _star_label(where: str, text: str) -> bool:
    """A star heading's section starts at its ``*`` label, as ``I.`` starts a Roman one."""
    return where == "sections" and text.startswith("* ") and text == text.rstrip(" \t\r\n*|")


@gold_files
def test_sections_form_a_tree(path: Path) -> None:
    sections = gold(path).sections
    ids = [s.id for s in sections]
    assert not duplicates(ids), f"repeated section ids {duplicates(ids)}"
    by_id = {s.id: s for s in sections}
    for s in sections:
        if s.parent is None:
            assert s.level == 1, f"{s.id}: top level with level {s.level}"
        else:
            assert s.parent in by_id, f"{s.id}: parent {s.parent} is not a section"
            parent = by_id[s.parent]
            assert s.level == parent.level + 1, f"{s.id}: level {s.level} under {parent.level}"
            assert parent.start <= s.start and s.end <= parent.end, f"{s.id} outside {s.parent}"


@gold_files
def test_ids_and_links(path: Path) -> None:
    g = gold(path)
    for kind, ids in (
        ("time expression", [t.id for t in g.time_expressions]),
        ("reference", [r.id for r in g.references]),
        ("task", [t.id for t in g.tasks]),
        ("organization", [o.name for o in g.organizations]),
    ):
        assert not duplicates(ids), f"repeated {kind} ids {duplicates(ids)}"
    times = {t.id: t for t in g.time_expressions}
    sections = {s.id for s in g.sections}
    for task in g.tasks:
        for d in task.deadlines:
            assert d in times, f"{task.id}: deadline {d} is not a time expression"
        assert task.section is None or task.section in sections, f"{task.id}: {task.section}"


@gold_files
def test_task_deadlines_govern(path: Path) -> None:
    # spec/OUTPUT.md: a task's deadlines are expressions of kind deadline, start, recurring or
    # continuous (a period or a date of a reference does not govern the work).
    g = gold(path)
    kinds = {t.id: t.kind for t in g.time_expressions}
    bad = [
        f"{task.id}: {d} is a {kinds[d]}"
        for task in g.tasks
        for d in task.deadlines
        if d in kinds and kinds[d] not in TIME_GOVERNING
    ]
    assert not bad, "; ".join(bad)


@pytest.mark.parametrize("doc", MANIFEST["documents"], ids=lambda d: d["doc_id"])
def test_every_corpus_document_has_gold(doc: dict[str, str]) -> None:
    assert (ROOT / "gold" / f"{doc['doc_id']}.json").is_file(), f"no gold for {doc['doc_id']}"
