"""Metrics and numeric results (kg.extract.metrics, kg.extract.results, via extract_paper): which measure a number belongs to."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.pipeline import extract_paper
from kg.extract.metrics import find_metrics
from kg.extract.results import find_values
from kg.model import Kind, Paper


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
    # A measure the verb moves "by" the number is named with the change (and in the singular).
    ("Our approach reduces the overall planning costs by 5% as compared to planning without it.",
     [("5%", "overall planning cost reduction")]),
    # "from A to B": the measure named before "from" goes with the new value.
    ("It reduces the optimality gap from 19.35% to 10.46% on hard instances.",
     [("10.46%", "optimality gap")]),
    # ... and "from A down to B", in a unit of time written in the singular
    ("Random search cuts the search time from 36 hours down to 1 hour.",
     [("1 hour", "search time")]),
    # "by" right before as many numbers as listed measures pairs them, acronyms too
    ("Skipping regions improves FLOPs and latency by 3.14x and 1.5x.",
     [("3.14x", "FLOPs improvement"), ("1.5x", "latency improvement")]),
    ("It improves accuracy by up to 2.6% and IoU by up to 11.1% over single-image detectors.",
     [("2.6%", "accuracy improvement"), ("11.1%", "IoU improvement")]),
    # ... and a score without a unit, moved "from A to B" after its named metric
    ("Experiments indicate that our method improves mAP from 74.20 to 75.11 for VOC.",
     [("75.11", "mAP")]),
    # a factor written with a hyphen
    ("The model achieves up to 3-times reduction in parameters.",
     [("3-times", "parameters reduction")]),
    # Words after the number that are no measure give way to the clause's named metric.
    ("We train models, achieving high accuracy (82% in-domain and 73% out-of-domain) while "
     "keeping quality.", [("82%", "accuracy"), ("73%", "accuracy")]),
    # An acronym after the number is the measure, even when not in the vocabulary (and the
    # rival a gain is over is named with it).
    ("It surpasses prior methods by 1.54% AUC on ActivityNet and by 0.61% AR@200 on THUMOS.",
     [("1.54%", "AUC improvement over prior methods"), ("0.61%", "AR@200")]),
    # Verbs before the measure are not part of it.
    # "average" before a measure's head is part of its name
    ("Fusion gives a 5% relative increase in mean average precision over the zorb detector.",
     [("5%", "relative mean average precision increase")]),
    ("Fusion gives a 5% increase in mean average precision over the zorb detector.",
     [("5%", "mean average precision increase")]),
    ("The selection strategy achieves success rates of 70% and 54%, respectively.",
     [("70%", "success rate"), ("54%", "success rate")]),
    # "improves X by N%" with no measure named is the improvement itself (on average, here).
    ("Our approach improves base LMs on 18 downstream tasks by 64.28% on average.",
     [("64.28%", "average improvement")]),
    ("It improves Zorbnet-7 by up to 3.0% in our tests.", [("3.0%", "improvement")]),
])
def test_extract_results_measure_of_each_number(abstract, expected):
    got = _results(abstract)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize("abstract, expected", [
    ("Our detector achieves 45.2 mAP on COCO.", ("45.2", "mAP")),
    ("It obtains a BLEU score of 28.4 on WMT14 English-German.", ("28.4", "BLEU")),
    ("The cell achieves a test perplexity of 57.8 on Penn Treebank.", ("57.8", "perplexity")),
    ("It improves PSNR by 0.5 dB on Set5.", ("0.5 dB", "PSNR improvement")),  # decibels are a unit
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


def _metrics(abstract: str) -> set[str]:
    ex = extract_paper(Paper("p", "T", abstract), load_lexicon())
    return {m.text for m in ex.mentions if m.kind is Kind.METRIC}


@pytest.mark.parametrize("abstract, expected, absent", [
    # "from A to B": the starting point is the baseline's number, not a result.
    ("Our approach improves the classification accuracy from 83% to 90.3%.",
     ("90.3%", "accuracy"), "83%"),
    # The change is named before "of" with its measure: not a bare "improvement".
    ("It outperforms both, with a substantial recognition rate improvement of up to 18%.",
     ("18%", "recognition rate improvement"), None),
    # Words after the number that name no measure give way to the measure before it, named in
    # the singular.
    ("Results showed that signal-to-noise ratios of around 15dB could be achieved.",
     ("15dB", "signal-to-noise ratio"), None),
    # The measure's own words, after the verb and the article.
    ("RGBD policies trained in simulation attain coverage of 83% to 95% in all tiers.",
     ("83%", "coverage"), None),
    ("The sensor detects the curvature with an average error of 3.14%.", ("3.14%", "error"), None),
])
def test_extract_results_measure_named_before_the_number(abstract, expected, absent):
    got = _results(abstract)
    assert expected in got, got
    assert absent is None or absent not in {v for v, _ in got}, got


def test_extract_results_a_range_keeps_its_start():
    assert ("59.2%", "accuracy") in _results("It grasps objects with accuracy ranging from 59.2% "
                                             "to 94.9% in clutter.")


@pytest.mark.parametrize("abstract, expected", [
    # A bare number after "by" is a change in the sentence's metric; "and N" continues it.
    ("The performance of VoteNet with mAP@0.5 is improved by 7.7 on ScanNetV2 dataset and 5.0 "
     "on SUN RGB-D dataset.", [("7.7", "mAP@0.5"), ("5.0", "mAP@0.5")]),
    ("Our method outperforms former best solutions by 1.65 and 1.42 in terms of BLEU-4.",
     [("1.65", "BLEU-4 improvement over former best solutions"),
      ("1.42", "BLEU-4 improvement over former best solutions")]),
    # "1.7 higher mAP": a number, a comparative, then the metric (its margin over the rival
    # "than" names).
    ("It realizes 2.0 higher segmentation mIoU than the state of the art.",
     [("2.0", "segmentation mIoU improvement over state of the art")]),
])
def test_extract_results_bare_numbers_of_change(abstract, expected):
    got = _results(abstract)
    for item in expected:
        assert item in got, got


def test_extract_results_bounded_by_is_no_change():
    assert not _results("The agent gets total reward bounded by 1, and plays for K episodes.")


@pytest.mark.parametrize("abstract, present, absent", [
    # a threshold and a number format are settings, a property talked of no measure
    ("A Zorb detector trained with low IoU thresholds produces noisy detections.", set(),
     {"IoU"}),
    ("We train Zorbnet on ImageNet using half precision and report top-1 accuracy of 75.1%.",
     {"top-1 accuracy"}, {"precision"}),
    ("Zorb trades off risk sensitivity against sample complexity.", set(), {"sensitivity"}),
    ("Zorb reaches a sensitivity of 91% and a specificity of 88%.",
     {"sensitivity", "specificity"}, set()),
    # "at inference time" says when, not what is measured.
    ("The method retrieves demonstrations at inference time for each query.", set(),
     {"inference time"}),
    ("A smaller-norm feature plays a less informative role at the inference time.", set(),
     {"inference time"}),
    # a metric is named in the singular, as a curator lists it
    ("Zorb outperforms the baselines in terms of success rates and zorbing times.",
     {"zorbing time"}, {"zorbing times"}),
    # a measure written in Title Case is a measure, not a system's name before one
    ("Zorb increases the Page Click-Through Rate by 1.03% in A/B tests.",
     {"page click-through rate"}, set()),
    # The averaging is not part of the measure's name ("average precision" is a measure).
    ("FISH achieves an average success rate of 93% on nine tasks.", {"success rate"},
     {"average success rate"}),
    # ... nor how a change in it is counted ("relative error" is a measure).
    ("Zorp achieves up to a 37.5% relative WER reduction and a 2.1% absolute mAP gain.",
     {"WER", "mAP"}, {"relative WER", "absolute mAP"}),
    ("Zorp yields a 10% relative error reduction over the baseline.",
     {"relative error reduction"}, {"error reduction"}),
    # A vocabulary metric is not listed again under its canonical name.
    ("Our approach improves the classification accuracy from 83% to 90.3%.",
     {"classification accuracy"}, {"accuracy"}),
    # The acronym in brackets is the same metric.
    ("P2BNet improves the mean average precision (AP) by more than 50% on COCO.",
     {"mean average precision"}, {"AP"}),
    # Plural surfaces name the measure in the singular.
    ("The robot sorts objects with accuracies of 79% on average.", {"accuracy"}, {"accuracies"}),
    ("The grasp success rates and the final displacement errors of Zorp are reported.",
     {"success rate", "final displacement error"}, {"success rates"}),
    # "score" goes only where a measure is left without it: "F1 score" is F1, "Inception Score"
    # is no "inception"; a hyphened "F1-score" keeps its capital.
    ("Zorp-GAN reaches an Inception Score of 8.91 and raises the F1 score by 3%.",
     {"inception score", "F1"}, {"inception", "F1 score"}),
    ("Zorp gains 2 BLEU score points and an F1-score of 80.1.",
     {"BLEU", "F1-score"}, {"BLEU score", "f1-score"}),
    ("Zorp has higher F1-scores on Wombat.", {"F1-score"}, {"F1-scores"}),
])
def test_extract_metric_names_as_a_curator_lists_them(abstract, present, absent):
    got = _metrics(abstract)
    assert present <= got and not (absent & got), got


@pytest.mark.parametrize("abstract, present, absent", [
    # A system's name is not part of a metric's name; an article and a bare head are no metric.
    ("Compared to a baseline, it requires 47.7% less GPT-api cost to attain the same accuracy.",
     set(), {"GPT-api cost"}),
    ("Results are transferred to memory at a rate of 2000 fps or more.", set(), {"a rate", "rate"}),
    # "score" stays when it is the head of a spelled-out measure.
    ("It shows an average improvement of 28.34% in absolute normalized score for generative "
     "tasks.", {"absolute normalized score"}, set()),
    ("Results showed that signal-to-noise ratios of around 15dB could be achieved.",
     {"signal-to-noise ratio"}, set()),
])
def test_extract_metrics_derived_from_results(abstract, present, absent):
    got = _metrics(abstract)
    assert present <= got and not (absent & got), got


@pytest.mark.parametrize("abstract, kept, dropped", [
    # An arrow (LaTeX or not) and "A to B" in brackets also lead from the baseline's number.
    ("We find zero-shot improvements on GSM8K (5.9%rightarrow10.9%) and on CommonsenseQA.",
     "10.9%", "5.9%"),
    ("It answers with a minor performance drop (95.07% to 94.92%) on hard questions.",
     "94.92%", "95.07%"),
    ("Accuracy increases in the low-data regime (from 69% to 82%) as well.", "82%", "69%"),
])
def test_extract_results_baseline_number_before_an_arrow(abstract, kept, dropped):
    values = {v.value for v in find_values(abstract, find_metrics(abstract, load_lexicon()))}
    assert kept in values and dropped not in values, values


def test_extract_results_number_in_brackets_after_a_dataset_is_measured_on_it():
    ex = extract_paper(Paper("p", "T", "It achieves state-of-the-art results on the LINEMOD "
                                       "(99.7%) and YCB-Video (97.2%) datasets."), load_lexicon())
    got = {(r.value, r.dataset) for r in ex.results}
    assert {("99.7%", "LINEMOD"), ("97.2%", "YCB-Video")} <= got, got


def test_acronyms_a_metrics_list_gives_are_measures_not_methods():
    ex = extract_paper(Paper("p", "T", "Works use disparate benchmark datasets and metrics (e.g. "
                                       "zMOTQ, mAP, ZorbF). We unify them."), load_lexicon())
    assert {"zMOTQ", "ZorbF"} <= {m.text for m in ex.mentions if m.kind is Kind.METRIC}
    assert not {"zMOTQ", "mAP", "ZorbF"} & {m.text for m in ex.mentions if m.kind is Kind.METHOD}


@pytest.mark.parametrize("text, expected", [
    ("It improves top-1 and top-5 accuracy on the zorb set.", {"top-1 accuracy", "top-5 accuracy"}),
    ("It lowers the Average and Final Displacement Error of zorbs.",
     {"average displacement error", "final displacement error"}),
    ("We report accuracy and F1 score on zorbs.", {"accuracy", "F1"}),  # two measures, no head shared
    ("Zorb reaches a mid Spearman and Kendall correlation with human judgment.",
     {"spearman correlation", "kendall correlation"}),
])
def test_coordinated_modifiers_share_the_measure_after_them(text, expected):
    ex = extract_paper(Paper("p", "T", text), load_lexicon())
    got = {m.text for m in ex.mentions if m.kind is Kind.METRIC}
    assert got == expected, got


def test_extract_results_measure_in_brackets_after_the_number_keeps_the_data_set_after_it():
    ex = extract_paper(Paper("p", "T", "Our method improves the zorb model by 12.43 (Acc) on GSM8K "
                                       "and 3.95 (Pass@1) on ZRBQ."), load_lexicon())
    assert "ZRBQ" in {m.text for m in ex.mentions if m.kind in (Kind.DATASET, Kind.BENCHMARK)}
    got = {(r.value, r.metric, r.dataset) for r in ex.results}
    assert ("3.95", "pass@1", "ZRBQ") in got, got


def test_extract_results_a_list_of_numbers_pairs_with_a_list_of_data_sets():
    ex = extract_paper(Paper("p", "T", "Our model achieves top-1 accuracies of 96.1%, 81.2% and "
                                       "77.5% on CIFAR-10, CIFAR-100 and ImageNet, respectively."),
                       load_lexicon())
    got = {(r.value, r.dataset) for r in ex.results}
    assert {("96.1%", "CIFAR-10"), ("81.2%", "CIFAR-100"), ("77.5%", "ImageNet")} <= got, got


def test_extract_results_threshold_before_a_metric_is_no_score():
    got = _results("The AP over 20 classes at 0.5 IoU achieves 66.7% on VOC.")
    assert ("0.5", "IoU") not in got, got


def test_extract_results_margin_over_a_rival_is_an_improvement_over_it():
    got = _results("Specifically, it outperforms CoT-tuned LLaMAs by an average of 40.6% and 38.5% "
                   "for LLaMA2-7B and LLaMA2-13B, respectively.")
    assert ("40.6%", "average improvement over CoT-tuned LLaMAs") in got, got
    assert ("38.5%", "average improvement over CoT-tuned LLaMAs") in got, got


def test_extract_results_a_gain_over_counted_data_sets_has_no_rival():
    got = _results("The zorb schedule achieves an average of 2 points improvement over four datasets "
                   "compared to the baseline.")
    assert got == [("2 points", "improvement")], got


def test_extract_results_a_name_after_improvement_on_is_the_data_not_the_measure():
    ex = extract_paper(Paper("p", "T", "Our zorb detector achieves around 16% improvement on "
                                       "ZorbGenome and a 3% gain on accuracy."), load_lexicon())
    got = {(r.value, r.metric) for r in ex.results}
    assert ("16%", "improvement") in got and ("3%", "accuracy gain") in got, got


def test_extract_results_a_known_data_sets_score_is_the_results_measure_not_a_metric():
    ex = extract_paper(Paper("p", "T", "With small zorb models we achieve a SOTA MMLU score of 74.8 "
                                       "among models of the same size."), load_lexicon())
    assert [(r.value, r.metric, r.dataset) for r in ex.results] == [("74.8", "MMLU score", "MMLU")]
    assert not [m for m in ex.mentions if m.kind is Kind.METRIC]  # as "GSM8K accuracy" is no metric


def test_extract_results_an_averaged_score_names_a_measure_not_a_data_set():
    ex = extract_paper(Paper("p", "T", "Our zorb segmenter reaches the lowest average MAD score of "
                                       "0.782 on retinal scans."), load_lexicon())
    assert "MAD" not in {m.text for m in ex.mentions if m.kind in (Kind.DATASET, Kind.BENCHMARK)}


def test_extract_results_speed_at_a_rate_is_a_score():
    assert ("118", "FPS") in _results("The detector is fast, running at 118 frames per second.")


def test_extract_results_measure_after_in_terms_of():
    got = _results("CALM outperforms the state-of-the-art method by 7% in terms of task success.")
    assert ("7%", "task success improvement over state-of-the-art method") in got, got


@pytest.mark.parametrize("abstract, expected", [
    # A bare gain names the rival it is measured against, when the rival is named ...
    ("It achieves up to a 41.0% absolute improvement over GPT-4 in theorem proving tasks.",
     ("41.0%", "improvement over GPT-4")),
    ("It yields a 5.25% improvement over SPQR. Furthermore, it is fast.",
     ("5.25%", "improvement over SPQR")),
    # ... but not a generic one.
    ("It yields a 30% improvement over state-of-the-art methods.", ("30%", "improvement")),
])
def test_extract_results_gain_over_a_named_rival(abstract, expected):
    assert expected in _results(abstract)


def test_extract_results_gain_measure_stops_at_the_comparison():
    got = _results("Fine-tuned on GSM8K, it achieved a 5% improvement in accuracy over standard "
                   "supervised fine-tuning.")
    assert ("5%", "accuracy improvement") in got, got


def test_extract_metrics_derived_without_the_data_set_name():
    ex = extract_paper(Paper("p", "T", "It leads to an average improvement of 3% in GSM8K accuracy "
                                       "across five models."), load_lexicon())
    got = {m.text for m in ex.mentions if m.kind is Kind.METRIC}
    assert "GSM8K accuracy" not in got, got



def test_extract_metric_improved_together_with_another_quality():
    assert "accuracy" in _metrics("Explanations can be leveraged to improve both the accuracy and "
                                  "robustness of humor classifiers.")


def test_extract_results_rival_number_in_brackets_is_no_result():
    got = _results("PMC achieved an average 42.68% success rate on TravelPlanner, significantly "
                   "higher than GPT-4 (2.92%), and a success rate of 98.9%, higher than the best "
                   "success rate (90%) achieved by technicians.")
    values = {v for v, _ in got}
    assert {"42.68%", "98.9%"} <= values and not {"2.92%", "90%"} & values, got


@pytest.mark.parametrize("abstract, expected", [
    # physical quantities reported for a measure
    ("The crawler tracks trajectories with a minimum turning radius of 42 mm.",
     [("42 mm", "minimum turning radius")]),
    ("It localizes the car with an average positioning error of 1.37m on a long path.",
     [("1.37m", "average positioning error")]),  # curators keep "average" here
    ("The planner achieves an accuracy of 96.1% in detection and an oocyte deformation of "
     "2.48 μm.", [("96.1%", "accuracy"), ("2.48 μm", "oocyte deformation")]),
    ("A localization error less than 0.4 m can be achieved with known anchors.",
     [("0.4 m", "localization error")]),
])
def test_extract_results_physical_quantities(abstract, expected):
    assert _results(abstract) == expected


@pytest.mark.parametrize("abstract", [
    "We measure the contact force from 0 to 2.0N on curved surfaces.",  # a range swept
    "Two actuators with the dimensions of (12 mm times 2 mm times 0.2 mm) were tested.",  # a size
    "The robot was deployed inside a tube with an inner diameter of 64 mm.",  # the setting's size
])
def test_extract_results_physical_sizes_are_no_results(abstract):
    assert _results(abstract) == []


@pytest.mark.parametrize("abstract, expected", [
    # the split or setting a measure was taken on stays with it
    ("The glove decoder reaches a mean validation accuracy of 91.2% over four wearers.",
     {"validation accuracy"}),
    ("The pruned tagger keeps 77.5% test accuracy on the Quokka reviews.", {"test accuracy"}),
    # what was measured stays too, up to two words
    ("Results show a clear gain in terms of pose accuracy on the Wombat rover.", {"pose accuracy"}),
    ("The filter significantly improves pose estimation accuracy on the Wombat rover.",
     {"pose estimation accuracy"}),
    # "error" alone is no metric; a robotics error measure is
    ("We compare the two controllers in terms of tracking error on the Quokka arm.",
     {"tracking error"}),
    # a task's accuracy is named with the task, and the words before the task are not
    ("The new pooling improves speech recognition accuracy on the Zorblat corpus.",
     {"recognition accuracy"}),
    ("Our hashing codes improve search accuracy by 3% on the Quokka index.", {"search accuracy"}),
    # a cut-off of any rank names the accuracy it limits
    ("The glosses are recognised with 62.6% at top-10 accuracy on Quokka-2k.", {"top-10 accuracy"}),
    # an adjective is no qualifier, and neither is a word off the list
    ("The new sampler achieves high accuracy of 88% on Zorblat.", {"accuracy"}),
    ("Our router improves selection accuracy over hard prompts.", {"accuracy"}),
])
def test_extract_metrics_keep_the_texts_qualifier(abstract, expected):
    assert set(_metrics(abstract)) == expected


@pytest.mark.parametrize("abstract, expected", [
    # a cost talked of is no measure reported ...
    ("Zorbnet delivers high accuracy within a short training time on Quokka.", set()),
    ("The whole index must reside on the phone within a small memory footprint.", set()),
    # ... but a cost with its number is
    ("Zorbnet cuts the training time by 40% on Quokka.", {"training time"}),
])
def test_extract_metrics_costs_need_a_number_or_cue(abstract, expected):
    assert _metrics(abstract) & {"training time", "memory footprint"} == expected


def test_extract_metrics_estimation_error_in_a_bound_is_no_metric():
    assert _metrics("Our bounds upper-bound the estimation error of the Zorblat loss in terms of "
                    "the estimation error of the surrogate.") == set()


def test_extract_metrics_a_known_acronym_with_its_order_is_a_metric_not_data():
    ex = extract_paper(Paper("p", "T", "Zorbnet beats existing methods (e.g., 7.48% and 5.43% higher "
                                       "for BLEU-1 and ROUGE)."), load_lexicon())
    assert "BLEU-1" in {m.text for m in ex.mentions if m.kind is Kind.METRIC}
    assert "BLEU-1" not in {m.text for m in ex.mentions if m.kind is not Kind.METRIC}


def test_extract_metrics_rank_cut_off_names_its_accuracy():
    got = _metrics("FlumNet beats prior work by 2.2% mAP and 4.1% rank-1 accuracy on Quibble-Duke.")
    assert "rank-1 accuracy" in got and "rank-1" not in got and "accuracy" not in got, got


def test_a_relative_or_absolute_error_of_a_measured_thing_keeps_its_word():
    got = _metrics("FlumNet reduces the relative pose error by 20% and the absolute trajectory error "
                   "by 30% on Quibble.")
    assert {"relative pose error", "absolute trajectory error"} <= got, got


def test_a_cut_off_and_what_is_retrieved_name_one_accuracy():
    got = _metrics("FlumNet achieves a top-1 retrieval accuracy of 40.1% on Quibble.")
    assert got == {"top-1 retrieval accuracy"}, got
    assert _metrics("FlumNet achieves Rank-1 Accuracy of 87.02% on Quibble.") == {"rank-1 accuracy"}
    # a comparative is no part of the name
    assert "top-5 accuracy" in _metrics("FlumNet enjoys 0.33% top-5 higher accuracy on Quibble.")


@pytest.mark.parametrize("abstract, expected", [
    ("Zorblat retrieval reaches state-of-the-art Recall@K performance.", "Recall@K"),
    ("The fused detector realizes 1.3 higher detection mAP@.5 than rivals.", "mAP@.5"),
    ("Captions improve by 40% (Meteor score rises to 7.1).", "METEOR"),
    ("The predicted ranks agree with a Pearson correlation coefficient of 0.71.",
     "pearson correlation coefficient"),
])
def test_extract_metrics_written_forms(abstract, expected):
    assert expected in _metrics(abstract)


@pytest.mark.parametrize("abstract, expected", [
    # LaTeX-escaped percent from arXiv sources
    ("Zorblat improves accuracy by 7.5\\% over the best baseline.", ("7.5%", "accuracy improvement")),
    # a range of factors is one result, written as a range
    ("The sampler is 3 to 6 times faster than Gibbs sampling.", ("3 to 6 times", "speedup over Gibbs sampling")),
    # numbers set in LaTeX math mode, written without the dollars
    ("Zorbnet reaches a mAP of $22.7$ on the Quokka split.", ("22.7", "mAP")),
    ("On Wombat, the planner has an $8\\%$ failure rate.", ("8%", "failure rate")),
    ("We observe a $5$-$10$x improvement in performance over the current state of the art.",
     ("5-10x", "performance improvement")),
    # a spread after a score is not another result, and the unit after it is the score's
    ("Zorbnet reaches 81.2 ± 0.3% accuracy on the Quokka split.", ("81.2%", "accuracy")),
    ("The arm reaches the target with an MAE of 0.99±0.46 mm.", ("0.99 mm", "MAE")),
])
def test_extract_results_written_values(abstract, expected):
    assert expected in _results(abstract)


def test_extract_results_scores_with_spreads_pair_respectively():
    got = _results("The segmenter renders Dice scores of 93.34+-0.05 and 89.73+-0.04 on Quokka "
                   "and Wombat respectively.")
    assert ("93.34", "Dice") in got and ("89.73", "Dice") in got, got
    assert not any(v.startswith("0.0") for v, _ in got), got


@pytest.mark.parametrize("abstract, expected", [
    ("Zorb gives more robust results, with an average F1 increase of 0.26 over prior work.",
     [("0.26", "average F1 increase")]),
    ("It gives a BLEU improvement of 1.5 on Wombat-14.", [("1.5", "BLEU improvement")]),
    # ... or the change named before the number and the measure after it
    ("Zorb improves over strong baselines, with a gain of up to 1.3 BLEU for Wombat translation.",
     [("1.3", "BLEU gain")]),
    ("Zorb yields an improvement of 2.1 BLEU on Wombat-14.", [("2.1", "BLEU improvement")]),
    # a year is no change
    ("Zorb saw an F1 increase of 2018 entries.", []),
])
def test_extract_results_measure_change_of_a_number_without_unit(abstract, expected):
    assert _results(abstract) == expected


def test_extract_results_percent_range_after_improvement_is_the_new_value():
    # "an improvement of 40 to 85%": from the baseline's number to the result
    got = _results("An improvement of 40 to 85% word recognition rate was achieved with Zorblat.")
    assert [v for v, _ in got] == ["85%"], got


@pytest.mark.parametrize("abstract, absent", [
    # a vocabulary acronym the text spells out as something else names no measure
    ("We speed up exact MAP inference in Zorblat fields and find the MAP assignment faster.",
     "MAP"),
    ("A fleet of unmanned aircraft systems (UAS) maps the Quokka valley; each UAS reports "
     "its position.", "UAS"),
    ("We pretrain with masked autoencoders (MAE) and fine-tune the MAE on Wombat scans.", "MAE"),
    ("Dynamic programming computes the partition function and the MAP clustering exactly.", "MAP"),
    # an argument glued on names a function; a noun after it, a thing
    ("We derive a new Q(lambda), called PQ(lambda), from TD(lambda).", "PQ"),
    ("We split a large PQ key along with a server's signature.", "PQ"),
    # mAP in capitals is maximum a posteriori unless a score stands beside it
    ("Marginal MAP, central to decision making, is hard; we solve marginal MAP exactly.", "MAP"),
])
def test_extract_metrics_acronym_used_for_something_else(abstract, absent):
    assert absent not in _metrics(abstract)


def test_extract_metrics_miscased_acronym_with_a_score_is_a_measure():
    assert "MAP" in _metrics("We set the new state of the art on Zorb-QA with MAP=92.9%.")


def test_extract_results_two_letter_panoptic_quality_is_a_measure():
    assert ("51.5", "PQ") in _results("Our single model achieves PQ=51.5 on the Zorb dataset.")


def test_extract_metrics_acronym_before_a_hyphened_praise_is_still_the_measure():
    # "MRR state-of-the-art performance": a modifier of the praise, not "the MRR state"
    got = _results("We keep most MRR state-of-the-art performance (70.41% vs. 71.24%) with Zorb.")
    assert ("70.41%", "MRR") in got, got


def test_extract_metrics_acronym_in_brackets_after_a_number_is_still_the_metric():
    got = _metrics("FlumNet achieves improvements of 6.1% (BLEU) and 7.2% (ROUGE) on average.")
    assert {"BLEU", "ROUGE"} <= got, got


def test_extract_metrics_long_form_of_the_bracketed_acronym():
    got = _metrics("The Zorblat detector is superior when measured by Matthews Correlation "
                   "Coefficient (MCC), a metric robust to class imbalance.")
    assert "matthews correlation coefficient" in {m.lower() for m in got}, got
    assert "correlation coefficient" not in got


def test_extract_metrics_defined_measure_without_vocabulary():
    got = _metrics("We score the graphs with the Mean Junction Similarity (MJS) and road "
                   "continuity (RC) graph-theoretic metrics over four cities.")
    assert "mean junction similarity" in {m.lower() for m in got}, got


@pytest.mark.parametrize("abstract, expected", [
    ("Our pruning significantly reduces the run-time on Quokka graphs.", "run-time"),
    ("The tracker is fast, reaching 41.5 frames-per-second on a Wombat board.",
     "frames-per-second"),
    # "achieves state-of-the-art accuracy": the measure the paper reports
    ("The glove decoder achieves state-of-the-art accuracy on the Quokka gestures.", "accuracy"),
    ("Trained on Wombat logs, the Zorblat filter achieves competitive accuracy indoors.",
     "accuracy"),
    # spelled out as a measure, the acronym stays one
    ("We report bits per character (BPC) on Zorblat-8; the BPC drops with depth.", "BPC"),
])
def test_extract_metrics_reported_forms(abstract, expected):
    assert expected in _metrics(abstract)


@pytest.mark.parametrize("abstract, expected", [
    # numbers listed before a metric share it
    ("FlumNet obtains 31.2 and 28.7 BLEU points on Zorblat-En and Zorblat-De.",
     [("31.2", "BLEU"), ("28.7", "BLEU")]),
    # a factor names its measure
    ("The Quokka codec achieves 7x compression of depth scans.", [("7x", "compression")]),
    # counts per unit of time
    ("The sorter handles 300+ widgets per second on one core.",
     [("300+ widgets per second", "widgets per second")]),
    # "fewer parameters" is a parameter reduction
    ("The Zorblat decoder is better with 71.5% fewer parameters.",
     [("71.5%", "parameters reduction")]),
    # errors reported "below" a bound, in radians too
    ("The planner reaches mean end-point pose errors below 0.03 meters in translation.",
     [("0.03 meters", "end-point pose error")]),
    ("Heading drift stays small with a heading error of 0.004 radians on the Wombat rover.",
     [("0.004 radians", "heading error")]),
])
def test_extract_results_values_and_measures(abstract, expected):
    got = _results(abstract)
    for pair in expected:
        assert pair in got, got


@pytest.mark.parametrize("abstract, expected", [
    # the rival stays with the improvement, named or not
    ("On Quokka maps we find a 23% improvement over previous work.",
     ("23%", "improvement over previous work")),
    ("FlumNet outperforms Zorblat labels by greater than 40% on city graphs.",
     ("40%", "improvement over Zorblat labels")),
    ("Our sampler improves over the previous state-of-the-art by almost 25%.",
     ("25%", "improvement over previous state-of-the-art")),
])
def test_extract_results_improvement_keeps_its_rival(abstract, expected):
    assert expected in _results(abstract)


@pytest.mark.parametrize("abstract, value", [
    # the baseline's number is not the paper's result
    ("We raise accuracy on the Quokka-10 dataset from a previous best of 61.2% to 70.4%.", "61.2%"),
    ("We compare against a baseline recognition rate of 93.1% for a single network.", "93.1%"),
    ("An injection speed of 7 embryos/min vs. 3 embryos/min in manual work is reached.",
     "3 embryos/min"),
    # "poses with error below 1.5m": a threshold
    ("The rover localizes with 80% of the poses with error below 2.5m on the Wombat path.",
     "2.5m"),
])
def test_extract_results_rivals_and_thresholds_are_no_results(abstract, value):
    assert value not in [v for v, _ in _results(abstract)]


@pytest.mark.parametrize("abstract, expected", [
    # the change named after the measure: "N% <measure> reduction"
    ("The Zorblat protocol keeps accuracy while achieving up to 64% total bandwidth reduction.",
     ("64%", "total bandwidth reduction")),
    # the acronym in brackets sits between the metric and its value
    ("For Quokka intensity we reach a Pearson Correlation Coefficient (PCC) of 0.58 on Wombat.",
     ("0.58", "pearson correlation")),
    # a change verb, then an acronym no vocabulary lists
    ("Our detector helps by improving the FPR80 by 31.5 % with respect to the baseline.",
     ("31.5 %", "FPR80 improvement")),
])
def test_extract_results_measure_beside_the_number(abstract, expected):
    assert expected in _results(abstract)


def test_extract_results_measure_moving_by_a_number():
    got = _results("On large Quokka graphs the tracking error decreases by only 6% with FlumNet.")
    assert ("6%", "tracking error decrease") in got, got


def test_extract_results_change_verb_rival_is_no_metric():
    got = _results("FlumNet outperforms ZorbLM by 4.5% on reading tasks.")
    assert ("4.5%", "ZorbLM") not in got, got


def test_extract_metrics_title_case_acronym_with_a_suffix():
    assert "ROUGE-1" in _metrics("FlumNet beats the baselines by 2.1% in Rouge-1 for summaries.")


def test_extract_results_bare_head_refers_to_the_named_measure():
    got = _results("A single net gives a word spotting rate of 90.1%. The Zorblat ensemble "
                   "spots words at a rate of 96.3% on the Quokka task.")
    assert ("96.3%", "word spotting rate") in got, got


@pytest.mark.parametrize("abstract, expected", [
    # "points" belong to the metric named before them
    ("FlumNet reaches 61.5% F1 on Zorblat-RE. It is only 3 points short of the best system.",
     ("3 points", "F1")),
    # numbers listed before a unit share it, and its metric
    ("FlumNet gains 2.31 and 2.77 points of improvement on the Quokka suites.",
     ("2.31", "improvement")),
])
def test_extract_results_points_and_listed_units(abstract, expected):
    assert expected in _results(abstract)


def test_extract_results_numbers_listed_after_the_measure_share_it():
    ex = extract_paper(Paper("p", "T", "Experiments on the LibriSpeech En-Fr and MuST-C En-De ST "
                                       "tasks show that our method achieves BLEU scores of 18.3 and "
                                       "25.2."), load_lexicon())
    assert {(r.value, r.metric, r.dataset) for r in ex.results} == {
        ("18.3", "BLEU", "LibriSpeech En-Fr"), ("25.2", "BLEU", "MuST-C En-De")}
    got = _results("FlumNet obtains an F1 of 85.2, 80.1 and 77.3 on the three suites.")
    assert [v for v, m in got if m == "F1"] == ["85.2", "80.1", "77.3"]
    # ... not a count that follows
    assert _results("FlumNet obtains a BLEU of 35.2 and 3 of the 5 tasks improve.") == [("35.2", "BLEU")]


def test_extract_results_a_bracketed_score_after_the_measure_is_its_value():
    assert ("0.937", "AUC") in _results("FlumNet can achieve high AUC values (> 0.937) on six "
                                        "combinations of models and data sets.")
    # ... a bracketed count or list number is not
    assert not _results("The accuracy (1) improves, and so does the recall (2).")


def test_extract_results_a_measure_named_after_a_person_is_capitalised_alone():
    assert ("95.12", "Dice") in _results("The proposed method achieved a Dice 95.12+-0.02 and a PQ "
                                         "score of 97.01+-0.01.")


def test_extract_results_range_between_numbers_is_one_value():
    got = [v for v, _ in _results("The Zorblat arm moves at a speed between 10 and 20 mm/s.")]
    assert "10" not in got, got


@pytest.mark.parametrize("abstract, expected", [
    # the measure, what it was taken of, then the number
    ("The correct pairing rate of Quokka markers is 91.3% in the hall.",
     ("91.3%", "correct pairing rate")),
    # "N times the speed" names the speed; "speed up" is a speedup
    ("The Zorblat simulator reproduces the reference runs at 42x the speed.", ("42x", "speed")),
    ("FlumNet runs with a 3.5x speed up on the Quokka board.", ("3.5x", "speedup")),
    # ... and "speeds up X by N", whatever else the clause measures
    ("Zorbnet speeds up beam search inference by 6.7 times on CPU with competitive accuracy.",
     ("6.7 times", "speedup")),
])
def test_extract_results_measures_named_before_the_number(abstract, expected):
    assert expected in _results(abstract), _results(abstract)


def test_extract_results_design_quantities_of_a_device():
    got = _results("The Zorblat actuator has a mass of 210mg, maximum force of 9.5mN, bandwidth of "
                   "42Hz, and a stroke of 3mm.")
    assert ("210mg", "mass") in got and ("42Hz", "bandwidth") in got and ("3mm", "stroke") in got, got


def test_extract_results_ieee_plusmn_and_mum_spelling():
    got = _results("The Quokka gripper reaches a placement accuracy of 0.52plusmn0.31mum on "
                   "glass beads.")
    assert ("0.52plusmn0.31mum", "placement accuracy") in got, got


def test_extract_results_size_of_a_thing_does_not_share_the_measure():
    got = _results("FlumNet reaches a release accuracy of 0.4 mm, measured through the handling "
                   "of 20 mm glass cubes.")
    assert not any(v == "20 mm" for v, _ in got), got


def test_extract_results_baseline_before_to_less_than():
    got = [v for v, _ in _results("Our Zorblat trigger reduces the accuracy of the Quokka class "
                                  "from 88.25% to less than 0.7%.")]
    assert "88.25%" not in got and "0.7%" in got, got


def test_extract_results_threshold_after_with_is_no_result():
    got = [v for v, _ in _results("The Zorblat locator finds 88% of sources with angle error less "
                                  "than 12 degrees.")]
    assert "12 degrees" not in got, got


def test_extract_results_speeds_in_excess_of():
    assert ("40M points/sec", "speed") in _results(
        "The FlumNet codec operates at speeds in excess of 40M points/sec on one core.")


@pytest.mark.parametrize("abstract, expected", [
    # a speed, torque, force or pressure says what it measures by its unit
    ("In the rotary mode, about 180 rpm and 0.3 mNm were attained by the Zorblat motor.",
     [("180 rpm", "rotational speed"), ("0.3 mNm", "torque")]),
    ("The Quokka skater's top forward speeds are measured as 12 cm/s on water.",
     [("12 cm/s", "speed")]),
])
def test_extract_results_measure_named_by_the_unit(abstract, expected):
    got = _results(abstract)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("abstract", [
    "The Zorblat wing is hit by a 4 m/s wind gust in the tunnel.",  # an attribute of a thing
    "When running at 2.5 m/s, the Quokka controller rejects pushes.",  # a condition
    "The Zorblat mount reaches a stiffness of 310 N/m in the tests.",  # not a force
])
def test_extract_results_unit_alone_names_no_setting(abstract):
    assert not any(m in ("speed", "force") for _, m in _results(abstract)), _results(abstract)


def test_extract_results_fewer_things_are_a_reduction():
    got = _results("The Zorblat learner needs 35% fewer labelled frames than FlumNet.")
    assert ("35%", "labelled frames reduction") in got, got


def test_extract_results_respectively_pairs_listed_measures():
    got = _results("Under label noise, ZorbNet reduces MAE and RMSE by 7% and 12.4% respectively.")
    assert ("7%", "MAE reduction") in got and ("12.4%", "RMSE reduction") in got, got


@pytest.mark.parametrize("abstract, expected", [
    ("Zorb reduces latency by 18.4% and network traffic by 24.5% on average.",
     [("18.4%", "latency reduction"), ("24.5%", "network traffic reduction")]),
    ("Zorb improves startup time by 63 %, and network round-trip latency by 97 % for images.",
     [("63 %", "startup time improvement"), ("97 %", "network round-trip latency improvement")]),
])
def test_extract_results_a_gapped_change_moves_the_measure_before_each_number(abstract, expected):
    got = _results(abstract)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("abstract, value, absent, kept", [
    # the measure after a second number is that number's
    ("Compression reduces the model size by up to 28% with only an 8% decrease in accuracy.",
     "28%", "accuracy", ("8%", "accuracy decrease")),
    ("It is 56% faster (234.1ms) with 2.4x fewer FLOPs with an accuracy of 82.9%.",
     "56%", "accuracy", ("82.9%", "accuracy")),
])
def test_extract_results_a_measure_named_after_another_number_is_not_this_ones(
        abstract, value, absent, kept):
    got = _results(abstract)
    assert (value, absent) not in got and kept in got, got


@pytest.mark.parametrize("abstract, expected", [
    # ... unless that number ends a range or stands in brackets
    ("We show a relative improvement of 8.02% -38.69% in top-1 accuracy over prior work.",
     ("8.02% -38.69%", "top-1 accuracy improvement")),
    ("BGCN outperforms GCN by 1.6% (1.5%) in classification accuracy.",
     ("1.6%", "accuracy improvement over GCN")),
    (r"Zorb outperforms state-of-the-art methods on literature search with 65.07\% (vs.\ "
     r"previous SOTA 24.68\%) recall for publication search.", ("65.07%", "recall")),
])
def test_extract_results_a_range_end_or_bracketed_number_leaves_the_measure(abstract, expected):
    got = _results(abstract)
    assert expected in got, got


@pytest.mark.parametrize("abstract, expected", [
    ("Our model is 1.2% better in top-1 accuracy than the best human-invented architectures.",
     ("1.2%", "top-1 accuracy improvement over best human-invented architectures")),
    ("Zorb achieves 3.1% higher accuracy than FlumNet on the test split.",
     ("3.1%", "accuracy improvement over FlumNet")),
    ("It has 10.6% lower error than its BN counterpart on the validation set.",
     ("10.6%", "error reduction over its BN counterpart")),
])
def test_extract_results_a_margin_than_a_rival_is_the_measures_change_over_it(abstract, expected):
    got = _results(abstract)
    assert expected in got, got


@pytest.mark.parametrize("abstract, expected", [
    ("Our Zorb method is 10x faster than the MC dropout with a Tiramisu backbone.",
     [("10x", "speedup over MC dropout")]),
    ("Zorb is 398×, 833× and 23.6× faster than the outer approximation GRCC, at no loss.",
     [(v, "speedup over outer approximation GRCC") for v in ("398×", "833×", "23.6×")]),
    ("Zorb learns model parameters up to 579 times faster than the Newton's method.",
     [("579 times", "speedup over Newton's method")]),
    # a measure named later in the sentence is not what the factor measures
    ("Zorb is up to 9.1X faster than the basic rPCA algorithm without accuracy loss.",
     [("9.1X", "speedup over basic rPCA algorithm")]),
])
def test_extract_results_a_factor_faster_than_a_rival_is_the_speedup_over_it(abstract, expected):
    got = _results(abstract)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("abstract, expected", [
    ("Zorb outperforms the baseline QuuxNeRF by a margin of 11\u221225% in PSNR (dB).",
     ("11\u221225%", "PSNR improvement over baseline QuuxNeRF")),  # a range with a minus sign
    ("Zorb outperforms Quux by a margin of 3.2% in accuracy.",
     ("3.2%", "accuracy improvement over Quux")),
])
def test_extract_results_a_margin_over_a_rival_is_its_improvement(abstract, expected):
    got = _results(abstract)
    assert expected in got, got


def test_extract_results_faster_with_no_rival_is_a_plain_speedup():
    assert ("3x", "speedup") in _results("Zorb runs 3x faster than previously reported.")
    # nor is real time a rival: the measure the text gives stays
    assert ("5.26 times", "RTF") in _results("We achieve over 5.26 times faster than realtime (0.19 RTF) "
                                             "speech recognition.")


@pytest.mark.parametrize("abstract, value", [
    ("Zorb is 3.2x more accurate than existing methods.", "3.2x"),  # a factor, not a margin
    ("Zorb speeds up training by 80%, better than when tuning by hand.", "80%"),
])
def test_extract_results_a_factor_or_a_clause_after_than_names_no_rival(abstract, value):
    assert not [m for v, m in _results(abstract) if v == value and " over " in m]


def test_extract_results_a_power_or_resolution_is_no_score():
    got = _results("Zorb reaches near perfect reconstruction (>74 dB PSNR at 1024^2 resolution), "
                   "and a high PSNR at 512 resolution.")
    assert ("74 dB", "PSNR") in got and not [v for v, _ in got if v in ("1024", "512")], got


@pytest.mark.parametrize("abstract, absent", [
    ("Instead of the traditional MAP framework, the Zorblat denoiser learns a joint law.", "MAP"),
    ("The negative log-likelihood function of the Quokka model is not convex.",
     "negative log-likelihood"),
    ("We replace the loss of ZorbNet with an Intersection-over-Union (IoU) loss.",
     "Intersection-over-Union"),
    ("The mean squared error (MSE) loss and the adversarial loss train the generator.",
     "mean squared error"),
])
def test_extract_metrics_objectives_and_frameworks_are_no_measures(abstract, absent):
    assert absent not in _metrics(abstract)


@pytest.mark.parametrize("abstract, measure", [
    ("It quantizes the detector with negligible mAP loss.", "mAP"),
    ("Zorbing reduces the accuracy loss associated with quantization.", "accuracy"),
    ("Pruning gives a 0.5% top-1 accuracy loss on ImageNet.", "top-1 accuracy"),
    ("It shrinks storage with an intersection-over-union (IoU) loss of 4.93% on the validation "
     "data.", "intersection-over-union"),
])
def test_extract_metrics_a_measure_that_drops_is_still_one(abstract, measure):
    assert measure in _metrics(abstract)


def test_extract_metrics_a_bare_cut_off_is_named_as_its_accuracy():
    found = _metrics("Zorb achieves an accuracy of 82.7% top-1 and 96.2% top-5 on ImageNet.")
    assert {"top-1 accuracy", "top-5 accuracy"} <= found and not found & {"top-1", "top-5"}


@pytest.mark.parametrize("abstract", [
    "The accuracy of the pitching motion is improved by predicting tracking errors.",
    "We show that the accuracy of emotion classification is substantially increased by context.",
])
def test_extract_metrics_a_measure_of_something_the_paper_moves(abstract):
    assert "accuracy" in _metrics(abstract)


@pytest.mark.parametrize("abstract, expected", [
    # the measure the paper reports keeping while gaining something else
    ("The Quokka sampler runs on larger batches without sacrificing accuracy.", {"accuracy"}),
    ("Pruning FlumNet saves memory with very little loss of accuracy.", {"accuracy"}),
    ("Zorblat speeds up matching without a compromise in accuracy.", {"accuracy"}),
])
def test_extract_metrics_measure_kept_while_gaining_another(abstract, expected):
    assert _metrics(abstract) == expected


@pytest.mark.parametrize("abstract, expected", [
    # a noun that says what an error measures in robotics, control or forecasting
    ("The Wombat planner improves the prediction error of the Quokka model by 25%.",
     {"prediction error"}),
    ("Trials in gel show a mean 0.4 mm tip placement error for the Zorblat needle.",
     {"tip placement error"}),
    # the space the measure is taken in stays with it
    ("Users select objects with an average 3D position accuracy of 8 cm using FlumPoint.",
     {"3D position accuracy"}),
    # but the same nouns name no accuracy of their own
    ("Our router improves prediction accuracy over hard prompts.", {"prediction accuracy"}),
])
def test_extract_metrics_error_measured_nouns(abstract, expected):
    assert _metrics(abstract) == expected


@pytest.mark.parametrize("abstract, expected", [
    # the change is reported on a measure two words away
    ("Paired with the Zorblat detector, Quokka improves the overall system's accuracy.",
     {"accuracy"}),
    # a field's advances are claimed in the measure
    ("Wombat papers have claimed great advances in accuracy over older samplers.", {"accuracy"}),
    # but a measure merely named by an aim is not reported
    ("We aim to improve the accuracy of Quokka parsers.", set()),
])
def test_extract_metrics_change_reported_on_a_measure(abstract, expected):
    assert _metrics(abstract) == expected


def test_extract_metrics_a_head_that_names_a_measure_alone():
    # "correlation" with its number is a measure; "rate" alone would not be
    assert "correlation" in _metrics("Zorblat sleeves track the grip force with about 90% "
                                     "correlation with the Quokka gauge.")


def test_extract_metrics_qualified_measure_before_its_number_is_one_name():
    got = _metrics("The Zorblat gripper reaches a release accuracy of 0.7 mm on Quokka parts.")
    assert got == {"release accuracy"}, got


def test_extract_results_average_stays_with_a_named_physical_measure():
    # "average" is part of the name when a measure of two words follows it
    got = _results("The Wombat rover localises with an average positioning error of 1.3 m.")
    assert ("1.3 m", "average positioning error") in got, got
    assert _metrics("The Wombat rover localises with an average positioning error of 1.3 m.") == {
        "average positioning error"}


def test_extract_results_thousands_separator_is_one_number():
    got = _results("The Zorblat sampler computes kernels up to 2,000 times faster than Quokka.")
    assert got == [("2,000 times", "speedup over Quokka")], got


def test_extract_results_settings_after_a_measured_percentage():
    # the accuracy has its number; the bracketed lengths are the conditions it was taken in
    got = _results("Zorblat reaches an overall accuracy of 71.2% for twelve fabrics placed at "
                   "various heights (15 cm, 25 cm, and 35 cm).")
    assert got == [("71.2%", "accuracy")] or got == [("71.2%", "overall accuracy")], got


def test_extract_results_delay_is_a_measure():
    got = _results("Quokka serves riders with an average boarding delay of 12.5 seconds.")
    assert ("12.5 seconds", "average boarding delay") in got, got


def test_extract_results_measures_listed_after_the_numbers_respectively():
    got = _results("Zorblat outperforms Quokka by 5.1%, 3.2%, and 1.4% in F1@3, F1@7, and F1@9, "
                   "respectively.")
    assert got == [("5.1%", "F1@3 improvement over Quokka"), ("3.2%", "F1@7 improvement over Quokka"),
                   ("1.4%", "F1@9 improvement over Quokka")], got


def test_extract_metrics_comparative_before_a_longer_measure():
    # "41.3% higher glimmer span IoU" names "glimmer span IoU", not also "IoU"
    assert _metrics("Zorblat-7B achieves 41.3% higher glimmer span IoU than Quokka.") == {
        "glimmer span IoU"}


def test_extract_metrics_listed_after_in_terms_of():
    got = _metrics("Zorblat is compared with Quokka in terms of routing latency, smoothness and "
                   "peak memory consumption.")
    assert {"routing latency", "peak memory consumption"} <= got, got
    # "sample efficiency" names no measure
    assert "sample efficiency" not in _metrics("Quokka wins in terms of sample efficiency and "
                                               "wall-clock training time.")


@pytest.mark.parametrize("abstract, expected", [
    ("Zorblat consistently out-performs the baseline by 18.0%.",
     ("18.0%", "improvement over baseline")),
    ("Zorblat outperforms the previous best method by relatively 17.9%.",
     ("17.9%", "improvement over previous best method")),
])
def test_extract_results_outperforms_spelled_otherwise(abstract, expected):
    got = _results(abstract)
    assert expected in got, got


def test_extract_metrics_overall_accuracy_is_one_name():
    got = _metrics("The Zorblat classifier reaches an overall accuracy of 81.4% on Quokka scans.")
    assert got == {"overall accuracy"}, got


def test_extract_results_data_set_in_the_numbers_own_clause():
    # the data set named before the number in its own clause, not the next clause's
    text = ("Zorblat improves top-1 recall on the Quokka-1K dataset from 80.1% to 83.5%, and from "
            "70.2% to 74.9% on the Wombat-2K dataset.")
    ex = extract_paper(Paper("p", "T", text), load_lexicon())
    got = {(r.value, r.dataset) for r in ex.results}
    assert got == {("83.5%", "Quokka-1K"), ("74.9%", "Wombat-2K")}, got


def test_extract_results_prec_at_cutoff_is_a_measure():
    got = _results("Zorblat shows average Prec@100 improvements of 12.6% over Quokka.")
    assert got == [("12.6%", "Prec@100 improvement")], got


@pytest.mark.parametrize("abstract, expected", [
    # the cue sits before the first of the listed measures only
    ("Training Zorblat on Quokka brings gains in precision, recall and specificity over Wombat.",
     {"precision", "recall", "specificity"}),
    # a trade-off between two measures names both
    ("Zorblat gives a better tradeoff between latency and accuracy on Quokka devices.",
     {"latency", "accuracy"}),
    ("Glimmer scores let Zorblat trade off runtime and accuracy.", {"runtime", "accuracy"}),
    ("Zorblat reaches a good compromise between accuracy and memory usage.",
     {"accuracy", "memory usage"}),
])
def test_extract_metrics_listed_with_a_cued_measure(abstract, expected):
    got = _metrics(abstract)
    assert expected <= got, got


def test_extract_metrics_listed_measure_without_a_cue_is_not_one():
    # no cue, no number: "precision and recall" of a design goal stays unnamed
    assert not _metrics("The Zorblat gripper needs precision and recall of past poses.")


def test_extract_metrics_reduction_of_the_named_error():
    assert "tracking error" in _metrics("Zorblat yields a clear reduction of the tracking error "
                                        "of the Quokka arm.")


def test_extract_metrics_outperforms_in_a_measure():
    got = _metrics("Zorblat outperforms the Quokka baselines in keypoint localization accuracy.")
    assert got == {"keypoint localization accuracy"}, got


@pytest.mark.parametrize("abstract, expected", [
    # the list ends before a preposition
    ("Glimmer modes are evaluated in terms of the energy consumption and mean drift distance in "
     "both field and lab trials.", {"energy consumption", "mean drift distance"}),
    # ... or before a participle or another clause word
    ("The Glimmer controller wins in terms of the collision rate given training sets of the same "
     "size.", {"collision rate"}),
    # other leads of a list of measures
    ("The Zorblat display brings improvements in task completion time, number of failures, and "
     "the failure rate.", {"task completion time", "failure rate"}),
    ("The Quokka gaits are compared on the basis of locomotion time.", {"locomotion time"}),
])
def test_extract_metrics_listed_after_other_leads(abstract, expected):
    got = _metrics(abstract)
    assert expected <= got, got


def test_extract_results_change_of_a_measure_taken_of_something():
    got = _results("Zorblat reduces the pretraining cost of Quokka by 25% on Wombat tasks.")
    assert ("25%", "pretraining cost reduction") in got, got
    assert "pretraining cost" in _metrics("Zorblat reduces the pretraining cost of Quokka by 25%.")


def test_extract_metrics_an_aim_to_improve_names_no_reported_measure():
    assert "accuracy" not in _metrics("This paper describes a Zorblat rig for improving the "
                                      "accuracy of Quokka range data.")
    # the measure the paper reports moving is still one
    assert "accuracy" in _metrics("The Zorblat rig improves the accuracy of Quokka range data.")


@pytest.mark.parametrize("abstract, expected", [
    # "respectively" pairs the lists, however many words stand between them
    ("Student networks trained with Zorbnet reach 91.3% and 72.6% accuracies without any labels "
     "on the Quxal-10 and Vemro-20 datasets, respectively.",
     {("91.3%", "Quxal-10"), ("72.6%", "Vemro-20")}),
    # the data sets listed before the numbers, and no other data set in the sentence
    ("On the Quxal-10, Vemro-20 and Plindo-5 datasets, Zorbnet outperforms prior methods by "
     "4.5%, 8.5% and 7.4%.",
     {("4.5%", "Quxal-10"), ("8.5%", "Vemro-20"), ("7.4%", "Plindo-5")}),
    # the measure named between the two lists
    ("Zorbnet achieves 2.2%, 2.4% and 6.3% absolute improvement in exact match accuracy on the "
     "Quxal-10, Vemro-20 and Plindo-5 datasets.",
     {("2.2%", "Quxal-10"), ("2.4%", "Vemro-20"), ("6.3%", "Plindo-5")}),
])
def test_extract_results_number_list_pairs_with_data_list_in_its_sentence(abstract, expected):
    ex = extract_paper(Paper("p", "T", abstract), load_lexicon())
    got = {(r.value, r.dataset) for r in ex.results}
    assert expected <= got, got


@pytest.mark.parametrize("abstract", [
    "Zorbnet achieves 8% and 11% better zorb accuracy than the baseline method.",
    "Zorbnet achieves ~8% and ~11% better zorb accuracy than the baseline method.",
])
def test_extract_results_numbers_listed_before_a_measure_share_it(abstract):
    margin = "zorb accuracy improvement over baseline method"  # (the margin "than" names)
    assert _values(abstract) == [("8%", margin), ("11%", margin)]


@pytest.mark.parametrize("abstract, expected", [
    # the measure a rival is beaten on, between the rival and "by", is not part of the rival
    ("Zorbnet outperforms the baselines in success rate by 12% on average.",
     [("12%", "success rate improvement over baselines")]),
    ("It outperforms state-of-the-art Zorb systems in completeness by over 200%.",
     [("200%", "completeness improvement over state-of-the-art Zorb systems")]),
    # ... and a setting there names none
    ("Zorbnet outperforms the best reported results in literature by 2.7%.",
     [("2.7%", "improvement over best reported results")]),
])
def test_extract_results_gain_over_a_rival_on_a_measure(abstract, expected):
    assert _values(abstract) == expected


def test_extract_results_slashed_numbers_share_the_change_but_not_what_is_reached():
    got = _values("Zorbnet improves the ExpRate by 0.61%/2.09%/1.59% compared to the best model, "
                  "and reaches 59.33% on the Quux test set.")
    assert got[:3] == [("0.61%", "ExpRate improvement"), ("2.09%", "ExpRate improvement"),
                       ("1.59%", "ExpRate improvement")]
    assert ("59.33%", "ExpRate improvement") not in got


def test_extract_results_smaller_plural_measure_is_named_in_the_singular():
    assert _values("Zorbnet achieves about 90x smaller rotation errors compared to prior work.") == [
        ("90x", "rotation error reduction")]


def test_extract_results_data_list_of_another_length_is_not_paired():
    ex = extract_paper(Paper("p", "T", "On the Quxal-10, Vemro-20 and Plindo-5 datasets, Zorbnet "
                                       "outperforms prior methods by 4.5% and 8.5%."), load_lexicon())
    got = {(r.value, r.dataset) for r in ex.results}
    assert ("4.5%", "Quxal-10") not in got, got


@pytest.mark.parametrize("abstract, expected", [
    # lower-case measures no vocabulary holds, moved by a change verb before the list
    ("Compared with a baseline, Zorbnet can improve the reward, charging utilization fairness, "
     "and supply-demand fairness by 8.21%, 8.29%, and 9.42%, respectively.",
     [("8.21%", "reward improvement"), ("8.29%", "charging utilization fairness improvement"),
      ("9.42%", "supply-demand fairness improvement")]),
    # ... or by the verb after it; a head shared by the list names every member
    ("The platform induces slower gaits, as the mean impulse force and linear velocity decrease "
     "by 42% and 44%, respectively.",
     [("42%", "mean impulse force decrease"), ("44%", "linear velocity decrease")]),
    ("Zorbnet outperforms recent methods, reducing the rotation and translation error by 12% and "
     "40%, respectively.",
     [("12%", "rotation error reduction"), ("40%", "translation error reduction")]),
    # a measure listed after the numbers, without "respectively"
    ("We benchmark Zorbnet, achieving a 15.3% and 14.7% improvement in MAE and RMSE over the "
     "previous model.", [("15.3%", "MAE improvement"), ("14.7%", "RMSE improvement")]),
    # the measure after a list of margins over a rival names every margin
    ("Zorbnet outperforms the state-of-the-art method by 12.2%, 10.9%, 10.4% AUROC for 1, 2, "
     "and 4-shot settings.",
     [("12.2%", "AUROC improvement over state-of-the-art method"),
      ("10.9%", "AUROC improvement over state-of-the-art method"),
      ("10.4%", "AUROC improvement over state-of-the-art method")]),
])
def test_extract_results_listed_measures_pair_with_listed_numbers(abstract, expected):
    assert set(expected) <= set(_results(abstract)), _results(abstract)


@pytest.mark.parametrize("abstract", [
    "It improves Zorbnet and Quxal by 3% and 4%, respectively.",  # names, not measures
    "It improves the performance of 1-shot classification and 5-shot classification by 7.15% "
    "and 2.89%, respectively.",  # the list does not start at the verb
])
def test_extract_results_changed_list_must_be_lower_case_measures(abstract):
    # (the bare change itself, "improvement", is what is left)
    assert all(m in ("improvement", "") or not m.endswith(("improvement", "increase")) or "performance" in m
               for _, m in _results(abstract)), _results(abstract)


@pytest.mark.parametrize("abstract, expected", [
    # a change noun: "a decline in", "leaps in"
    ("We find a notable decline in accuracy for long Quokka inputs.", {"accuracy"}),
    # a comparison of equals names the measure it is drawn on
    ("Zorblat attains the same accuracy as Wombat sampling but is faster.", {"accuracy"}),
    ("Zorblat shows similar levels of precision with fewer Quokka queries.", {"precision"}),
    # the measure given up or kept for a gain elsewhere
    ("Zorblat speeds up Quokka inference at the cost of accuracy.", {"accuracy"}),
    ("Zorblat is faster on Quokka while maintaining accuracy.", {"accuracy"}),
    # comparisons won on a measure, beyond "outperforms"
    ("Zorblat is superior to Wombat in accuracy on Quokka.", {"accuracy"}),
    ("Zorblat beats the Wombat baselines on precision and recall.", {"precision", "recall"}),
    # the measures as subject of a change verb
    ("With Glimmer features, precision and recall improve on Quokka.", {"precision", "recall"}),
    # a measure named in brackets right after its number
    ("Zorblat reaches 0.91 (accuracy) on Quokka.", {"accuracy"}),
])
def test_extract_metrics_cued_by_sentence_structure(abstract, expected):
    got = _metrics(abstract)
    assert expected <= got, got


@pytest.mark.parametrize("abstract", [
    # a noun compound, not a change verb
    "Zorblat adopts a relative accuracy improvement strategy for Quokka arms.",
])
def test_extract_metrics_structure_cues_stop_short(abstract):
    assert "accuracy" not in _metrics(abstract)


def test_extract_metrics_acronym_after_a_reported_percentage():
    got = _metrics("Zorblat achieves 61.3% mAP and 67.6% QDS on the Quokka val set.")
    assert {"mAP", "QDS"} <= got, got
    assert ("67.6%", "QDS") in _results("Zorblat achieves 61.3% mAP and 67.6% QDS on Quokka.")


@pytest.mark.parametrize("abstract", [
    "The effect on Quokka was 12% (95% CI 3-20%).",
    # spelled out as something other than a measure
    "We decouple the Degrees of freedom (DoF) of Zorblat, which reaches 96% with only 18% DoF.",
    # nothing reported: a condition
    "After an isometric 50% ZVC the Quokka muscle tires.",
])
def test_extract_metrics_percentage_acronym_not_a_measure(abstract):
    got = _metrics(abstract)
    assert not got & {"CI", "DoF", "ZVC"}, got


@pytest.mark.parametrize("abstract, expected", [
    ("The Zorblat rig was evaluated by grasp completion rate and mean tap error.",
     {"grasp completion rate", "mean tap error"}),
    ("Zorblat gives gains of 3.1% in blorp detection accuracy and mean glint error over Quokka.",
     {"blorp detection accuracy", "mean glint error"}),
])
def test_extract_metrics_listed_after_evaluated_by_and_gains_of(abstract, expected):
    got = _metrics(abstract)
    assert expected <= got, got


def test_extract_metrics_with_respect_to_leads_no_list():
    assert "sigmoid loss" not in _metrics("The Zorblat embedding is optimal with respect to the "
                                          "sigmoid loss of Quokka.")


def test_extract_metrics_stated_for_a_sentence_subject():
    got = _metrics("Zorblat runs on Quokka boards. Processing time is approximately 20ms per frame. "
                   "In field trials, position errors are typically below 1m.")
    assert {"processing time", "position error"} <= got, got  # the plural names the measure
    assert not _metrics("Zorblat runs on Quokka boards. The error is 5 times smaller.") & {
        "error"}


def test_extract_metrics_list_closed_by_the_word_metrics():
    got = _metrics("Zorblat fares well (measured using glint, wobble count, and drift "
                   "accuracy metrics) against Quokka.")
    assert {"glint", "wobble count", "drift accuracy"} <= got, got
    # modifiers of "metrics" are no measures
    assert not _metrics("Zorblat is compared with Quokka in terms of human and automatic metrics.")


def test_extract_results_measure_in_brackets_after_its_number():
    got = _results("Zorblat reaches 0.91 (glint accuracy) and 0.88 (AUC) on Quokka.")
    assert ("0.88", "AUC") in got, got
    assert not [v for v, m in _results("We train 2 (AUC) Zorblat variants on Quokka.") if v == "2"]


def test_extract_metrics_plural_long_form_before_its_acronym():
    got = _metrics("The Zorblat arm was evaluated on Quokka, with mean wobble errors (MWE) of 2 mm.")
    assert "mean wobble errors" in got and "MWE" not in got, got


@pytest.mark.parametrize("abstract", [
    "The zorb embeddings reach 78.65% Spearman’s correlation on average.",
    "The zorb embeddings reach 78.65% Spearman's correlation on average.",
])
def test_extract_metrics_a_possessive_name_before_a_measure_is_the_measure(abstract):
    assert _results(abstract) == [("78.65%", "spearman correlation")]


def test_extract_metrics_a_common_noun_possessive_is_no_measure_name():
    assert not any("prediction" in m for m in _metrics("The prediction’s accuracy is 91%."))


def _values(abstract: str) -> list[tuple[str, str]]:
    metrics = find_metrics(abstract, load_lexicon())
    return [(v.value, v.metric) for v in find_values(abstract, metrics)]


def test_extract_metrics_measured_list_with_one_named_measure():
    # "in terms of" speaks for the whole list once a member is a known measure
    got = _metrics("Zorblat beats Quokka in terms of accuracy and wobbliness on the Plonk set.")
    assert "wobbliness" in got, got
    # qualities, tasks and a modifier that shares the last member's head are no measures
    got = _metrics("Zorblat beats Quokka in terms of accuracy and efficiency on the Plonk set.")
    assert "efficiency" not in got, got
    got = _metrics("Zorblat aligns words in terms of token and pronunciation similarity.")
    assert "token" not in got, got
    # without a named measure in the list nothing is added
    assert "wobbliness" not in _metrics("Zorblat beats Quokka in terms of glint and wobbliness.")


def test_extract_results_signed_numbers_listed_before_a_metric():
    got = _results("On the Plonk dataset Zorblat improves rare and odd glints (+7.82 and +6.86 "
                   "macro F1, respectively).")
    assert {("7.82", "macro F1"), ("6.86", "macro F1")} <= set(got), got


def test_extract_results_points_abbreviated_pt():
    got = _values("Zorblat raised the glint score of Quokka by 10.3 pt on Plonk.")
    assert [v for v, _ in got if v.startswith("10.3")], got


def test_extract_results_measure_named_before_a_bracketed_number():
    got = _values("Zorblat cuts the wobble time (x7 faster) and the number of parameters (30%) "
                  "compared to Quokka.")
    assert ("30%", "number of parameters") in got, got
    # part of a proper name is not the measure's name
    assert not [m for _, m in _values("Zorblat improves Quokka Mover's distance (36.17%) on Plonk.")
                if m.startswith("s ")]
    # a preposition before the words makes them a condition
    assert ("5.9 Hz", "reasonable time") not in _values("Zorblat runs in reasonable time (~5.9 Hz).")


def test_extract_results_share_of_a_saved_or_cut_measure():
    assert ("94%", "computation time") in _values("Zorblat saves up to 94% of computation time "
                                                    "for the Quokka step.")
    assert ("77%", "battery") in _values("The Zorblat wheel saves up to 77% battery without tuning.")
    assert ("90.9%", "overhead") in _values("Zorblat matches Quokka while reducing up to 90.9% of "
                                            "its overhead.")
    # a cut needs "of"; a shared head after a list names no measure for the first member
    assert ("30%", "steps") not in _values("Zorblat cuts 30% steps.")
    assert not [m for v, m in _values("Zorblat eliminates 60% of strong glint and 90% of strong "
                                      "wobble attacks.") if "glint" in m]


def test_extract_results_bare_numbers_listed_on_data_sets():
    got = _values("Zorblat delivers a +4.2 percentage point gain on FooBench, +3.9 on BarQA, and "
                  "+6.8 on the hard QuxSet compared to Quokka.")
    assert [v for v, _ in got] == ["+4.2 percentage point", "+3.9", "+6.8"], got
    assert len({m for _, m in got}) == 1, got


def test_extract_results_speed_moved_by_a_number():
    got = _values("Zorblat increases inference speeds by up to 18x on a Foo GPU and 12.8x on a "
                  "Bar chip.")
    assert got == [("18x", "inference speed"), ("12.8x", "inference speed")], got
    assert ("10%", "speed increase") in _values("Zorblat fins increase the speed of Quokkas by 10%.")


def test_extract_results_second_from_to_pair_without_from():
    got = _values("Zorblat accuracy was increased from 93.20% to 94.30% on Plonk and 50.00% to "
                  "79.16% on Flonk.")
    assert "50.00%" not in [v for v, _ in got] and "79.16%" in [v for v, _ in got], got
    got = _values("Zorblat raises the success rate from 72.9% to 99.2%, 31.3% to 99.5%, and 47.2% "
                  "to 100.0% for three arms.")
    assert not {"31.3%", "47.2%"} & {v for v, _ in got}, got
    got = _values("Zorblat lifts rank-1 rates from 40% to 50% on Plonk, 16% to 18% on Plonk2011, "
                  "43% to 46% on the Flonk benchmark and 21% to 62% on Glonk.")
    assert [v for v, _ in got] == ["50%", "18%", "46%", "62%"], got


def test_extract_results_measure_moving_from_one_number_to_another():
    assert ("60.79%", "miss rate") in _values("Zorblat helps small objects (miss rate decreases "
                                              "from 74.53% to 60.79%).")


def test_extract_results_acronym_in_brackets_moved_by_a_number():
    assert ("7.4%", "S-GLINT") in _values("Zorblat improves tracking quality (S-GLINT) by 7.4% "
                                          "over Quokka.")


def test_extract_results_number_of_things_moved_by_a_number():
    assert ("59.6%", "number of trainable parameters") in _values(
        "Zorblat can reduce the number of trainable parameters by 59.6%.")
    assert ("48%", "number of collisions") in _values(
        "Zorblat can reduce the number of collisions up to 48% on Quokka tracks.")
    # a counted measure keeps the clause's own name
    assert not [m for _, m in _values("Zorblat reduces the number of test errors by 45%.")
                if m.startswith("number of")]


def test_extract_results_object_a_change_verb_moves_by_a_number():
    # named with the change the verb makes, as a curator writes it ("reward reduction")
    assert ("1.5%", "link prediction performance improvement") in _values(
        "On Plonk, Zorblat saves 51%-68% training time and improves link prediction performance "
        "by 1.5%.")
    assert ("5%", "metabolic energy reduction") in _values("The wearer of the Zorblat brace reduced "
                                                 "metabolic energy by 5% compared to Quokka.")
    # the rival is no measure
    assert not [m for _, m in _values("Zorblat improves the baseline by 3%.") if "baseline" in m]


def test_extract_results_a_change_already_named_is_not_named_twice():
    ext = extract_paper(Paper("t-red", "A study", "The tagger reaches 97.47% accuracy on the "
                              "Zorp-Morpho corpus, which represents an error reduction of 12.2% "
                              "on the best previous known result."))
    assert {r.metric for r in ext.results if r.value == "12.2%"} == {"error reduction"}


@pytest.mark.parametrize("abstract, value, metric", [
    ("Our FPGA implementation of Zorp is 2.7x more energy efficient than embedded processors.",
     "2.7x", "energy efficiency"),
    ("Quux-SHOT requires 32 times lesser memory for its representation.", "32 times",
     "memory reduction"),
])
def test_extract_results_comparatives_name_the_measure(abstract, value, metric):
    ext = extract_paper(Paper("t-cmp", "A study", abstract))
    assert {r.metric for r in ext.results if r.value == value} == {metric}


def test_extract_results_a_data_set_or_model_is_not_the_measure():
    ext = extract_paper(Paper("t-where", "A study", "The index storage can be further compressed "
                              "by 85.2% in MNIST and 83.9% in ZorpNet-7 while keeping the same "
                              "pruning rate on the ZorpNet-7 model."))
    assert not {r.metric for r in ext.results} & {"MNIST", "ZorpNet-7"}


@pytest.mark.parametrize("abstract, expected", [
    ("ZorbNet outperforms the strongest baseline by 3.2% in F1 score.",
     [("3.2%", "F1 score improvement over strongest baseline")]),
    # the numbers listed with the one after "by" share the rival
    ("The proposed method outperforms the state-of-the-art model by 5.7% and 9.1% of accuracy.",
     [("5.7%", "accuracy improvement over state-of-the-art model"),
      ("9.1%", "accuracy improvement over state-of-the-art model")]),
    # no rival: the measure and its change
    ("ZorbNet improves accuracy by 4% and reaches 90% F1.", [("4%", "accuracy improvement"), ("90%", "F1")]),
    # a measure that names its change keeps it
    ("ZorbNet outperforms GloopNet by 3.2% in WER reduction.",
     [("3.2%", "WER reduction over GloopNet")]),
])
def test_extract_results_gain_over_a_rival_names_it(abstract, expected):
    assert _results(abstract) == expected


@pytest.mark.parametrize("abstract, expected", [
    # The share of the data an experiment was given is a setting; the score is the result.
    ("Using only 10% of the labels, the Zelkor model reaches an accuracy of 85.2% on CIFAR-10.",
     [("85.2%", "accuracy")]),
    ("The matrix is completed from 30% of 10^7 ratings with RMSE 0.86 on the rest 70%.",
     [("0.86", "RMSE")]),
    ("With just 1% of annotated data, Quorvan reaches an AP50 score of 84.89 on ArmSet.",
     [("84.89", "AP50")]),
    ("Fine-tuned on 20% of the training data, Quorvan gets 71.2% top-1 accuracy on ImageNet.",
     [("71.2%", "top-1 accuracy")]),
    # however roughly the share is written
    ("With around 2% of the labelled frames, Quorvan reaches an F1 of 61.5 on ArmSet.",
     [("61.5", "F1")]),
    ("Quorvan reaches an F1 of 61.5 on ArmSet while using less than 0.6% of their data.",
     [("61.5", "F1")]),
    # or the data noun follows the share straight away
    ("Quorvan surpasses current frameworks by 9.3% and 7.6% grounding accuracy under 1% data and "
     "10% data settings on the ArmSet dataset respectively.",
     [("9.3%", "grounding accuracy improvement over current frameworks"),
      ("7.6%", "grounding accuracy improvement over current frameworks")]),
    ("We achieve 5.8% absolute improvement in top-1 accuracy over the previous state-of-the-art "
     "when finetuning with 1% labels.", [("5.8%", "absolute top-1 accuracy improvement")]),
    # or the shares are listed before the settings they name
    ("Quorvan achieves 98% recall in 90% outlier regimes on ArmSet.", [("98%", "recall")]),
    ("Quorvan improves the baseline by 11% mAP under all 1%, 5% and 10% ArmSet-standard "
     "settings.", [("11%", "mAP")]),
])
def test_extract_results_share_of_the_data_is_a_setting(abstract, expected):
    assert _results(abstract) == expected


def test_an_acronym_after_a_number_that_qualifies_a_measure_is_no_measure():
    ex = extract_paper(Paper("p", "T", "Our model reaches 81.2% OOD accuracy on MNLI."),
                       load_lexicon())
    assert {m.text for m in ex.mentions if m.kind is Kind.METRIC} == {"OOD accuracy"}


@pytest.mark.parametrize("abstract, expected", [
    ("ZorbFormer achieves up to 16.5% computation savings with the same or even a higher "
     "accuracy.", [("16.5%", "computation savings")]),
    ("Experiments on a rover demonstrate over 50% savings in perception-related energy.",
     [("50%", "energy saving")]),
])
def test_extract_results_a_saving_names_what_is_saved(abstract, expected):
    # the measure the number saves, not the one the clause keeps ("the same accuracy")
    assert _results(abstract) == expected


def test_extract_results_acceleration_after_the_number_is_its_measure():
    abstract = ("The Vantor optimiser achieves up to 50% acceleration on deep network "
                "architectures with competitive accuracy.")
    assert _results(abstract) == [("50%", "acceleration")]


def test_extract_metrics_a_compute_count_with_a_result_is_a_metric():
    abstract = "Zorbnet achieves a substantial 70% reduction in FLOPs on dialogue data."
    assert "FLOPs" in _metrics(abstract)


def test_extract_results_a_compute_count_moved_by_a_verb_is_the_measure():
    abstract = "Quorvan pruning reduces FLOPs by 40% with similar accuracy of 76.1% on ImageNet."
    assert _results(abstract) == [("40%", "FLOPs reduction"), ("76.1%", "accuracy")]


def test_extract_results_how_much_a_setting_was_changed_is_no_result():
    abstract = ("Zorbhash achieves on average a 101.52% improvement in recall when reducing the "
                "embedding table size by more than 75%, highlighting the value of graphs.")
    assert _results(abstract) == [("101.52%", "recall improvement")]


def test_extract_results_a_cut_achieved_while_gaining_is_still_a_result():
    abstract = ("Quorvan-L is 3.2% more accurate on ImageNet classification while reducing latency "
                "by 20% compared to earlier models.")
    assert ("20%", "latency reduction") in _results(abstract)


@pytest.mark.parametrize("abstract, expected", [
    # A number glued by a hyphen to a name is part of the name ("N" is no unit of force here).
    ("We run experiments on Zorb-101N and Blorp-50 under label noise.", []),
    # A ratio of words is no name: "2x-5x" is a range of speedups, one value.
    ("It results in a 2x-5x speedup compared to standard models.", [("2x-5x", "speedup")]),
    # "@0.5" belongs to the measure.
    ("It reaches +5.05% mAP@0.5 on the test split.", [("+5.05%", "mAP@0.5")]),
    # A frame rate is not the error measured beside it, nor the mAP before it.
    ("We reach an average translational error of 5.9 mm, while running at 6 fps on a GPU.",
     [("5.9 mm", "average translational error"), ("6 fps", "FPS")]),
    ("It achieves mAP 79.6% at 20 fps, or 79.0% at 62 fps as a tradeoff.",
     [("79.6%", "mAP"), ("20 fps", "FPS"), ("79.0%", "mAP"), ("62 fps", "FPS")]),
    # A time or a length "of" something is the size of the data, not a result on it.
    ("We present the ZorbSet dataset, which contains 51.6 hours of assembly videos.", []),
    # A time a measure is reached at is when, not what, it measured.
    ("The zorb detector separates success and failure with a 91% accuracy at 40 ms, and 94% at "
     "80 ms.", [("91%", "accuracy"), ("94%", "accuracy")]),
    # A bare count of frames per second lends its rate to no share.
    ("The zorb detector can process 15 frames per second, achieves over 90% detection, and "
     "is small.", [("15", "FPS")]),
])
def test_extract_results_numbers_in_another_kind_of_unit_measure_something_else(abstract, expected):
    assert _results(abstract) == expected


@pytest.mark.parametrize("abstract, expected", [
    # what a result keeps is not what its number measures
    ("Zorbnet improves the model efficiency by up to 3.5x without sacrificing the accuracy.",
     [("3.5x", "model efficiency improvement")]),
    ("Zorbprune can compress weights by up to 496x without loss of model accuracy.", []),
    ("Zorbnet is 2.1x faster while maintaining the accuracy of the baseline.", [("2.1x", "speedup")]),
    # "without" starts no measure: the clause names none here
    ("The clipping accelerates top-k retrieval by up to 9.6X without any loss in effectiveness.", []),
])
def test_extract_results_a_measure_kept_or_not_lost_is_not_the_number_s(abstract, expected):
    assert _results(abstract) == expected


def test_extract_results_within_starts_no_measure():
    abstract = "It reaches a 66.86% completion rate within 1 cm on the Replica dataset."
    assert ("66.86%", "completion rate") in _results(abstract)


@pytest.mark.parametrize("abstract, expected", [
    # the verb's object is the measure, whatever its head
    ("Zorblat reduces reward by 201% compared to an equivalent baseline.", [("201%", "reward reduction")]),
    ("Our tuning succeeds in reducing position errors by 57%.", [("57%", "position error reduction")]),
    # an intransitive verb moves the measure named after the number
    ("Base models drop by 1.4% in accuracy with irrelevant thoughts.", [("1.4%", "accuracy drop")]),
    # no measure: the setting after the number is none
    ("Downstream tasks improve by 2.02% in supervised settings.", [("2.02%", "")]),
    # a verb that moves something else names no measure: the number is the improvement alone
    ("Zorblat improves the baseline by 3%.", [("3%", "improvement")]),
    # the measure, what it is taken of and where, then the number
    ("We increase the accuracy of Zorbnet-18 on Quokka by 1.3% points.",
     [("1.3%", "accuracy increase")]),
    ("It can reduce the angular error of scene structure by an average of 82.82%.",
     [("82.82%", "angular error reduction")]),
    # a change of another measure on the way is no object of the first verb
    ("It improves zorb quality by reducing chamfer distance by up to 90%.",
     [("90%", "chamfer distance reduction")]),
])
def test_extract_results_change_a_verb_makes_is_named_with_the_measure(abstract, expected):
    assert _values(abstract) == expected


@pytest.mark.parametrize("abstract, expected", [
    # the unit written on both ends of a range: one value, not a second negative one
    ("Base models drop by 1.4%-19.8% in accuracy.", [("1.4%-19.8%", "accuracy drop")]),
    ("Zorblat saves 51%–68% training time.", [("51%–68%", "training time")]),
    ("Zorblat gives a 2x-10x speedup.", [("2x-10x", "speedup")]),
    # a cut-off in a measure's name is no value
    ("Zorblat raises the F1@2cm score by 4x-8x on ETH3D.", [("4x-8x", "score")]),
    # a change "by" a range with "to": one value
    ("Zorblat reduces reasoning tokens by 11.8\\% to 50.4\\%.", [("11.8% to 50.4%", "reasoning tokens reduction")]),
    ("Zorblat reduces the error rate by 3% to 5% on Foo.", [("3% to 5%", "error rate reduction")]),
    # however spaced
    ("Zorblat finds accuracy drops of 3% - 15% on Foo.", [("3% - 15%", "accuracy")]),
    ("Zorblat finds accuracy drops of 3% \u2212 15% on Foo.", [("3% \u2212 15%", "accuracy")]),
])
def test_extract_results_range_with_units_on_both_ends(abstract, expected):
    assert _values(abstract) == expected


@pytest.mark.parametrize("abstract", [
    "We release Zorb-248, with high (640×480) and low (80 × 60, 160 × 120) resolution images.",
    "Accuracy drops at a fault rate as low as 7\\times 10^{-7} faults per parameter.",
    "It runs on the robot with an input resolution of 480 x 640.",
])
def test_extract_results_a_size_or_a_product_is_no_factor(abstract):
    assert _values(abstract) == []


@pytest.mark.parametrize("abstract, expected", [
    # the subject a passive change verb moves is the measure, named with the change
    ("As a result, zorb consumption is reduced by 92.2% compared to the best model.",
     [("92.2%", "zorb consumption reduction")]),
    ("Inference latency is reduced by 30%.", [("30%", "inference latency reduction")]),
    ("It prunes zorbs, resulting in planning time being reduced by 66%.",
     [("66%", "planning time reduction")]),
    # ... not what is no measure
    ("The baseline is improved by 3%.", [("3%", "")]),
])
def test_extract_results_passive_change_names_its_subject(abstract, expected):
    assert _values(abstract) == expected


@pytest.mark.parametrize("abstract, expected", [
    # praise before a measure is no part of its name, and a plural acronym is the one measure
    ("Our methods achieve state-of-the-art mIoUs of 83.5% on Zorbscapes.", [("83.5%", "mIoU")]),
    # FLOPs is counted in that form
    ("Zorbnet cuts FLOPs by 40%.", [("40%", "FLOPs reduction")]),
])
def test_extract_results_measure_without_praise_or_plural(abstract, expected):
    assert _values(abstract) == expected


@pytest.mark.parametrize("abstract, measures", [
    # a comment after a measured list ends it
    ("It suffers from limitations in terms of accuracy, particularly in cluttered scenes.", {"accuracy"}),
    ("It outperforms baselines in terms of accuracy, excelling in both detection and labelling.",
     {"accuracy"}),
    # a measure in "-ing" joined by "and" is still listed
    ("We compare them in terms of accuracy and forgetting on all tasks.", {"accuracy", "forgetting"}),
])
def test_extract_metrics_comment_after_a_measured_list_is_no_measure(abstract, measures):
    assert {m.canonical for m in find_metrics(abstract, load_lexicon())} == measures


@pytest.mark.parametrize("abstract, expected", [
    # the baseline's number after "from previous" is not the result
    ("With 20 labels, the error rate is reduced from previous 4.81% to 1.36%.", [("1.36%", "error rate")]),
    # the verb that obtains a measure is no part of it
    ("We build a faster GPU version of Zorbmap, and obtain speedups of up to 100x in practice.",
     [("100x", "speedup")]),
])
def test_extract_results_baseline_and_verb_are_no_part_of_the_result(abstract, expected):
    assert _values(abstract) == expected


@pytest.mark.parametrize("abstract, metric", [
    # a measure at a cut-off that the vocabulary holds in other capitals ("r@1") is still one
    ("MDProp outperforms them by up to 2.95% in terms of R@1 scores for clean data.", "R@1"),
    # a measure written in the plural ending in -ies is named in the singular
    ("It reaches top-1 accuracies of 85.3% and 72.1% on CIFAR-10 and CIFAR-100, respectively.",
     "top-1 accuracy"),
    ("We obtain structural similarities of 0.9 and classification accuracies of 90%.",
     "structural similarity"),
    ("We obtain structural similarities of 0.9 and classification accuracies of 90%.",
     "classification accuracy"),
])
def test_extract_metrics_cut_offs_and_plurals(abstract, metric):
    got = _metrics(abstract)
    assert metric in got, got
    assert not any(m.endswith("ies") for m in got), got


@pytest.mark.parametrize("abstract, expected", [
    ("We compare classifiers, reaching average accuracies of at least 79% in all scenarios.",
     ("79%", "average accuracy")),
    ("The planner lowers translation errors to 2.22 mm.", ("2.22 mm", "translation error")),
])
def test_extract_results_measure_named_in_the_singular(abstract, expected):
    assert expected in _results(abstract)


def test_extract_results_range_start_is_no_bare_number():
    # "1–2 orders of magnitude": an en-dash range, not a speedup of 1
    got = _results("DeepSplit achieved a speedup of 1–2 orders of magnitude and 21-34% fewer timeouts.")
    assert "1" not in {v for v, _ in got}, got


@pytest.mark.parametrize("abstract, metric, result", [
    # a one-word measure's plural is the measure, named singular
    ("Our system obtains pixel, character, and word detection f-measures of 93.14%, 90.26%, and "
     "86.77% respectively on the Zorb reading set.", "f-measure", ("93.14%", "F1")),
    # "4x faster" is a speedup, whatever measure the clause names
    ("In evaluations, ZorbTree has comparable runtimes to a standalone planner (4x faster than "
     "classical planners).", "runtime", ("4x", "speedup over classical planners")),
])
def test_extract_metrics_plural_of_a_one_word_measure(abstract, metric, result):
    assert metric in _metrics(abstract)
    assert result in _results(abstract)
