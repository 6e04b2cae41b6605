"""The ``vnplan`` command line, run as a real process: JSON out, clear one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

SEED = ROOT / "corpus" / "seeds" / "001_7b5b9aeaa286f595.txt"


def vnplan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vnplan_extract.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_parse_prints_the_document_json() -> None:
    run = vnplan("parse", str(SEED))
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["schema_version"] == "1"
    assert doc["metadata"]["number"] == "83-KH/TU"
    assert doc["text"] == SEED.read_bytes().decode("utf-8")
    assert "\n" not in run.stdout.strip()


def test_parse_pretty_indents() -> None:
    run = vnplan("parse", str(SEED), "--pretty")
    assert run.returncode == 0
    assert run.stdout.startswith('{\n  "schema_version"')


def test_schema_is_the_json_schema_of_the_output() -> None:
    run = vnplan("schema")
    assert run.returncode == 0
    schema = json.loads(run.stdout)
    assert schema["title"] == "PlanDocument"
    for field in (
        "metadata",
        "sections",
        "references",
        "time_expressions",
        "organizations",
        "tasks",
    ):
        assert field in schema["properties"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "blob.txt", bytes(range(256)) * 8), "binary"),
    ],
)
def test_bad_inputs_give_one_clear_line_and_no_traceback(tmp_path: Path, make, message) -> None:
    run = vnplan("parse", str(make(tmp_path)))
    assert run.returncode != 0
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("vnplan: ") and message in lines[0]
    assert "Traceback" not in run.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
