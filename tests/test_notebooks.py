"""The notebooks run top to bottom with nbclient (from ``notebooks/``, as a reader opens them), and
the copies in the repository carry the outputs of a complete run with no error."""

from __future__ import annotations

import pytest
from conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="the notebooks extra is not installed")
nbclient = pytest.importorskip("nbclient", reason="the notebooks extra is not installed")

NOTEBOOKS = ROOT / "notebooks"
NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


def test_the_two_notebooks_are_there() -> None:
    assert {"01_quickstart.ipynb", "02_corpus_analysis.ipynb"} <= set(NAMES)


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("name", NAMES)
def test_stored_outputs_are_of_one_complete_run(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    cells = code_cells(nb)
    assert [c.execution_count for c in cells] == list(range(1, len(cells) + 1)), (
        "run the notebook top to bottom and save it (see notebooks/README.md)"
    )
    for cell in cells:
        assert all(o.output_type != "error" for o in cell.outputs), cell.source[:80]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_top_to_bottom(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    cells = code_cells(nb)
    assert all(c.execution_count for c in cells)
    # Every figure the notebook draws comes out as an image.
    drawn = [c for c in cells if "plt.show()" in c.source]
    for cell in drawn:
        kinds = {o.output_type for o in cell.outputs}
        images = [o for o in cell.outputs if "image/png" in o.get("data", {})]
        assert images or "stream" in kinds, cell.source[:80]
