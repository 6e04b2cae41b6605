"""``vnplan graph``: the reference graph of a set of documents, as GraphML and a CSV edge list.

Registered by :mod:`vnplan_extract.cli`; the parser and networkx load when the command runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # pragma: no cover
    from vnplan_extract.models import PlanDocument


def input_files(inputs: list[Path]) -> Iterator[Path]:
    """Files named, and the documents under folders named (sorted; provenance JSON skipped)."""
    from vnplan_extract.batch.readers import document_format

    for root in inputs:
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                for name in sorted(filenames):
                    if not name.startswith(".") and document_format(name) is not None:
                        yield Path(dirpath, name)
        else:
            yield root


def load_document(path: Path) -> PlanDocument:
    """A saved parse result (``.json``) as it is; any other file through the parser."""
    from vnplan_extract.models import PlanDocument
    from vnplan_extract.pipeline import parse_file

    if path.suffix.lower() == ".json":
        return PlanDocument.model_validate_json(path.read_bytes())
    return parse_file(path)


def read_failure(path: Path, exc: Exception) -> str:
    """One line naming the file once (the readers' messages already start with it)."""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return message if message.startswith(str(path)) else f"{path}: {message}"


def graph_command(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Documents, folders of documents, or saved parse results (.json)."),
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write the graph as GraphML here.")
    ] = None,
    csv_path: Annotated[
        Path | None, typer.Option("--csv", help="Write the edge list as CSV here.")
    ] = None,
) -> None:
    """The reference graph: documents as nodes, "implements/refers to" edges with dates."""
    from vnplan_extract.batch.readers import ReadError
    from vnplan_extract.cli import fail
    from vnplan_extract.graph import build_graph, write_edges_csv, write_graphml

    if output is None and csv_path is None:
        raise fail("nothing to write: give -o graph.graphml and/or --csv edges.csv")
    docs = []
    for path in input_files(inputs):
        try:
            docs.append(load_document(path))
        except (ReadError, OSError, ValueError) as exc:  # ValidationError is a ValueError
            raise fail(read_failure(path, exc)) from None
    if not docs:
        raise fail("no documents found in the inputs")
    graph = build_graph(docs)
    if output is not None:
        try:
            write_graphml(graph, output)
        except ImportError:
            raise fail("GraphML needs networkx: pip install 'vnplan_extract[graph]'") from None
    if csv_path is not None:
        write_edges_csv(graph, csv_path)
    implements = sum(e.relation == "implements" for e in graph.edges)
    typer.echo(
        f"vnplan graph: {len(docs)} document(s), {len(graph.nodes)} node(s), "
        f"{len(graph.edges)} edge(s) ({implements} implements)",
        err=True,
    )


def register(app: typer.Typer) -> None:
    app.command("graph")(graph_command)
