"""``vnplan convert`` end to end on real files: every input ends as an output or an error record.

The archive holds the corpus seeds in every format and encoding plus the bad inputs an archive
really has (empty, binary, undecodable bytes, a truncated zip, ``../`` and link members, a PDF
without text, a 0-byte docx), and the runs happen in a subprocess as a user runs them.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from vnplan_extract.batch import samples
from vnplan_extract.batch.archives import Limits, safe_name
from vnplan_extract.batch.discover import iter_items
from vnplan_extract.models import PlanDocument

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus", "seeds").glob("*.txt"))
BAD_MEMBERS = {
    "bad/empty.txt": b"",
    "bad/binary.txt": bytes(range(256)) * 8,
    "bad/undecodable.txt": b"K\xe1\xba\xbf ho\xff\x81\x8a\x8d \x90\x9d" * 10,
    "bad/zero.docx": b"",
    "bad/image.png": b"\x89PNG\r\n\x1a\n",
    "bad/old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 not a real Word file",
}


def _convert(*args: str | Path, check_rc: int | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "vnplan_extract.cli", "convert", *map(str, args), "--quiet"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if check_rc is not None:
        assert run.returncode == check_rc, run.stderr
    return run


def _zip(members: dict[str, bytes], links: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o120777 << 16  # a symbolic link to /etc/passwd
            zf.writestr(info, "/etc/passwd")
    return buf.getvalue()


def _tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("docs/link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    return buf.getvalue()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``in/``: a zip of every seed in every variant plus bad members, a tar, a truncated zip."""
    root = tmp_path_factory.mktemp("archive") / "in"
    root.mkdir()
    members = {
        f"{variant}/{seed.stem}{samples.SUFFIX[variant]}": samples.make(
            seed.read_text(encoding="utf-8"), variant
        )
        for seed in SEEDS
        for variant in samples.VARIANTS
    }
    members |= BAD_MEMBERS
    members["bad/scan.pdf"] = samples.pdf_bytes(None)
    members["../escape.txt"] = SEEDS[0].read_bytes()
    members["/abs/escape.txt"] = SEEDS[0].read_bytes()
    inner = _zip({"a.txt": SEEDS[1].read_bytes(), "deeper.zip": _zip({"b.txt": b"x"})})
    members["nested/inner.zip"] = inner
    (root / "all.zip").write_bytes(_zip(members, links=("bad/link.txt",)))
    whole = _zip({"a.txt": SEEDS[0].read_bytes(), "b.txt": SEEDS[1].read_bytes()})
    (root / "truncated.zip").write_bytes(whole[: len(whole) // 2])
    (root / "docs.tar.gz").write_bytes(
        _tar({"docs/one.txt": SEEDS[2].read_bytes(), "../../escape.txt": b"x"})
    )
    (root / "loose").mkdir()
    (root / "loose" / "seed.md").write_bytes(SEEDS[3].read_bytes())
    return root


def _expected_keys(root: Path) -> set[str]:
    return {item.key for item in iter_items([root], Limits())}


def _outputs(out: Path) -> dict[str, Path]:
    return {
        p.relative_to(out).as_posix().removesuffix(".json"): p
        for p in out.rglob("*.json")
        if p.parent != out / "tables"
    }


def _errors(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_input_ends_as_an_output_or_an_error(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    before = {p for p in tmp_path.parent.rglob("*")}
    run = _convert(archive, "--out", out, "--workers", "2", check_rc=1)
    outputs, errors = _outputs(out), _errors(out / "errors.jsonl")
    error_keys = {e["path"] for e in errors}
    expected = _expected_keys(archive)
    # None lost, none twice.
    assert set(outputs) | error_keys == expected
    assert not set(outputs) & error_keys
    assert len(errors) == len(error_keys)
    # Seeds in every variant converted; each bad input has its record.
    for seed in SEEDS:
        for variant in samples.VARIANTS:
            assert f"in/all.zip/{variant}/{seed.stem}{samples.SUFFIX[variant]}" in outputs
    kinds = {e["path"].removeprefix("in/"): e["error_type"] for e in errors}
    assert kinds["all.zip/bad/empty.txt"] == "read_error"
    assert kinds["all.zip/bad/binary.txt"] == "read_error"
    assert kinds["all.zip/bad/undecodable.txt"] == "read_error"
    assert kinds["all.zip/bad/zero.docx"] == "read_error"
    assert kinds["all.zip/bad/image.png"] == "unsupported_format"
    assert kinds["all.zip/bad/old.doc"] == "read_error"  # no LibreOffice, or not convertible
    assert kinds["all.zip/bad/link.txt"] == "unsafe_link"
    assert kinds["all.zip/../escape.txt"] == "unsafe_path"
    assert kinds["all.zip//abs/escape.txt"] == "unsafe_path"
    assert kinds["all.zip/nested/inner.zip/deeper.zip"] == "nested_archive"
    assert kinds["truncated.zip"] == "bad_archive"
    assert kinds["docs.tar.gz/../../escape.txt"] == "unsafe_path"
    assert kinds["docs.tar.gz/docs/link.txt"] == "unsafe_link"
    scan = next(e for e in errors if e["path"].endswith("scan.pdf"))
    assert "scanned PDF without a text layer" in scan["message"]
    assert "in/all.zip/nested/inner.zip/a.txt" in outputs  # one level of nesting is read
    # Nothing written outside the output folder.
    after = {p for p in tmp_path.parent.rglob("*")}
    assert {p for p in after - before if not p.is_relative_to(out)} == set()
    assert not any(p.name == "escape.txt.json" for p in after)
    # Every output is a valid document whose hash is its input's.
    for key, path in outputs.items():
        doc = PlanDocument.model_validate_json(path.read_text(encoding="utf-8"))
        assert doc.source.path == key
    assert "failed: " in run.stderr and "errors.jsonl" in run.stderr


def test_allow_partial_and_jsonl(archive: Path, tmp_path: Path) -> None:
    jsonl = tmp_path / "docs.jsonl"
    _convert(archive, "--jsonl", jsonl, "--workers", "2", "--allow-partial", check_rc=0)
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    errors = _errors(tmp_path / "errors.jsonl")
    keys = {json.loads(line)["source"]["path"] for line in lines}
    assert keys | {e["path"] for e in errors} == _expected_keys(archive)
    assert len(keys) == len(lines)
    assert not list(tmp_path.glob("*.partial"))


def test_clean_input_exits_zero_and_csv_tables(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    import pandas as pd

    src = tmp_path / "src"
    src.mkdir()
    for seed in SEEDS:
        (src / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    _convert(src, "--out", out, "--format", "csv", check_rc=0)
    documents = pd.read_csv(out / "tables" / "documents.csv")
    assert sorted(documents["doc_id"]) == sorted(f"src/{s.name}" for s in SEEDS)
    sections = pd.read_csv(out / "tables" / "sections.csv")
    per_doc = sections.groupby("doc_id").size().to_dict()
    for key, path in _outputs(out).items():
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert per_doc.get(key, 0) == len(doc["sections"])
    for name in ("references", "time_expressions", "organizations", "tasks"):
        assert (out / "tables" / f"{name}.csv").exists()


def _corpus_folder(root: Path, copies: int) -> Path:
    """A folder of ``copies`` documents per seed in text, docx and pdf (PDFs make it slow)."""
    root.mkdir()
    for seed in SEEDS:
        text = seed.read_text(encoding="utf-8")
        for variant in ("utf8", "docx", "pdf"):
            data = samples.make(text, variant)
            for i in range(copies):
                (root / f"{seed.stem}-{i}{samples.SUFFIX[variant]}").write_bytes(data)
    return root


def test_killed_run_resumes_to_the_same_outputs(tmp_path: Path) -> None:
    src = _corpus_folder(tmp_path / "src", copies=4)
    full, resumed = tmp_path / "full", tmp_path / "resumed"
    _convert(src, "--out", full, "--workers", "1", check_rc=0)
    cmd = [sys.executable, "-m", "vnplan_extract.cli", "convert", str(src), "--out", str(resumed)]
    proc = subprocess.Popen(
        [*cmd, "--workers", "2", "--quiet"], start_new_session=True, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while len(_outputs(resumed)) < 5 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers, as a kill -9 would
    proc.wait()
    done_before = _outputs(resumed)
    assert 0 < len(done_before) < len(_outputs(full)), "the run was not killed part way"
    for path in done_before.values():  # no half-written file
        PlanDocument.model_validate_json(path.read_text(encoding="utf-8"))
    run = _convert(src, "--out", resumed, "--workers", "2", "--resume", check_rc=0)
    assert f"skipped (resume): {len(done_before)}" in run.stderr
    a, b = _outputs(full), _outputs(resumed)
    assert set(a) == set(b)
    for key in a:
        assert a[key].read_bytes() == b[key].read_bytes(), key
    assert not [p for p in resumed.rglob("*") if p.name.endswith((".tmp", ".partial"))]
    # A changed input is converted again; an unchanged one is not.
    changed = next(src.glob("*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    run = _convert(src, "--out", resumed, "--workers", "2", "--resume", check_rc=0)
    assert "converted: 1," in run.stderr


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("a/b.txt", "a/b.txt"),
        ("./a//b.txt", "a/b.txt"),
        ("../a.txt", None),
        ("a/../../b.txt", None),
        ("/etc/passwd", None),
        ("C:/x.txt", None),
        ("a\\..\\b.txt", None),
        ("", None),
    ],
)
def test_safe_name(raw: str, safe: str | None) -> None:
    assert safe_name(raw) == safe


def test_size_limits(tmp_path: Path) -> None:
    big = tmp_path / "big.zip"
    big.write_bytes(_zip({"a.txt": b"a" * 5000, "b.txt": b"b" * 10}))
    items = {i.key: i for i in iter_items([big], Limits(member_bytes=1000))}
    assert items["big.zip/a.txt"].error is not None
    assert items["big.zip/a.txt"].error[0] == "too_large"
    assert items["big.zip/b.txt"].data == b"b" * 10
    items = {i.key: i for i in iter_items([big], Limits(archive_bytes=100))}
    assert items["big.zip"].error is not None
    assert items["big.zip"].error[0] == "bad_archive"


def test_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnplan_extract import pipeline
    from vnplan_extract.batch.work import process_document

    def slow(*args: object, **kwargs: object) -> None:
        time.sleep(5)

    monkeypatch.setattr(pipeline, "parse_text", slow)
    outcome = process_document("a.txt", SEEDS[0].read_bytes(), time_limit=0.2)
    assert outcome.error_type == "timeout"
    assert outcome.seconds < 2


def test_parse_crash_is_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnplan_extract import pipeline
    from vnplan_extract.batch.work import process_document

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(pipeline, "parse_text", broken)
    outcome = process_document("a.txt", SEEDS[0].read_bytes())
    assert (outcome.ok, outcome.error_type) == (False, "parse_error")
    assert "KeyError" in (outcome.message or "")


def test_jsonl_resume_drops_a_cut_line(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for seed in SEEDS:
        (src / seed.name).write_bytes(seed.read_bytes())
    full = tmp_path / "full.jsonl"
    _convert(src, "--jsonl", full, "--workers", "1", check_rc=0)
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    # A killed run: two whole lines and half of the third in the partial file, no final file.
    cut = tmp_path / "cut.jsonl"
    Path(f"{cut}.partial").write_text("".join(lines[:2]) + lines[2][:100], encoding="utf-8")
    run = _convert(src, "--jsonl", cut, "--workers", "1", "--resume", check_rc=0)
    assert "skipped (resume): 2" in run.stderr
    assert sorted(cut.read_text(encoding="utf-8").splitlines()) == sorted(
        full.read_text(encoding="utf-8").splitlines()
    )
    assert not Path(f"{cut}.partial").exists()


def _crash_on_marker(key: str, data: bytes, time_limit: float | None = None) -> object:
    from vnplan_extract.batch.work import process_document

    if b"CRASH-THIS-WORKER" in data:
        os._exit(1)  # a worker killed by the OOM killer looks like this
    return process_document(key, data, time_limit)


def test_a_dead_worker_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnplan_extract.batch import engines

    monkeypatch.setattr(engines, "process_document", _crash_on_marker)
    jobs = [(f"{i}.txt", SEEDS[i % len(SEEDS)].read_bytes()) for i in range(24)]
    jobs.insert(3, ("crash.txt", b"CRASH-THIS-WORKER"))
    outcomes = {o.key: o for o in engines.run_processes(iter(jobs), 2, None)}
    assert set(outcomes) == {key for key, _ in jobs}  # none lost
    assert outcomes["crash.txt"].error_type == "worker_crash"
    # Documents in flight with it are lost with the pool (recorded); a new pool does the rest.
    assert outcomes["23.txt"].ok
