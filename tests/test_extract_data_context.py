"""Data sets and benchmarks named without a data noun right after them: in a list after "on", in an
apposition, after a data noun, with an edition year. All names are invented (ImageNet stands for
a known data set whose name is also used for pre-training, so it needs context to be data)."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import extract_paper
from kg.model import Kind, Paper, Role

from mentions import data_names, named


def _extract(abstract: str, title: str = "A study"):
    return extract_paper(Paper("t-data", title, abstract))




def test_on_speaks_for_a_known_name_further_down_a_list():
    ext = _extract("Experimental results on Zorblax and ImageNet demonstrate that our method is efficient.")
    assert {"Zorblax", "ImageNet"} <= data_names(ext)


@pytest.mark.parametrize("abstract, is_data", [
    # a name that needs context, in the possessive, owns something that is no data
    ("Simulation of a real-world fleet system on ImageNet's campus demonstrates the gains.", False),
    ("We report a top-1 accuracy of 80% on ImageNet's validation set.", True),
])
def test_a_possessive_owner_is_no_data_set(abstract, is_data):
    assert ("ImageNet" in data_names(_extract(abstract))) is is_data


@pytest.mark.parametrize("abstract, is_data", [
    # people are "on" a platform; results are "on" data
    ("We verify with human annotators on ZorbTurk that the examples are confusing.", False),
    ("We verify our results on ZorbSet-V2 that the examples are confusing.", True),
])
def test_people_on_a_platform_are_not_on_a_data_set(abstract, is_data):
    assert bool({"ZorbTurk", "ZorbSet-V2"} & data_names(_extract(abstract))) is is_data


def test_on_does_not_make_what_is_built_on_a_list_of_data():
    ext = _extract("Our detector is based on Zorblax and ImageNet features.")
    assert "ImageNet" not in data_names(ext)


def test_a_data_noun_keeps_a_name_sharing_the_proposed_stem_a_data_set():
    ext = _extract("We propose Quorb, a super-resolution network. We evaluate it on several "
                   "benchmarks, including a new QuorbRealSR dataset with x8 scaling factor.")
    assert "QuorbRealSR" in data_names(ext)
    assert "QuorbRealSR" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract, name", [
    ("We present zBERT, a model retrained on ZELDO, the largest English offensive language "
     "identification dataset.", "ZELDO"),
    ("The datasets are included in QuorbGLUE, the Klingon general language understanding benchmark.",
     "QuorbGLUE"),
])
def test_a_long_apposition_says_the_name_is_data(abstract, name):
    assert name in data_names(_extract(abstract))


def test_a_titled_data_name_evaluated_on():
    ext = _extract("Evaluations are conducted on the challenging Zorp Reasoning Benchmark, and the "
                   "results demonstrate gains.")
    assert "Zorp Reasoning Benchmark" in named(ext, Kind.BENCHMARK)


def test_a_titled_data_name_defined_with_its_acronym():
    ext = _extract("Extensive experiments on the Quorbit News Dataset (QND) demonstrate that our "
                   "approach outperforms the state of the art.")
    assert "Quorbit News Dataset" in named(ext, Kind.DATASET)
    [mention] = [m for m in ext.mentions if m.text == "Quorbit News Dataset"]
    assert mention.aliases == ("QND",)


@pytest.mark.parametrize("abstract, name", [
    ("Extensive experiments on Quorb VOX 2012 demonstrate the advantage of our method.", "Quorb VOX 2012"),
    ("We improve the previous best result on ZORB 2017 by 3 points.", "ZORB 2017"),
])
def test_a_name_with_an_edition_year_evaluated_on_is_data(abstract, name):
    assert name in named(_extract(abstract), Kind.DATASET)


@pytest.mark.parametrize("abstract", [
    "Our algorithm is faster than the one presented on IJCAI 2023 by a wide margin.",
    "The robot was deployed on June 2012 and ran for a week.",
])
def test_a_venue_or_a_month_with_a_year_is_no_data_set(abstract):
    assert not data_names(_extract(abstract))


@pytest.mark.parametrize("abstract, names", [
    ("Furthermore, we contribute two datasets, i.e., QX-UCF-Blorp and ZTRA, consisting of videos.",
     {"QX-UCF-Blorp", "ZTRA"}),
    ("We evaluate our approach on the histopathology datasets QBCS and Zemicol and prove it works.",
     {"QBCS", "Zemicol"}),
    ("We report results on standard datasets such as, QMDB, UCF-77, Zorb-12 and KQH.",
     {"QMDB", "UCF-77", "Zorb-12", "KQH"}),
])
def test_a_data_noun_before_a_list_labels_its_members(abstract, names):
    assert names <= data_names(_extract(abstract))


@pytest.mark.parametrize("abstract, names", [
    ("We conduct experiments on Zorblax and Quintor datasets.", {"Zorblax", "Quintor"}),
    ("We evaluate on the Zorblax and Quintor benchmarks.", {"Zorblax", "Quintor"}),
])
def test_a_plural_data_head_after_capitalised_words_speaks_for_the_list(abstract, names):
    assert names <= data_names(_extract(abstract))


def test_a_capitalised_word_after_a_new_data_noun_is_the_introduced_data_set():
    ext = _extract("We collect a new dataset, Zorblax, with 10k images of rare birds.")
    assert "Zorblax" in named(ext, Kind.DATASET, Role.INTRODUCES)


def test_a_known_data_set_a_model_is_transferred_to_is_data():
    # KITTI is a known name that needs context: the model carried to it is evaluated on it
    ext = _extract("More impressively, when transferred to KITTI, our model achieves better PSNR "
                   "than methods trained specifically on it.")
    assert "KITTI" in data_names(ext)


def test_the_games_of_a_known_suite_are_data():
    # "Atari 2600" needs a data cue: the games it is made of are one
    ext = _extract("We use tabular domains to provide intuition and Atari 2600 games to demonstrate "
                   "its potential.")
    assert "Atari 2600" in data_names(ext)
    assert "Atari 2600" not in data_names(_extract("An Atari 2600 emulator was built by hobbyists."))


def test_a_list_before_a_qualified_plural_database_noun_is_data():
    ext = _extract("Comparison results on the publicly available BioID and LFW face databases "
                   "demonstrate that our algorithm outperforms others.")
    assert {"BioID", "LFW"} <= data_names(ext)
    # (not a singular one: "the first wide FoV multi-spectral light field database")
    ext = _extract("We produce the first wide FoV multi-spectral light field database.")
    assert "FoV" not in data_names(ext)


def test_a_qualified_acronym_glued_to_its_year_is_one_known_name():
    ext = _extract("Experimental results on two real-world image datasets PASCAL VOC2007 and "
                   "SIFT-Flow demonstrate that the approach works.")
    assert "PASCAL VOC2007" in data_names(ext) and "PASCAL" not in data_names(ext)
    # a lone acronym glued to its year stays inside the longer name it is written in
    assert "Image Net ILSVRC2012" in data_names(_extract("It runs on the Image Net ILSVRC2012 dataset."))


def test_the_mini_subset_of_a_known_data_set_is_data_of_its_own():
    ext = _extract("In real-life noise settings, C2D trained on mini-WebVision outperforms previous "
                   "works both in WebVision and ImageNet.")
    assert {"mini-WebVision", "WebVision"} <= data_names(ext)
    assert not named(ext, Kind.METHOD)
    # a subset name the vocabulary knows only in another casing is still known
    assert {"Imagenet", "Tiny-Imagenet"} <= data_names(_extract("Extensive experiments on Imagenet and "
                                                                "Tiny-Imagenet demonstrate gains."))


def test_a_name_after_our_dataset_is_the_introduced_data_set():
    ext = _extract("We build a large-scale dataset of 3D splats. Our dataset ShapeSplat consists of "
                   "65K objects from 87 unique categories.")
    assert "ShapeSplat" in named(ext, Kind.DATASET, Role.INTRODUCES)
    assert "ShapeSplat" not in named(ext, Kind.METHOD)


def test_a_plain_capitalised_word_after_a_new_model_is_not_data():
    ext = _extract("We propose a new model, Zorblax, for planning.")
    assert "Zorblax" not in data_names(ext)


def test_a_coined_bench_name_is_a_benchmark_unless_said_otherwise():
    assert "ZorbBench" in named(_extract("We build ZorbBench to evaluate LLMs."), Kind.BENCHMARK)
    ext = _extract("In this paper we introduce ZorbBench, a publicly-available software framework.")
    assert "ZorbBench" not in data_names(ext)


def test_a_titled_name_right_after_a_lower_case_data_noun():
    ext = _extract("In particular Atari games from the recent benchmark Zorb Learning Environment "
                   "(ZLE), we consider video prediction.")
    assert "Zorb Learning Environment" in data_names(ext)


# Abstracts stripped of commas ("on the A-1 B-2 and C datasets"): names that each carry a digit
# or an acronym part, side by side, are a list, not one name.
def test_a_list_written_without_commas_is_split_into_its_data_sets():
    ext = _extract("Experiments conducted on the ZAPR-CD QUIX-7 MELD-CD and PLOV datasets "
                   "demonstrate that the proposed method outperforms the baselines.")
    assert {"ZAPR-CD", "QUIX-7", "MELD-CD", "PLOV"} <= data_names(ext)
    assert "ZAPR-CD QUIX-7 MELD-CD" not in data_names(ext)


def test_a_list_that_lost_the_space_after_a_comma_is_split_into_its_data_sets():
    ext = _extract("Experiments on three action benchmarks (UCF-101,Something-Something-v2, Kinetics-600) "
                   "demonstrate that the proposed method outperforms the baselines.")
    assert {"UCF-101", "Something-Something-v2"} <= data_names(ext)
    assert "UCF-101,Something-Something-v2" not in data_names(ext)


def test_a_known_data_set_speaks_for_its_neighbours_in_a_list_without_commas():
    ext = _extract("Our approach achieves the best accuracy on MS-COCO QUIX-7 and Zorblax "
                   "in the experiments.")
    assert {"MS-COCO", "QUIX-7"} <= data_names(ext)


@pytest.mark.parametrize("name", ["ZORB RGB-D", "Quaddle-Quaddle V2", "WMT19 En-De"])
def test_a_word_a_version_or_a_language_pair_continues_one_name(name):
    from kg.extract.pipeline import split_data_name
    assert split_data_name(name) == [name]


def test_a_known_data_set_in_a_list_outweighs_a_weak_method_cue_before_it():
    ext = _extract("Experimental results on widely adopted QXZ14 and WMT16 English to German "
                   "translation validate the method.")
    assert "QXZ14" in data_names(ext)
    assert "QXZ14" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract", [
    pytest.param("Our tracker achieves state-of-the-art performance on both ImageNet and Zorblax-7, "
                 "with strong cross-dataset generalization.", id="on-both"),
    pytest.param("Distillation alleviates up to 74% of the drop on the common detection benchmark "
                 "of ImageNet and Zorb-12.", id="benchmark-of"),
    pytest.param("We carry out a critical investigation on two well-known datasets in the domain, "
                 "ImageNet and Zorblax-7, along with two bias detection methods.",
                 id="qualified-data-noun-comma"),
    pytest.param("However, the most widely used datasets for this task, ImageNet and Zorblax-7, are "
                 "actually captioning datasets.", id="qualified-data-noun-comma-2"),
    pytest.param("We run experiments across three visual tasks, viz. digit classification "
                 "(ImageNet, SVHN, Zorb-7) and segmentation.", id="bracketed-known-names"),
    pytest.param("Experiments are conducted on the transfer from GTA5 (game videos) to ImageNet "
                 "(urban scenes) on semantic segmentation.", id="transfer-target"),
])
def test_a_known_name_in_a_data_context_is_data(abstract):
    assert "ImageNet" in data_names(_extract(abstract))


def test_a_bracketed_list_with_one_known_name_is_not_enough():
    ext = _extract("We run experiments on a robot arm (ImageNet, Zorbotics) in the lab.")
    assert "ImageNet" not in data_names(ext)


def test_a_hyphenated_known_name_written_with_a_space_is_the_data_set():
    # the vocabulary lists "Fashion-MNIST"; abstracts also write "Fashion MNIST"
    ext = _extract("We surpass the best results on Zorblax-10, Quux and Fashion MNIST with fewer "
                   "parameters.")
    assert "Fashion MNIST" in data_names(ext) and "Fashion" not in data_names(ext)


def test_a_hyphenated_phrase_with_small_words_is_not_spaced_into_a_name():
    from kg.extract.lexicon import load_lexicon

    datasets = load_lexicon().datasets
    assert "Wizard-of-Oz" in datasets and "Wizard of Oz" not in datasets


def test_databases_such_as_lists_data_sets():
    ext = _extract("We achieve state-of-the-art performance on face databases such as ZorpFace, "
                   "Quux-PIE and ImageNet.")
    assert {"ZorpFace", "ImageNet"} <= data_names(ext)
    assert not {"ZorpFace", "Quux-PIE"} & named(ext, Kind.METHOD)


def test_a_name_grown_from_a_known_one_after_a_data_noun_is_data():
    # "AVSD" is known and ambiguous; the longer name it grows into is not in the vocabulary
    ext = _extract("Evaluation validates the effectiveness on dialogue benchmarks (i.e., AVSD@Zorb7 "
                   "and AVSD@Zorb8) and shows enhanced interpretability.")
    assert {"AVSD@Zorb7", "AVSD@Zorb8"} <= named(ext, Kind.BENCHMARK)
    assert not named(ext, Kind.METHOD) & {"AVSD@Zorb7", "AVSD@Zorb8"}


@pytest.mark.parametrize("abstract", [
    "We benchmark ZorbGE on Ising and Potts systems and show that it compares favourably.",
    "We use it to benchmark ZorbGE on three systems.",
])
def test_benchmark_as_a_verb_introduces_no_data_set(abstract):
    assert "ZorbGE" not in data_names(_extract(abstract))


def test_a_plural_metric_after_in_is_no_data_set():
    ext = _extract("The largest difference is a .09 improvement in F1-scores by removing tags.")
    assert "F1-scores" not in data_names(ext)


@pytest.mark.parametrize("abstract, name, is_data", [
    # an owner in the possessive is no part of the data set's name ...
    ("Our model beats the baselines on Zorbsoft's Quellife dataset without labels.", "Quellife", True),
    # ... unless the owner is the data set the word is a part of
    ("We test loop closing using ImageNet's Odometry dataset.", "Odometry", False),
    # a quote may open the name a data noun introduces
    ("We introduce a new simulation benchmark “ZorbSim” for robot handovers.", "ZorbSim", True),
    # a known name with its number written apart is the known data set
    ("We identify the pitfalls of today's most popular boundary benchmark, BSDS 300.", "BSDS 300", True),
    ("We evaluate the classifier on ModelNet 40 and report its accuracy.", "ModelNet 40", True),
    # a counted plural data noun after an acronym names a kind of data set ...
    ("Our model beats the baselines on two popular FZSL benchmarks by a margin.", "FZSL", False),
    # ... unless known data sets are named after it (MIMIC-III): then it names their family
    ("Our model reaches new state-of-the-art results on three benchmark MIMIC datasets.", "MIMIC", True),
    # up to three lower-case words between a name and its data noun describe the data set ...
    ("Our model outperforms CNNs on the ZAID aerial scene classification dataset.", "ZAID", True),
    # ... but not words that set the name apart from the data
    ("It remains hard to train ZorbNets over large graph datasets.", "ZorbNets", False),
    ("We study the ZQG tasks over large-scale benchmark datasets.", "ZQG", False),
])
def test_words_around_a_name_decide_whether_it_is_data(abstract, name, is_data):
    assert (name in data_names(_extract(abstract))) is is_data


@pytest.mark.parametrize("abstract, is_data", [
    # Wikipedia is the data a paper draws from (curators record it: 2 of 2 tuning papers), as
    # far as the context says so, like any name the data vocabulary needs context for
    ("The benchmark has 22,245 claims paired with pieces of evidence from Wikipedia.", True),
    ("We retrieve tables from Wikipedia and graphs from a knowledge base to answer questions.", True),
    ("Like Wikipedia editors, our agents revise each other's drafts.", False),
])
def test_wikipedia_is_data_where_the_context_says_so(abstract, is_data):
    ext = _extract(abstract)
    assert ("Wikipedia" in data_names(ext)) is is_data
    assert "Wikipedia" not in named(ext, Kind.METHOD)
