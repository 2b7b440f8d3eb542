"""The extraction cache: hits and misses, invalidation, damage detection, concurrent writers."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from kg import api, cache as cache_module
from kg.cache import ExtractionCache, extractor_fingerprint
from kg.extract import EXTRACTOR_VERSION
from kg.extract.run import extract_local
from kg.model import Evidence, Extraction, Kind, Mention, Paper, ResultMention, Role

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _paper(i: int, abstract: str | None = None) -> Paper:
    return Paper(f"p{i}", f"Title {i}", abstract or f"We propose Net{i} and test it on CIFAR-10.")


def _extraction(paper: Paper) -> Extraction:
    start = paper.abstract.index("Net")
    evidence = Evidence("abstract", start, start + 5, paper.abstract, "test", 0.9)
    mention = Mention(paper.id, Kind.METHOD, Role.PROPOSES, paper.abstract[start:start + 5],
                      evidence, aliases=("N",))
    result = ResultMention(paper.id, "accuracy", "90%", "CIFAR-10", evidence)
    return Extraction(paper.id, (mention,), (result,))


def _store(directory: Path, papers: list[Paper], version: str = "v1") -> None:
    cache = ExtractionCache(directory, version)
    cache.put_many((p, _extraction(p)) for p in papers)
    cache.close()


def _lookup(directory: Path, papers: list[Paper], version: str = "v1"
            ) -> tuple[dict[str, Extraction], ExtractionCache]:
    cache = ExtractionCache(directory, version)
    try:
        return cache.get_many(papers), cache
    finally:
        cache.close()


def test_cache_hit_and_miss(tmp_path):
    papers = [_paper(i) for i in range(3)]
    _store(tmp_path, papers[:2])
    found, cache = _lookup(tmp_path, papers)
    assert found == {p.id: _extraction(p) for p in papers[:2]}
    assert cache.hits == 2 and cache.damaged == 0


def test_cache_edited_abstract_misses(tmp_path):
    _store(tmp_path, [_paper(1)])
    found, _ = _lookup(tmp_path, [_paper(1, "We propose Net1 v2, a different text.")])
    assert found == {}


@pytest.mark.parametrize("version", ["v2", "rules-2"])
def test_cache_new_extractor_version_invalidates(tmp_path, version):
    papers = [_paper(i) for i in range(3)]
    _store(tmp_path, papers, "v1")
    assert _lookup(tmp_path, papers, version)[0] == {}
    assert len(_lookup(tmp_path, papers, "v1")[0]) == 3


def test_cache_fingerprint_covers_rules_and_vocabulary(tmp_path, monkeypatch):
    package = tmp_path / "kg"
    (package / "extract").mkdir(parents=True)
    (package / "data").mkdir()
    (package / "extract" / "rules.py").write_text("THRESHOLD = 0.5\n")
    (package / "data" / "methods.tsv").write_text("surface\tdf\nResNet\t9\n")
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    fingerprint = extractor_fingerprint.__wrapped__
    before = fingerprint("v1")
    assert before.startswith("v1+") and fingerprint("v1") == before
    (package / "extract" / "rules.py").write_text("THRESHOLD = 0.6\n")
    after_rule = fingerprint("v1")
    (package / "data" / "methods.tsv").write_text("surface\tdf\nResNet\t9\nViT\t3\n")
    after_data = fingerprint("v1")
    assert len({before, after_rule, after_data}) == 3


@pytest.mark.parametrize("damage", [
    "UPDATE extraction SET checksum = '0000000000000000'",  # checksum mismatch
    "UPDATE extraction SET body = substr(body, 1, 40)",  # truncated body
])
def test_cache_damaged_entry_is_dropped_and_recomputed(tmp_path, damage):
    papers = [_paper(i) for i in range(3)]
    _store(tmp_path, papers)
    with sqlite3.connect(tmp_path / "extractions.sqlite") as db:
        db.execute(f"{damage} WHERE rowid = (SELECT min(rowid) FROM extraction)")
    found, cache = _lookup(tmp_path, papers)
    assert len(found) == 2 and cache.damaged == 1
    assert all(found[p] == _extraction(q) for q in papers for p in found if p == q.id)
    # The damaged row is gone, so the next lookup is a clean miss for that paper.
    found_again, cache = _lookup(tmp_path, papers)
    assert len(found_again) == 2 and cache.damaged == 0


def test_cache_truncated_body_with_matching_checksum_is_rejected(tmp_path):
    paper = _paper(1)
    _store(tmp_path, [paper])
    body = '{"paper_id":"p1","mentions":[{"paper_id"'
    with sqlite3.connect(tmp_path / "extractions.sqlite") as db:
        db.execute("UPDATE extraction SET body = ?, checksum = ?",
                   (body, cache_module._checksum(body)))
    found, cache = _lookup(tmp_path, [paper])
    assert found == {} and cache.damaged == 1


def test_cache_entry_for_another_paper_is_rejected(tmp_path):
    a, b = _paper(1), _paper(2)
    _store(tmp_path, [a, b])
    with sqlite3.connect(tmp_path / "extractions.sqlite") as db:
        (body, checksum), = db.execute("SELECT body, checksum FROM extraction WHERE key = ?",
                                       (cache_module.paper_key(b, extractor_fingerprint("v1")),))
        db.execute("UPDATE extraction SET body = ?, checksum = ? WHERE key = ?",
                   (body, checksum, cache_module.paper_key(a, extractor_fingerprint("v1"))))
    found, _ = _lookup(tmp_path, [a, b])
    assert set(found) == {"p2"}


def test_cache_garbage_file_is_moved_aside_and_replaced(tmp_path):
    (tmp_path / "extractions.sqlite").write_bytes(b"this is not sqlite" * 300)
    papers = [_paper(i) for i in range(2)]
    found, cache = _lookup(tmp_path, papers)
    assert found == {} and cache.damaged == 1
    assert (tmp_path / "extractions.damaged").exists()
    _store(tmp_path, papers)
    assert len(_lookup(tmp_path, papers)[0]) == 2


def test_cache_malformed_pages_are_detected(tmp_path):
    papers = [_paper(i, f"We propose Net{i}. " + "padding " * 200) for i in range(300)]
    _store(tmp_path, papers)
    path = tmp_path / "extractions.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    assert len(data) > 40 * 4096
    for page in range(2, len(data) // 4096, 3):  # scribble over every third page
        data[page * 4096:page * 4096 + 512] = b"\xa5" * 512
    path.write_bytes(bytes(data))
    cache = ExtractionCache(tmp_path, "v1")
    found = cache.get_many(papers)
    cache.close()
    # Whatever was still readable is intact; the rest is recomputed by the caller.
    assert all(found[p.id] == _extraction(p) for p in papers if p.id in found)
    assert cache.damaged >= 1


def test_cache_build_recomputes_damaged_entries(tmp_path):
    from kg.read import read_sources

    papers = list(read_sources([SEEDS]).papers)[:20]
    options = api.Options(jobs=1, cache_dir=tmp_path)
    fresh = extract_local(papers, 1)
    report = api.Report()
    assert api.extract_all(papers, options, report) == fresh and report.cache_hits == 0
    with sqlite3.connect(tmp_path / "extractions.sqlite") as db:
        db.execute("UPDATE extraction SET body = substr(body, 1, 30) WHERE rowid % 4 = 0")
    report = api.Report()
    assert api.extract_all(papers, options, report) == fresh
    assert report.cache_hits == 15
    report = api.Report()
    assert api.extract_all(papers, options, report) == fresh and report.cache_hits == 20


def _writer(directory: str, start: int, rounds: int) -> None:
    papers = [_paper(i) for i in range(60)]
    for r in range(rounds):
        cache = ExtractionCache(directory, EXTRACTOR_VERSION)
        # Overlapping batches: both processes write the same keys, in a different order.
        batch = papers[(start + 7 * r) % 60:] + papers[:(start + 7 * r) % 60]
        cache.put_many((p, _extraction(p)) for p in batch[:25])
        cache.get_many(papers)
        cache.close()


def test_cache_two_processes_writing_concurrently(tmp_path):
    ctx = multiprocessing.get_context("spawn")  # fresh interpreters: no shared connection
    workers = [ctx.Process(target=_writer, args=(str(tmp_path), start, 15)) for start in (0, 30)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    with sqlite3.connect(tmp_path / "extractions.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    papers = [_paper(i) for i in range(60)]
    found, cache = _lookup(tmp_path, papers, EXTRACTOR_VERSION)
    assert cache.damaged == 0 and cache.unavailable == 0
    assert found == {p.id: _extraction(p) for p in papers}


def test_cache_unusable_directory_is_skipped(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = ExtractionCache(blocker / "cache", "v1")
    assert cache.unavailable == 1
    assert cache.get_many([_paper(1)]) == {}
    cache.put_many([(_paper(1), _extraction(_paper(1)))])
    cache.close()


def _generations(directory: Path) -> set[str]:
    with sqlite3.connect(directory / "extractions.sqlite") as db:
        return {row[0] for row in db.execute("SELECT DISTINCT generation FROM extraction")}


def test_cache_keeps_only_the_most_recent_generations(tmp_path):
    papers = [_paper(i) for i in range(3)]
    for version in ("v1", "v2", "v3", "v4"):
        _store(tmp_path, papers, version)
    fingerprint = extractor_fingerprint
    assert _generations(tmp_path) == {fingerprint(v) for v in ("v2", "v3", "v4")}
    # v1 is gone; opening it again makes it the most recent, so now v2 goes
    assert _lookup(tmp_path, papers, "v1")[0] == {}
    assert _generations(tmp_path) == {fingerprint("v3"), fingerprint("v4")}
    assert len(_lookup(tmp_path, papers, "v4")[0]) == 3


def test_cache_two_installs_sharing_a_cache_keep_their_entries(tmp_path):
    papers = [_paper(i) for i in range(3)]
    for _ in range(5):
        for version in ("v1", "v2"):
            _store(tmp_path, papers, version)
    assert len(_lookup(tmp_path, papers, "v1")[0]) == 3
    assert len(_lookup(tmp_path, papers, "v2")[0]) == 3


def test_cache_pruned_pages_are_given_back(tmp_path):
    papers = [_paper(i, f"We propose Net{i}. " + "padding " * 200) for i in range(200)]
    path = tmp_path / "extractions.sqlite"

    def pages() -> int:
        with sqlite3.connect(path) as db:
            return db.execute("PRAGMA page_count").fetchone()[0]

    for version in ("v1", "v2", "v3"):
        _store(tmp_path, papers, version)
    full = pages()
    _lookup(tmp_path, papers, "v4")  # a new version: v1's entries go
    assert pages() < 0.8 * full


def test_cache_from_before_generations_is_migrated(tmp_path):
    with sqlite3.connect(tmp_path / "extractions.sqlite") as db:
        db.execute("CREATE TABLE extraction (key TEXT PRIMARY KEY, checksum TEXT, body TEXT)")
        db.execute("INSERT INTO extraction VALUES ('old', '0', '[]')")
    papers = [_paper(i) for i in range(3)]
    _store(tmp_path, papers)
    with sqlite3.connect(tmp_path / "extractions.sqlite") as db:
        assert db.execute("SELECT count(*) FROM extraction WHERE key = 'old'").fetchone() == (0,)
    assert len(_lookup(tmp_path, papers)[0]) == 3
