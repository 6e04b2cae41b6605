"""The bundled corpus is the shared material, copied untouched with its provenance."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from conftest import CORPUS, ROOT, corpus_documents

SHARED = ROOT.parent / "shared"


def test_manifest_hashes_match_files() -> None:
    docs = corpus_documents()
    assert len(docs) == 21
    for entry in docs:
        data = (ROOT / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]


def test_every_harvest_document_has_its_provenance() -> None:
    for entry in corpus_documents():
        if entry["group"] == "seed":
            continue
        prov = json.loads((ROOT / entry["provenance"]).read_text(encoding="utf-8"))
        assert prov.get("url") or prov.get("repo"), entry["doc_id"]


def test_corpus_is_identical_to_shared_material_when_present() -> None:
    if not SHARED.exists():
        return
    for path in CORPUS.glob("*/*"):
        if path.name == "manifest.json":
            continue
        original = SHARED / path.parent.name / path.name
        if original.exists():
            assert original.read_bytes() == path.read_bytes(), path


def test_manifest_lists_every_corpus_text() -> None:
    listed = {entry["path"] for entry in corpus_documents()}
    on_disk = {str(p.relative_to(ROOT)) for p in Path(CORPUS).glob("*/*.txt")}
    assert listed == on_disk
