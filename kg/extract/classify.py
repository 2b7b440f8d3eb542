"""Decide what a candidate name is (method, dataset, benchmark, or nothing) from its shape,
the vocabularies and the words around it. Pure functions over text and offsets.

``classify`` runs a cascade of small steps over one candidate's ``Context``: the method steps
are here, the data set and benchmark steps in ``kg.extract.classify_data``. Each step returns a
Label, REJECT (not an entity: stop), or None (no opinion: ask the next step)."""

from __future__ import annotations

import re

from kg.extract import classify_data as data
from kg.extract import cues
from kg.extract.candidates import Candidate
from kg.extract.families import MODEL_FAMILY, family_named
from kg.extract.labels import REJECT, Context, Label, Verdict
from kg.extract.lexicon import (GENERIC_PHRASES, Lexicon, dataset_entry, defined_phrase,
                                ends_with_method_phrase, fold, phrase_key, singular_words)
from kg.extract.shapes import EDITION_YEARS, has_inner_capital, is_acronym, is_name_shaped

__all__ = ["Label", "classify", "is_metric_like", "is_score_name", "other_expansion", "right_head"]

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _next_words(text: str, end: int, n: int = 2) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[end:end + 40])[:n]]


_PAREN_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
# "a Markov Decision Process based approach": older abstracts write the cue apart ("X based on
# Y" says instead what X is built on; "X based Feature Hallucinator" and titles, "Virtual Region
# based Path Planning", coin a longer name)
_BASED_AFTER = re.compile(r" based\s+(?!on\b)[a-z]")


_CLOSING_QUOTES = frozenset("'’\"”")


# An open bracket whose contents so far are a list: "(AGIEval, " or "(BBH and ".
_PAREN_LIST_BEFORE = re.compile(r"\([^()]*(?:,\s|\sand\s)[^()]*$")


# One lower-case modifier between a coined name and the kind of method it is
_MODIFIED_HEAD = re.compile(r" (?!and\b|or\b|is\b|are\b|was\b|were\b|has\b|in\b|on\b|of\b|to\b)"
                            r"[a-z]{3,} (algorithm|optimizer|solver)s?\b")


def _camel_case(word: str) -> bool:
    return is_name_shaped(word) and any(c.islower() for c in word) and has_inner_capital(word)


def right_head(text: str, end: int) -> str:
    """The word after a name, past an acronym in brackets: 'Heavy Ball (HB) method' -> method,
    and past the closing quote of a quoted name: "the ‘Open Zorb’ dataset" -> dataset."""
    if text[end:end + 1] in _CLOSING_QUOTES and text[end + 1:end + 2] == " ":
        end += 1
    paren = _PAREN_AFTER.match(text, end)
    if paren:
        end = paren.end()
    elif text.startswith(") ", end) and _PAREN_LIST_BEFORE.search(text, max(0, end - 120), end):
        end += 1  # the last of a bracketed list: "out-of-domain (AGIEval, ARC) datasets"
    words = _next_words(text, end)
    if len(words) == 2 and " ".join(words) in cues.DATA_HEADS:
        return " ".join(words)
    if _BASED_AFTER.match(text, end):
        return "-based"
    if (coined := _MODIFIED_HEAD.match(text, end)) and _camel_case(text[:end].rsplit(None, 1)[-1]):
        return coined.group(1).lower()  # "the PushSum gossip algorithm" (not "the PD control algorithm")
    return words[0] if words and text[end:end + 1] in " -" else ""


# A number with a unit or a lower-case word is a quantity, not a name: "4-DoF", "2D/3D",
# "512-bits", "15FPS", "50-fold", "1-8-bit", "sub-2-bit".
# ... "128x128": a resolution, "8K-token": a size.
_QUANTITY = re.compile(r"^(?:sub-|near-)?\d[\d.,-]*(?:[KMB]-[a-z][a-z-]*|-?[a-z][a-z-]*|"
                       r"-?(?:D|DoF|DOF|FPS|fps)(?:/\d+D)?(?:-[a-z]+)?)$|^\d+\s*[x×]\s*\d+(?:\s*[x×]\s*\d+)?$")
# Big-O bounds, multipliers and ratios are notation, not names: "O(1/T", "O(NGD", "x2", "×3",
# "1-to-1", "3x-5x".
_NOTATION = re.compile(r"^(?:O\(|[x×]\d+(?:\.\d+)?$|\d+-to-\d+$|"
                       r"\d+(?:\.\d+)?[x×](?:[-–]\d+(?:\.\d+)?[x×])?$)")
_DISTRIBUTIONS = frozenset({"Bernoulli", "Poisson", "Uniform", "Random", "Importance", "Multinomial"})
_CAPWORD_METHOD_HEADS = frozenset({"algorithm", "filter", "transform", "sampling", "sampler",
                                   "smoothing", "smoother", "filtering", "decomposition",
                                   "method", "optimizer", "layer"})
_SPECIAL_CASE_AFTER = re.compile(r"\s*(?:\([A-Z][\w-]*\)\s*)?(?:as|is|are)\s+(?:a\s+|the\s+)?"
                                 r"(?:special|particular|limiting)\s+cases?\b")
_OWN_BEFORE = re.compile(r"\b(?:proposed|our|novel|new|modified|improved|(?:we\s+)?(?:propose|present|"
                         r"introduce|develop|design)[sd]?\s+(?:a|an)|(?:propos|present|introduc|develop|"
                         r"design)ing\s+(?:a|an))\s+(?:(?!of\b)[\w-]+\s+){0,2}$",
                         re.IGNORECASE)


# "with C3D features", "using the RoboEarth system", "LSTM with NARX achieved": what a model
# outputs, a system noun, or a verb after the name leaves it the method used.
_PRODUCT_AFTER = re.compile(r"\s+(?:[a-z]+ed\b|(?:features|representations|outputs|predictions|"
                            r"activations|system|systems)\b)")


# "(73.3% Hits@1)", "46.5% PQ", "FPR 0.95", "MRR@10": a measure, whatever list it stands in.
_AFTER_NUMBER = re.compile(r"\d\s*%?\s*$")
_METRIC_SHAPED = re.compile(r"^[A-Za-z][\w-]*@\d+$|^[A-Z]{2,5}(?:@|\s+)0?\.\d+%?$")


def is_metric_like(text: str, cand: Candidate, lexicon: Lexicon) -> bool:
    name = cand.text
    return (lexicon.knows_metric(name) or bool(_METRIC_SHAPED.match(name))
            or bool(len(name) <= 6 and _AFTER_NUMBER.search(text, max(0, cand.start - 8), cand.start)))


# The nouns a known method's name qualifies without being the method used: the runs or
# outputs of a procedure ("Monte Carlo simulations").
_NOT_METHOD_HEADS = frozenset({"simulation", "simulations", "sample", "samples", "estimate",
                               "estimates", "experiment", "experiments", "trial", "trials",
                               "run", "runs", "test", "tests"})
# Mathematical objects an eponym or a method's name qualifies: "the Haar measure", "a
# PAC-Bayesian bound", "the Gauss-Newton matrix", "the Nth Bell number" name no method used.
_MATH_OBJECT_HEADS = frozenset({"measure", "measures", "bound", "bounds", "matrix", "matrices",
                                "number", "numbers", "inequality", "inequalities", "theorem",
                                "lemma", "conjecture", "distribution", "distributions", "norm"})
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
_PROCEDURE_WORDS = (r"Pursuit|Decomposition|Descent|Sampling|Sampler|Selector|Filter|"
                    r"Filtering|Minimi[sz]ation|Perturbation|Propagation|Annealing|"
                    r"Clustering|Adjustment|Factori[sz]ation|Lasso|Normali[sz]ation|Pooling|"
                    r"Squares|Search|Update|Iteration|Regression")
_TITLED_PROCEDURE = re.compile(r" (?:" + _PROCEDURE_WORDS + r")s?$")
# ... and, when used, the procedures named like the problem they solve ("Bayesian Optimization")
_TITLED_USED_PROCEDURE = re.compile(r" (?:Optimi[sz]ation|" + _PROCEDURE_WORDS + r")s?$")


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


def _titled_procedure(text: str, cand: Candidate, left: str, lexicon: Lexicon,
                      long: str | None = None) -> bool:
    long = long or cand.text
    if not _TITLED_PROCEDURE.search(long) or _OWN_BEFORE.search(left) or long.lower() in lexicon.tasks:
        return False  # ("Neural Architecture Search" is the problem, not one procedure)
    return _few_capitals(text)


def _few_capitals(text: str) -> bool:
    """Capitals mean something here: not a title or a Title-Case heading."""
    words = _WORD.findall(text)
    return sum(w[0].isupper() for w in words) * 3 < len(words)


# "three competing methods: BanditNet, ...", "state-of-the-art unsupervised methods, PromptRank":
# a name in apposition to other people's methods is one of them
_KIND_APPOSITION_BEFORE = re.compile(
    r"\b(?:competing|existing|baseline|state-of-the-art|previous|prior|strong|other|recent|popular|"
    r"(?:un|semi-|self-)?supervised)\s+(?:[\w-]+\s+)?(?:methods|baselines|approaches|algorithms|models)"
    r"\s*[:,]\s*$", re.IGNORECASE)
# "A fast unsupervised clustering technique, Principal Direction Divisive Partitioning (PDDP), is
# used": a kind of procedure the sentence names (not the paper's own: "a novel method, X")
_KIND_OF_PROCEDURE_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:technique|algorithm|procedure|solver|classifier)\s*,\s*$",
    re.IGNORECASE)
# "an approach known as Noise2Noise", "The standard classifier is known as the Plug in
# Classifier", "a reinforcement learning method named Regularized Fitted Q-Iteration": the name a
# kind of procedure goes by
_KIND_KNOWN_AS_BEFORE = re.compile(
    r"\b(?:method|algorithm|approach|technique|procedure|heuristic|filter|estimator|"
    r"strategy|scheme|solver|classifier|network)s?\s*(?:,\s*|\(\s*|\s+(?:is|are)\s+)?"
    r"(?:(?:also|commonly|often|usually|sometimes|widely|popularly)\s+)?"
    r"(?:known\s+as|referred\s+to\s+as|called|named|termed|dubbed)\s+(?:the\s+)?$", re.IGNORECASE)
# ... what makes it the paper's own, besides an introducing verb (cues.INTRODUCING_WORD)
_CLAIMED = re.compile(r"\b(?:our|new|novel|call\w*|nam\w*|defin\w*|contribution|extended|first|second|"
                      r"third)\b", re.IGNORECASE)
# "many classifiers including Naive Bayes", "sketching techniques such as Frequent Directions":
# a name that opens a list of a kind of method is one (a capitalised word needs this much)
_KIND_LIST_BEFORE = re.compile(cues.KIND_LIST_OPENER + "$", re.IGNORECASE)
# "using three open-source face recognition solutions, SphereFace, ArcFace, and FaceNet": a
# counted kind of method, then its members
_COUNTED_KIND_LIST = re.compile(r"\b" + cues.COUNT + r"\s+(?:[\w-]+\s+){0,4}?(?:" +
                                cues.METHOD_KINDS + r"|solutions)\s*[,:]\s*$", re.IGNORECASE)


# The comparison half of the strong method cues (here without "a"/"an" before the name)
_COMPARISON_BEFORE = re.compile(
    r"(?:" + cues.COMPARISON + r")\s+(?:(?:the|both|state-of-the-art|strong|popular|existing)\s+){0,2}$",
    re.IGNORECASE)


# "the baselines are A, B and C", "two baselines, A and B", "baseline A": the other side of a
# comparison, named as such
_BASELINES_BEFORE = re.compile(r"\bbaselines?\s*(?:[:,(]\s*|(?:are|include|including|such as)\s+)?$",
                               re.IGNORECASE)
# "a state-of-the-art pre-trained deep-learning method (FCOS)": a name in brackets after a kind
# of method names that method, unless the clause makes it the paper's own ("a new variance-reduced
# method (L-SVRGDA)"). An acronym spelling the words before it is a definition, not this.
_KIND_BRACKET_BEFORE = re.compile(r"^(?!.*\b(?:our|new|novel|proposed)\b).*\b(?:method|model|"
                                  r"detector|tracker|algorithm|architecture|baseline|classifier|"
                                  r"planner|solver|backbone|network|approach)\s*\(\s*$", re.IGNORECASE)
# "Zorbit and its variants", "BERT and its many extensions": a name others build on is a method
_VARIANTS_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+and\s+(?:its|their)\s+(?:many\s+|numerous\s+|"
                             r"various\s+|recent\s+)?(?:variants|variations|extensions|successors|"
                             r"derivatives)\b")


def _coined_hyphenated(name: str) -> bool:
    """'TP-QRS-Lite': hyphenated capitalised parts, one an acronym, none a describing prefix."""
    parts = name.split("-")
    return parts[0] not in cues.HYPHEN_PREFIXES and any(sum(c.isupper() for c in p) >= 2 for p in parts)


def _titled_long(cand: Candidate) -> bool:
    """A long form of two or more words, each capitalised but for small linking words."""
    long = cand.partner if cand.source == "acronym-short" else cand.text
    words = [w for w in re.split(r"[\s-]+", long) if w not in ("of", "and", "for", "the", "to", "in", "on")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


# A spelled-out known acronym with a method word inside ("alternating direction method of
# multipliers") or one of these heads ("long short-term memories (LSTMs)") names a procedure.
# (Not _METHOD_TAIL_EXTRA's "program"/"positioning": "linear program (LP)" is a problem class.)
_INNER_METHOD_WORD = re.compile(r"\b(?:method|algorithm)s?\s+(?:of|for)\b")
_KNOWN_KIND_TAIL = re.compile(r"(?:minimi[sz]ation|maximi[sz]ation|bound|memories|regulat(?:ion|or)|"
                              r"smoothing|coding|mapping|strateg(?:y|ies)|selection)$")
_METHOD_TAIL_EXTRA = re.compile(r"(?:minimi[sz]ation|maximi[sz]ation|positioning|program|bound)s?$")
# ("the backbone model TextDiffuser", "a multi-target network CenterNet": a kind noun names what follows)
_TOOL_NOUN_BEFORE = re.compile(r"(?<!our )(?<!new )(?<!novel )(?<!proposed )\b(?:simulator|architecture|library|"
                               r"toolkit|toolbox|renderer|software|solver|planner|engine|middleware|backbone|baseline|"
                               r"network|model)\s+$")
# ... of which the software nouns speak for a plain capitalised word too ("the auto-differentiation
# toolbox Chumpy"; not "the video hosting platform Behance", "the model Alice")
_SOFTWARE_NOUN_BEFORE = re.compile(r"(?<!our )(?<!new )(?<!novel )(?<!proposed )\b(?:simulator|library|toolkit|software|"
                                   r"toolbox|renderer|solver|middleware)\s+$")
# "the Bullet physics engine", "the Gazebo simulator", "the Drake toolbox": a capitalised word
# before a software noun names the software the paper runs ("Python library" says only what a
# library is written in)
_TOOL_AFTER = re.compile(r"[ -](?:(?:physics|game|rendering|robot|robotics|dynamics)\s+)?"
                         r"(?:engine|simulator|toolbox|toolkit|library|middleware|solver|software|renderer)s?\b")
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
    """A long form of lower-case words ending in no method word ("-based" set aside); a
    language's name is capitalised as any adjective of it ("Chinese spelling correction")."""
    long = _BASED.sub("", long)
    first, _, rest = long.partition(" ")
    if rest and first in cues.LANGUAGES:
        long = rest
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


def _known_spelling(short: str, key: str, lexicon: Lexicon) -> bool:
    """'particle swarm optimizer (PSO)' for 'particle swarm optimization': each word of the long
    form (its phrase key) is a word of the acronym's known expansion or shares its stem (first
    five letters)."""
    known = lexicon.acronym_phrases.get(short)
    if not known or not _spells(short, key):
        return False
    stems = {w[:5] for w in known.split()}
    return all(w[:5] in stems for w in key.split())


def _spells(short: str, long: str) -> bool:
    letters = re.sub(r"[^a-z]", "", short.lower())
    return letters in ("".join(w[0] for w in long.lower().split()),
                       "".join(w[0] for w in re.split(r"[\s-]+", long.lower()) if w))


def other_expansion(cand: Candidate, lexicon: Lexicon) -> bool:
    """A known acronym that this paper defines as something other than a method: its long form
    is all lower case, ends in no method word and is no known method ("multi-armed bandits
    (MAB)"; not "iterative closest point (ICP)" or "particle swarm optimization-based (PSO)")."""
    if cand.source == "acronym-short" and (
            _other_meaning(cand.text, cand.partner, lexicon)
            # ... or a task it names ("Sentiment analysis (SA)", not simulated annealing; but
            # "model predictive control (MPC)" is also a method the phrase vocabulary knows)
            or cand.partner.lower() in lexicon.tasks
            and phrase_key(cand.partner) not in lexicon.method_phrases):
        return True
    if not (cand.source == "acronym-short" and _lower_case_non_method(cand.partner)
            and not any(c.isdigit() for c in cand.text)):
        return False
    if _INNER_METHOD_WORD.search(cand.partner) or _KNOWN_KIND_TAIL.search(cand.partner):
        # "alternating direction method of multipliers (ADMM)", "empirical risk minimization
        # (ERM)", "upper confidence bound (UCB)": the known method, spelled out
        return False
    partner = _BASED.sub("", cand.partner)
    key, folded = phrase_key(partner), fold(partner)
    return not (key in lexicon.method_phrases
                or ends_with_method_phrase(key, lexicon.method_phrases)
                or folded in lexicon.methods_folded or folded[:-1] in lexicon.methods_folded
                or _known_spelling(cand.text, key, lexicon))  # "particle swarm optimizer (PSO)"


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
# "we evaluate the proposed X on two popular benchmarks, i.e., Sub-JHMDB and ...": what a data
# noun names is data the paper uses, whatever the sentence said it proposes
_DATA_RENAMED = re.compile(r"\b(?:datasets?|data sets?|benchmarks?|corpora|corpus|databases?)\s*,?\s*"
                           r"(?:namely|i\.e\.|called|named|dubbed|termed),?\s*$", re.IGNORECASE)
_SCORE_NAME = re.compile(r"[A-Z][\w-]+Score")


def is_score_name(name: str) -> bool:
    """'BARTScore', 'CLIPScore': a learned metric named after its model, not that model."""
    return bool(_SCORE_NAME.fullmatch(name))




def classify(text: str, cand: Candidate, sentence_start: int, lexicon: Lexicon) -> Label | None:
    """The label of the first step with an opinion; None when a step rejects the name or no
    step speaks for it."""
    if _not_a_name(text, cand, lexicon):
        return None
    context = _context(text, cand, sentence_start, lexicon)
    for step in _STEPS:
        verdict = step(context)
        if verdict is not None:
            return None if verdict is REJECT else verdict
    return None


def _context(text: str, cand: Candidate, sentence_start: int, lexicon: Lexicon) -> Context:
    name = cand.text
    left = text[max(sentence_start, cand.start - 80):cand.start]
    data_vocab = data.vocabulary_entry(name, cand.source, lexicon)
    method_df = lexicon.methods.get(name, 0)
    if not method_df and cand.source == "vocab-method" and " " in name:
        method_df = lexicon.methods.get(name.split(" ", 1)[1], 0)  # "Mask R-CNN": "R-CNN" is known
    return Context(text, cand, sentence_start, lexicon, name, left, right_head(text, cand.end),
                   data_vocab, method_df,
                   cand.partner if cand.source == "acronym-short" else name,
                   data.is_scored_on(left), bool(data_vocab) and not method_df)


# A unit, alone or after its number: "1kHz", "(1 kHz) sampling", "GB"; a rate after its number
# ("80km/h", "2.17g/W"); a count with a plus ("1.2M+ images", "300mil+"); a pair of
# dimensions ("2D-3D correspondences").
_UNIT = re.compile(r"^(?:\d[\d.,]*\s*)?(?:[kMGT]?Hz|dB|[kMGT]B|[kMG]?W|fps|FPS)$|"
                   r"^\d[\d.,]*(?:[a-zA-Zµμ]{1,3}/[a-zA-Z]{1,3}|[a-zA-Z]{0,3}\+)$|^\dD-\dD$")


# "in November 2023, GPT-4 achieved ...", "As of March 2024": when, not who
_DATE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
                   r"\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d$")


def is_quantity(name: str) -> bool:
    """'50-fold', '4-DoF', '128x128', 'x2', '1kHz', 'March 2024': a quantity, unit, notation or
    date, never a name."""
    return bool(_QUANTITY.match(name) or _NOTATION.match(name) or _UNIT.match(name) or
                _DATE.match(name))


def _not_a_name(text: str, cand: Candidate, lexicon: Lexicon) -> bool:
    name = cand.text
    if name.lower() in GENERIC_PHRASES or is_quantity(name):
        return True
    if lexicon.knows_metric(name):
        return True  # "mAP", "F1-score": what is measured, not a method
    if cand.source in ("titlecase", "acronym-long", "acronym-short") and _MEASURE_TAIL.search(
            cand.partner if cand.source == "acronym-short" else name):
        return True  # "the Average Path Length Similarity (APLS)": a measure, not a method
    if is_score_name(name):
        return True  # "BARTScore", "CLIPScore": a learned metric, what is measured
    # "Pearl's do-calculus", "by Pearl [1995]", "Sutton (1984)": a person, whatever shares the name
    # (a surname has no digits: "Foo-256 [15]" is a cited data set's edition)
    return name[1:].islower() and not any(ch.isdigit() for ch in name) and bool(
        cues.POSSESSIVE_AFTER.match(text, cand.end) or cues.CITATION_AFTER.match(text, cand.end))


# --- method steps -----------------------------------------------------------------------------

# "using Recursive Channel Elimination (RCE) [11]", "12% for Speaker-Follower [14]": a numbered
# reference right after a name points to the paper that made it, so the name is someone else's
# method. (A data set is cited the same way: the data vocabulary, a data head or "on X" keep it.)
_NUMBERED_CITATION_AFTER = re.compile(r"(?:\s*\([A-Za-z][\w-]*\))?\s*(?:\[\d+(?:\s*[,\u2013-]\s*\d+)*\]|"
                                      # "Mirror-Prox (Juditsky et al., 2011)", "DBM (Yu & Cohen, 2008)":
                                      # an author-year reference points the same way
                                      # (a surname, not "the Challenge 2014 (LAP 2014)": an edition's year)
                                      r"[(\[]\s*[A-Z][a-z][\w'-]*(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'-]+)?,?\s+"
                                      r"(?:19|20)\d\d[a-z]?(?:\s*[;,][^()\[\]]*)?[)\]])")
_CITABLE_SOURCES = frozenset({"shape", "titlecase", "hyphcaps", "acronym-long", "acronym-short"})
_ON_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")


def _cited(c: Context) -> Verdict:
    if c.cand.source not in _CITABLE_SOURCES or not _NUMBERED_CITATION_AFTER.match(c.text, c.cand.end):
        return None
    if c.data_vocab or c.head in cues.DATA_HEADS or _ON_BEFORE.search(c.left) or \
            data.after_data_noun(c) or c.name.lower() in c.lexicon.tasks or _OWN_BEFORE.search(c.left) or \
            cues.TASK_TAIL.search(c.phrase) or _no_method_word(c.name) or \
            data.is_benchmark_name(c.name, c.head, None) or \
            c.cand.source == "acronym-long" and sum(ch.isupper() for ch in c.cand.partner) < 2:
        # "lost monthly revenue is considered (Luna, 1998)": the source of a claim; "... introduced
        # by (Shamir, 2015)": an author's name read as an acronym; "the Foo Challenge [1]": a
        # cited benchmark
        return None
    return Label("method", 0.6, "context:cited")


def _with_variants(c: Context) -> Verdict:
    """'Zorbit and its variants': a name with a family of variants is a method (a data set has
    versions or splits, not variants)."""
    if c.data_vocab or c.head in cues.DATA_HEADS or not _VARIANTS_AFTER.match(c.text, c.cand.end) \
            or c.name.lower() in GENERIC_PHRASES or c.name.lower() in c.lexicon.tasks:
        return None
    return REJECT if _OWN_BEFORE.search(c.left) else Label("method", 0.7, "context:variants")


# "TD-Gammon, an extremely strong multi-layer network", "MAML, a popular meta-learning framework",
# "GPT-4, the best-to-date language model": an apposition that says what kind of method a name is
# labels it whatever its shape (a capitalised word, a hyphenated pair, a Title-Case phrase)
_KIND_APPOSITIVE = re.compile(
    r"\s*(?:\([^()]{1,25}\)\s*)?,\s*(a|an|the)\s+((?:[\w-]+\s+){0,4}?)(?:algorithm|method|model|network|"
    r"architecture|technique|solver|simulator|library|toolkit|toolbox|framework|classifier|optimi[sz]er|"
    r"planner|estimator|heuristic|engine|LLM|procedure|transformer|software|package|language model|"
    r"(?:programming|query|modell?ing|specification) language)s?\b")
# ... words by which the apposition describes someone else's method, not the paper's own
_ESTABLISHED_WORD = re.compile(r"\b(?:popular|well-known|widely[- ]used|commonly[- ]used|state-of-the-art|"
                               r"standard|classical|classic|conventional|existing|recent(?:ly)?|leading|"
                               r"strong|powerful|off-the-shelf|open-source|prominent|established|"
                               r"representative|successful|best|famous|traditional|seminal|"
                               r"pre-?trained|general-purpose|mature)\b", re.IGNORECASE)
_OWN_WORD = re.compile(r"\b(?:new|novel|our|(?<!recently )(?<!previously )proposed|first|this|simple|"
                       r"unified|generic|general)\b", re.IGNORECASE)
# "Joachims (2006) presented X", "Smith et al. introduced X": a cited author's introduction
_CITED_INTRODUCER = re.compile(r"(?:\(\d{4}\)|\[\d+\]|et al\.?)\s+(?:\w+\s+)?(?:propos|present|introduc|"
                               r"develop|design)\w*\s+(?:the\s+|a\s+|an\s+)?$")


def _appositive_kind(c: Context) -> Verdict:
    """'We use Lean, a theorem proving framework': a name the text glosses as a method kind is
    a method, unless the sentence introduces it ("we propose X, a framework ...": the paper's
    own) or the gloss calls it new. A gloss with the definite article must also mark the method
    as established ("the best-to-date language model"), since "X, the model ..." often refers back."""
    match = _KIND_APPOSITIVE.match(c.text, c.cand.end)
    if not match or c.known_data or c.data_vocab or c.head in cues.DATA_HEADS:
        return None
    words = match.group(2)
    established = bool(_ESTABLISHED_WORD.search(words))
    if _OWN_WORD.search(words) or match.group(1) == "the" and not established or \
            cues.INTRODUCING_WORD.search(c.left) and not _CITED_INTRODUCER.search(c.left) or \
            cues.NAMING.search(c.left) or _OWN_BEFORE.search(c.left) or re.search(r"\b(?:our|we call)\b", c.left, re.IGNORECASE):
        return None
    name = c.name
    if name.lower() in GENERIC_PHRASES or name.lower() in c.lexicon.tasks or name in cues.LANGUAGES or \
            c.cand.source == "capword" and c.cand.start == c.sentence_start or \
            name.lower() in cues.METHOD_HEADS:  # "... Latent Variable Models, a recent technique"
        return None
    if not established and not (cues.METHOD_BEFORE.search(c.left) or cues.METHOD_BEFORE_STRONG.search(c.left)
                                or c.cand.source in ("shape", "hyphcaps", "acronym-long", "acronym-short")):
        return None  # a plain word or phrase needs a use cue or an established gloss
    return Label("method", 0.7, "context:appositive")


# "outperforms existing NeSy approaches", "the state-of-the-art HOI detection algorithms", "current
# MPP methods": a name between a word that ranges over a class of work and a plural kind noun
# qualifies that class (a field's or task's acronym); it names no one method the paper uses
# ("existing NeRF-based methods" says what the class is built on, so "-based" stays out)
_CLASS_QUANTIFIER_BEFORE = re.compile(r"\b(?:existing|other|previous|prior|state-of-the-art|recent|"
                                      r"traditional|conventional|current|many|most|several|classical|"
                                      r"mainstream|typical|contemporary)\s+(?:[a-z][a-z-]*\s+)?$",
                                      re.IGNORECASE)
_CLASS_NOUN_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+(?:methods|approaches|algorithms|models|"
                               r"systems|techniques|frameworks|solutions|baselines|architectures)\b")


def _class_modifier(c: Context) -> Verdict:
    if c.method_df or MODEL_FAMILY.match(c.name) or c.cand.source not in ("shape", "hyphcaps", "titlecase") \
            or not _CLASS_QUANTIFIER_BEFORE.search(c.left) or not _CLASS_NOUN_AFTER.match(c.text, c.cand.end):
        return None
    return REJECT


# "the vanilla DSAE suffers", "compared to the original DIP", "the widely-used Stroke Width Transform
# (SWT)": a word that calls a name established, right before it, makes it someone else's method
_ESTABLISHED_BEFORE = re.compile(r"\b(?:popular|well-known|well known|widely[- ]used|commonly[- ]used|"
                                 r"classical|classic|seminal|celebrated|original|vanilla|off-the-shelf|"
                                 r"famous|prominent|well-established|recently proposed|pre-?trained)\s+$",
                                 re.IGNORECASE)
_OWN_GLOSS_BEFORE = re.compile(r"\b(?:propos|present|introduc|develop|design)\w*\b[^.;]*[:,]\s*(?:a|an)\s+"
                               r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_ESTABLISHED_SOURCES = frozenset({"shape", "hyphcaps", "titlecase", "acronym-long", "acronym-short"})


# A list that the name opens and a plural data noun closes ("and CoInCo datasets")
_DATA_LIST_CLOSES = re.compile(r"(?:\s*,\s*[^\s,.;]+(?:\s+[^\s,.;]+){0,3}?)*\s*,?\s+(?:and|or)\s+"
                               r"(?:the\s+)?[^\s,.;]+(?:\s+[^\s,.;]+){0,3}?\s+(?:datasets|benchmarks|"
                               r"corpora|data\s+sets)\b", re.IGNORECASE)


def _established_name(c: Context) -> Verdict:
    """... unless it only qualifies the noun after it ("the well-known Mahalanobis distance", "the
    original RST tree structure"), names a task or a data set, or is a lower-case description."""
    cand, end = c.cand, c.cand.end
    if cand.source not in _ESTABLISHED_SOURCES or not _ESTABLISHED_BEFORE.search(c.left) or \
            c.data_vocab or c.head in cues.DATA_HEADS or c.head in ("task", "tasks", "setting", "settings") \
            or c.text.startswith("-", end):
        return None
    paren = _PAREN_AFTER.match(c.text, end)
    if cues.NOUN_AFTER.match(c.text, paren.end() if paren else end) and c.head not in cues.METHOD_HEADS:
        return None
    if _DATA_LIST_CLOSES.match(c.text, end):
        return None  # "the widely used LS07 and CoInCo datasets": the list's data noun decides
    if _OWN_GLOSS_BEFORE.search(c.left):
        return None  # "we propose RoCBert: a pretrained Chinese Bert": the paper's own, described
    if c.name in cues.LANGUAGES or c.name.lower() in c.lexicon.tasks or c.name.lower() in GENERIC_PHRASES \
            or cues.TASK_TAIL.search(c.phrase) or _plain_long_form(cand) or _no_method_word(c.name):
        return None
    # ("the widely used Lempel-Ziv algorithms": the head noun's signal, so the name keeps its head)
    return Label("method", 0.7, f"head:{c.head}" if c.head in cues.METHOD_HEADS else "context:established")


def _hyphenated(c: Context) -> Verdict:
    """'the Kneser-Ney smoothing' names a method; other hyphenated capitals need a data head."""
    if c.cand.source != "hyphcaps":
        return None
    if _hyphenated_eponym(c.name, c.head) and c.name not in c.lexicon.methods \
            and not dataset_entry(c.lexicon, c.name):
        return Label("method", 0.7, "head:eponym")
    verdict = data.hyphenated(c)
    if verdict is REJECT and _coined_hyphenated(c.name) and cues.METHOD_BEFORE_STRONG.search(c.left):
        return Label("method", 0.7, "context:method")  # "Compared with TP-QRS-Lite, ..."
    if verdict is REJECT and _compared_against(c):
        return Label("method", 0.6, "context:compared")  # "than Wibble-Net and Zorb-Former"
    if verdict is REJECT and MODEL_FAMILY.match(c.name) and not c.known_data:
        return Label("method", 0.7, "family")  # "Qwen-Audio", "Flan-Alpaca": a family's model
    return verdict


def _known_phrase(c: Context) -> Verdict:
    """'principal component analysis (PCA)', 'particle swarm optimization': a named algorithm
    from the corpus-mined phrase vocabulary, written out or defined here."""
    source, head, phrase = c.cand.source, c.head, c.phrase
    defined = source in ("acronym-long", "acronym-short")
    if (source == "vocab-phrase" or defined and defined_phrase(phrase_key(phrase), c.lexicon.method_phrases)) \
            and head not in cues.DATA_HEADS:
        if _OWN_BEFORE.search(c.left):
            return REJECT  # "the proposed Kalman filter", "a novel genetic algorithm": the paper's own
        if _SPECIAL_CASE_AFTER.match(c.text, c.cand.end):
            return REJECT  # "(which contains SGD as a special case)": a relation, not a use
        return Label("method", 0.75, "vocab:phrase")
    if defined and cues.TASK_TAIL.search(phrase) and not c.method_df and head not in cues.DATA_HEADS:
        return REJECT
    # "a layered hidden Markov model (LHMM)", "a Mixture Particle Filter": a defined or
    # capitalised variant of a known algorithm
    capitalised = source == "titlecase" and not phrase.isupper() and not _OWN_BEFORE.search(c.left)
    if (defined or capitalised) and head not in cues.DATA_HEADS and \
            ends_with_method_phrase(phrase_key(phrase), c.lexicon.method_phrases):
        return Label("method", 0.7, "vocab:phrase-variant")
    return None


# A compound adjective says how big or what kind, not which one ("an Internet-scale corpus",
# "Web-sized data sets"). Only a capitalised word has it: "City-Scale" and "NUS-WIDE" are names.
_DESCRIBING_COMPOUND = re.compile(r"-(?:[Ss]cale|[Ss]ized?|[Ll]evel|[Ww]ide|[Ss]tyle|[Gg]rade|"
                                  r"[Ss]pecific|[Oo]riented|[Cc]entric|[Dd]riven|[Ll]ike)$")


def _capitalised_word(c: Context) -> Verdict:
    """'the Salicon benchmark', 'the Hough transform': a capitalised word (a person's or place's
    name) directly before a data or named-method head noun is a name. A plain capitalised word
    needs a vocabulary or a list of names to label it."""
    name, head = c.name, c.head
    if c.cand.source != "capword" or c.data_vocab or c.method_df or MODEL_FAMILY.match(name):
        return None
    if data.tail_of_a_longer_name(c) or _DESCRIBING_COMPOUND.search(name):
        return REJECT  # "NYU Depth dataset", "Task 7 dataset", "an Internet-scale corpus"
    if head in data.CAPWORD_DATA_HEADS and not name.endswith(("ian", "ean")) and \
            not data.language_data(name) and \
            not (head.startswith("benchmark") and data.task_benchmarks(name)):
        # "on Foo and Bar datasets": a plural head speaks for the whole list before it
        return Label(data.data_kind(c),
                     0.8 if head in ("datasets", "data sets", "benchmarks", "corpora") else 0.7,
                     f"head:{head}")
    if data.opens_data_list(c) and not _ENGLISH_ENDING.search(name) and not data.language_data(name):
        # "three datasets: Zorbix, Quellstone and ...": a plural data noun that introduces a
        # list names data sets, a plain capitalised word among them too (not an English word
        # that starts a clause after a colon: "datasets: Achieving ...")
        return Label(data.data_kind(c), 0.6,
                     "context:data-noun")
    if head in _CAPWORD_METHOD_HEADS and not name.endswith(("ian", "ean")) \
            and name not in _DISTRIBUTIONS:
        return Label("method", 0.7, f"head:{head}")
    if head in _CAPWORD_MODEL_HEADS and _eponym_like(name):
        return Label("method", 0.65, f"head:{head}")  # "a Hopfield network", "Parzen windows"
    if _KIND_LIST_BEFORE.search(c.left) and not name.endswith(("ian", "ean")) and \
            not _CAPITALISED_AFTER.match(c.text, c.cand.end):
        return Label("method", 0.6, "context:kind-list")  # "classifiers such as Adaboost"
    if (_TOOL_AFTER.match(c.text, c.cand.end) or _SOFTWARE_NOUN_BEFORE.search(c.left)) and \
            name not in _LANGUAGE_TOOLS:
        return Label("method", 0.7, "head:tool")  # "the Bullet physics engine", "Gazebo simulator"
    if _compared_against(c):
        return Label("method", 0.6, "context:compared")
    # "We curate Compun, a novel benchmark with 400 ...": an apposition says what the word names
    return data.appositive(c) or REJECT


# The capitalised word is the first of a longer name or phrase: another capitalised word or
# name-shaped token ("Informed RRT*", "Point Transformer", "Decision Tree Random Forest"), or,
# after a comparison, a lower-case noun ("than Gaussian process models"); the word alone names
# nothing. (After "methods such as X" a lower-case word is as often the clause's verb.)
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z0-9][\w*+-]*")
_NAME_GOES_ON = re.compile(cues.NOUN_AFTER.pattern + "|" + _CAPITALISED_AFTER.pattern)


def _compared_against(c: Context) -> bool:
    """'outperforms Adaboost', 'faster than Lasso', 'compared with Shotgun': what a comparison
    sets the paper's method against is someone else's method, even a plain capitalised word
    (the list rule then carries the cue to 'outperforms Foo, Bar and Baz'). A description
    ('than Euclidean'), a language or a word a comparison clause often ends on is no name."""
    name = c.name
    return bool(_COMPARISON_BEFORE.search(c.left) or _BASELINES_BEFORE.search(c.left)) and \
        not name.endswith(("ian", "ean")) and \
        name not in cues.LANGUAGES and name not in _DISTRIBUTIONS and \
        name.split("-")[0] not in cues.HYPHEN_PREFIXES and not c.text.startswith("-", c.cand.end) \
        and not _NAME_GOES_ON.match(c.text, c.cand.end)


_SOFTWARE_HEADS = frozenset({"simulator", "simulators", "software", "softwares", "toolbox", "toolboxes",
                             "middleware", "package", "packages", "solver", "solvers", "renderer"})
_HEAD_THEN_NOUN = re.compile(r"(?:\s*\([^()]{1,40}\))?[ -][\w-]+" + cues.NOUN_AFTER.pattern)


def _method_head(c: Context) -> Verdict:
    """'the Foo method', 'Foo-based', 'Foo blocks': a method noun after the name."""
    head, name = c.head, c.name
    if (head not in cues.METHOD_HEADS and head != "-based") or c.cand.source == "capword":
        return None
    if c.cand.source == "titlecase" and defined_phrase(phrase_key(f"{name} {head}"),
                                                       c.lexicon.method_phrases):
        # "mixture models such as Hidden Markov models": the head is the known algorithm's own
        # last word, so its first words name nothing alone (the phrase rule judges the whole)
        return REJECT
    if head in _SOFTWARE_HEADS and (_HEAD_THEN_NOUN.match(c.text, c.cand.end) or name.islower()):
        # "RT software components": the software noun qualifies another thing; "a
        # hardware-in-the-loop (HIL) simulator": lower-case words describe it, name none
        return None
    if head in _COMPONENT_HEADS and not c.method_df and not MODEL_FAMILY.match(name) and \
            c.cand.source in ("titlecase", "acronym-long", "acronym-short"):
        # "a Quadruple Feature Constraints (QFC) module", "alternate-group transformer (AGT)
        # layers": a phrase no vocabulary knows, spelled out before a part noun, is a part
        # the paper builds: a coined sub-component when written in capitals, else no name.
        # (A single known-looking name keeps its use: "UniFormer blocks", "Mamba layers".)
        long = c.phrase
        coined = long[:1].isupper() and " " in long
        return Label("method", 0.6, "proposed-variant") if coined else REJECT
    if head.endswith("s") and c.phrase.lower() in c.lexicon.tasks and not c.method_df and \
            not MODEL_FAMILY.match(name):
        return REJECT  # "virtual try-on (VTON) methods", "Imitation Learning models": a task's kind
    if c.cand.source == "titlecase" and head != "-based" and cues.TASK_TAIL.search(name) and \
            not c.method_df and not MODEL_FAMILY.match(name):
        return REJECT  # "a Multilingual Question Answering architecture": what it is for
    if head not in ("-based", "implementation", "implementations") and not c.method_df and \
            not MODEL_FAMILY.match(name) and _OWN_BEFORE.search(c.left):
        # "our proposed Foo-Driven Contextual BO (FDCBO) method", "we introduce an X module":
        # the paper's own ("we develop a customized X implementation" still uses X)
        return REJECT
    return Label("method", 0.85, f"head:{head}")


def _model_family(c: Context) -> Verdict:
    if MODEL_FAMILY.match(c.name) and not (c.cand.source == "titlecase" and any(
            w.islower() for w in c.name.split())):  # "Is Mamba Capable of In-Context Learning?"
        return Label("method", 0.85, "family")
    if c.cand.source == "shape" and family_named(c.name) and not c.data_vocab:
        return Label("method", 0.7, "family-named")  # "BioGPT", "Med-PaLM", "SciBERT"
    return None


def _known_method(c: Context) -> Verdict:
    """A name the method vocabulary knows, unless this paper means something else by it."""
    name, method_df = c.name, c.method_df
    if not method_df:
        return None
    if other_expansion(c.cand, c.lexicon):
        return REJECT  # "mixed reality (MR)", "multi-armed bandits (MAB)": not the known method
    if c.cand.partner and c.cand.partner.lower() in GENERIC_PHRASES:
        return REJECT  # "backpropagation (BP)": the acronym of a concept names no method
    if c.head in _NOT_METHOD_HEADS and " " in name.replace("-", " ") and \
            not any(ch.isdigit() for ch in name) and all(w[:1].isupper() and w[1:].islower()
                                                         for w in re.split(r"[ -]", name)):
        return REJECT  # "Monte Carlo simulations", "Monte Carlo estimates": a modifier, not a method
    if c.head in _MATH_OBJECT_HEADS:
        return REJECT
    if len(name) > 2 or c.cand.partner or cues.METHOD_BEFORE.search(c.left) \
            or cues.METHOD_BEFORE_STRONG.search(c.left):
        return Label("method", 0.8, "vocab:method")  # two letters ("HD", "CI") need context
    return None


def _defined_as_existing(c: Context) -> Verdict:
    # "outperforms the ImageNet ...", "e.g., CIFAR and MNIST": a known data set that words
    # around it make sound like a method is still not one (most often it was pre-trained on).
    if not c.known_data and _defined_as_method(c.text, c.cand, c.left, c.lexicon):
        return Label("method", 0.7, "context:defined-method")
    return None


def _hardware_or_own(c: Context) -> Verdict:
    """'an ATI Nano17 force/torque sensor', 'we propose ..., namely EAST-Net': a device, or the
    paper's own, not a method it uses."""
    if not c.method_df and not MODEL_FAMILY.match(c.name) and (
            _HARDWARE_AFTER.match(c.text, c.cand.end) or _OWN_APPOSITION.search(c.left)
            and not _DATA_RENAMED.search(c.left)):
        return REJECT
    return None


def _known_as(left: str) -> bool:
    """The name a kind of procedure goes by, unless the sentence claims it ("a novel approach
    called X" is the paper's own)."""
    known = _KIND_KNOWN_AS_BEFORE.search(left)
    return bool(known) and not (_CLAIMED.search(left, 0, known.start())
                                or cues.INTRODUCING_WORD.search(left))


def _strong_method_context(c: Context) -> Verdict:
    """'outperforms X', 'fine-tuned X', 'inside a numerical simulator Isaac Sim', 'the autonomy
    architecture NeBula' (not 'a model M1': a variable, not a name)."""
    left = c.left
    if cues.METHOD_BEFORE_STRONG.search(left) or _KIND_APPOSITION_BEFORE.search(left) or \
            left.rstrip().endswith(",") and _KIND_OF_PROCEDURE_BEFORE.search(left) and \
            not (_CLAIMED.search(left) or cues.INTRODUCING_WORD.search(left)) or \
            _BASELINES_BEFORE.search(left) or _known_as(left) or \
            c.cand.source == "shape" and \
            _KIND_BRACKET_BEFORE.search(left) and c.text.startswith(")", c.cand.end) or \
            _TOOL_NOUN_BEFORE.search(left, max(0, len(left) - 30)) and not _NOTATION_NAME.fullmatch(c.name):
        return REJECT if c.known_data else Label("method", 0.7, "context:method")
    return None


_TITLED_WORDS = re.compile(r"[A-Z][\w'-]*(?: [A-Za-z][\w'-]*)+")


# The paper's own kind of method, before its members or its name: an own word in the kind's
# phrase ("the two proposed methods, X and Y", "a novel ... algorithm StableOpt") or an
# introducing verb before it ("presents two outlier rejection techniques, X and Y", "we present an
# unsupervised learning method SCR"), with no comparison after it (rivals: "our model outperforms
# the recently proposed method X"; "applying the proposed approach to two trackers, X and Y").
# (Narrower than _OWN_WORD and cues.INTRODUCING_WORD: "first", "general" or "the proposed
# approach" make no kind the paper's own.)
_OWN_KIND_WORD = re.compile(r"\b(?:(?<!recently )(?<!recently-)(?<!previously )(?<!previously-)proposed|"
                            r"novel|new|our|this)\b", re.IGNORECASE)
_INTRODUCED_HERE = re.compile(r"\b(?:(?<!recently )(?<!previously )propos(?!ed\s+(?:[\w-]+\s+)?"
                              r"(?:method|approach|model|framework|algorithm|system|technique)s?\b)|"
                              r"present|introduc|devis|develop|design)\w*", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:" + cues.COMPARISON + r")\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:]")  # an own word before one is another phrase's: "In this paper, ..."


def _own_kind(left: str, start: int = 0, end: int | None = None) -> bool:
    """Is the kind of method named in left[start:end] the paper's own?"""
    end = len(left) if end is None else end
    words = [m for m in _OWN_KIND_WORD.finditer(left, start, end)
             if not _CLAUSE_MARK.search(left, m.end(), end)]
    return any(not _COMPARED.search(left, mark.end())
               for mark in (*words, *_INTRODUCED_HERE.finditer(left, 0, end)))


def _counted_kind_list(c: Context) -> Verdict:
    """'three open-source face recognition solutions, SphereFace, ...': the first member (not
    of what the paper introduces: "presents two outlier rejection techniques, X and Y", "the two
    proposed methods, X and Y"; but "applying the proposed approach to two trackers, X and Y")."""
    if c.cand.source not in ("shape", "titlecase", "hyphcaps") or c.known_data or c.data_vocab or \
            c.name.lower() in c.lexicon.tasks or not (counted := _COUNTED_KIND_LIST.search(c.left)):
        return None
    if _own_kind(c.left, counted.start(), counted.start() + len(counted.group().rstrip(" ,:"))):
        return None
    return Label("method", 0.6, "context:kind-list")


def _weak_name(c: Context) -> Verdict:
    """A Title-Case phrase, a name of two letters or a known data set: only a model or a
    procedure noun at its end makes it a method; nothing else below is strong enough."""
    name, left, titlecase = c.name, c.left, c.cand.source == "titlecase"
    if not (titlecase or len(name) <= 2 or c.known_data):
        return None
    if titlecase and _TITLED_MODEL.search(name) and name.count(" ") >= 2 and \
            not _OWN_BEFORE.search(left) and name.lower() not in GENERIC_PHRASES and \
            name.lower().rstrip("s") not in GENERIC_PHRASES:
        # "through a Conditional Variational Auto-Encoder", "a Restricted Boltzmann
        # Machine": a Title-Case phrase ending in a model noun names a model
        return Label("method", 0.6, "titlecase:model")
    if titlecase and _titled_procedure(c.text, c.cand, left, c.lexicon):
        return Label("method", 0.55, "titlecase:procedure")
    if titlecase and name.lower() in c.lexicon.tasks and _TITLED_USED_PROCEDURE.search(name) and \
            (_USE_BEFORE.search(left) or _KIND_LIST_BEFORE.search(left)) and \
            not _OWN_BEFORE.search(left) and _few_capitals(c.text):
        # "we employ Bayesian Optimization", "algorithms such as Thompson Sampling": a problem's
        # name in Title Case, used, is the procedure that solves it
        return Label("method", 0.55, "titlecase:used-procedure")
    if titlecase and _KIND_LIST_BEFORE.search(left) and \
            name.lower() not in c.lexicon.tasks and name.lower() not in GENERIC_PHRASES:
        return Label("method", 0.6, "context:kind-list")  # "classifiers including Naive Bayes"
    if titlecase and not c.known_data and _TITLED_WORDS.fullmatch(name) and data.opens_data_list(c) \
            and name.lower() not in GENERIC_PHRASES and not _TITLED_MODEL.search(name):
        # "stereo datasets, such as Scene Flow, Middlebury-2014 and ...": a list of data sets
        return Label(data.data_kind(c), 0.6,
                     "context:data-noun")
    return REJECT


_MEASURE_LIST_BEFORE = re.compile(r"\b" + cues.MEASURE_LIST_OPENER + r"\s+(?:[\w@&-]+\s*,\s*)*$",
                                  re.IGNORECASE)


_EDITION_END = re.compile(rf"\s{EDITION_YEARS}$")


# "inspired by the SESOP optimization method", "the SUMO traffic simulator": a method's or a
# tool's own head one word further on (not a network's or a model's: "the UMLS semantic
# network", "VLSI neural network modules", "a T2I diffusion model"; nor a task's methods:
# "LiDAR-camera fusion methods")
_METHOD_HEAD_NEXT_BUT_ONE = re.compile(r"\s+(?!(?:" + "|".join(sorted(cues.TASK_NOUNS)) + r"|fusion)\b)"
                                       r"[a-z][\w-]*\s+(?:method|algorithm|technique|optimizer|"
                                       r"procedure|heuristic|solver|simulator|software|package|"
                                       r"toolbox|library|mechanism|planner|filter|estimator)\b")


def _weak_method_context(c: Context) -> Verdict:
    """'using X', 'such as X', 'with X' (not a name with its edition's year: "such as ATOMIC
    2020", "with Pascal VOC 2007 as the target data")."""
    left, end = c.left, c.cand.end
    if not cues.METHOD_BEFORE.search(left) or _EDITION_END.search(c.name):
        return None
    if not c.method_df and _HARDWARE_LIST_BEFORE.search(left):
        return REJECT  # "on consumer devices such as the Apple MacBook": hardware, not a method
    if _MEASURE_LIST_BEFORE.search(left):
        return REJECT  # "metrics (e.g. mAP, sMOTSA)": measures
    if _plain_long_form(c.cand):
        return REJECT  # "persons with spinal cord injury (SCI)": a weak cue, no method word
    if cues.NOUN_AFTER.match(c.text, end) and not _PRODUCT_AFTER.match(c.text, end) \
            and c.head not in cues.METHOD_HEADS and not _KIND_LIST_BEFORE.search(left) \
            and not _METHOD_HEAD_NEXT_BUT_ONE.match(c.text, end):
        # "with NiTi coil actuators": it qualifies a thing, names no method used (but "methods
        # such as NSG-NFSP suffer from ...": a kind of method's list names its members)
        return REJECT
    return Label("method", 0.6, "context:method-weak")


# "a policy optimization method PC-PG that ...", "the algorithm MCTS": the kind of method, then
# its name (the paper's own is claimed earlier: "our method X", "a new algorithm, X")
_KIND_BEFORE = re.compile(r"\b(?:method|algorithm|model|optimizer|solver|technique|architecture)\s+$")


def _named_after_kind(c: Context) -> Verdict:
    if c.cand.source == "shape" and _KIND_BEFORE.search(c.left) and not c.data_vocab \
            and not cues.NOUN_AFTER.match(c.text, c.cand.end) and not _own_kind(c.left) \
            and not c.text.startswith("*", c.cand.end):  # ("the algorithm RTAA*": as before)
        return Label("method", 0.6, "context:kind-before")
    return None


def _coined_shape(c: Context) -> Verdict:
    """'FooNet', 'DeepBar': a coined-looking name with inner capitals, with nothing else to go on."""
    name = c.name
    if c.cand.source == "shape" and len(name) >= 4 and has_inner_capital(name) \
            and sum(ch.isupper() for ch in name) >= 2 and not is_acronym(name):
        return Label("method", 0.45, "shape")
    return None


# "GM-NAS", "DP-SGD", "ORB-SLAM", "FO-MAML": a short stem glued to a method family's acronym
# is a variant of that method (the family alone is generic). Not "EM": "Cryo-EM" is microscopy.
_FAMILY_ACRONYM_COMPOUND = re.compile(
    r"^[A-Z][A-Za-z0-9]{0,5}-(?:NAS|GAN|CNN|RNN|LSTM|VAE|GNN|GCN|SLAM|MPC|DQN|PPO|SAC|DARTS|SGD|"
    r"MCTS|RRT|SVM|HMM|CRF|MAML|DDPG|TD3|ICP)s?$")


def _family_compound(c: Context) -> Verdict:
    if c.cand.source in ("shape", "hyphcaps") and _FAMILY_ACRONYM_COMPOUND.match(c.name) and \
            not c.data_vocab and not c.text.startswith("*", c.cand.end):  # ("RT-RRT*": as before)
        return Label("method", 0.5, "shape:family-compound")
    return None


def _titled_procedure_defined(c: Context) -> Verdict:
    """'via Canonical Polyadic Decomposition (CPD)', 'Batch Normalization (BN)': a Title-Case
    procedure defined with its acronym in a lower-case sentence, as in _weak_name (not 'by
    proposing a trust-region method, Foo Policy Search (FPS)': the paper's own)."""
    if c.cand.source in ("acronym-long", "acronym-short") and _titled_long(c.cand) and \
            not cues.INTRODUCING_WORD.search(c.left) and \
            _titled_procedure(c.text, c.cand, c.left, c.lexicon, c.phrase):
        return Label("method", 0.55, "acronym:titled-procedure")
    return None


_USE_BEFORE = re.compile(r"\b(?:us(?:e|es|ed|ing)|employ\w*|adopt\w*|leverag\w*|appl(?:y|ies|ied|ying)|"
                         r"emulat\w*|mimic\w*|exploit\w*|utili[sz]\w*|incorporat\w*|"
                         r"via|based on|buil(?:t|ds?|ding) (?:up)?on|extend\w*|rel(?:y|ies|ying) on|"
                         r"introduc\w* the)\s+(?:(?:the|a|an|standard|classical|classic|popular|"
                         r"well-known|conventional|traditional|vanilla|revised|modified)\s+){0,2}$",
                         re.IGNORECASE)


# A field, problem or result rather than a technique: "... learning", "central limit theorem"
_NOT_TECHNIQUE_TAIL = re.compile(r"learning|planning|reasoning|intelligence|theory|theorem")


def _used_technique(c: Context) -> Verdict:
    """'introduce the classical elastic weight consolidation (EWC)', 'using the standard kernel
    mean matching (KMM)': a lower-case technique named with its own acronym that the sentence
    uses or calls established (a bare "via"/"using" was judged earlier: the weak cues)."""
    cand = c.cand
    if cand.source != "acronym-long" or c.name != c.name.lower() or not re.search(r"[ -]", c.name) or \
            not (_USE_BEFORE.search(c.left) or _ESTABLISHED_BEFORE.search(c.left)):
        return None  # (one word is a property or a thing: "exploiting ultraviolet (UV)")
    last = c.name.rsplit(None, 1)[-1]
    if cues.TASK_TAIL.search(c.name) or c.name in c.lexicon.tasks or c.name in GENERIC_PHRASES or \
            last in cues.DATA_HEADS or last in cues.TASK_NOUNS or _NOT_TECHNIQUE_TAIL.fullmatch(last) or \
            c.data_vocab or c.head in cues.DATA_HEADS:
        return None  # "the online tracking benchmark (OTB)", "coverage path planning (CPP)"
    return Label("method", 0.5, "acronym:used")


def _known_acronym(c: Context) -> Verdict:
    """An established method acronym, defined here (not 'camera response functions (CRF)',
    'Headset Mounted Cameras (HMC)': other things)."""
    cand, lexicon = c.cand, c.lexicon
    if cand.source == "acronym-long" and lexicon.methods.get(cand.partner, 0) >= 20 \
            and not _no_method_word(c.name) and not _other_meaning(cand.partner, c.name, lexicon):
        return Label("method", 0.6, "acronym:vocab")
    if cand.source == "acronym-short" and fold(c.name) in lexicon.methods_folded:
        return Label("method", 0.6, "acronym:vocab")
    return None


# "Optimal Transport (OT) problem", "a Multi-Armed Bandit (MAB) problem": a name that qualifies
# "problem" names what is solved, not a method or a data set.
_PROBLEM_AFTER = re.compile(r"\s*(?:\)\s*)?(?:\([^()]{1,20}\)\s*)?problems?\b")


def _names_a_problem(c: Context) -> Verdict:
    return REJECT if _PROBLEM_AFTER.match(c.text, c.cand.end) else None


# "ReLU networks", "ReLU-based neural CBFs", "such as the ReLU, sigmoid, ...": an activation
# function is a part of a network, no method used, unless a comparison sets it against another
# ("the GELU nonlinearity against the ReLU and ELU activations").
_ACTIVATIONS = frozenset({"ReLU", "ReLUs", "Leaky ReLU", "Leaky-ReLU", "ELU", "GELU", "SELU",
                          "SiLU", "Sigmoid", "Tanh", "Softmax"})
_COMPARED_LIST_BEFORE = re.compile(r"\b(?:against|" + cues.COMPARISON + r")\s+(?:the\s+)?"
                                   r"(?:[\w-]+(?:,\s*|\s+and\s+|\s+or\s+))*$", re.IGNORECASE)


def _activation(c: Context) -> Verdict:
    if c.name in _ACTIVATIONS and not _COMPARED_LIST_BEFORE.search(c.left):
        return REJECT
    return None


# The cascade: data and method steps in the order they were tuned in; the first step with an
# opinion decides.
_STEPS = (
    _names_a_problem,
    _activation,
    data.slash_list,
    _known_phrase,  # (before _cited: a known phrase keeps its label; no hyphcaps name is one)
    _class_modifier,
    _cited,
    _appositive_kind,
    _established_name,
    _with_variants,
    _hyphenated,
    data.titled_name,
    data.edition_name,
    _capitalised_word,
    data.appositive,
    data.head_noun,
    data.split_head,
    data.qualified_head,
    data.environment,
    _method_head,
    data.known,
    _model_family,
    data.scored_on,
    _known_method,
    data.data_shaped,
    _defined_as_existing,
    _hardware_or_own,
    _strong_method_context,
    _counted_kind_list,
    _weak_name,
    data.data_list,
    data.data_noun,
    _weak_method_context,
    _named_after_kind,
    data.weak_context,
    data.bench_shaped,
    _coined_shape,
    _family_compound,
    _titled_procedure_defined,
    _known_acronym,
    _used_technique,
)
