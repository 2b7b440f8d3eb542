"""Extraction rules on hand-written sentences (general patterns, not seed-paper names)."""

from __future__ import annotations

import pytest

from kg.extract.abbreviations import find_abbreviations
from kg.extract.pipeline import expand_shorthand, extract_paper
from kg.extract.sentences import sentence_spans
from kg.extract.shapes import is_name_shaped
from kg.extract.urls import find_urls
from kg.model import Kind, Paper, Role, UrlKind

from mentions import data_names, named


def _extract(title: str, abstract: str):
    return extract_paper(Paper("t-test", title, abstract))



@pytest.mark.parametrize("token, shaped", [
    ("ViT", True), ("GSM8K", True), ("GPT-4", True), ("Qwen2.5-32B", True), ("BERT", True),
    ("MoEBERT", True), ("LSTMs", True), ("model", False), ("Transformer", False), ("3D", False),
    ("32k", False), ("100times", False), ("runco2003critical", False),
    # hyphened name-shaped parts, a capital run hiding the inner capital ("MVSNet")
    ("LCM-MVSNet", True), ("R-MVSNet", True), ("Re-ID", False), ("Multi-Agent", False),
])
def test_shapes_name_shaped(token, shaped):
    assert is_name_shaped(token) is shaped


@pytest.mark.parametrize("abstract, name", [
    # what a model generated or assisted is the model's output: the name stops before the cue
    ("We distil smaller LLMs using GPT-3.5-generated Zorb-Chain responses.", "GPT-3.5"),
    ("Reviews were written with Zorbex-7B-assisted drafting.", "Zorbex-7B"),
])
def test_a_generated_or_assisted_cue_is_not_part_of_the_name(abstract, name):
    assert name in named(_extract("Distillation", abstract), Kind.METHOD)


@pytest.mark.parametrize("text, pairs", [
    ("Recently, Vision Transformers (ViTs) have shown", [("Vision Transformers", "ViTs")]),
    ("we propose Reinforced Fine-Tuning (ReFT) to", [("Reinforced Fine-Tuning", "ReFT")]),
    ("use ViT (Vision Transformer) blocks", [("Vision Transformer", "ViT")]),
    ("results (see below) hold", []),
    # Initials that spell the short form beat the shortest character match ("Plain Optics").
    ("tuned with Proximal Plain Optics (PPO) here", [("Proximal Plain Optics", "PPO")]),
    ("solved by the Alternating Direction Method of Multipliers (ADMM)",
     [("Alternating Direction Method of Multipliers", "ADMM")]),
    ("we fuse Visual-Inertial Odometry (VIO) with", [("Visual-Inertial Odometry", "VIO")]),
    # The first initial is the word before "and", not "and" itself.
    ("a low-cost Attitude and Heading Reference System (AHRS) for",
     [("Attitude and Heading Reference System", "AHRS")]),
    ("we propose augment and reduce (A&R), a method", [("augment and reduce", "A&R")]),
    ("mine an And-Or graph (AOG) from", [("And-Or graph", "AOG")]),
    # "(or X)" and "(a.k.a. X)" give the short form too
    ("a novel Machine Learning-integrated Tracking (or ML-Tracking) algorithm",
     [("Machine Learning-integrated Tracking", "ML-Tracking")]),
])
def test_abbreviations_schwartz_hearst(text, pairs):
    assert [(a.long_form, a.short_form) for a in find_abbreviations(text)] == pairs


def test_abbreviations_offsets_point_at_forms():
    text = "We use Low-Rank Adaptation (LoRA) here."
    (abbr,) = find_abbreviations(text)
    assert text[abbr.long_start:abbr.long_end] == abbr.long_form
    assert text[abbr.short_start:abbr.short_end] == "LoRA"


@pytest.mark.parametrize("raw, url, kind", [
    ("Code: https://github.com/owner/repo.", "https://github.com/owner/repo", UrlKind.CODE),
    ("see https: //github.com/a/b_c", "https://github.com/a/b_c", UrlKind.CODE),
    ("at github.com/x/y", "https://github.com/x/y", UrlKind.CODE),
    ("weights: https://huggingface.co/org/model", "https://huggingface.co/org/model", UrlKind.MODEL),
    ("data: https://huggingface.co/datasets/org/d", "https://huggingface.co/datasets/org/d",
     UrlKind.DATA),
    ("Project page: https://someone.github.io/proj", "https://someone.github.io/proj",
     UrlKind.PROJECT),
    ("(https://example.org/page)", "https://example.org/page", UrlKind.PROJECT),
    # A project page written without a scheme, at the end of a sentence.
    ("Code: zorglab.github.io/ZorgNet.", "https://zorglab.github.io/ZorgNet", UrlKind.PROJECT),
    ("Videos at zorg-lab.gitlab.io.", "https://zorg-lab.gitlab.io", UrlKind.PROJECT),
    # Only the user's host: the word before a missing space is not a subdomain.
    ("and shapes.zorglab.github.io/ntp/.", "https://zorglab.github.io/ntp/", UrlKind.PROJECT),
    # Any host with a path, without a scheme; a stray space after the scheme.
    ("page: sites.example.com/view/zorg-lab.", "https://sites.example.com/view/zorg-lab",
     UrlKind.PROJECT),
    ("see https:// zorg.example.edu/tool/.", "https://zorg.example.edu/tool/", UrlKind.PROJECT),
    # A Markdown link: the text's brackets are not part of the address.
    ("code [here](https://github.com/zorg/net)", "https://github.com/zorg/net", UrlKind.CODE),
    # A footnote number glued to the scheme.
    ("(Videos and code11https://sites.example.org/zorg)", "https://sites.example.org/zorg",
     UrlKind.PROJECT),
    # A path broken at a space after a slash (a lost "~"), or an owner's repository split off.
    ("(www.zorg.edu.hk/ xwang/Attributes.html)", "https://www.zorg.edu.hk/xwang/Attributes.html",
     UrlKind.PROJECT),
    ("Code: https://github.com/zorglab/ Oblique-Forest.", "https://github.com/zorglab/Oblique-Forest",
     UrlKind.CODE),
    ('at "https://github.com/zorg1515/ GOL."', "https://github.com/zorg1515/GOL", UrlKind.CODE),
    # ... or at a space after a hyphen, where a line break hyphenated it
    ("available at https://github.com/zorg/A-Flash- in-the-Pan-CRS.",
     "https://github.com/zorg/A-Flash-in-the-Pan-CRS", UrlKind.CODE),
    ("Videos: https://zorgoid- bench.github.io.", "https://zorgoid-bench.github.io", UrlKind.PROJECT),
    ("see https://zorg.org/a- and more", "https://zorg.org/a-", UrlKind.PROJECT),
    # ... but a word after the slash is the sentence going on
    ("see https://zorg.github.io/ for videos and e.g. demos", "https://zorg.github.io/",
     UrlKind.PROJECT),
    ("https://github.com/zorg/net/ along with data", "https://github.com/zorg/net/", UrlKind.CODE),
])
def test_urls_repaired_and_classified(raw, url, kind):
    (found,) = find_urls(raw)
    assert (found.url, found.kind) == (url, kind)


def test_urls_not_an_address_in_an_email_or_a_number():
    assert find_urls("write to zorg@lab.github.io or zorg@lab.edu/x; e.g. 3.5/4 points") == []


def test_urls_markdown_link_with_the_address_as_its_text():
    text = "Code: [https://github.com/zorg/net](https://github.com/zorg/net)."
    assert {u.url for u in find_urls(text)} == {"https://github.com/zorg/net"}


def test_sentences_do_not_split_abbreviations():
    text = "We use e.g. ViT. It works (see Fig. 2). Then 3.5 points."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "We use e.g. ViT.", "It works (see Fig. 2).", "Then 3.5 points."]


@pytest.mark.parametrize("name, expanded", [
    ("Kinetics-400/600/700", ["Kinetics-400", "Kinetics-600", "Kinetics-700"]),
    ("CIFAR-10/100-LT", ["CIFAR-10-LT", "CIFAR-100-LT"]),
    ("Something-Something V1/V2", ["Something-Something V1", "Something-Something V2"]),
    ("ImageNet", ["ImageNet"]),
])
def test_shorthand_expands(name, expanded):
    assert expand_shorthand(name) == expanded


def test_extract_title_head_is_proposed():
    ex = _extract("FooNet: Fast Widget Segmentation",
                  "We present FooNet, a novel network for widget segmentation.")
    assert "FooNet" in named(ex, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    ("In this paper, we propose a novel method named Blorp to address this.", "Blorp"),
    ("We introduce ZapFormer, a simple architecture for audio.", "ZapFormer"),
    ("We call this family QuuxV2, since it inherits the design.", "QuuxV2"),
    ("To this end, we design GlimmerAttn, a new attention mechanism.", "GlimmerAttn"),
    # an apposition may qualify its head noun at length
    ("We introduce Zorb-Fleet, a multi-task interactive robot fleet learning framework to "
     "address these challenges.", "Zorb-Fleet"),
])
def test_extract_coined_names_are_proposed(abstract, name):
    assert name in named(_extract("A study of things", abstract), role=Role.PROPOSES)


def test_extract_known_models_are_used_not_proposed():
    ex = _extract("Tuning small models",
                  "We fine-tune Llama-3 8B and compare with GPT-4o and Qwen2.5-32B on reasoning.")
    used = named(ex, Kind.METHOD, Role.USES)
    assert {"GPT-4o", "Qwen2.5-32B"} <= used
    assert not named(ex, role=Role.PROPOSES)


def test_extract_dataset_lists_take_the_head_kind():
    ex = _extract("Math", "Experiments on FooQA, BarMath, and BazSet datasets show gains.")
    assert {"FooQA", "BarMath", "BazSet"} <= named(ex, Kind.DATASET)


def test_extract_benchmark_head():
    ex = _extract("Eval", "We report results on the QuuxBench benchmark.")
    assert "QuuxBench" in named(ex, Kind.BENCHMARK)


def test_extract_results_with_metric_and_dataset():
    ex = _extract("Video", "Our model reaches 91.5% top-1 accuracy on Kinetics-400 and a "
                           "3.2x speedup over the baseline.")
    got = {(r.value, r.dataset) for r in ex.results}
    assert ("91.5%", "Kinetics-400") in got
    assert any(r.value == "3.2x" and "speedup" in r.metric for r in ex.results)


def test_extract_offsets_point_at_text():
    abstract = ("We propose GlorpNet, evaluated on ImageNet and CIFAR-10. Code: "
                "https://github.com/a/glorp")
    ex = _extract("GlorpNet: Things", abstract)
    for m in ex.mentions:
        text = abstract if m.evidence.field == "abstract" else "GlorpNet: Things"
        span = text[m.evidence.start:m.evidence.end]
        assert m.evidence.sentence in text
        if m.kind is Kind.REPOSITORY:
            assert span.startswith("https://")
        else:
            assert span == m.text


def test_extract_generic_acronyms_are_not_methods():
    ex = _extract("Notes", "Large language models (LLMs) and CNNs are used in NLP and RL.")
    assert not named(ex, Kind.METHOD)


@pytest.mark.parametrize("text, value, metric", [
    ("We achieve an average speed-up of 3.3X on GLUE.", "3.3X", "speedup"),
    ("It achieves over 1000$\\times$ speedup compared to a baseline.", "1000×", "speedup"),
    ("Our model improves counting (77.1% vs. 72.8% in counting accuracy).", "77.1%",
     "counting accuracy"),
])
def test_extract_results_units_and_metrics(text, value, metric):
    ex = _extract("T", text)
    assert any(r.value == value and metric in r.metric for r in ex.results), ex.results


def test_extract_results_lists_share_their_metric():
    ex = _extract("T", "It achieves 87.8% fully-supervised performance under AL, 88.5% under "
                       "ASFDA, and 94.4% under ADA.")
    assert [r.metric for r in ex.results] == ["fully-supervised performance"] * 3


def test_a_result_away_from_the_only_data_set_named_is_on_it():
    abstract = ("We evaluate our reader on the ZorbHop dataset. Especially, our ensemble model "
                "surpasses the best accuracy by 4.2%.")
    ex = _extract("Multi-hop Reading", abstract)
    [result] = ex.results
    assert (result.value, result.dataset) == ("4.2%", "ZorbHop")
    assert result.evidence.confidence < 0.6  # inferred, not read in its sentence
    # with two data sets named, the sentence alone decides
    ex = _extract("Multi-hop Reading", abstract.replace("dataset", "and ZorbQA datasets"))
    assert [r.dataset for r in ex.results] == [""]


@pytest.mark.parametrize("abstract, name, kind", [
    ("Our model, which we call FLUXER (short for FLexible Unit eXtractor), is trained on a "
     "new dataset.", "FLUXER", Kind.METHOD),
    ("To train it, we present QUILLS (question-answer pairS), a dataset of 34K pairs.", "QUILLS",
     Kind.DATASET),
])
def test_extract_coined_kind_follows_the_nearest_head(abstract, name, kind):
    ex = _extract("A study", abstract)
    assert (name, kind) in {(m.text, m.kind) for m in ex.mentions
                            if m.role in (Role.PROPOSES, Role.INTRODUCES)}


@pytest.mark.parametrize("abstract, good, bad", [
    ("We build a toolkit, which we call GlimNet. Specifically, it trains fast.", "GlimNet",
     "GlimNet. Specifically"),
    ("A new suite, dubbed Wug Arena for Testing Models, is released.", "Wug Arena", "Wug Arena for"),
])
def test_extract_named_runs_stop_at_sentence_ends_and_prepositions(abstract, good, bad):
    names = named(_extract("A study", abstract))
    assert good in names and bad not in names and not any(n.startswith(bad) for n in names)


def test_extract_title_head_is_not_an_article_phrase():
    ex = _extract("A Roadmap to Pluralistic Alignment", "We lay out a roadmap for alignment.")
    assert not named(ex, role=Role.PROPOSES)


@pytest.mark.parametrize("name", ["TruthfulQA", "SocialBench", "ZebraEval"])
def test_extract_data_shaped_names_are_data(name):
    ex = _extract("T", f"We compare against methods such as {name} in several settings.")
    assert name in named(ex, Kind.DATASET) | named(ex, Kind.BENCHMARK)


@pytest.mark.parametrize("abstract, metric, present", [
    ("Our method improves accuracy on several tasks.", "accuracy", True),
    ("We discuss the accuracy of historical records.", "accuracy", False),
    ("It reports classification accuracy on the test split.", "classification accuracy", True),
])
def test_extract_plain_metric_words_need_a_reason(abstract, metric, present):
    assert (metric in named(_extract("T", abstract), Kind.METRIC)) is present


def test_extract_whole_title_name():
    ex = _extract("Side-By-Side Widget Networks",
                  "We introduce a neural network that compares widgets side by side.")
    assert "Side-By-Side Widget Networks" in named(ex, role=Role.PROPOSES)


def test_extract_variant_defined_by_its_expansion():
    ex = _extract("GLORP: Fast Gating", "We propose GLORP. GLORP+ (GLORP with local search) "
                                        "is faster still.")
    assert {"GLORP", "GLORP+"} <= named(ex, role=Role.PROPOSES)


# --- proposed: coining cues ---

def test_our_novel_acronym_algorithm_is_proposed_even_if_the_acronym_is_generic():
    # "ICML" is a conference acronym (generic), but here the paper coins it
    ext = _extract("Robust stereo visual odometry",
                   "In contrast, our novel Iterative Closest Multiple Lines (ICML) algorithm allows "
                   "efficient line matching.")
    assert named(ext, Kind.METHOD, Role.PROPOSES) & {"Iterative Closest Multiple Lines", "ICML"}


def test_the_proposed_acronym_definition_is_proposed():
    ext = _extract("Natural networks", "Such networks are trained via the proposed Projected Natural "
                                       "Gradient Descent algorithm (PRONG), which amortizes the cost.")
    assert named(ext, Kind.METHOD, Role.PROPOSES) & {"Projected Natural Gradient Descent algorithm",
                                                      "PRONG"}


def test_title_head_before_a_question_subtitle_is_not_proposed():
    ext = _extract("Parameter Selection: Why We Should Pay More Attention to It",
                   "The importance of parameter selection in supervised learning is well known.")
    assert "Parameter Selection" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title", ["ZiC = TSV = ZSD: On the Equivalence of Three Semantic Tasks",
                                   "ZET vs. ZED: Unsupervised Learning by Auto-Encoding",
                                   "Zorb-Truth Labels Matter: A Deeper Look into Demonstrations",
                                   "Quell-Attention Is All You Need: Better Zorb Transformers"])
def test_a_title_head_stating_a_claim_is_no_name(title):
    ext = _extract(title, "We show that the tasks relate and propose a way to learn them.")
    assert title.split(":")[0] not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, name", [
    ("Zorbometry Score: A Method For Comparing Generative Models", "Zorbometry Score"),
    ("Factorizable Quell Net: An Efficient Subgraph-based Framework for Scene Graphs",
     "Factorizable Quell Net"),
])
def test_a_head_the_subtitle_calls_a_method_is_its_name(title, name):
    ext = _extract(title, "We construct a novel measure and show that it is useful on many tasks.")
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title", ["Soft Zorb Shape Estimation: A Load-Agnostic Geometric Method",
                                   "Explore More Zorbs: A Task-aware Instruction Network"])
def test_a_task_or_slogan_head_before_a_method_subtitle_is_no_name(title):
    ext = _extract(title, "We propose a method and show that it is useful on many tasks.")
    assert title.split(":")[0] not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_whole_title_starting_with_an_adverb_is_not_a_name():
    ext = _extract("Privately Learning High-Dimensional Distributions",
                   "We present novel, computationally efficient algorithms for learning.")
    assert "Privately Learning High-Dimensional Distributions" not in named(ext, Kind.METHOD)


def test_whole_title_of_a_described_model_is_proposed():
    ext = _extract("PixelGAN Autoencoders", "In this paper, we describe the PixelGAN autoencoder, "
                                            "a generative autoencoder.")
    assert "PixelGAN Autoencoders" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_acronym_joined_to_a_capitalised_word_is_name_shaped():
    assert is_name_shaped("OR-Tools")
    assert not is_name_shaped("Tools")


def test_data_names_before_a_described_plural_data_head():
    ext = _extract("Stochastic layers", "We improve the state of the art on the Zorvex and QTRM7 "
                                        "speech modeling data sets by a large margin.")
    assert {"Zorvex", "QTRM7"} <= named(ext, Kind.DATASET)


def test_counted_or_task_qualified_data_sets_are_not_names():
    ext = _extract("Object detection", "We evaluate on two QZX object detection datasets and on "
                                       "three benchmark Wobble RSS fingerprint datasets.")
    assert not named(ext, Kind.DATASET) & {"QZX", "Wobble RSS"}


def test_a_data_head_overrides_a_weak_method_cue_before_its_list():
    ext = _extract("Topic models", "Experiments using the QXZ2 and Reuters-21578 corpus show that "
                                   "the approach works.")
    assert "QXZ2" in named(ext, Kind.DATASET)
    assert "QXZ2" not in named(ext, Kind.METHOD)


@pytest.mark.parametrize("abstract, name", [
    ("To validate our proposed dataset, we introduce a baseline model based on the Vision "
     "Transformer (ViT), named ZorbCoder, and establish a benchmark for fair comparison.", "ZorbCoder"),
    ("We propose two tactile SR models, i.e. ZorbSRCNN and ZorbSRGAN, and establish a new tactile "
     "pattern SR dataset for model learning.", "ZorbSRGAN"),
])
def test_a_data_noun_in_the_next_clause_is_not_the_coined_names_head(abstract, name):
    # "..., named WebCoder, and establish a benchmark": the benchmark is the clause's object
    ext = _extract("ZorbCode2M: A Real-World Dataset for Code Generation", abstract)
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)
    assert name not in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


@pytest.mark.parametrize("abstract, acronym", [
    ("Semantic scene completion (SSC) estimates occupancy. We evaluate Zorp on the public SSC "
     "benchmarks, where it wins.", "SSC"),
    # a known task's name without a task word at its end
    ("Action Quality Assessment(AQA) is important. Since existing AQA datasets lack part labels, "
     "we propose Zorp.", "AQA"),
])
def test_a_task_acronym_before_data_nouns_is_not_a_data_set(abstract, acronym):
    ext = _extract("Zorp: Fusion for Semantic Volume Completion", abstract)
    assert acronym not in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_a_known_tasks_words_before_one_framework_name_it():
    ext = _extract("Why do zorbs propagate?", "To this end, an intuitive Graph Representation Learning "
                   "(GRL) framework is presented. GRL simply constrains the node representation. "
                   "Based on the proposed GRL, existing GCNs can be explained.")
    assert "GRL" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_language_and_a_task_acronym_describe_a_data_set():
    ext = _extract("Label consistency", "We improve the labels of a Chinese NER dataset.")
    assert "Chinese NER" not in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_a_word_glued_to_a_link_scheme_is_not_a_name():
    ext = _extract("Line detection", "All methods are publicly available on web-page33https://"
                                     "zorp.github.io/lines/.")
    assert not any("https" in n for n in named(ext) if not n.startswith("https://"))


@pytest.mark.parametrize("abstract, name", [
    ("Our architecture, which we call an ZorbNet, searches inside a network.", "ZorbNet"),
    ("On three datasets, our model QuiffTrack improves over earlier trackers.", "QuiffTrack"),
    ("We evaluate our proposed search method -- BlorpNAS on two search spaces.", "BlorpNAS"),
])
def test_names_the_paper_gives_its_own_model(abstract, name):
    assert name in named(_extract("A study", abstract), Kind.METHOD, Role.PROPOSES)


def test_our_previous_method_is_not_proposed_again():
    ext = _extract("A study", "The algorithm extends our previous method ZQG, which uses geometry.")
    assert "ZQG" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, name", [
    ("The Relaxed Zorbly Margin Algorithm", "Relaxed Zorbly Margin Algorithm"),
    ("Rectified Quorble Networks", "Rectified Quorble Networks"),
])
def test_a_title_that_is_a_model_name_is_proposed(title, name):
    ext = _extract(title, "We describe a new incremental algorithm for training threshold units.")
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_title_lead_that_names_an_architecture_is_proposed():
    ext = _extract("Decoupled Quorble Attention Network for Time-series Forecasting",
                   "We propose a network that forecasts many series at once.")
    assert "Decoupled Quorble Attention Network" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, not_name", [
    ("Accelerating Quorble Networks", "Accelerating Quorble Networks"),
    ("Towards Quorble Networks", "Towards Quorble Networks"),
    ("Deep Neural Networks for Quorble Detection", "Deep Neural Networks"),
    ("Efficient Quorble Algorithms for Sorting", "Efficient Quorble Algorithms"),
])
def test_a_title_clause_ending_in_a_model_noun_is_not_a_name(title, not_name):
    ext = _extract(title, "We describe a new incremental algorithm for training threshold units.")
    assert not_name not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, not_data", [
    ("We reach the state of the art on two popular QZSL benchmarks, Zorbs and Blips.", "QZSL"),
    ("Our sampler converges faster than Markov chain Monte Carlo (MCMC) benchmarks.",
     "Markov chain Monte Carlo"),
    ("We give bounds on SGD iterates without a-priori assumptions.", "SGD"),
    ("We approximate an NP-Hard problem with a tractable one.", "NP-Hard"),
    ("We outperform all published methods on the Zorb, 3D, and Bird's Eye View benchmarks.", "Eye View"),
])
def test_not_data_sets_despite_a_data_word_or_a_known_name(abstract, not_data):
    ext = _extract("A study", abstract)
    assert not_data not in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_a_place_name_starting_with_new_stays_whole():
    ext = _extract("A study", "We evaluate the model on the Zorbly and New York Times datasets.")
    assert "New York Times" in named(ext, Kind.DATASET)


def test_a_number_inside_a_name_does_not_count_a_list():
    ext = _extract("A study", "On language modeling tasks such as Zorbik8, Wiki-103 and Billion Blorp "
                              "datasets, our model obtains better perplexity.")
    assert {"Wiki-103", "Billion Blorp"} <= named(ext, Kind.DATASET)


@pytest.mark.parametrize("title, abstract, described", [
    ("A wearable zorbing suit with full-body sensors",
     "We present a wearable zorbing suit that records touch.", "wearable zorbing suit"),
    ("A Zero-Shot Framework for Sketch Retrieval",
     "We propose a zero-shot framework for retrieving sketches.", "Zero-Shot Framework"),
    ("A Novel Control Law for Zorbing Robots", "We propose a novel control law for zorbing.",
     "Control Law"),
])
def test_a_described_title_lead_is_neither_a_name_nor_a_task(title, abstract, described):
    ext = _extract(title, abstract)
    assert described.lower() not in {n.lower() for n in named(ext, Kind.METHOD, Role.PROPOSES)}
    assert described.lower() not in {n.lower() for n in named(ext, Kind.TASK)}


def test_a_capitalised_title_lead_after_novel_is_proposed():
    ext = _extract("A Novel Curved Zorbian Mixture Model and Its Application",
                   "We propose a novel curved Zorbian mixture model for motion skills.")
    assert "Curved Zorbian Mixture Model" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("text, pairs", [
    ("a model called ZORB. We show that a language model (ZORB) works", []),
    ('an architecture called "Hidden Zorb Network" (HZN), for signals', [("Hidden Zorb Network", "HZN")]),
    ("named Quorble-Bonus Tree Search~(QB-TS) which", [("Quorble-Bonus Tree Search", "QB-TS")]),
])
def test_abbreviation_long_forms_stay_in_their_sentence_without_quotes(text, pairs):
    found = find_abbreviations(text)
    assert [(a.long_form, a.short_form) for a in found] == pairs
    assert all(text[a.long_start:a.long_end] == a.long_form for a in found)


def test_a_named_run_extends_to_its_acronym_definition():
    ext = _extract("A study", "We propose a framework called Multi-turn Zorbly reading comprehension "
                              "(MZRC) to read text.")
    assert "Multi-turn Zorbly reading comprehension" in named(ext, Kind.METHOD, Role.PROPOSES)
    assert "Multi-turn Zorbly" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, not_name", [
    ("We present a novel reconstruction technique that leverages sparse zorbic stereo (ZS) and "
     "recent advances.", "zorbic stereo"),
    ("We also present a new receiver which improves signal to noise ratio (SNR) at range.",
     "signal to noise ratio"),
    ("We propose a UCB-type algorithm that utilizes the zorbic Monte Carlo (ZMC) method.",
     "zorbic Monte Carlo"),
])
def test_what_the_introduced_object_uses_or_measures_is_not_coined(abstract, not_name):
    assert not_name not in named(_extract("A study", abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, not_data", [
    ("Open-weight models typically falter on 2K-token tasks.", "2K-token"),
    ("We consider an image as a tensor in Rn1 ⊗ Rn2 of low rank.", "Rn1"),
    ("Results are shown in simulation and on the Zorbot3's stereo head.", "Zorbot3"),
    ("We explore how transfer methods perform on English-Chinese LR tasks.", "English-Chinese LR"),
])
def test_on_x_is_not_a_data_set_for_quantities_notation_owners_or_languages(abstract, not_data):
    ext = _extract("A study", abstract)
    assert not_data not in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_a_leading_number_with_a_capital_is_still_a_name():
    ext = _extract("A study", "Our 360Zorper network builds the map with 4K-token prompts.")
    assert "360Zorper" in named(ext)


@pytest.mark.parametrize("abstract, name", [
    ("We reach the best results on a face identification task (ZorbFace83) and others.", "ZorbFace83"),
    ("We first evaluate our system on a simulated non-episodic benchmark QZRL, finding gains.", "QZRL"),
    ("We test it in game environments, including ZorbRace, and seven arcade games.", "ZorbRace"),
])
def test_a_data_noun_introduces_the_name_after_it(abstract, name):
    ext = _extract("A study", abstract)
    assert name in named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_two_names_after_a_naming_cue_are_two():
    ext = _extract("A study", "We introduce two datasets, called ZorbRC and QuiCoS, for reading.")
    found = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert {"ZorbRC", "QuiCoS"} <= found and "ZorbRC and QuiCoS" not in found


def test_a_bench_named_title_head_that_benchmarks_is_a_benchmark():
    ext = _extract("ZorbBench: Benchmarking Vision-Language Models for Manipulation",
                   "We present ZorbBench, which evaluates models.")
    assert "ZorbBench" in named(ext, Kind.BENCHMARK)


def test_an_introducing_participle_goes_on_with_the_sentences_we():
    ext = _extract("Text-based editing of actors",
                   "Using this diffusion model, we modify the avatar based on a text prompt, introducing "
                   "the Normal Aligned Zorb Preserving Score Distillation Sampling (NAZP-SDS) within a "
                   "guidance framework.")
    assert "Normal Aligned Zorb Preserving Score Distillation Sampling" in named(
        ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name", [
    # an apposition naming the kind of thing introduced: an attack, an estimator, a procedure
    ("In this work, we introduce N-Gram Zorbage Attack, a membership inference attack that relies "
     "on text outputs.", "N-Gram Zorbage Attack"),
    ("Here we introduce the Zoundary Attack, a decision-based attack that starts from a large "
     "perturbation.", "Zoundary Attack"),
    ("To address this, we propose Zorb Beam Search, a trainable decoding procedure that outputs "
     "sets.", "Zorb Beam Search"),
])
def test_an_apposition_of_a_contributions_kind_makes_the_object_coined(abstract, name):
    assert name in named(_extract("Membership inference", abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract", [
    "We re-examine parallel solving within this formalism and develop Zorbo, a simple constraint solver.",
    # the comma a scraper lost
    "In our work we introduce Zorbo a novel data-efficient constraint solver via ordering.",
])
def test_an_introducing_verb_with_an_apposition_coins_a_plain_word(abstract):
    ext = _extract("Constraint programming on GPUs", abstract)
    assert "Zorbo" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("text, pairs", [
    ("training threshold functions: the Relaxed Zorbly Margin Algorithm, or RZMA. RZMA can",
     [("Relaxed Zorbly Margin Algorithm", "RZMA")]),
    ("we propose Hypergradient Zorb Relevance Analysis, or HyZRA, which", [
        ("Hypergradient Zorb Relevance Analysis", "HyZRA")]),
    ("for many pets, or MANY things", []),
    ("given x and y, or XY", []),
])
def test_abbreviations_defined_with_or(text, pairs):
    found = find_abbreviations(text)
    assert [(a.long_form, a.short_form) for a in found] == pairs
    assert all(text[a.short_start:a.short_end] == a.short_form for a in found)


def test_a_data_list_keeps_its_cue_past_its_first_names():
    ext = _extract("A study", "We evaluate on multiple benchmarks, including Zorbville, ImageNet, "
                              "Quorb30k, and MSCOCO.")
    assert {"ImageNet", "MSCOCO", "Zorbville"} <= named(ext, Kind.DATASET)


@pytest.mark.parametrize("abstract, name", [
    ("Our framework improves recall on the ZVUSA data-set from 89.8% to 93.1%.", "ZVUSA"),
    ("We show similar gains on predicting attack types in the Global Zorbism Database.",
     "Global Zorbism Database"),
])
def test_data_heads_written_as_data_set_or_inside_a_name(abstract, name):
    assert name in named(_extract("A study", abstract), Kind.DATASET)


def test_a_task_before_a_data_noun_is_the_tasks_data_not_a_name():
    ext = _extract("A study", "We perform experiments on Conversational Question Answering datasets "
                              "like ZuAC and DoZA.")
    assert "Conversational Question Answering" not in named(ext, Kind.DATASET)


def test_a_known_data_set_named_after_its_task_needs_data_context():
    ext = _extract("Visual Question Generation for Class Acquisition", "We propose a method for it.")
    assert "Visual Question Generation" not in named(ext, Kind.DATASET)


@pytest.mark.parametrize("title, name", [
    ("Zorbshine: Distilling with Cheap Convolutions", "Zorbshine"),
    ("Relative Zorb Nets: A New Way to Combine Two Models", "Relative Zorb Nets"),
])
def test_a_title_head_the_abstract_never_repeats_can_still_be_a_name(title, name):
    ext = _extract(title, "We propose structural model distillation for memory reduction.")
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, not_name", [
    ("Secure Your Model: An Effective Key Protection Mechanism", "Secure Your Model"),
    ("Online Zorbization: Competing with Dynamic Comparators", "Online Zorbization"),
])
def test_a_title_slogan_or_topic_is_not_a_name(title, not_name):
    ext = _extract(title, "We propose structural model distillation for memory reduction.")
    assert not_name not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("text, pairs", [
    ("ZCSAC: Zorst-Case Soft Actor Critic for Safe Learning", [("Zorst-Case Soft Actor Critic", "ZCSAC")]),
    # letter by letter, up to the subtitle's task ('i' from "Zision")
    ("SGDZiT: Saliency-Guided Dynamic Zision Transformer for Tracking",
     [("Saliency-Guided Dynamic Zision Transformer", "SGDZiT")]),
    ("ZLUE: A New Benchmark for Zorbish", []),
    ("ZACT: Zarameterized Clipping Activation for Quantized Networks",
     [("Zarameterized Clipping Activation", "ZACT")]),
    ("ZEEP: ZEnoising Entity Pre-training for Translation", [("ZEnoising Entity Pre-training", "ZEEP")]),
    # ... but not words that do not begin with its first letter
    ("ZERT: Pre-training of Deep Zidirectional Transformers for Language", []),
])
def test_abbreviations_a_title_head_spelled_by_its_subtitle(text, pairs):
    assert [(a.long_form, a.short_form) for a in find_abbreviations(text)] == pairs


def test_a_title_acronyms_long_form_is_an_alias_not_a_second_name_nor_a_task():
    ext = _extract("ZCSAC: Zorst-Case Soft Actor Critic for Safe Learning",
                   "We propose the Zorst-Case Soft Actor Critic, called ZCSAC, for safe exploration.")
    assert "Zorst-Case Soft Actor Critic" not in named(ext, Kind.TASK)
    (zcsac,) = [m for m in ext.mentions if m.text == "ZCSAC" and m.role is Role.PROPOSES][:1]
    assert "Zorst-Case Soft Actor Critic" in zcsac.aliases


def test_a_title_lead_that_is_a_plain_variant_of_a_known_algorithm_is_not_coined():
    ext = _extract("Nonlinear Model Predictive Control for Zorbing Handover",
                   "We propose a nonlinear model predictive control scheme for zorbing handover.")
    assert "Nonlinear Model Predictive Control" not in named(ext, Kind.METHOD, Role.PROPOSES)


# --- proposed: naming patterns of older and robotics abstracts (helper round 7) ---

def test_a_method_named_by_its_own_subject_with_an_acronym_is_proposed():
    ext = _extract("Zorbish bases for EEG data",
                   "In this paper we present a method of blorp factorization that suits EEG data. "
                   "The method is referred to as group blorp factorization (GBF) where we seek "
                   "common bases.")
    assert "group blorp factorization" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_background_model_called_by_a_name_is_not_proposed():
    ext = _extract("Learning zorb-index models",
                   "We consider regression problems. This model is called the multi-zorb model, "
                   "and its special case is studied here.")
    assert "multi-zorb model" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_an_abstract_opening_by_defining_the_title_names_it():
    ext = _extract("Dynamic Blorp Lattices",
                   "Dynamic Blorp Lattices (DBL) represent a family of neural architectures. "
                   "DBL employ a modified learning rule.")
    assert "Dynamic Blorp Lattices" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_title_head_shrinks_to_the_name_the_abstract_introduces():
    ext = _extract("ZorbShot Global Localization: Instant Pose Estimation",
                   "This paper presents ZorbShot - a global localization algorithm that uses a "
                   "single scan.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "ZorbShot" in proposed and "ZorbShot Global Localization" not in proposed
    assert "zorbshot global localization" not in {t.lower() for t in named(ext, Kind.TASK)}


@pytest.mark.parametrize("abstract, name", [
    # past tense of an introducing verb
    ("To realize this vision we have developed ZorbLEAD a framework for learning representations.",
     "ZorbLEAD"),
    # markdown bold after a naming cue
    ("In this paper, we propose a framework named **ZLAIR**, to detect conversational bots.", "ZLAIR"),
    # a lower-case long form defined by an acronym right after "we call these"
    ("We develop a family of reduction models; we call these blorp feature latent models (BFLMs).",
     "blorp feature latent models"),
    # "our model (NAME)"
    ("Compared with prior methods, our model (ZorbNet-S) achieves competitive performance.",
     "ZorbNet-S"),
    # "presents the design and validation of a ... device (NAME)"
    ("This paper presents the design and validation of a wearable multi-finger capture device "
     "(ZorbGlove) with a new sensor.", "ZorbGlove"),
    # a robot head noun right before the name
    ("We present a novel quadruped robot ZR-2 for behavior analysis of rats.", "ZR-2"),
])
def test_more_ways_an_abstract_introduces_a_name(abstract, name):
    ext = _extract("Zorbish studies of things", abstract)
    assert name in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, names", [
    # a plural data noun opening a list labels every member, not only the first
    ("We evaluate on two driving datasets (QX-Drive and ZOLMAR-MD).", {"QX-Drive", "ZOLMAR-MD"}),
    # ... across a member's bracketed gloss
    ("Experiments on two aging datasets: QORVIX (the largest public aging database) and ZELNET, "
     "show gains.", {"QORVIX", "ZELNET"}),
    # a singular data noun whose bracket lists the names
    ("Results on two benchmark dataset (i.e., BlorpLib and QuaxLib) demonstrate gains.",
     {"BlorpLib", "QuaxLib"}),
])
def test_a_data_noun_opening_a_list_labels_every_member(abstract, names):
    ext = _extract("A study", abstract)
    assert names <= named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)


def test_a_qualified_data_noun_introduces_a_list_of_names_and_what_they_serve():
    ext = _extract("A study", "The success of NLU benchmarks in various languages, such as GLUE for "
                   "English, QLUE for Klingon, and ZLUE for Elvish, has facilitated research.")
    data = named(ext, Kind.DATASET) | named(ext, Kind.BENCHMARK)
    assert "GLUE" in data
    assert not any(" for " in name for name in data)


def test_dated_events_in_brackets_do_not_form_a_method_list():
    ext = _extract("A study", "Outbreaks with pandemic potential include SARS (2002), Quorvid-9 (2009), "
                   "Zelkin-12 (2012), and the Blorp virus (2015).")
    assert not {"Quorvid-9", "Zelkin-12"} & named(ext, Kind.METHOD)


# --- proposed: components, pairs, renamed objects, used names (helper round proposed10) ---

def test_capitalised_component_names_are_proposed():
    ext = _extract("Zorbling interactions between deformable objects",
                   "We approach dynamics learning by proposing a graph representation and two "
                   "modules, the Glarp Prediction Module (GPM) and a Multi-zorb Decoder. "
                   "A Building Block is shared.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert {"Glarp Prediction Module", "Multi-zorb Decoder"} <= proposed
    assert "Building Block" not in proposed  # two plain words: no name


@pytest.mark.parametrize("abstract, parts, proposed", [
    ("We propose a new holistic zorb network (HZN), which consists of a layer glarp module (LGM) "
     "and a channel-spatial blorp module (CSBM), to model zorbs.",
     {"layer glarp module", "channel-spatial blorp module"}, True),
    ("Our zorb model comprises a blorp embedding layer (BEL) and a novel zorb relation unit (ZRU).",
     {"blorp embedding layer", "zorb relation unit"}, True),
    # a numbered list of the parts, each with its head noun
    ("Our zorb framework consists of the following components: (1) intra-modal blorp encoding "
     "(IBE) module, and (2) a cross-modal zorb decoder (CZD).",
     {"intra-modal blorp encoding", "cross-modal zorb decoder"}, True),
    # known parts are used, not coined
    ("Our zorb model consists of a convolutional neural network (CNN) and a long short-term "
     "memory (LSTM).", {"convolutional neural network", "long short-term memory"}, False),
    # a thing of others made of parts: not the paper's own
    ("The usual zorb pipeline consists of a glarp proposal module (GPM) and a blorp head (BH).",
     {"glarp proposal module", "blorp head"}, False),
])
def test_acronym_defined_parts_of_the_papers_own_thing_are_proposed(abstract, parts, proposed):
    got = named(_extract("Zorb networks", abstract), Kind.METHOD, Role.PROPOSES)
    assert parts <= got if proposed else not parts & got, got


def test_the_second_of_a_pair_of_introduced_names_is_proposed():
    ext = _extract("Improving zorb conditioning",
                   "To avoid such a side effect, we propose the Nearest Blorp Gradient (NBG) and "
                   "Optimal Zorb Rate (OZR). Both help.")
    assert {"Nearest Blorp Gradient", "Optimal Zorb Rate"} <= named(ext, Kind.METHOD, Role.PROPOSES)


def test_the_second_of_a_pair_of_named_names_is_proposed():
    ext = _extract("Zorb transformers",
                   "The ZorbViT consists of two stacked attentions named Blorp-Disentangle "
                   "Attention (BDA) and Cross-Zorb Attention (CZA), to remove zorbs.")
    assert {"Blorp-Disentangle Attention", "Cross-Zorb Attention"} <= named(ext, Kind.METHOD,
                                                                           Role.PROPOSES)


def test_a_name_renaming_the_verbs_object_after_a_comma_is_proposed():
    ext = _extract("Learning compositional zorb processes",
                   "To tackle large data, we propose a new sparse posterior for zorb processes, "
                   "MultiZorbGP, constructed from groups of inducing points.")
    assert "MultiZorbGP" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name, proposed", [
    ("We propose a novel Source-free Zorb Adaptation framework for Face Blorping, namely SZA-FB, "
     "that adapts zorbs.", "SZA-FB", True),
    ("We propose a novel zorb learning framework via Self-Blorped Learning, namely ZoSBL, which "
     "finds zorbs.", "ZoSBL", True),
    # what the object is built on is no renaming of it
    ("We propose a zorb model built on two encoders, namely ZorbEnc, which is frozen.", "ZorbEnc",
     False),
    # ... but a name a bracket closes is ("based on Vision-Language Models (VLMs), namely X")
    ("We propose a Unified Zorb Detection framework based on Vision-Language Models (VLMs), "
     "namely UniZorbDetection, which includes three modules.", "UniZorbDetection", True),
])
def test_a_name_after_namely_renames_the_verbs_object(abstract, name, proposed):
    assert (name in named(_extract("Zorbing things", abstract), Kind.METHOD, Role.PROPOSES)) is proposed


@pytest.mark.parametrize("abstract, wrong", [
    ("We study a probabilistic approach called Bayesian zorbing for robots.", "Bayesian"),
    ("We give an exact algorithm via a fixed point iteration called Zorbstra’s method.", "Zorbstra"),
    ("We give an exact algorithm via a fixed point iteration called Zorbstra's method.", "Zorbstra's"),
    ("We propose an activation named L*Blorp for fine-grained categorization.", "L"),
    ("The dynamics has the conservative quantity named ZORB constant, which we use.", "ZORB"),
    ("Fins are moved by a transducer material called BLORPC (blorp polymer).", "BLORPC"),
    ("We propose a pipeline. Our approach uses a human model named Zorbaiba and a background.",
     "Zorbaiba"),
    ("Behaviour is driven by a recently reported batch search algorithm called Zorb-Swarm. We "
     "study it.", "Zorb-Swarm"),
    ("They outperform a recently proposed forward-backward algorithm called the Zorba.", "Zorba"),
    # a task the sentence introduces, or one it abbreviates, is no method
    ("We propose the novel task of Referring Zorb Regions (RZR), i.e., grounding regions. RZR "
     "differs from segmentation.", "RZR"),
    ("We present a task-and-motion planning (TAMP) algorithm robust against an operator.",
     "task-and-motion planning"),
    ("Federated learning grows, and there comes a new research branch called federated zorb "
     "systems aiming to build models.", "federated zorb systems aiming"),
    ("In this study, we propose position-zorbing strategies to prolong the duration of the robot, "
     "and test position-zorbing strategies.", "position-zorbing strategies"),
    ("Additionally, we propose relative blorp accuracy to complement metrics; relative blorp "
     "accuracy is robust.", "relative blorp accuracy"),
])
def test_names_that_are_not_the_papers_own_methods(abstract, wrong):
    assert wrong not in named(_extract("Zorbing things", abstract), Kind.METHOD, Role.PROPOSES)


def test_our_named_broker_is_proposed_but_our_robot_is_not():
    ext = _extract("Towards smarter zorb grids",
                   "We use a simulator as a test-bed and use these strategies for our autonomous "
                   "broker, BlorpVanika, which is efficient. We test on our quadruped robot Zorb3.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "BlorpVanika" in proposed and "Zorb3" not in proposed


def test_a_bench_title_defined_as_a_benchmark_acronym_is_data():
    ext = _extract("@ZORB: Benchmarking Vision-Language Models for Assistive Technology",
                   "To bridge this gap we first create a novel AT benchmark (@ZORB). We also "
                   "propose a novel model.")
    assert "@ZORB" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_our_key_contribution_names_what_the_paper_introduces():
    ext = _extract("Multimodal zorb detection via probabilistic ensembling",
                   "Our key contribution is a probabilistic ensembling technique, ZorbEn, a simple "
                   "non-learned method that fuses detections.")
    assert "ZorbEn" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_a_title_head_before_a_challenges_and_prospects_subtitle_is_not_proposed():
    ext = _extract("Cross-Zorb Recommendation: Challenges, Progress, and Prospects",
                   "We present a survey of the Cross-Zorb Recommendation field and propose a "
                   "taxonomy.")
    assert "Cross-Zorb Recommendation" not in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, abstract, proposed", [
    ("Quorble Recurrent Networks",
     "A central problem is memory. In the present approach, weights reflect a history.", True),
    ("Circuit Zorbing Predicts Dynamic Networks",
     "The connectivity of the nervous system has been described completely.", False),
])
def test_an_older_abstract_without_we_propose_keeps_its_model_title(title, abstract, proposed):
    assert (title in named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)) is proposed


@pytest.mark.parametrize("abstract, name", [
    ("We introduce credal zorb testing, a new hypothesis testing framework for comparing sets.",
     "credal zorb testing"),
    ("We propose blorp cloning, which imitates procedures. Blorp cloning is fast; blorp cloning "
     "wins.", "blorp cloning"),
])
def test_a_lower_case_name_after_a_sentence_initial_we_propose(abstract, name):
    assert name in named(_extract("Zorbing things", abstract), Kind.METHOD, Role.PROPOSES)


def test_a_bound_is_a_result_not_a_proposed_method():
    ext = _extract("Tighter PAC-Zorb Bounds",
                   "This paper proposes a PAC-Zorb bound to measure the performance of "
                   "classifiers. The bound is tighter than the original PAC-Zorb.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "Tighter PAC-Zorb Bounds" not in proposed and "PAC-Zorb" not in proposed


def test_a_hyphenated_compound_does_not_hide_the_introduced_name():
    ext = _extract("An End-To-End Network for Panoptic Zorbing",
                   "To address the problems, we propose a novel end-to-end Zorb Aware Network "
                   "(ZANet) for panoptic zorbing.")
    assert "Zorb Aware Network" in named(ext, Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("abstract, name, proposed", [
    ("For matching evaluation, Coarse-to-fine Zorbing (CFZ) is designed to aggregate context on "
     "the proposal level.", "Coarse-to-fine Zorbing", True),
    ("Moreover, a Query Zorb Module (QZM) is designed to enrich queries.", "Query Zorb Module", True),
    # "designed to" describes any system: only a name this text defines is coined by it
    ("ZorbNet is designed to aggregate context on the proposal level.", "ZorbNet", False),
])
def test_a_name_defined_here_that_is_designed_to_do_something_is_proposed(abstract, name, proposed):
    found = named(_extract("Widget detection via context aggregation", abstract), Kind.METHOD,
                  Role.PROPOSES)
    assert (name in found) is proposed


def test_a_task_named_in_a_passive_introduction_is_not_proposed():
    ext = _extract("Zorb-based azimuth estimation",
                   "A theoretically grounded scheme to Direction of Zorbing (DOZ) estimation and "
                   "Source Blorp Detection (SBD) is proposed, on the basis of two microphones.")
    assert "Source Blorp Detection" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_object_then_colon_names_it():
    ext = _extract("Faster widget training", "Training widgets is slow. This paper proposes an "
                   "algorithm for training widgets: Sequential Blorp Descent, or SBD. SBD splits "
                   "the problem into small parts.")
    assert "Sequential Blorp Descent" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_our_phrase_apposition():
    ext = _extract("Predicting widget search outcomes", "We learn to predict the outcome of a "
                   "search. Our implementation of this idea, ZORBEX, has produced promising results "
                   "on two domains.")
    assert "ZORBEX" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_our_phrase_apposition_not_a_list():
    ext = _extract("Widget search", "Our method for widget search, ZORBEX, GLARPO and FLINTO, is "
                   "compared on two domains.")
    assert "GLARPO" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_bare_capitalised_object_with_apposition():
    ext = _extract("Guiding widget synthesis", "This paper introduces Zorbic Learner, an "
                   "algorithm for providing reference strategies to guide the search.")
    assert "Zorbic Learner" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_enumerated_contributions():
    ext = _extract("Towards noise resilient widget mapping", "We propose (i) Glarp Consensus "
                   "Rejection (GCR) to counter lateral noise, and (ii) Adaptive Zorb Camera (AZC) "
                   "to combat axial noise.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert {"Glarp Consensus Rejection", "Adaptive Zorb Camera"} <= proposed


def test_proposed_bare_object_called_popular_is_not_coined():
    ext = _extract("Widget kinematics", "We propose Blorp Vector Machines, a very popular machine "
                   "learning method, as the method that models such behaviours.")
    assert "Blorp Vector Machines" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_enumerated_item_with_article_is_used():
    ext = _extract("Widget entity representation", "We introduce two objectives: (i) a node-level "
                   "contrastive objective and (ii) the Deep Zorb Infomax (DZI) loss, which maximizes "
                   "the mutual information.")
    assert "Deep Zorb Infomax" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_enumeration_after_colon_lead():
    ext = _extract("Adapting widget swarms", "We propose two algorithms: (i) Swarm Glarp "
                   "Optimisation (SGO), which selects one controller at a time, and (ii) Flarp Swarm "
                   "Planning (FSP), which runs in parallel.")
    assert {"Swarm Glarp Optimisation", "Flarp Swarm Planning"} <= named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_verb_coordinated_with_introducing_verb():
    ext = _extract("Mining widget intents", "We have introduced an extension to the DBSCAN algorithm "
                   "and presented a density-based clustering algorithm ZORB-DBSCAN for unbalanced data "
                   "clustering.")
    assert "ZORB-DBSCAN" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_description_before_naming_cue_is_not_a_name():
    ext = _extract("GlarpKE: Widget Knowledge Extraction by Verification", "In this work, we "
                   "develop a Widget Knowledge Extraction system called GlarpKE.")
    proposed = named(ext, Kind.METHOD, Role.PROPOSES)
    assert "GlarpKE" in proposed and "Widget Knowledge Extraction" not in proposed


def test_proposed_hyphenated_modifier_is_not_the_object():
    ext = _extract("Proactive widget assistance", "Theory of Zorbs (ToZ) is the ability to attribute "
                   "states to others. We propose a ToZ-based approach to proactive assistance.")
    assert "ToZ" not in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_introduced_task_is_not_a_method():
    ext = _extract("Widget coding", "We present the novel Multimodal Blorp Target Identification "
                   "(MBTI) task and a model for it.")
    assert not {"MBTI", "Multimodal Blorp Target Identification"} & named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_acronym_defined_in_intro_sentence_then_subject():
    ext = _extract("Sparse widget classification", "We address the cost of widget machines by "
                   "proposing an algorithm that constructs sparse glarp (SGLARP) models by adding "
                   "basis functions. SGLARP automatically chooses the kernel parameters.")
    assert "SGLARP" in named(ext, Kind.METHOD, Role.PROPOSES)


def test_proposed_acronym_subject_without_intro_sentence_is_not_coined():
    ext = _extract("Sparse widget classification", "Earlier work built sparse glarp (SGLARP) "
                   "models. SGLARP automatically chooses the kernel parameters. We study its bounds.")
    assert "SGLARP" not in named(ext, Kind.METHOD, Role.PROPOSES)


# --- proposed: the phrase a title ends on ---

@pytest.mark.parametrize("title, abstract", [
    ("Widget Parsing with Braided Lattice Refinement",
     "This paper proposes a braided lattice refinement method for widget parsing."),
    ("Gizmo Tracking via Folded Echo Attention",
     "We propose a novel folded echo attention mechanism that models gizmo motion."),
    ("Sprocket Retrieval Using Zigzag Prism Hashing",
     "In this work we introduce a scalable zigzag prism hashing scheme that indexes sprockets."),
    # the last of two joined by "and": the first is what it works with
    ("Improving Widget Parsing with LLMs and Braided Lattice Refinement",
     "To overcome this, we introduce a braided lattice refinement method for widget parsing."),
    # what the proposal enhances its method with, or what its approach employs
    ("Incremental Widget Parsing with Braided Lattice Refinement",
     "We further propose to enhance the method with braided lattice refinement, which distils."),
    ("Unsupervised Gizmo Tracking with Folded Echo Attention",
     "We propose an alternative approach that utilizes a folded echo attention process."),
])
def test_title_tail_the_abstract_introduces_is_proposed(title, abstract):
    tail = title.rsplit(" ", 3)[-3:]
    assert " ".join(tail) in named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)


@pytest.mark.parametrize("title, abstract", [
    # the phrase is a part of a larger thing the paper builds, not its name
    ("Widget Parsing with Braided Lattices",
     "We propose a framework for widget parsing with braided lattices and a decoder."),
    # another name follows: that is what the paper coins
    ("Gizmo Tracking via Folded Echo Attention",
     "We propose a new folded echo attention approach called FEAT for gizmo tracking."),
    # inside a longer capitalised name
    ("Sprocket Retrieval with Zigzag Prism",
     "We propose the Sprocket Retrieval with Zigzag Prism framework, namely SRZP."),
])
def test_title_tail_inside_something_larger_is_not_proposed(title, abstract):
    proposed = named(_extract(title, abstract), Kind.METHOD, Role.PROPOSES)
    assert not any(" ".join(title.split()[-2:]) == p for p in proposed)


def test_what_a_paper_compares_them_to_is_a_method_it_uses():
    ex = _extract("Ensembles for tabular data",
                  "We introduce two selection methods and compare them to QXR. Our method often "
                  "outranks ZBLT on validation data.")
    assert {"QXR", "ZBLT"} <= named(ex, Kind.METHOD, Role.USES)


@pytest.mark.parametrize("abstract, is_data", [
    # an algorithm's acronym that also names a data set is that data set right after a data noun
    ("Results on benchmark datasets (i.e., SGD, ZorbWOZ2.1, and ZorbWOZ2.2) show gains.", True),
    ("Results on benchmark datasets SGD and ZorbWOZ2.1 show gains.", True),
    # ... and the optimiser anywhere else
    ("We train the network with SGD on two benchmark datasets.", False),
])
def test_algorithm_acronym_after_a_data_noun_is_the_data_set(abstract, is_data):
    ex = _extract("Dialogue state tracking", abstract)
    assert ("SGD" in data_names(ex)) is is_data
    assert ("SGD" in named(ex, Kind.METHOD)) is not is_data


@pytest.mark.parametrize("abstract", [
    "Our smaller model achieves mIoU=40.2 and PQ=51.5 on the validation split.",
    "We establish an $O(1/T)$ rate for the ZorbADMM solver.",
    "We introduce a network equivariant to SO(3) rotations and SE(3) motions.",
])
def test_mathematics_and_scores_are_not_names(abstract):
    ex = _extract("Widget learning", abstract)
    assert not any("=" in n or "/" in n or n in ("SO", "SE") for n in named(ex)), named(ex)


def test_title_question_around_a_model_family_is_not_a_name():
    ex = _extract("Is Mamba Capable of Few-Shot Sorting?", "We evaluate Mamba on sorting lists.")
    assert not any(" of " in n for n in named(ex, Kind.METHOD))


def test_an_acronym_spelling_the_title_name_is_the_same_proposed_thing():
    ex = _extract("Self-Consistent Widget Autoencoder: Hierarchical Widget Learning with Embeddings",
                  "We learn latent widget codes. Our proposed model, SeCWA, draws on autoencoders.")
    proposed = [m for m in ex.mentions if m.role is Role.PROPOSES]
    assert [(m.text, m.aliases) for m in proposed] == [("SeCWA", ("Self-Consistent Widget Autoencoder",))]


@pytest.mark.parametrize("abstract, proposed", [
    ("In this paper, we introduce the computationally efficient QZB algorithm, whose budget is "
     "optimal.", True),
    # written before it is introduced: a field's or a rival's name, not the paper's
    ("Learning to widget (QZB) is popular. We propose a novel QZB model for sprockets.", False),
])
def test_praise_between_the_verb_and_a_coined_name(abstract, proposed):
    ex = _extract("Clustering with bandit feedback", abstract)
    assert ("QZB" in named(ex, role=Role.PROPOSES)) is proposed


def test_a_capitalised_title_word_before_a_method_noun_is_no_name():
    ex = _extract("A PID Approach for Stochastic Optimization of Deep Networks",
                  "We train deep networks with a controller that reduces overshoot.")
    assert "Deep" not in named(ex, Kind.METHOD)


@pytest.mark.parametrize("abstract", [
    # capitalised only where a sentence starts, or inside a longer word: still no name
    "Deep networks are hard to train. We train deep networks with a controller.",
    "Deepfold models are hard to train. We train deep networks with a controller.",
])
def test_a_title_word_the_abstract_capitalises_only_at_a_sentence_start_is_no_name(abstract):
    ex = _extract("A PID Approach for Stochastic Optimization of Deep Networks", abstract)
    assert "Deep" not in named(ex, Kind.METHOD)


def test_a_title_word_the_abstract_capitalises_mid_sentence_keeps_its_name():
    ex = _extract("Training Zorblat Networks with Controllers",
                  "We train Zorblat networks with a controller that reduces overshoot.")
    assert "Zorblat" in named(ex, Kind.METHOD)


@pytest.mark.parametrize("abstract, fragment", [
    ("It is compared to Stable Sparse RRT planner on a mobile robot.", "Stable"),
    ("It uses 70% less memory compared to the existing Zorbic Transformer model.", "Zorbic"),
    ("It works with classifiers like Decision Tree Random Forest and Multilayer Perceptron.",
     "Decision"),
    ("Estimators such as Bayesian topic models are slow.", "Bayesian"),
])
def test_a_capitalised_word_that_opens_a_longer_name_is_no_name_alone(abstract, fragment):
    assert fragment not in named(_extract("A Study of Planning", abstract), Kind.METHOD)


@pytest.mark.parametrize("abstract, name", [
    ("MAGMA outperforms Zorbix on open-ended generative tasks.", "Zorbix"),
    ("It beats classifiers such as Quorvan, Drabble and SVM.", "Quorvan"),
])
def test_a_capitalised_word_compared_against_alone_is_a_method(abstract, name):
    assert name in named(_extract("A Study of Planning", abstract), Kind.METHOD)


def test_a_list_of_words_an_acronym_spells_is_one_name_not_a_list_of_methods():
    ex = _extract("A Study of Pruning",
                  "We propose the Sift, Rank, and Prune (SRP) method for sparse models.")
    assert not {"Sift", "Rank", "Prune"} & named(ex, Kind.METHOD)


def test_a_list_of_single_word_methods_under_one_head_is_still_a_list():
    ex = _extract("A Study of Integrators", "We compare with the Newton, Gauss and Euler methods.")
    assert {"Newton", "Gauss", "Euler"} <= named(ex, Kind.METHOD)


@pytest.mark.parametrize("abstract, coined", [
    # the field's term, written "so-called": not coined here
    ("The objective satisfies the so-called Quorvan-Lisk inequality, which we exploit.", False),
    ("Convergence holds below the so called Zorbic threshold of random matrix theory.", False),
    # the paper's own thing may be introduced so too
    ("We design a novel data structure, the so-called Quorvan Voxel History (QVH).", True),
])
def test_a_so_called_name_is_coined_only_when_the_paper_makes_it(abstract, coined):
    names = named(_extract("A Study of Bounds", abstract), role=Role.PROPOSES)
    assert bool(names & {"Quorvan-Lisk", "Zorbic", "Quorvan Voxel History", "QVH"}) is coined


def test_a_coined_span_inside_a_longer_coined_name_is_part_of_it():
    ex = _extract("A Study of Captions",
                  "In this paper, we propose a novel memory-based network rather than GAN, named "
                  "Recurrent Quorvan Memory Network (R2M). Unlike previous work, R2M is good.")
    assert named(ex, role=Role.PROPOSES) == {"Recurrent Quorvan Memory Network"}


def test_a_long_form_holds_the_whole_hyphenated_word_its_initial_comes_from():
    pairs = [(a.long_form, a.short_form) for a in find_abbreviations(
        "We propose Semi-supervised Zorbic Defogging Learning (SZDL) for vehicles.")]
    assert pairs == [("Semi-supervised Zorbic Defogging Learning", "SZDL")]


def test_a_title_that_lists_its_topics_names_no_method():
    ex = _extract("Design, Modeling and Control of a Zorbic Quadcopter",
                  "We present the design, modeling and control of a solar-powered quadcopter.")
    assert not named(ex, role=Role.PROPOSES)


def test_a_metric_written_in_another_case_after_on_or_in_is_no_data_set():
    ex = _extract("A Study of Summaries",
                  "Zorbix beats the baselines by 1.6% in Rouge-2 for abstractive summarization.")
    assert "Rouge-2" not in data_names(ex)


@pytest.mark.parametrize("abstract, name, is_data", [
    # a data set whose name is also a field's or a concept's acronym ("HRI", "CSI" are both)
    ("A robot following a person is one scenario investigated in the HRI field.", "HRI", False),
    ("Human-robot interaction (HRI) demands speed. Thus, the time performance in HRI must be "
     "enhanced.", "HRI", False),
    ("WiFi channel state information (CSI) captures motion. Results on CSI improve.", "CSI", False),
    # ... but a bracket that does not spell it out leaves it the data set
    ("We validate ProbEn on two benchmarks with aligned (KAIST) and unaligned images.", "KAIST", True),
])
def test_an_ambiguous_data_set_named_as_a_field_or_concept_is_no_data_set(abstract, name, is_data):
    assert (name in data_names(_extract("A Study of Sensing", abstract))) is is_data


@pytest.mark.parametrize("abstract", [
    "We propose a 2-stage pipeline for defect inspection.",
    "This paper presents a 3-DoF leg with series compliant actuation.",
    "We introduce a 16.2-million frame dataset of synchronized motion.",
])
def test_a_quantity_the_paper_introduces_is_no_coined_name(abstract):
    ex = _extract("A Study of Legs", abstract)
    assert not named(ex, role=Role.PROPOSES) and not named(ex, role=Role.INTRODUCES)


@pytest.mark.parametrize("abstract, unit", [
    ("The sensor grid has 1 kHz sampling rate and a matrix structure.", "kHz"),
    ("The haptic rendering rate is over 1kHz and the interaction is stable.", "1kHz"),
])
def test_a_unit_is_no_method(abstract, unit):
    assert unit not in named(_extract("A Study of Sensors", abstract), Kind.METHOD)


def test_our_newly_developed_name_is_proposed():
    ex = _extract("Graph of Language Models",
                  "This paper introduces a routing approach. Our newly developed Zorbo v4 model "
                  "directs each query to the most suitable expert.")
    assert "Zorbo v4" in named(ex, Kind.METHOD, Role.PROPOSES)


def test_the_last_member_of_a_bracketed_list_takes_the_data_head_after_it():
    ex = _extract("Distilling Reasoning",
                  "Our approach boosts reasoning on in-domain (QRBench, Zorb8K) and out-of-domain "
                  "(ZEval, ZRC) datasets.")
    assert "ZRC" in data_names(ex)
    # an acronym defined in brackets is not a list: its head stays the long form's
    ex = _extract("Learning Control", "We train a Blorp Q-Network (BQN) algorithm on robots.")
    assert "BQN" not in data_names(ex)


@pytest.mark.parametrize("abstract, metric, value, dataset", [
    ("Zorbix establishes the state of the art at 41.87 SARI on the Zorbwiki test set.",
     "SARI", "41.87", "Zorbwiki"),
    ("Notably, our best model reaches 72.4 NDS on the ZorbScenes test leaderboard.",
     "NDS", "72.4", "ZorbScenes"),
])
def test_an_acronym_after_a_decimal_the_paper_reaches_is_its_measure(abstract, metric, value,
                                                                     dataset):
    ex = _extract("A Model", abstract)
    assert metric in named(ex, Kind.METRIC)
    assert (metric, value) in {(r.metric, r.value) for r in ex.results}


@pytest.mark.parametrize("abstract", [
    "It achieves real time at 30 fps on a single 2.8 GHz CPU with a model of 64.9 MB.",
    "The model outperforms AdamW by 2.7/1.0 PPLon PTB and Wikitext-103.",
])
def test_a_unit_or_glued_word_after_a_decimal_is_no_measure(abstract):
    assert not named(_extract("A Model", abstract), Kind.METRIC) & {"GHz", "MB", "PPLon"}


@pytest.mark.parametrize("abstract, names", [
    ("We fine-tune Llama 3 8B and Mistral 7B on our data.", {"Llama 3 8B", "Mistral 7B"}),
    ("Gemma 2 9B beats Llama 2 on the task.", {"Gemma 2 9B", "Llama 2"}),
    ("We use BERT base as the encoder.", {"BERT base"}),
    ("Charts were drawn by Meta's Llama 3.1 70B-Instruct and GPT 3.5-Turbo.",
     {"Llama 3.1 70B-Instruct", "GPT 3.5-Turbo"}),
])
def test_a_known_model_family_keeps_its_version_and_size(abstract, names):
    assert names <= named(_extract("A Study of Models", abstract), Kind.METHOD)


def test_a_count_after_a_model_family_is_no_version():
    found = named(_extract("A Study of Models", "BERT 3 times slower than Zorbnet."),
                  Kind.METHOD)
    assert "BERT 3" not in found


def test_a_known_method_phrase_in_lower_case_before_dataset_says_what_the_data_is_for():
    ext = _extract("Zorb", "We release the first humanoid whole-body control dataset, Zorb-6, "
                           "containing six everyday tasks.")
    assert "whole-body control" not in data_names(ext) and "Zorb-6" in data_names(ext)


@pytest.mark.parametrize("abstract, name", [
    ("We evaluate on the MultiWOZ 2.1 dataset.", "MultiWOZ 2.1"),
    ("Results on VQA v2 improve.", "VQA v2"),
])
def test_a_known_data_set_keeps_its_version(abstract, name):
    assert name in data_names(_extract("A Study of Dialogue", abstract))


@pytest.mark.parametrize("abstract", [
    "It reaches MultiWOZ 2.1% higher success than the baseline.",
    "It reaches COCO 4.1 AP over the baseline.",
])
def test_a_number_after_a_data_set_that_is_a_score_is_no_version(abstract):
    found = data_names(_extract("A Study of Dialogue", abstract))
    assert not {"MultiWOZ 2.1", "COCO 4.1"} & found


def test_a_title_names_a_knowledge_graph_it_introduces_as_data():
    ex = _extract("Zorbnet: A Million-scale Commonsense Knowledge Graph Distilled from LLMs",
                  "We build Zorbnet, a knowledge graph with ten million triples.")
    assert "Zorbnet" in named(ex, role=Role.INTRODUCES)
    for title in ("ZorbKG: A Knowledge Graph Embedding Model for Link Prediction",
                  "ZorbKG: Joint Pre-training of Knowledge Graph and Language Understanding",
                  "ZorbKG: Knowledge Graph Empowered Language Model Reasoning"):
        ex = _extract(title, "We propose ZorbKG, which embeds entities.")
        assert "ZorbKG" in named(ex, Kind.METHOD, Role.PROPOSES), title


def test_a_title_short_name_spelled_out_in_the_abstract_is_one_proposed_thing():
    ex = _extract("ZT-2: Zorbic Tracking for Drones",
                  "We introduce Zorbic Tracking, a method that tracks drones.")
    proposed = [m for m in ex.mentions if m.role is Role.PROPOSES]
    assert [(m.text, m.aliases) for m in proposed] == [("ZT-2", ("Zorbic Tracking",))]


@pytest.mark.parametrize("abstract, name", [
    ("Specifically, the proposed system Zorblax achieves higher scores than the baselines.",
     "Zorblax"),
    ("Our approach, Blorp, has three parts that learn jointly.", "Blorp"),
])
def test_one_capitalised_word_in_apposition_to_our_own_kind_is_proposed(abstract, name):
    assert name in named(_extract("A Study", abstract), Kind.METHOD, Role.PROPOSES)


def test_a_discussion_s_breadth_is_no_task():
    ex = _extract("The broader spectrum of zorb learning",
                  "We discuss broader connections to past literature. We study possible pitfalls.")
    tasks = {t.text for t in ex.tasks}
    assert not tasks & {"broader connections", "broader spectrum", "possible pitfalls"}


def test_capitalised_words_in_apposition_that_spell_a_coined_name_are_its_long_form():
    ex = _extract("Cross-lingual relation extraction",
                  "We propose ZATE, a Zorb Attention Transformer Encoder, for relation extraction. "
                  "ZATE outperforms the baselines.")
    proposed = [(m.text, m.aliases) for m in ex.mentions if m.role is Role.PROPOSES]
    assert proposed == [("ZATE", ("Zorb Attention Transformer Encoder",))]
    assert "Zorb Attention Transformer Encoder" not in named(ex, role=Role.USES)
    # ... or whose capitals, the author's own, spell it
    ex = _extract("Travel search", "We propose ZUERT, A Continual Pre-trained Language Model for "
                                   "ZUERy Understanding in Travel Domain Search. ZUERT is trained.")
    assert [m.aliases for m in ex.mentions if m.text == "ZUERT" and m.role is Role.PROPOSES] == [
        ("Continual Pre-trained Language Model for ZUERy Understanding in Travel Domain Search",)]
    ex = _extract("Trajectories", "We present ZTAR, a Zpatio-Temporal grAph tRansformer framework.")
    assert [m.aliases for m in ex.mentions if m.text == "ZTAR"] == [("Zpatio-Temporal grAph tRansformer",)]
    # words that do not spell the name are no long form
    ex = _extract("Tools", "We propose ZED, a New Method for parsing.")
    assert [m.aliases for m in ex.mentions if m.role is Role.PROPOSES] == [()]


def test_a_task_word_inside_a_longer_word_is_no_task_tail():
    # "fusion" ends a task ("image fusion"), not "Diffusion": a defined name ending in it is a
    # method, not a problem's acronym.
    ex = _extract("Time series", "We study the Generative Zorbic Diffusion (GZD) paradigm "
                                 "for forecasting. The GZD paradigm is simple.")
    assert "Generative Zorbic Diffusion" in named(ex, Kind.METHOD)
    ex = _extract("Images", "We study infrared and visible image fusion (IVIF) with a model.")
    assert not [name for name in named(ex, Kind.METHOD) if "fusion" in name.lower()]


def test_a_name_is_one_kind_of_thing_within_a_paper():
    # "ZorbQA [12] shows ..." reads weakly as a cited method; "experiments on the ZorbQA dataset"
    # strongly as data: the paper means one thing, the stronger reading.
    ex = _extract("Social reasoning",
                  "ZorbQA [12] shows that models lack social reasoning. We run experiments on the "
                  "ZorbQA dataset and find the same.")
    readings = {(m.kind, m.role) for m in ex.mentions if m.text == "ZorbQA"}
    assert readings == {(Kind.DATASET, Role.EVALUATED_ON)}


@pytest.mark.parametrize("abstract, whole, part", [
    ("We reach the state of the art on two scene benchmark datasets, MIT Indoor 67 [22] and "
     "Sun397 [31].", "MIT Indoor 67", "MIT"),
    ("We then evaluate the model on Amazon Reviews and the XEVAL dataset.", "Amazon Reviews", "Reviews"),
    ("Our approach achieves state-of-the-art accuracy on KITTI Scene Flow and nuScenes without labels.",
     "KITTI Scene Flow", "KITTI"),
    ("We count crowds on the ShanghaiTech Part A and UCF-QNRF datasets.", "ShanghaiTech Part A",
     "ShanghaiTech Part"),
])
def test_an_ambiguous_known_data_name_followed_by_capitalised_words_is_the_longer_name(
        abstract, whole, part):
    # "MIT", "Amazon", "KITTI" are known data sets that are also other things; the words after
    # them are the rest of the data set's name, not a name of their own.
    ex = _extract("Scene understanding", abstract)
    assert whole in data_names(ex)
    assert part not in data_names(ex)
    assert whole not in named(ex, Kind.METHOD)


@pytest.mark.parametrize("abstract, kept, not_data", [
    # a known name of its own, or a run of names whose commas a scraper lost, is no continuation
    ("We test on the nuScenes nuImages and Cityscapes datasets.", "Cityscapes", "nuScenes nuImages"),
    ("We generate data for five benchmark datasets (PRCC CCVID LaST VC-Clothes and LTCC).", None,
     "PRCC CCVID LaST VC-Clothes"),
    # a kind word after a known name says what it is
    ("GANet ranks first on the leaderboard of the Argoverse Challenge.", "Argoverse", "Argoverse Challenge"),
])
def test_a_known_data_name_grows_only_by_words_that_carry_its_name_on(abstract, kept, not_data):
    names = data_names(_extract("Perception", abstract))
    assert not_data not in names
    assert kept is None or kept in names


def test_a_citation_after_a_name_a_data_noun_leads_to_cites_a_data_set():
    # "[20]" after a name usually cites a method; in a list a data noun leads, the data set.
    ex = _extract("Facial action units",
                  "We compare ZTM to generic classifiers in three major databases: ZorbFace [20], "
                  "GEMEP-ZERA [32] and RU-ZACS [2].")
    assert {"ZorbFace", "GEMEP-ZERA", "RU-ZACS"} <= data_names(ex)
    assert not named(ex, Kind.METHOD) & {"ZorbFace", "GEMEP-ZERA", "RU-ZACS"}


@pytest.mark.parametrize("abstract, name, is_data", [
    ("Our method outperforms the state of the art on six challenging person Re-ZD datasets.", "Re-ZD", False),
    ("The ground truth of existing ZIE benchmarks is incomplete.", "ZIE", False),
    ("We evaluate our approach on the popular ZYU Depth datasets.", "ZYU Depth", True),
    ("We evaluate our approach on the ZorbNet and ZorbSeg datasets.", "ZorbSeg", True),
])
def test_a_word_qualifying_one_name_before_plural_data_makes_it_a_kind_of_data(abstract, name, is_data):
    # "person Re-ZD datasets" are the data sets of a task, not one data set named "Re-ZD"
    assert (name in data_names(_extract("Retrieval", abstract))) is is_data


@pytest.mark.parametrize("abstract, absent, kept", [
    # a LaTeX command and the letters of a formula are mathematics, not names
    (r"We study general $\Phi$-regret for learners built on Phi-3.", "Phi", "Phi-3"),
    (r"We establish $\tilde O(HS\sqrt{AT})$ bounds on the regret of UCRL2.", "HS", "UCRL2"),
    # ... a displayed formula too, whose $$ pairs with the next $$, not with itself
    (r"We find $X$ with $$\|AX-B\|_F^2 \leq (1+\epsilon)OPT,$$ faster than LSQR.", "OPT", "LSQR"),
    # ... while prices are no formula, and styled names stay names
    ("It costs $0.23 per image with GPT-4 or $0.27 with Claude.", None, "GPT-4"),
    (r"We propose $\texttt{Zorb-RRT}$, an extension of RRT.", None, "Zorb-RRT"),
])
def test_names_are_not_read_inside_formulas(abstract, absent, kept):
    names = named(_extract("Regret", abstract))
    assert absent not in names
    assert kept in names


@pytest.mark.parametrize("title, abstract, name", [
    # put beside the data noun an introducing clause names: the title's name is the benchmark
    ("ZORS: Probing the Reasoning of Language Models",
     "We frame reasoning as a three-step process. We then introduce the first-ever benchmark, ZORS, "
     "comprising three tasks.", "ZORS"),
    # ... or named by it: "introduces an ML challenge, named X (Y)", for a title phrase too
    ("Zallenging America: Modeling language in longer time scales",
     "This paper introduces an ML challenge, named Zallenging America (ZallAm), based on excerpts "
     "from historical newspapers. ZallAm provides a dataset of clippings.", "Zallenging America"),
])
def test_a_title_name_an_introducing_clause_calls_data_is_data(title, abstract, name):
    ex = _extract(title, abstract)
    assert name in data_names(ex)
    assert name not in named(ex, Kind.METHOD)


@pytest.mark.parametrize("abstract, metric", [
    ("Zorbeval shows higher correlations with human judgments than ROUGE.",
     "correlation with human judgments"),
    ("Our judge reaches 85% agreement with human judgement on ZorbQA.",
     "agreement with human judgement"),
    ("It improves the correlation with human evaluation scores on all tasks.",
     "correlation with human evaluation scores"),
])
def test_agreement_with_people_is_an_evaluation_measure(abstract, metric):
    # named as written, the head in the singular ("judgments" is not a measure's head)
    assert metric in named(_extract("Evaluating Generated Text", abstract), Kind.METRIC)


@pytest.mark.parametrize("abstract, name, is_method", [
    # a task's name before a plural method noun is a class of methods, not one
    ("Diffusion-based virtual try-on (VTON) methods lack faithfulness to details.", "virtual try-on", False),
    ("The black-box nature of end-to-end Imitation Learning models is a problem.", "Imitation Learning", False),
    # ... a singular one still names the technique used
    ("A network generates a prior for a Variational Inference solver.", "Variational Inference", True),
])
def test_a_task_before_a_plural_method_noun_is_a_class_of_methods(abstract, name, is_method):
    assert (name in named(_extract("Learning", abstract), Kind.METHOD)) is is_method


def test_a_word_before_a_plural_data_noun_that_lists_names_is_no_data_set():
    ex = _extract("ZorbMesh: Deformable Attention for Mesh Recovery",
                  "Human Zorb Recovery (HZR) is a hard problem. ZorbMesh is the best on the widely used "
                  "3D HZR benchmarks Zorb3D and ZORICH.")
    assert "HZR" not in data_names(ex)
    assert {"Zorb3D", "ZORICH"} <= data_names(ex)
    # a name the benchmark noun follows alone is still the benchmark
    ex = _extract("Mesh Recovery", "We evaluate on the ZorbMRC benchmarks.")
    assert "ZorbMRC" in data_names(ex)


def test_a_capitalised_word_in_apposition_to_a_data_noun_is_data():
    # a plain capitalised word needs a reason to be a name: "X, a novel benchmark", "The X benchmark"
    ex = _extract("Do models understand compound nouns?",
                  "We curate Zompun, a novel benchmark with 400 compound nouns. The Zompun benchmark "
                  "challenges a model for retrieval.")
    assert "Zompun" in data_names(ex)
    ex = _extract("Retrieval", "The Zompun benchmark challenges a model for retrieval.")
    assert "Zompun" in data_names(ex)
