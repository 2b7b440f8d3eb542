"""The rule-based task ranker (kg.extract.tasks) on hand-written titles and abstracts."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.tasks import MAX_TASKS, display, rank_tasks


def _tasks(title: str, abstract: str = "", proposed: set[str] | None = None) -> list[str]:
    return [s.text for s in rank_tasks(title, abstract, load_lexicon(), proposed or set())]


@pytest.mark.parametrize("words, shown", [
    (["LiDAR", "Semantic", "Segmentation"], "LiDAR semantic segmentation"),
    (["Text-to-3D", "Synthesis"], "Text-to-3D synthesis"),
    (["Click-Through", "Rate", "Prediction"], "click-through rate prediction"),
])
def test_extract_tasks_display_keeps_acronyms_lowercases_title_case(words, shown):
    assert display(words) == shown


def test_extract_tasks_title_task_slot_comes_first():
    tasks = _tasks("A Generic Active Learning Baseline for LiDAR Semantic Segmentation")
    assert tasks[0] == "LiDAR semantic segmentation"
    assert "active learning" in tasks


def test_extract_tasks_short_title_is_its_own_task():
    assert _tasks("Feature Collapse")[:1] == ["feature collapse"]


def test_extract_tasks_skip_proposed_names_and_whole_fields():
    tasks = _tasks("Deep Learning for Image Captioning",
                   "We study image captioning with deep learning. Deep learning is popular.",
                   proposed={"deep learning"})
    assert "deep learning" not in [t.lower() for t in tasks]
    assert tasks[0] == "image captioning"


def test_extract_tasks_at_most_four_without_near_duplicates():
    abstract = ("We address object detection, semantic segmentation, instance segmentation, "
                "pose estimation, depth estimation and image classification. Object detection "
                "and semantic segmentation improve; pose estimation and depth estimation too.")
    tasks = _tasks("Dense Prediction for Object Detection and Semantic Segmentation", abstract)
    assert 1 <= len(tasks) <= MAX_TASKS
    words = [set(t.lower().split()) for t in tasks]
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            assert len(a & b) / len(a | b) < 0.5


def test_extract_tasks_offsets_point_at_the_text():
    title = "Mastering Code Generation through Deep Reinforcement Learning"
    abstract = "Program synthesis is hard. We study program synthesis with code generation."
    for span in rank_tasks(title, abstract, load_lexicon(), set()):
        text = title if span.field == "title" else abstract
        assert display(text[span.start:span.end].split()) == span.text
        assert 0 < span.score <= 0.95


def test_extract_tasks_deterministic():
    args = ("Towards Robust Visual Question Answering", "We study visual question answering "
            "and image captioning under distribution shift.")
    assert _tasks(*args) == _tasks(*args)


def test_extract_tasks_title_phrase_the_abstract_never_echoes_is_dropped():
    tasks = _tasks("Image Captioning: A Reality Check",
                   "We study image captioning with new metrics. Image captioning is hard.")
    assert "image captioning" in tasks
    assert "reality check" not in [t.lower() for t in tasks]


def test_extract_tasks_example_lists_are_background_unless_the_paper_evaluates_them():
    background = _tasks("A Study", "Large models excel at tasks such as machine translation and "
                                   "speech recognition. We study image captioning. Image "
                                   "captioning is hard.")
    assert "image captioning" in background
    assert "machine translation" not in background and "speech recognition" not in background
    own = _tasks("A Study", "We evaluate on tasks such as machine translation and speech "
                            "recognition.")
    assert {"machine translation", "speech recognition"} <= set(own)


def test_extract_tasks_leading_words_do_not_split_a_phrase_count():
    # Two single mentions behind different verbs add up to one task.
    tasks = _tasks("A Study", "Prior work cannot characterize individual fairness. We quantify "
                              "individual fairness.")
    assert "individual fairness" in tasks


def test_extract_tasks_language_models_are_written_llm():
    assert _tasks("Efficient Large Language Model Inference on Edge Devices",
                  "We study LLM inference on phones. It is fast.") == ["LLM inference"]
    assert "LLM planning" in _tasks("A Study", "We improve the planning ability of large "
                                               "language models.")
    assert "vision-language model adaptation" in _tasks(
        "Vision-Language Model Adaptation", "We study vision-language model adaptation.")


def test_extract_tasks_a_phrase_named_as_a_task_counts_once_mentioned():
    assert "column ranking" in _tasks("A Study", "We propose a method for the column ranking task.")
    assert "math problem-solving" in _tasks("A Study", "Math problem-solving is hard. We study "
                                                       "math problem-solving.")


def test_extract_tasks_verbs_and_vague_adjectives_are_not_modifiers():
    tasks = _tasks("A Study", "Models perform reasoning tasks well. They perform reasoning fast.")
    assert "perform reasoning" not in tasks


def test_extract_tasks_application_systems_are_tasks():
    assert "recommender systems" in _tasks("A Study", "Recommender systems are central. We build "
                                                      "recommender systems.")


def test_extract_tasks_vocabulary_names_do_not_span_punctuation():
    tasks = [t.lower() for t in _tasks("A Study", "Models transfer, learning from few examples.")]
    assert not any("transfer" in t and "learning" in t for t in tasks), tasks
