"""Parallel extraction must not change the output: --jobs 1 and --jobs 2 give the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import api
from kg.extract.run import CHUNK, extract_local
from kg.read import read_sources

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _build(out: Path, jobs: int) -> tuple[bytes, bytes]:
    api.build([SEEDS], turtle=out / "graph.ttl", html=None, records=out / "papers.jsonl",
              options=api.Options(jobs=jobs, use_cache=False))
    return (out / "graph.ttl").read_bytes(), (out / "papers.jsonl").read_bytes()


def test_parallel_determinism_seeds_jobs_1_and_2_byte_identical(tmp_path):
    turtle_1, records_1 = _build(tmp_path / "jobs1", 1)
    turtle_2, records_2 = _build(tmp_path / "jobs2", 2)
    assert turtle_1 and records_1
    assert turtle_1 == turtle_2
    assert records_1 == records_2


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_determinism_extractions_in_input_order(jobs):
    papers = list(read_sources([SEEDS]).papers)
    assert len(papers) > 2 * CHUNK  # several chunks, so workers really interleave
    serial = extract_local(papers, 1)
    parallel = extract_local(papers, jobs)
    assert [e.paper_id for e in parallel] == [p.id for p in papers]
    assert parallel == serial


def test_parallel_determinism_more_jobs_than_chunks():
    papers = list(read_sources([SEEDS]).papers)[:3]
    assert extract_local(papers, 8) == extract_local(papers, 1)
    assert extract_local([], 4) == []
