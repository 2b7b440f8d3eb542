"""The generated vocabularies in kg/data load, are well-formed and contain the obvious names."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"

HEADERS = {
    "datasets.tsv": ["surface", "canonical", "kind", "needs_context"],
    "metrics.tsv": ["surface", "canonical", "case_sensitive"],
    "tasks.tsv": ["task", "canonical", "area", "parent", "df"],
    "methods.tsv": ["surface", "df"],
    "method_phrases.tsv": ["phrase", "short", "df"],
    "task_phrases.tsv": ["task", "titles", "df"],
}


def read_tsv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def column(name: str, col: str) -> set[str]:
    return {row[col] for row in read_tsv(name)}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_vocab_data_header_and_rows_are_well_formed(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADERS[name]
    assert len(lines) > 100
    width = len(HEADERS[name])
    for line in lines[1:]:
        fields = line.split("\t")
        assert len(fields) == width, line
        assert fields[0].strip() == fields[0] and fields[0], line


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_vocab_data_first_column_has_no_duplicates_and_is_sorted(name):
    keys = [line.split("\t")[0] for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]]
    assert len(keys) == len(set(keys))
    rows = [tuple(line.split("\t")) for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]]
    assert rows == sorted(rows)


def test_vocab_data_files_are_small():
    assert sum(p.stat().st_size for p in DATA.glob("*.tsv")) < 5_000_000


@pytest.mark.parametrize("surface", ["ImageNet", "CIFAR-10", "SQuAD", "MS COCO", "COCO", "Penn Treebank",
                                     "MMLU"])
def test_vocab_data_datasets_contain_well_known_names(surface):
    assert surface in column("datasets.tsv", "surface")


@pytest.mark.parametrize("surface", ["the", "The", "Tasks", "data", "Data", "Shapes", "BERT", "accuracy"])
def test_vocab_data_datasets_exclude_ordinary_words_and_methods(surface):
    assert surface not in column("datasets.tsv", "surface")


def test_vocab_data_datasets_named_with_a_generic_tail_are_also_listed_without_it():
    # sources list "Microsoft COCO dataset", "Mapillary Vistas Dataset"; abstracts often drop the
    # tail, and a bare form is only accepted near a data cue ("American Sign Language")
    rows = {r["surface"]: r for r in read_tsv("datasets.tsv")}
    for surface in ("Microsoft COCO", "Mapillary Vistas"):
        assert rows[surface]["needs_context"] == "1"


def test_vocab_data_a_data_set_named_in_capitals_is_not_the_ordinary_word():
    # "behave" is a common word; "BEHAVE" is written so only as the name, kept near a data cue
    rows = {r["surface"]: r for r in read_tsv("datasets.tsv")}
    assert rows["BEHAVE"]["needs_context"] == "1"
    assert "Behave" not in rows and "behave" not in rows


def test_vocab_data_dataset_columns_have_valid_values():
    for row in read_tsv("datasets.tsv"):
        assert row["kind"] in {"dataset", "benchmark"}
        assert row["needs_context"] in {"0", "1"}
        assert row["canonical"]


def test_vocab_data_ambiguous_dataset_names_need_context():
    rows = {r["surface"]: r for r in read_tsv("datasets.tsv")}
    for surface in ("Wikipedia", "Reddit"):
        if surface in rows:
            assert rows[surface]["needs_context"] == "1"
    assert rows["CIFAR-10"]["needs_context"] == "0"
    assert rows["GLUE"]["kind"] == "benchmark"


@pytest.mark.parametrize("surface,canonical", [("BLEU", "BLEU"), ("F1", "F1"), ("f1 score", "F1"),
                                               ("mIoU", "mIoU"), ("perplexity", "perplexity"),
                                               ("word error rate", "WER"),
                                               # trajectory forecasting, panoptic segmentation
                                               ("average displacement error", "ADE"),
                                               ("final displacement error", "FDE"),
                                               ("panoptic quality", "PQ"), ("PQ", "PQ"),
                                               # group fairness
                                               ("equalised odds", "equalized odds"),
                                               ("demographic parity", "demographic parity")])
def test_vocab_data_metrics_map_synonyms_to_canonical(surface, canonical):
    rows = {r["surface"]: r["canonical"] for r in read_tsv("metrics.tsv")}
    assert rows[surface] == canonical


def test_vocab_data_metric_acronyms_are_case_sensitive():
    rows = {r["surface"]: r["case_sensitive"] for r in read_tsv("metrics.tsv")}
    assert rows["BLEU"] == "1" and rows["accuracy"] == "0"
    assert all(s == s.lower() for s, cs in rows.items() if cs == "0")


@pytest.mark.parametrize("task", ["question answering", "semantic segmentation", "machine translation",
                                  "image classification"])
def test_vocab_data_tasks_contain_common_tasks_with_corpus_frequency(task):
    rows = {r["task"]: r for r in read_tsv("tasks.tsv")}
    assert int(rows[task]["df"]) > 100


@pytest.mark.parametrize("word", ["model", "all", "form", "data"])
def test_vocab_data_tasks_exclude_everyday_words(word):
    assert word not in column("tasks.tsv", "task")


def test_vocab_data_tasks_are_lower_case_and_canonicals_exist():
    rows = read_tsv("tasks.tsv")
    tasks = {r["task"] for r in rows}
    for r in rows:
        assert r["task"] == r["task"].lower()
        assert r["canonical"] in tasks


@pytest.mark.parametrize("name", ["BERT", "ResNet-50", "GPT-4", "LSTM"])
def test_vocab_data_methods_contain_established_names(name):
    assert name in column("methods.tsv", "surface")


def test_vocab_data_methods_exclude_generic_terms_and_datasets():
    methods = column("methods.tsv", "surface")
    generic = set((DATA / "generic_terms.txt").read_text(encoding="utf-8").split("\n"))
    assert {"CNN", "LLM", "LLMs", "RL", "GAN", "NLP", "AI"} <= generic
    assert not methods & generic
    assert not methods & column("datasets.tsv", "surface")
    assert all(int(r["df"]) >= 5 for r in read_tsv("methods.tsv"))


def test_vocab_data_method_phrases_are_lower_case_named_algorithms():
    rows = read_tsv("method_phrases.tsv")
    phrases = {r["phrase"] for r in rows}
    assert {"stochastic gradient descent", "principal component analysis", "kalman filter",
            "long short-term memory"} <= phrases
    # broad concepts and problem classes are not named methods
    assert not phrases & {"convolutional neural network", "reinforcement learning",
                          "markov decision process", "neural architecture search",
                          "large language model", "bayesian optimization"}
    assert all(r["phrase"] == r["phrase"].lower() and int(r["df"]) >= 4 for r in rows)


@pytest.mark.parametrize("surface", ["VLSI", "NYU", "HD", "FPGA"])
def test_vocab_data_methods_exclude_hardware_and_places(surface):
    assert surface not in column("methods.tsv", "surface")


@pytest.mark.parametrize("written, known", [
    ("Cifar10", "CIFAR10"), ("cifar-100", "CIFAR-100"), ("permuted MNIST", "Permuted MNIST"),
    ("COCO-stuff", "COCO-Stuff"), ("Pascal-Part", "PASCAL-Part"), ("YCB-VIDEO", "YCB-Video")])
def test_vocab_data_dataset_names_match_in_other_casings(written, known):
    from kg.extract.lexicon import dataset_entry, load_lexicon
    lexicon = load_lexicon()
    assert dataset_entry(lexicon, written) == lexicon.datasets[known]


@pytest.mark.parametrize("written, known", [("VQA v2.0", "VQA v2"), ("LVIS v1", "LVIS v1.0")])
def test_vocab_data_a_version_is_written_with_or_without_its_point_zero(written, known):
    from kg.extract.lexicon import dataset_entry, load_lexicon
    lexicon = load_lexicon()
    assert dataset_entry(lexicon, written) == lexicon.datasets[known]


def test_vocab_data_a_data_set_known_with_a_year_is_known_in_other_editions():
    from kg.extract.lexicon import dataset_entry, load_lexicon
    lexicon = load_lexicon()
    # the family's canonical name where the vocabulary gives one ...
    assert dataset_entry(lexicon, "ILSVRC 2014")[0] == lexicon.datasets["ILSVRC 2015"][0] == "ImageNet"
    # ... else the edition's own
    assert dataset_entry(lexicon, "SemEval 2019")[0] == "SemEval 2019"
    assert dataset_entry(lexicon, "ILSVRC 1850") is None


def test_vocab_data_a_family_the_leaderboards_list_member_by_member_is_known_by_its_name():
    from kg.extract.lexicon import _add_leaderboard_families, load_lexicon
    lexicon = load_lexicon()
    # "Atari 2600 Breakout", "Atari 2600 Pong", ...: the family is the one data set they share
    assert lexicon.datasets["Atari 2600"] == ("Arcade Learning Environment", "dataset", True)
    assert lexicon.datasets["Atari"][2]  # a one-word name needs a data cue, as any other
    members = {f"Zorb {k}": ("Zorb", "dataset", False) for k in range(12)}
    _add_leaderboard_families(members)
    assert members["Zorb"] == ("Zorb", "dataset", True)
    # not a prefix the members share by chance ("Chinese ...", "Stanford ...")
    mixed = {f"Zorb {k}": (f"Zorb {k}", "dataset", False) for k in range(12)}
    _add_leaderboard_families(mixed)
    assert "Zorb" not in mixed


@pytest.mark.parametrize("written", ["permuted mnist", "mnist", "imagenet", "coco-stuff", "Coco-stuff"])
def test_vocab_data_caseless_match_needs_a_number_or_the_acronym_as_written(written):
    from kg.extract.lexicon import dataset_entry, load_lexicon
    assert dataset_entry(load_lexicon(), written) is None


def test_vocab_data_dataset_surfaces_are_never_all_lower_case_words():
    lower = [s for s in column("datasets.tsv", "surface") if not any(c.isupper() or c.isdigit() for c in s)]
    assert lower == []  # "breast cancer", "classification benchmark", "shape bias" were phrases


def test_build_vocab_writes_a_lower_cased_source_name_as_the_corpus_does():
    vocab = _build_vocab()
    docs = [("", "We test on ZMLU and on zmlu-style items.")] * 4 + [("", "Results on ZMLU.")] * 2 + \
        [("", "Ten Shapes and shapes.")] * 9
    rows = [("zmlu", "zmlu", True, "taxonomy"), ("shapes", "shapes", False, "pwc")]
    assert vocab.restore_casing(rows, docs) == [("ZMLU", "ZMLU", True, "taxonomy"),
                                                ("shapes", "shapes", False, "pwc")]


def test_vocab_data_dataset_surfaces_never_open_on_a_lower_case_article():
    opened = [s for s in column("datasets.tsv", "surface") if s.split()[0] in ("the", "a", "an")]
    assert opened == []  # "the Penn Treebank" outmatched "Penn Treebank" after "on the"


def test_build_vocab_drops_a_lower_case_article_but_keeps_a_capitalised_one():
    vocab = _build_vocab()
    assert vocab.clean_dataset_name("the Zorb Treebank") == ["Zorb Treebank"]
    assert vocab.clean_dataset_name("The Zorb") == ["The Zorb"]


def _build_vocab():
    import importlib.util
    import sys
    path = Path(__file__).resolve().parent.parent / "scripts" / "build_vocab.py"
    spec = importlib.util.spec_from_file_location("build_vocab_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_build_vocab_mines_named_procedures_even_if_filed_as_tasks():
    from collections import Counter
    vocab = _build_vocab()
    abbrevs = {"BPC": Counter({"blorp predictive control": 6}),
               "FVI": Counter({"frobnic variational inference": 5}),
               "VI": Counter({"variational inference": 9}),  # a technique, not a name
               "ZTC": Counter({"zonal torque control": 7})}  # no known control-law head
    rows = {r[0] for r in vocab.mine_method_phrases(abbrevs, frozenset({"blorp predictive control"}))}
    assert rows == {"blorp predictive control", "frobnic variational inference"}


def test_vocab_data_method_phrases_include_control_laws_and_classic_procedures():
    phrases = column("method_phrases.tsv", "phrase")
    assert {"model predictive control", "iterative closest point", "dynamic time warping"} <= phrases
    assert "variational inference" not in phrases
    # textbook algorithms curators record as used, written in lower case
    assert {"random search", "k-means", "domain randomization", "back-translation"} <= phrases
    assert "logistic regression" not in phrases  # as often the studied model as a method used


def test_a_textbook_algorithm_an_abstract_runs_is_a_method_used():
    import importlib
    from kg.model import Kind, Paper, Role
    pipeline = importlib.import_module("kg.extract.pipeline")
    ext = pipeline.extract_paper(Paper("p", "Tuning", "We compare against a random search baseline and "
                                       "cluster the embeddings with k-means."))
    used = {m.text for m in ext.mentions if m.kind is Kind.METHOD and m.role is Role.USES}
    assert {"random search", "k-means"} <= used


def test_build_vocab_mines_algorithm_names_behind_a_shared_acronym():
    from collections import Counter
    vocab = _build_vocab()
    abbrevs = {"QS": Counter({"quorble score": 9, "quibbly sampling": 5}),  # second sense is an algorithm
               "WA": Counter({"wobbly annealing": 4, "wide area": 12}),
               "ZP": Counter({"zanzy pursuit": 2, "zero padding": 8}),  # defined too rarely
               "GD": Counter({"gradient descent": 30})}  # generic acronym, textbook concept
    rows = vocab.mine_shared_acronym_phrases(abbrevs)
    assert rows == [("quibbly sampling", "", 5), ("wobbly annealing", "", 4)]
    assert not {r[0] for r in vocab.mine_method_phrases(abbrevs)} & {"quibbly sampling", "wobbly annealing"}


def test_vocab_data_method_phrases_include_algorithms_sharing_an_acronym():
    phrases = column("method_phrases.tsv", "phrase")
    assert "simulated annealing" in phrases
    assert "gradient descent" not in phrases
    assert "importance sampling" not in phrases  # a concept (lexicon.GENERIC_PHRASES)


def test_build_vocab_counts_the_first_word_of_a_longer_name_as_no_name_on_its_own():
    vocab = _build_vocab()
    docs = [("", "We sample with Quibbian Monte Carlo. It uses Quibbian dynamics. Frobnet works."),
            ("", "We apply Quibbian Monte Carlo and Frobnet to it, and Frobnet is fast.")]
    exact, any_case, adjectival = vocab.mid_sentence_case(docs, {"Quibbian", "Frobnet"})
    assert exact["Quibbian"] == 3 and adjectival["Quibbian"] == 3  # never a name alone
    assert exact["Frobnet"] == 2 and adjectival["Frobnet"] == 0


def test_vocab_data_methods_leave_out_first_words_of_longer_names_and_data_families():
    methods = column("methods.tsv", "surface")
    assert "Hamiltonian" not in methods and "Rapidly-exploring" not in methods
    assert not {"CIFAR", "PASCAL"} & methods  # data set families ("on PASCAL and COCO datasets")
    assert {"Hamiltonian Monte Carlo", "Dijkstra", "Lasso"} <= methods


def test_build_vocab_mines_task_phrases_from_title_slots():
    vocab = _build_vocab()
    docs = [("Deep Nets for Gizmo Juggling Control", ""),
            ("Towards Robust Gizmo Juggling Control in Space", ""),  # 'robust' is not the task
            ("Gizmo Juggling Control", ""),  # no 'for' slot: not counted
            ("A Method for Accurate Sprocket Detection", ""),  # evaluative first word
            ("Tools for Multi-Robot Systems", ""),  # a platform, not a task
            ("Planning for Evaluating Widget Tracking", "")]  # a verb opens the slot
    assert vocab.mine_title_tasks(docs) == {"gizmo juggling control": 2}


def test_vocab_data_task_phrases_are_new_lower_case_tasks_named_by_titles():
    rows = read_tsv("task_phrases.tsv")
    known = column("tasks.tsv", "task")
    assert all(r["task"] == r["task"].lower() and r["task"] not in known for r in rows)
    assert all(int(r["titles"]) >= 4 for r in rows)
    assert {"legged locomotion", "human-robot interaction"} <= {r["task"] for r in rows}
    assert not {"machine learning", "supervised learning"} & {r["task"] for r in rows}


def test_build_vocab_mines_clustering_adjustment_and_gradient_heads():
    from collections import Counter
    vocab = _build_vocab()
    abbrevs = {"ZSC": Counter({"zorbic subspace clustering": 6}),
               "QBA": Counter({"quellan bundle adjustment": 5}),
               "NPG": Counter({"nervy policy gradient": 5}),
               "FMC": Counter({"fribble mode control": 4}),  # not a known control law
               "OG": Counter({"oriented gradient": 9})}  # reviewed: a descriptor's tail
    rows = {r[0] for r in vocab.mine_method_phrases(abbrevs)}
    assert rows == {"zorbic subspace clustering", "quellan bundle adjustment", "nervy policy gradient"}


def test_vocab_data_method_phrases_include_variational_autoencoders():
    # VAE stays a generic acronym, but the long form names the model in either spelling
    phrases = column("method_phrases.tsv", "phrase")
    assert {"variational autoencoder", "variational auto-encoder", "bundle adjustment"} <= phrases


def test_build_vocab_mines_definite_algorithm_names():
    vocab = _build_vocab()
    docs = [("t", "We train it with the zorblation algorithm and compare to the greedy algorithm.")] * 6
    docs += [("t", "A greedy algorithm and our greedy algorithm and a new zanzy method.")] * 6
    docs += [("t", "We then apply the zanzy method, like the quibble method of multipliers.")] * 3
    docs += [("t", "It is solved by the quibble method of multipliers and trained using zorblation.")] * 5
    rows = vocab.mine_definite_method_names(docs)
    # "greedy" describes; "zanzy" comes mostly after "a"/"new"; "quibble method" goes on with "of"
    assert ("zorblation algorithm", "", 6) in rows
    assert ("zorblation", "", 5) in rows  # also used bare: "trained using zorblation"
    assert not {r[0] for r in rows} & {"greedy algorithm", "zanzy method", "quibble method"}


def test_build_vocab_mines_servoing_pattern_generator_and_roadmap_heads():
    from collections import Counter
    vocab = _build_vocab()
    abbrevs = {"QBVS": Counter({"quibble-based visual servoing": 6}),
               "VS": Counter({"visual servoing": 6}),  # the problem itself
               "ZPG": Counter({"zorbic pattern generator": 5}),
               "WMP": Counter({"wobbly movement primitives": 4}),
               "FPR": Counter({"frobby probabilistic roadmap": 4}),
               "ZOM": Counter({"zany-organizing map": 4}),
               "MP": Counter({"movement primitive": 9})}  # the kind alone is no name
    rows = {r[0] for r in vocab.mine_method_phrases(abbrevs)}
    assert rows == {"quibble-based visual servoing", "zorbic pattern generator",
                    "wobbly movement primitives", "frobby probabilistic roadmap", "zany-organizing map"}


def test_build_vocab_mines_the_top_long_form_of_an_acronym_without_a_usual_one():
    from collections import Counter
    vocab = _build_vocab()
    # no long form is half of ZGD's definitions; the top one of three words is still a name
    abbrevs = {"ZGD": Counter({"zigzag gradient descent": 4, "zonal gradient descent": 3,
                               "zero gain damping": 3}),
               "QF": Counter({"quibble filter": 4, "quantum field": 3, "quick fix": 3})}  # two words
    rows = {r[0] for r in vocab.mine_shared_acronym_phrases(abbrevs)}
    assert rows == {"zigzag gradient descent"}


def test_build_vocab_adds_closed_up_spellings_of_hyphenated_rows():
    vocab = _build_vocab()
    docs = [("t", "We train a multilayer zonotope and a nonnegative quibble filter.")] * 5
    docs += [("t", "An autoencoder wobble is used once.")]
    rows = vocab.closed_spellings(docs, ["multi-layer zonotope", "non-negative quibble filter",
                                         "auto-encoder wobble", "k-zorb algorithm"])
    assert rows == [("multilayer zonotope", "", 5), ("nonnegative quibble filter", "", 5)]


def test_build_vocab_mines_definite_names_with_an_acronym_before_the_head():
    vocab = _build_vocab()
    docs = [("t", "We fit it with the zorbic maximization (ZM) algorithm.")] * 5
    rows = vocab.mine_definite_method_names(docs)
    assert ("zorbic maximization algorithm", "", 5) in rows


def test_vocab_data_method_phrases_include_servoing_and_closed_spellings():
    phrases = column("method_phrases.tsv", "phrase")
    assert {"image-based visual servoing", "central pattern generator"} <= phrases
    assert "multilayer perceptron" not in phrases  # a concept (lexicon.GENERIC_PHRASES)
    assert not {"movement primitive", "visual servoing"} & phrases


def test_build_vocab_mines_eponymous_method_names_used_as_objects():
    vocab = _build_vocab()
    docs = [("t", "Inference is done using Zorbeck sampling, and we compare with Quillan noise.")] * 5
    docs += [("t", "Posteriors are computed via the Zorbeck sampling of the model.")] * 2
    docs += [("t", "We estimate it by Quillan filter priors and by Varnish process.")] * 5
    docs += [("t", "Smooth functions with Prell gradients; we use Tamsin learning algorithm.")] * 5
    docs += [("t", "Structure by Monte Blanc sampling; apply Ostrow regression to it.")] * 5
    docs += [("t", "The Ostrow regression of the residuals is shown.")] * 200
    rows = {r[0]: r[2] for r in vocab.mine_used_eponym_phrases(docs)}
    # a name after a use verb, singular or plural, with or without "the"
    assert rows.get("zorbeck sampling") == 7 and rows.get("varnish process") == 5
    # no method head ("noise"), a noun going on ("priors"), a property after "with",
    # a describing word ("learning"), two capitalised words, or mostly used otherwise
    assert not set(rows) & {"quillan noise", "quillan filter", "prell gradient",
                            "tamsin learning algorithm", "monte blanc sampling", "blanc sampling",
                            "ostrow regression"}


def test_vocab_data_method_phrases_include_eponymous_methods_used_in_the_corpus():
    phrases = set(column("method_phrases.tsv", "phrase"))
    assert {"gibbs sampling", "hough transform", "viterbi algorithm"} <= phrases
    assert "gaussian process" not in phrases  # a concept (lexicon.GENERIC_PHRASES)
    assert not phrases & {"markov process", "gaussian graphical model"}  # classes, reviewed out


def test_build_vocab_mines_normalization_least_squares_and_averaging_heads():
    from collections import Counter
    vocab = _build_vocab()
    abbrevs = {"QN": Counter({"quorble normalization": 6}),
               "ZLS": Counter({"zentric least squares": 5}),
               "FA": Counter({"flonky averaging": 5}),
               "N": Counter({"normalization": 9}),  # the bare operation names no method
               "ZD": Counter({"zentric drift": 7})}  # no method head
    rows = {r[0] for r in vocab.mine_method_phrases(abbrevs)}
    assert rows == {"quorble normalization", "zentric least squares", "flonky averaging"}


def test_build_vocab_a_coined_shape_is_never_a_task_phrase():
    vocab = _build_vocab()
    assert all(vocab.COINED_SHAPE_RE.search(n) for n in ("ZeRF", "Q-zorbing", "XLQ-R"))
    assert not any(vocab.COINED_SHAPE_RE.search(n) for n in ("Zorbing", "Zorb Translation", "ZRB"))


def test_vocab_data_methods_keep_names_other_sources_file_as_data_or_tasks():
    methods = set(column("methods.tsv", "surface"))
    assert {"NeRF", "Q-learning", "TensorFlow"} <= methods  # a minor task source; a PwC data name
    phrases = set(column("method_phrases.tsv", "phrase"))
    assert {"batch normalization", "radial basis function", "ordinary least squares"} <= phrases
