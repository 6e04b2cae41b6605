"""``--engine dask``: the same per-document function on a two-worker local cluster, same outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnplan_extract.batch import samples
from vnplan_extract.batch.run import Options, convert

pytest.importorskip("distributed")

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus", "seeds").glob("*.txt"))


def _inputs(root: Path) -> Path:
    root.mkdir()
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        for variant in ("utf8", "tcvn3", "docx", "html"):
            (root / f"{seed.stem}-{variant}{samples.SUFFIX[variant]}").write_bytes(
                samples.make(text, variant)
            )
    (root / "empty.txt").write_bytes(b"")
    (root / "scan.pdf").write_bytes(samples.pdf_bytes(None))
    return root


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*.json")}


def test_dask_local_cluster_matches_processes(tmp_path: Path) -> None:
    src = _inputs(tmp_path / "src")
    base = Options(workers=2, progress=False)
    ref = convert([src], Options(**{**base.__dict__, "out": tmp_path / "ref"}))
    dask_out = tmp_path / "dask"
    # A LocalCluster of two worker processes (the engine starts it when no scheduler is given).
    summary = convert([src], Options(**{**base.__dict__, "out": dask_out, "engine": "dask"}))
    assert (summary.converted, summary.failed) == (ref.converted, ref.failed) == (len(SEEDS) * 4, 2)
    assert _files(dask_out) == _files(tmp_path / "ref")
    errors = [json.loads(x) for x in (dask_out / "errors.jsonl").read_text().splitlines()]
    assert sorted(e["path"] for e in errors) == ["src/empty.txt", "src/scan.pdf"]
    # Resume works the same on Dask: nothing left to do.
    again = convert(
        [src], Options(**{**base.__dict__, "out": dask_out, "engine": "dask", "resume": True})
    )
    assert (again.converted, again.skipped, again.failed) == (0, len(SEEDS) * 4, 2)
