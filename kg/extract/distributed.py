"""Run per-chunk extraction on a Dask cluster (``kg build --engine dask``).

    run_on_dask(papers, fn, chunks, scheduler, jobs, progress) -> list[Extraction]

With ``scheduler=None`` a LocalCluster is started on this machine (``jobs`` worker processes,
one thread each, no dashboard) and shut down afterwards; with ``"tcp://host:8786"`` the client
joins an existing cluster and leaves it running. Chunks are scattered to the workers, ``fn``
(a module-level function, so workers import it by name: they need the same kg installed) runs
once per chunk, and the results come back in input order, so the graph is the same as with the
local engine. Workers must report the same extractor fingerprint as this process, or their output
would differ from a local run and poison the cache; a mismatch stops the run before any work.

Dask is an optional dependency (``pip install 'kg[dask]'``); it is imported only here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from kg.errors import EngineError
from kg.model import Extraction, Paper

Progress = Callable[[int], None]
ChunkFn = Callable[[list[Paper]], list[Extraction]]
CONNECT_TIMEOUT = "30s"  # how long to keep trying an unreachable scheduler


def worker_version() -> str:
    """The extractor a process runs: version + hash of kg.extract's source and data (the
    cache's fingerprint), so a worker with edited rules is caught, not just another release."""
    from kg.cache import extractor_fingerprint
    from kg.extract import EXTRACTOR_VERSION

    return extractor_fingerprint(EXTRACTOR_VERSION)


def run_on_dask(papers: Sequence[Paper], fn: ChunkFn, chunks: Sequence[list[Paper]],
                scheduler: str | None, jobs: int, progress: Progress | None = None,
                ) -> list[Extraction]:
    """``fn`` over every chunk on a Dask cluster; the extractions in input (chunk) order.

    ``papers`` is the flat input the chunks were cut from; it is used only to check that the
    chunks cover it.
    """
    if sum(len(chunk) for chunk in chunks) != len(papers):
        raise ValueError("chunks do not cover the papers exactly")
    if not chunks:
        return []
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise EngineError("--engine dask needs dask.distributed: pip install 'kg[dask]' "
                          "(dask==2026.8.0, distributed==2026.8.0)") from None

    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler or 'a LocalCluster'}: "
                          f"{exc}; start it with `dask-scheduler` or check the address") from None
    try:
        with client:
            _check_workers(client, worker_version())
            return _map_in_order(client, fn, chunks, progress, as_completed)
    finally:
        if cluster is not None:
            cluster.close()


def _check_workers(client, expected: str) -> None:
    """Raise EngineError unless every worker imports kg and runs extractor ``expected``."""
    client.wait_for_workers(1, timeout="120s")
    try:
        versions = client.run(worker_version)
    except (ImportError, ModuleNotFoundError) as exc:
        raise EngineError(f"a Dask worker cannot import kg ({exc}); install the same kg on "
                          "every worker") from None
    wrong = sorted(f"{addr} ({version})" for addr, version in versions.items()
                   if version != expected)
    if wrong:
        raise EngineError(f"Dask workers run another kg extractor than this client "
                          f"({expected}): {', '.join(wrong)}; install the same kg version on "
                          "every worker")


def _map_in_order(client, fn: ChunkFn, chunks: Sequence[list[Paper]],
                  progress: Progress | None, as_completed) -> list[Extraction]:
    # Scatter the input (not embedded in the task graph), one future per chunk; results are
    # collected as they finish, slotted by chunk index, and released at once to free workers.
    data = client.scatter(list(chunks))
    futures = client.map(fn, data, pure=False)
    index = {future.key: i for i, future in enumerate(futures)}
    slots: list[list[Extraction] | None] = [None] * len(chunks)
    for future in as_completed(futures):
        result = future.result()  # re-raises the worker's exception here
        slots[index[future.key]] = result
        future.release()
        if progress:
            progress(len(result))
    client.cancel(data)
    out: list[Extraction] = []
    for chunk, result in zip(chunks, slots):
        if result is None or len(result) != len(chunk):
            raise EngineError("a Dask task returned no or partial results; re-run the build")
        out.extend(result)
    return out
