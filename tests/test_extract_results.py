"""Numeric results (kg.extract.results via extract_paper): which measure a number belongs to."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import extract_paper
from kg.model import Paper


def _results(abstract: str) -> list[tuple[str, str]]:
    ex = extract_paper(Paper("p", "T", abstract), load_lexicon())
    return [(r.value, r.metric) for r in ex.results]


@pytest.mark.parametrize("abstract, expected", [
    # "less X cost" is a cost reduction, not the measure "less X".
    ("Compared to a baseline, it requires 65.6% or 47.7% less GPT-api cost to attain the same "
     "accuracy.", [("65.6%", "GPT-api cost reduction"), ("47.7%", "GPT-api cost reduction")]),
    # The change is named before the number; the qualifier stays with the measure.
    ("It shows an average improvement of 28.34% in absolute normalized score for generative tasks.",
     [("28.34%", "absolute normalized score improvement")]),
    # A second number compared with another baseline keeps the sentence's measure.
    ("It achieves up to 13% improvement in ROC AUC over popular gates, e.g., Hash routing and "
     "Top-k, and up to 9% over prior differentiable gates.",
     [("13%", "ROC AUC improvement"), ("9%", "ROC AUC improvement")]),
    # The measure ends at "and": no "accuracy an improvement".
    ("FNR-FL exhibits a 66.24% improvement in accuracy and an 11.40% reduction in training time.",
     [("66.24%", "accuracy improvement"), ("11.40%", "training time reduction")]),
    # Plural measure before "by", without the verb.
    ("Our approach reduces the overall planning costs by 5% as compared to planning without it.",
     [("5%", "overall planning costs")]),
    # "from A to B": the measure named before "from" goes with the new value.
    ("It reduces the optimality gap from 19.35% to 10.46% on hard instances.",
     [("10.46%", "optimality gap")]),
    # Words after the number that are no measure give way to the clause's named metric.
    ("We train models, achieving high accuracy (82% in-domain and 73% out-of-domain) while "
     "keeping quality.", [("82%", "accuracy"), ("73%", "accuracy")]),
    # An acronym after the number is the measure, even when not in the vocabulary.
    ("It surpasses prior methods by 1.54% AUC on ActivityNet and by 0.61% AR@200 on THUMOS.",
     [("1.54%", "AUC"), ("0.61%", "AR@200")]),
    # Verbs before the measure are not part of it.
    ("The selection strategy achieves success rates of 70% and 54%, respectively.",
     [("70%", "success rates"), ("54%", "success rates")]),
])
def test_extract_results_measure_of_each_number(abstract, expected):
    got = _results(abstract)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize("abstract, expected", [
    ("Our detector achieves 45.2 mAP on COCO.", ("45.2", "mAP")),
    ("It obtains a BLEU score of 28.4 on WMT14 English-German.", ("28.4", "BLEU")),
    ("The cell achieves a test perplexity of 57.8 on Penn Treebank.", ("57.8", "perplexity")),
    ("It improves PSNR by 0.5 dB on Set5.", ("0.5 dB", "PSNR")),  # decibels are a unit
])
def test_extract_results_numbers_without_a_unit_beside_a_metric(abstract, expected):
    assert expected in _results(abstract)


@pytest.mark.parametrize("abstract", [
    "Our system achieved a top 5 classification error that is low.",  # "top 5" names the metric
    "The hand reaches a success rate of 10 modes.",  # a count of things, not a score
    "Results are on the WMT BLEU 2019 leaderboard.",  # a year
])
def test_extract_results_unitless_numbers_need_to_be_the_score(abstract):
    assert not _results(abstract)


def test_extract_results_metric_at_the_start_of_the_text_is_in_the_clause():
    assert ("80.1%", "accuracy") in _results("accuracy of 80.1% on the test split")
