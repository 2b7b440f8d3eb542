"""Run extraction over many papers: local processes (or a Dask cluster) for the papers the
cache missed, results back in input order so every engine and every ``jobs`` gives identical
output.

Papers are cut into fixed chunks (a chunk is the unit of work a process receives); each chunk
is extracted by the pure ``extract_paper`` and the chunks are reassembled in input order.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence

from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import extract_paper
from kg.model import Extraction, Paper

Progress = Callable[[int], None]
CHUNK = 64  # papers per local task: ~0.15 s of work, small enough for a smooth progress bar
DASK_CHUNK = 256  # papers per Dask task: fewer, larger tasks amortise the scheduler round trip


def _extract_chunk(papers: list[Paper]) -> list[Extraction]:
    lexicon = load_lexicon()
    return [extract_paper(paper, lexicon) for paper in papers]


def _chunks(papers: Sequence[Paper], size: int) -> list[list[Paper]]:
    return [list(papers[i:i + size]) for i in range(0, len(papers), size)]


def _context():
    # fork shares the loaded lexicon and skips re-importing kg in every worker; where fork is
    # unavailable (Windows) the platform default re-imports, which is slower but equivalent.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def extract_local(papers: Sequence[Paper], jobs: int, progress: Progress | None = None
                  ) -> list[Extraction]:
    """``extract_paper`` over ``papers`` with ``jobs`` processes; results in input order."""
    chunks = _chunks(papers, CHUNK)
    out: list[Extraction] = []
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            out.extend(_extract_chunk(chunk))
            if progress:
                progress(len(chunk))
        return _settled(out)
    load_lexicon()  # loaded once in the parent; forked workers share it
    with _context().Pool(min(jobs, len(chunks))) as pool:
        # imap keeps input order whatever order the workers finish in.
        for result in pool.imap(_extract_chunk, chunks):
            out.extend(result)
            if progress:
                progress(len(result))
    return _settled(out)


class ExtractionAhead:
    """Extraction of papers started before the rest of the input is read, by ``workers``
    forked processes. On a rebuild the new papers are known before the unchanged files'
    snapshots are loaded (seconds of single-core work at 92k papers); extracting them
    meanwhile puts the other core to use. Results are per paper, so a paper whose final
    reading differs (merged with another file's copy) is simply extracted again."""

    work = staticmethod(_extract_chunk)  # what each chunk of papers is given to

    def __init__(self, papers: Sequence[Paper], workers: int):
        load_lexicon()
        self.papers = list(papers)
        self._pool = _context().Pool(workers)
        self._pending = self._pool.map_async(self.work, _chunks(self.papers, CHUNK))

    def results(self) -> list[Extraction] | None:
        """The extractions of ``papers`` in order, or None if the work failed (the caller
        extracts them itself, and meets the same error in the usual way)."""
        try:
            return [e for chunk in self._pending.get() for e in chunk]
        except Exception:  # noqa: BLE001 - re-raised by the caller's own extraction
            return None
        finally:
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def extract_dask(papers: Sequence[Paper], scheduler: str | None, jobs: int,
                 progress: Progress | None = None) -> list[Extraction]:
    """As ``extract_local``, on a Dask cluster (``scheduler``) or a local one (``None``)."""
    from kg.extract.distributed import run_on_dask

    return _settled(run_on_dask(papers, _extract_chunk, _chunks(papers, DASK_CHUNK), scheduler,
                                jobs, progress))


def _settled(extractions: list[Extraction]) -> list[Extraction]:
    """Move everything alive so far (papers, extractions: millions of acyclic objects that live
    until the process ends) out of the cyclic GC's reach. Otherwise every full collection
    during resolution, assembly and export walks them all again: ~30% of post-extraction time
    at 10k papers. They are still freed by reference counting; only garbage cycles already
    made would stay (none are: the records are frozen dataclasses of plain values)."""
    gc.freeze()
    return extractions


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
