"""Candidate name spans in one text: name-shaped tokens, vocabulary hits, acronym definitions and
Title-Case phrases, each with its character offsets. Pure: text in, spans out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import cues
from kg.extract.abbreviations import find_abbreviations
from kg.extract.families import MODEL_FAMILY
from kg.extract.lexicon import Lexicon, dataset_entry, defined_phrase, phrase_key, plural_phrase
from kg.extract.shapes import (DATA_VERSION, EDITION_YEARS, TOKEN, YEAR, is_acronym,
                               is_capitalised, is_name_shaped, is_numberish, is_version)

# Capitalised words that start sentences or clauses but never begin a name.
STOP_CAPITALS = frozenset("""
A An The This That These Those Our We It Its In On Of For With To By From As At Into Via Using
However Moreover Furthermore Finally First Second Third Then Thus Hence Therefore Also And Or But
While When Where Which Who Whose Although Though Since Because If Unlike Like Such Each Every All
Both Most Many Some Several Specifically Notably Additionally Experiments Experimental Extensive
Results Code Codes Our Project Given Recent Recently Existing Previous Prior Current Despite To
Here Based Compared Instead Besides Meanwhile Overall Importantly Interestingly Surprisingly
Empirically Theoretically Further Unfortunately Besides Without Within Across Over Under After
Before During Through Among Between Toward Towards Upon Along Beyond Not No Yes Can Do Does Is Are
State-of-the-art State-Of-The-Art State-of-the-Art SOTA Novel New Large-scale Large-Scale
""".split())
# A version or size alone ("v2", "7B", "3B/10B") continues a name but never starts one.
_BARE_VERSION = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|\d+(?:\.\d+)?[BMKbmk](?:/\d+(?:\.\d+)?[BMKbmk])*)$")
# A lower-case word that turns a known algorithm into a named variant of it: "kernel canonical
# correlation analysis", "distributed stochastic gradient descent", "sparse PCA".
VARIANT_MODIFIERS = frozenset("""kernel sparse robust online distributed stochastic incremental
hierarchical conditional extended unscented accelerated randomized asynchronous parallel
decentralized federated proximal projected preconditioned variational bayesian nonparametric
non-parametric infinite""".split())
# ... and before a known acronym: "kernel PCA", "linear SVM", "multilingual BERT" name a variant
ACRONYM_VARIANTS = VARIANT_MODIFIERS | {"linear", "multilingual", "generalized", "generalised",
                                        "probabilistic"}
# ... and before a known name that is no capitalised word and writes a lower-case word in it
# ("Q-learning", "k-means", "PixelCNN"; not "ReLU")
LOWER_VARIANTS = VARIANT_MODIFIERS | {"deep", "double", "soft", "independent", "fuzzy"}
CONNECTORS = frozenset({"of", "in", "for", "and", "with", "to", "on", "from", "the", "via", "as"})
_BRACKET_AFTER = re.compile(r"\s*\(")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence_start: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    text: str
    source: str  # "shape" | "vocab-data" | "vocab-method" | "vocab-phrase" | "acronym-long" | "acronym-short" | "titlecase"
    partner: str = ""  # for acronym definitions: the other form


def tokenize(text: str, sentence_starts: set[int], masked: list[tuple[int, int]]) -> list[Token]:
    tokens = []
    for match in TOKEN.finditer(text):
        if any(s <= match.start() < e for s, e in masked):
            continue
        tokens.append(Token(match.start(), match.end(), match.group(), match.start() in sentence_starts))
    return tokens


# "AlphaZero 2.5 times faster", "GPT-4 3x": a number that a unit follows is a quantity.
_QUANTITY_AFTER = re.compile(r"\s*(?:%|x\b|×|times\b|fold\b|percent\b|points?\b|pp\b)")


def _version_end(text: str, tokens: list[Token], last: int, numbers: bool) -> int:
    """The last token of a model name continued by its versions and sizes after a space ("Llama
    3 8B", "GPT-4 Turbo", "Something-Something V1/V2"); bare numbers only with ``numbers``."""
    while (last + 1 < len(tokens) and tokens[last + 1].start - tokens[last].end == 1
           and text[tokens[last].end] == " "  # not "mIoU=40.2", "ResNet:50"
           and is_version(tokens[last + 1].text) and tokens[last + 1].text not in {"A", "I"}
           and (numbers or not tokens[last + 1].text.isdigit())
           and not _QUANTITY_AFTER.match(text, tokens[last + 1].end)):
        last += 1
    return last


# "Tree-LSTM", "Sentence-BERT", "Skim-RNN", "Kinetic-GAN": a capitalised word glued to an
# acronym names a variant, unless a prefix comes before a generic acronym ("Non-IID",
# "Multi-DOF", "Re-ID", "Deep-RL").
_WORD_ACRONYM = re.compile(r"^([A-Z][a-z]+)-([A-Z]{2,}[A-Za-z0-9]*?)s?$")
_PREFIXES = cues.HYPHEN_PREFIXES | {"Sub", "Un", "Inter", "Intra", "Double", "Macro", "Micro",
                                    "Pseudo", "Deep", "Mini"}


_VARIANT_WORD = re.compile(r"^(?:Pro|Ultra|Turbo|Instruct|Chat|Mini|Flash|XL|XXL)$")


def _word_acronym(token: str, lexicon: Lexicon) -> bool:
    match = _WORD_ACRONYM.match(token)
    if not match:
        return False
    generic = match.group(2) in lexicon.generic or match.group(2).rstrip("s") in lexicon.generic
    return not generic or match.group(1) not in _PREFIXES


# Mathematics, not names: "O(1/T)", "SO(3)", "SE(3)".
_FRACTION = re.compile(r"\d+/")
_MATRIX_GROUPS = frozenset({"SO", "SE", "SU", "GL", "SL", "Sp", "SPD"})


# Architectures whose acronym, generic alone, is named by a capitalised word before it:
# "Wasserstein GAN", "Gaussian HMM", "Ranking SVM", "Quasi RNN".
_ARCHITECTURE_ACRONYMS = frozenset("""GAN VAE CNN RNN LSTM GRU GNN GCN MLP SVM HMM CRF DNN RBM DBN
""".split())


def _named_architecture(text: str, tokens: list[Token], i: int) -> bool:
    """A generic architecture acronym right after a capitalised word that opens no sentence."""
    if i == 0 or tokens[i].text.rstrip("s") not in _ARCHITECTURE_ACRONYMS:
        return False
    before = tokens[i - 1]
    return (not before.sentence_start and is_capitalised(before.text) and "-" not in before.text
            and before.text not in STOP_CAPITALS and tokens[i].start - before.end == 1
            and text[before.end] == " ")


def _shape_spans(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Candidate]:
    spans = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _named_architecture(text, tokens, i):
            spans.append(Candidate(tokens[i - 1].start, tok.end, "", "shape"))
            i += 1
            continue
        if not (is_name_shaped(tok.text) or "-" in tok.text and _word_acronym(tok.text, lexicon)) or \
                tok.text in lexicon.generic or _BARE_VERSION.match(tok.text) or \
                _FRACTION.match(tok.text) or tok.text in _MATRIX_GROUPS and text.startswith("(", tok.end):
            i += 1
            continue
        first, last = i, i
        # "Penn TreeBank", "Gemini Pro": a capitalised word glued before a coined one; not the
        # first word of a sentence, capitalised for that alone ("Typical MTL methods ...").
        if (_capitalised_before(tokens, first) and not tokens[first - 1].sentence_start
                and text[tokens[first - 1].end] == " "):
            first -= 1
        # A bare number continues only a known model family ("Llama 3", not "DBW 1").
        known = bool(MODEL_FAMILY.match(tok.text)) or tok.text in lexicon.methods
        last = _version_end(text, tokens, last, numbers=known)
        if not known and last + 1 < len(tokens) and _EDITION_YEAR.match(tokens[last + 1].text) and \
                dataset_entry(lexicon, tokens[last].text) is None and \
                text[tokens[last].end:tokens[last + 1].start] == " " and \
                not _QUANTITY_AFTER.match(text, tokens[last + 1].end):
            last += 1  # "CROHME 2014", "ASVspoof 2019/2021": a data set's edition (a known
            # one's edition is read with the vocabulary's name: "ATOMIC 2020", "VOC 2007")
        text_span = (tokens[first].start, tokens[last].end)
        spans.append(Candidate(*text_span, "", "shape"))
        i = last + 1
    return spans


_YEAR = re.compile(rf"^{YEAR}(?:[-/]{YEAR})?$")  # "CUB 2010-2011"
_EDITION_YEAR = re.compile(rf"^{EDITION_YEARS}$")
_DATA_VERSION = re.compile(rf"^(?:{DATA_VERSION})$")
_DATA_HEAD_NEXT = re.compile(r"\s+(?:datasets?|data sets?|benchmarks?|corpus|corpora|challenge)\b",
                             re.IGNORECASE)


_CAPITAL_DATA_HEADS = frozenset({"Dataset", "Datasets", "Benchmark", "Benchmarks", "Corpus", "Data"})


def _data_name_tail(text: str, tokens: list[Token], j: int) -> int:
    """'the TAP-Vid Davis dataset', 'the Amazon Product Review datasets': capitalised words
    between a known data set and a data head noun belong to the name (its subset or variant)."""
    k = j
    while (k + 1 < len(tokens) and k - j < 3 and tokens[k + 1].start - tokens[k].end == 1
           and (is_capitalised(tokens[k + 1].text) or is_name_shaped(tokens[k + 1].text))
           and tokens[k + 1].text not in STOP_CAPITALS and tokens[k + 1].text not in cues.LANGUAGES
           and not tokens[k + 1].text[:1].isdigit()):
        if tokens[k + 1].text in _CAPITAL_DATA_HEADS:
            break  # "the KITTI Odometry Dataset": the head noun ends the name
        k += 1
    return k if k > j and _DATA_HEAD_NEXT.match(text, tokens[k].end) else j


# "three datasets: MNIST, Foo 101 Silhouettes and ...", "benchmark datasets such as Foo, Bar
# Clothes Retrieval, ...": a list a plural data noun opens holds whole names between its commas
_LISTED_DATA_LEAD = re.compile(r"\b(?:datasets|data sets|benchmarks|corpora)\s*(?:[:(]\s*|\s[-\u2013\u2014]\s+|"
                               r",?\s*(?:such as|including|namely|e\.g\.|i\.e\.),?\s+)"
                               r"(?:[^.;:()]{1,40}?(?:,\s*|\s+and\s+))*$", re.IGNORECASE)
_LIST_MEMBER_END = re.compile(r"\s*(?:,|;|\)|\.(?:\s|$)|\s+and\s)")


# what a known name is, not more of its name: "the Argoverse Challenge" is Argoverse
_KIND_WORDS = frozenset({"Challenge", "Competition", "Leaderboard", "Suite", "Database", "Collection",
                         "Set", "Split"})


def _name_continues(tokens: list[Token], j: int, start: int, lexicon: Lexicon) -> bool:
    """A word right after token j carries on the name that starts at token start: a capitalised
    word that is no known name of its own ("Scene", not "nuImages" in "nuScenes nuImages"), a
    number after such a word ("Indoor 67", not "iPhone 7"), or one coined-looking token that
    ends the run ("MSR Action3D", not "PRCC CCVID LaST": names a lost comma ran together)."""
    if j + 1 >= len(tokens) or tokens[j + 1].start - tokens[j].end != 1:
        return False
    nxt = tokens[j + 1].text
    if nxt.isdigit() or len(nxt) == 1 and nxt.isupper():
        return j > start  # ("ShanghaiTech Part A")
    if not nxt[:1].isupper() or nxt in STOP_CAPITALS or nxt in _CAPITAL_DATA_HEADS \
            or nxt in cues.LANGUAGES or dataset_entry(lexicon, nxt) is not None or nxt in lexicon.methods:
        return False
    if is_capitalised(nxt):
        return j > start or nxt not in _KIND_WORDS
    return is_name_shaped(nxt) and not _joined_names(tokens, j + 1)


def _joined_names(tokens: list[Token], k: int) -> bool:
    """Token k is a coined-looking token another capitalised one follows: "CCVID LaST" in
    "PRCC CCVID LaST VC-Clothes", names a lost comma ran together."""
    return (not is_capitalised(tokens[k].text) and is_name_shaped(tokens[k].text)
            and k + 1 < len(tokens) and tokens[k + 1].start - tokens[k].end == 1
            and tokens[k + 1].text[:1].isupper())


def _listed_name_tail(text: str, tokens: list[Token], i: int, j: int) -> int:
    """Capitalised words (and numbers) after a known data set, up to the next comma or 'and' of
    a data list: the member's full name ('Foo 101 Silhouettes', 'Bar Clothes Retrieval'), a
    subset or variant of the known set; not a run of names a lost comma joined ('PRCC CCVID
    LaST')."""
    k = j
    while (k + 1 < len(tokens) and k - j < 3 and tokens[k + 1].start - tokens[k].end == 1
           and (is_capitalised(tokens[k + 1].text) or is_name_shaped(tokens[k + 1].text)
                or tokens[k + 1].text.isdigit())
           and tokens[k + 1].text not in STOP_CAPITALS and tokens[k + 1].text not in _CAPITAL_DATA_HEADS
           and not _joined_names(tokens, k + 1)):
        k += 1
    if k == j or not _LIST_MEMBER_END.match(text, tokens[k].end) or \
            not _LISTED_DATA_LEAD.search(text, max(0, tokens[i].start - 160), tokens[i].start):
        return j
    return k


# "based on particle filters", "the use of particle filters", "training support vector machines",
# "a training procedure for generative adversarial networks": a plural algorithm name that the
# sentence says is used, trained or built on is that algorithm (a list after "such as" may be one
# of research fields: "genetic algorithms, fuzzy logic and ...").
_USED_BEFORE = re.compile(r"\b(?:using|uses?|used|employ\w*|adopt\w*|leverag\w*|apply|applies|"
                          r"applied|applying|via|with|based on|built on|(?:use|usage|application|"
                          r"combination)s?\s+of|compared (?:to|with)|than|versus|against|"
                          r"outperform\w*|train(?:s|ed|ing)?|"
                          r"(?:method|algorithm|procedure|approach)s?\s+for)"
                          r"\s+(?:the\s+|a\s+|two\s+|several\s+|multiple\s+)?$", re.IGNORECASE)


# ... or the second of two things so used: "using kinesthetic teaching and Gaussian mixture models".
_USED_BEFORE_PAIR = re.compile(_USED_BEFORE.pattern[:-1] + r"[\w-]+(?:\s[\w-]+){0,3}\s+(?:and|or)\s+$",
                               re.IGNORECASE)


def _known_phrase(text: str, start: int, key: str, lexicon: Lexicon, eponym: bool = False) -> bool:
    """A method phrase as written: singular anywhere, and the procedure noun of a known filter
    ("extended Kalman filtering"); plural only where it is used ("genetic algorithms" in a list
    of research fields names no method a paper uses) or where a proper name leads it inside a
    sentence ("Gaussian processes are ...", "with Siamese networks"): a person's name before the
    head names the model family, never a research field."""
    if key in lexicon.method_phrases or key.endswith(" filtering") and key[:-3] in lexicon.method_phrases:
        return True
    if not plural_phrase(key, lexicon.method_phrases):
        return False
    return bool(eponym or _USED_BEFORE.search(text, max(0, start - 60), start)
                or _USED_BEFORE_PAIR.search(text, max(0, start - 90), start))


def _eponym_led(tokens: list[Token], i: int, j: int) -> bool:
    """'Gaussian processes' inside a sentence: a capitalised first word, lower-case words after
    it (a Title-Case 'Genetic Algorithms' heading or a sentence's first word says nothing)."""
    return (j > i and not tokens[i].sentence_start and tokens[i].text[:1].isupper()
            and tokens[i].text[1:].islower() and all(t.text.islower() for t in tokens[i + 1:j + 1]))


def _last_word(token: str) -> str:
    return token.rsplit("-", 1)[-1].lower()


def _variant_modifier(word: str, surface: str) -> bool:
    """'kernel canonical correlation analysis', and in Title Case 'Conditional Variational
    Auto-Encoder': the modifier is written in the phrase's own case."""
    return word in VARIANT_MODIFIERS or (word[:1].isupper() and surface[:1].isupper()
                                          and word.lower() in VARIANT_MODIFIERS)


def _spaced_pair_inside_name(text: str, tokens: list[Token], i: int, surface: str,
                             lexicon: Lexicon) -> bool:
    """'we propose the Asymmetric Actor Critic': a known pair written with a space instead of its
    hyphen ('Actor-Critic') that a capitalised word before it makes part of another name."""
    return surface.replace(" ", "-") in lexicon.methods and _capitalised_before(tokens, i)


def _titled_phrase_inside_name(tokens: list[Token], i: int, j: int) -> bool:
    """'a regularized version of Dirac Generative Adversarial Network': a known phrase in Title
    Case after a capitalised word inside a sentence is the end of a longer name (a variant word
    alone makes a variant: "Bayesian Linear Discriminant Analysis")."""
    return (all(t.text[:1].isupper() for t in tokens[i:j + 1]) and _capitalised_before(tokens, i)
            and (not _variant_modifier(tokens[i - 1].text, tokens[i].text)
                 or _capitalised_before(tokens, i - 1)))


def _capitalised_before(tokens: list[Token], i: int) -> bool:
    """A capitalised word glued to token ``i`` from before, inside a sentence."""
    return (i > 0 and not tokens[i].sentence_start and tokens[i].start - tokens[i - 1].end == 1
            and is_capitalised(tokens[i - 1].text) and tokens[i - 1].text not in STOP_CAPITALS)


def _vocab_spans(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Candidate]:
    spans = []
    n = len(tokens)
    # A Title-Case text (a title) capitalises every word: no glued prefix can be told apart there.
    titled = None  # computed the first time a glued prefix is possible

    def title_cased() -> bool:
        nonlocal titled
        if titled is None:
            titled = sum(t.text[:1].isupper() for t in tokens) * 2 > n
        return titled

    i = 0
    while i < n:
        hit = None
        low = tokens[i].text.lower()
        if low not in lexicon.first_words and not (
                "-" in low and low.split("-")[0] in lexicon.phrase_first_words):
            i += 1  # ("model-predictive control" starts where "model predictive control" does)
            continue
        phrase_start = low.split("-")[0] in lexicon.phrase_first_words
        caseless = tokens[i].text.lower() in lexicon.datasets_folded_first
        for j in range(min(n, i + lexicon.max_words) - 1, i - 1, -1):
            surface = text[tokens[i].start:tokens[j].end]
            if surface in lexicon.datasets or caseless and j - i <= 1 and dataset_entry(lexicon, surface):
                if j + 1 < n and _YEAR.match(tokens[j + 1].text) and \
                        tokens[j + 1].start - tokens[j].end == 1 and \
                        not _QUANTITY_AFTER.match(text, tokens[j + 1].end):
                    j += 1  # "PASCAL VOC 2010", "MS COCO 2017": an edition of a known data set
                elif j + 1 < n and _DATA_VERSION.match(tokens[j + 1].text) and \
                        text[tokens[j].end:tokens[j + 1].start] == " " and \
                        not _QUANTITY_AFTER.match(text, tokens[j + 1].end) and \
                        not (j + 2 < n and lexicon.knows_metric(tokens[j + 2].text)):
                    j += 1  # "MultiWOZ 2.1", "Evidence Inference 2.0", "VisDial v1.0": a version
                elif j + 1 < n and text[tokens[j].end:tokens[j + 1].start] == " " and \
                        cues.language_pair(tokens[j + 1].text):
                    j += 1  # "WMT16 De-En": the set's language pair
                elif j + 1 < n and tokens[j + 1].start - tokens[j].end == 1:
                    if not title_cased():
                        last = j
                        j = _data_name_tail(text, tokens, j)
                        j = _listed_name_tail(text, tokens, i, j)
                        if j == last and _needs_context(lexicon, surface):
                            # "MIT Indoor 67", "Amazon Reviews": an ambiguous name that starts a
                            # longer one is only its first word
                            while j - last < 3 and _name_continues(tokens, j, last, lexicon):
                                j += 1
                hit = Candidate(tokens[i].start, tokens[j].end, text[tokens[i].start:tokens[j].end],
                                "vocab-data")
                break
            if (surface in lexicon.methods and surface not in lexicon.generic and len(surface) > 2
                    and surface not in STOP_CAPITALS
                    and not (j == i and tokens[i].sentence_start and surface.istitle())
                    and not (j > i and _spaced_pair_inside_name(text, tokens, i, surface, lexicon))):
                first = i
                # "Faster R-CNN", "Mask R-CNN": a capitalised word glued before a coined name
                if (j == i and is_name_shaped(surface) and _capitalised_before(tokens, i)
                        and not tokens[i - 1].text.endswith(("ing", "ed")) and "/" not in tokens[i - 1].text
                        and not title_cased()):
                    first = i - 1
                if (j == i and i > 0 and tokens[i - 1].text.lower() in ACRONYM_VARIANTS and surface.isupper()
                        and tokens[i].start - tokens[i - 1].end == 1):
                    # "kernel PCA", "Generalized CCA": the variant, the acronym its alias (a
                    # capitalised modifier only where capitals mean something: not in a title)
                    if tokens[i - 1].text in ACRONYM_VARIANTS or \
                            tokens[i - 1].text[1:].islower() and not title_cased():
                        first = i - 1
                if (j == i and i > 0 and tokens[i - 1].text in LOWER_VARIANTS
                        and not surface.istitle() and re.search("[a-z]{3}", surface)
                        and tokens[i].start - tokens[i - 1].end == 1):
                    first = i - 1  # "deep Q-learning", "kernel k-means": the variant named
                if (i > 0 and tokens[i - 1].text in ("2D", "3D", "4D") and not surface.isupper()
                        and not re.fullmatch(r"[A-Z][a-z]+", surface)
                        and tokens[i].start - tokens[i - 1].end == 1
                        and not _BRACKET_AFTER.match(text, tokens[j].end)):
                    # "3D Gaussian Splatting", "3D U-Net": the dimension names a model (one
                    # defined with an acronym, "3D Diffusion Policy (DP3)", is the acronym's; one
                    # capitalised word is an adjective's: "3D Siamese tracking", "2D Haar features")
                    first = i - 1
                # "GPT-3.5 Turbo", "GPT-4 Turbo": a variant word after a known model continues it
                while (j + 1 < n and tokens[j + 1].start - tokens[j].end == 1
                       and _VARIANT_WORD.match(tokens[j + 1].text)):
                    j += 1
                if MODEL_FAMILY.match(surface):  # "Llama 3 8B", "Mistral 7B", as "Llama-3 8B"
                    j = _version_end(text, tokens, j, numbers=True)
                hit = Candidate(tokens[first].start, tokens[j].end,
                                text[tokens[first].start:tokens[j].end], "vocab-method")
                break
            # one token too: "backpropagation", "back-propagation" (the vocabulary's one-word
            # entries are names the corpus uses bare, never a single describing word)
            if phrase_start and _last_word(tokens[j].text) in lexicon.phrase_last_words \
                    and not surface.isupper() and \
                    _known_phrase(text, tokens[i].start, phrase_key(surface), lexicon,
                                  _eponym_led(tokens, i, j)) and \
                    not (j > i and _titled_phrase_inside_name(tokens, i, j) and not title_cased()):
                first = i - 1 if (i > 0 and _variant_modifier(tokens[i - 1].text, surface)
                                  and tokens[i].start - tokens[i - 1].end == 1) else i
                hit = Candidate(tokens[first].start, tokens[j].end,
                                text[tokens[first].start:tokens[j].end], "vocab-phrase")
                break
        if hit:
            spans.append(hit)
            i = next((k for k in range(i, n) if tokens[k].start >= hit.end), n)
        else:
            i += 1
    return spans


def _capword_spans(tokens: list[Token]) -> list[Candidate]:
    """Single capitalised words inside a sentence ('Whisper', 'Mamba'): names only if a
    vocabulary, a model family, a head noun or a list of names says so."""
    return [Candidate(t.start, t.end, "", "capword") for t in tokens
            if not t.sentence_start and is_capitalised(t.text) and t.text not in STOP_CAPITALS
            and len(t.text) > 2 and t.text[1:].islower()]


# "Room-Across-Room", "Tanks-and-Temples": one hyphenated token of capitalised words; a name
# only where a data head noun or a list of data sets says so.
_HYPHENATED_CAPS = re.compile(r"^[A-Z][A-Za-z0-9]+(?:-(?:and|to|of|the|in|on|for|a|[A-Z][A-Za-z0-9]*))*-[A-Z][a-z0-9][A-Za-z0-9]*$")


def _hyphenated_spans(tokens: list[Token]) -> list[Candidate]:
    return [Candidate(t.start, t.end, "", "hyphcaps") for t in tokens
            if "-" in t.text and t.text not in STOP_CAPITALS and _HYPHENATED_CAPS.match(t.text)]


_CLAUSE_PREPOSITIONS = frozenset({"on", "in", "with", "across", "over", "from"})


# "New" starts no name ("New Methods for ...") except a place's ("the New York Times corpus").
_NEW_PLACES = frozenset({"York", "Zealand", "Jersey", "Mexico", "Orleans", "Delhi", "Hampshire",
                         "England", "South", "Haven", "Caledonia", "Guinea"})


# What one character between two capitalised words ends a name at: "PQ=51.5", "TD(0)", "Foo[14]",
# "Foo:Bar", "Foo,Bar" (not "Children’s Book Test", "Q&A").
_NOT_JOINING = frozenset("=<>;[](:,")
# "when employing DeBERTa.We further reveal": a full stop that lost its space ends a sentence
_GLUED_SENTENCE = re.compile(r"\.[A-Z][a-z]+\b")


def _titlecase_spans(text: str, tokens: list[Token]) -> list[Candidate]:
    """Runs of >= 2 capitalised words, e.g. 'Penn TreeBank', 'Tree of Thoughts'."""
    spans = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (is_capitalised(tok.text) or is_name_shaped(tok.text)) or tok.text in STOP_CAPITALS \
                and not (tok.text == "New" and i + 1 < len(tokens) and tokens[i + 1].text in _NEW_PLACES):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and (tokens[j + 1].start == tokens[j].end or
                                       tokens[j + 1].start - tokens[j].end == 1 and
                                       text[tokens[j].end] not in _NOT_JOINING and
                                       not _GLUED_SENTENCE.match(text, tokens[j].end)):
            nxt = tokens[j + 1].text
            if (is_capitalised(nxt) or is_name_shaped(nxt) or is_version(nxt) and not nxt.isalpha()) \
                    and not (nxt[:1].isdigit() and _QUANTITY_AFTER.match(text, tokens[j + 1].end)):
                j += 1
            elif (nxt in CONNECTORS and j + 2 < len(tokens) and nxt != "and"
                  # "Evaluations on FooV2 show ...", "Experiments with Bar-7": a sentence's first
                  # word, a plural noun, and the preposition after it start no name
                  # ("Implemented with Qwen2.5, ...": nor does a participle opening a clause)
                  and not (j == i and tok.sentence_start and nxt in _CLAUSE_PREPOSITIONS
                           and tok.text.endswith(("s", "ed")) and tok.text[1:].islower())
                  # "GLUE for English, Zorb for Chinese": a name and the language it serves
                  and not (nxt == "for" and tokens[j + 2].text in cues.LANGUAGES)
                  # "BLEU-4 on TibetanQA", "Relocalization on NuScenes": a coined name after
                  # "on"/"in" is where the words before it are measured, no part of them
                  and not (nxt in ("on", "in") and is_name_shaped(tokens[j + 2].text))
                  and is_capitalised(tokens[j + 2].text) and tokens[j + 2].text not in STOP_CAPITALS
                  and tokens[j + 2].start - tokens[j + 1].end <= 1):
                j += 2
            else:
                break
        if j == i + 1 and tok.sentence_start and not is_name_shaped(tok.text) and \
                is_acronym(tokens[j].text):
            i = j  # "Typical MTL methods ...": a sentence's first word before an acronym
            continue
        if j > i:
            spans.append(Candidate(tokens[i].start, tokens[j].end, "", "titlecase"))
        i = j + 1
    return spans


# "we propose neighborhood linear embedding (NLE)": an acronym that is generic elsewhere
# ("natural language explanation") is coined here.
_COINING_BEFORE = re.compile(r"(?:\b(?:propose|present|introduce|develop|call|name|term|dub)(?:s|d)?\s+"
                             r"(?:a\s+|an\s+|the\s+)?(?:new\s+|novel\s+)?"
                             r"|\b(?:[Oo]ur|the)\s+(?:new|novel|proposed)\s+)$")


# ... and the definition ends the noun phrase ("(NLE), an ...", "(MSE) to extract"); with a
# noun after it ("a novel Markov Decision Process (MDP) type") it is a modifier, not a name.
_COINING_AFTER = re.compile(r"\)\s*(?:[,.;:]|(?:to|that|which|for|is|in|algorithm|method|model|"
                            r"framework|network|approach)\b)")


def _acronym_spans(text: str, lexicon: Lexicon) -> list[Candidate]:
    """Both forms of each acronym definition; a generic acronym ("LLMs") masks its long form
    ("Large Language Models") so neither becomes a name."""
    spans = []
    for abbr in find_abbreviations(text):
        if abbr.short_form in lexicon.generic and not defined_phrase(
                phrase_key(abbr.long_form), lexicon.method_phrases) and (abbr.short_form.endswith("s") or not (
                _COINING_BEFORE.search(text, max(0, abbr.long_start - 40), abbr.long_start)
                and _COINING_AFTER.match(text, abbr.short_end))):
            spans.append(Candidate(abbr.long_start, abbr.long_end, "", "generic"))
            spans.append(Candidate(abbr.short_start, abbr.short_end, "", "generic"))
            continue
        spans.append(Candidate(abbr.long_start, abbr.long_end, abbr.long_form, "acronym-long",
                               abbr.short_form))
        spans.append(Candidate(abbr.short_start, abbr.short_end, abbr.short_form, "acronym-short",
                               abbr.long_form))
    return spans


def _needs_context(lexicon: Lexicon, surface: str) -> bool:
    """A known data set's name that is also a common acronym ("SSC", "PIE")."""
    entry = dataset_entry(lexicon, surface)
    return bool(entry and entry[2])


# each $ with the next, as LaTeX pairs them ("$$" with the next "$$": a displayed formula)
_PAIRED_DOLLARS = re.compile(r"\$\$[^$]*\$\$|\$[^$]*\$")


def _formula_chars(text: str) -> bytearray:
    """Which characters lie inside a LaTeX formula: from a $ to the next, with markup inside
    (not prices: "$0.23 per image with GPT-4 or $0.27")."""
    inside = bytearray(len(text) + 1)
    for found in _PAIRED_DOLLARS.finditer(text):
        if any(ch in "\\^_{" for ch in found.group()):
            inside[found.start():found.end()] = b"\x01" * (found.end() - found.start())
    return inside


# "an intuitive Graph Representation Learning (GRL) framework is presented": a known task's
# words, with one thing of a method's kind after them (singular: "VQA models" are the task's),
# name that thing
_NAMES_ONE_AFTER = re.compile(r"\)?\s*(?:framework|model|method|approach|algorithm|network|system|"
                              r"architecture)\b")


def find_candidates(text: str, tokens: list[Token], lexicon: Lexicon) -> list[Candidate]:
    """All candidate spans, overlapping ones resolved: acronym forms and vocabulary hits win,
    then the longest span."""
    raw = (_acronym_spans(text, lexicon) + _vocab_spans(text, tokens, lexicon)
           + _shape_spans(text, tokens, lexicon) + _titlecase_spans(text, tokens) + _capword_spans(tokens)
           + _hyphenated_spans(tokens))
    priority = {"generic": -1, "acronym-short": 0, "acronym-long": 1, "vocab-data": 2, "vocab-method": 2,
                "vocab-phrase": 2,
                "shape": 3, "titlecase": 3, "capword": 5, "hyphcaps": 5}
    raw.sort(key=lambda c: (priority[c.source], -(c.end - c.start), c.start))
    # "... image fusion (IVIF) ... the state-of-the-art IVIF methods": a task's acronym stays a
    # task wherever it recurs.
    tasks = {c.text for c in raw if c.source == "acronym-short"
             and (cues.TASK_TAIL.search(c.partner) or c.partner.lower().endswith(" completion")
                  or c.partner.lower() in lexicon.tasks and not _NAMES_ONE_AFTER.match(text, c.end))
             and not c.partner.lower().endswith(("estimation", "logic")) and not lexicon.methods.get(c.text)}
    chosen: list[Candidate] = []
    formulas = _formula_chars(text) if "$" in text else None
    taken = bytearray(len(text) + 1)  # characters already claimed: overlap checks stay linear
    for cand in raw:
        if any(taken[cand.start:cand.end]):
            continue
        surface = text[cand.start:cand.end]
        if cand.source != "generic" and (not surface.strip() or is_numberish(surface)
                                         or text.startswith("://", cand.end)):
            continue  # "... on web-page33https://x.io": a word glued to a link's scheme
        if text[cand.start - 1:cand.start] == "\\" or formulas is not None and formulas[cand.start]:
            continue  # "$\Phi$-regret", "$\tilde O(HS\sqrt{AT})$": mathematics, not the model "Phi"
        if tasks and surface.rstrip("s") in tasks and (cand.source == "shape" or cand.source == "vocab-data"
                                                       and _needs_context(lexicon, surface)):
            continue  # "the public SSC benchmarks" after "semantic scene completion (SSC)"
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand if cand.source == "generic" else
                      Candidate(cand.start, cand.end, surface, cand.source, cand.partner))
    return sorted((c for c in chosen if c.source != "generic"), key=lambda c: c.start)


_EPONYM = re.compile(r"\b([A-Z][a-z]+(?:[-–][A-Z][a-z]+)?)['’]s?\s+"
                     r"(?:(?!(?:famous|classic|classical|original|celebrated|well-known|seminal|"
                     r"popular|standard|new|own)\b)[a-z][a-z-]+\s+){0,2}"
                     r"(?:algorithm|method|estimator|filter|procedure)s?\b")


def eponym_spans(text: str) -> list[tuple[int, int, str]]:
    """'Lloyd's algorithm', 'Stein’s method', "Leurgans' algorithm", "Sinkhorn's matrix scaling
    algorithm": a person's name in the possessive before a method noun (two describing words
    at most between) names a method (start, end, surface)."""
    return [(m.start(), m.end(), m.group()) for m in _EPONYM.finditer(text)
            if m.group(1) not in STOP_CAPITALS]


# "A*", "RRT*", "Theta*", "D* Lite", "CC-RRT*": a star glued to an acronym of three or more
# letters (or to the classic one-letter and word names of heuristic search) names a search or
# planning algorithm and its optimal variants. Other short stars are notation ("O*(n)", "Q*",
# "UD*"), and a star glued to a hyphen or plus is part of a longer name ("RRT*-AR", "Db-A*",
# "A*+BFHS").
_STAR_NAME = re.compile(r"(?<![\w*-])((?:(?:[A-Z]{2,}-)*[A-Z]{3,}[a-z]?|A|D|Theta)\*(?: Lite\b)?)"
                        r"(?![\w*(+-])")


def star_name_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each star-suffixed algorithm name in the text."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _STAR_NAME.finditer(text)]

