"""Shared by the rebuild tests (test_reuse, test_snapshot): a folder holding the first seed
listing (the ``corpus`` fixture), a build into an output folder with or without a cache, and
the check that its files are the bytes a fresh build writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg import api

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST, SECOND = sorted(SEEDS.glob("*.txt"))


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
