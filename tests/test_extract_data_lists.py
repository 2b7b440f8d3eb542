"""Data sets named by the structure of the sentence around them: a cue that opens a coordinated
list speaks for every member ("on A and B", "datasets named A and B", "datasets - A, B and C"),
a split noun or a contest noun heads a name, and structure that shows a list is not data
(languages, baselines called benchmarks). All names are invented; ImageNet, MNIST and CIFAR-10
stand for known data sets (ImageNet also needs context, since it names pre-training too)."""

from __future__ import annotations

import pytest

from kg.extract.pipeline import extract_paper
from kg.model import Kind, Paper

from mentions import data_names, named

# A lower-case sentence around the test sentence: a text mostly in capitals reads as a title
_FILLER = ("we study how a simple model can be trained with little data and show that it works "
           "well in practice across many settings. ")


def _extract(abstract: str, title: str = "A study"):
    return extract_paper(Paper("t-data-lists", title, _FILLER + abstract))




@pytest.mark.parametrize("abstract, members", [
    ("Experiments on ZorbSet and QuellDB show gains.", {"ZorbSet", "QuellDB"}),
    ("Experiments on ZorbSet, QuellDB and BrindleX show that our model improves accuracy.",
     {"ZorbSet", "QuellDB", "BrindleX"}),
    ("It achieves the best results on ZorbSet (image retrieval) and QuellDB (video retrieval).",
     {"ZorbSet", "QuellDB"}),
    ("Our model outperforms baselines on ZorbSet for news summarization and QuellDB for dialogue "
     "summarization.", {"ZorbSet", "QuellDB"}),
])
def test_on_speaks_for_every_member_of_the_list_it_opens(abstract, members):
    ext = _extract(abstract)
    assert members <= data_names(ext)
    assert not members & named(ext, Kind.METHOD)


def test_a_members_kind_before_it_keeps_the_list_going():
    # "synthetic"/"real-world" says what kind of data the next member is; the plural data noun
    # after the list still speaks for the word that needs it ("Quell" alone names nothing)
    ext = _extract("Evaluation on the synthetic Quell and real-world Zorb-RGBD, BrindleScan, and "
                   "BrindleScan++ datasets demonstrates competitive tracking.")
    assert {"Quell", "Zorb-RGBD", "BrindleScan", "BrindleScan++"} <= data_names(ext)


def test_a_bracketed_i_e_list_after_a_data_noun_is_data():
    ext = _extract("Experiments on several popular benchmarks (i.e. Zorbvision, ImageNet and Quell-1M) "
                   "show gains.")
    assert {"Zorbvision", "ImageNet", "Quell-1M"} <= data_names(ext)
    assert not named(ext, Kind.METHOD)


def test_a_plural_data_noun_of_lists_the_names_after_it():
    ext = _extract("It outperforms ZorbNet on various multimodal benchmarks of ZorbVista and "
                   "QuellVista, indicating efficiency.")
    assert {"ZorbVista", "QuellVista"} <= data_names(ext)
    # ... but not plain words naming kinds of data
    ext = _extract("Results on public graph datasets of Social Networks, Small Molecules, and "
                   "Bioinformatics demonstrate the superior performance of our method.")
    assert not data_names(ext) & {"Social Networks", "Small Molecules", "Bioinformatics"}
    # ... nor the content of one: "two datasets of ZQLA" (an acronym of the task)
    ext = _extract("We annotate two datasets of ZQLA by utilizing public surgical videos.")
    assert "ZQLA" not in data_names(ext)


def test_a_bracketed_list_may_close_with_etc():
    ext = _extract("On a standard 11-benchmark evaluation suite (ImageNet, MNIST, etc.), our simple "
                   "recipe matches the best model.")
    assert {"ImageNet", "MNIST"} <= data_names(ext)


def test_title_case_name_opening_a_data_list_is_data():
    ext = _extract("We evaluate on stereo datasets, such as Zorb Flow, Quell-2014 and Brindle-2015.")
    assert {"Zorb Flow", "Quell-2014", "Brindle-2015"} <= data_names(ext)
    # a measure in brackets after the data noun is no member
    ext = _extract("It wins on three real-world datasets (Average Precision@0.5IOU): Zorb 0.95.")
    assert "Average Precision@0.5IOU" not in data_names(ext)


def test_a_fronted_on_phrase_does_not_make_the_subject_data():
    ext = _extract("Trained on ZorbSet, QuellNet reaches 80% accuracy.")
    assert "QuellNet" not in data_names(ext)


def test_a_naming_verb_after_a_data_noun_names_every_listed_data_set():
    ext = _extract("To evaluate our method, we build two datasets named ZorbSet40 and QuellDB12 to "
                   "evaluate our method.")
    assert {"ZorbSet40", "QuellDB12"} <= data_names(ext)
    assert "QuellDB12" not in named(ext, Kind.METHOD)


def test_a_shorthand_of_known_editions_is_data_without_other_context():
    ext = _extract("We report results on CIFAR-10/100.")
    assert {"CIFAR-10", "CIFAR-100"} <= data_names(ext)


@pytest.mark.parametrize("abstract, expected", [
    ("We report 48.0% and 44.4% mAP on the Zorbset 2007 and 2012 benchmarks.",
     {"Zorbset 2007", "Zorbset 2012"}),
    ("It is evaluated on the QuellQA v1.0 and v2.0 datasets.", {"QuellQA v1.0", "QuellQA v2.0"}),
    ("Results on the Zorbset 2007, 2010 and 2012 datasets improve.",
     {"Zorbset 2007", "Zorbset 2010", "Zorbset 2012"}),
])
def test_later_editions_listed_after_a_data_set_are_data_sets(abstract, expected):
    assert expected <= data_names(_extract(abstract))


def test_a_data_noun_with_a_clause_before_its_colon_leads_the_list():
    ext = _extract("It outperforms others across three public datasets that differ in complexity: "
                   "ZORBX, QUELL and BRINDLE.")
    assert {"ZORBX", "QUELL", "BRINDLE"} <= data_names(ext)


def test_a_known_data_name_in_a_list_of_models_is_no_data_set():
    ext = _extract("Our prompt layer integrates into models like ZorbFast, X3D, and QuellFormer, "
                   "enhancing performance on benchmarks such as FineGym.")
    assert "FineGym" in data_names(ext)
    assert not {"ZorbFast", "X3D", "QuellFormer"} & data_names(ext)


def test_an_unknown_data_set_keeps_its_editions():
    ext = _extract("It reaches 59.3%/59.8%/62.9% on the QUORBLE 2014/2016/2019 test sets.")
    assert {"QUORBLE 2014", "QUORBLE 2016", "QUORBLE 2019"} <= data_names(ext)
    assert "QUORBLE" not in data_names(ext)


def test_a_name_with_its_edition_year_is_no_method_a_context_uses():
    ext = _extract("We inject knowledge from commonsense sources such as QUORBIC 2020 and ZorbNet.")
    assert "QUORBIC 2020" not in named(ext, Kind.METHOD)


def test_a_range_after_an_edition_is_no_edition():
    ext = _extract("We evaluate on the Zorbset 2007 and 2012 to 2015 logs of the Quell archive.")
    assert not any(name.endswith("2012") for name in data_names(ext))


def test_members_that_say_what_they_serve_stay_in_the_data_list():
    ext = _extract("The success of benchmarks in various languages, such as ZLUEQ for English, QLUEQ "
                   "for Chinese, BLUEQ for Korean, and IndoQLU for Indonesian, has helped evaluation.")
    assert {"ZLUEQ", "QLUEQ", "BLUEQ", "IndoQLU"} <= data_names(ext)
    assert not any(" for " in name for name in data_names(ext))


def test_benchmarks_a_method_is_compared_with_are_baselines():
    ext = _extract("Our model performs well in comparison to various benchmarks, including ZorbStyle, "
                   "QuellPaint, and BrindleDiff.")
    assert not {"ZorbStyle", "QuellPaint", "BrindleDiff"} & data_names(ext)


def test_a_data_list_member_keeps_its_whole_name_up_to_the_comma():
    ext = _extract("Results are presented for three public datasets: MNIST, ImageNet Quorb Sketches "
                   "and ZorbSet.")
    assert "ImageNet Quorb Sketches" in data_names(ext)


def test_numbered_references_leave_a_list_of_data_sets_going():
    ext = _extract("Our method improves accuracy compared to greedy methods [14] on Zorbtech-256 [15], "
                   "MNIST [32] and ImageNet [5], respectively.")
    assert {"Zorbtech-256", "ImageNet"} <= data_names(ext)


def test_languages_before_a_data_noun_are_no_data_sets():
    ext = _extract("Experimental results on Chinese, English and Japanese datasets demonstrate gains.")
    assert not {"Chinese", "English", "Japanese"} & data_names(ext)


def test_a_dash_after_a_plural_data_noun_opens_a_data_list():
    ext = _extract("Our method was applied on three challenging datasets - Zorb-TIPS2, QDB and MNIST, "
                   "and has shown excellent performance.")
    assert {"Zorb-TIPS2", "QDB"} <= data_names(ext)


def test_a_bracket_after_a_described_data_noun_names_the_data_sets():
    ext = _extract("We used existing datasets with viewpoint annotation (ZORBVP, QuellCars) for tests.")
    assert {"ZORBVP", "QuellCars"} <= data_names(ext)


def test_a_split_noun_after_a_name_makes_it_a_data_set():
    ext = _extract("We evaluate on the ZorbSet test set and the QuellDB validation set.")
    assert {"ZorbSet", "QuellDB"} <= data_names(ext)
    assert not {"ZorbSet", "QuellDB"} & named(ext, Kind.METHOD)


def test_a_titled_contest_is_a_benchmark():
    ext = _extract("Our team won the ZorbSet Grasping Challenge 2021 by a large margin.")
    assert "ZorbSet Grasping Challenge 2021" in named(ext, Kind.BENCHMARK)


def test_a_name_set_off_by_commas_after_an_indefinite_data_noun_is_that_data_set():
    ext = _extract("Experimental results on a public caricature dataset, ZorbCari, show the effect.")
    assert "ZorbCari" in data_names(ext)


def test_the_subject_after_a_definite_data_noun_phrase_is_no_apposition():
    ext = _extract("On the ZorbSet dataset, QuellNet achieves the best accuracy.")
    assert "QuellNet" not in data_names(ext)


def test_a_sentence_initial_plural_noun_and_preposition_start_no_name():
    ext = _extract("Evaluations on ZorbSetV2 and a kitchen play dataset show that it works.")
    assert "ZorbSetV2" in data_names(ext)


def test_an_acronym_spelled_out_as_a_concept_does_not_name_its_data_sets():
    ext = _extract("We study zero-shot phrase zorbing (PZ). Experiments on six widely-used PZ benchmark "
                   "datasets show gains.")
    assert "PZ" not in data_names(ext)


@pytest.mark.parametrize("abstract, members", [
    ("We evaluate on three datasets: Zorbix, Quellstone Park and Brindle Faces.",
     {"Zorbix", "Quellstone Park", "Brindle Faces"}),
    ("We use datasets such as Zorbix, Quellstone and Brindle to test our method.",
     {"Zorbix", "Quellstone", "Brindle"}),
])
def test_a_plural_data_noun_opening_a_list_names_plain_capitalised_words(abstract, members):
    assert members <= data_names(_extract(abstract))


def test_a_clause_after_a_data_noun_and_colon_is_no_list_of_names():
    ext = _extract("Our method is strong on benchmark datasets: Achieving low error rates on all of them.")
    assert "Achieving" not in data_names(ext)


def test_a_set_shaped_acronym_that_results_are_on_is_data():
    ext = _extract("Experimental results on ZORB-V2X demonstrate that our detector is accurate.")
    assert "ZORB-V2X" in data_names(ext)


def test_a_bare_acronym_after_on_stays_unlabelled():
    ext = _extract("Our implementation runs on GPU2 hardware and on CPUs.")
    assert "GPU2" not in data_names(ext)


def test_a_data_list_lead_names_a_hyphenated_capitalised_member():
    ext = _extract("Extensive experiments are conducted on challenging datasets, including Zorb-Scale and "
                   "QuellNetSet to show the effectiveness of our method.")
    assert "Zorb-Scale" in data_names(ext)


@pytest.mark.parametrize("abstract, members", [
    # a first member no rule recognises (a generic acronym) does not break the list the data
    # noun leads
    ("Through experiments on three summarization datasets (CNN, Zorbroom and Quellsum), we show gains.",
     {"Zorbroom", "Quellsum"}),
    ("We build two new benchmarks on Zorb Retrieval and Synthesis: ZRS-Story and ZRS-Meet, for "
     "narrative tasks.", {"ZRS-Story", "ZRS-Meet"}),
])
def test_a_data_noun_speaks_for_every_member_of_the_list_it_leads(abstract, members):
    assert members <= data_names(_extract(abstract))


def test_a_quoted_name_before_a_data_noun_is_a_data_set():
    ext = _extract("Our ‘Open Zorb’ dataset is released for further research along with the code.")
    assert "Open Zorb" in data_names(ext)


def test_a_list_member_led_by_digits_does_not_end_the_list():
    # "300W" or "20NG" between known names: the list goes on past it
    ext = _extract("Experiments on five benchmark datasets, including Zorblax, 300Q, ImageNet, "
                   "and 20NG show consistent gains.")
    assert "ImageNet" in data_names(ext)


def test_a_list_closed_by_a_data_noun_is_data_though_an_established_cue_opens_it():
    ext = extract_paper(Paper("t", "Zorg substitution", "Our solution is the state of the art on "
                              "both the widely used ZS07 and QuibInCo datasets with P@1 of 50%."))
    names = {m.text: m.kind for m in ext.mentions}
    assert names.get("ZS07") is Kind.DATASET and names.get("QuibInCo") is Kind.DATASET


def test_data_noun_before_ie_names_data_even_after_the_papers_own_method():
    ext = _extract("We propose ZORPAN. We evaluate the proposed ZORPAN on two popular benchmarks, "
                   "i.e., Sub-QUELLDB and BrindleAction.")
    assert {"Sub-QUELLDB", "BrindleAction"} <= data_names(ext)
