"""Language data of vnplan_extract: document types, abbreviations, bodies, headings, time words.

Every table is a JSON file beside this module, read once on first use (never at import) and
cached. Entries carry ``examples`` that ``tests/test_data_tables.py`` checks against the code that
uses them, so a table and its matcher cannot drift apart silently.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_table(name: str) -> Any:
    """The parsed JSON table ``vnplan_extract/data/<name>.json``."""
    path = resources.files(__package__).joinpath(f"{name}.json")
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def table_names() -> list[str]:
    return sorted(
        p.name.removesuffix(".json")
        for p in resources.files(__package__).iterdir()
        if p.name.endswith(".json")
    )
