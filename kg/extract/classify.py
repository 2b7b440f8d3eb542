"""Decide what a candidate name is (method, dataset, benchmark, or nothing) from its shape,
the vocabularies and the words around it. Pure functions over text and offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import cues
from kg.extract.candidates import Candidate
from kg.extract.families import MODEL_FAMILY
from kg.extract.lexicon import (GENERIC_PHRASES, Lexicon, dataset_entry, defined_phrase,
                                ends_with_method_phrase, fold, phrase_key, singular_words)
from kg.extract.shapes import has_inner_capital, is_acronym

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@dataclass(frozen=True, slots=True)
class Label:
    kind: str  # "method" | "dataset" | "benchmark"
    confidence: float
    signal: str


def _next_words(text: str, end: int, n: int = 2) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[end:end + 40])[:n]]


_PAREN_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


def right_head(text: str, end: int) -> str:
    """The word after a name, past an acronym in brackets: 'Heavy Ball (HB) method' -> method."""
    paren = _PAREN_AFTER.match(text, end)
    if paren:
        end = paren.end()
    words = _next_words(text, end)
    if len(words) == 2 and " ".join(words) in cues.DATA_HEADS:
        return " ".join(words)
    rest = text[end:end + 2]
    if rest.startswith("-based") or rest.startswith("-style"):
        return "-based"
    return words[0] if words and text[end:end + 1] in " -" else ""


_DATA_SHAPED = re.compile(r"(?:[a-z]QA\b|QA-|\wBench\b|Bench-|-Bench\b|Eval\b|Arena\b|-Hard\b|\bHard$)")
# "NP-Hard", "PSPACE-complete": complexity classes, shaped like "BBH-Hard" but never data
_COMPLEXITY_CLASS = re.compile(r"^(?:NP|P|PSPACE|EXPTIME|#P|APX|PPAD|W\[\d\])-(?:[Hh]ard|[Cc]omplete)$")


# A number with a unit or a lower-case word is a quantity, not a name: "4-DoF", "2D/3D",
# "512-bits", "15FPS", "50-fold", "1-8-bit", "sub-2-bit".
# ... "128x128": a resolution, "8K-token": a size.
_QUANTITY = re.compile(r"^(?:sub-|near-)?\d[\d.,-]*(?:[KMB]-[a-z][a-z-]*|-?[a-z][a-z-]*|"
                       r"-?(?:D|DoF|DOF|FPS|fps)(?:/\d+D)?(?:-[a-z]+)?)$|^\d+\s*[x×]\s*\d+(?:\s*[x×]\s*\d+)?$")
# Big-O bounds and multipliers are notation, not names: "O(1/T", "O(NGD", "x2", "×3".
_NOTATION = re.compile(r"^(?:O\(|[x×]\d+(?:\.\d+)?$)")
# "the KITTI odometry benchmark", "the nuScenes autonomous driving dataset"
_DATA_AFTER_WORD = re.compile(r"(?:\s+(?!(?:for|each|every|the|and|or|with|on|in|of|from|per|its|"
                              r"their|this|that|these|to|as|by|any|all|our|new|one|two|three)\b)"
                              r"[a-z][a-z-]{2,}){1,2}\s+(benchmarks?|datasets?|data\s+sets?|corpus|corpora)\b")
# A known but ambiguous data set's name ("PIE", "Spider", "Reddit") right after a data noun:
# "two benchmarks, PIE and ...", "benchmarks (MSCOCO and ...", "the Text-to-SQL benchmark Spider".
_DATA_NOUN_BEFORE = re.compile(r"(?:\b(?:datasets|data\s?sets|benchmarks|corpora)\s*[(,:]\s*"
                               r"(?:(?:i\.e\.|e\.g\.),?\s*)?|\b(?:dataset|benchmark|corpus)\s+|"
                               r"\b(?:task|dataset|benchmark)\s*\(\s*(?:(?:i\.e\.|e\.g\.),?\s*)?)$",  # "a face verification task (LFW)"
                               re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$")  # a name, not a description ("A Multi-Label Video Dataset")
_DATA_NAME_TAILS = frozenset({"Database", "Dataset", "Corpus", "Treebank", "Benchmark"})
_DISTRIBUTIONS = frozenset({"Bernoulli", "Poisson", "Uniform", "Random", "Importance", "Multinomial"})
_CAPWORD_DATA_HEADS = frozenset({"dataset", "datasets", "data set", "benchmark", "corpus"})
_CAPWORD_METHOD_HEADS = frozenset({"algorithm", "filter", "transform", "sampling", "sampler",
                                   "smoothing", "smoother", "filtering", "decomposition",
                                   "method", "optimizer", "layer"})
_TASK_TAIL = cues.TASK_TAIL
_SPECIAL_CASE_AFTER = re.compile(r"\s*(?:\([A-Z][\w-]*\)\s*)?(?:as|is|are)\s+(?:a\s+|the\s+)?"
                                 r"(?:special|particular|limiting)\s+cases?\b")
_OWN_BEFORE = re.compile(r"\b(?:proposed|our|novel|new|modified|improved|(?:we\s+)?(?:propose|present|"
                         r"introduce|develop|design)[sd]?\s+(?:a|an)|(?:propos|present|introduc|develop|"
                         r"design)ing\s+(?:a|an))\s+(?:(?!of\b)[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
# "on benchmark datasets, such as TSI880": a list introduced by a data noun holds data.
# ... also when a short qualifier follows the noun: "NLU benchmarks in various languages, such as GLUE"
_DATA_LIST_BEFORE = re.compile(r"\b(?:datasets?|data sets?|benchmarks?|corpora|environments|games)"
                               r"(?:\s+(?:in|of|from|for|across)(?:\s+[a-z][\w-]*){1,2})?\s*,?\s*"
                               r"\(?(?:such as|including|like|namely|e\.g\.,?)\s*$", re.IGNORECASE)
# ... also further down such a list: "benchmarks, including Paris, ImageNet, ..."
_DATA_LIST_CONTINUED = re.compile(_DATA_LIST_BEFORE.pattern[:-1] +
                                  r"(?:[A-Z][\w.+/-]*(?: [A-Z0-9][\w.+/-]*){0,2},\s*){1,6}$", re.IGNORECASE)


_DATA_APPOSITIVE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*,\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:a|an|the|one\s+of\s+the)\s+"
    r"(?:(?!(?:for|of|on|in|with|by|to|from|and|or|that|which|trained|used|our|its)\b)[\w-]+\s+){0,3}?"
    r"(benchmark|dataset|data set|corpus|database)s?\b", re.IGNORECASE)


_EDITION = re.compile(r"[\s-](?:19|20)\d\d$")


# "in CL-Net", "from ViZDoom": "in"/"from" before a lone coined name mostly mean a system, a
# tool or a source, not an evaluation set ("on X" does).
_WEAK_DATA_BEFORE = re.compile(r"\b(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)
_DATA_SOON_AFTER = re.compile(r"(?:\s+[a-z][a-z-]+){1,3}\s+(?:dataset|benchmark|corpus)\b")
# ... unless the name looks like a data set's: capitalised, with a number or a hyphenated part
# ("TimeBank-Dense", "SynLiDAR-to-SemanticKITTI", "EndoVis-17"), and no model suffix ("CL-Net").
_SET_SHAPED = re.compile(r"(?=[A-Z])(?=[^()]*[-\d])(?![^()]*(?:Net|net|NN|Former|former|GAN|BERT|LM|Net\d*)$)[^()]+$")
# "on the ANYmal quadruped platform", "in the kHz range": a content noun after the name is the
# thing it qualifies; a data set name ends its phrase ("on X and Y", "on X, ...", "on X using").
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|with|using|to|for|on|in|by|as|at|of|from|via|than|while|"
                         r"where|which|that|under|show|shows|demonstrate|demonstrates|have|has|is|"
                         r"are|was|were|also|respectively|benchmark|benchmarks|dataset|datasets|task|tasks|"
                         r"split|splits|setting|settings)\b)"
                         r"[a-z][a-z-]+\b")


# "with C3D features", "using the RoboEarth system", "LSTM with NARX achieved": what a model
# outputs, a system noun, or a verb after the name leaves it the method used.
_PRODUCT_AFTER = re.compile(r"\s+(?:[a-z]+ed\b|(?:features|representations|outputs|predictions|"
                            r"activations|system|systems)\b)")


# "(73.3% Hits@1)", "46.5% PQ", "FPR 0.95", "MRR@10": a measure, whatever list it stands in.
_AFTER_NUMBER = re.compile(r"\d\s*%?\s*$")
_METRIC_SHAPED = re.compile(r"^[A-Za-z][\w-]*@\d+$|^[A-Z]{2,5}(?:@|\s+)0?\.\d+%?$")


# "48.8% accuracy on MATH", "83.95% on XQLFQ", "2.1% for ImageNet": a score measured on a name.
_RESULT_BEFORE = re.compile(r"(?:\d\s*%|\d\.\d+)\s+(?:(?!(?:were|was|is|are|be|been|and)\b)[a-zA-Z-]+(?<!ed)\s+){0,2}?(?:on|for)\s+(?:the\s+)?$")


def is_metric_like(text: str, cand: Candidate, lexicon: Lexicon) -> bool:
    name = cand.text
    return (name in lexicon.metrics or name.lower() in lexicon.metrics_folded
            or bool(_METRIC_SHAPED.match(name))
            or bool(len(name) <= 6 and _AFTER_NUMBER.search(text, max(0, cand.start - 8), cand.start)))


def is_benchmark_name(name: str, head: str, vocab_kind: str | None) -> bool:
    return (head in cues.BENCHMARK_HEADS or vocab_kind == "benchmark"
            or bool(re.search(r"Bench|bench\b|Arena|Eval\b|Leaderboard|Challenge", name)))


# The nouns a known method's name qualifies without being the method used: the runs or
# outputs of a procedure ("Monte Carlo simulations").
_NOT_METHOD_HEADS = frozenset({"simulation", "simulations", "sample", "samples", "estimate",
                               "estimates", "experiment", "experiments", "trial", "trials",
                               "run", "runs", "test", "tests"})
# Head words of a lower-case long form that names a method ("differential dynamic programming").
_METHOD_TAIL = re.compile(r"(?:algorithm|method|filter|filtering|network|model|machine|descent|"
                          r"search|programming|optimi[sz]ation|regression|analysis|sampling|"
                          r"sampler|transform|decomposition|factori[sz]ation|propagation|"
                          r"control|controller|estimator|encoder|autoencoder|embedding|"
                          r"classifier|clustering|memory|unit|tree|forest|iteration|"
                          r"attention|policy|gradient|learning|boosting|process|field|adjustment|"
                          r"training|tuning)s?$")
_TITLED_MODEL = re.compile(r"[ -](?:Auto-?[Ee]ncoder|Autoencoder|Network|Machine|Transformer|Forest|"
                           r"Random Field|Belief Network)s?$")
# "solved with Orthogonal Matching Pursuit", "the Dantzig Selector", "via Canonical Polyadic
# Decomposition": a Title-Case phrase inside a lower-case sentence that ends in a procedure noun
# names that procedure (in a title every word is capitalised, so nothing is told from case there).
_TITLED_PROCEDURE = re.compile(r" (?:Pursuit|Decomposition|Descent|Sampling|Sampler|Selector|Filter|"
                               r"Filtering|Minimi[sz]ation|Perturbation|Propagation|Annealing|"
                               r"Clustering|Adjustment|Factori[sz]ation|Lasso)s?$")


# "Functional Isolation Forest (FIF) is a recent state-of-the-art anomaly detection algorithm",
# "Expectation Propagation (EP) is a popular approximate inference algorithm": a sentence that
# opens with a name and says what kind of algorithm it is describes an existing method the paper
# builds on (its own would be "novel", "new", "our", "proposed"). Fields are framed as
# "frameworks"/"approaches"/"paradigms", not algorithms, so those heads stay out.
_DEFINED_AS_METHOD = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:is|was|has been)\s+(?:an?|the|one of the(?: most)?)\s+"
    r"(?:(?!(?:novel|new|our|proposed|first|to|of|for|that|which|in|and)\b)[\w-]+\s+|\([\w-]+\)\s+){0,5}"
    r"(?:algorithm|method|model|technique|solver|heuristic|estimator|classifier|procedure|middleware|"
    r"library|toolkit|toolbox|simulator)\b")
# "Restricted Boltzmann Machines (RBMs) are widely used as ...", "Dynamic Movement Primitives (DMP)
# are nowadays widely used": an opening name the field is said to use is an existing method
_WIDELY_USED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:is|are|have been|has been)\s+(?:now(?:adays)?\s+|"
                          r"very\s+|increasingly\s+|also\s+)?(?:widely|commonly|frequently|extensively|popularly)"
                          r"\s+(?:used|adopted|applied|employed)\b")
_FIELD_TAIL = re.compile(r"(?:Learning|Adaptation|Distillation|Analysis|Programming|Theory|Control|"
                         r"Detection|Recognition|Generation|Optimi[sz]ation)$", re.IGNORECASE)


def _defined_as_method(text: str, cand: Candidate, left: str, lexicon: Lexicon) -> bool:
    if left.strip() not in ("", "The"):
        return False
    widely_used = bool(_WIDELY_USED.match(text, cand.end))
    if not widely_used and not _DEFINED_AS_METHOD.match(text, cand.end):
        return False
    name = cand.text
    if cand.source == "capword" or name.lower() in GENERIC_PHRASES or name.lower() in lexicon.tasks \
            or cand.partner in lexicon.generic or name in lexicon.generic:
        return False
    words = name.split()
    if not all(w[:1].isupper() or w in ("of", "for", "and") for w in words):
        return False  # "Label enhancement (LE) is a ...": a sentence-case phrase names a concept
    last = words[-1]
    # "Graph Neural Networks (GNNs) are ...", "Reinforcement Learning (RL) is ...": a family or
    # a field, not one algorithm
    plural = len(last) > 3 and last.endswith("s") and last[-2] != "s" and not last.isupper()
    return (widely_used or not plural) and not _FIELD_TAIL.search(name)


def _titled_procedure(text: str, cand: Candidate, left: str) -> bool:
    if not _TITLED_PROCEDURE.search(cand.text) or _OWN_BEFORE.search(left):
        return False
    words = _WORD.findall(text)
    return sum(w[0].isupper() for w in words) * 3 < len(words)


_METHOD_TAIL_EXTRA = re.compile(r"(?:minimi[sz]ation|maximi[sz]ation|positioning|program|bound)s?$")
# ("the backbone model TextDiffuser", "a multi-target network CenterNet": a kind noun names what follows)
_TOOL_NOUN_BEFORE = re.compile(r"(?<!our )(?<!new )(?<!novel )(?<!proposed )\b(?:simulator|architecture|library|"
                               r"toolkit|solver|planner|engine|middleware|backbone|baseline|network|model)\s+$")
# "the Bullet physics engine", "the Gazebo simulator", "the Drake toolbox": a capitalised word
# before a software noun names the software the paper runs ("Python library" says only what a
# library is written in)
_TOOL_AFTER = re.compile(r"[ -](?:(?:physics|game|rendering|robot|robotics|dynamics)\s+)?"
                         r"(?:engine|simulator|toolbox|toolkit|library|middleware|solver)s?\b")
# "the Hopfield network", "a Boltzmann machine", "Petri nets", "Parzen windows": a person's name
# before a model noun names that model. Ordinary capitalised words ("Memory network", "Residual
# network") are told apart by their English endings; descriptions of a kind ("Bayesian",
# "Euclidean") by the ones the method-head rule already sets aside.
_CAPWORD_MODEL_HEADS = frozenset({"network", "networks", "net", "nets", "machine", "machines",
                                  "window", "windows"})
_ENGLISH_ENDING = re.compile(r"(?:al|ion|ing|ive|ory|ent|ant|ure|ty|ed|ual|ar|ic|ous|ian|ean|ese|ish|ks|ss)$")


def _eponym_like(word: str) -> bool:
    return not _ENGLISH_ENDING.search(word) and word not in _DISTRIBUTIONS and word not in cues.LANGUAGES


# Part nouns: what a paper builds its model from ("a QFC module", "AGT layers")
_COMPONENT_HEADS = frozenset({"module", "modules", "block", "blocks", "layer", "layers", "unit", "units"})
_NOTATION_NAME = re.compile(r"[A-Z][0-9]?['’]?")
_LANGUAGE_TOOLS = frozenset({"Python", "Matlab", "Julia", "Java", "Haskell", "Scala", "Rust"})
_BASED = re.compile(r"-(?:based|like|style|driven|guided)$")


def _lower_case_non_method(long: str) -> bool:
    """A long form of lower-case words ending in no method word ("-based" set aside)."""
    long = _BASED.sub("", long)
    return bool(long) and long == long.lower() and not _METHOD_TAIL.search(long)


def _no_method_word(long: str) -> bool:
    """Lower-case words none of which is a method word ("camera response functions"; not
    "alternating direction method of multipliers")."""
    return long == long.lower() and not any(_METHOD_TAIL.search(w) for w in long.split())


def _plain_long_form(cand: Candidate) -> bool:
    """An acronym definition whose long form is lower-case words ending in no method word."""
    long = cand.text if cand.source == "acronym-long" else cand.partner if \
        cand.source == "acronym-short" else ""
    return _lower_case_non_method(long) and not _METHOD_TAIL_EXTRA.search(_BASED.sub("", long))


def _other_meaning(short: str, long: str, lexicon: Lexicon) -> bool:
    """'Headset Mounted Cameras (HMC)', 'Aggregated Appearance Encoder (AAE)': an acronym known
    as one algorithm's ("Hamiltonian Monte Carlo") that this paper defines as something else."""
    known = lexicon.acronym_phrases.get(short)
    if not known or not _spells(short, long):
        return False  # a real expansion spells the acronym (not "ViT with an extra token")
    words = set(singular_words(phrase_key(_BASED.sub("", long))).split())
    return not words & {w for w in singular_words(known).split() if len(w) > 3}


def _spells(short: str, long: str) -> bool:
    letters = re.sub(r"[^a-z]", "", short.lower())
    return letters in ("".join(w[0] for w in long.lower().split()),
                       "".join(w[0] for w in re.split(r"[\s-]+", long.lower()) if w))


def other_expansion(cand: Candidate, lexicon: Lexicon) -> bool:
    """A known acronym that this paper defines as something other than a method: its long form
    is all lower case, ends in no method word and is no known method ("multi-armed bandits
    (MAB)"; not "iterative closest point (ICP)" or "particle swarm optimization-based (PSO)")."""
    if cand.source == "acronym-short" and _other_meaning(cand.text, cand.partner, lexicon):
        return True
    if not (cand.source == "acronym-short" and _lower_case_non_method(cand.partner)
            and not any(c.isdigit() for c in cand.text)):
        return False
    partner = _BASED.sub("", cand.partner)
    key, folded = phrase_key(partner), fold(partner)
    return not (key in lexicon.method_phrases
                or ends_with_method_phrase(key, lexicon.method_phrases)
                or folded in lexicon.methods_folded or folded[:-1] in lexicon.methods_folded)


# Hyphenated capitals that are descriptions, not names: "Multi-Person", "Few-Shot", "In-House".
_HYPHEN_DATA_HEADS = _CAPWORD_DATA_HEADS | {"data sets", "benchmarks", "challenge"}


def _hyphenated_data(text: str, cand: Candidate, sentence_start: int, head: str,
                     lexicon: Lexicon) -> Label | None:
    """'the Room-Across-Room dataset', 'the DTU and Tanks-and-Temples benchmarks': hyphenated
    capitalised words before a data head noun name a data set, unless they are a language pair
    ('English-French'), a description ('Multi-Person', 'Few-Shot') or a task."""
    name = cand.text
    parts = name.split("-")
    if head not in _HYPHEN_DATA_HEADS or parts[0] in cues.HYPHEN_PREFIXES or \
            any(p in cues.LANGUAGES for p in parts) or name.lower() in lexicon.tasks or \
            name.lower() in GENERIC_PHRASES:
        return None
    before = text[max(sentence_start, cand.start - 12):cand.start].split()
    if before and not before[-1][:1].islower():
        return None  # "WMT English-X", "Stanford Foo-Bar": the tail of a longer name
    return Label("benchmark" if is_benchmark_name(name, head, None) else "dataset", 0.7,
                 "head:hyphenated")


# "the Kneser-Ney smoothing", "a Good-Turing estimator", "Frank-Wolfe algorithm": two or more
# people's names joined by hyphens before a procedure noun name that procedure; descriptions
# ("Multi-Agent", "Cross-Entropy" are prefixes) and "Monte-Carlo"/"Mean-Field" are left out.
_EPONYM_PAIR = re.compile(r"[A-Z][a-z]{2,}(?:[-–][A-Z][a-z]{1,})+")
_EPONYM_HEADS = _CAPWORD_METHOD_HEADS - {"layer", "optimizer"} | {"estimator", "procedure", "iteration",
                                                                  "heuristic", "trick", "selector"}
_NOT_EPONYMS = cues.HYPHEN_PREFIXES | {"Monte", "Max", "Min", "Mean", "Sub", "Finite", "Short"}


def _hyphenated_eponym(name: str, head: str) -> bool:
    parts = re.split(r"[-–]", name)  # "Gumbel-Max trick": only the first word is never a name
    return bool(head in _EPONYM_HEADS and _EPONYM_PAIR.fullmatch(name) and parts[0] not in _NOT_EPONYMS
                and not any(p in cues.LANGUAGES for p in parts))


# Task nouns that head benchmark phrases more often than title names ("domain adaptation
# benchmarks", but "Sample-Specific Late Fusion" in a title).
_BENCHMARKED_TASK_NOUNS = cues.TASK_NOUNS | {"adaptation", "odometry", "generation", "reasoning",
                                             "completion", "labelling", "labeling"}


def _language_data(name: str) -> bool:
    """'Japanese', 'Chinese NER': a language, with a task's acronym at most, describes a
    dataset or benchmark ('a Chinese NER dataset') rather than naming one."""
    words = name.split()
    languages = words[0].split("-")  # "English-Chinese LR": a language pair
    return all(w in cues.LANGUAGES for w in languages) and (
        len(words) == 1 or len(words) == 2 and words[1].isupper())


def _task_benchmarks(name: str) -> bool:
    """'Japanese benchmarks', 'English NER benchmarks', 'multi-source domain adaptation (MSDA)
    benchmarks', 'HOI detection benchmarks': benchmarks of a language or a task, not one named
    benchmark (those end in a name: 'the ERASER benchmark', 'Big-Bench Hard')."""
    words = name.split()
    if _language_data(name):
        return True
    return len(words) > 1 and words[-1].islower() and (
        words[-1] in _BENCHMARKED_TASK_NOUNS or bool(cues.TASK_TAIL.search(words[-1])))


# "on two OOC object detection datasets", "on three benchmark WiFi RSS fingerprint datasets"
_COUNTED_BEFORE = re.compile(r"(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|"
                             r"various|many)\s+(?!and\b|or\b)(?:[a-z][\w-]*\s+)?$", re.IGNORECASE)


_POSSESSOR_BEFORE = re.compile(r"[A-Z]\w*['’]s\s$")


# "on the iCub's stereo head", "in Rn1 ⊗ Rn2": an owner of a part, or notation, not a data set
_OWNER_OR_MATH_AFTER = re.compile(r"['’]s\b|\s*[⊗×∈=+^]")


def _plural_head(qualified: re.Match) -> bool:
    return qualified.group(1).lower().endswith(("ks", "ts", "corpora"))


def _sets_of_a_kind(name: str, qualified: re.Match, known: bool, left: str) -> bool:
    """'HOI detection benchmarks', 'D2T generation datasets', 'two OOC object detection
    datasets': a task's (or a counted kind's) data sets, not one named set. A number in the
    name marks a named one when the head is singular ('FLORES-101 machine translation
    benchmark')."""
    head = qualified.group(1).lower()
    plural = _plural_head(qualified)
    if plural and _COUNTED_BEFORE.search(left):
        return True
    if known or not plural and (not head.startswith("bench") or any(c.isdigit() for c in name)):
        return False
    qualifier = qualified.group()[:qualified.start(1) - qualified.start()].split()
    return _task_benchmarks(f"{name} {qualifier[-1]}")


# A list that a hardware noun introduces names products ("robots such as Baxter", "devices
# such as the Apple MacBook"), which the paper runs on rather than uses as a method.
_HARDWARE_LIST_BEFORE = re.compile(
    r"\b(?:devices?|robots?|platforms?|hardware|(?:smart)?phones?|GPUs?|CPUs?|sensors?|cameras?|"
    r"vehicles?|drones?|boards?|processors?|chips?|manipulators?|arms?|grippers?|hands?|humanoids?)"
    r"\s*,?\s*\(?(?:such as|including|like|namely|e\.g\.,?)\s*(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
# "Average Path Length Similarity", "Sharpe Ratio": a defined measure, reported not used
_MEASURE_TAIL = re.compile(r" (?:Similarity|Score|Error|Accuracy|Precision|Recall|Index|Ratio|Rate|"
                           r"Coefficient)$", re.IGNORECASE)
# "an ATI Nano17 force/torque sensor", "with MAHRU-R, a humanoid robot": a device the paper runs
# on or measures with, not a method it uses
_HARDWARE_AFTER = re.compile(r"(?:\s+[\w/-]+)?\s+(?:sensors?|robots?|cameras?|grippers?|manipulators?|"
                             r"exoskeletons?|boards?|GPUs?|processors?|chips?)\b|,\s+an?\s+(?:[\w-]+\s+){0,2}"
                             r"(?:robot|sensor|camera|gripper|manipulator|device|platform)\b")
# "we propose ... network, namely EAST-Net", "proposing a CNN, namely Deep Parsing Network": a
# name given to what the sentence introduces is the paper's own
_OWN_APPOSITION = re.compile(r"\b(?:propos\w*|present\w*|introduc\w*|develop\w*|design\w*|our|novel|"
                             r"enhanced)\b[^.;:]*\b(?:namely|i\.e\.|called|named|dubbed|termed),?\s*$",
                             re.IGNORECASE)
_SCORE_NAME = re.compile(r"[A-Z][\w-]+Score")


def is_score_name(name: str) -> bool:
    """'BARTScore', 'CLIPScore': a learned metric named after its model, not that model."""
    return bool(_SCORE_NAME.fullmatch(name))


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_CITATION_AFTER = re.compile(r"\s*(?:\[\d|\(\d{4}\)|et al\b|and [A-Z][a-z]+ (?:\[\d|\(\d{4}\)))")


def classify(text: str, cand: Candidate, sentence_start: int, lexicon: Lexicon) -> Label | None:
    name = cand.text
    if name.lower() in GENERIC_PHRASES or _QUANTITY.match(name) or _NOTATION.match(name):
        return None
    if name in lexicon.metrics or name.lower() in lexicon.metrics_folded:
        return None  # "mAP", "F1-score": what is measured, not a method
    if cand.source in ("titlecase", "acronym-long", "acronym-short") and _MEASURE_TAIL.search(
            cand.partner if cand.source == "acronym-short" else name):
        return None  # "the Average Path Length Similarity (APLS)": a measure, not a method
    if is_score_name(name):
        return None  # "BARTScore", "CLIPScore": a learned metric, what is measured
    if name[1:].islower() and (_POSSESSIVE_AFTER.match(text, cand.end) or
                               _CITATION_AFTER.match(text, cand.end)):
        # "Pearl's do-calculus", "by Pearl [1995]", "Sutton (1984)": a person, whatever shares the name
        return None
    left = text[max(sentence_start, cand.start - 80):cand.start]
    head = right_head(text, cand.end)
    parts = name.split("/")
    if len(parts) > 1 and all(dataset_entry(lexicon, p) for p in parts):
        # "(SVHN/CIFAR-10/CIFAR-100)": known data sets joined by slashes (split when assembled)
        kind = "benchmark" if all(dataset_entry(lexicon, p)[1] == "benchmark" for p in parts) \
            else "dataset"
        return Label(kind, 0.85, "vocab:dataset")
    if cand.source == "hyphcaps":
        if _hyphenated_eponym(name, head) and name not in lexicon.methods and not dataset_entry(lexicon, name):
            return Label("method", 0.7, "head:eponym")
        return _hyphenated_data(text, cand, sentence_start, head, lexicon)
    data_vocab = dataset_entry(lexicon, name)
    if data_vocab is None and cand.source == "vocab-data" and _EDITION.search(name):
        data_vocab = dataset_entry(lexicon, _EDITION.sub("", name))  # "PASCAL VOC 2010"
    method_df = lexicon.methods.get(name, 0)
    if not method_df and cand.source == "vocab-method" and " " in name:
        method_df = lexicon.methods.get(name.split(" ", 1)[1], 0)  # "Mask R-CNN": "R-CNN" is known
    # "principal component analysis (PCA)", "particle swarm optimization": a named algorithm
    # from the corpus-mined phrase vocabulary, written out or defined here
    phrase = cand.partner if cand.source == "acronym-short" else name
    if (cand.source == "vocab-phrase" or cand.source in ("acronym-long", "acronym-short") and
            defined_phrase(phrase_key(phrase), lexicon.method_phrases)) and head not in cues.DATA_HEADS:
        if _OWN_BEFORE.search(left):
            return None  # "the proposed Kalman filter", "a novel genetic algorithm": the paper's own
        if _SPECIAL_CASE_AFTER.match(text, cand.end):
            return None  # "(which contains SGD as a special case)": a relation, not a use
        return Label("method", 0.75, "vocab:phrase")
    if cand.source in ("acronym-long", "acronym-short") and _TASK_TAIL.search(phrase) \
            and not method_df and head not in cues.DATA_HEADS:
        return None
    # "a layered hidden Markov model (LHMM)": a defined variant of a known algorithm
    if cand.source in ("acronym-long", "acronym-short") and head not in cues.DATA_HEADS and \
            ends_with_method_phrase(phrase_key(phrase), lexicon.method_phrases):
        return Label("method", 0.7, "vocab:phrase-variant")

    if cand.source == "titlecase" and name.rsplit(" ", 1)[-1] in _DATA_NAME_TAILS and not data_vocab \
            and not name.lower() in lexicon.tasks and name.count(" ") >= 2 and _THE_BEFORE.search(left):
        # "the Global Terrorism Database", "the Penn Zorb Treebank": a name ending in a data noun
        kind = "benchmark" if name.endswith("Benchmark") else "dataset"
        return Label(kind, 0.75, "titlecase:data")
    if cand.source == "capword" and not data_vocab and not method_df and not MODEL_FAMILY.match(name):
        # "the Salicon benchmark", "the Hough transform": a capitalised word (a person's or
        # place's name) directly before a data or named-method head noun is a name.
        before = text[max(sentence_start, cand.start - 12):cand.start].split()
        if before and not before[-1][:1].islower():
            return None  # "NYU Depth dataset", "Task 7 dataset": the tail of a longer name
        if head in _CAPWORD_DATA_HEADS and not name.endswith(("ian", "ean")) and \
                not (head.startswith("benchmark") and _task_benchmarks(name)):
            return Label("benchmark" if is_benchmark_name(name, head, None) else "dataset", 0.7,
                         f"head:{head}")
        if head in _CAPWORD_METHOD_HEADS and not name.endswith(("ian", "ean")) \
                and name not in _DISTRIBUTIONS:
            return Label("method", 0.7, f"head:{head}")
        if head in _CAPWORD_MODEL_HEADS and _eponym_like(name):
            return Label("method", 0.65, f"head:{head}")  # "a Hopfield network", "Parzen windows"
        if _TOOL_AFTER.match(text, cand.end) and name not in _LANGUAGE_TOOLS:
            return Label("method", 0.7, "head:tool")  # "the Bullet physics engine", "Gazebo simulator"
        return None  # a plain capitalised word needs a vocabulary or a list of names to label it
    # "on EMPATHETICDIALOGUES, which is a widely-used benchmark dataset", "on Foo-7, a large
    # corpus of ...": an apposition right after the name says what it is.
    if (not method_df or data_vocab) and not MODEL_FAMILY.match(name):
        appositive = _DATA_APPOSITIVE.match(text, cand.end)
        if appositive:
            kind = "benchmark" if is_benchmark_name(name, appositive.group(1).lower(),
                                                    data_vocab and data_vocab[1]) else "dataset"
            return Label(kind, 0.8, "head:appositive")
    if head in cues.DATA_HEADS and head not in {"set", "sets", "split", "splits", "collection"}:
        if not data_vocab and (_language_data(name) or head.startswith("benchmark")
                               and _task_benchmarks(name) or name.lower() in lexicon.tasks):
            return None  # ... or "Conversational Question Answering datasets": a task's
        if cand.source == "titlecase" and _POSSESSOR_BEFORE.search(left):
            return None  # "the Bird's Eye View benchmarks": the tail of a longer phrase
        if not data_vocab and head.endswith(("ks", "ts", "corpora")) and _COUNTED_BEFORE.search(left):
            return None  # "on two popular FSSL benchmarks": a task's or a kind's data sets
        if cand.source in ("vocab-phrase", "acronym-long", "acronym-short") and head.startswith("benchmark") \
                and (defined_phrase(phrase_key(phrase), lexicon.method_phrases) or method_df):
            return None  # "than Markov chain Monte Carlo (MCMC) benchmarks": baselines
        kind = "benchmark" if is_benchmark_name(name, head, data_vocab and data_vocab[1]) else "dataset"
        return Label(kind, 0.9, f"head:{head}")
    if (cand.source in ("shape", "vocab-data") and not method_df and not MODEL_FAMILY.match(name)
            and head not in cues.METHOD_HEADS):
        qualified = _DATA_AFTER_WORD.match(text, cand.end)  # "the KITTI odometry benchmark"
        if qualified and not _sets_of_a_kind(name, qualified, bool(data_vocab), left):
            kind = "benchmark" if qualified.group(1).lower().startswith("bench") else "dataset"
            # "the Foo and QXZ speech modeling data sets": a plural head speaks for the whole
            # list before it, so it is strong enough to label the other names in that list
            return Label(kind, 0.8 if _plural_head(qualified) else 0.75, "head:qualified")
    if head in ("environment", "environments") and cand.source == "shape" and not method_df \
            and not MODEL_FAMILY.match(name) and has_inner_capital(name) and not is_acronym(name):
        return Label("dataset", 0.7, "head:environment")  # "the BipedalWalker environment"
    if (head in cues.METHOD_HEADS or head == "-based") and cand.source != "capword":
        if head in _COMPONENT_HEADS and not method_df and not MODEL_FAMILY.match(name) and \
                cand.source in ("titlecase", "acronym-long", "acronym-short"):
            # "a Quadruple Feature Constraints (QFC) module", "alternate-group transformer (AGT)
            # layers": a phrase no vocabulary knows, spelled out before a part noun, is a part
            # the paper builds: a coined sub-component when written in capitals, else no name.
            # (A single known-looking name keeps its use: "UniFormer blocks", "Mamba layers".)
            long = cand.partner if cand.source == "acronym-short" else name
            coined = long[:1].isupper() and " " in long
            return Label("method", 0.6, "proposed-variant") if coined else None
        if head not in ("-based", "implementation", "implementations") and not method_df and \
                not MODEL_FAMILY.match(name) and _OWN_BEFORE.search(left):
            # "our proposed Foo-Driven Contextual BO (FDCBO) method", "we introduce an X module":
            # the paper's own ("we develop a customized X implementation" still uses X)
            return None
        return Label("method", 0.85, f"head:{head}")
    tail = left[-10:]
    scored_on = ("on " in tail or "for " in tail) and _RESULT_BEFORE.search(left)
    # A known data set whose name is also a word, an algorithm's acronym ("bounds on SGD
    # iterates") or its task ("Visual Question Generation for ...") needs a data noun, a data
    # list or a score around it to be the data set.
    needs_context = data_vocab and (data_vocab[2] or " " in name and (
        name.lower() in lexicon.tasks or name.rsplit(" ", 1)[-1].lower() in _BENCHMARKED_TASK_NOUNS))
    data_context = (cues.DATA_BEFORE.search(left) or scored_on or _DATA_NOUN_BEFORE.search(left)
                    or _DATA_LIST_BEFORE.search(left) or _DATA_LIST_CONTINUED.search(left))
    ambiguous = needs_context and (method_df or not data_context)
    if data_vocab and not ambiguous:
        kind = "benchmark" if is_benchmark_name(name, head, data_vocab[1]) else "dataset"
        return Label(kind, 0.85, "vocab:dataset")
    if MODEL_FAMILY.match(name):
        return Label("method", 0.85, "family")
    if scored_on and cand.source == "shape" and not method_df and not _NOUN_AFTER.match(text, cand.end):
        kind = "benchmark" if is_benchmark_name(name, head, None) else "dataset"
        return Label(kind, 0.7, "context:scored-on")
    if method_df and other_expansion(cand, lexicon):
        return None  # "mixed reality (MR)", "multi-armed bandits (MAB)": not the known method
    if method_df and head in _NOT_METHOD_HEADS and " " in name.replace("-", " ") and \
            not any(c.isdigit() for c in name) and all(w[:1].isupper() and w[1:].islower()
                                                      for w in re.split(r"[ -]", name)):
        return None  # "Monte Carlo simulations", "Monte Carlo estimates": a modifier, not a method
    if method_df and (len(name) > 2 or cand.partner or cues.METHOD_BEFORE.search(left)
                      or cues.METHOD_BEFORE_STRONG.search(left)):
        return Label("method", 0.8, "vocab:method")  # two letters ("HD", "CI") need context
    if _DATA_SHAPED.search(name) and cand.source != "titlecase" and not _COMPLEXITY_CLASS.match(name):
        kind = "benchmark" if is_benchmark_name(name, head, None) else "dataset"
        return Label(kind, 0.6, "shape:data")  # "TruthfulQA", "SocialBench", "BBH-Hard"
    # "outperforms the ImageNet ...", "e.g., CIFAR and MNIST": a known data set that words
    # around it make sound like a method is still not one (most often it was pre-trained on).
    known_data = bool(data_vocab) and not method_df
    if not known_data and _defined_as_method(text, cand, left, lexicon):
        return Label("method", 0.7, "context:defined-method")
    if not method_df and not MODEL_FAMILY.match(name) and (
            _HARDWARE_AFTER.match(text, cand.end) or _OWN_APPOSITION.search(left)):
        return None
    if cues.METHOD_BEFORE_STRONG.search(left) or _TOOL_NOUN_BEFORE.search(left, max(0, len(left) - 30)) \
            and not _NOTATION_NAME.fullmatch(name):  # "a model M1": a variable, not a name
        # "inside a numerical simulator Isaac Sim", "the autonomy architecture NeBula"
        return None if known_data else Label("method", 0.7, "context:method")
    weak = cand.source == "titlecase" or len(name) <= 2 or known_data
    if weak:
        if cand.source == "titlecase" and _TITLED_MODEL.search(name) and name.count(" ") >= 2 and \
                not _OWN_BEFORE.search(left) and name.lower() not in GENERIC_PHRASES and \
                name.lower().rstrip("s") not in GENERIC_PHRASES:
            # "through a Conditional Variational Auto-Encoder", "a Restricted Boltzmann
            # Machine": a Title-Case phrase ending in a model noun names a model
            return Label("method", 0.6, "titlecase:model")
        if cand.source == "titlecase" and _titled_procedure(text, cand, left):
            return Label("method", 0.55, "titlecase:procedure")
        return None
    if _DATA_LIST_BEFORE.search(left) and cand.source == "shape" and not method_df:
        return Label("benchmark" if is_benchmark_name(name, head, None) else "dataset", 0.6,
                     "context:data-list")
    # "a simulated benchmark EARL,", "a face identification task (PubFig83)": a name a data
    # noun introduces
    if _DATA_NOUN_BEFORE.search(left) and cand.source == "shape" and not method_df \
            and not _NOUN_AFTER.match(text, cand.end):
        return Label("benchmark" if is_benchmark_name(name, head, None) or "bench" in left[-12:].lower()
                     else "dataset", 0.6, "context:data-noun")
    if cues.METHOD_BEFORE.search(left):
        if not method_df and _HARDWARE_LIST_BEFORE.search(left):
            return None  # "on consumer devices such as the Apple MacBook": hardware, not a method
        if _plain_long_form(cand):
            return None  # "persons with spinal cord injury (SCI)": a weak cue, no method word
        if _NOUN_AFTER.match(text, cand.end) and not _PRODUCT_AFTER.match(text, cand.end) \
                and head not in cues.METHOD_HEADS:
            return None  # "with NiTi coil actuators": it qualifies a thing, names no method used
        return Label("method", 0.6, "context:method-weak")
    # "on X" alone is weak evidence: only for coined-looking single names, never bare acronyms.
    if cues.DATA_BEFORE.search(left) and cand.source == "shape" and not is_acronym(name) \
            and not _language_data(name) and "×" not in name \
            and not _OWNER_OR_MATH_AFTER.match(text, cand.end) \
            and (not _NOUN_AFTER.match(text, cand.end) or _DATA_SOON_AFTER.match(text, cand.end)) \
            and not (_WEAK_DATA_BEFORE.search(left) and not _SET_SHAPED.match(name)):
        kind = "benchmark" if is_benchmark_name(name, head, None) else "dataset"
        return Label(kind, 0.55, "context:data")
    if is_benchmark_name(name, head, None):
        return Label("benchmark", 0.5, "shape:bench")
    if cand.source == "shape" and len(name) >= 4 and has_inner_capital(name) \
            and sum(c.isupper() for c in name) >= 2 and not is_acronym(name):
        return Label("method", 0.45, "shape")
    # (not "camera response functions (CRF)", "Headset Mounted Cameras (HMC)": other things)
    if cand.source == "acronym-long" and lexicon.methods.get(cand.partner, 0) >= 20 \
            and not _no_method_word(name) and not _other_meaning(cand.partner, name, lexicon):
        return Label("method", 0.6, "acronym:vocab")  # an established acronym, defined here
    if cand.source == "acronym-short" and fold(name) in lexicon.methods_folded:
        return Label("method", 0.6, "acronym:vocab")
    return None
