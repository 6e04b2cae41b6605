"""``vnplan render FILE -o page.html``: the annotated HTML view of one document.

Registered by :mod:`vnplan_extract.cli`; the parser loads when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def render_command(
    file: Annotated[Path, typer.Argument(help="A plan document, or a saved parse result (.json).")],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write the page here (default: FILE's stem + .html)."),
    ] = None,
) -> None:
    """Write one self-contained HTML page showing the document with its items highlighted."""
    from vnplan_extract.batch.readers import ReadError
    from vnplan_extract.cli import fail
    from vnplan_extract.graph_cli import load_document, read_failure
    from vnplan_extract.render.page import render_html

    try:
        doc = load_document(file)
    except (ReadError, OSError, ValueError) as exc:  # ValidationError is a ValueError
        raise fail(read_failure(file, exc)) from None
    target = output if output is not None else Path(f"{file.stem}.html")
    target.write_text(render_html(doc), encoding="utf-8")
    typer.echo(f"vnplan render: wrote {target}", err=True)


def register(app: typer.Typer) -> None:
    app.command("render")(render_command)
