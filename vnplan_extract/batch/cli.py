"""Subcommands of ``vnplan`` for this package (registered by :mod:`vnplan_extract.cli`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command()(convert)
    app.command()(tables)


def convert(
    inputs: Annotated[
        list[Path], typer.Argument(help="Files, folders (recursive) and zip/tar archives.")
    ],
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for one JSON file per document.")
    ] = None,
    jsonl: Annotated[
        Path | None, typer.Option("--jsonl", help="One JSON line per document in this file.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="json, or csv: also write CSV tables into --out.")
    ] = "json",
    workers: Annotated[int, typer.Option("--workers", help="Processes (0: all cores).")] = 0,
    engine: Annotated[str, typer.Option("--engine", help="processes, dask or serial.")] = (
        "processes"
    ),
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (else local).")
    ] = None,
    time_limit: Annotated[
        float, typer.Option("--time-limit", help="Seconds per document (0: none).")
    ] = 120.0,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip inputs whose output has the same hash.")
    ] = False,
    allow_partial: Annotated[
        bool, typer.Option("--allow-partial", help="Exit 0 even when some inputs failed.")
    ] = False,
    max_member_mb: Annotated[
        float, typer.Option("--max-member-mb", help="Largest file or archive member.")
    ] = 100.0,
    max_archive_mb: Annotated[
        float, typer.Option("--max-archive-mb", help="Largest total of an archive's members.")
    ] = 4096.0,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress output.")] = False,
) -> None:
    """Convert documents and archives to JSON; failures go to errors.jsonl.

    Exit status: 0 when every input was converted (or --allow-partial), 1 when some failed,
    2 for a usage error.
    """
    from vnplan_extract.batch.archives import Limits
    from vnplan_extract.batch.run import Options
    from vnplan_extract.batch.run import convert as run_convert
    from vnplan_extract.cli import fail

    if (out is None) == (jsonl is None):
        raise fail("give exactly one of --out DIR or --jsonl FILE")
    if fmt not in ("json", "csv"):
        raise fail("--format is json or csv")
    if fmt == "csv" and out is None:
        raise fail("--format csv writes its tables into --out DIR")
    if engine not in ("processes", "dask", "serial"):
        raise fail("--engine is processes, dask or serial")
    limits = Limits(
        member_bytes=int(max_member_mb * 2**20), archive_bytes=int(max_archive_mb * 2**20)
    )
    options = Options(
        out=out,
        jsonl=jsonl,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        time_limit=time_limit or None,
        resume=resume,
        progress=not quiet,
        limits=limits,
    )
    summary = run_convert(inputs, options)
    if fmt == "csv" and out is not None:
        from vnplan_extract.batch.tables import write_tables

        counts = write_tables(out, out / "tables")
        summary_rows = ", ".join(f"{k} {v}" for k, v in counts.items())
        typer.echo(f"tables: {out / 'tables'} ({summary_rows})", err=True)
    for line in summary.lines():
        typer.echo(line, err=True)
    if summary.failed and not allow_partial:
        raise typer.Exit(1)


def tables(
    source: Annotated[Path, typer.Argument(help="A --out folder or a --jsonl file of outputs.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the CSV tables.")],
) -> None:
    """Write documents, sections, references, time expressions, organizations and tasks as CSV."""
    from vnplan_extract.batch.tables import write_tables
    from vnplan_extract.cli import fail

    if not source.exists():
        raise fail(f"{source}: no such file or folder")
    counts = write_tables(source, out)
    typer.echo(", ".join(f"{k}: {v} rows" for k, v in counts.items()), err=True)
