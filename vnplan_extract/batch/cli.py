"""Subcommands of ``vnplan`` for this package (registered by :mod:`vnplan_extract.cli`)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
