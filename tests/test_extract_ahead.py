"""Extraction ahead (kg.api._extract_ahead): on a rebuild, the papers of the files read afresh
are extracted by forked workers while this process loads the other files' snapshots. Whatever
the work ahead does, the build writes the bytes a fresh build writes."""

from __future__ import annotations

import multiprocessing
import shutil

import pytest

from kg import api
from kg.extract import run
from kg.read import iter_papers

from rebuilds import (FIRST, SECOND, assert_same_as_fresh, build, corpus,  # noqa: F401
                      write_jsonl)


@pytest.fixture
def spied(monkeypatch) -> dict[str, list]:
    """What was handed to the work ahead, and to the usual extraction afterwards."""
    seen: dict[str, list] = {"ahead": [], "local": []}

    class Spy(api.ExtractionAhead):
        def __init__(self, papers, workers):
            seen["ahead"].append(([p.id for p in papers], workers))
            super().__init__(papers, workers)

    def local(papers, jobs, progress=None):
        seen["local"].append([p.id for p in papers])
        return run.extract_local(papers, jobs, progress)

    monkeypatch.setattr(api, "ExtractionAhead", Spy)
    monkeypatch.setattr(api, "extract_local", local)
    return seen



def test_a_new_files_papers_are_extracted_ahead_and_not_again(corpus, tmp_path, spied):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache, jobs=2)
    assert spied["ahead"] == []  # nothing read before: nothing to overlap with
    spied["local"].clear()
    shutil.copy(SECOND, corpus)
    report = build(corpus, out, cache, jobs=2)
    (ahead, workers), = spied["ahead"]
    second = {p.id for p in iter_papers(SECOND) if isinstance(p, api.Paper)}
    assert workers == 1 and ahead and set(ahead) <= second
    assert spied["local"] == [[]]  # every new paper came from the work ahead
    assert report.snapshot_files == 1 and report.cache_hits == report.papers - len(set(ahead))
    assert_same_as_fresh(corpus, out, tmp_path)


def test_a_paper_merged_with_an_older_copy_is_extracted_as_merged(tmp_path, spied):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paper = {"title": "Zorg Nets for Glyphs", "abstract": "We propose ZorgNet."}
    others = [{"title": f"Blorp Sampling {n}", "abstract": f"We introduce Blorp-{n}, a sampler."}
              for n in range(8)]
    write_jsonl(corpus / "a.jsonl", [paper, *others])
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache, jobs=2)
    # the new file's copy (shorter, with an arXiv id) is read ahead as it stands; the merged
    # paper is the old copy's text under the new copy's id: neither was extracted before
    write_jsonl(corpus / "b.jsonl", [
        {**paper, "abstract": "ZorgNet.", "arxiv_id": "2401.01234"},
        {"title": "Quux Trees", "abstract": "We present QuuxTree."}])
    spied["local"].clear()
    build(corpus, out, cache, jobs=2)
    (ahead, _), = spied["ahead"]
    assert len(ahead) == 2 and len(spied["local"][0]) == 1
    assert_same_as_fresh(corpus, out, tmp_path)


def _broken(papers):
    raise RuntimeError("a worker fell over")


def test_failed_work_ahead_is_done_again_in_the_usual_way(corpus, tmp_path, spied,
                                                           monkeypatch):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache, jobs=2)
    monkeypatch.setattr(api.ExtractionAhead, "work", staticmethod(_broken))
    shutil.copy(SECOND, corpus)
    spied["local"].clear()
    build(corpus, out, cache, jobs=2)
    (ahead, _), = spied["ahead"]
    assert sorted(spied["local"][0]) == sorted(ahead)
    assert_same_as_fresh(corpus, out, tmp_path)


@pytest.mark.parametrize("setting", ["one job", "no cache", "mostly new"])
def test_no_work_ahead_without_a_spare_core_a_cache_or_snapshots_to_load(tmp_path, spied,
                                                                         setting):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    old, new = (SECOND, FIRST) if setting == "mostly new" else (FIRST, SECOND)
    shutil.copy(old, corpus)
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache, jobs=2)
    shutil.copy(new, corpus)  # "mostly new": parsing it twice would cost more than it saves
    build(corpus, out, None if setting == "no cache" else cache,
          jobs=1 if setting == "one job" else 2)
    assert spied["ahead"] == []


def test_a_failed_read_stops_the_work_ahead(corpus, tmp_path, spied, monkeypatch):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache, jobs=2)
    shutil.copy(SECOND, corpus)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "_read", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(corpus, out, cache, jobs=2)
    assert len(spied["ahead"]) == 1
    assert multiprocessing.active_children() == []
