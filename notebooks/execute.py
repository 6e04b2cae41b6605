"""Run the notebooks top to bottom from this folder and store their outputs.

    python notebooks/execute.py            # every notebook here
    python notebooks/execute.py 01_quickstart.ipynb

Like ``jupyter execute --inplace``, without per-cell timing metadata, so that a re-run changes
only the outputs that changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def execute(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(HERE)}},
    )
    client.execute()
    nbformat.write(nb, path)


def main(names: list[str]) -> None:
    paths = [HERE / n for n in names] if names else sorted(HERE.glob("*.ipynb"))
    for path in paths:
        print(f"executing {path.name}", file=sys.stderr)
        execute(path)


if __name__ == "__main__":
    main(sys.argv[1:])
