"""The Dask engine: same extractions, in the same order, as the local engine."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from kg import api  # noqa: E402
from kg.extract import distributed as engine  # noqa: E402
from kg.errors import EngineError
from kg.extract.distributed import _check_workers, run_on_dask  # noqa: E402
from kg.extract.run import _chunks, _extract_chunk, extract_dask, extract_local  # noqa: E402
from kg.read import read_sources  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def papers():
    return list(read_sources([SEEDS]).papers)[:60]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None,
                                  silence_logs=logging.ERROR) as local_cluster:
        yield local_cluster


def test_engine_dask_local_cluster_matches_local_engine(papers):
    # scheduler=None: run_on_dask starts (and stops) its own LocalCluster of 2 processes.
    seen = []
    dask_records = extract_dask(papers, None, 2, seen.append)
    assert dask_records == extract_local(papers, 1)
    assert sum(seen) == len(papers)


def test_engine_dask_scheduler_address_keeps_input_order(papers, cluster):
    # Small chunks so that tasks finish out of order on the two workers.
    chunks = _chunks(papers, 7)
    records = run_on_dask(papers, _extract_chunk, chunks, cluster.scheduler_address, 2)
    assert [r.paper_id for r in records] == [p.id for p in papers]
    assert records == extract_local(papers, 1)


def test_engine_dask_build_same_graph_as_local(tmp_path, cluster):
    outputs = {}
    for engine, scheduler in (("local", None), ("dask", cluster.scheduler_address)):
        out = tmp_path / engine
        api.build([SEEDS], turtle=out / "graph.ttl", html=None, records=out / "papers.jsonl",
                  options=api.Options(jobs=2, engine=engine, scheduler=scheduler,
                                      use_cache=False))
        outputs[engine] = ((out / "graph.ttl").read_bytes(), (out / "papers.jsonl").read_bytes())
    assert outputs["dask"] == outputs["local"]


def test_engine_dask_empty_input_starts_nothing():
    assert run_on_dask([], _extract_chunk, [], "tcp://unreachable.invalid:1", 2) == []


def test_engine_dask_version_mismatch_is_refused(cluster):
    with distributed.Client(cluster.scheduler_address) as client:
        _check_workers(client, engine.worker_version())
        with pytest.raises(EngineError, match="another kg extractor"):
            _check_workers(client, "not-a-version")


def test_engine_dask_unreachable_scheduler_is_one_clear_error(papers, monkeypatch):
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", "2s")
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        run_on_dask(papers[:2], _extract_chunk, [papers[:2]], "tcp://127.0.0.1:9", 1)
