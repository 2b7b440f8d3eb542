"""Scraped listings (.txt): titles, abstracts and page chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Paper, Skipped
from kg.read import iter_papers
from kg.read.listing import is_chrome, is_prose

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def _split(items):
    papers = [item for item in items if isinstance(item, Paper)]
    skipped = [item for item in items if isinstance(item, Skipped)]
    return papers, skipped


def test_read_listing_blank_separated_pairs_titles_with_abstracts():
    papers, skipped = _split(list(iter_papers(FIXTURES / "listing_blank.txt")))
    assert [p.title for p in papers] == [
        "FooNet: Learned Pooling for Image Classification",
        "BarPrompt: Verified Decomposition for Arithmetic Reasoning",
        "Curvature-Guided Rewiring for Graph Neural Networks",
    ]
    # Source line is the title's 1-based line number.
    assert [p.sources[0].line for p in papers] == [11, 21, 29]
    assert all(p.abstract.startswith(("We propose", "Large language", "Graph neural"))
               for p in papers)


def test_read_listing_reports_stray_title_and_stray_abstract():
    _, skipped = _split(list(iter_papers(FIXTURES / "listing_blank.txt")))
    assert [(s.source.line, s.reason.split(":")[0]) for s in skipped] == [
        (27, "title without an abstract"),
        (33, "abstract-like text without a title before it"),
    ]


def test_read_listing_truncated_abstract_is_kept_and_marked():
    papers, _ = _split(list(iter_papers(FIXTURES / "listing_blank.txt")))
    curvature = papers[2]
    assert curvature.truncated is True
    assert curvature.abstract.endswith("together with ...")
    assert not papers[0].truncated


def test_read_listing_without_blank_lines_and_glued_subscribe():
    notices = []
    papers, skipped = _split(list(iter_papers(FIXTURES / "listing_dense.txt",
                                              on_notice=notices.append)))
    assert not skipped
    assert papers[0].title == "AccentBench: Evaluating Speech Recognition on Accented English"
    assert papers[0].sources[0].line == 3
    assert any("Subscribe" in n.message for n in notices)


@pytest.mark.parametrize("line", [
    "new", "Subscribe", "Get trending papers in your email inbox!",
    "Get trending papers in your email inbox once a day!", "byAK and the research community",
    "Mar 12", "Mar 12, 2024", "March 3rd", "12 Mar 2024", "Submitted by alice", "17", "1.2k",
    "Upvote 42", "3 days ago", "·",
])
def test_read_listing_chrome_lines_are_recognised(line):
    assert is_chrome(line)


@pytest.mark.parametrize("line", [
    "Modular Deep Learning", "Feature Collapse", "Task Me Anything", "Hybrid Intelligence",
    "Is Prompt All You Need? No. A Comprehensive and Broader View of Instruction Learning",
    "MemGEN: Memory is All You Need", "O1 Replication Journey -- Part 3",
])
def test_read_listing_titles_are_neither_chrome_nor_prose(line):
    assert not is_chrome(line)
    assert not is_prose(line)
