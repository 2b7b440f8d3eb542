"""Method rules read off sentence structure (apposition, lists, title compounds, software nouns),
on invented names."""

from __future__ import annotations

from kg.extract.pipeline import extract_paper
from kg.model import Kind, Paper, Role

from mentions import named


def _extract(title: str, abstract: str):
    return extract_paper(Paper("t-test", title, abstract))



def test_apposition_glossing_a_method_kind_labels_a_plain_word():
    ext = _extract("Proving widget lemmas", "We use Zorbix, a theorem proving framework, to check "
                   "every widget lemma.")
    assert "Zorbix" in named(ext, Kind.METHOD, Role.USES)


def test_established_apposition_labels_a_coined_name():
    ext = _extract("Widget tracking", "Policies range from a random policy to Glarp-Gammon, an "
                   "extremely strong multi-layer network, and Quux-Net, a state-of-the-art detector "
                   "model.")
    assert {"Glarp-Gammon", "Quux-Net"} <= named(ext, Kind.METHOD, Role.USES)


def test_cited_author_presenting_a_name_is_someone_elses_method():
    ext = _extract("Training widget classifiers", "In a recent paper Smith (2006) presented "
                   "Blorp-Perf, a cutting plane method for training widget classifiers.")
    assert "Blorp-Perf" in named(ext, Kind.METHOD, Role.USES)


def test_apposition_after_introducing_verb_is_not_a_method_used():
    ext = _extract("Widget reasoning", "In this work we present Zorbix, a theorem proving framework "
                   "for widgets, and evaluate it on two tasks.")
    assert "Zorbix" not in named(ext, Kind.METHOD, Role.USES)


def test_title_compound_head_is_not_a_method_used():
    ext = _extract("Projected Glarpish Actor-Critic", "We give an algorithm with guarantees for "
                   "constrained widget control.")
    assert "Actor-Critic" not in named(ext, Kind.METHOD, Role.USES)


def test_title_method_after_a_verb_stays_used():
    ext = _extract("Detecting Widgets Using Simulated Annealing", "We train a widget detector and "
                   "report its errors.")
    assert "Simulated Annealing" in named(ext, Kind.METHOD, Role.USES)


def test_software_noun_after_a_coined_name_labels_the_tool():
    ext = _extract("Widget stress analysis", "The stress analysis is carried out in the "
                   "Glarpworks software, and the gait is checked in the ZORBSIM simulator.")
    assert {"Glarpworks", "ZORBSIM"} <= named(ext, Kind.METHOD, Role.USES)


def test_software_noun_before_a_capitalised_word_labels_the_tool():
    ext = _extract("Widget pose estimation", "We build on the auto-differentiation toolbox Zorbpy "
                   "to fit widget poses.")
    assert "Zorbpy" in named(ext, Kind.METHOD, Role.USES)


def test_estimator_nouns_after_a_coined_name_label_the_method():
    ext = _extract("Widget tracking", "Widgets are tracked with the GZ-PHD filter, sparse "
                   "precision matrices are fit with the ZORBME estimator, and paths come from "
                   "the Glarp-FF planner.")
    assert {"GZ-PHD", "ZORBME", "Glarp-FF"} <= named(ext, Kind.METHOD, Role.USES)


def test_software_noun_qualifying_another_noun_names_no_tool():
    ext = _extract("Widget cameras", "Cameras are built as GZ software components that run on "
                   "any widget.")
    assert "GZ" not in named(ext, Kind.METHOD, Role.USES)


def test_data_noun_opening_a_list_outweighs_a_model_family_prefix():
    ext = _extract("Faithful widget summaries", "We report results on three benchmark datasets "
                   "XSum, Widgetmed, and SAMZorb of very different domains.")
    assert "SAMZorb" not in named(ext, Kind.METHOD, Role.USES)
    assert "SAMZorb" in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_name_qualifying_a_class_of_work_is_no_method_used():
    ext = _extract("Widget detection", "Our detector outperforms existing ZQL approaches and the "
                   "state-of-the-art WQT detection algorithms on two benchmarks.")
    assert not {"ZQL", "WQT"} & named(ext, Kind.METHOD, Role.USES)


def test_name_based_class_of_work_keeps_its_method():
    ext = _extract("Widget rendering", "Unlike existing GlarpNeRF-based methods, we encode widgets "
                   "directly, and compare to ZorbFormer and GlarpNeRF.")
    assert "GlarpNeRF" in named(ext, Kind.METHOD, Role.USES)


def test_author_year_reference_after_a_name_marks_someone_elses_method():
    ext = _extract("Widget games", "Our algorithms generalise stochastic Glarp-Prox (Zorbsky et al., "
                   "2011), and the Widget Belief Model (WBM) (Quux & Blorp, 2008) explains the rest.")
    assert {"Glarp-Prox", "Widget Belief Model"} <= named(ext, Kind.METHOD, Role.USES)


def test_author_year_reference_after_a_plain_clause_names_no_method():
    ext = _extract("Widget churn", "The loss rises further when lost monthly widget revenue is "
                   "considered (Quux, 1998).")
    assert not named(ext, Kind.METHOD, Role.USES)


def test_established_word_before_a_name_marks_someone_elses_method():
    ext = _extract("Widget interpolation", "We analyse the faithfulness of our maps to the original "
                   "Glarp-Grad, and extend the widely-used Zorb Width Transform (ZWT) to colour.")
    assert {"Glarp-Grad", "Zorb Width Transform"} <= named(ext, Kind.METHOD, Role.USES)


def test_established_word_before_a_modifier_names_no_method():
    ext = _extract("Widget margins", "We build on the well-known Zorbanobis distance and the "
                   "original QXR tree structure, and on a well-established WZY task.")
    assert not {"Zorbanobis", "QXR", "WZY"} & named(ext, Kind.METHOD, Role.USES)


def test_established_word_inside_the_papers_own_gloss_is_not_a_method_used():
    ext = _extract("Robust widget models", "In this work, we propose GlarpBert: a pretrained Zorbish "
                   "Quux that is robust to attacks.")
    assert "Zorbish Quux" not in named(ext, Kind.METHOD, Role.USES)


def test_author_cited_inside_a_list_is_not_a_member():
    ext = _extract("Widget ridge regression", "We tune widget ridge regression by modifying the "
                   "popular Generalized Cross-zorbing (GCZ, Quuxa, 1990).")
    methods = named(ext, Kind.METHOD, Role.USES)
    assert "Generalized Cross-zorbing" in methods and "Quuxa" not in methods


def test_a_name_right_after_the_kind_of_method_it_is_is_a_method_used():
    ext = _extract("Exploration", "Prior work gives a policy optimization method ZQ-PG that finds "
                   "near optimal policies. We overcome the sample complexity of ZQ-PG.")
    assert "ZQ-PG" in named(ext, Kind.METHOD, Role.USES)
    # not the paper's own kind of method
    ext = _extract("Robust optimization", "We provide a novel confidence-bound based algorithm "
                   "ZorbOpt for this purpose.")
    assert "ZorbOpt" not in named(ext, Kind.METHOD, Role.USES)
    ext = _extract("Summaries", "In this paper, we present an unsupervised learning method ZCR "
                   "(Summarize, Contrast and Review) for abstractive summarization.")
    assert "ZCR" not in named(ext, Kind.METHOD, Role.USES)
    # but a method "recently proposed" is a rival's
    ext = _extract("Exploration", "Our model outperforms the recently proposed method ZQ-PG on all benchmarks.")
    assert "ZQ-PG" in named(ext, Kind.METHOD, Role.USES)
    # nor what a tool's name is written into ("the algorithm RTAA*": the starred name)
    ext = _extract("Search", "It performs as well as the agent centered search algorithm ZTAA*, in "
                   "cluttered environments.")
    assert "ZTAA" not in named(ext, Kind.METHOD, Role.USES)


def test_a_method_head_one_word_after_a_weak_cue_name_is_still_its_head():
    ext = _extract("Boosting", "The method was inspired by the ZESOP optimization method for "
                   "large-scale problems.")
    assert "ZESOP" in named(ext, Kind.METHOD, Role.USES)
    ext = _extract("Driving", "The policy is trained and evaluated using the ZUMO traffic simulator.")
    assert "ZUMO" in named(ext, Kind.METHOD, Role.USES)
    # not a network or a model the name qualifies
    ext = _extract("Links", "Our approach employs the ZMLS semantic network and a relation classifier.")
    assert "ZMLS" not in named(ext, Kind.METHOD, Role.USES)


def test_a_participle_opening_a_sentence_is_no_part_of_the_name_after_it():
    ext = _extract("Critiques", "It improves data quality. Implemented with Zorb2.5-72B-Instruct, "
                   "a leading LLM, our critic improves results.")
    assert "Zorb2.5-72B-Instruct" in named(ext, Kind.METHOD, Role.USES)
    assert not any(n.startswith("Implemented") for n in named(ext, Kind.METHOD))
