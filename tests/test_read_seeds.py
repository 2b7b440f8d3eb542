"""The real scraped seed listings in the repository's seeds/ folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.read import read_sources
from kg.read.listing import is_chrome

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds_report():
    if not SEEDS.is_dir():
        pytest.skip("the repository's seeds/ folder is missing")
    return read_sources([SEEDS])


def test_read_seeds_counts(seeds_report):
    assert seeds_report.files_read == 2
    assert seeds_report.records_read == 340
    assert len(seeds_report.papers) == 337
    assert seeds_report.duplicates_merged == 3
    assert seeds_report.skipped == ()


def test_read_seeds_no_chrome_titles(seeds_report):
    for paper in seeds_report.papers:
        assert not paper.title.startswith(("Subscribe", "Get trending")), paper.title
        assert paper.title.lower() not in {"new", "subscribe"}
        assert not is_chrome(paper.title), paper.title
        assert len(paper.abstract) > 200


def test_read_seeds_first_titles(seeds_report):
    first, second = seeds_report.papers[:2]
    assert first.title == "MindBridge: A Cross-Subject Brain Decoding Framework"
    assert first.sources[0].line == 3
    assert first.abstract.startswith("Brain decoding, a pivotal field in neuroscience")
    assert second.title == ("UniFormerV2: Spatiotemporal Learning by Arming Image ViTs with "
                            "Video UniFormer")
    other_file = [p for p in seeds_report.papers if p.sources[0].path.endswith("004_83957197461c2e34.txt")]
    assert other_file[0].title == "Optimizing Feature Set for Click-Through Rate Prediction"


def test_read_seeds_duplicates_and_truncation(seeds_report):
    merged = sorted(p.title for p in seeds_report.papers if len(p.sources) == 2)
    assert merged == [
        "Flow of Reasoning: Efficient Training of LLM Policy with Divergent Thinking",
        "Masked Thought: Simply Masking Partial Reasoning Steps Can Improve Mathematical "
        "Reasoning Learning of Language Models",
        "Reinforcement Learning for Generative AI: A Survey",
    ]
    truncated = [p for p in seeds_report.papers if p.truncated]
    assert [p.abstract[-3:] for p in truncated] == ["..."]
