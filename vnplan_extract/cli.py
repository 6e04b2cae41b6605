"""The ``vnplan`` command line: parse, schema, evaluate, convert, render, graph.

Each subcommand lives beside the code it drives and registers itself here; errors the user can fix
(a missing file, a directory, a binary file) print one line on stderr and exit non-zero, with no
traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Vietnamese Party plan documents into validated JSON with character offsets.",
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``vnplan: message`` on stderr; return the Exit to raise."""
    typer.echo(f"vnplan: {message}", err=True)
    return typer.Exit(code)


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="A plan document (txt, md, docx, pdf, html).")],
    pretty: Annotated[bool, typer.Option("--pretty", help="Indent the JSON.")] = False,
) -> None:
    """Parse one document and print its JSON."""
    from vnplan_extract.batch.readers import ReadError
    from vnplan_extract.pipeline import parse_file

    try:
        doc = parse_file(file)
    except ReadError as exc:
        raise fail(str(exc)) from None
    typer.echo(doc.model_dump_json(indent=2 if pretty else None))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from vnplan_extract.models import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def _register_subcommands() -> None:
    from vnplan_extract import graph_cli
    from vnplan_extract.batch import cli as batch_cli
    from vnplan_extract.evaluate import cli as evaluate_cli
    from vnplan_extract.render import cli as render_cli

    for module in (evaluate_cli, batch_cli, render_cli, graph_cli):
        module.register(app)


_register_subcommands()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
