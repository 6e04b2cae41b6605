"""Shared fixtures: the bundled corpus, read as the offsets see it (bytes decoded, nothing else)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def corpus_documents() -> list[dict[str, str]]:
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    return manifest["documents"]


def corpus_text(doc_id: str) -> str:
    for entry in corpus_documents():
        if entry["doc_id"] == doc_id:
            return (ROOT / entry["path"]).read_bytes().decode("utf-8")
    raise KeyError(doc_id)


CORPUS_IDS = [d["doc_id"] for d in corpus_documents()]
SEED_IDS = [d for d in CORPUS_IDS if d[:3].isdigit()]


@pytest.fixture(scope="session")
def parsed_corpus():
    from vnplan_extract import parse_text

    return {doc_id: parse_text(corpus_text(doc_id)) for doc_id in CORPUS_IDS}
