"""Name rules for methods, proposed names and data sets on hand-written sentences (general
patterns with invented names; each test fails if its rule is removed)."""

from __future__ import annotations

import pytest

from kg.extract.candidates import eponym_spans
from kg.extract.pipeline import (expand_shorthand, extract_paper, split_method_name,
                                 surface_variants)
from kg.model import Kind, Paper, Role

from mentions import data_names, named


def _extract(title: str, abstract: str):
    return extract_paper(Paper("t-names", title, abstract))



def _aliases(extraction, name):
    return {a for m in extraction.mentions if m.text == name for a in m.aliases}


@pytest.mark.parametrize("name, expanded", [
    ("MOT15/16/17/20", ["MOT15", "MOT16", "MOT17", "MOT20"]),  # prefix glued to the number
    ("VOC2007/2012", ["VOC2007", "VOC2012"]),
    ("Kinetics-400/600", ["Kinetics-400", "Kinetics-600"]),
    ("GPT-3.5/4", ["GPT-3.5/4"]),  # a decimal version is not a shorthand prefix
    ("15/16", ["15/16"]),  # never bare numbers
])
def test_shorthand_prefix_without_separator(name, expanded):
    assert expand_shorthand(name) == expanded


@pytest.mark.parametrize("name, known, parts", [
    ("GPT-3.5/GPT-4", (), ["GPT-3.5", "GPT-4"]),  # a decimal version inside each half
    # one family in several sizes or versions: each a model
    ("GPT-3.5/4", (), ["GPT-3.5", "GPT-4"]),
    ("ResNet-18/34/50", (), ["ResNet-18", "ResNet-34", "ResNet-50"]),
    ("LLaMA2-7B/13B", (), ["LLaMA2-7B", "LLaMA2-13B"]),
    ("MobileNetV1/V2", (), ["MobileNetV1", "MobileNetV2"]),
    ("DeiT-T/S/B", (), ["DeiT-T", "DeiT-S", "DeiT-B"]),
    ("ViT-B/16", (), ["ViT-B/16"]),  # a patch size after the variant: one model
    ("MOEA/D", (), ["MOEA/D"]),  # a letter variant needs its hyphen
    ("HOG+SVM", ("HOG", "SVM"), ["HOG", "SVM"]),  # known methods combined
    ("ZANODE+MPPI", ("MPPI",), ["ZANODE+MPPI"]),  # a combination with a name of its own
])
def test_method_tokens_split_into_the_methods_they_join(name, known, parts):
    assert split_method_name(name, lambda p: p in known) == parts


def test_a_part_named_after_in_our_approach_is_not_proposed():
    ext = _extract("Zorb flocking", "In our approach, the center of mass (CoM) of positions and "
                   "velocities of all zorbs is tracked.")
    assert not named(ext, Kind.METHOD, Role.PROPOSES)


def test_our_method_apposition_is_proposed():
    ext = _extract("Learning from corrections",
                   "Existing methods need many episodes. Our method, Widget Preference Shaping "
                   "(WPS), is composed of two stages and adapts online.")
    assert "Widget Preference Shaping" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    # "the method / concept of X (ACR)": what the method is
    ("Here, we propose the method of contrastive zorbing with noisy rationales (CZ-NR). It helps.",
     "contrastive zorbing with noisy rationales"),
    ("In this work, we introduce the concept of time-varying blorp controllers (TBCs): maneuvers.",
     "time-varying blorp controllers"),
    # a coined name right after the kind the paper introduces
    ("We develop a simple and efficient local search solver LS-ZORB with a scoring function.",
     "LS-ZORB"),
    ("We propose a new type-dependent prompt cycleZAG (cyclic zorb generation), with a cycle.",
     "cycleZAG"),
    # introducing forms without "we" as their subject
    ("Our findings lead us to propose translation-blorp self-zorbing (TBSZ), which helps.",
     "translation-blorp self-zorbing"),
    ("We address the problem by proposing Convolutional Blorp-Pooling (CBP), a two-layer network.",
     "Convolutional Blorp-Pooling"),
])
def test_the_object_of_an_introducing_verb_is_proposed(abstract, name):
    assert name in named(_extract("Zorbing", abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract", [
    "To this end, we present a Zorbish sticker-based multimodal dataset for the sentiment analysis "
    "task (ZSMSA).",
    "We contribute a Large-scale Subtle Zorbs in the Wild database (LSZW).",
])
def test_an_introduced_name_headed_by_a_data_noun_is_a_data_set(abstract):
    ext = _extract("Zorbs", abstract)
    assert not named(ext, Kind.METHOD, Role.PROPOSES)
    assert data_names(ext)


@pytest.mark.parametrize("abstract, name", [
    ("This work describes ZorbTeR: the first large-scale, multi-domain, edit-intention annotated "
     "corpus of revised text.", "ZorbTeR"),
    ("We curated the ZORBPACK, a massively multilingual speech corpora with transcriptions.",
     "ZORBPACK"),
    ("We test on our collected large-scale aging database named Zorbing Faces in the Wild (ZFW).",
     "Zorbing Faces in the Wild"),
])
def test_an_introduced_name_that_an_apposition_or_its_noun_calls_data_is_data(abstract, name):
    ext = _extract("Zorbs", abstract)
    assert name in data_names(ext)
    assert name not in named(ext, Kind.METHOD)


def test_a_variant_of_a_coined_name_that_the_text_calls_data_is_data():
    ext = _extract("ZUAK: Zorb Estimation", "We present ZUAK, a new zorb estimator. This consists "
                   "of three sub-ZUAK datasets ZUAK-M, ZUAK-P, and ZUAK-H, produced in three ways. "
                   "We also annotate ZUAK-Food, a multi-turn dialogue dataset, and train ZUAK-L.")
    assert {"ZUAK-M", "ZUAK-P", "ZUAK-H", "ZUAK-Food"} <= data_names(ext)
    assert "ZUAK-L" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_an_introduced_name_called_established_is_not_proposed():
    ext = _extract("Zorbing", "We further introduce the classical elastic zorb consolidation (EZC) "
                   "for selective weight updates.")
    assert not named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, names", [
    ("In this paper we propose a new task called Zorb Visualization, which draws zorbs for a story.",
     {"Zorb Visualization"}),
    ("We introduce a novel task, named Blind Zorb Decomposition (BZD), which separates zorbs. BZD is "
     "hard.", {"Blind Zorb Decomposition", "BZD"}),
    ("We formulate a new class of problems, dubbed Concurrent Zorb Allocation (CZA).",
     {"Concurrent Zorb Allocation", "CZA"}),
])
def test_a_name_given_to_a_new_task_is_not_a_proposed_method(abstract, names):
    assert not names & named(_extract("Zorbs", abstract), Kind.METHOD, Role.PROPOSES)


def test_termed_as_with_quotes_is_proposed():
    ext = _extract("Depth at night",
                   "We adapt features of the encoder. Hence, the resulting method is termed as "
                   "\u201cNocturnal Feature Alignment (NFA)\u201d and works on night images.")
    assert "Nocturnal Feature Alignment" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_intro_of_a_name_that_collides_with_a_dataset_vocabulary_entry():
    # "ROSE" is also a Papers-with-Code dataset name; "This paper presents ROSE, a method" coins it.
    ext = _extract("Robust structure extraction from maps",
                   "This paper presents ROSE, a method for structure detection in robotic maps.")
    assert "ROSE" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_title_head_that_generates_data_sets_is_no_data_set():
    ext = _extract("ZORB-EXPERTISE: Knowledge-based Instruction Dataset Augmentation",
                   "We propose ZORB-EXPERTISE, automatically generating instruction dataset in "
                   "the legal domain from a seed dataset.")
    assert "ZORB-EXPERTISE" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_quoted_title_head_with_benchmark_subtitle_is_data():
    ext = _extract('"QZX+: A Benchmark for Event Captioning"',
                   "We introduce a new dataset called Kinetic-QZX+ with 170k boundaries.")
    assert "QZX+" in named(ext, Kind.BENCHMARK) | named(ext, Kind.DATASET)
    assert "QZX+" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract", [
    "We introduce the United Zorb Datasets (Zorbtail), a large-scale benchmark of visual tasks.",
    "We introduce the Zorb Captioning and Zorb Change Representation (Zorbtail) dataset and benchmark.",
    "To this end, we present Zorbtail, an IP-level zorb categorization dataset.",
    "We present Zorbtail, a manually annotated dataset for preference classification.",
])
def test_title_head_the_abstract_defines_as_data_is_data(abstract):
    ext = _extract("Zorbtail: Detecting, Reading, and Matching in Zorb Scenes", abstract)
    assert "Zorbtail" in data_names(ext)
    assert "Zorbtail" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("title", ["ZORBEX: A Dense, Heterogeneous, and Unstructured Traffic Dataset",
                                   "Zorbs365: A Large-Scale, High-Quality Dataset for Zorb Detection",
                                   "ZorbDepth: Cross-Season Monocular Depth Prediction Dataset and "
                                   "Benchmark Under Multiple Environments",
                                   "ZORBWEGE: A large scale Career Path Prediction Dataset"])
def test_title_head_with_a_described_data_set_subtitle_is_data(title):
    ext = _extract(title, "Zorbs come in many kinds. We annotate them in videos of city traffic.")
    head = title.split(":")[0]
    assert head in data_names(ext)
    assert head not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("title", ["ZorbMix: Image Classification on Small Datasets via Masked Zorbs",
                                   "ZORBAIR: Removing Representation Bias by Dataset Resampling",
                                   "Cross-Modal Zorb Tracking: Modality-Aware Representations and "
                                   "a Unified Benchmark"])
def test_title_head_whose_subtitle_only_mentions_data_is_no_data(title):
    ext = _extract(title, "We propose a method. Zorbs come in many kinds and we classify them.")
    assert title.split(":")[0] not in data_names(ext)


def test_title_head_followed_by_acronym_then_dataset_is_data():
    ext = _extract("PunStories: Augmenting Puns with Explanations",
                   "In this paper, we present the PunStories (PST) dataset of annotated puns.")
    assert "PunStories" in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert "PunStories" not in named(ext, Kind.METHOD, Role.PROPOSES)



@pytest.mark.parametrize("abstract, data_name", [
    ("We introduce Quorvix, an interactive simulation platform for household robots. The "
     "resulting Quorvix Dataset captures diverse tasks.", "Quorvix Dataset"),
    ("We present Quorvix, a novel data-driven method that aligns models to scans. We evaluate "
     "it on our newly introduced Quorvix benchmark.", "Quorvix benchmark"),
])
def test_title_head_the_abstract_calls_a_system_is_proposed_with_its_data_set_apart(abstract, data_name):
    ext = _extract("Quorvix: Learning Household Skills", abstract)
    assert "Quorvix" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "Quorvix" not in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert data_name in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_title_head_calling_itself_a_benchmark_library_stays_data():
    ext = _extract("Quorvix: A Benchmark for Dynamic Configuration",
                   "We present Quorvix, a benchmark library for dynamic configuration.")
    assert "Quorvix" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_data_set_property_in_a_subtitle_does_not_make_the_title_head_data():
    ext = _extract("Quorvix: Overcome Dataset Bias with Isotropic Embeddings",
                   "We further propose Quorvix, a kernel approximation to remove spurious "
                   "correlations. Experiments show that Quorvix improves robustness.")
    assert "Quorvix" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "Quorvix" not in named(ext, Kind.DATASET)

@pytest.mark.parametrize("sentence, name, kind", [
    ("Our approach achieves remarkable results on the Zorblat benchmark.", "Zorblat", Kind.BENCHMARK),
    ("We evaluate on the public Quellin dataset of street scenes.", "Quellin", Kind.DATASET),
])
def test_capitalised_word_before_data_head(sentence, name, kind):
    assert name in named(_extract("A study", sentence), kind)


def test_capitalised_word_inside_a_longer_name_is_not_data():
    ext = _extract("A study", "We report results on the NYU Depth dataset and more.")
    assert "Depth" not in named(ext, Kind.DATASET)


@pytest.mark.parametrize("word", ["Internet-scale", "Web-sized", "Planet-wide"])
def test_compound_adjective_before_data_head_is_not_data(word):
    ext = _extract("A study", f"We turn an {word} corpus of widget images into visual elements.")
    assert word not in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_capitalised_word_before_named_method_head_keeps_head_as_alias():
    ext = _extract("Tracking", "The state is fused by a Brannigan filter in a tight loop.")
    assert "Brannigan" in named(ext, Kind.METHOD, Role.USES)
    assert "Brannigan filter" in _aliases(ext, "Brannigan")


@pytest.mark.parametrize("text, names", [
    ("we apply Lloyd\u2019s algorithm and Stein's method", ["Lloyd\u2019s algorithm", "Stein's method"]),
    ("unlike Leurgans' algorithm, ours is fast", ["Leurgans' algorithm"]),
    ("In Section 2 we revisit the problem", []),
])
def test_eponym_spans(text, names):
    assert [s for _, _, s in eponym_spans(text)] == names


def test_eponym_method_is_used():
    ext = _extract("Fast PCA", "We analyze Oja\u2019s algorithm for streaming principal components.")
    assert "Oja\u2019s algorithm" in named(ext, Kind.METHOD, Role.USES)


def test_against_is_a_comparison_cue():
    ext = _extract("Point cloud compression",
                   "Our codec achieves 76% gains against the state-of-the-art Video-based Point "
                   "Cloud Coding (VPCC) v13 in inter mode.")
    assert named(ext, Kind.METHOD, Role.USES) & {"Video-based Point Cloud Coding", "VPCC"}


@pytest.mark.parametrize("token", ["4-DoF", "2D/3D", "512-bits", "15FPS", "50-fold"])
def test_quantities_are_not_methods(token):
    ext = _extract("Control", f"We control the arm using {token} trajectories in simulation.")
    assert token not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract, quantity", [
    ("The drone reaches speeds of more than 80km/h.", "80km/h"),
    ("It gives 2.17g/W, higher than 1.15g/W of the counterpart.", "1.15g/W"),
    ("Detectors improved, in part due to training with 1.2M+ labeled images.", "1.2M+"),
    ("It beats methods that use 3D-3D or 2D-3D correspondences.", "2D-3D"),
])
def test_a_rate_count_or_pair_of_dimensions_is_not_a_method(abstract, quantity):
    assert quantity not in named(_extract("Zorb", abstract), Kind.METHOD)


def test_a_method_head_alone_is_no_name_by_its_apposition():
    found = named(_extract("Zorb", "A PS algorithm, with covariate Gaussian Process Latent Variable "
                                   "Models, a recent Dimensionality Reduction technique, is presented."),
                  Kind.METHOD)
    assert "Models" not in found, found


def test_formats_joined_by_a_slash_are_not_methods():
    found = named(_extract("Zorb", "We propose Zorb for documents with markup languages as the "
                                   "backbone, such as HTML/XML-based documents."), Kind.METHOD)
    assert not found & {"HTML", "XML", "HTML/XML"}, found


@pytest.mark.parametrize("abstract, name", [
    ("Plans come from a stable yet practical online approach known as IPEM.", "IPEM"),
    ("It uses a reinforcement learning method named Regularized Fitted Q-Iteration.",
     "Regularized Fitted Q-Iteration"),
    ("The standard classifier is known as the Plug in Classifier (PiC).", "Plug in Classifier"),
    ("We adopt a data augmentation method, called the contextual data augmentation (CDA), that "
     "generates labels.", "contextual data augmentation"),
])
def test_the_name_a_kind_of_procedure_is_known_by_is_a_method_used(abstract, name):
    assert name in named(_extract("Zorb", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    ("It combines Q-learning with the well-known TSP algorithm, called Lin-Kernighan-Helsgaun "
     "(LKH).", "Lin-Kernighan-Helsgaun"),
    ("The filter is implemented using a state-of-the-art neural network, called I-SSGPR.",
     "I-SSGPR"),
])
def test_a_name_given_to_earlier_work_across_a_comma_is_not_the_papers_own(abstract, name):
    assert name not in named(_extract("Zorb", abstract), Kind.METHOD, Role.PROPOSES)


def test_a_kind_of_procedure_the_paper_calls_by_a_new_name_is_its_own():
    ext = _extract("Zorb", "This paper introduces a novel approach called Adaptive User Retention "
                           "Optimization (AURO).")
    assert "Adaptive User Retention Optimization" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("factor", ["3x-5x", "50x-460x"])
def test_a_range_of_factors_is_not_a_method(factor):
    ext = _extract("Zorb", f"It keeps the accuracy, i.e., {factor} speed-up and energy saving on "
                   "ZorbNet.")
    assert factor not in named(ext, Kind.METHOD)


def test_metric_names_are_not_methods():
    ext = _extract("Detection", "We compare using mAP on the validation split.")
    assert "mAP" not in named(ext, Kind.METHOD)


def test_sensors_are_not_methods():
    ext = _extract("State estimation",
                   "Using GPS and environmental sensors can compensate for the deficits.")
    assert "GPS" not in named(ext, Kind.METHOD)


def test_title_case_context_only_name_in_title_is_dropped():
    ext = _extract("Efficient Adapter Pruning based on Output Evaluation",
                   "We prune adapters by their outputs.")
    assert "Output Evaluation" not in named(ext, Kind.METHOD)


def test_two_letter_vocabulary_acronym_needs_context():
    # "HD" is in the mined method vocabulary; alone it is not a method
    ext = _extract("Wireless systems", "The system streams HD video to many users.")
    assert "HD" not in named(ext, Kind.METHOD)


def test_title_phrase_ending_in_a_task_noun_is_not_proposed():
    ext = _extract("Joint Pose Estimation for Objects in the Wild",
                   "We first present a joint pose estimation approach for object categories.")
    assert "Joint Pose Estimation" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_title_phrase_inside_a_longer_coined_name_is_not_proposed():
    ext = _extract("Heat Kernels for Textual Graph Embedding",
                   "We present heat kernels for textual graph embedding (HKTGE), integrating "
                   "global structure.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "Heat Kernels" not in proposed
    assert proposed & {"heat kernels for textual graph embedding", "HKTGE"}


def test_a_capitalised_word_inside_the_coined_name_is_no_method_used():
    # the title writes the coined name in lower case: its eponym is part of it, not "Kalman"
    ext = _extract("An iterative Zalman smoother for localization on wearable devices",
                   "We introduce an Iterative Zalman Smoother (IZS) for tracking a device.")
    assert not named(ext, Kind.METHOD, Role.USES)
    assert "Iterative Zalman Smoother" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_the_singular_of_a_coined_plural_is_the_coined_name():
    ext = _extract("Models in the loop", "We introduce Generative Zorbation Assistants (GZAs), "
                   "generator-in-the-loop models. Using GZA-assisted training data helps.")
    assert "GZA" not in named(ext, Kind.METHOD, Role.USES)
    # ... a final capital S is no plural
    ext = _extract("Drone detection", "We merge an SPP module into the first head. We propose an "
                   "SPPS module for the neck of the network.")
    assert "SPP" in named(ext, Kind.METHOD, Role.USES)


def test_sentence_initial_metric_word_needs_a_value_or_cue():
    ext = _extract("Crop and weed classification",
                   "Precision farming robots offer a great potential for reducing chemicals.")
    assert "precision" not in named(ext, Kind.METRIC)


def test_list_continues_past_an_acronym_bracket():
    ext = _extract("Optimal control",
                   "We compare our method to Model Predictive Path Integral (MPPI) and iterative "
                   "Linear Quadratic Gaussian controller (iLQG), outperforming both.")
    used = named(ext, Kind.METHOD, Role.USES)
    assert "iterative Linear Quadratic Gaussian controller" in used or "iLQG" in used


@pytest.mark.parametrize("token, shaped", [
    ("RNNsearch", True), ("DSelect-k", True), ("BERTology", True), ("COmprehensive", False),
    ("UNet", True), ("EMin", True), ("XSum", True), ("SAmple", False), ("MHz", False),
])
def test_acronym_glued_to_lower_case_word_is_name_shaped(token, shaped):
    from kg.extract.shapes import is_name_shaped
    assert is_name_shaped(token) is shaped


@pytest.mark.parametrize("abstract, name", [
    # one capital glued to a capitalised word is a coined shape
    ("In this paper, we propose Q-Zorbformer, introducing locality as an inductive bias into "
     "widget encoders.", "Q-Zorbformer"),
    # the object of "propose and analyze"
    ("In this paper, we propose and analyze QuoWidUCB, a computationally efficient bandit "
     "algorithm.", "QuoWidUCB"),
    # capitalised words joined by hyphens, which an apposition describes
    ("To this end, we propose Zorb-and-Conquer, a novel planar-to-3D pipeline for widget masks.",
     "Zorb-and-Conquer"),
])
def test_introduced_object_of_other_shapes_is_coined(abstract, name):
    assert name in named(_extract("A study of widgets", abstract), Kind.METHOD, Role.PROPOSES)


def test_extension_of_acronym_glued_name_is_used():
    ext = _extract("Memory models", "It can be seen as an extension of QRNsearch to many hops.")
    assert "QRNsearch" in named(ext, Kind.METHOD, Role.USES)


def test_architecture_of_is_a_method_cue():
    ext = _extract("Code generation",
                   "We extended the encoder-decoder architecture of PlonkT7 with new objectives.")
    assert "PlonkT7" in named(ext, Kind.METHOD, Role.USES)


def test_generic_acronym_coined_by_an_introducing_verb_is_proposed():
    # "NLE" is a generic acronym in the corpus (natural language explanation); here it is coined
    ext = _extract("Feature representation in high dimensional space",
                   "We first propose neighborhood linear embedding (NLE), an unsupervised "
                   "learning algorithm, to discover relationships.")
    assert "neighborhood linear embedding" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_generic_acronym_used_as_a_modifier_stays_generic():
    ext = _extract("Decision trees", "We propose a novel Markov Decision Process (MDP) type for "
                                     "learning decision tree policies.")
    assert "Markov Decision Process" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_bracketed_name_after_an_introduced_description_is_proposed():
    ext = _extract("Head pose classification",
                   "We propose a novel Multi-Task Learning framework (QUBA-MTL) for classifying "
                   "the head pose of a person.")
    assert "QUBA-MTL" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_whole_title_with_a_preposition_is_not_a_name():
    ext = _extract("Wide-Baseline Hair Capture Using Strand-Based Refinement",
                   "We propose a novel algorithm to reconstruct hair.")
    assert "Wide-Baseline Hair Capture Using Strand-Based Refinement" not in named(ext)


def test_name_before_a_qualifying_word_and_data_head_is_data():
    ext = _extract("Stereo odometry",
                   "The algorithm has been submitted to the ZORK-7 odometry benchmark where it ranks first.")
    assert "ZORK-7" in named(ext, Kind.BENCHMARK) | named(ext, Kind.DATASET)


# --- corpus-mined method phrases (kg/data/method_phrases.tsv) and the rules around them ---

@pytest.mark.parametrize("abstract, name", [
    ("The weights are then trained with stochastic gradient descent on a small budget.",
     "stochastic gradient descent"),
    ("We then reduce the features by principal component analysis before clustering.",
     "principal component analysis"),
    ("Sparse codes are recovered with orthogonal matching pursuit in every frame.",
     "orthogonal matching pursuit"),
    # techniques the task vocabulary also lists: curators record them where a paper uses them
    # (3 of 3 and 2 of 2 tuning papers)
    ("Zorb systems built on Retrieval-Augmented Generation (RAG) integrate external knowledge.",
     "Retrieval-Augmented Generation"),
    ("We calibrate the Zorb detector with conformal prediction to bound its error.",
     "conformal prediction"),
])
def test_lower_case_named_algorithm_from_the_phrase_vocabulary_is_used(abstract, name):
    assert name in named(_extract("A study", abstract), Kind.METHOD, Role.USES)


def test_generic_acronym_defined_by_a_named_algorithm_is_a_method():
    # PCA is a generic acronym on its own, but its definition names the algorithm
    ext = _extract("Gait analysis", "We project the joint angles by principal component "
                                    "analysis (PCA) and cluster them.")
    assert "principal component analysis" in named(ext, Kind.METHOD, Role.USES)
    assert "PCA" in _aliases(ext, "principal component analysis")


def test_plural_of_a_method_phrase_is_a_field_not_a_method():
    ext = _extract("Hybrid systems", "Methods of computational intelligence, such as fuzzy logic, "
                                     "genetic algorithms and case-based reasoning, are combined.")
    assert "genetic algorithms" not in named(ext, Kind.METHOD)


def test_variant_modifier_joins_a_method_phrase():
    ext = _extract("Subspace identification", "State vectors are chosen using kernel canonical "
                                              "correlation analysis and then regressed.")
    names = named(ext, Kind.METHOD, Role.USES)
    assert "kernel canonical correlation analysis" in names
    assert "canonical correlation analysis" not in names


def test_own_variant_of_a_known_algorithm_is_not_used():
    ext = _extract("Tracking", "The proposed Kalman filter employs a novel control-input model.")
    assert "Kalman filter" not in named(ext, Kind.METHOD, Role.USES)


def test_special_case_relation_is_not_a_use():
    ext = _extract("Mirror descent", "We study the stochastic mirror descent family (which contains "
                                     "stochastic gradient descent as a special case) and prove bounds.")
    assert "stochastic gradient descent" not in named(ext, Kind.METHOD)


def test_acronym_defined_variant_of_a_known_phrase_is_used():
    ext = _extract("Motion intention", "In this paper we consider the use of a layered hidden "
                                       "Markov model (LHMM) to model human skills.")
    assert named(ext, Kind.METHOD, Role.USES) & {"layered hidden Markov model", "LHMM"}


@pytest.mark.parametrize("abstract, acronym", [
    ("Our approach outperforms classical heuristics on the Vehicle Routing Problem (VRP) "
     "methods benchmark.", "VRP"),
    ("Existing infrared and visible image fusion (IVIF) methods suffer from misalignment.", "IVIF"),
])
def test_acronym_of_a_problem_or_task_is_not_a_method(abstract, acronym):
    ext = _extract("A study", abstract)
    assert acronym not in named(ext, Kind.METHOD)


def test_eponym_before_smoothing_names_a_method():
    ext = _extract("State space models", "MAP estimates are computed by iterating Kalman smoothing "
                                         "recursions.")
    assert "Kalman smoothing" in _aliases(ext, "Kalman")


def test_number_before_a_unit_does_not_extend_a_name():
    ext = _extract("Go", "We speed up a NoGo agent trained by AlphaZero 2.5 times faster.")
    names = named(ext, Kind.METHOD)
    assert "AlphaZero" in names and "AlphaZero 2.5" not in names


def test_company_possessive_marks_a_product():
    ext = _extract("Routing", "Our approach outperforms classical heuristics and Google's OR-Tools "
                              "on medium-sized instances.")
    assert "OR-Tools" in named(ext, Kind.METHOD, Role.USES)


def test_data_noun_list_holds_data_not_methods():
    ext = _extract("Solar", "We evaluated our approach on the existing benchmark datasets, such as "
                            "TSI880 and ASI16.")
    assert "TSI880" not in named(ext, Kind.METHOD)
    assert "TSI880" in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_hyphenated_first_word_of_a_method_phrase_matches():
    ext = _extract("Planning", "We factorize the counts with non-negative matrix factorization "
                               "and plan with a rapidly-exploring random tree.")
    names = named(ext, Kind.METHOD, Role.USES)
    assert {"non-negative matrix factorization", "rapidly-exploring random tree"} <= names


def test_generative_adversarial_network_written_out_is_the_model_used():
    # like the VAE, the bare acronym is any such model, but the long form names the model
    ext = _extract("Texture synthesis", "Generative adversarial networks (GANs) are introduced to "
                                        "penalize unrealistic samples; we instead train a zorb "
                                        "sampler with cooperative updates.")
    assert "Generative adversarial networks" in named(ext, Kind.METHOD, Role.USES)
    # a known model the passive introduces is background, not the paper's own
    assert not named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name, part", [
    ("We apply it to a regularized version of Quokka Generative Adversarial Network and a "
     "traffic scenario.", "Quokka Generative Adversarial Network", "Generative Adversarial Network"),
    ("Targets are tracked with a Zorblat Particle Filter over camera views.",
     "Zorblat Particle Filter", "Particle Filter"),
    # a known pair written with a space, after a variant word and a capitalised word before it
    ("An inference algorithm known as Variational Bayesian Expectation Maximization runs in the "
     "zorb circuit.", "Variational Bayesian Expectation Maximization", "Expectation Maximization"),
])
def test_known_phrase_in_title_case_after_a_capitalised_word_ends_a_longer_name(abstract, name, part):
    names = named(_extract("A study", abstract), Kind.METHOD)
    assert name in names and part not in names


def test_variant_word_before_a_title_case_phrase_makes_a_variant():
    ext = _extract("Sensor fusion", "The signals are decoded by a Bayesian Linear Discriminant "
                                    "Analysis classifier before fusion.")
    assert "Bayesian Linear Discriminant Analysis" in named(ext, Kind.METHOD, Role.USES)


def test_method_phrase_the_paper_proposes_is_not_used():
    ext = _extract("Face editing", "Unlike prior works, we propose a simple stochastic gradient "
                                   "descent variant to generate faces.")
    assert "stochastic gradient descent" not in named(ext, Kind.METHOD, Role.USES)


# ---- data/method precision and recall rules (resolutions, metrics in lists, weak prepositions,
# scores measured on a name, task acronyms, glued prefixes, caseless vocabulary names)


def test_resolution_is_not_data():
    ext = _extract("A study", "Results on 128x128 and on Zorblax-7 are reported.")
    assert "128x128" not in data_names(ext)


def test_metric_inside_a_data_list_is_not_data():
    ext = _extract("A study", "It improves over a baseline on two datasets, Zorb-QA (69.6% to 73.3% "
                              "Hits@1) and FlarnQuestions (39.8% to 48.7% Hits@1).")
    assert "Hits@1" not in data_names(ext)
    ext = _extract("A study", "It sets new records on both the MS-COCO (46.5% PQ) and Cityscapes "
                              "(59.0% PQ) benchmarks.")
    assert "PQ" not in data_names(ext)


@pytest.mark.parametrize("sentence, name, is_data", [
    ("The controller is implemented in QuodLib and runs online.", "QuodLib", False),
    ("We reuse the schemas from ZorbTool and adapt them.", "ZorbTool", False),
    ("Only 20% of event mentions in ZorbBank-Dense have time links.", "ZorbBank-Dense", True),
    ("It is evaluated on the ZorBot quadruped platform in many scenarios.", "ZorBot", False),
    ("Our model reaches 95% accuracy on FlarnMNIST, and 68% on CIFAR-10.", "FlarnMNIST", True),
])
def test_weak_data_context(sentence, name, is_data):
    assert (name in data_names(_extract("A study", sentence))) is is_data


def test_score_measured_on_a_name_is_data():
    ext = _extract("A study", "With our mixture, we achieve a state-of-the-art 48.8% accuracy on ZORBA "
                              "with a 7B base model, and 83.95% on XQLZQ.")
    assert {"ZORBA", "XQLZQ"} <= data_names(ext)


def test_task_acronym_stays_a_task_when_it_recurs():
    ext = _extract("Learning to route", "We study the vehicle zorbing problem (VZP). Our framework "
                                        "applies to other variants of the VZP such as the stochastic VZP.")
    assert "VZP" not in named(ext, Kind.METHOD)


def test_capitalised_word_glued_before_a_known_name():
    ext = _extract("A detector", "Detection is performed using the Faster R-CNN algorithm, and we "
                                 "compare with Mask R-CNN.")
    assert {"Faster R-CNN", "Mask R-CNN"} <= named(ext, Kind.METHOD, Role.USES)
    assert "R-CNN" not in named(ext, Kind.METHOD)
    title = _extract("Improving BERT for Zorb Parsing", "We study parsing.")
    assert "Improving BERT" not in named(title, Kind.METHOD)


@pytest.mark.parametrize("abstract, used", [
    ("The ZorbSum gossip algorithm is robust to these delays.", True),
    ("The ZS control algorithm is robust to these delays.", False),  # an acronym qualifies more often
])
def test_a_coined_name_before_a_modified_method_head_is_a_method(abstract, used):
    name = abstract.split()[1]
    kept = {m.text for m in _extract("Zorb averaging", abstract).mentions
            if m.kind is Kind.METHOD and m.evidence.confidence >= 0.5}  # what the graph keeps
    assert (name in kept) is used


def test_a_known_data_set_in_a_list_with_a_model_is_no_method():
    ext = _extract("Zorb training", "We validate the zorb schedule on image classification "
                                    "(ResNet-50, ImageNet) and on parsing.")
    assert "ResNet-50" in named(ext, Kind.METHOD, Role.USES)
    assert "ImageNet" not in named(ext, Kind.METHOD)


def test_a_hyphenated_known_pair_is_known_with_a_space():
    ext = _extract("A tracker", "For this, we use an Expectation Maximization strategy, where each "
                                "parameter is learned in turn.")
    assert "Expectation Maximization" in named(ext, Kind.METHOD, Role.USES)
    # ... unless a capitalised word before it makes it part of another name
    own = _extract("A controller", "In this work, we propose the Asymmetric Actor Critic, which "
                                   "learns a vision-based control policy.")
    assert "Actor Critic" not in named(own, Kind.METHOD)


def test_vocabulary_data_names_in_other_casings():
    ext = _extract("A study", "It improves accuracy by 0.6% for Cifar10 and by 1% on permuted MNIST.")
    assert {"Cifar10", "permuted MNIST"} <= data_names(ext)
    assert "MNIST" not in data_names(ext)
    # a hyphened name keeps its capitals in another casing; "in-shop" is a word, not "In-Shop"
    ext = _extract("A study", "Results on the COCO-stuff dataset improve. We pair it with an in-shop image.")
    assert data_names(ext) == {"COCO-stuff"}


def test_coined_name_after_on_is_not_part_of_the_capitalised_words_before_it():
    ext = _extract("A study", "The BLEU-4 on HotpotQA reaches 19.31, the BLEU-4 on ZorbQA reaches 25.58.")
    assert "ZorbQA" in data_names(ext)
    ext = _extract("A study", "We test Relocalization on ZorbScenes and Loop Closing on it.")
    assert "ZorbScenes" in data_names(ext)


def test_hyphened_model_of_a_known_family_is_a_method():
    ext = _extract("A study", "We fine-tune models such as Qwen-Zorb on our data.")
    assert "Qwen-Zorb" in named(ext, Kind.METHOD, Role.USES)


def test_a_generic_acronyms_plural_is_generic_too():
    ext = _extract("Video generation", "Zorbnet is competitive with SOTAs in open-domain generation.")
    assert "SOTAs" not in named(ext, Kind.METHOD)


def test_a_known_familys_glued_version_is_the_familys_model():
    ext = _extract("Detection in fog", "We learn CNN-PP and YOLOv3 jointly in an end-to-end fashion.")
    assert "YOLOv3" in named(ext, Kind.METHOD, Role.USES)


def test_known_data_name_with_its_year_glued_on_short():
    ext = _extract("A study", "It improves relation F1 to 62.1% on ACE05 and to 71.9% on CoNLL04.")
    assert {"ACE05", "CoNLL04"} <= data_names(ext)
    ext = _extract("A study", "We ran experiments on PASCAL VOC07 only.")
    assert "PASCAL VOC07" in data_names(ext)
    # a number that is no year after a known name is no edition of it
    ext = _extract("A study", "The ACE99 controller runs on board.")
    assert not data_names(ext)
    # ... or after a hyphen
    ext = _extract("A study", "Our experiments on Europarl-7 and IWSLT-10 show it works.")
    assert "IWSLT-10" in data_names(ext)
    # ... and the year after an apostrophe, straight or typographic
    ext = _extract("A study", "We report BLEU on WMT’16 English-German and on IWSLT'14 German-English.")
    assert data_names(ext) == {"WMT’16 English-German", "IWSLT'14 German-English"}
    # ... and a direction spelled "X-to-Y"; a direction alone names no data set
    ext = _extract("A study", "Experiments on WMT14 English-to-German and German-to-English "
                              "translation tasks show gains of 0.8 BLEU.")
    assert data_names(ext) == {"WMT14 English-to-German"}


@pytest.mark.parametrize("abstract, expected", [
    # a known set's edition as a year range, and its language pair
    ("It is evaluated on the ImageNet, CUB 2010-2011, MIT Indoors and DTD datasets.",
     {"ImageNet", "CUB 2010-2011", "MIT Indoors", "DTD"}),
    ("Experiments on WMT16 De-En and WMT16 Ro-En show its effect.", {"WMT16 De-En", "WMT16 Ro-En"}),
    # the vocabulary's "300W" and "20NewsGroups" as texts write them
    ("It wins on benchmark datasets AFLW, 300-W, and COFW.", {"AFLW", "300-W", "COFW"}),
    ("We also report results on the 20 newsgroups dataset.", {"20 newsgroups"}),
])
def test_known_data_set_written_with_its_edition_or_count(abstract, expected):
    assert data_names(_extract("A study", abstract)) == expected


@pytest.mark.parametrize("abstract, expected", [
    ("We verify it on IWSLT14 German-English and WMT14 English-French.",
     {"IWSLT14 German-English", "WMT14 English-French"}),
    ("It gains 0.6 BLEU on WMT14 EN-DE.", {"WMT14 EN-DE"}),  # one set, not "WMT14" and "EN-DE"
    ("Results on WMT20 De-En are strong.", {"WMT20 De-En"}),
])
def test_translation_set_is_named_with_its_language_pair(abstract, expected):
    assert data_names(_extract("A study", abstract)) == expected


def test_own_name_evaluated_on_a_benchmark_is_not_one():
    # the data noun after "on" is where the name is evaluated, not what it is
    ext = _extract("Zorg roads", "Furthermore, our proposed ZorbNet ranks 8th on the KITTI road benchmark.")
    assert "ZorbNet" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "ZorbNet" not in data_names(ext)


def test_coined_metric_only_when_metric_is_the_noun():
    ext = _extract("A study", "We propose a new metric, Normalised Zorb Distance (NZD), for evaluation.")
    assert "Normalised Zorb Distance" in named(ext, Kind.METRIC)
    # "metric" qualifying "learning": the names are algorithms
    ext = _extract("Non-linear Zorb Learning", "In this paper, we introduce two novel metric learning "
                   "algorithms, QZ-LMNN and GB-LMNN, which are easy to use.")
    assert {"QZ-LMNN", "GB-LMNN"} <= named(ext, Kind.METHOD, Role.PROPOSES)
    assert not named(ext, Kind.METRIC)


@pytest.mark.parametrize("abstract, variant", [
    ("Independent learners introduce nonstationarity, which breaks the replay memory on which deep "
     "Q-learning relies.", "deep Q-learning"),
    ("We compare Zorbnet with soft Q-learning on widget tasks.", "soft Q-learning"),
])
def test_a_variant_word_before_a_known_name_in_lower_case_names_the_variant(abstract, variant):
    assert variant in named(_extract("Widget learning", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, variant", [
    ("For the refinement step, we leverage 3D Gaussian Splatting, a differentiable renderer.",
     "3D Gaussian Splatting"),
    ("We texture each primitive of 2D Gaussian Splatting.", "2D Gaussian Splatting"),
    ("Segmentation uses a 3D U-Net on the scans.", "3D U-Net"),
])
def test_a_dimension_before_a_known_name_is_part_of_it(abstract, variant):
    used = named(_extract("Widget rendering", abstract), Kind.METHOD, Role.USES)
    assert variant in used and variant.split(" ", 1)[1] not in used


@pytest.mark.parametrize("title, name, proposed", [
    ("Cross-Modal Zorb Task: A New Task to Brain-to-Word Decoding", "Cross-Modal Zorb Task", False),
    ("Zorb2Vec: Task Embedding for Meta-Learning", "Zorb2Vec", True),
])
def test_a_title_whose_subtitle_calls_it_a_task_names_no_method(title, name, proposed):
    ext = _extract(title, "We study brain decoding. We propose a new formulation of it.")
    assert (name in named(ext, Kind.METHOD, Role.PROPOSES)) is proposed


def test_a_dimension_before_one_capitalised_word_is_no_name():
    ext = _extract("Tracking", "We use the Siamese network for 3D Siamese tracking of widgets.")
    assert "3D Siamese" not in named(ext, Kind.METHOD)


def test_a_dimension_before_a_known_name_defined_with_an_acronym_is_the_coined_name():
    ext = _extract("3D Diffusion Policy: Generalizable Visuomotor Policy Learning",
                   "We present 3D Diffusion Policy (DP3), a novel visual imitation learning "
                   "approach. DP3 handles most tasks.")
    proposed = {n for m in ext.mentions if m.role is Role.PROPOSES for n in (m.text, *m.aliases)}
    assert "DP3" in proposed


def test_an_activation_function_gains_no_variant_word():
    assert not named(_extract("Widget learning", "We study deep ReLU networks on widgets."),
                     Kind.METHOD, Role.USES)


def test_capitalised_variant_word_before_a_known_acronym_names_the_variant():
    ext = _extract("A study", "Linear many-view learning (Generalized CCA (Horst, 1961)) exists.")
    assert "Generalized CCA" in named(ext, Kind.METHOD, Role.USES)
    # a title capitalises every word: there the acronym alone is the known method
    ext = _extract("A Stochastic PCA and SVD Algorithm", "We study it.")
    assert "Stochastic PCA" not in named(ext, Kind.METHOD)


def test_name_in_apposition_to_a_kind_of_procedure_is_used():
    ext = _extract("Zorg classes", "A fast unsupervised clustering technique, Principal Zorb Divisive "
                                   "Partitioning (PZDP), is used to describe each class.")
    assert named(ext, Kind.METHOD, Role.USES) & {"Principal Zorb Divisive Partitioning", "PZDP"}
    # the paper's own algorithm in apposition is not one it uses
    ext = _extract("Zorg optimisation", "We then define a second algorithm, QOO, which needs less.")
    assert "QOO" not in named(ext, Kind.METHOD, Role.USES)


def test_vocabulary_data_name_glued_to_its_number():
    # "MovieLens 10M" and "Flowers-102" as written without the space or the hyphen, no cue
    ext = _extract("A study", "MovieLens10M ratings are completed in 10s. Flowers102 helps too.")
    assert {"MovieLens10M", "Flowers102"} <= data_names(ext)


def test_lower_case_phrase_introduced_before_a_colon_and_in_the_title_is_coined():
    ext = _extract("Scaling widget robotics with reward blorping",
                   "To make this possible, we introduce reward blorping: an effective way of "
                   "eliciting human preferences for widgets.")
    assert "reward blorping" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_coined_environment_is_data():
    ext = _extract("Curricula", "Using parameterized variants of the ZorbWalker environment, we study "
                                "their efficiency. It runs in a Web3 environment.")
    assert "ZorbWalker" in data_names(ext)
    assert "Web3" not in data_names(ext)


def test_known_dataset_is_not_a_method_from_context_alone():
    # MNIST is in the public dataset vocabulary (needing context to be a dataset) and never a
    # method there: "outperforms X" alone must not make it one.
    extraction = extract_paper(Paper(id="t-1", title="Things",
                                     abstract="Our model clearly outperforms MNIST in all settings."))
    assert not [m for m in extraction.mentions if m.text == "MNIST" and m.kind is Kind.METHOD]


@pytest.mark.parametrize("sentence, used", [
    ("It finds widgets as well as a state-of-the-art pre-trained detection method (ZORBS) without "
     "any training.", True),
    ("Interpolated by an edge-preserving interpolation method (ZorbFlow), our method wins.", True),
    # a kind of method the clause makes the paper's own
    ("We develop a new variance-reduced method (L-ZORBGDA) for widget games.", False),
])
def test_name_in_brackets_after_a_kind_of_method_is_that_method(sentence, used):
    name = sentence.split("(")[1].split(")")[0]
    assert (name in named(_extract("Widget detection", sentence), Kind.METHOD, Role.USES)) is used


# --- rules added for unseen corpus abstracts (invented names) ---

def test_possessive_of_a_coined_name_is_not_a_variant():
    ext = _extract("Learning to group widgets",
                   "We describe a system called ZORBLAX that learns to group features. "
                   "ZORBLAX'S training procedure generalises recurrent updates.")
    assert "ZORBLAX" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert not any("'" in n for n in named(ext))


def test_later_definition_extending_an_earlier_one_is_the_coined_name():
    ext = _extract("Sorting widgets without collisions",
                   "This paper presents a novel frobnicated widget search (FWS) variant, "
                   "non-penetration frobnicated widget search (NPFWS), which prevents collisions.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "non-penetration frobnicated widget search" in proposed
    assert "frobnicated widget search" not in proposed


def test_name_called_after_a_test_set_is_data():
    ext = _extract("Preference-aware widget sorting",
                   "Besides, we contribute the first user labeled widget test set called "
                   "\u201cQ-QUUX\u201d. Experimental results reveal that our model outperforms "
                   "existing systems.")
    assert "Q-QUUX" not in named(ext, Kind.METHOD)
    assert "Q-QUUX" in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_a_coined_acronym_of_the_titles_task_is_not_proposed():
    ext = _extract("Multi-Label Zorb Detection via Contrastive Specialization of Encoders",
                   "We introduce a novel framework for multi-label zorb detection (mZD): "
                   "Multi-ZorbFiT. Multi-ZorbFiT yields effective mZD models.")
    assert "mZD" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_name_called_after_a_dataset_of_things_is_data():
    ext = _extract("Widget rendering", "To this end, we collect a dataset of approximately 12K "
                   "artist-designed synthetic Zorb objects called ZorbVault. We incorporate this "
                   "prior with an inverse rendering model.")
    assert "ZorbVault" not in named(ext, Kind.METHOD)
    assert "ZorbVault" in named(ext, Kind.DATASET, Role.INTRODUCES)


@pytest.mark.parametrize("title, abstract, proposed", [
    ("A Probabilistic Model for Online Widget Clustering",
     "We present a probabilistic model for clustering widgets online.", set()),
    ("3D Convolutional Neural Networks for Robust Zorb Pose Estimation",
     "We propose 3D convolutional neural networks that estimate zorb poses.", set()),
    ("Quibbled Convolutional Neural Networks for Zorb Devices",
     "We propose quibbled convolutional neural networks that run on zorb devices.",
     {"Quibbled Convolutional Neural Networks"}),
    ("A Zorbatic Algorithm for Large Scale Widget Sorting",
     "We present a zorbatic algorithm for sorting widgets at scale.", set()),
    ("A Widget-Theoretic Framework for Joint Zorb Planning",
     "We present a widget-theoretic framework for planning zorbs jointly.", set()),
    ("Zorbated Residual Networks", "We propose zorbated residual networks.",
     {"Zorbated Residual Networks"}),
])
def test_title_phrase_of_plain_modifiers_and_a_generic_head_is_no_name(title, abstract, proposed):
    assert named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES) == proposed


def test_title_phrase_of_data_nouns_alone_is_no_data_set():
    ext = _extract("A Benchmark Dataset and Evaluation Methodology for Zorb Segmentation",
                   "We present a new benchmark dataset and evaluation methodology for zorb segmentation.")
    assert not data_names(ext)


def test_title_phrase_ending_in_a_generic_head_is_no_name():
    ext = _extract("A Zig-to-Zag Framework for Widget Sorting",
                   "In this paper, we propose a zig-to-zag framework to combine global sorting "
                   "and local control.")
    assert not named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, abstract, proposed", [
    # a title capitalises the field's term: "a Convolutional Neural Network" is no name
    ("Zorb Detection in a Unified Convolutional Neural Network on a Widget Arm",
     "In this paper, we propose a Convolutional Neural Network with multi-task objectives: zorb "
     "detection and scene classification.", set()),
    ("Zorb Detection in a Unified Quorbic Decision Network on a Widget Arm",
     "In this paper, we propose a Quorbic Decision Network with multi-task objectives: zorb "
     "detection and scene classification.", {"Quorbic Decision Network"}),
])
def test_title_case_object_named_in_the_title_is_proposed_unless_generic(title, abstract, proposed):
    assert named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES) == proposed


@pytest.mark.parametrize("title", ["Preference-Aware Widget Identification",
                                   "Widget Dynamics Computation of a Hybrid Gadget"])
def test_title_phrase_ending_in_a_task_noun_is_no_name(title):
    ext = _extract(title, "We introduce preference-aware widget identification and propose "
                          "widget dynamics computation for hybrid gadgets.")
    assert not named(ext, Kind.METHOD, Role.PROPOSES)


def test_known_phrase_takes_its_usual_acronym_when_the_text_uses_it():
    ext = _extract("Widget layers for small data",
                   "Our widget layer boosts various Vision Transformer architectures, such as "
                   "ViT, on small data sets.")
    assert "ViT" in _aliases(ext, "Vision Transformers") | _aliases(ext, "Vision Transformer")


@pytest.mark.parametrize("abstract, short, is_method", [
    ("We address multi-armed bandits (MAB) where the objective is to maximise widget rewards; "
     "MAB arise in many settings.", "MAB", False),
    # a known task the paper spells out (SA is also simulated annealing in the vocabulary)
    ("Sentiment analysis (SA) has been a long-standing widget problem. SA models are trained on "
     "widget reviews.", "SA", False),
    # ... unless the phrase vocabulary knows it as a method too
    ("We control the widget arm with model predictive control (MPC). MPC runs at 100 Hz.",
     "MPC", True),
    # ... or the spelled-out name has a method word inside or a procedure's head
    ("We solve the widget problem with the alternating direction method of multipliers (ADMM).",
     "ADMM", True),
    ("Widgets explore with an upper confidence bound (UCB) rule on each arm.", "UCB", True),
    # ... or its words are the known long form's, inflected otherwise
    ("We match widget features by scale invariant feature transformation (SIFT) keypoints.",
     "SIFT", True),
    ("The widget planner uses a particle swarm optimizer (PSO) to search routes.", "PSO", True),
    # ... or ends in a strategy's or a selection's head
    ("We compared covariance matrix adaptation evolution strategy (CMA-ES) to widget search. "
     "We normalize the weights produced by CMA-ES, which avoids overfitting.", "CMA-ES", True),
    ("Conversational machine comprehension (MC) is harder than widget reading.", "MC", False),
    # a language's name is capitalised as an adjective, not as a name's word
    ("BERT-based models dominate the research of Chinese spelling correction (CSC). CSC models "
     "overcorrect widgets.", "CSC", False),
])
def test_known_acronym_defined_as_something_else_is_not_that_method(abstract, short, is_method):
    ext = _extract("Regret of widget bandits", abstract)
    assert (short in named(ext, Kind.METHOD)) is is_method


def test_known_method_name_as_a_modifier_of_runs_is_not_used():
    ext = _extract("Widget sampling",
                   "We compare widget estimators over Monte Carlo simulations of a toy model.")
    assert "Monte Carlo" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract", [
    "We prove densities with respect to the Zorbel measure of the torus.",
    "We derive a tighter Zorbel bound for widget classes.",
    "Our widget solver inverts the Zorbel matrix blockwise.",
])
def test_known_method_name_qualifying_a_mathematical_object_is_not_used(abstract):
    # "the Haar measure", "a PAC-Bayesian bound", "the Gauss-Newton matrix": no method is used
    ext = _extract_with(_lexicon_with(methods=["Zorbel"]), abstract, "Widget bounds")
    assert "Zorbel" not in named(ext, Kind.METHOD)
    assert "Zorbel" in named(_extract_with(_lexicon_with(methods=["Zorbel"]),
                                           "We fit widgets with Zorbel."), Kind.METHOD)


@pytest.mark.parametrize("name", ["GZ-NAS", "Zorb-LSTM", "QX-SLAM", "FZ-MAML"])
def test_a_stem_glued_to_a_method_familys_acronym_is_a_method(name):
    # "GM-NAS utilizes a gradient matching score": a variant of the family, with no other cue
    ext = _extract("Analyzing few-shot widget search",
                   f"In particular, {name} utilizes a gradient matching score to group widgets.")
    assert name in named(ext, Kind.METHOD)


def test_a_stem_glued_to_a_non_method_acronym_is_no_method():
    ext = _extract("Widget imaging", "In particular, Cryo-EM utilizes frozen widgets.")
    assert "Cryo-EM" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract, fragment", [
    ("ZorbNet outperforms networks trained with MMD, Variational Fair Autoencoders and Domain "
     "Adversarial Neural Networks on Amazon reviews.", "Domain"),
    ("Our framework consists of three components: Symmetric Spatial Transformer Network (SSTN), "
     "Parametric Pose Non-Maximum-Suppression (NMS), and Pose-Guided Proposals Generator (PGPG).",
     "Parametric"),
    ("We evaluate the proposed approach on VGG-16 and Visual Transformer.", "Visual"),
])
def test_a_capitalised_words_first_word_does_not_join_a_list_alone(abstract, fragment):
    # the first word of a longer capitalised name is no member of the list of methods
    assert fragment not in named(_extract("Widget adaptation", abstract))


@pytest.mark.parametrize("abstract", [
    "We give a fine-grained analysis of two-layer ReLU networks under a teacher-student setup.",
    "We propose a verification framework for ReLU-based neural widgets.",
    "The activation functions, e.g. Sigmoid, ReLU, GELU, Softmax, etc. are not necessary.",
])
def test_an_activation_function_is_no_method_used(abstract):
    # a part of a network, as "dropout" is
    assert not named(_extract("Widget networks", abstract), Kind.METHOD) & {"ReLU", "GELU", "Sigmoid"}


@pytest.mark.parametrize("abstract, compared", [
    ("We evaluate the Zorb nonlinearity against the ReLU and ELU activations and find "
     "improvements.", {"ReLU", "ELU"}),
    ("On six tasks, Zorb vastly outperforms ReLU (baseline) and other activation functions.",
     {"ReLU"}),
])
def test_an_activation_compared_against_another_is_a_method_used(abstract, compared):
    assert compared <= named(_extract("Widget units", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name, glued", [
    ("Gains hold when employing DeBERTa.We further reveal that span models help.", "DeBERTa",
     "DeBERTa.We"),
    ("Experiments on SemEval14 and SemEval16.In this paper we also study widgets.", "SemEval16",
     "SemEval16.In"),
])
def test_a_full_stop_that_lost_its_space_ends_the_name(abstract, name, glued):
    found = named(_extract("Widget parsing", abstract))
    assert name in found and glued not in found


@pytest.mark.parametrize("word", ["India", "Kinect", "Instagram"])
def test_places_devices_and_sites_are_not_methods(word):
    ext = _extract("Widget tracking in the wild",
                   f"We collect widget videos with {word} and track widgets using {word} data.")
    assert word not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("phrase", ["particle filter", "mirror descent", "policy iteration"])
def test_corpus_mined_lower_case_algorithms_are_used(phrase):
    ext = _extract("Tracking widgets", f"We track each widget with a {phrase} over noisy frames.")
    assert phrase in named(ext, Kind.METHOD, Role.USES)


def test_big_o_bounds_and_multipliers_are_not_methods():
    ext = _extract("Fast widget bandits",
                   "We provide a novel algorithm with O(1/T) normalized regret, scaling with "
                   "O(NGD) per iteration, while owning fewer parameters (more than x2) than ZapNet.")
    assert not {n for n in named(ext, Kind.METHOD) if n.startswith(("O(", "x"))}


def test_field_term_from_the_opening_sentence_is_not_coined_by_our():
    ext = _extract("Structures for learning to sort",
                   "Learning to Sort Widgets (LSW), a technique that learns sorting rules from data, "
                   "has gained attention in recent years. A generic LSW approach overfits. We "
                   "propose a novel LSW model with a principled structure, and our LSW model "
                   "generalises well.")
    assert "LSW" not in named(ext, Kind.METHOD)


def test_our_name_is_coined_when_the_opening_sentence_introduces_it():
    ext = _extract("Widget compensation",
                   "This study proposes an online widget compensator (OWC) for robust sorting. "
                   "Our OWC learns placement parameters through feedback.")
    assert "OWC" in named(ext, Kind.METHOD, Role.PROPOSES) | {
        a for m in ext.mentions if m.role is Role.PROPOSES for a in m.aliases}


@pytest.mark.parametrize("head", ["layer", "method", "optimizer"])
def test_capitalised_word_before_a_named_method_head_is_a_method(head):
    ext = _extract("Widget sorting",
                   f"Instead, our sorter employs a generalization of the very recent Zorbley {head} "
                   "to multiple axes.")
    assert "Zorbley" in named(ext, Kind.METHOD, Role.USES)


def test_a_rival_named_after_its_baseline_role_is_a_used_method():
    ext = _extract("Widget captioning", "Our ZorbCap outperforms the baseline method Quux2Cap by "
                   "4.94% in CIDEr.")
    kept = {m.text for m in ext.mentions if m.role is Role.USES and m.evidence.confidence >= 0.5}
    assert "Quux2Cap" in kept


def test_members_after_a_counted_kind_of_method_are_used_methods():
    ext = _extract("Widget quality", "Quality metrics are evaluated using three open-source widget "
                   "recognition solutions, ZorbFace, QuuxFace, and BlorpNet.")
    # (each kept at the default threshold, not only guessed from its shape)
    kept = {m.text for m in ext.mentions if m.role is Role.USES and m.evidence.confidence >= 0.5}
    assert {"ZorbFace", "QuuxFace", "BlorpNet"} <= kept


@pytest.mark.parametrize("abstract, names", [
    ("This work presents two outlier rejection techniques, Zorb Parity Rejection and Quux Parity "
     "Rejection, for visual odometry.", {"Zorb Parity Rejection", "Quux Parity Rejection"}),
    ("The two proposed methods, ZorbNet-C and QuuxNet-C, are compared.", {"ZorbNet-C", "QuuxNet-C"}),
])
def test_members_of_a_counted_kind_the_paper_introduces_are_not_used_methods(abstract, names):
    ext = _extract("Widget odometry", abstract)
    kept = {m.text for m in ext.mentions if m.role is Role.USES and m.evidence.confidence >= 0.5}
    assert not names & kept


@pytest.mark.parametrize("abstract, names", [
    # "the proposed approach" is the paper's; the trackers it is applied to are not
    ("We show the generality of the proposed approach by applying it to two Siamese trackers, "
     "ZorbFC and QuuxRPN.", {"ZorbFC", "QuuxRPN"}),
    ("It competes with two recently proposed debiasing approaches: Zorb-LACE and QuuxNLP.",
     {"Zorb-LACE", "QuuxNLP"}),
])
def test_members_of_a_counted_kind_of_rivals_are_used_methods(abstract, names):
    ext = _extract("Widget tracking", abstract)
    kept = {m.text for m in ext.mentions if m.role is Role.USES and m.evidence.confidence >= 0.5}
    assert names <= kept


@pytest.mark.parametrize("head", ["technique", "procedure", "heuristic"])
def test_a_name_before_a_technique_noun_is_a_used_method(head):
    ext = _extract("Widget search", f"The second step applies the ZWNS {head} instead of the "
                   "linear search structure to improve efficiency.")
    assert "ZWNS" in named(ext, Kind.METHOD, Role.USES)


def test_known_acronym_defined_by_its_known_long_form_stays_a_method():
    ext = _extract("Registering widget scans",
                   "Widget scans are hard to register. Running ICP on widget scans is slow, "
                   "since iterative closest point (ICP) needs a good start.")
    assert "ICP" in named(ext, Kind.METHOD, Role.USES)


def test_variant_of_a_known_method_is_a_use_of_it():
    ext = _extract("Stable widget optimisation",
                   "For general geometries, we develop a variant of mirror descent for smooth "
                   "widget losses.")
    assert "mirror descent" in named(ext, Kind.METHOD, Role.USES)


def test_title_head_that_is_a_known_task_is_not_proposed():
    ext = _extract("Word Sense Disambiguation: Widget Glosses Help",
                   "We show that widget glosses help word sense disambiguation systems.")
    assert "Word Sense Disambiguation" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_capitalised_word_glued_to_an_acronym_is_a_name():
    ext = _extract("Sentence embeddings from parse trees",
                   "We use Forest-GRUX as our composition function, applied along a parse tree.")
    assert "Forest-GRUX" in named(ext, Kind.METHOD, Role.USES)


def test_word_glued_to_a_generic_acronym_is_no_name():
    ext = _extract("Widget learning", "We train widgets with Non-IID data and Multi-DOF arms.")
    assert not named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract, name, role", [
    # a capitalised word, not a prefix, glued to a generic architecture's acronym names a variant
    ("Inspired by speed reading, we introduce Zorb-RNN, a recurrent network that skips widgets.",
     "Zorb-RNN", Role.PROPOSES),
    ("In this paper, we propose Quokka-GAN, a novel architecture for widget synthesis.",
     "Quokka-GAN", Role.PROPOSES),
    # and so does a capitalised word written before it mid-sentence
    ("Prior widget samplers rely on complex models, e.g. a Zorblat GAN with many regularisers.",
     "Zorblat GAN", Role.USES),
])
def test_word_naming_a_generic_architecture_is_a_name(abstract, name, role):
    assert name in named(_extract("Widget learning", abstract), Kind.METHOD, role)


def test_variant_word_after_a_known_model_continues_its_name():
    ext = _extract("Widget entailment", "The closed models GPT-3.5 Turbo and GPT-4o show limits "
                                        "on widget entailment.")
    assert "GPT-3.5 Turbo" in named(ext, Kind.METHOD, Role.USES)
    assert "Turbo" not in named(ext)


def test_whole_title_with_an_indefinite_article_is_a_description():
    ext = _extract("An Origami-Inspired Deployable Widget Collector",
                   "This paper develops a novel approach to design a widget collector. We first "
                   "introduce the geometric models of the pattern.")
    assert not named(ext, Kind.METHOD, Role.PROPOSES)


def test_slash_joined_names_are_two_methods():
    ext = _extract("Widget textures",
                   "We compare to tiled-convolutional versions of the ZoT/QoE models.")
    assert {"ZoT", "QoE"} <= named(ext, Kind.METHOD, Role.USES)


def test_capitalised_name_before_method_keeps_the_head_as_an_alias():
    ext = _extract("Forgetting in widget regression",
                   "We connect continual learning to alternating projections and the Zorbley "
                   "method in the linear setting.")
    assert "Zorbley method" in _aliases(ext, "Zorbley")


def test_name_renamed_after_a_comma_and_article_is_proposed():
    ext = _extract("Numbers in widget answers",
                   "Our work proposes a novel attention masked reasoning model, the QZ-WIDGET, "
                   "that learns to leverage number-related context.")
    assert "QZ-WIDGET" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_quoted_name_after_our_model_is_proposed():
    ext = _extract("Widget saliency",
                   "Our baseline model ``Widgetgaze QR'' even outperforms state-of-the-art "
                   "saliency models.")
    assert "Widgetgaze QR" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_title_case_run_listed_in_a_title_is_not_a_method():
    ext = _extract("Interleaving Monte Carlo Tree Search and Self-Supervised Widget Sorting in Clutter",
                   "We sort widgets in clutter with a planner and a learned sorter.")
    assert not {n for n in named(ext, Kind.METHOD) if "Widget" in n}


def test_survey_title_name_is_not_a_method_used():
    ext = _extract("Mamba-720: Survey of Sorting Models as Queue Alternatives",
                   "We review sorting models. Mamba-720 covers GPT-4 based sorters and more.")
    assert "Mamba-720" not in named(ext, Kind.METHOD)
    assert "GPT-4" in named(ext, Kind.METHOD, Role.USES)


def test_weak_cue_before_a_plain_lower_case_definition_is_no_method():
    ext = _extract("Widget gloves",
                   "Training of upper limbs helps persons with widget cord injury (WCI). "
                   "We evaluate gloves with WCI patients.")
    assert not {"widget cord injury", "WCI"} & named(ext, Kind.METHOD)


def test_title_case_phrase_ending_in_a_model_noun_is_a_method_in_the_abstract():
    ext = _extract("Widget Dialogue Generation With A Conditional Widget Auto-Encoder",
                   "ECC models emotion and cause through a Conditional Widget Auto-Encoder and "
                   "generates responses.")
    used = named(ext, Kind.METHOD, Role.USES)
    assert "Conditional Widget Auto-Encoder" in used
    assert not {n for n in used if n.startswith("Widget Dialogue")}


def test_generic_title_case_model_class_is_not_a_method():
    ext = _extract("Widget emotions",
                   "We recognise widget emotions using a deep Convolutional Neural Network and "
                   "Long Short-Term Memory networks.")
    assert "Convolutional Neural Network" not in named(ext, Kind.METHOD)
    # ... nor when a named model stands beside it in the list (GANs are a model, as curators
    # record them: the long form names Goodfellow et al.'s model, unlike "CNN")
    ext = _extract("Widget emotions",
                   "We recognise widget emotions using a deep Convolutional Neural Network and "
                   "Generative Adversarial Networks.")
    assert named(ext, Kind.METHOD) == {"Generative Adversarial Networks"}


def test_title_case_long_form_of_a_coined_name_is_not_used():
    ext = _extract("Joint widget prediction",
                   "In this work, we propose ZCAN, a Spatial Widget Attentive Network that jointly "
                   "predicts widget trajectories.")
    assert "Spatial Widget Attentive Network" not in named(ext, Kind.METHOD, Role.USES)


def test_bracketed_example_after_a_data_noun_is_data():
    ext = _extract("Few-shot rumour detection",
                   "Adding knowledge from commonsense datasets (e.g. ZORBLAX2031) improves the "
                   "performance further.")
    assert "ZORBLAX2031" in named(ext, Kind.DATASET)
    assert "ZORBLAX2031" not in named(ext, Kind.METHOD)


def test_data_cue_reads_through_a_bracket():
    from kg.extract import cues
    assert cues.DATA_BEFORE.search("we test on several benchmarks (e.g. ")
    assert cues.DATA_BEFORE.search("reasoning datasets (such as ")


def test_apposition_after_a_name_says_it_is_data():
    ext = _extract("Commonsense for empathetic replies",
                   "We evaluate our approach on QUIBBLETALKS, which is a widely-used benchmark "
                   "dataset for response generation. Gains also hold on Snorf-9, a large corpus "
                   "of forum posts.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert {"QUIBBLETALKS", "Snorf-9"} <= data


def test_hyphenated_capitalised_name_before_a_data_head_is_data():
    ext = _extract("Multilingual navigation agents",
                   "Our agent is trained on the Hall-Through-Hall dataset and evaluated on the "
                   "Kitchen-and-Garden benchmarks. It translates English-Klingon instructions and "
                   "handles Multi-Room scenes from the Multi-Room dataset.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert {"Hall-Through-Hall", "Kitchen-and-Garden"} <= data
    assert "Multi-Room" not in data  # a description, not a name


def test_capitalised_words_between_a_known_data_set_and_its_head_extend_it():
    # "ImageNet" is in the data set vocabulary; "Quokka Crops" is an invented subset of it
    ext = _extract("Robust recognition",
                   "We evaluate on the ImageNet Quokka Crops dataset and report top-1 accuracy "
                   "on the ImageNet English benchmark.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert "ImageNet Quokka Crops" in data
    assert "ImageNet English" not in data


def test_capitalised_head_ends_an_extended_data_name():
    ext = _extract("Registration under compression",
                   "We study how the compression of maps trades off against robustness on two "
                   "real-world datasets: ImageNet Quokka Crops Dataset and MNIST Zebra Dataset, "
                   "and we find that the simpler models are often better.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert {"ImageNet Quokka Crops", "MNIST Zebra"} <= data
    assert "Dataset" not in data


def test_title_case_title_does_not_extend_a_data_name():
    ext = _extract("Multi-Task Learning on ImageNet Quokka Datasets",
                   "We study multi-task learning with shared encoders.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert "ImageNet Quokka" not in data


def test_coined_name_evaluated_across_data_sets_is_not_one():
    ext = _extract("Automated widget plots",
                   "We formalise a method for automating the selection of interesting plots. "
                   "We demonstrate the usefulness of our automated widget plots (AWP) across "
                   "multiple use-cases and datasets including model selection.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert not data & {"automated widget plots", "AWP"}


def test_year_after_a_known_data_set_is_its_edition():
    # "PASCAL VOC" is in the vocabulary; the 1999 edition is not
    ext = _extract("Part detection",
                   "We annotate object parts for PASCAL VOC 1999, which provides a mask for "
                   "each part, and we report results over 5 runs.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert "PASCAL VOC 1999" in data


# --- m8: passive introductions, title names, head nouns before names ---

def test_passive_introduction_names_the_subject():
    ext = _extract("Recurrent Quill Refinement for Sparse Widgets",
                   "Existing widgets are slow. To address this issue, Recurrent Quill Refinement "
                   "is proposed to improve the learning process of sparse widgets.")
    assert "Recurrent Quill Refinement" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_passive_introduction_of_a_defined_acronym_member_of_a_class():
    ext = _extract("Realization of flexible platforms",
                   "A new design method is given. Firstly, a new class of weighted orthogonal "
                   "zibble platforms (w-OZPs) is proposed. The w-OZPs allow fast motion.")
    assert named(ext, Kind.METHOD, Role.PROPOSES) & {"w-OZPs", "weighted orthogonal zibble platforms"}


def test_passive_introduction_skips_prepositional_objects_and_lists():
    ext = _extract("Reconstruction with graphs",
                   "In this paper, a multi-scale method for quibble graph network (QGN) is "
                   "proposed. Sampling methods like Flarn Sampling (FS), Brisk Annealed Sampling "
                   "(BAS) are developed to address this problem.")
    proposed = named(ext, role=Role.PROPOSES)
    assert not proposed & {"QGN", "quibble graph network", "BAS", "Brisk Annealed Sampling"}


def test_title_defined_with_an_acronym_in_an_introducing_clause_is_proposed():
    ext = _extract("Kernel Wibble Propagation",
                   "We propose a nonparametric generalization of wibble propagation, Kernel Wibble "
                   "Propagation (KWP), for pairwise fields. KWP is faster than prior methods.")
    assert "Kernel Wibble Propagation" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert not named(ext, Kind.METHOD, Role.USES) & {"Kernel Wibble Propagation", "KWP"}


def test_title_defined_with_an_acronym_the_paper_studies_is_proposed():
    ext = _extract("Stochastic Wibble Push for Distributed Deep Learning",
                   "Averaging is slow. This paper studies Stochastic Wibble Push (SWP), which "
                   "combines gossip with gradient updates. We prove that SWP converges.")
    assert "Stochastic Wibble Push" in named(ext, Kind.METHOD, Role.PROPOSES)
    # a study of a method others made, named without the title's words, coins nothing
    ext = _extract("On the Convergence of Gossip Methods",
                   "This paper studies Stochastic Wibble Push (SWP). We prove that SWP converges.")
    assert not named(ext, role=Role.PROPOSES)


def test_coined_name_tail_written_alone_is_the_method_extended():
    ext = _extract("Generative Zorble Vector",
                   "The recently introduced Zorble Vector is an efficient method for learning "
                   "representations of texts. However, a limitation of Zorble Vector is that it cannot "
                   "infer unseen texts. We introduce a Generative Zorble Vector, a probabilistic "
                   "extension of it.")
    assert "Generative Zorble Vector" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "Zorble Vector" in named(ext, Kind.METHOD, Role.USES)
    # a list coined as one name, and a part of what a possessive owns, are not bases
    ext = _extract("Negative Zorbing for Noisy Labels",
                   "We propose Selective Negative Zorbing and Positive Zorbing, which work together. "
                   "Positive Zorbing is applied last.")
    assert "Positive Zorbing" not in named(ext, Kind.METHOD, Role.USES)
    # a task the coined name is for is no method: "Multi-Zorb Anomaly Detection"
    ext = _extract("Fast Zorb Anomaly Detection",
                   "Zorb Anomaly Detection matters. We propose Fast Zorb Anomaly Detection (FZAD).")
    assert "Zorb Anomaly Detection" not in named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    ("Hence, we propose a new approach, ZATTAn, that bridges the two settings.", "ZATTAn"),
    ("In addition, we introduce a novel deep-learning based approach, ZUST-net, that learns them.",
     "ZUST-net"),
])
def test_capitals_with_a_lower_case_tail_are_coined_names(abstract, name):
    # "CATTAn", "ELMo": one lower-case letter after capitals; "DUST-net": a lower-case "-net"
    assert name in named(_extract("A study", abstract), Kind.METHOD, Role.PROPOSES)


def test_title_defined_acronym_after_an_extension_is_the_base():
    ext = _extract("Experience-driven Quibble Control with Robust Constraints",
                   "We present an extension to Experience-driven Quibble Control (EQC) that "
                   "leverages a belief strategy.")
    assert "Experience-driven Quibble Control" not in named(ext, role=Role.PROPOSES)


def test_long_form_with_a_model_head_is_a_model():
    ext = _extract("Torque control with networks",
                   "The applied network comprises a nonlinear zibble model with exogenous inputs "
                   "(NZMX) and a recurrent unit. We combine the recurrent unit with NZMX to predict "
                   "the control input.")
    assert "NZMX" in named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("sentence, name", [
    ("Passive tasks inside a numerical simulator Zorbit Sim are conducted.", "Zorbit Sim"),
    ("We integrate the autonomy architecture ZeBrula (Zoned Belief Reasoning Unit Layer "
     "Architecture) with new mobility systems.", "ZeBrula"),
])
def test_tool_noun_before_a_name_marks_a_method(sentence, name):
    ext = _extract("Long-range exploration of caves", "Robots explore caves. " + sentence)
    assert name in named(ext, Kind.METHOD, Role.USES)


def test_name_after_the_head_noun_of_an_introduced_object_is_proposed():
    ext = _extract("Revisiting knowledge embedding",
                   "We study embeddings. We further present a tensor decomposition based "
                   "framework QBTD to directly approximate the tensor.")
    assert "QBTD" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_called_the_quoted_name_is_proposed():
    ext = _extract("Realizing quadruped gaits",
                   "We realize gaits in our custom four legged robot, called the \u201cStrix\u201d. "
                   "Walking in Strix is smooth.")
    assert "Strix" in named(ext, role=Role.PROPOSES)


def test_capitalised_word_the_first_of_its_kind_is_proposed():
    ext = _extract("Meta-learning for fast zorb recommendation",
                   "We turn to meta-learning and propose Hydrox, the first meta-recommender for "
                   "zorb detection in literature.")
    assert "Hydrox" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_capitalised_word_right_after_we_propose_is_proposed():
    ext = _extract("Detecting many classes with weak labels",
                   "Detectors are trained on small datasets. Image classifiers reason about "
                   "larger vocabularies, as their datasets are larger. We propose Detrix, which "
                   "simply trains the classifiers of a detector on image data.")
    assert "Detrix" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_title_head_with_small_words_introduced_verbatim_is_proposed():
    ext = _extract("Code as Plans: Programs for Embodied Control",
                   "Language models can write code. This paper presents Code as Plans: a "
                   "robot-centric formulation of generated programs.")
    assert "Code as Plans" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_title_lead_phrase_with_a_coined_compound_and_method_head_is_proposed():
    ext = _extract("Adaptive Left-Right Greedy Algorithm for Sparse Learning",
                   "Two heuristics are widely used. Second, we propose a novel combination that "
                   "takes backward steps adaptively.")
    assert "Adaptive Left-Right Greedy Algorithm" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_title_lead_goes_on_with_the_of_phrase_the_abstract_repeats():
    ext = _extract("Balanced Mixture of Zorbnets for Learning the CNN Pooling Architecture",
                   "One-shot search based on a single Zorbnet does not work for this problem. "
                   "Therefore, we propose a balanced mixture of Zorbnets that associates pooling "
                   "configurations to different weight models.")
    assert "Balanced Mixture of Zorbnets" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "balanced mixture" not in [t.text.lower() for t in ext.tasks]


@pytest.mark.parametrize("title, abstract, name", [
    ("Graphical Zorbing Flows", "From this perspective, we propose the graphical zorbing flow, a "
     "new invertible transformation.", "Graphical Zorbing Flows"),
    ("Density Zorb Layers for Reliable Estimation", "We introduce a density zorb layer that "
     "models uncertainty.", "Density Zorb Layers"),
    ("External Patch Prior Guided Internal Zorbing for Image Denoising", "In this paper, we "
     "develop an external patch prior guided internal zorbing algorithm for denoising.",
     "External Patch Prior Guided Internal Zorbing"),
])
def test_title_lead_introduced_in_either_number_is_proposed(title, abstract, name):
    assert name in named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, abstract", [
    ("Approximation Algorithms for Cascading Zorb Models", "We present an approximation "
     "algorithm with a constant factor."),
    ("Bilinear Zorbits with Low-rank Structure", "We introduce the bilinear zorbit problem, "
     "where the learner chooses two arms."),
])
def test_title_lead_in_the_other_number_that_is_a_class_or_problem_is_not_proposed(title, abstract):
    lead = title.split(" for ")[0].split(" with ")[0]
    assert lead not in named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name, alias", [
    ("We derive a convex proper composite loss that we call the Zorb-canonical loss; this loss is "
     "tailored for the task.", "Zorb-canonical", "Zorb-canonical loss"),
    ("This paper proposes a Goal-Oriented Zorb Copy network, GOZC. Specifically, GOZC works.",
     "Goal-Oriented Zorb Copy", "Goal-Oriented Zorb Copy network"),
])
def test_coined_name_with_its_kind_noun_is_an_alias(abstract, name, alias):
    # a curator writes the kind noun with the name as often as not
    ext = _extract("Widget estimation", abstract)
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)
    assert alias in _aliases(ext, name)


def test_function_word_glued_to_an_acronym_is_no_name():
    ext = _extract("Weight perturbation",
                   "It is optimal in terms of hardware requirements for the training ofZVLSI "
                   "implementations of networks.")
    assert "ofZVLSI" not in named(ext)


# --- known but ambiguous data names (needs context in the vocabulary): data nouns around them ---

@pytest.mark.parametrize("abstract, expected", [
    # a plural data noun opening a list with a comma, a bracket or a colon
    ("We test Zorgnet on two citation benchmarks, Cora and Citeseer, and it works.",
     {"Cora", "Citeseer"}),
    # a singular data noun right before the name
    ("Zorgnet is evaluated with the graph benchmark Cora for node labels.", {"Cora"}),
    # two descriptive words between the name and its data noun
    ("Zorgnet is evaluated with the Yelp business review dataset and beats baselines.",
     {"Yelp"}),
])
def test_ambiguous_known_data_name_with_a_data_noun_nearby(abstract, expected):
    ext = _extract("Zorg learning", abstract)
    assert named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK) == expected


def test_ambiguous_known_data_name_before_for_each_dataset_is_not_data():
    ext = _extract("Zorg learning", "Zorgnet learns one Yelp classifier for each dataset and a "
                                    "joint one.")
    assert not named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_known_data_sets_joined_by_slashes_are_each_a_data_set():
    ext = _extract("Zorg novelty", "Results on standard image data sets (SVHN/CIFAR-10/CIFAR-100) "
                                   "are strong.")
    assert named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK) == {"SVHN", "CIFAR-10",
                                                                      "CIFAR-100"}


def test_whole_data_set_names_joined_by_a_slash_are_each_a_data_set():
    ext = _extract("Zorg subnetworks", "Its subnetworks achieve 29.45/17.29 BLEU on ZSLT14/QMT14.")
    assert data_names(ext) == {"ZSLT14", "QMT14"}
    # models are not split into data sets: a model family's name is among them
    ext = _extract("Zorg pruning", "It prunes 0.1% of the weights on ZorbNet29/ResNet50.")
    assert not data_names(ext) & {"ZorbNet29", "ResNet50"}


@pytest.mark.parametrize("abstract", [
    "Our model gains 6 points on Japanese benchmarks over strong baselines.",
    "Experiments on different English QZR benchmarks show gains.",
    "We evaluate Zorgnet on four zorg-source domain adaptation (ZSDA) benchmarks with gains.",
    "Zorgnet beats prior work on two leading ZOI detection benchmark datasets.",
])
def test_benchmarks_of_a_language_or_a_task_are_not_named_benchmarks(abstract):
    ext = _extract("Zorg learning", abstract)
    assert not named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_a_numbered_name_before_a_task_benchmark_is_a_benchmark():
    ext = _extract("Zorg learning", "Zorgnet gains 4 BLEU on the ZORG-101 machine translation "
                                    "benchmark in all settings.")
    assert "ZORG-101" in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)

def test_known_algorithm_inside_a_coined_name_is_not_used():
    ext = _extract("Zorblax Particle Filter for Mapping",
                   "We present the Zorblax Particle Filter (ZPF), which tracks landmarks.")
    assert not {n.lower() for n in named(ext, Kind.METHOD, Role.USES)} & {"particle filter"}


def test_known_algorithm_beside_a_coined_name_is_still_used():
    ext = _extract("Mapping rooms",
                   "We present the Zorblax Particle Filter (ZPF). It improves on the particle "
                   "filter of earlier work.")
    assert "particle filter" in named(ext, Kind.METHOD, Role.USES)


def test_head_noun_after_a_method_name_is_an_alias():
    ext = _extract("Margins", "We extend the Quorvex Hyperplane algorithm to indefinite kernels.")
    assert "Quorvex Hyperplane algorithm" in _aliases(ext, "Quorvex Hyperplane")


def test_method_name_written_without_its_head_noun_is_an_alias():
    ext = _extract("Walking", "Our gait is based on the Trelvin Swing Pendulum Model. With the "
                              "Trelvin Swing Pendulum the gait is stable.")
    assert "Trelvin Swing Pendulum" in _aliases(ext, "Trelvin Swing Pendulum Model")


@pytest.mark.parametrize("text, name, expected", [
    ("unlike GAMs. We fit a GAM per feature", "GAMs", ["GAM"]),  # acronym plural and singular
    ("we use the Brunk Sampler method", "Brunk Sampler", ["Brunk Sampler method"]),
    ("the hidden Brunk model fits", "hidden Brunk model", []),  # "hidden Brunk" never alone
    # a short name and the head it is written with as one term ("PID controllers"), not the kind
    ("setpoints for the ZID controllers of the car", "ZID", ["ZID controllers"]),
    ("unlike CBO algorithms", "CBO", []),
])
def test_surface_variants_are_forms_the_text_writes(text, name, expected):
    end = text.index(name) + len(name)
    assert surface_variants(text, name, end) == expected


def test_plural_known_algorithm_that_is_used_is_a_method():
    ext = _extract("Tracking", "The state is estimated based on particle filters and a motion "
                               "model; the gains are tuned with particle-swarm optimization.")
    used = named(ext, Kind.METHOD, Role.USES)
    assert {"particle filters", "particle-swarm optimization"} <= used


@pytest.mark.parametrize("sentence", [
    "An on-line algorithm for training support vector machines is presented.",
    "The results are benchmarked against support vector machines on three tasks.",
    "We propose a training procedure for support vector machines.",
])
def test_plural_known_algorithm_trained_or_compared_against_is_a_method(sentence):
    used = named(_extract("Learning", sentence), Kind.METHOD, Role.USES)
    assert "support vector machines" in used


def test_first_words_of_a_known_algorithm_before_its_head_are_no_method():
    ext = _extract("Tensors", "It applies to mixture models such as Hidden Markov models, topic "
                              "models etc.")
    assert "Hidden Markov" not in named(ext, Kind.METHOD)


def test_plural_known_algorithm_in_a_list_of_fields_is_no_method():
    ext = _extract("Survey", "Fields such as genetic algorithms, fuzzy logic and neural networks "
                             "have matured.")
    assert "genetic algorithms" not in named(ext, Kind.METHOD)


def test_plural_acronym_definition_of_a_known_algorithm_is_a_method():
    ext = _extract("Clustering", "Gaussian mixture models (GMMs) describe the color of each region.")
    assert "Gaussian mixture models" in named(ext, Kind.METHOD, Role.USES)


def test_sentence_initial_word_before_an_acronym_is_not_part_of_the_name():
    ext = _extract("Multi-task", "Typical XYZQ methods rely on full labels. We study partial labels.")
    assert "Typical XYZQ" not in named(ext, Kind.METHOD)


def test_name_qualifying_a_thing_after_a_weak_cue_is_no_method():
    ext = _extract("Worms", "The body is built with ZenTrox coil actuators. Results combined with "
                            "VorBex features improve.")
    used = named(ext, Kind.METHOD, Role.USES)
    assert "ZenTrox" not in used and "VorBex" in used


def test_prefixed_bit_width_is_a_quantity():
    ext = _extract("Quantization", "We train with sub-2-bit weights and compare with sub-4-bit "
                                   "weights.")
    assert not named(ext, Kind.METHOD)

@pytest.mark.parametrize("abstract, name", [
    # a lower-case name after a self-naming cue in a sentence that introduces something
    ("Greedy decoding returns near-duplicates. We propose a reformulation of greedy decoding, "
     "which we call lattice-hopping search. It keeps diverse candidates.", "lattice-hopping search"),
    ("This paper introduces a novel representation of grasps called elastic grip tubes that "
     "encodes a demonstrator's intent.", "elastic grip tubes"),
    ("Our algorithms introduce a novel technical approach to reducing sensitivity that we call "
     "nested private rescaling.", "nested private rescaling"),
    # an article inside the quotes is no part of the name
    ("This paper proposes a new concept called “a springy exosuit” and presents the design of a "
     "wearable device.", "springy exosuit"),
    # a connector inside the name: the clause's punctuation ends it
    ("We propose a novel class of generative models called mixtures of all forests: that is, a "
     "mixture over all forests.", "mixtures of all forests"),
])
def test_lower_case_name_after_a_self_naming_cue_is_proposed(abstract, name):
    ext = _extract("Learning to decode", abstract)
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    ("We propose a novel algorithm, Zorbic Velocity Search, for navigation.",
     "Zorbic Velocity Search"),
    ("In this paper, we propose a new concept — the ‘Zorbic Velocity Obstacle’— for real-time "
     "multi-agent navigation.", "Zorbic Velocity Obstacle"),
    ("This paper presents a new method—Neural Zorb Separation—to tackle the scenario.",
     "Neural Zorb Separation"),
])
def test_title_case_name_set_off_after_the_kind_introduced_is_proposed(abstract, name):
    assert name in named(_extract("A paper", abstract), Kind.METHOD, Role.PROPOSES)


def test_the_title_naming_the_proposed_thing_in_the_plural_names_no_task():
    ext = _extract("Zorbic Velocity Obstacles for real-time multi-agent navigation",
                   "We propose the Zorbic Velocity Obstacle for real-time multi-agent navigation.")
    assert "Zorbic Velocity Obstacle" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "zorbic velocity obstacles" not in [t.text.lower() for t in ext.tasks]


@pytest.mark.parametrize("abstract, not_name", [
    ("We propose a new model, Visual Question Answering, for it.", None),  # a task's name
    ("We provide a novel approach, Z O R B , based on boosting.", "Z O R B"),  # spaced letters
])
def test_what_is_set_off_after_the_kind_introduced_but_is_not_its_name(abstract, not_name):
    proposed = named(_extract("A paper", abstract), Kind.METHOD, Role.PROPOSES)
    assert not proposed if not_name is None else not_name not in proposed


def test_a_name_set_off_with_its_short_form_in_brackets_is_the_short_form():
    ext = _extract("Rethinking Multimodal Content Moderation From an Asymmetric Angle",
                   "Content moderation (CM) matters. In this paper, we present a novel CM model, "
                   "Asymmetric Mixed-Modal Zorbation (AM3), to target multimodal and unimodal CM "
                   "tasks. AM3 has a novel fusion architecture.")
    assert named(ext, Kind.METHOD, Role.PROPOSES) == {"AM3"}


def test_lower_case_coined_name_defined_in_the_other_number_is_one_name():
    ext = _extract("Learning to decode", "We propose a class of models called mixtures of all "
                   "forests: that is, a mixture over all forests. We parameterize this Mixture of "
                   "All Forests (MoAF) model compactly. MoAF is fast.")
    proposed = [m for m in ext.mentions if m.role is Role.PROPOSES]
    assert [(m.text, m.aliases) for m in proposed] == [("mixtures of all forests", ("MoAF",))]
    assert not named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    # a term the paper builds on, studies or cites is not one it coins
    ("This paper presents a planner based on a technique called time folding, which warps "
     "the time line.", "time folding"),
    ("In this work, we consider a prevalent setting called covariate drift, where inputs "
     "change.", "covariate drift"),
    ("We propose to add so-called pretext puzzles during training of the network.",
     "pretext puzzles"),
    ("We introduce a new model, which we named the deep clustering model with cluster-level "
     "representation learning (DCCR).", "deep clustering model"),
    # what a thing can be called in general is the field's term
    ("We develop a theory for permutation-valued functions, which in their general form can "
     "also be called listwise zorbing functions. Pointwise ones assign a score.",
     "listwise zorbing functions"),
    # a pronoun or demonstrative is what the name is given to, not the name
    ("We propose a new controller and named this method as ZVC. However, it is slow.",
     "this method"),
])
def test_lower_case_named_term_that_is_not_introduced_is_not_proposed(abstract, name):
    ext = _extract("Learning to decode", abstract)
    assert name not in named(ext, role=Role.PROPOSES)


def test_lower_case_name_keeps_the_part_the_paper_abbreviates():
    ext = _extract("Search by agents",
                   "We propose a new concept called glimmer tree-walk ability of agents, which "
                   "generates search traces. It lets them perform glimmer tree-walk (GTW) out of "
                   "the box.")
    assert "glimmer tree-walk" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "glimmer tree-walk ability" not in named(ext)


@pytest.mark.parametrize("abstract, name", [
    # "named the X": the article is not part of the name
    ("The result is a general temporal planner, named the Factored Widget Planner (FWP-Planner), "
     "which handles hundreds of tasks.", "Factored Widget Planner"),
    # "we refer to the proposed method as X"
    ("Our architecture uses two regression branches, and we refer to the proposed method as "
     "ZorpHand. It runs in real time.", "ZorpHand"),
    # the paper names what its approach uses: "which we refer to as X"
    ("The approach uses a nonparametric representation, which we refer to as Zorp Affinity "
     "Fields (ZAFs), to learn.", "Zorp Affinity Fields"),
    # "and name it as X": the subject of the first verb names it
    ("To this end, we employ an adversarial training architecture and name it as Zorb-NMT. "
     "In Zorb-NMT, the translator is trained against an adversary.", "Zorb-NMT"),
    ("We apply the whitening to two optimizers and name them W-Zorp and W-Blorp. It trains "
     "faster.", "W-Zorp"),
    # a name set off by dashes after the introduced head noun
    ("In this work, we develop the first distributed algorithm – QUILLON – for set cover that is "
     "easy to implement.", "QUILLON"),
    # "our designed X (ACR)"
    ("In addition, the detector benefits from our designed Blended Grain Sampler (BGS-A) data "
     "augmentation.", "Blended Grain Sampler"),
    # "and" between the adjectives of the introduced object does not end the object
    ("Furthermore, we propose a simple and effective data synthesis method mirrored-PatchSwap "
     "(MP-Swap) to improve robustness.", "mirrored-PatchSwap"),
    # "the novel X (ACR)" is the paper's own, even far from the introducing verb
    ("We provide a number of variational objectives including the novel adaptive spline "
     "estimation (ASPE) bound.", "adaptive spline estimation"),
])
def test_introduced_name_cues_are_proposed(abstract, name):
    ext = _extract("Planning and detection", abstract)
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract", [
    "We observe that the accuracy varies with direction, and name this phenomenon 'ZB sign "
    "imbalance'. We propose a fix.",
    "We formulate this problem on graphs and call it Team Zorb Coverage Planning (TZCP). We "
    "propose a solver.",
])
def test_a_studied_thing_named_after_and_is_not_proposed(abstract):
    ext = _extract("Zorbs", abstract)
    assert not named(ext, Kind.METHOD, Role.PROPOSES) - {"solver"}


def test_introduced_variant_described_as_a_method_is_proposed():
    # a plain modifier on a known algorithm is what a paper applies, unless the introducing
    # sentence describes it as a method of its own
    ext = _extract("Zorb views", "We introduce Deep Canonical Correlation Analysis (DCCA), a "
                                 "method to learn nonlinear transformations of two views of data.")
    assert "Deep Canonical Correlation Analysis" in named(ext, Kind.METHOD, Role.PROPOSES)
    ext = _extract("Zorb views", "We apply Deep Canonical Correlation Analysis (DCCA) to two views "
                                 "of data.")
    assert "Deep Canonical Correlation Analysis" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_novel_variant_of_a_defined_method_coins_the_extended_name_only():
    ext = _extract("Pose estimation of many objects",
                   "We present a novel iterative closest splines (ICS) variant, non-crossing "
                   "iterative closest splines (NCICS), that solves all poses jointly.")
    assert "iterative closest splines" not in named(ext, role=Role.PROPOSES)


def test_title_head_described_as_a_modified_dataset_is_data():
    ext = _extract("BlockPiles: Learning Physical Intuition for Stacking",
                   "To this end, we provide BlockPiles: a simulation-based dataset featuring "
                   "20,000 stack configurations.")
    assert "BlockPiles" not in named(ext, Kind.METHOD)
    assert "BlockPiles" in named(ext, Kind.DATASET)


@pytest.mark.parametrize("abstract, not_proposed", [
    ("We study a new problem which we refer to as the Zorg Cover (ZC) problem and solve it.",
     "Zorg Cover"),
    ("Models fail on this, a failure termed the Zorg Curse. We propose fixes.", "Zorg Curse"),
    ("This video presents a fluidic phenomenon called the Zorg Vortex and its use.",
     "Zorg Vortex"),
    ("Recovery is possible above a natural threshold called the Zorg-Stigum (ZS) threshold.",
     "Zorg-Stigum"),
    # the language's version of a name coined before it
    ("We propose Conditional Masked Zorb Modeling (CMZM). Our English CMZM model achieves "
     "state-of-the-art performance on SentEval.", "English CMZM"),
])
def test_named_problem_or_phenomenon_is_not_proposed(abstract, not_proposed):
    ext = _extract("Zorg studies", abstract)
    assert not_proposed not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_our_language_version_of_a_name_is_the_name():
    ext = _extract("ZT-QDC: A Dataset for Zorb Comprehension in Online Tests",
                   "We study question difficulty and provide our new Chinese ZT-QDC dataset.")
    assert "ZT-QDC" in data_names(ext) and "Chinese ZT-QDC" not in named(ext)


def test_named_measure_is_still_named():
    # a measure the paper coins is recorded (the problem/phenomenon guard must not drop it)
    ext = _extract("Zorg stability", "Then, a new reliable metric named as Zorg-Height Stability "
                                     "(ZHS) measure is introduced for mobile robots.")
    assert "Zorg-Height Stability" in named(ext)


@pytest.mark.parametrize("abstract, established", [
    ("We propose a Markov chain Monte Carlo (MCMC) scheme that mixes faster on graphs.",
     "Markov chain Monte Carlo"),
    ("We propose to cast the zorg selection as a zorg-flow complementarity problem (ZCP) and "
     "solve it.", "zorg-flow complementarity problem"),
])
def test_object_defined_with_an_established_term_is_not_coined(abstract, established):
    ext = _extract("Zorg sampling", abstract)
    assert established not in named(ext, Kind.METHOD, Role.PROPOSES)



def test_algorithm_sharing_its_acronym_is_used_in_lower_case():
    # "simulated annealing" shares SA with stochastic approximation; the long form still names it
    ext = _extract("Zephyr schedules for routing", "We tune the temperature of simulated "
                                                   "annealing for the routing of Zephyr fleets.")
    assert "simulated annealing" in named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract", [
    "We reduce the variance of importance sampling for off-policy evaluation of Zephyr policies.",
    "Equipped with a Gaussian process surrogate model, the Zephyr acquisition rule is optimal.",
    "The Zephyr network is trained by backpropagation (BP) with a multilayer perceptron head.",
    # bare "Monte Carlo" is the family ("Markov Chain Monte Carlo" names one member)
    "We estimate the Zephyr integral with Monte Carlo and compare to Monte-Carlo sampling.",
])
def test_textbook_concepts_are_not_methods_used(abstract):
    # curators record none of these where a paper names them (0 of 13 papers in dev and
    # tuning 1-15; bare Monte Carlo 0 of 5 in tuning 7-35): a concept of the field, like
    # "convolutional neural networks"
    assert not named(_extract("Zephyr estimators", abstract), Kind.METHOD) & {
        "importance sampling", "Gaussian process", "backpropagation", "BP", "multilayer perceptron",
        "Monte Carlo", "Monte-Carlo"}


def test_a_named_member_of_the_monte_carlo_family_is_used():
    ext = _extract("Zephyr estimators", "We sample the Zephyr posterior with Markov Chain Monte "
                                        "Carlo and Sequential Monte Carlo.")
    assert {"Markov Chain Monte Carlo", "Sequential Monte Carlo"} <= named(ext, Kind.METHOD)


# --- methods round 5: established algorithms written in older/theory papers' ways ---------

def _lexicon_with(methods=(), phrases=(), acronym_phrases=None):
    """The shipped lexicon plus invented vocabulary entries: names no corpus contains."""
    from dataclasses import replace

    from kg.extract.lexicon import last_words, load_lexicon, phrase_key
    lex = load_lexicon()
    keys = {phrase_key(p): "" for p in phrases}
    return replace(lex, methods={**lex.methods, **{m: 40 for m in methods}},
                   methods_folded=lex.methods_folded | {m.lower() for m in methods},
                   first_words=lex.first_words | {m.lower() for m in methods} | {k.split()[0] for k in keys},
                   method_phrases={**lex.method_phrases, **keys},
                   phrase_first_words=lex.phrase_first_words | {k.split()[0] for k in keys},
                   phrase_last_words=lex.phrase_last_words | last_words(keys),
                   acronym_phrases={**lex.acronym_phrases, **(acronym_phrases or {})})


def _extract_with(lexicon, abstract: str, title: str = "A study"):
    return extract_paper(Paper("t-names", title, abstract), lexicon)


@pytest.mark.parametrize("abstract, name, alias", [
    ("We smooth the counts with the Brasko-Villen smoothing before decoding.", "Brasko-Villen",
     "Brasko-Villen smoothing"),
    ("Our bound also covers the Tarrow-Quill estimator of missing mass.", "Tarrow-Quill",
     "Tarrow-Quill estimator"),
    ("The weights are fitted by the Garvey-Holm-Pike algorithm in closed form.", "Garvey-Holm-Pike",
     "Garvey-Holm-Pike algorithm"),
    ("Samples are relaxed with the Zorbel-Max trick during training.", "Zorbel-Max", "Zorbel-Max trick"),
    ("Sparse signals are recovered by the Brasko-Villen selector in high dimension.", "Brasko-Villen",
     "Brasko-Villen selector"),
])
def test_hyphenated_eponyms_before_a_procedure_noun_name_a_method(abstract, name, alias):
    ext = _extract("Zorg counts", abstract)
    assert name in named(ext, Kind.METHOD, Role.USES)
    assert alias in _aliases(ext, name)


@pytest.mark.parametrize("abstract, not_name", [
    ("A Multi-Agent algorithm coordinates the zorg fleet.", "Multi-Agent"),
    ("We add an English-Zorbic method for alignment.", "English-Zorbic"),
])
def test_hyphenated_descriptions_are_not_eponyms(abstract, not_name):
    assert not_name not in named(_extract("Zorg fleets", abstract), Kind.METHOD)


def test_named_acronyms_leave_the_generic_list():
    from kg.extract.lexicon import _named_acronyms, acronym_phrases
    rows = [{"phrase": "zonal quorble analysis", "short": "ZQA", "df": "30"},
            {"phrase": "tiny quux", "short": "TQ", "df": "50"},  # two letters: too ambiguous
            {"phrase": "rare blorp filter", "short": "RBF", "df": "3"}]  # defined too rarely
    methods, generic = _named_acronyms({}, frozenset({"ZQA", "ZQAs", "TQ", "RBF"}), acronym_phrases(rows))
    assert methods == {"ZQA": 30}
    assert generic == frozenset({"TQ", "RBF"})


def test_known_acronym_defined_as_something_else_is_not_the_method():
    lex = _lexicon_with(methods=["HQM"], acronym_phrases={"HQM": "hyper quorble moulding"})
    ext = _extract_with(lex, "We restore faces captured by Headset Quibble Mounts (HQM). "
                             "Existing HQM pipelines are slow.")
    assert not named(ext, Kind.METHOD) & {"HQM", "Headset Quibble Mounts"}
    ext = _extract_with(lex, "We restore faces with HQM before matching them.")
    assert "HQM" in named(ext, Kind.METHOD, Role.USES)


def test_established_acronym_with_a_long_form_naming_no_method_is_not_the_method():
    lex = _lexicon_with(methods=["ZRF"])
    ext = _extract_with(lex, "Splicing is found from the camera zebra functions (ZRF) of each region.")
    assert "camera zebra functions" not in named(ext, Kind.METHOD)


def test_plural_method_phrase_second_in_a_used_pair():
    lex = _lexicon_with(phrases=["blorp mixture model"])
    ext = _extract_with(lex, "We build guides using kinesthetic teaching and blorp mixture models.")
    assert "blorp mixture models" in named(ext, Kind.METHOD, Role.USES)
    ext = _extract_with(lex, "Research on fuzzy logic and blorp mixture models keeps growing.")
    assert "blorp mixture models" not in named(ext, Kind.METHOD)


def test_filtering_with_a_known_filter_is_that_filter():
    lex = _lexicon_with(phrases=["zorby kalman filter"])
    ext = _extract_with(lex, "The pose is tracked by zorby Kalman filtering. Zorby Kalman filters "
                             "are cheap.")
    assert "zorby Kalman filtering" in named(ext, Kind.METHOD, Role.USES)
    assert "zorby Kalman filters" in _aliases(ext, "zorby Kalman filtering")  # one method


def test_capitalised_variant_word_in_a_title_case_phrase():
    lex = _lexicon_with(phrases=["blorp auto-encoder"])
    ext = _extract_with(lex, "Responses are sampled from a Conditional Blorp Auto-Encoder here.")
    assert "Conditional Blorp Auto-Encoder" in named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    ("The sparse weights of the model are learned with Zorbic Quellan Pursuit in a few steps, "
     "which keeps the cost of each update low.", "Zorbic Quellan Pursuit"),
    ("Our rule extends the framework of Quellan Propagation to general dynamics.", "Quellan Propagation"),
])
def test_title_case_procedure_inside_a_lower_case_sentence_is_a_method(abstract, name):
    assert name in named(_extract("Zorg learning", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, used", [
    ("The sample efficiency can be boosted by applying algorithms such as Zorbic Optimization to "
     "the latent space of the trained model.", True),
    ("The tuned baseline uses Zorbic Optimization to set the parameters of every layer in the "
     "network.", True),
    ("Zorbic Optimization is hard for the high-dimensional inputs of the trained model.", False),
])
def test_title_case_problem_name_that_is_used_is_a_method(abstract, used):
    from dataclasses import replace

    from kg.extract.lexicon import load_lexicon
    lex = load_lexicon()
    lex = replace(lex, tasks={**lex.tasks, "zorbic optimization": 50})
    got = named(_extract_with(lex, abstract), Kind.METHOD, Role.USES)
    assert ("Zorbic Optimization" in got) is used


def test_title_case_procedure_in_a_title_or_of_our_own_is_not_used():
    ext = _extract("Zorbic Quellan Pursuit For Blorp Graphs", "We study graphs.")
    assert "Zorbic Quellan Pursuit" not in named(ext, Kind.METHOD, Role.USES)
    ext = _extract("Zorg", "We present a novel Quellan Propagation for zorg graphs and test it.")
    assert "Quellan Propagation" not in named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, names", [
    ("Paths are planned with QRT* and compared against A* and D* Lite on grids.", {"QRT*", "A*", "D* Lite"}),
    ("The bound holds where n*, UD* and UA* are the optimal counts and O*(n) the cost.", set()),
    ("We build upon ZQT* to obtain ZQT*-AR and Zb-A*, which plan faster.", {"ZQT*"}),
    ("In this paper we propose QRT* for fast replanning on grids.", set()),
    ("We present a novel A* variant that replans on grids.", set()),  # the paper's own
])
def test_star_suffixed_search_algorithms_are_methods(abstract, names):
    found = {n for n in named(_extract("Zorg planning", abstract), Kind.METHOD, Role.USES) if "*" in n}
    assert found == names


# Helper round 7 (methods used): rules with invented names.

@pytest.mark.parametrize("abstract, name", [
    ("Quellan Blorp Forest (QBF) is a recent state-of-the-art Anomaly Detection (AD) algorithm for "
     "curves. We lift its limits.", "Quellan Blorp Forest"),
    ("Zorbic Tree Walkers (ZTW) are widely used as building blocks of planners. We study them.",
     "Zorbic Tree Walkers"),
])
def test_sentence_opening_name_said_to_be_an_algorithm_is_used(abstract, name):
    assert name in named(_extract("Zorg curves", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract", [
    "Quellan Blorp Forest (QBF) is a novel algorithm for curves that we study.",  # the paper's own
    "Zorbic Tree Networks (ZTN) are a popular model for curves.",  # a family
    "Quellan Blorp Learning (QBL) is a popular method for curves.",  # a field
    "Quellan blorp forest (QBF) is a popular method for curves.",  # a sentence-case concept
])
def test_sentence_opening_name_not_an_existing_algorithm(abstract):
    used = named(_extract("Zorg curves", abstract), Kind.METHOD, Role.USES)
    assert not {"Quellan Blorp Forest", "Zorbic Tree Networks", "Quellan Blorp Learning",
                "Quellan blorp forest"} & used


def test_capitalised_word_before_a_software_noun_is_used():
    ext = _extract("Zorg grasping", "Contacts are simulated in the Quorbel physics engine and the "
                   "Zandrix simulator, with code in the Python library for meshes.")
    used = named(ext, Kind.METHOD, Role.USES)
    assert {"Quorbel", "Zandrix"} <= used and "Python" not in used


@pytest.mark.parametrize("abstract, name", [
    ("The planner makes use of QRBL for drawing.", "QRBL"),
    ("We build on ZorbNet to segment scenes.", "ZorbNet"),
    ("We improve the backbone model ZRBT by a wide margin.", "ZRBT"),
])
def test_use_and_kind_noun_cues(abstract, name):
    assert name in named(_extract("Zorg scenes", abstract), Kind.METHOD, Role.USES)


def test_a_model_variable_is_not_a_method():
    ext = _extract("Zorg introspection", "If a model M1 can introspect, it beats a model M2 here.")
    assert not {"M1", "M2"} & named(ext, Kind.METHOD, Role.USES)


def test_learned_score_metric_is_not_a_method():
    ext = _extract("Zorg summaries", "We find that QuorbScore and GPT-4 agree on faithfulness.")
    assert "QuorbScore" not in named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract", [
    "We follow Zorbel's treatment of the problem.",
    "Identifiability was settled by Zorbel [1995] for trees.",
    "As shown by Zorbel (1984), the loop is stable.",
    # inside the reference
    "It encompasses two problems, namely, identifiability [Zorbel, 1995] and z-identifiability.",
    "It encompasses z-identifiability (Quarn and Zorbel, 2012).",
])
def test_person_sharing_a_method_name_is_not_a_method(abstract):
    from kg.extract.lexicon import load_lexicon
    import dataclasses
    lex = load_lexicon()
    lex = dataclasses.replace(lex, methods={**lex.methods, "Zorbel": 9})
    used = named(extract_paper(Paper("t-names", "Zorg trees", abstract), lexicon=lex), Kind.METHOD, Role.USES)
    assert "Zorbel" not in used


def test_possessive_eponym_takes_describing_words():
    assert [s for _, _, s in eponym_spans("computed by Zorbel's matrix scaling algorithm")] == \
        ["Zorbel's matrix scaling algorithm"]


def test_hardware_listed_after_a_device_noun_is_not_a_method():
    ext = _extract("Zorg rendering", "It runs on consumer devices such as the QorbPad.")
    assert "QorbPad" not in named(ext, Kind.METHOD, Role.USES)


def test_name_listed_by_a_kind_of_method_is_one_whatever_follows():
    # the word after the list is its verb, not a thing the name qualifies
    ext = _extract("Zorg games", "Deep methods such as ZSG-NFQP suffer from data inefficiency.")
    assert "ZSG-NFQP" in named(ext, Kind.METHOD, Role.USES)
    ext = _extract("Zorg arms", "The arm moves with ZiTi coil actuators.")
    assert "ZiTi" not in named(ext, Kind.METHOD)


def test_technique_defined_with_its_acronym_and_used_is_a_method():
    ext = _extract("Zorg agents", "We further introduce the classical elastic blorp consolidation (EBC) "
                                  "for selective weight updates.")
    assert named(ext, Kind.METHOD, Role.USES) & {"elastic blorp consolidation", "EBC"}
    # a data set, a task or a field spelled out the same way is none
    for sentence in ["We evaluate using the online blorp benchmark (OBB).",
                     "We rely on coverage blorp planning (CBP) to cover the part.",
                     "We prove it using the central blorp theorem (CBT).",
                     "Patients with spinal blorp injury (SBI) took part."]:
        ext = _extract("Zorg study", sentence)
        assert not named(ext, Kind.METHOD, Role.USES), sentence
    # emulated or exploited is used too; one word is a property, not a technique
    ext = _extract("Zorg agents", "To improve execution, we emulate blorp-first search (BFS) with "
                                  "graph neural networks.")
    assert named(ext, Kind.METHOD, Role.USES) & {"blorp-first search", "BFS"}
    ext = _extract("Zorg grippers", "The gripper works by exploiting ultrablorp (UB) activation.")
    assert not named(ext, Kind.METHOD, Role.USES)


def test_defined_measure_is_not_a_method():
    ext = _extract("Zorg roads", "We score maps with the Average Blorp Length Similarity (ABLS) here.")
    assert "Average Blorp Length Similarity" not in named(ext, Kind.METHOD, Role.USES)


def test_own_named_part_is_proposed_not_used():
    ext = _extract("Zorg detection", "Then, the Quadric Blorp Constraint (QBC) module aligns "
                   "features, and our proposed Zorbic-Driven Blorp Search (ZDBS) method wins.")
    used = named(ext, Kind.METHOD, Role.USES)
    assert not {"Quadric Blorp Constraint", "QBC", "Zorbic-Driven Blorp Search", "ZDBS"} & used
    assert "Quadric Blorp Constraint" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_capitalised_eponym_before_a_model_noun_is_used():
    ext = _extract("Zorg memories", "Patterns are stored in a Quorvald network and sampled with "
                   "Zandrek windows; a Residual network is a baseline.")
    used = named(ext, Kind.METHOD, Role.USES)
    assert {"Quorvald", "Zandrek"} <= used and "Residual" not in used
    assert "Quorvald network" in _aliases(ext, "Quorvald")


@pytest.mark.parametrize("abstract, name", [
    ("The device is compared with an ATQ Zorb17 force/torque sensor under load.", "ATQ Zorb17"),
    ("Experiments are conducted with QORB-R, a humanoid robot built in our lab.", "QORB-R"),
    ("The enhanced event-aware network, namely ZORB-Net, is evaluated on roads.", "ZORB-Net"),
])
def test_devices_and_own_appositions_are_not_used_methods(abstract, name):
    assert name not in named(_extract("Zorg control", abstract), Kind.METHOD, Role.USES)


def test_namely_after_existing_methods_is_still_used():
    ext = _extract("Zorg control", "We compare with existing methods, namely QorbNet and ZRBT.")
    assert {"QorbNet", "ZRBT"} <= named(ext, Kind.METHOD, Role.USES)


# Helper round 9 (methods used): rules with invented names.

def test_one_word_vocabulary_phrase_is_a_used_method():
    lex = _lexicon_with(phrases=("zorblation", "zorblation algorithm"))
    ext = _extract_with(lex, "The weights are trained by zorblation on small grids. We report errors.")
    assert "zorblation" in named(ext, Kind.METHOD, Role.USES)


def test_vocab_phrase_with_algorithm_head_keeps_the_bare_name_as_alias():
    lex = _lexicon_with(phrases=("zorblation algorithm",))
    ext = _extract_with(lex, "We compare with the zorblation algorithm on small grids.")
    assert "zorblation" in _aliases(ext, "zorblation algorithm")


@pytest.mark.parametrize("abstract, name, alias", [
    ("We fit a kernel QZA to the features and cluster them.", "kernel QZA", "QZA"),
    ("Accuracy improves over a linear QZA on all tasks.", "linear QZA", "QZA"),
])
def test_variant_word_before_a_known_acronym_names_the_variant(abstract, name, alias):
    ext = _extract_with(_lexicon_with(methods=("QZA",)), abstract)
    assert name in named(ext, Kind.METHOD, Role.USES)
    assert alias in _aliases(ext, name)


def test_hyphenated_eponym_pair_keeps_its_head_across_extra_spaces():
    ext = _extract("Zorg counts", "Unlike the classical Brasko-Villen  algorithm, ours is smooth.")
    assert "Brasko-Villen algorithm" in _aliases(ext, "Brasko-Villen")


def test_star_name_keeps_its_algorithm_head_as_alias():
    ext = _extract("Zorg planning", "Paths are planned with the QRT* algorithm on grids.")
    assert "QRT* algorithm" in _aliases(ext, "QRT*")


@pytest.mark.parametrize("abstract, name", [
    ("We represent the product features of each layer as a learnable Zorbic Polyadic Decomposition "
     "(ZPD) of low rank, which keeps the number of weights small.",
     "Zorbic Polyadic Decomposition"),
    ("The second order statistics of the features are kept after Quorble Covariance Pooling (QCP) "
     "in each of the deep blocks of the network.", "Quorble Covariance Pooling"),
    ("Concretely, Zorbative Weights Updates (ZWU) with constant step-size is chaotic in the dual "
     "space of the games.", "Zorbative Weights Updates"),
])
def test_titled_procedure_defined_with_acronym_is_used(abstract, name):
    assert name in named(_extract("Zorg features", abstract), Kind.METHOD, Role.USES)


def test_titled_procedure_the_paper_proposes_is_not_used():
    ext = _extract("Zorg policies", "We fill this gap by proposing a trust-region method, Quorble Model "
                   "Policy Search (QMPS), able to learn both.")
    assert "Quorble Model Policy Search" not in named(ext, Kind.METHOD, Role.USES)


def test_acronym_of_a_linking_task_is_not_a_method():
    ext = _extract("Zorg linking", "Zorbic Entity Linking (ZEL) is hard. Most existing ZEL methods fail "
                   "on videos.")
    assert "ZEL" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract, name", [
    ("Our model is better than QZXT-large on all tasks.", "QZXT-large"),
    ("We fine-tune QZXT-base on the reviews.", "QZXT-base"),
])
def test_acronym_with_a_size_word_is_a_name(abstract, name):
    assert name in named(_extract("Zorg reviews", abstract), Kind.METHOD, Role.USES)


def test_hyphenated_capitals_after_a_comparison_cue_are_a_method():
    ext = _extract("Zorg lines", "Compared with QR-ZLD-Lite, previously the best real-time method, ours "
                   "is faster.")
    assert "QR-ZLD-Lite" in named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    ("There are three competing methods: QZBN, a partial feedback method, and two others.",
     "QZBN"),
    ("It outperforms state-of-the-art unsupervised methods, ZKRQ, by a wide margin.", "ZKRQ"),
])
def test_name_in_apposition_to_other_methods_is_used(abstract, name):
    assert name in named(_extract("Zorg ranking", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    ("We show that many classifiers including Quorble Bayes suffer from a distortion.", "Quorble Bayes"),
    ("We use sketching techniques such as Zanzy Directions to derive bounds.", "Zanzy Directions"),
    ("Boosting algorithms like Zorboost overfit on noisy labels.", "Zorboost"),
])
def test_name_opening_a_list_of_a_method_kind_is_used(abstract, name):
    assert name in named(_extract("Zorg calibration", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    ("We analyze the data using QZ machines [18, 21] and Recursive Zorble Elimination (RZE) [11].",
     "Recursive Zorble Elimination"),
    ("It improves the success rate by 12% for Wobble-Follower [14] and by 4% for ZanRN [50].",
     "Wobble-Follower"),
    ("It improves the success rate by 12% for Wobble-Follower [14] and by 4% for ZanRN [50].", "ZanRN"),
    ("We build on a domain adaptation framework, QUIB [1], to align the features.", "QUIB"),
])
def test_a_name_with_a_numbered_reference_is_a_method_used(abstract, name):
    assert name in named(_extract("Zorg decoding", abstract), Kind.METHOD, Role.USES)


def test_a_cited_data_set_stays_a_data_set():
    ext = _extract("Zorg decoding", "Demonstrations on the Quibble Beach Rover dataset [1] show it.")
    assert not named(ext, Kind.METHOD) & {"Quibble Beach Rover"}


@pytest.mark.parametrize("abstract, name", [
    ("We apply an offline Zorbic Processes based framework to induce a policy.",
     "Zorbic Processes"),
    ("It uses a Quibble Decision Process based approach to generate collision-free paths.",
     "Quibble Decision Process"),
])
def test_a_title_case_name_before_a_separate_based_is_a_method(abstract, name):
    assert name in named(_extract("Zorg planning", abstract), Kind.METHOD, Role.USES)


def test_a_name_based_on_something_is_not_used_for_that():
    ext = _extract("Zorg planning", "The Quibble Wobble Process based on dynamic programming is slow.")
    assert "Quibble Wobble Process" not in named(ext, Kind.METHOD, Role.USES)


def test_a_separate_based_inside_a_longer_coined_name_is_no_use():
    ext = _extract("Zorg planning", "We propose a novel Quibble Vocabulary based Feature Hallucinator (QVFH).")
    assert "Quibble Vocabulary" not in named(ext, Kind.METHOD, Role.USES)


# --- structural rules of helper round methods13: lists, comparisons, appositions ---------------

def test_an_acronym_definition_is_one_member_of_a_list():
    ext = _extract("Zorg games", "Earlier learners, such as Zorbic Best Reply (ZBR), Quibble Play (QBP), "
                                 "and Flarn-Oracle (FLNO), can be slow.")
    used = {form for m in ext.mentions if m.kind is Kind.METHOD and m.role is Role.USES
            for form in (m.text, *m.aliases)}
    assert {"Quibble Play", "Flarn-Oracle"} <= used


def test_a_name_and_its_own_acronym_are_no_list():
    # the acronym alone is a known method's; its long form here is a disease, no method
    ext = _extract("Zorg gait", "The gait of Pinkle Disease (PD) patients is studied.")
    assert "Pinkle Disease" not in named(ext, Kind.METHOD)


def test_a_comparison_speaks_for_a_list_of_plain_capitalised_names():
    ext = _extract("Zorg planning", "Our planner is faster than Zorbit, Quaxle and Flimbo on every map.")
    assert {"Zorbit", "Quaxle", "Flimbo"} <= named(ext, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name", [
    ("Compared with Wibble-Net and Zorb-Former, our planner is faster.", "Zorb-Former"),
    ("Finally, we compare our graph-based approach with the state-of-the-art QUUX-FLIP and "
     "Zorb-Task architectures.", "Zorb-Task"),
    ("The baselines are Zorbit, Quaxle and Flimbo.", "Quaxle"),
    ("We study Zorbit and its variants on sparse graphs.", "Zorbit"),
    ("We observe performance consistently superior to ZSI on the same data.", "ZSI"),
])
def test_comparisons_and_relations_name_other_methods(abstract, name):
    assert name in named(_extract("Zorg planning", abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract", [
    "This paper studies a generalization of ZorPlan for sparse maps.",
    "We present an extension to ZorPlan for sparse maps.",
])
def test_what_the_paper_extends_is_a_method_it_uses_with_confidence(abstract):
    # a coined-looking name alone is a guess below the default confidence cut (0.5)
    ext = _extract("Zorg planning", abstract)
    assert any(m.text == "ZorPlan" and m.role is Role.USES and m.evidence.confidence >= 0.5
               for m in ext.mentions)


@pytest.mark.parametrize("title, abstract, name", [
    ("Better than Zorbit: fast planning", "We plan fast on sparse maps.", "Zorbit"),
    ("Zorg prompting", "LLM fine-tuning helps compared to Zero- and Few-Shot prompting.", "Zero"),
    ("Zorg speech", "We show results for transcriptions in French, Hungarian, Lithuanian, and Polish.",
     "Hungarian"),
    ("Zorg planning", "Our proposed Zorbit and its variants are fast.", "Zorbit"),
])
def test_no_method_from_a_title_a_split_compound_or_a_list_of_languages(title, abstract, name):
    assert name not in named(_extract(title, abstract), Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, name, kind", [
    ("It beats action recognizers on the Zorb Sport, the Quux Gesture and the Flarn-Action3D datasets.",
     "Quux Gesture", Kind.DATASET),
    ("Our planner is faster than Zorbit as well as Quaxle on every map.", "Quaxle", Kind.METHOD),
])
def test_as_well_as_and_and_the_join_a_list(abstract, name, kind):
    assert name in named(_extract("Zorg recognition", abstract), kind)


def test_names_after_baselines_are_methods_used_with_confidence():
    # coined-looking names alone are guesses below the default confidence cut (0.5)
    ext = _extract("Zorg planning", "We evaluate two baselines: ZorbNet and QuixFormer.")
    confident = {m.text for m in ext.mentions if m.role is Role.USES and m.evidence.confidence >= 0.5}
    assert {"ZorbNet", "QuixFormer"} <= confident


# --- the passive's subject through a relative clause; a name before its kind ---

def test_passive_introduction_through_a_relative_clause():
    ext = _extract("Zorg platforms", "In this study, a high-capacity linear zibble compensator (LZC), "
                   "which comprises coil springs, a cam, and a wire, is proposed to carry the payload.")
    assert "linear zibble compensator" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_capitalised_words_before_the_introduced_kind_are_its_name():
    ext = _extract("Robust zorg learning as a game",
                   "We model robust zorg learning as a game. We develop the Quibble Policy Ascent "
                   "algorithm to solve it, and our method is stable.")
    assert "Quibble Policy Ascent" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    # the name given after the kind is the name, the capitalised words a description
    ("To answer it, we propose a Multiple Quill Student architecture (named ZORBUS), an efficient "
     "network.", "Multiple Quill Student"),
    # a task the model addresses
    ("We propose a Zibble Question Answering model that reads tables.", "Zibble Question Answering"),
])
def test_capitalised_words_before_a_kind_that_are_no_name(abstract, name):
    assert name not in named(_extract("Zorg ranking", abstract), Kind.METHOD, Role.PROPOSES)


# --- a new acronym, a title taken up as a subject, "our"/"the proposed", counted lists ---

@pytest.mark.parametrize("abstract, name", [
    # a variant of a known algorithm, given an acronym of its own that then acts
    ("We propose a nonparametric generalization of belief propagation, Sparse Belief Propagation "
     "(SpaBP), for pairwise fields. SpaBP makes none of the usual assumptions.",
     "Sparse Belief Propagation"),
    # a known model's name, with the paper's own acronym (the field writes ESN)
    ("Here we propose an Echo State Network (EchoSN) to assist treatments. EchoSN seamlessly "
     "combines reservoirs and deep networks.", "Echo State Network"),
])
def test_known_long_form_with_the_papers_own_acronym_as_a_later_subject(abstract, name):
    assert name in named(_extract("Zorg prediction", abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, short", [
    # defined with a citation: someone else's work the paper builds on
    ("We propose a framework for robust training of Zorb Object Nets (ZON) [1] with a focus on "
     "multi-object manipulation. ZON is trained with a novel loss.", "ZON"),
    # what the introducing sentence analyses, it does not build
    ("This paper provides a systematic analysis of the quibbled backpropagation (QBP) algorithm, "
     "introducing new conditions. QBP is shown to converge.", "QBP"),
    # ... nor what it diagnoses or detects
    ("This paper presents a novel method for quantitative and objective diagnoses of Qutism "
     "Spectrum Disorder (QSD) using eye tracking and deep neural networks. QSD is prevalent, with "
     "1.5% of people in the US.", "QSD"),
])
def test_acronym_of_studied_or_cited_work_as_a_later_subject_is_not_proposed(abstract, short):
    proposed = named(_extract("Zorg analysis", abstract), Kind.METHOD, Role.PROPOSES)
    assert short not in proposed


def test_the_owner_of_what_is_introduced_is_not_proposed():
    ext = _extract("Zorg wheelchairs", "In this paper, we introduce ZLR's robotic wheelchair QUIBO "
                                       "(Quite Useful Intelligent Bot), a system for daily help.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "ZLR" not in proposed and "QUIBO" in proposed


def test_known_long_form_with_an_acronym_that_never_acts_is_still_used():
    ext = _extract("Zorg prediction", "We propose an Echo State Network (EchoSN) to assist "
                   "treatments. Experiments on two data sets show gains.")
    assert "Echo State Network" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, abstract, name", [
    ("Zorbly-ICP", "In this paper we combine two algorithms into a single framework. While "
     "maintaining speed, Zorbly-ICP allows the addition of outlier terms.", "Zorbly-ICP"),
    ("Beta zorbination: a well-founded improvement on logistic zorbination",
     "We derive the method from first principles. Experiments show that beta zorbination is "
     "superior to logistic zorbination.", "Beta zorbination"),
    ("Stochastic Zorbolution", "We present a stochastic framework for zorbolution. Stochastic "
     "Zorbolution is straightforward to implement.", "Stochastic Zorbolution"),
])
def test_title_taken_up_as_a_sentence_subject_is_the_papers_name(title, abstract, name):
    assert name in named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, abstract", [
    # a phenomenon the paper studies
    ("Zorb Collapse", "We study a phenomenon called zorb collapse. We show that zorb collapse "
     "goes hand in hand with generalization."),
    # an activity, or a goal others reach
    ("Zorb choice: a posterior predictive approach", "Zorb choice is a fundamental activity in "
     "data analysis. We propose a criterion."),
    ("Robotic zorbic catching: initial experiments", "Robotic zorbic catching can be achieved "
     "by caging. We present experiments."),
])
def test_title_subject_that_is_no_method(title, abstract):
    name = title.split(":")[0]
    assert name not in named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)


def test_title_head_with_its_bracketed_acronym_is_one_name():
    ext = _extract("Long Range Zorbigator (LRZ): extending planning horizons",
                   "We present a planner for long distances. LRZ plans over images.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "Long Range Zorbigator" in proposed
    assert "Long Range Zorbigator (LRZ)" not in proposed


@pytest.mark.parametrize("abstract, name", [
    ("We study planning. Experiments show that our Zorbly Planner achieves the best results.",
     "Zorbly Planner"),
    ("We present a method for segmentation. Experiments show that the proposed Zorbnet "
     "outperforms strong baselines.", "Zorbnet"),
])
def test_capitalised_name_marked_as_our_own(abstract, name):
    assert name in named(_extract("Zorg planning", abstract), Kind.METHOD, Role.PROPOSES)


def test_capitalised_word_that_modifies_our_own_kind_is_no_name():
    ext = _extract("Zorg planning", "We study planning. The proposed Bayesian evidence framework "
                   "also identifies the model.")
    assert "Bayesian" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, names", [
    ("To improve accuracy, we introduce two reasoning strategies, Self-Zorbing and Self-Quibbing, "
     "enabling models to fill gaps.", {"Self-Zorbing", "Self-Quibbing"}),
    ("We propose three algorithms: ZORBCUT, Hill-Zorbing (HZ) and Incentive-Compatible Zorb "
     "Regression (IC-ZR). We show that ZORBCUT is optimal.",
     {"ZORBCUT", "Hill-Zorbing", "Incentive-Compatible Zorb Regression"}),
    ("We propose two methods, namely the Compacted Zorb Model (CZM) and the Dominated Compacted "
     "Zorb Model (DCZM).", {"Compacted Zorb Model", "Dominated Compacted Zorb Model"}),
])
def test_members_of_a_counted_list_of_introduced_methods(abstract, names):
    assert names <= named(_extract("Zorg learning", abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, kind, names", [
    ("To this end, we introduce and release two new datasets - Quorp Street Name Signs (QSNS) "
     "and Synthetic Quorp Street Name Signs (SynQSNS) - while also using an existing one.",
     Kind.DATASET, {"Quorp Street Name Signs", "Synthetic Quorp Street Name Signs"}),
    ("We create two datasets, viz. ZPP4G and ZTP4G, for persuasion.", Kind.DATASET,
     {"ZPP4G", "ZTP4G"}),
    # the counted noun, not the words after a name, says a benchmark from a data set
    ("We propose two synthetic benchmarks, ZorbQA and QuibIntersection, to evaluate the visual "
     "reasoning of textual QA systems.", Kind.BENCHMARK, {"ZorbQA", "QuibIntersection"}),
    ("We create two temporal hypergraph datasets: Zorb2-HG and quibScenes-HG. Experiments on "
     "these benchmarks show gains.", Kind.DATASET, {"Zorb2-HG", "quibScenes-HG"}),
])
def test_members_of_a_counted_list_of_introduced_data(abstract, kind, names):
    assert names <= named(_extract("Zorg data", abstract), kind, Role.INTRODUCES)


@pytest.mark.parametrize("abstract, name", [
    ("We introduce Intelligent Zorbing Dialogs for bounding box annotation. We train an agent.",
     "Intelligent Zorbing Dialogs"),
    ("In this paper, we present Quibble Frob Networks that learn to frob.", "Quibble Frob Networks"),
])
def test_bare_capitalised_object_closed_by_a_clause_is_introduced(abstract, name):
    assert name in named(_extract("Zorg annotation", abstract), Kind.METHOD, Role.PROPOSES)


def test_bare_capitalised_words_before_a_noun_are_no_name():
    ext = _extract("Zorg annotation", "We present Quibble Frob simulations for bounding box annotation.")
    assert "Quibble Frob" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, kind, role, pair", [
    ("We introduce supervised and unsupervised density-based approaches named Zorb-NVP and "
     "GAN-Zorb-NVP, driven by flows, to align.", Kind.METHOD, Role.PROPOSES,
     ("Zorb-NVP", "GAN-Zorb-NVP")),
    ("As there is no dataset for this problem, we introduce two Zorb-Echo datasets named "
     "Quib-Replica and Quib-Matterport3D for the first time.", Kind.DATASET, Role.INTRODUCES,
     ("Quib-Replica", "Quib-Matterport3D")),
])
def test_plural_kind_named_with_a_coordination_names_each_member(abstract, kind, role, pair):
    names = named(_extract("Zorg alignment", abstract), kind, role)
    assert set(pair) <= names
    assert " and ".join(pair) not in names


def test_title_subject_after_a_hyphenated_genre_word():
    ext = _extract("ZorbaNet: Perspective-Aware Urban Scene Parsing",
                   "Parsing urban scenes is hard. Experiments show that ZorbaNet outperforms baselines.")
    assert "ZorbaNet" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    ("We propose a novel loss function Limited Zorb. The experiment shows gains.", "Limited Zorb"),
    ("This paper presents a multi-dimensional fusion module ZO-Fuse-Net to extract features.",
     "ZO-Fuse-Net"),
    ("We develop a framework Zorbo, which searches input spaces.", "Zorbo"),
])
def test_name_right_after_the_introduced_kind(abstract, name):
    assert name in named(_extract("Zorg tracking", abstract), Kind.METHOD, Role.PROPOSES)


def test_first_word_of_a_longer_name_after_the_kind_is_no_name():
    ext = _extract("Zorg generation", "We propose a novel approach Zorbify, Memorize and Generate "
                   "for faithful generation.")
    assert "Zorbify" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name, not_name", [
    ("We introduce a new model called 'Robust Zorb on Graphs' which adds a graph prior.",
     "Robust Zorb on Graphs", "Robust Zorb"),
    ("We develop a web application called \u201cFind your Zorb\u201d that eases annotation.",
     "Find your Zorb", "Find"),
    ('We introduce a model called "Exponential family ZSR," which generalises it.',
     "Exponential family ZSR", "Exponential family ZSR,"),
    ("We highlight what we term the \"English performance gap\" - the quality difference.",
     None, "English"),
    ("This gives what we call 'Distribution drift'. To this end, a network is proposed.",
     None, "Distribution"),
    ("We stack copies of this cell into an architecture, which we name a \"ZorbNet "
     "architecture\".", "ZorbNet", None),
])
def test_quotes_bound_a_name_after_a_naming_cue(abstract, name, not_name):
    proposed = named(_extract("Zorb estimation", abstract), role=Role.PROPOSES)
    assert (name is None or name in proposed) and not_name not in proposed


def test_lower_case_verb_run_onto_a_proposed_name_is_no_variant():
    ext = _extract("Zorb abstraction", "This paper describes a method named ZORBAL which "
                   "alternates. Experiments show that ZORBALlearns reward functions.")
    assert named(ext) == {"ZORBAL"}


def test_quoted_name_after_we_call_an():
    ext = _extract("Zorg recognition", "Examples include an HMM-based word discriminator, which we "
                   "call an 'Alphazorb'.")
    assert "Alphazorb" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    ("We argue that the resulting method–Reparameterized Zorbational Sampling (RZS)–offers a "
     "good trade-off.", "Reparameterized Zorbational Sampling"),
    ("Experiments show the proposed framework (ZANODE+MPPI) significantly outperforms baselines.",
     "ZANODE+MPPI"),
    # "this <kind>" back-refers to what the paper built
    ("We develop a partner robot. This system, ZorbDY (in-time Zorb Delivery), hands over parts.",
     "ZorbDY"),
    ("We derive a new method. In particular, this method, the resource-aware zorb estimator "
     "(RZE), trades accuracy for speed.", "resource-aware zorb estimator"),
])
def test_name_in_apposition_to_the_resulting_or_proposed_kind(abstract, name):
    assert name in named(_extract("Zorg sampling", abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    # a name with its short form, which a "new <kind>" apposition describes, with no verb of ours
    ("The decomposition motivates Zorbic Gradient Adjustment (ZGA), a new algorithm for finding "
     "stable fixed points.", "Zorbic Gradient Adjustment"),
    # four adjectives, "and" among them, describe the one object a bracketed name names
    ("We introduce a novel hybrid temporal convolutional and recurrent network (ZorbNet), which "
     "has an encoder-decoder architecture.", "ZorbNet"),
])
def test_a_name_a_new_kind_describes_is_proposed(abstract, name):
    assert name in named(_extract("Zorg games", abstract), Kind.METHOD, Role.PROPOSES)


def test_a_name_a_new_task_describes_is_not_proposed():
    ext = _extract("Zorg answering", "This paper studies Long-term Active Zorb Answering (LA-ZA), "
                   "a new task in which a robot must recall past experiences.")
    assert not {"Long-term Active Zorb Answering", "LA-ZA"} & named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_new_task_that_is_also_the_released_data_stays_data():
    ext = _extract("Zorb bubble detection", "We present and publicly release ZorbBubbles, a novel "
                   "multi-span identification task for bubble detection, and a dataset of more "
                   "than 400 zorbs.")
    assert "ZorbBubbles" in data_names(ext)


@pytest.mark.parametrize("abstract, name", [
    # an opening phrase: the name is the subject the sentence is about (a robot the paper uses)
    ("We propose a skating controller. Applying the proposed controller, ZRP-2 could skate.",
     "ZRP-2"),
    # "models" is a verb here, not the kind
    ("We study close proximity. The proposed framework models ZRC scenarios as games.", "ZRC"),
])
def test_no_apposition_to_the_proposed_kind(abstract, name):
    assert name not in named(_extract("Zorg skating", abstract), Kind.METHOD, Role.PROPOSES)


# --- methods round 19: plurals of corpus-mined phrases ----------------------------------------

def test_plural_of_a_process_phrase_is_known_after_a_use_verb():
    lex = _lexicon_with(phrases=["quorvel process"])
    ext = _extract_with(lex, "We model the latent rates using quorvel processes on the sphere.")
    assert "quorvel processes" in named(ext, Kind.METHOD, Role.USES)


def test_plural_led_by_a_proper_name_inside_a_sentence_is_the_model_family():
    lex = _lexicon_with(phrases=["tamsworth sampler", "brindle regression"])
    ext = _extract_with(lex, "The bound holds for Tamsworth samplers of any order. "
                             "Brindle regressions are studied in the appendix.")
    names = named(ext, Kind.METHOD)
    assert "Tamsworth samplers" in names
    assert "Brindle regressions" not in names  # a sentence's first word: no proper name shown


def test_a_model_named_after_its_family_is_a_method_not_data():
    # "efforts on BlorpGPT and Zorp-PaLM": "on" before a family-named model is no data cue
    ext = extract_paper(Paper("t-fam", "A study", "Recent progress has been driven by efforts on "
                              "BlorpGPT and Zorp-PaLM, and by encoders such as QuuxBERT."))
    assert {"BlorpGPT", "Zorp-PaLM", "QuuxBERT"} <= named(ext, Kind.METHOD)
    assert not {"BlorpGPT", "Zorp-PaLM", "QuuxBERT"} & data_names(ext)


@pytest.mark.parametrize("abstract", [
    "This paper proposes a novel technique Zorp-NeRF---a grid-based field that renders clean images.",
    "This paper proposes a novel technique Zorp-NeRF\u2014a grid-based field that renders clean images.",
    "This paper proposes a novel technique Zorp-NeRF: a grid-based field that renders clean images.",
])
def test_a_dash_or_colon_closes_the_name_after_its_kind(abstract):
    ext = extract_paper(Paper("t-dash", "A study", abstract))
    assert "Zorp-NeRF" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_double_hyphen_inside_a_name_does_not_cut_it():
    ext = extract_paper(Paper("t-dash", "A study", "We provide an optimal algorithm, QRS--ExpZorp, "
                              "that outputs the discounts to each agent."))
    assert "QRS" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_title_case_object_after_the_with_an_apposition_is_proposed():
    ext = extract_paper(Paper("t-the", "A study", "We introduce the Piecewise Quibbling Zorp Model, a "
                              "model for learning temporal dependencies in event streams."))
    assert "Piecewise Quibbling Zorp Model" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_ratio_is_not_a_name():
    ext = extract_paper(Paper("t-ratio", "A study", "Different matching scenarios like 1-to-1, "
                              "1-to-many and many-to-many are handled by Zorp-Match."))
    assert not {"1-to-1", "1-to-many"} & named(ext)


def test_a_quantity_in_a_list_of_names_is_not_one():
    ext = extract_paper(Paper("t-fold", "A study", "Our method compresses ZorpNet by 51-fold, "
                              "QuuxNet by 10-fold, and ResNet-50 by 15-fold, while preserving "
                              "accuracy."))
    assert not {"51-fold", "10-fold", "15-fold"} & named(ext)


def test_a_date_beside_a_model_is_no_name():
    ext = extract_paper(Paper("t-date", "A study", "When we released Zorbset in November 2023, "
                              "GPT-4 achieved 39% accuracy. As of March 2024, Claude 3 Opus "
                              "achieves approximately 60%."))
    assert "GPT-4" in named(ext) and not {"November 2023", "March 2024"} & named(ext)


def test_hardware_and_its_upper_case_spellings_are_no_methods():
    for abstract in ("Mobile robot localization in indoor environment using RFID and sonar.",
                     "We map the building using LIDAR and compare against Zorp."):
        ext = extract_paper(Paper("t-hw", "A study", abstract))
        assert not {"LIDAR", "RFID"} & named(ext, Kind.METHOD), abstract


@pytest.mark.parametrize("abstract, names, is_method", [
    # a known method's name that qualifies "problem" names what is solved
    ("We model the semantic conversion as an Optimal Transport (OT) problem.",
     {"Optimal Transport", "OT"}, False),
    ("We use Optimal Transport (OT) as an alignment objective during fine-tuning.",
     {"Optimal Transport", "OT"}, True),
    # a capitalised task phrase before a method noun says what the method is for
    ("This paper presents Zorb-QA, a Multilingual Quokka Answering architecture and demo system.",
     {"Multilingual Quokka Answering"}, False),
    ("Stereo images are processed by the Semi-Global Quokka algorithm.", {"Semi-Global Quokka"}, True),
])
def test_what_a_phrase_qualifies_says_whether_it_names_a_method(abstract, names, is_method):
    found = named(_extract("A study", abstract), Kind.METHOD)
    assert bool(names & found) is is_method, found


@pytest.mark.parametrize("abstract", [
    # a cited contest, and one named by its edition, are benchmarks, not methods
    "The detector was tested during the Quokka Intercontinental Driving Challenge [1], [2].",
    "We compare to a slot-filling baseline on data from the second Quokka State Tracking "
    "Challenge (Henderson et al., 2014a).",
])
def test_a_cited_or_numbered_contest_is_a_benchmark(abstract):
    ext = _extract("A study", abstract)
    contests = {n for n in named(ext, Kind.BENCHMARK) if n.endswith("Challenge")}
    assert contests and not {n for n in named(ext, Kind.METHOD) if n.endswith("Challenge")}


@pytest.mark.parametrize("abstract, proposed", [
    # the kind, then one capitalised word set off by commas: the name of what is introduced
    ("We describe a scalable algorithm, Zorbla, which merges nearest neighbour substructures.", True),
    # an adjective in that place names nothing
    ("We present a new algorithm, Bayesian, for clustering.", False),
])
def test_a_capitalised_word_in_apposition_to_an_introduced_kind(abstract, proposed):
    found = named(_extract("Clustering", abstract), Kind.METHOD, Role.PROPOSES)
    assert bool(found & {"Zorbla", "Bayesian"}) is proposed, found


@pytest.mark.parametrize("title, abstract, proposed", [
    # a coined mixed-case acronym of the words the title opens with: the paper's own
    ("Greedy Zorbilateral Sketch, Completion & Smoothing",
     "We explore the power of \"greedy zorbilateral (GreZ)\" paradigm in reducing time. GreZ models "
     "a low-rank variable.", {"GreZ"}),
    # an all-capitals one is as often the field's acronym
    ("Visual Zorbial Odometry using Coupled Optimization",
     "Visual zorbial odometry (VZO) estimates motion. We couple the optimization.", set()),
])
def test_title_opening_abbreviated_with_a_coined_acronym_is_proposed(title, abstract, proposed):
    assert named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES) >= proposed
    assert "VZO" not in named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, proposed", [
    ("Zorbent Q: Advanced Reasoning for Autonomous Agents", {"Zorbent Q"}),
    ("Zorbent Modeling Part I: Foundations of Reasoning", set()),  # a numeral, not a name's letter
])
def test_title_head_of_a_word_and_a_letter_is_a_name(title, proposed):
    ext = _extract(title, "We propose a framework that combines guided search with self-critique "
                          "for agents.")
    assert named(ext, Kind.METHOD, Role.PROPOSES) == proposed


@pytest.mark.parametrize("abstract, used", [
    # "X-type" describes a kind after the name, as "X-based" does
    ("We prove a linear relationship between Z2V-type embeddings that underlie analogies.", "Z2V"),
    ("This paper proposes a ZorbNet-type composite controller for flexible arms.", "ZorbNet"),
    ("This paper proposes a PID-based composite controller for flexible arms.", "PID"),
])
def test_a_name_before_a_kind_suffix_is_the_name_alone_and_not_proposed(abstract, used):
    ext = _extract("Zorb control", abstract)
    assert used not in named(ext, Kind.METHOD, Role.PROPOSES)
    assert not any(n.endswith(("-type", "-based")) for n in named(ext))


@pytest.mark.parametrize("title, abstract, not_proposed", [
    # what the new method is based on is not the new method
    ("Discovering lagged relations in time series",
     "The paper introduces a novel conditional zorbity (CZ) based method for causal discovery.",
     "conditional zorbity"),
    ("Constrained Glorp Control",
     "This paper proposes a glorp control (GC) algorithm. Finally, experiments show the "
     "effectiveness of the proposed QP-based constrained GC algorithm.", "QP"),
    ("Constrained Glorp Control",
     "This paper proposes a glorp control algorithm. Experiments show the effectiveness of our "
     "ZB-based glorp tracker.", "ZB"),
    # ... or what assists it
    ("Intrinsic Decomposition With Zorb-Infrared Priors",
     "Previous methods impose priors. In this paper, we revisit decomposition with the aid of "
     "zorb-infrared (ZIR) imagery. We show that ZIR band is less sensitive to textures. To validate "
     "the proposed algorithm, a ZIR-RGB dataset is captured, where our ZIR-assisted approach "
     "demonstrates clear superiority over RGB methods.", "ZIR"),
    ("Constrained Glorp Control using Quadratic Blorping",
     "This paper proposes a quadratic blorping (QB)-based glorp control (GC) algorithm to track "
     "trajectories.", "quadratic blorping"),
    # two things related by the paper: neither is introduced by it
    ("Online Linear Optimization via Smoothing",
     "We establish an equivalence between follow the zorbed leader (FTZL) and follow the "
     "blorped leader (FTBL).", "follow the zorbed leader"),
])
def test_based_on_and_related_names_are_not_proposed(title, abstract, not_proposed):
    extraction = _extract(title, abstract)
    assert not_proposed not in named(extraction, role=Role.PROPOSES), named(extraction, role=Role.PROPOSES)


def test_based_on_after_the_acronym_still_names_the_new_method():
    extraction = _extract("From Node To Graph: Joint Reasoning for Zero-Shot Detection",
                          "We propose a new end-to-end method GRaph Zorbing Network (GRZN) based on "
                          "graph modeling and reasoning.")
    assert "GRaph Zorbing Network" in named(extraction, role=Role.PROPOSES)


def test_the_novel_method_apposition_is_the_paper_s_own():
    extraction = _extract("Discovering lagged relations in time series",
                          "The novel method, ZorbNet, extends BarNet to include contemporaneous "
                          "links.")
    assert named(extraction, role=Role.PROPOSES) == {"ZorbNet"}


@pytest.mark.parametrize("abstract, name", [
    ("Therefore, we introduce a new Zorb-WoRA paradigm, which contains a filtering algorithm.", "Zorb-WoRA"),
    ("We propose a novel ZS-BPCA process that integrates compressed sensing.", "ZS-BPCA"),
    ("We introduce a new DeepZPI representation, motivated by observations.", "DeepZPI"),
])
def test_a_coined_name_before_a_new_paradigm_process_or_representation_is_proposed(abstract, name):
    assert name in named(_extract("A study", abstract), Kind.METHOD, Role.PROPOSES)


def test_a_name_given_to_our_representation_is_no_data_set_for_a_data_noun_before_it():
    ext = _extract("Editing", "Extensive experiments on different datasets suggest that our "
                   "representation, dubbed ZGAP, well supports 3D editing.")
    assert "ZGAP" in named(ext, Kind.METHOD, Role.PROPOSES) and "ZGAP" not in data_names(ext)
