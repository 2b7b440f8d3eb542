"""Copies of one paper -> one Paper whose ``sources`` lists every copy.

Two records are the same paper when their titles have the same key (``text.title_key``: NFKC,
case-folded, letters and digits only) or they give the same arXiv id. The merged paper's
text comes from its best copy, chosen without regard to reading order, so the result (other
than the order of ``sources``) is the same whichever file is read first:

* a complete abstract beats a truncated one, a longer one beats a shorter one, and among equal
  lengths the first in code-point order wins;
* the id is the smallest arXiv id any copy gives, else the title hash;
* metadata is the best copy's, with keys only other copies have filled in.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Paper
from kg.read.report import Notice
from kg.read.text import title_id


def _best(copies: list[Paper]) -> Paper:
    return min(copies, key=lambda p: (p.truncated, -len(p.abstract), p.abstract))


def _where(paper: Paper) -> str:
    source = paper.sources[0]
    return f"{source.path}:{source.line}"


SHOWN_PLACES = 3


def _places(copies: list[Paper]) -> str:
    shown = ", ".join(_where(copy) for copy in copies[:SHOWN_PLACES])
    more = len(copies) - SHOWN_PLACES
    return f"{shown} and {more} more" if more > 0 else shown


class Merger:
    def __init__(self) -> None:
        self._groups: list[list[Paper]] = []
        self._by_title: dict[str, int] = {}
        self._by_id: dict[str, int] = {}
        self.merged = 0

    def add(self, paper: Paper) -> None:
        arxiv = paper.id.startswith("arxiv:")
        # A title id is a hash of the title key, so it stands for the key (saves recomputing).
        key = title_id(paper.title) if arxiv else paper.id
        index = self._by_title.get(key)
        if index is None and arxiv:
            index = self._by_id.get(paper.id)
        if index is None:
            index = len(self._groups)
            self._groups.append([paper])
        else:
            self._groups[index].append(paper)
            self.merged += 1
        self._by_title.setdefault(key, index)
        if arxiv:
            self._by_id.setdefault(paper.id, index)

    def papers(self) -> tuple[tuple[Paper, ...], tuple[Notice, ...]]:
        papers, notices = [], []
        for copies in self._groups:
            if len(copies) == 1:
                papers.append(copies[0])
                continue
            best = _best(copies)
            arxiv = sorted(p.id for p in copies if p.id.startswith("arxiv:"))
            metadata = dict(best.metadata)
            for copy in copies:
                for key, value in copy.metadata.items():
                    metadata.setdefault(key, value)
            papers.append(replace(
                best,
                id=arxiv[0] if arxiv else best.id,
                sources=tuple(s for copy in copies for s in copy.sources),
                metadata=metadata,
            ))
            others = [c for c in copies if c.abstract != best.abstract]
            if others:
                why = "longest" if best.truncated else "longest complete"
                notices.append(Notice(
                    best.sources[0],
                    f"'{best.title[:60]}' appears {len(copies)} times with different abstracts "
                    f"(also at {_places(others)}); kept the {why} one",
                ))
        return tuple(papers), tuple(notices)
