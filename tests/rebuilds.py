"""Shared by the rebuild tests (test_reuse, test_snapshot, test_extract_ahead): a folder
holding the first seed listing (the ``corpus`` fixture), JSON Lines inputs, a build into an
output folder with or without a cache, and the check that its files are the bytes a fresh
build writes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import api

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST, SECOND = sorted(SEEDS.glob("*.txt"))


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    """A JSON Lines input: dicts as JSON, strings as they are (a broken line)."""
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def build(corpus: Path, out: Path, cache: Path | None, jobs: int = 1) -> api.Report:
    options = api.Options(jobs=jobs, cache_dir=cache, use_cache=cache is not None)
    return api.build([corpus], turtle=out / "graph.ttl", html=out / "graph.html",
                     records=out / "papers.jsonl", options=options)


def assert_same_as_fresh(corpus: Path, out: Path, tmp_path: Path) -> api.Report:
    """The three outputs in ``out`` equal a fresh no-cache build's; returns that build's report."""
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    report = build(corpus, fresh, cache=None)
    for name in ("graph.ttl", "papers.jsonl", "graph.html"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    return report


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(FIRST, folder)
    return folder
