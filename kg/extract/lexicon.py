"""The vocabularies kg ships (kg/data/*.tsv, built from public sources by scripts/build_vocab.py).

Loaded once per process and shared; lookups are dict hits on normalised keys, so matching a
few thousand names costs one pass over each abstract's token n-grams.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def phrase_key(text: str) -> str:
    """Key of a method phrase: 'Monte-Carlo Tree  Search' == 'monte carlo tree search'."""
    return re.sub(r"[\s\-‐–]+", " ", text.lower()).strip()


def ends_with_method_phrase(key: str, phrases: dict[str, str]) -> bool:
    """'layered hidden markov model' ends with the known 'hidden markov model'."""
    words = key.split()
    return any(" ".join(words[k:]) in phrases for k in range(1, len(words) - 1))


def plural_phrase(key: str, phrases: dict[str, str]) -> bool:
    """The plural of a method phrase: 'hidden markov models', 'gaussian processes'."""
    return key.endswith("s") and key[:-1] in phrases or key.endswith("es") and key[:-2] in phrases


def defined_phrase(key: str, phrases: dict[str, str]) -> bool:
    """A method phrase as an acronym definition writes it: 'hidden markov models (HMMs)' names
    the algorithm as surely as the singular does."""
    return key in phrases or plural_phrase(key, phrases)


def fold(text: str) -> str:
    """Case/space/punctuation-insensitive key: 'CIFAR-10' == 'cifar10' == 'Cifar 10'."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[^0-9a-z+]+", "", text)


# "BLEU-1", "ROUGE-L", "ROUGE-SU4": a metric acronym of three letters or more with its order or
# variant.
METRIC_VARIANT = re.compile(r"([A-Za-z]{3,})-(\d{1,2}|[A-Z]{1,2}\d?)")


@dataclass(frozen=True)
class Lexicon:
    datasets: dict[str, tuple[str, str, bool]] = field(default_factory=dict)  # surface -> (canonical, kind, needs_context)
    metrics: dict[str, str] = field(default_factory=dict)  # exact surface -> canonical
    metrics_folded: dict[str, str] = field(default_factory=dict)  # case-insensitive ones
    tasks: dict[str, int] = field(default_factory=dict)  # lower-case task phrase -> corpus df
    methods: dict[str, int] = field(default_factory=dict)  # surface -> corpus df
    methods_folded: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()  # name-shaped but generic (CNN, LLM, ...)
    max_words: int = 6
    first_words: frozenset[str] = frozenset()  # first token of every multi-token surface
    task_first_words: frozenset[str] = frozenset()  # first word of every multi-word task
    # lower-case long forms of named algorithms/models ("orthogonal matching pursuit") -> their
    # acronym; matched case-insensitively, singular only ("genetic algorithms" is a field)
    method_phrases: dict[str, str] = field(default_factory=dict)
    phrase_first_words: frozenset[str] = frozenset()  # first word of every method phrase
    # ... and the last one, as written in a text too ("filters", "filtering"): a quick veto
    phrase_last_words: frozenset[str] = frozenset()
    # lower-cased dataset names that stay distinctive in any casing ("cifar10" -> "CIFAR10",
    # "permuted mnist" -> "Permuted MNIST"): authors write "Cifar10", "permuted MNIST"
    datasets_folded: dict[str, tuple[str, bool]] = field(default_factory=dict)  # -> (surface, has digit)
    datasets_folded_first: frozenset[str] = frozenset()  # their first words
    # acronyms known alone because a method phrase defines them ("RRT") -> that phrase's key
    acronym_phrases: dict[str, str] = field(default_factory=dict)
    # capital stems that known data sets extend with a hyphen ("MIMIC" of "MIMIC-III"): a family
    data_stems: frozenset[str] = frozenset()
    # plurals of the one-word case-insensitive metrics ("runtimes", "latencies") -> canonical
    metric_plurals: dict[str, str] = field(default_factory=dict)

    def knows_metric(self, name: str) -> bool:
        """A metric name the vocabulary knows, in its case ("F1", "mAP") or any ("accuracy"), or
        a known acronym's order or variant ("BLEU-1", "ROUGE-L")."""
        return bool(self.metric_canonical(name)) or self.metric_variant(name)

    def metric_canonical(self, name: str) -> str:
        """The canonical name of a metric the vocabulary knows as written, else ''."""
        return self.metrics.get(name) or self.metrics_folded.get(name.lower(), "")

    def metric_variant(self, name: str) -> bool:
        """"BLEU-1", "ROUGE-SU4": a known metric acronym with its order or variant."""
        variant = METRIC_VARIANT.fullmatch(name) if "-" in name else None
        return bool(variant) and variant.group(1).isupper() and variant.group(1) in self.metrics


# Name-shaped words that are concepts, not named methods or datasets: general ML vocabulary.
BUILTIN_GENERIC = frozenset("""
AI AGI ML DL NLP NLU NLG CV RL DRL IL LLM LLMs LM LMs VLM VLMs MLLM MLLMs LVLM LVLMs CNN CNNs
RNN RNNs GNN GNNs DNN DNNs MLP MLPs GAN GANs VAE VAEs NN NNs ANN SNN SNNs MoE MoEs SOTA SoTA
API APIs GPU GPUs CPU CPUs TPU TPUs IoT AR VR XR MRI fMRI EEG CT PET ECG LiDAR RGB RGB-D SLAM
AutoML NAS HPO KG KGs QA VQA OCR ASR TTS MT NMT NER POS IR RAG ICL SFT RLHF PEFT OOD IID
iid i.i.d PAC ODE ODEs PDE PDEs SDE SDEs KL MSE MAE RMSE AUC ROC FLOPs FLOP GFLOPs TFLOPs
PhD USA US UK EU UN COVID COVID-19 SARS-CoV-2 DNA RNA HTML XML JSON SQL URL ID IDs OS UI UX
L1 L2 L0 RKHS MDP MDPs POMDP POMDPs MAP MLE
DP FL ViTs DTs DT BO GP GPs KD CL TL DA UDA SSL SL CLIP-like LLM-based 2D 3D 4D 5G 6G
KL KL-divergence KL-Divergence
Python Java JavaScript MATLAB Julia C++ CUDA SQL LaTeX Linux Windows Android iOS
OpenAI DeepMind Google Meta Microsoft NVIDIA Nvidia Anthropic Baidu Alibaba Tencent Amazon IBM
Apple Facebook Huawei ByteDance Samsung Intel AMD McAfee GitHub HuggingFace YouTube Twitter
RFID DSLR GUI GUIs CCD CMOS
Reddit Internet English Chinese GenAI STEM OoD ACC
GPS GNSS IMU IMUs Radar RADAR UAV UAVs UGV UGVs AUV AUVs DoF DOF
""".split())


# Field names that look like proper names in Title Case but name no particular method.
GENERIC_PHRASES = frozenset("""
deep learning|machine learning|reinforcement learning|deep reinforcement learning|neural network|
neural networks|deep neural networks|deep neural network|artificial intelligence|
large language models|large language model|language models|language model|foundation models|
foundation model|computer vision|natural language processing|transfer learning|
supervised learning|unsupervised learning|self-supervised learning|federated learning|
meta-learning|meta learning|active learning|continual learning|generative models|
generative ai|graph neural networks|convolutional neural networks|recurrent neural networks|
vision-language models|multimodal large language models|diffusion models|
state space models|knowledge graphs|knowledge graph|convolutional neural network|
recurrent neural network|graph neural network|
artificial neural networks|artificial neural network|
bayesian neural networks|bayesian neural network|spiking neural networks|spiking neural network|
deep convolutional neural networks|deep convolutional neural network|
gaussian process|gaussian processes|gaussian process model|gaussian process models|
importance sampling|backpropagation|back-propagation|monte carlo|monte-carlo|
multilayer perceptron|multilayer perceptrons|multi-layer perceptron|multi-layer perceptrons
""".replace("\n", "").split("|"))


_CASELESS_ONE = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]-?\d+[A-Za-z0-9-]*")  # "CIFAR-10", "ModelNet40"
_CASELESS_QUALIFIED = re.compile(r"[A-Z][a-z]{3,} [A-Z]{3,}")  # "Permuted MNIST"
_CAPITALS_HYPHENED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")  # "COCO-Stuff", "YCB-Video"
_CASELESS_COUNTED = re.compile(r"\d{2,4} [A-Z][a-z]{2,}(?:[A-Z][a-z]+)*")  # "20 NewsGroups"


def _caseless_dataset(surface: str) -> bool:
    """A vocabulary dataset name that no ordinary word spells, whatever its casing: a word of
    >= 3 letters glued to a number, a capitalised qualifier before an acronym, or hyphened words
    with three capitals or more ("COCO-Stuff", "VeRi-Wild"; not "Meta-World")."""
    return bool(_CASELESS_ONE.fullmatch(surface) and sum(c.isalpha() for c in surface) >= 3
                or _CASELESS_QUALIFIED.fullmatch(surface) or _CASELESS_COUNTED.fullmatch(surface)
                or _CAPITALS_HYPHENED.fullmatch(surface) and _capitals(surface) >= 3)


def _capitals(word: str) -> int:
    return sum(c.isupper() for c in word)


_SUBSET_PREFIX = re.compile(r"(?:[Mm]ini|[Tt]iny)-(?=[A-Z])")


def dataset_entry(lexicon: "Lexicon", surface: str) -> tuple[str, str, bool] | None:
    """The vocabulary entry for a dataset name as written, casing aside where that is safe:
    any casing for a name with a number ('Cifar10'), a lower-case first letter only for a
    qualified acronym ('permuted MNIST')."""
    hit = lexicon.datasets.get(surface)
    if hit is None and (subset := _SUBSET_PREFIX.match(surface)):
        # "mini-WebVision", "Tiny-Kinetics": a known data set's subset is data, a set of its own
        if known := dataset_entry(lexicon, surface[subset.end():]):
            return surface, known[1], known[2]
    if hit is None and lexicon.datasets_folded:
        known = lexicon.datasets_folded.get(surface.lower())
        if known and (known[1] or known[0][1:] == surface[1:]
                      # "COCO-stuff", "Pascal-Part": a hyphened name still written as a name
                      or "-" in surface and surface[0].isupper() and _capitals(surface) >= 2):
            hit = lexicon.datasets.get(known[0])
    return hit


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


# An algorithm's acronym must stand for it in this many corpus definitions to be known alone.
_ACRONYM_MIN_DEFS = 8


def acronym_phrases(phrase_rows) -> dict[str, tuple[str, int]]:
    """Acronym -> (its method phrase's key, number of definitions), for acronyms that are
    known alone: >= 3 characters ("TS", "PF" are too ambiguous), defined often enough."""
    return {row["short"]: (phrase_key(row["phrase"]), int(row.get("df") or 0)) for row in phrase_rows
            if len(row["short"]) > 2 and int(row.get("df") or 0) >= _ACRONYM_MIN_DEFS
            and row["short"] not in BUILTIN_GENERIC}


def _named_acronyms(methods: dict[str, int], generic: frozenset[str], named) -> tuple[dict[str, int], frozenset[str]]:
    """An acronym whose usual long form is a known algorithm ("SGD", "RRT", "PCA" -> "principal
    component analysis", "SVM", "MPC") names that algorithm wherever it is written, like any
    vocabulary name, even when the generic-term mining filed it with field words ("analysis",
    "machines" in the plural)."""
    methods = dict(methods)
    for short, (_, df) in named.items():
        methods.setdefault(short, df)
    return methods, generic - set(named) - {s + "s" for s in named}


def last_words(phrase_keys) -> frozenset[str]:
    """Last words of method phrase keys, with the plural and the "-ing" procedure noun."""
    last = {k.split()[-1] for k in phrase_keys}
    return frozenset(last | {w + "s" for w in last} | {w + "es" for w in last} | {w + "ing" for w in last})


def singular_words(key: str) -> str:
    """'principal components analysis' == 'principal component analysis'."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in key.split())


_NAME_NUMBER = re.compile(r"([A-Za-z][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*[A-Za-z])[- ](\d+[KkMm]?)")
# (not a year: "VOC2007" is read as an edition, "Pascal VOC 2007")
_GLUED_NUMBER = re.compile(r"([A-Z][A-Za-z]*[A-Z][a-z]*)(?!(?:19|20)\d\d$)(\d{2,4})")
_NUMBER_THEN_NAME = re.compile(r"(\d{2,4})([A-Z]{1,3}|[A-Z][a-z]+(?:[A-Z][a-z]+)*)")
_HYPHENATED_NAME = re.compile(r"[A-Z][A-Za-z0-9]+(?:-(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{2,})+")  # no "Wizard-of-Oz"


_CAPITALISED_PAIR = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
_EDITION = re.compile(r"(\S.*?)([ -])((?:19|20)\d\d)")
_FIRST_EDITION, _LAST_EDITION = 1990, 2030
_VERSION_SUFFIX = re.compile(r"(\S.* v)(\d+)(\.0)?")


# A family the leaderboards list only member by member ("Atari 2600 Breakout", "BSD68 sigma15"):
# a capitalised prefix of at least this many names, nearly all of one data set
_FAMILY_PREFIX = re.compile(r"[A-Z][A-Za-z0-9]*(?: [A-Za-z0-9]+)?")
_FAMILY_MIN_MEMBERS, _FAMILY_AGREEMENT = 10, 0.9


def _add_leaderboard_families(datasets: dict) -> None:
    """Know "Atari 2600 games" and "the Atari domain" by the name of the family (which needs a
    data cue like any short name): the vocabulary has only its members."""
    members: dict[str, list] = {}
    for surface, value in datasets.items():
        words = surface.split()
        for k in (1, 2):
            if len(words) > k:
                members.setdefault(" ".join(words[:k]), []).append(value)
    for prefix, values in sorted(members.items()):
        if len(values) < _FAMILY_MIN_MEMBERS or prefix in datasets or not _FAMILY_PREFIX.fullmatch(prefix):
            continue
        canonical, count = Counter(value[0] for value in values).most_common(1)[0]
        if count >= _FAMILY_AGREEMENT * len(values):
            kind = next(value[1] for value in values if value[0] == canonical)
            datasets[prefix] = (canonical, kind, True)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    datasets = {}
    for row in _rows("datasets.tsv"):
        value = (row["canonical"], row.get("kind", "dataset"), row.get("needs_context", "0") == "1")
        datasets[row["surface"]] = value
    _add_leaderboard_families(datasets)
    # "ILSVRC 2014" is an edition of the challenge the vocabulary knows as "ILSVRC 2015": a name
    # known with a year is known with any other (the family's canonical name, or the edition's own)
    for surface, (canonical, kind, needs_context) in list(datasets.items()):
        if edition := _EDITION.fullmatch(surface):
            own = canonical == surface
            # "PASCAL VOC2007": a qualified acronym and its year are also written together (not
            # "ILSVRC2012" alone, which "Image Net ILSVRC2012" writes inside a longer name)
            glued = edition[2] == " " and re.search(r"\S\s+[A-Z]{2,}$", edition[1])
            for year in range(_FIRST_EDITION, _LAST_EDITION + 1):
                other = f"{edition[1]}{edition[2]}{year}"
                datasets.setdefault(other, (other if own else canonical, kind, needs_context))
                if glued:
                    datasets.setdefault(f"{edition[1]}{year}", (other if own else canonical, kind,
                                                                 needs_context))
    # "Fashion MNIST", "Kinetics 400": a hyphenated name is also written with a space, and so is
    # a name with its number glued on ("BSDS 300", "ModelNet 40")
    for surface, value in list(datasets.items()):
        if " " not in surface and _HYPHENATED_NAME.fullmatch(surface):
            datasets.setdefault(surface.replace("-", " "), value)
        elif glued := _GLUED_NUMBER.fullmatch(surface):
            datasets.setdefault(f"{glued[1]} {glued[2]}", value)
        elif leading := _NUMBER_THEN_NAME.fullmatch(surface):
            # "300W" is written "300-W", "20NewsGroups" "20 Newsgroups": the count set apart
            datasets.setdefault(f"{leading[1]}{'-' if leading[2].isupper() else ' '}{leading[2]}", value)
    # "VQA v2" is also written "VQA v2.0", and "VisDial v1.0" "VisDial v1"
    for surface, value in list(datasets.items()):
        if version := _VERSION_SUFFIX.fullmatch(surface):
            datasets.setdefault(version[1] + (version[2] if version[3] else version[2] + ".0"), value)
    datasets_folded = {}
    for surface in datasets:
        if _caseless_dataset(surface):
            datasets_folded.setdefault(surface.lower(), (surface, any(c.isdigit() for c in surface)))
    # "MovieLens10M", "Kinetics400", "COCO2017": a name and its number glued together
    for surface in list(datasets):
        if glued := _NAME_NUMBER.fullmatch(surface):
            datasets_folded.setdefault((glued[1] + glued[2]).lower(), (surface, True))
    metrics, metrics_folded = {}, {}
    for row in _rows("metrics.tsv"):
        surface = row["surface"]
        if row.get("case_sensitive", "0") == "1" or len(surface) <= 5 or any(
                c.isupper() for c in surface[1:]):
            metrics[row["surface"]] = row["canonical"]
        else:
            metrics_folded[row["surface"].lower()] = row["canonical"]
    tasks = {row["task"].lower(): int(row.get("df") or 0) for row in _rows("tasks.tsv")}
    for row in _rows("task_phrases.tsv"):  # tasks that corpus titles name, beyond PwC's
        tasks.setdefault(row["task"].lower(), int(row.get("df") or 0))
    methods = {row["surface"]: int(row.get("df") or 0) for row in _rows("methods.tsv")}
    # "Expectation Maximization", "Actor Critic": a hyphenated pair of capitalised words is also
    # written with a space
    for surface, df in list(methods.items()):
        if _CAPITALISED_PAIR.fullmatch(surface):
            methods.setdefault(surface.replace("-", " "), df)
    generic_path = DATA_DIR / "generic_terms.txt"
    generic = frozenset(
        line.strip() for line in generic_path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ) if generic_path.exists() else frozenset()
    generic = generic | BUILTIN_GENERIC
    # "LIDAR" is "LiDAR", "AUTOML" "AutoML"; not for plurals ("VITS" is a model, "ViTs" generic)
    generic = generic | {g.upper() for g in generic
                         if not g.endswith("s") and any(c.islower() for c in g[1:])}
    # ... and an acronym's plural is as generic as it is ("SOTAs", "APIs")
    generic = generic | {g + "s" for g in generic if len(g) >= 2 and g[-1].isupper()}
    method_phrases = {}
    phrase_tokens = set()  # first tokens as written: "non-negative", "rapidly-exploring"
    for row in _rows("method_phrases.tsv"):
        phrase = phrase_key(row["phrase"])
        method_phrases[phrase] = row["short"]
        phrase_tokens.add(row["phrase"].split()[0].lower())
    named = acronym_phrases(_rows("method_phrases.tsv"))
    methods, generic = _named_acronyms(methods, generic, named)
    surfaces = list(datasets) + list(methods) + list(metrics) + list(metrics_folded) + list(method_phrases)
    first_words = frozenset(s.split()[0].lower() for s in surfaces if s.split()) | phrase_tokens
    task_first_words = frozenset(t.split()[0] for t in tasks if " " in t)
    max_words = max([6] + [len(p.split()) for p in method_phrases])
    return Lexicon(datasets, metrics, metrics_folded, tasks, methods,
                   frozenset(fold(m) for m in methods), generic, max_words=max_words,
                   first_words=first_words, task_first_words=task_first_words,
                   method_phrases=method_phrases,
                   phrase_first_words=frozenset(p.split()[0] for p in method_phrases),
                   phrase_last_words=last_words(method_phrases),
                   datasets_folded=datasets_folded,
                   datasets_folded_first=frozenset(k.split()[0] for k in datasets_folded),
                   acronym_phrases={short: key for short, (key, _) in named.items()},
                   data_stems=frozenset(stem for stem, _, rest in (s.partition("-") for s in datasets)
                                        if rest and " " not in stem and len(stem) >= 3 and stem.isupper()
                                        and stem not in generic),
                   metric_plurals={(w[:-1] + "ies" if w.endswith("y") else w + "s"):
                                   metrics.get(w) or canonical
                                   for w, canonical in metrics_folded.items()
                                   if " " not in w and " " not in canonical})
