"""Run extraction over many papers: cache look-up, then local processes (or a Dask cluster)
for the misses, results back in input order so every engine gives identical output."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from multiprocessing import get_context

from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import extract_paper
from kg.model import Extraction, Paper

Progress = Callable[[int], None]
_CHUNK = 64


def _extract_chunk(papers: list[Paper]) -> list[Extraction]:
    lexicon = load_lexicon()
    return [extract_paper(paper, lexicon) for paper in papers]


def _chunks(papers: Sequence[Paper], size: int) -> list[list[Paper]]:
    return [list(papers[i:i + size]) for i in range(0, len(papers), size)]


def extract_local(papers: Sequence[Paper], jobs: int, progress: Progress | None = None
                  ) -> list[Extraction]:
    chunks = _chunks(papers, _CHUNK)
    out: list[Extraction] = []
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            out.extend(_extract_chunk(chunk))
            if progress:
                progress(len(chunk))
        return out
    load_lexicon()  # loaded once in the parent; forked workers share it
    with get_context("fork").Pool(jobs) as pool:
        for result in pool.imap(_extract_chunk, chunks):
            out.extend(result)
            if progress:
                progress(len(result))
    return out


def extract_dask(papers: Sequence[Paper], scheduler: str | None, jobs: int,
                 progress: Progress | None = None) -> list[Extraction]:
    from kg.extract.distributed import run_on_dask

    return run_on_dask(papers, _extract_chunk, _chunks(papers, _CHUNK * 4), scheduler, jobs,
                       progress)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
