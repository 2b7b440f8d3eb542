"""Run one export in a forked process while the main process writes the others.

The HTML view is computed from the whole graph but written to its own file, so on a machine
with a spare core it can be drawn while the Turtle and the records are written. The forked
child shares the graph copy-on-write; nothing is pickled but the seconds it took or the error
it raised (kg's errors pickle like any exception). Where fork is unavailable, or with one job,
the export simply runs in place when the result is asked for.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from multiprocessing import get_all_start_methods, get_context

# what the forked child runs: set just before forking
_JOB: tuple[Callable[[], object], Callable[[], object] | None] | None = None


def _run(job: Callable[[], object], then: Callable[[], object] | None) -> float:
    """Seconds ``job`` took; ``then`` runs after it, untimed."""
    start = time.perf_counter()
    job()
    seconds = time.perf_counter() - start
    if then is not None:
        then()
    return seconds


def _run_job() -> float:
    return _run(*_JOB)


class Background:
    """``with Background(job, parallel) as task: ...; seconds = task.wait()``. ``then`` runs
    after ``job`` in the same process, outside its timing (kg.snapshot's writes)."""

    def __init__(self, job: Callable[[], object], parallel: bool,
                 then: Callable[[], object] | None = None):
        global _JOB
        self._job = job
        self._then = then
        self._pool = None
        self._result = None
        if parallel and "fork" in get_all_start_methods():
            _JOB = (job, then)
            try:
                self._pool = get_context("fork").Pool(1)
                self._result = self._pool.apply_async(_run_job)
            finally:
                _JOB = None

    def wait(self) -> float:
        """Seconds the job took; re-raises its error."""
        if self._pool is None:
            return _run(self._job, self._then)
        try:
            return self._result.get()
        finally:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> "Background":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:  # the main process failed first: don't leave the child
            self._pool.terminate()
            self._pool.join()
            self._pool = None
