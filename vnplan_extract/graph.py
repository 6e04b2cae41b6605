"""The reference graph of a set of parsed documents: who carries out (or cites) what, and when.

Nodes are documents: the parsed ones and every numbered document they reference, merged by
``(doc_type, number)``, so a parsed plan whose header gives ``329-KH/TU`` is the same node as the
references to ``Kế hoạch số 329-KH/TU`` in other plans. A parsed document without a number in its
header is its own node (keyed by its document id). Edges run from the citing document to the cited
one, with the relation (``implements`` when the title or preamble says the plan carries the
document out, else ``refers_to``), both dates and the lag in days between them.

Local numbers are not unique across provinces (every provincial committee has a ``329-KH/TU``);
the merge follows the contract's identity ``(doc_type, number)`` and leaves that caveat to the
reader. The graph is built with the standard library; :func:`to_networkx` and
:func:`write_graphml` need the ``graph`` extra (networkx).
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from vnplan_extract.frames import document_id
from vnplan_extract.models import Mention, PlanDocument, Reference

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

Relation = Literal["implements", "refers_to"]
EDGE_COLUMNS = (
    "source",
    "target",
    "relation",
    "n_mentions",
    "citing_doc_id",
    "citing_date",
    "cited_date",
    "lag_days",
)


@dataclass
class Node:
    key: str
    doc_type: str | None = None
    number: str | None = None
    doc_id: str | None = None  # set when the document itself was parsed
    issuer: str | None = None
    title: str | None = None
    dates: Counter[dt.date] = field(default_factory=Counter)

    @property
    def parsed(self) -> bool:
        return self.doc_id is not None

    @property
    def issued_date(self) -> dt.date | None:
        """The date most sources give (a parsed header counts like any citation)."""
        return self.dates.most_common(1)[0][0] if self.dates else None

    @property
    def label(self) -> str:
        return self.number or self.title or self.doc_id or self.key

    def attributes(self) -> dict[str, Any]:
        """Attributes for GraphML and tables; None values are left out (GraphML has no null)."""
        date = self.issued_date
        attrs = {
            "label": self.label,
            "kind": "parsed" if self.parsed else "referenced",
            "doc_type": self.doc_type,
            "number": self.number,
            "doc_id": self.doc_id,
            "issuer": self.issuer,
            "title": self.title,
            "issued_date": date.isoformat() if date else None,
        }
        return {k: v for k, v in attrs.items() if v is not None}


@dataclass
class Edge:
    source: str
    target: str
    relation: Relation
    n_mentions: int
    citing_doc_id: str
    citing_date: dt.date | None
    cited_date: dt.date | None

    @property
    def lag_days(self) -> int | None:
        if self.citing_date is None or self.cited_date is None:
            return None
        return (self.citing_date - self.cited_date).days

    def row(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "relation": self.relation,
            "n_mentions": self.n_mentions,
            "citing_doc_id": self.citing_doc_id,
            "citing_date": self.citing_date.isoformat() if self.citing_date else None,
            "cited_date": self.cited_date.isoformat() if self.cited_date else None,
            "lag_days": self.lag_days,
        }


@dataclass
class ReferenceGraph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)

    def node(self, key: str) -> Node:
        return self.nodes.setdefault(key, Node(key=key))

    def edge_rows(self) -> list[dict[str, Any]]:
        return [e.row() for e in self.edges]

    def cited_by(self, key: str) -> list[Edge]:
        return [e for e in self.edges if e.target == key]


def doc_key(doc_type: str | None, number: str) -> str:
    """The node key of a numbered document: ``nghi_quyet:45-NQ/TW``."""
    return f"{doc_type or 'other'}:{number}"


def _parsed_key(doc: PlanDocument) -> str:
    md = doc.metadata
    if md.number:
        return doc_key(md.doc_type, md.number)
    return f"doc:{document_id(doc)}"


def build_graph(docs: Iterable[PlanDocument]) -> ReferenceGraph:
    """The graph of ``docs`` and the numbered documents they reference."""
    graph = ReferenceGraph()
    docs = list(docs)
    # Parsed documents first, so that their headers name the nodes others cite.
    for doc in docs:
        md = doc.metadata
        node = graph.node(_parsed_key(doc))
        node.doc_id = document_id(doc)
        node.doc_type = md.doc_type or node.doc_type
        node.number = md.number
        node.issuer = md.issuer or node.issuer
        node.title = md.title or node.title
        if md.issued_date:
            node.dates[md.issued_date] += 1
    for doc in docs:
        source = _parsed_key(doc)
        for ref in doc.references:
            if ref.is_self or not ref.number:
                continue
            target = doc_key(ref.doc_type, ref.number)
            if target == source:
                continue
            node = graph.node(target)
            node.doc_type = node.doc_type or ref.doc_type
            node.number = node.number or ref.number
            node.issuer = node.issuer or ref.issuer
            node.title = node.title or ref.subject or ref.name
            if ref.issued_date:
                node.dates[ref.issued_date] += 1
            graph.edges.append(
                Edge(
                    source=source,
                    target=target,
                    relation=relation_of(doc, ref),
                    n_mentions=len(ref.mentions),
                    citing_doc_id=document_id(doc),
                    citing_date=doc.metadata.issued_date,
                    cited_date=ref.issued_date,
                )
            )
    # A citation without a date takes the one other sources agree on.
    for edge in graph.edges:
        if edge.cited_date is None:
            edge.cited_date = graph.nodes[edge.target].issued_date
    return graph


def relation_of(doc: PlanDocument, ref: Reference) -> Relation:
    """``implements`` when a mention in the title or preamble follows an implementing cue."""
    title = doc.metadata.spans.get("title")
    preamble_end = doc.sections[0].start if doc.sections else len(doc.text)
    for m in ref.mentions:
        in_title = title is not None and title.start <= m.start < title.end
        if (in_title or m.start < preamble_end) and has_implement_cue(doc.text, m):
            return "implements"
    return "refers_to"


def has_implement_cue(text: str, mention: Mention) -> bool:
    """Whether the clause before ``mention`` holds an implementing cue (``thực hiện`` ...)."""
    from vnplan_extract.data import load_table

    table = load_table("graph_relations")
    start = max(0, mention.start - int(table["lookback"]))
    window = text[start : mention.start]
    cut = max(window.rfind(ch) for ch in table["clause_breaks"])
    clause = unicodedata.normalize("NFC", " ".join(window[cut + 1 :].split())).lower()
    return any(cue in clause for cue in table["implement_cues"])


def write_edges_csv(graph: ReferenceGraph, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(EDGE_COLUMNS))
        writer.writeheader()
        for row in graph.edge_rows():
            writer.writerow(row)


def to_networkx(graph: ReferenceGraph) -> nx.MultiDiGraph:
    """A networkx multigraph (one edge per citing document and cited document)."""
    import networkx as nx

    g = nx.MultiDiGraph()
    for key, node in graph.nodes.items():
        g.add_node(key, **node.attributes())
    for edge in graph.edges:
        attrs = {k: v for k, v in edge.row().items() if v is not None}
        g.add_edge(edge.source, edge.target, **attrs)
    return g


def write_graphml(graph: ReferenceGraph, path: Path) -> None:
    import networkx as nx

    nx.write_graphml(to_networkx(graph), path)
