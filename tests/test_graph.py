"""The reference graph: documents merged by (doc_type, number), "implements/refers to" edges with
both dates and the lag, GraphML and CSV out of ``vnplan graph``."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT, corpus_documents

from vnplan_extract import parse_file, parse_text
from vnplan_extract.data import load_table
from vnplan_extract.graph import build_graph, doc_key, has_implement_cue, relation_of
from vnplan_extract.models import Mention

SEEDS = ROOT / "corpus" / "seeds"


@pytest.fixture(scope="module")
def corpus_graph():
    docs = [parse_file(ROOT / d["path"]) for d in corpus_documents()]
    return build_graph(docs)


@pytest.mark.parametrize(
    ("seed", "target"),
    [
        ("002_775272c638a78515", "nghi_quyet:45-NQ/TW"),
        ("003_f31f3f139891829a", "nghi_quyet:45-NQ/TW"),
        ("004_9fbd994580a13924", "nghi_quyet:20-NQ/TW"),
    ],
)
def test_corpus_graph_links_seed_to_the_resolution_it_implements(corpus_graph, seed, target):
    edges = [e for e in corpus_graph.edges if e.citing_doc_id == seed and e.target == target]
    assert len(edges) == 1
    assert edges[0].relation == "implements"
    assert edges[0].cited_date is not None
    assert corpus_graph.nodes[target].number == target.split(":", 1)[1]
    assert not corpus_graph.nodes[target].parsed


def test_resolution_45_is_carried_out_by_two_seeds(corpus_graph) -> None:
    citing = {e.citing_doc_id for e in corpus_graph.cited_by("nghi_quyet:45-NQ/TW")}
    assert {"002_775272c638a78515", "003_f31f3f139891829a"} <= citing


def test_dated_citations_have_a_lag(corpus_graph) -> None:
    dated = [e for e in corpus_graph.edges if e.citing_date and e.cited_date]
    assert dated, "the harvested plans have dates in their headers"
    for e in dated:
        assert e.lag_days == (e.citing_date - e.cited_date).days


def test_parsed_document_merges_with_references_to_it() -> None:
    # Seed 001 is Kế hoạch 83-KH/TU of Tỉnh ủy Điện Biên; a district plan carrying it out cites it.
    seed = parse_file(SEEDS / "001_7b5b9aeaa286f595.txt")
    assert seed.metadata.number == "83-KH/TU"
    district = parse_text(
        "KẾ HOẠCH\nthực hiện Kế hoạch số 83-KH/TU ngày 27/8/2019 của Tỉnh ủy Điện Biên\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nQuán triệt sâu sắc nội dung kế hoạch.\n"
    )
    graph = build_graph([seed, district])
    key = doc_key("ke_hoach", "83-KH/TU")
    assert graph.nodes[key].parsed
    [edge] = graph.cited_by(key)
    assert edge.relation == "implements"
    assert edge.cited_date is not None and edge.cited_date.isoformat() == "2019-08-27"
    # No self loop, no node for the district plan's mention of itself.
    assert all(e.source != e.target for e in graph.edges)


@pytest.mark.parametrize("example", load_table("graph_relations")["examples"])
def test_relation_examples(example: dict[str, str]) -> None:
    text = example["text"]
    at = text.index(example["mention"])
    mention = Mention(start=at, end=at + len(example["mention"]), text=example["mention"])
    assert has_implement_cue(text, mention) == (example["relation"] == "implements")


def test_a_reference_in_the_body_only_is_refers_to() -> None:
    doc = parse_file(SEEDS / "001_7b5b9aeaa286f595.txt")
    body_start = doc.sections[0].start
    for ref in doc.references:
        if ref.mentions and all(m.start >= body_start for m in ref.mentions):
            assert relation_of(doc, ref) == "refers_to"


def test_cli_writes_graphml_and_csv(tmp_path: Path) -> None:
    graphml, edges = tmp_path / "g.graphml", tmp_path / "e.csv"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "vnplan_extract.cli",
            "graph",
            str(SEEDS),
            "-o",
            str(graphml),
            "--csv",
            str(edges),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    g = nx.read_graphml(graphml)
    assert g.has_edge("doc:004_9fbd994580a13924", "nghi_quyet:20-NQ/TW")
    assert g.nodes["nghi_quyet:20-NQ/TW"]["issued_date"] == "2012-11-01"
    rows = list(csv.DictReader(edges.open(encoding="utf-8")))
    assert {"source", "target", "relation", "citing_date", "cited_date", "lag_days"} <= set(rows[0])
    assert len(rows) == g.number_of_edges()


def test_cli_without_an_output_says_so() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "vnplan_extract.cli", "graph", str(SEEDS)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode != 0
    assert "nothing to write" in run.stderr and "Traceback" not in run.stderr
