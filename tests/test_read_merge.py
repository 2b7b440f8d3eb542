"""De-duplication and ids: one Paper per paper, whatever the order of the inputs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.read import read_sources
from kg.read.text import title_id

FIXTURES = Path(__file__).parent / "fixtures" / "read"
SAFE_ID = re.compile(r"[a-z0-9:.-]+")


def test_read_duplicates_merge_with_both_sources():
    report = read_sources([FIXTURES / "listing_blank.txt", FIXTURES / "listing_dense.txt"])
    foonet = [p for p in report.papers if p.title.lower().startswith("foonet")]
    assert len(foonet) == 1
    assert [(Path(s.path).name, s.line) for s in foonet[0].sources] == [
        ("listing_blank.txt", 11), ("listing_dense.txt", 5)]
    assert report.records_read == len(report.papers) + report.duplicates_merged


def test_read_merge_keeps_longer_complete_abstract(tmp_path):
    short = {"title": "Same Paper", "abstract": "A short abstract that was cut ..."}
    full = {"title": "same paper!", "abstract": "A short abstract that was cut off, in full here.",
            "year": 2024}
    (tmp_path / "a.jsonl").write_text(json.dumps(short) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps(full) + "\n")
    report = read_sources([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])
    (paper,) = report.papers
    assert paper.abstract == full["abstract"] and not paper.truncated
    assert paper.metadata["year"] == 2024 and len(paper.sources) == 2
    assert report.duplicates_merged == 1
    assert any("different abstracts" in n.message for n in report.notices)


def test_read_ids_stable_across_file_order():
    paths = [FIXTURES / "records.jsonl", FIXTURES / "records.json",
             FIXTURES / "listing_blank.txt", FIXTURES / "tree"]
    forward = read_sources(paths)
    backward = read_sources(paths[::-1])
    as_set = lambda report: {(p.id, p.title, p.abstract) for p in report.papers}  # noqa: E731
    assert as_set(forward) == as_set(backward)
    assert all(SAFE_ID.fullmatch(p.id) for p in forward.papers)


def test_read_arxiv_id_wins_over_title_hash_in_merge():
    report = read_sources([FIXTURES / "listing_blank.txt", FIXTURES / "records.json"])
    barprompt = next(p for p in report.papers if p.title.startswith("BarPrompt"))
    assert barprompt.id == "arxiv:2401.01234" and len(barprompt.sources) == 2


def test_read_title_id_ignores_case_punctuation_and_unicode_form():
    assert title_id("FooNet: Learned Pooling") == title_id("foonet — learned  pooling!")
    assert title_id("Café") == title_id("Cafe\u0301")
    assert title_id("FooNet") != title_id("FooNet 2")
