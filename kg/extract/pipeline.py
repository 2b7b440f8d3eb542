"""extract_paper(): one paper in, every mention out. Pure and deterministic, so it can run in
worker processes and be cached by content."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.abbreviations import is_short_form, match_long_form
from kg.extract.candidates import (ACRONYM_VARIANTS, STOP_CAPITALS, Candidate, eponym_spans,
                                   find_candidates, star_name_spans, tokenize)
from kg.extract.cues import (ADJECTIVE_ENDS, BRACKETED_MEASURE, DATA_HEADS, INTRODUCING_WORD, LANGUAGES,
                           TASK_TAIL, language_pair, list_gap)
from kg.extract.classify import (Label, classify, is_metric_like, is_quantity, is_score_name,
                                 other_expansion, right_head)
from kg.extract.classify_data import CAPWORD_DATA_HEADS
from kg.extract.families import MODEL_FAMILY
from kg.extract.lexicon import (GENERIC_PHRASES, Lexicon, dataset_entry, fold, load_lexicon,
                                 phrase_key, singular_words)
from kg.extract.markup import blank_markup
from kg.extract.proposed import (Coined, background_names, called_data, coined_in_abstract,
                                 is_known_method, known_variant)
from kg.extract.results import BARE_MEASURE_HEADS, COMPUTE_COUNTS, ValueSpan, find_values
from kg.extract.metrics import CUT_OFF, METRIC_HEADS, find_metrics, singular
from kg.extract.sentences import SentenceIndex
from kg.extract.shapes import expand_shorthand, is_name_shaped, is_version
from kg.extract.tasks import rank_tasks
from kg.extract.title_names import (TitleLead, introduced_title_lead, introduced_title_tail,
                                    subject_title_name,
                                    survey_title_name, title_defined_name, title_lead_name,
                                    title_model_name, title_name, title_opening_name,
                                    whole_title_name)
from kg.extract.urls import find_urls
from kg.model import Evidence, Extraction, Kind, Mention, Paper, ResultMention, Role

EXTRACTOR_VERSION = "rules-1"
_METRIC_CUE = re.compile(r"in terms of|measured (?:by|with|in)|metrics?\b|scores?\b|evaluated "
                         r"(?:by|with|using)|report(?:s|ed|ing)?\b", re.IGNORECASE)
# "improves accuracy", "higher precision": the measure is what the paper reports moving.
# "achieves state-of-the-art accuracy": the measure the paper reports reaching.
_METRIC_CHANGE = re.compile(r"\b(?:improv\w*|higher|better|boost\w*|increas\w*|gains? in|lower|"
                            # "great advances in accuracy", "progress in accuracy"
                            r"advances?\s+in|progress\s+in|"
                            r"reduc\w*|drop in|achiev\w*|(?:achiev\w*|attain\w*|reach\w*|obtain\w*|"
                            r"leads? to|sets?)\s+(?:a\s+|the\s+|new\s+)*state[- ]of[- ]the[- ]art|"
                            r"\.\s+State[- ]of[- ]the[- ]art|"
                            # "without sacrificing accuracy", "with little loss of accuracy": the
                            # measure the paper reports keeping while gaining something else
                            r"(?:without|little|no|negligible|minimal|minor|small)\s+(?:an?\s+|any\s+)?"
                            r"(?:compromis\w*|loss|losing|sacrific\w*|degrad\w*|drop)(?:\s+(?:in|of))?|"
                            # "a better trade-off between latency and accuracy": the measures weighed
                            r"(?:trade[- ]?offs?|trades\s+off)(?:\s+(?:between|of))?|compromise\s+between|"
                            # "a notable decline in accuracy", "leaps in accuracy": a change noun
                            r"declin\w*|degrad\w*|deteriorat\w*|(?:leap|jump|fall|loss)(?:es|s)?\s+(?:in|of)|"
                            # "attains the same accuracy as X", "similar levels of accuracy": a
                            # comparison of equals names the measure it is drawn on, as "higher" does
                            r"(?:same|similar|comparable|competitive|equal|equivalent)(?:\s+levels?\s+of)?|"
                            # "at the cost of accuracy", "while maintaining accuracy": the measure
                            # given up or kept for a gain elsewhere
                            r"at\s+the\s+(?:cost|expense|price)\s+of|maintain\w*|preserv\w*|retain\w*|"
                            r"los(?:e|es|ing)|sacrific\w*)"
                            r"\s+(?:both\s+)?(?:(?:of|in)\s+)?"  # "a reduction of the tracking error"
                            # "improves the overall system's accuracy": whose, after a word
                            r"(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:[\w-]+['’]s\s+)?$",
                            re.IGNORECASE)
_LINK = re.compile(r"\s+(?:of|is|was|at|to|reaches|reached|exceeding|above|below|around|about|"
                   r"of about|of around|of up to|up to|by)?\s*(?:only\s+|about\s+|approximately\s+)?")


# No clause break between a number and a data set's name: "on CVUSA from 89.8% to 93.1%".
_OWN_CLAUSE = re.compile(r"[^,;:()]{0,80}")
# ... and after the number its measure may stand in brackets: "3.95 (Pass@1) on Foo"
_OWN_CLAUSE_AFTER = re.compile(r"(?:" + BRACKETED_MEASURE + r")?[^,;:()]{0,80}")
# "203.4% higher text span IoU": a comparative between the number and the measure's name.
_COMPARED_AFTER = re.compile(r"\s*(?:higher|lower|better|more|less|fewer|greater)\s+")


# "precision, recall, and diversity", "coverage and accuracy": measures listed together.
_LIST_JOIN = list_gap(either=True, slash=True, article=True)


# "outperforms existing approaches in accuracy": the measure a comparison is won on.
_OUTPERFORMS_IN = re.compile(r"\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|superior\s+to|"
                             r"better\s+than|compar\w+\s+favou?rably\s+(?:to|with))\s+"
                             r"(?:[\w-]+\s+){0,5}?(?:in|on)\s+"
                             r"(?:terms\s+of\s+)?(?:both\s+)?(?:the\s+|its\s+|their\s+)?"
                             r"(?:[\w-]+\s+)?$")


# "a sensor system for improving the accuracy of range data", "to improve prediction accuracy":
# what the work aims at, not a measure it reports moving.
_AIM_TO_IMPROVE = re.compile(r"\b(?:to|for)\s+(?:further\s+)?(?:improv|enhanc|increas|boost)\w*\s+"
                             r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# "precision and recall improve": the measures a change verb has as its subject.
_CHANGED_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?"
                            # "the accuracy of the pitching motion is improved": what it is of
                            r"\s+(?:(?:is|are|was|were|has|have|can\s+be)\s+)?(?:\w+ly\s+)?"
                            # verbs only: "a relative accuracy improvement strategy" is a compound
                            r"(?:improv(?:e|es|ed)|increas(?:es|ed)|decreas(?:es|ed)|reduced|drop(?:s|ped)|"
                            r"declin(?:es|ed)|degrad(?:es|ed)|rises|rose|fell|boosted)\b",
                            re.IGNORECASE)
# "0.91 (accuracy)": a measure named in brackets right after its number.
_NUMBER_BRACKET = re.compile(r"\d(?:\s?%)?\s*\(\s*$")


def _written_mid_sentence(text: str, name: str) -> bool:
    """``name`` occurs in ``text`` as written, as whole words, somewhere other than at the start of
    a sentence (where every word is capitalised)."""
    if name not in text:
        return False  # most title words: no pattern to build
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[:match.start()].rstrip()
        if before and before[-1] not in ".!?":
            return True
    return False


def _near_value(span, values: list) -> bool:
    """A number with a measure stands within 80 characters of the metric span."""
    return any(abs(v.start - span.start) < 80 for v in values if v.metric)


# What a method costs, named as a measure only with a number or a cue beside it
_COST_MEASURE = re.compile(r"\b(?:time|times|footprint)$", re.IGNORECASE)


def _cued_spans(text: str, spans: list, near: list[bool]) -> set[int]:
    """The metric spans the text marks as measures: near a number, or after a cue word ("in
    terms of", "improves"); and a measure listed with a marked one is marked too ("gains in
    precision, recall and F1": the cue sits before the first name only). ``near``: each span's
    ``_near_value``."""
    cued = set()
    for i, span in enumerate(spans):
        if near[i] or _METRIC_CUE.search(text[max(0, span.start - 40):span.end + 30]) or \
                _METRIC_CHANGE.search(text[max(0, span.start - 45):span.start]) and \
                not _AIM_TO_IMPROVE.search(text, max(0, span.start - 45), span.start):
            cued.add(i)
        elif _OUTPERFORMS_IN.search(text, max(0, span.start - 80), span.start) or \
                _CHANGED_AFTER.match(text, span.end) or \
                _NUMBER_BRACKET.search(text, max(0, span.start - 12), span.start):
            cued.add(i)
    listed = [i for i in range(len(spans) - 1)
              if _LIST_JOIN.fullmatch(text, spans[i].end, spans[i + 1].start)]
    for _ in range(2):  # both ways along a list of three
        for i in listed:
            if i in cued or i + 1 in cued:
                cued |= {i, i + 1}
    return cued


def _qualified_before(text: str, mention: Mention, value_start: int, base: str) -> bool:
    """The mention is the last word of the measure ``base`` written just before the number:
    "a release accuracy of 0.7 mm" names "release accuracy", not also "accuracy"."""
    start, end = mention.evidence.start, mention.evidence.end
    if end > value_start or not _LINK.fullmatch(text, end, value_start):
        return False
    qualifier = base[:len(base) - len(mention.text)].strip().lower()
    return text[max(0, start - len(qualifier) - 1):start].strip().lower() == qualifier


def _named_longer(mentions: list[Mention], value, base: str) -> bool:
    """A metric named just before the number already ends in these words: "3D position
    accuracy of 8 cm" is one measure, not also "position accuracy"."""
    tail = " " + base.lower()
    return any(m.kind is Kind.METRIC and m.text.lower().endswith(tail) and
               0 <= value.start - m.evidence.end <= 40 for m in mentions)


_COINED_METRIC = re.compile(r"\b(?:new|novel|proposed)\s+(?:\w+\s+)?(?:evaluation\s+)?"
                            r"(?:metric|measure|score)\b"
                            # (a modifier is none: "two novel metric learning algorithms")
                            r"(?!-|\s+(?:learning|spaces?|functions?|matching|theory|estimation|"
                            r"models?|networks?)\b)", re.IGNORECASE)
_GAIN_SUFFIX = re.compile(r"\s+(?:improvement|gain|reduction|increase)s?(?:\s+over\s.*)?$")
_OWN_INSTANCE = re.compile(r"\b(?:[Oo]ur|proposed|novel|new)\s+(?:[\w-]+\s+)?$")
_EVALUATED_ACROSS = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:on|across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                               r"(?:datasets|benchmarks|corpora|data sets)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’][sS]$")
_DATA_NAMED = re.compile(r"\b(?:benchmark|dataset|corpus)$", re.IGNORECASE)
# "we build ZorbBench", "FooArena 2": a coined name shaped as a benchmark's ("FooEval" is as
# often a coined metric or evaluation framework)
_BENCH_NAMED = re.compile(r"(?:Bench|Arena)(?:[-\s]?v?\d[\w.]*)?$")
# ... unless the text says what else it is: "SLAMBench, a publicly-available software framework",
# "X, an interactive simulation platform", "X, a novel data-driven method" (but "a benchmark
# library" is data)
_NOT_DATA_APPOSITIVE = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:(?!(?:dataset|benchmark|corpus|data)(?![\w-]))[\w-]+\s+){0,3}?"
    r"(?:framework|toolkit|tool|library|model|method|system|platform|simulator|approach|algorithm|"
    r"architecture|pipeline|metric)\b", re.IGNORECASE)
# ("A as well as B", "A and the B": the same coordination, in more words)
# ("Foo [12], Bar [13] and Baz": a numbered reference after a member leaves the list going)
_LIST_SEP = re.compile(r"^(?:\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\])?"
                       r"\)?\s*(?:,\s*(?:and\s+|or\s+|as well as\s+)?|\s+and\s+|\s+or\s+|\s*/\s*|"
                       r",?\s+as well as\s+|\s+and\s+the\s+)"
                       # "the synthetic Replica and real-world TUM-RGBD datasets": a member's kind
                       r"(?:(?:real-world|real|synthetic|simulated|indoor|outdoor)\s+)?$")
# "MORPH (the largest face database) and FGNET": a member's own gloss in brackets still leaves
# the next name in the same list
_GLOSSED_LIST_SEP = re.compile(r"^\s*\([^()]{1,60}\)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$")
# "two datasets (M-VAD and MPII-MD)", "datasets: A and B": a plural data noun introducing a
# list speaks for every member, not only the first one it stands next to
_LIST_OPENING_SIGNALS = frozenset({"context:data-noun", "context:data-list"})
# Cues that set a list against the paper's method ("outperforms A and B", "compared with A, B")
_COMPARED_SIGNALS = frozenset({"context:method", "context:compared"})
_CAPITALISED_NEXT = re.compile(r" [A-Z][a-z]")
_YEAR_AFTER = re.compile(r",?\s*(?:19|20)\d\d[a-z]?\b")
# Method labels that rest on a name's shape or prefix alone, not on the words around it
_NAME_ONLY_SIGNALS = frozenset({"family", "shape"})


class _Field:
    """One text of a paper (title or abstract) with its sentences, tokens and candidates."""

    def __init__(self, name: str, written: str, lexicon: Lexicon):
        self.name = name
        self.written = written  # as in the paper: evidence sentences are quoted from it
        self.text = text = blank_markup(written)  # what the rules read: same offsets
        self.sentences = SentenceIndex(written)
        self.urls = find_urls(text)
        starts = {s for s, _ in self.sentences.spans}
        tokens = tokenize(text, starts, [(u.start, u.end) for u in self.urls])
        self.candidates = find_candidates(text, tokens, lexicon)

    def as_written(self, start: int, end: int) -> bool:
        return self.text is self.written or self.text[start:end] == self.written[start:end]

    def evidence(self, start: int, end: int, extractor: str, confidence: float) -> Evidence:
        return Evidence(self.name, start, end, self.sentences.sentence_at(start), extractor,
                        round(confidence, 3))


_SCORE_TAIL = re.compile(r"\s+(?:scores?|metrics?|measures?)$", re.IGNORECASE)


_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]+(?:-(?:[A-Z][a-z]+|to|of|and|in|on|the))*")


def metric_surface(text: str, keep_tail: bool = False) -> str:
    """A metric as a curator writes it: 'F1 score' -> 'F1', 'Top-1 Accuracy' -> 'top-1 accuracy';
    with ``keep_tail``, 'Inception Score' -> 'inception score' (no metric without its tail)."""
    if not keep_tail:
        text = _SCORE_TAIL.sub("", text) or text
    # (a Title-Case compound is a word, not an acronym: "Click-Through", "Signal-to-Noise")
    words = [w if sum(c.isupper() for c in w) > 1 and not _TITLE_CASE_WORD.fullmatch(w) or
             (w[:1].isupper() and len(w) <= 4 and not w[1:].islower()) or
             re.fullmatch(r"\d[A-Z]", w) or re.match(r"[A-Z]\d+-", w)  # "3D position accuracy", "F1-score"
             else w.lower()
             for w in text.split()]
    return " ".join(words)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|/\s*)", re.IGNORECASE)


# "... on the CIFAR-10 and CIFAR-100 datasets, respectively": the word that pairs two lists
_DATA_RESPECTIVELY = re.compile(r"\s*(?:\)\s*)?(?:(?:data\s*sets?|datasets|benchmarks?|corpora|"
                                r"splits?|tasks?)\s*)?(?:\)\s*)?,?\s*respectively\b", re.IGNORECASE)


def _joined(text: str, run: list[Mention]) -> bool:
    return all(_LIST_GAP.fullmatch(text, a.evidence.end, b.evidence.start)
               for a, b in zip(run, run[1:]))


# "... absolute improvements in EM accuracy on A, B and C": the words between the numbers and
# the data sets they were measured on (no other number, no sentence break).
_MEASURED_ON = re.compile(r"[^\d.;]{0,100}?\b(?:on|in|for|across|of)\s+(?:the\s+)?", re.IGNORECASE)


def _respective_data(text: str, first, last, data: list[Mention]) -> list[Mention]:
    """The list of as many data sets that pairs in order with the numbers from ``first`` to
    ``last``, when it is the only data named in their sentence on its side: after the numbers
    ("92.2% and 74.5% accuracies without extra data on A and B, respectively"), or before them
    ("On A, B and C, it surpasses the baseline by 4.5%, 8.5% and 7.4%")."""
    count = len(first)
    s_start = text.rfind(". ", 0, first[0].start) + 1
    s_end = text.find(". ", last.end)
    s_end = len(text) if s_end < 0 else s_end
    after = [m for m in data if last.end <= m.evidence.start < s_end]
    if after:
        run = after[:count]
        if len(after) == count and _joined(text, run) and (
                _DATA_RESPECTIVELY.match(text, run[-1].evidence.end) or
                _MEASURED_ON.fullmatch(text, last.end, run[0].evidence.start)):
            return run
        return []
    before = [m for m in data if s_start <= m.evidence.start and m.evidence.end <= first[0].start]
    if len(before) == count and _joined(text, before):
        return before
    return []


def _listed_data(text: str, values: list, data: list[Mention]) -> dict[int, Mention]:
    """"78.1%, 80.9% and 76.5% on CityScapes, CamVid and KITTI": a list of numbers followed by
    a list of as many data sets pairs them in order. Returns value index -> data mention."""
    out: dict[int, Mention] = {}
    data = sorted(data, key=lambda m: m.evidence.start)
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and _LIST_GAP.fullmatch(
                text, values[j].end, values[j + 1].start):
            j += 1
        if j > i:
            after = [m for m in data if m.evidence.start >= values[j].end]
            run = after[:j - i + 1]
            if len(run) == j - i + 1 and re.fullmatch(
                    r"\s*(?:[\w-]+\s+){0,3}?(?:on|in|for)\s+(?:the\s+)?", text[
                        values[j].end:run[0].evidence.start]) and _joined(text, run):
                out.update({i + n: m for n, m in enumerate(run)})
            else:
                run = _respective_data(text, values[i:j + 1], values[j], data)
                out.update({i + n: m for n, m in enumerate(run)})
        i = j + 1
    return out


_IN_BRACKETS = re.compile(r"\s*\([^()]{0,30}")
_AT_TIME = re.compile(r"\b(?:at|during)\s+(?:the\s+)?$", re.IGNORECASE)


# The word before a measure that says how it was counted, and the measure it leaves alone
# ("average precision" and "relative error" are measures of their own)
_OWN_MEASURE_AFTER = {"average": "precision", "relative": "error", "absolute": "error"}


def _measure_itself(surface: str, lexicon: Lexicon) -> str:
    """'average accuracy' -> 'accuracy', 'a 37.5% relative WER reduction' -> 'WER': a curator
    names the measure, not the averaging or how a change in it is counted."""
    first, _, rest = surface.partition(" ")
    own = _OWN_MEASURE_AFTER.get(first.lower())
    if own and rest and rest.split()[0].lower() != own and lexicon.knows_metric(rest):
        return rest
    return surface


# Heads that name a measure on their own when a number goes with them ("90% correlation with
# the reference", "a reward of 320"), unlike "rate" or "time"; not "coverage" or "sparsity",
# which a number often sets as a condition or describes data with ("at 90% sparsity").
_SELF_NAMED = frozenset("correlation reward return".split())


# "mean wobble errors (MWE)": a name defined with its acronym, kept as written
_ACRONYM_DEFINED_AFTER = re.compile(r"\s*\(\s*[A-Z]")


def _singular_measure(words: list[str], lexicon: Lexicon | None = None) -> list[str]:
    """A measure is named in the singular: "success rates" -> "success rate", "F1-scores" ->
    "F1-score" (a head alone, "errors", only when ``lexicon`` knows it as a measure:
    "accuracies")."""
    last = words[-1].rsplit("-", 1)[-1]
    one = singular(last)
    if one == last.lower() and lexicon and len(words) == 1 and words[0].islower() and \
            words[0].endswith("s") and lexicon.knows_metric(words[0][:-1]):
        return [words[0][:-1]]  # "f-measures of 93.14%": a known measure's plural
    alone = len(words) == 1 and "-" not in words[-1]
    if one == last.lower() or alone and not (lexicon and last.islower() and lexicon.knows_metric(one)):
        return words
    cut = 3 if last.lower().endswith("ies") else 1  # "accuracies", "rates"
    return words[:-1] + [words[-1][:-cut] + ("y" if cut == 3 else "")]


def _derived_metric(measure: str, lexicon: Lexicon) -> str:
    """The metric a result's words name, or "" when they name none a curator would list:
    'a rate' (a bare head), 'GPT-api cost' (a system's name, not a measure's)."""
    raw = _GAIN_SUFFIX.sub("", measure)
    words = raw.split()
    while words and words[0].lower() in ("a", "an", "the", "baseline"):
        words = words[1:]  # "against a baseline recognition rate of 95.9%": the same measure
    if not words:
        return ""
    first = words[0]
    if len(words) > 1 and any(c.isupper() for c in first) and any(c.islower() for c in first) \
            and not all(_TITLE_CASE_WORD.fullmatch(w) for w in words):
        return ""  # "GPT-api cost", "BERT-based accuracy" (not "Page Click-Through Rate")
    words = _singular_measure(words)  # "signal-to-noise ratios of 15dB"
    base = metric_surface(" ".join(words))
    if len(words) == 1 and not (lexicon.knows_metric(base) or base.lower() in _SELF_NAMED or
                                base.lower() in COMPUTE_COUNTS):
        return ""  # "rate", "time": a head alone names no measure
    if re.search(r"\sscores?$", raw, re.IGNORECASE) and not any(
            c.isupper() for c in base.split()[-1]):
        base += " score"  # "absolute normalized score" keeps its head; "F1 score" is "F1"
    return _measure_itself(base, lexicon)


def split_data_name(name: str, known: Callable[[str], bool] = lambda _: False) -> list[str]:
    """Shorthand and transfer pairs: 'CIFAR-10/100' -> two; 'SynLiDAR-to-SemanticKITTI' -> two;
    known data sets or whole names joined by slashes, 'SVHN/CIFAR-10/CIFAR-100' -> three (but
    'ETH/UCY', one benchmark, stays whole unless both halves are ``known``)."""
    pair = re.fullmatch(r"(\S+?)[-\s](?:to|→)[-\s](\S+)", name)
    if pair and all(is_name_shaped(p) for p in pair.groups()):
        return [pair.group(1), pair.group(2)]
    parts = name.split("/")
    if len(parts) > 1 and (all(known(p) for p in parts) or all(_set_token(p) for p in parts) and
                           not any(MODEL_FAMILY.match(p.rsplit("-", 1)[-1]) for p in parts)):
        return parts  # ("IWSLT14/WMT14": two names of whole data sets; not "PreResNet29/ResNet50")
    parts = name.split(",")  # "UCF-101,Something-Something-v2": a list that lost its spaces
    if len(parts) > 1 and all(known(p) or _set_token(p) for p in parts):
        return parts
    run = name.split(" ")
    if len(run) > 1 and all(_set_token(t) for t in run):
        return run  # "on the LEVIR-CD WHU-CD and CDD datasets": a list written without commas
    return expand_shorthand(name)


# (a year or a "v" version: a bare decimal after "and" is as often a score, "MultiWOZ 2.0 and
# 8.41", as the next version)
_EDITION_AT_END = re.compile(r"(.*?[ -]?)((?:19|20)\d\d|[vV]\d+(?:\.\d+)?)")
_NEXT_EDITION = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
                           r"((?:19|20)\d\d|[vV]\d+(?:\.\d+)?)\b"
                           r"(?!\s*(?:[-–]|to\b))")  # ("2012 to 2015": a range of years)


def later_editions(text: str, name: str, end: int) -> list[tuple[int, int, str]]:
    """'PASCAL VOC 2007 and 2012', 'VQA v1.0 and v2.0': the editions listed after a data set's
    name, each spelled out with the name's stem (spans at the bare edition)."""
    edition = _EDITION_AT_END.fullmatch(name)
    if not edition or not edition.group(1).strip():
        return []
    year = edition.group(2).isdigit()
    found = []
    while (more := _NEXT_EDITION.match(text, end)) and more.group(1).isdigit() == year:
        found.append((more.start(1), more.end(1), edition.group(1) + more.group(1)))
        end = more.end()
    return found


# One data set's name as one token: capitalised, with a hyphen or a digit ("WHU-CD", "GTA5"),
# and a digit or an acronym part in it (not a title's "Sample-Efficient" or "Multi-Scale")
_SET_TOKEN = re.compile(r"[A-Z][A-Za-z]*(?:[A-Za-z]*\d[\w]*|-[A-Za-z\d][\w-]*)")


def _set_token(token: str) -> bool:
    """A token that names a whole data set by itself, so that names of this shape side by side
    are several sets ('MELD-CD QUIX-7'), while a word, an acronym alone, a version ('V2') or a
    language pair ('En-De') only continues one name ('SUN RGB-D', 'Something-Something V2')."""
    return bool(_SET_TOKEN.fullmatch(token)) and sum(c.isalpha() for c in token) >= 3 \
        and bool(re.search(r"\d|\b[A-Z]{2,}\b", token)) \
        and not is_version(token) and not language_pair(token) \
        and not any(part in LANGUAGES for part in token.split("-"))


_METHOD_PART = re.compile(r"[A-Z][A-Za-z0-9-]+(?:\.\d[A-Za-z0-9-]*)?")  # "GPT-3.5/GPT-4"


# "we propose RRT*", "a novel A* variant": the paper's own algorithm, not one it uses.
_OWN_STAR = re.compile(r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|novel|new|our)\s+(?:an?\s+|the\s+)?$",
                       re.IGNORECASE)


# A model's size, version or variant at the end of its name, and the same kind alone after a
# slash: "ResNet-50/101", "LLaMA2-7B/13B", "MobileNetV1/V2", "GPT-3.5/4", "DeiT-T/S/B"
# (each kind with the stem it ends: a letter variant needs its hyphen, "DeiT-T", not "MOEA/D")
_SIZE_SHAPES = [(re.compile(stem + "(" + kind + ")"), re.compile(kind)) for stem, kind in (
    (r"(.*[A-Za-z][-\s]?|.*\d[-\s])", r"\d+(?:\.\d+)?[BMK]?"),
    (r"(.*[A-Za-z])", r"[Vv]\d+"),
    (r"(.*[A-Za-z0-9]-)", r"[A-Z]"))]


def _model_sizes(parts: list[str]) -> list[str]:
    """'ResNet-18/34/50', 'LLaMA2-7B/13B', 'MobileNetV1/V2', 'GPT-3.5/4', 'DeiT-T/S/B': one
    family in several sizes, each a model; not 'ViT-B/16' (a patch size after a variant) nor
    'MOEA/D'."""
    for shape, kind in _SIZE_SHAPES:
        head = shape.fullmatch(parts[0])
        if head and all(kind.fullmatch(p) for p in parts[1:]):
            return [parts[0]] + [head.group(1) + p for p in parts[1:]]
    return []


def split_method_name(name: str, known: Callable[[str], bool] = lambda _: False) -> list[str]:
    """'PoT/FoE', 'Pix2Pix/Pix2PixHD': two methods written as one token; a family in several
    sizes, each ('ResNet-50/101', 'GPT-3.5/4', 'MobileNetV1/V2'). Known methods joined by '+'
    ('HOG+SVM', 'PCA+LDA') are each used (not 'ZANODE+MPPI', a combination the paper names)."""
    parts = name.split("/")
    if len(parts) > 1 and all(_METHOD_PART.fullmatch(p) and not is_version(p) for p in parts):
        return parts
    if len(parts) > 1 and (sizes := _model_sizes(parts)):
        return sizes
    parts = name.split("+")
    if len(parts) > 1 and " " not in name and all(p and known(p) for p in parts):
        return parts
    return [name]


def _own_expansion(text: str, cand: Candidate, proposed_texts: list[str]) -> bool:
    """'we propose SCAN, a Spatial Context Attentive Network', 'We introduce MGP-VAE (Multi-...)':
    a Title-Case model phrase right after an introducing verb or a coined name is that name's
    long form, not a method the paper uses."""
    before = text[max(0, cand.start - 40):cand.start]
    return bool(INTRODUCING_WORD.search(before)) or any(p in before for p in proposed_texts)


# Head nouns that a method's name takes or drops at will: "the Optimal Hyperplane algorithm",
# "the Nystrom method", "a sequential Monte Carlo localizer", "the Linear Inverted Pendulum model".
_HEAD_AFTER = re.compile(r"[ -](algorithm|method|model|approximation|localizer|controller|"
                         r"estimator|sampler|solver|planner|classifier|filter|network)s?\b")
_HEAD_AT_END = re.compile(r"\s+(?:algorithm|method|model|approach)s?$", re.IGNORECASE)


def _short_form(name: str) -> bool:
    """An acronym-like form, as kg.resolve tells them: its aliases are read as long forms."""
    return len(name) <= 12 and " " not in name and sum(c.isupper() for c in name) >= 2


# Heads that a short name is written with as one term ("PID controller", "Kalman filter"), unlike
# "CBO algorithms" or "BERT model", which name the kind.
_NAMING_HEADS = frozenset({"controller", "filter", "estimator", "planner", "sampler", "solver"})


# An upper-case name with a lower-case word run on by text extraction ("ALGAElearns")
# (a verb's ending: not "SOSlasso", the paper's own name for its lasso)
_GLUED_TO_PROPOSED = re.compile(r"([A-Z][\w-]*[A-Z])([a-z]{2,}(?:s|ed))")


def surface_variants(text: str, name: str, end: int) -> list[str]:
    """Other forms of a method name that this text writes: the name with the head noun that
    follows it here, the name without its own head noun, an acronym's plural or singular
    ("GAM" and "GAMs"). A curator may record any of them; they are one method."""
    out = []
    if _short_form(name):
        other = name[:-1] if name.endswith("s") else name + "s"
        if other in text and re.search(r"(?<![\w-])" + re.escape(other) + r"(?![\w-])", text):
            out.append(other)
        head = _HEAD_AFTER.match(text, end)
        if head and head.group(1) in _NAMING_HEADS:
            out.append(name + head.group())  # "the PID controllers": curators write the head too
        return out
    if name.endswith("filtering"):  # "particle filtering" beside "particle filters"
        out += [f for f in (name[:-3], name[:-3] + "s") if _written_alone(text, f, "\x00")]
    head = _HEAD_AFTER.match(text, end)
    if head and not _HEAD_AT_END.search(name):
        out.append(name + " " + head.group(1))
    bare = _HEAD_AT_END.sub("", name) if " " in name else name
    if bare != name and _written_alone(text, bare, name[len(bare):].strip()):
        out.append(bare)  # "linear inverted pendulum (LIP)" beside "... Pendulum model"
    return out


def _written_alone(text: str, bare: str, head: str) -> bool:
    """Whether the text writes ``bare`` somewhere without ``head`` after it."""
    pattern = r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])(?!\s+" + re.escape(head) + r")"
    return re.search(pattern, text, re.IGNORECASE) is not None


def _inside_proposed(text: str, cand: Candidate, proposed_texts: list[str]) -> bool:
    """'the Regression-based Linear Quadratic Regulator (R-LQR)' proposed: the known algorithm
    inside the coined name's own words is part of that name, not a method the paper uses
    (an occurrence of it elsewhere still is); so is a capitalised word ("an iterative Kalman
    smoother" in the title of the Iterative Kalman Smoother)."""
    lowered = text.lower()
    for name in proposed_texts:
        if len(name) <= cand.end - cand.start:
            continue
        lo = max(0, cand.end - len(name))
        i = lowered.find(name.lower(), lo, cand.start + len(name))
        while 0 <= i <= cand.start:
            if i + len(name) >= cand.end:
                return True
            i = lowered.find(name.lower(), i + 1, cand.start + len(name))
    return False


def _extended_base(cand: Candidate, proposed_texts: list[str], lexicon: Lexicon) -> bool:
    """'we introduce a Generative Paragraph Vector ... limitation of Paragraph Vector': the
    Title-Case tail of a coined name, written on its own, is the method the paper extends."""
    name = cand.text
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or \
            name.lower() in lexicon.tasks or name.lower() in GENERIC_PHRASES or \
            name.lower().rstrip("s") in GENERIC_PHRASES or TASK_TAIL.search(name):
        return False
    tail = " " + name.lower()
    # not a list ("Selective Negative Learning and Positive Learning") or an owner's part
    # ("Elephant's Trunk Manipulator")
    return any(p.lower().endswith(tail) and " and " not in p and
               not p[:-len(tail)].endswith(("'s", "’s")) for p in proposed_texts)


_PLURAL_DATA_NOUN_BEFORE = re.compile(r"\b(?:(?:datasets|data sets|benchmarks|corpora)\s*(?:[(:,]|\s[-\u2013\u2014])?\s*"
                                      r"(?:(?:such as|including|namely|e\.g\.|i\.e\.),?\s*)?(?:the\s+)?|"
                                      # "two benchmark dataset (i.e., A and B)": the bracket lists them
                                      r"(?:dataset|data set|benchmark|corpus)\s*\(\s*(?:e\.g\.|i\.e\.),?\s*|"
                                      # "datasets with pose labels (A, B, C)": the bracket lists them
                                      r"(?:datasets|data sets|benchmarks|corpora)\s+(?:with|of|from|containing)\s+"
                                      r"[^().;,:]{1,50}\(\s*|"
                                      # "two datasets named A and B": the naming verb lists them
                                      r"(?:datasets|data sets|benchmarks|corpora)\s+(?:named|called|dubbed|termed)\s+)$",
                                      re.IGNORECASE)


def _plural_data_noun_before(text: str, start: int) -> bool:
    return bool(_PLURAL_DATA_NOUN_BEFORE.search(text, max(0, start - 90), start))


def _defines(long: Candidate, short: Candidate, gap: str) -> bool:
    """A long form and the acronym bracketed right after it are one member of a list, so the
    list runs on past the bracket ("such as Iterated Best Response (IBR), Fictitious Play (FP)
    and Double-Oracle (DO)")."""
    return long.source == "acronym-long" and short.source == "acronym-short" and \
        short.partner == long.text and gap.strip() == "("


# "Projected Natural Actor-Critic", "Dance Style Transfer With Cross-Modal Transformer": in a
# title, a known method written as the last word(s) of a longer capitalised compound is the head
# of the paper's own variant, not a method it uses ("Using Backpropagation", "Detecting ChatGPT
# Imposters": a verb or a function word before it leaves it standing alone)
_TITLE_MODIFIER_BEFORE = re.compile(r"(?<![\w-])(?!(?:A|An|The|Its|Their|Using|Use|Via|With|For|And|Or|Of|On|In|To|From|By|"
                                    r"Into|Beyond|Towards?|Versus|Vs|Than|Through|Over|Under|At|As|Is|"
                                    r"Are|Does|Do|Can|Meets?|Improv\w*|Enhanc\w*|Boost\w*|Revisit\w*|"
                                    r"Rethink\w*|Understand\w*|Explain\w*|Train\w*|Learn\w*|Scal\w*)\b)"
                                    r"(?:[A-Z][\w-]*[a-z][\w-]*|[A-Z]{2,}[\w-]*)(?<!ing)\s+$")


def _drop_title_compound_heads(title: str, mentions: list[Mention]) -> list[Mention]:
    """Title mentions of used methods that head a longer capitalised compound, when the abstract
    never names the method itself."""
    in_abstract = {fold(m.text) for m in mentions if m.evidence.field == "abstract"}
    return [m for m in mentions if not (
        m.kind is Kind.METHOD and m.role is Role.USES and m.evidence.field == "title" and
        fold(m.text) not in in_abstract and
        _TITLE_MODIFIER_BEFORE.search(title, max(0, m.evidence.start - 40), m.evidence.start))]


_USED_OR_EVALUATED = (Role.USES, Role.EVALUATED_ON)


def _one_family_per_name(mentions: list[Mention]) -> list[Mention]:
    """One sense per paper: a name the paper uses both as a method and as data ("experiments on
    SocialIQa" and "SocialIQa [12] shows") is what its most confident reading says (data on a
    tie: a data reading has a data noun or "on X" behind it); the other reading's mentions go."""
    strongest: dict[str, dict[bool, float]] = {}  # name -> is data -> best confidence
    for m in mentions:
        if m.role in _USED_OR_EVALUATED:
            readings = strongest.setdefault(m.text, {})
            is_data = m.role is Role.EVALUATED_ON
            readings[is_data] = max(readings.get(is_data, 0.0), m.evidence.confidence)
    kept = {text: max(readings, key=lambda is_data: (readings[is_data], is_data))
            for text, readings in strongest.items() if len(readings) == 2}
    if not kept:
        return mentions
    return [m for m in mentions if m.role not in _USED_OR_EVALUATED or
            kept.get(m.text, m.role is Role.EVALUATED_ON) == (m.role is Role.EVALUATED_ON)]


_ACRONYM_AFTER = re.compile(r"['’\"]?\s*\(([A-Z][A-Z0-9]{1,9})\)")


def _spelled_by_acronym(text: str, members: list) -> bool:
    """The members, one word each, are the long form of the acronym written right after them:
    'Watch, Listen, Attend and Spell' (WLAS)."""
    after = _ACRONYM_AFTER.match(text, members[-1].end)
    if not after or any(" " in c.text or not c.text[:1].isupper() for c in members):
        return False
    return after.group(1) == "".join(c.text[0] for c in members)


def _propagate_lists(fld: _Field, labels: dict[int, Label]) -> None:
    """'on GSM8K, MathQA, and SVAMP datasets': a list takes its strongest member's kind."""
    cands = fld.candidates
    lexicon = load_lexicon()
    groups: list[list[int]] = []
    glossed: set[int] = set()  # groups joined across a bracketed gloss
    defined: dict[int, int] = {}  # each form of an acronym definition -> the other form
    for i, cand in enumerate(cands):
        gap = fld.text[cands[groups[-1][-1]].end:cand.start] if groups else ""
        if groups and _defines(cands[groups[-1][-1]], cand, gap):
            groups[-1].append(i)  # "Fictitious Play (FP), and Double-Oracle (DO)": one member
            defined[i], defined[i - 1] = i - 1, i
        elif groups and _LIST_SEP.match(gap):
            groups[-1].append(i)
        elif groups and gap == " " and _set_token(cands[groups[-1][-1]].text) and _set_token(cand.text):
            groups[-1].append(i)  # "LEVIR-CD WHU-CD and CDD": a list written without commas
        elif groups and _GLOSSED_LIST_SEP.match(gap):
            groups[-1].append(i)
            glossed.add(len(groups) - 1)
        else:
            groups.append([i])
    given = set(labels)
    for g, group in enumerate(groups):
        if len(group) - sum(1 for i in group if i in defined) // 2 < 2:
            continue  # one name and its acronym are no list
        if _spelled_by_acronym(fld.text, [cands[i] for i in group]):
            # "the Filter, Rank, and Prune (FRP) method": one name, not three, and the head
            # after the acronym is the whole name's, not its last word's
            for i in group:
                if cands[i].source == "capword":
                    labels.pop(i, None)
            continue
        if sum(cands[i].text in LANGUAGES for i in group) >= 2:
            # "in French, Hungarian, Lithuanian, and Polish": a list of languages, whatever
            # method one of them also names
            for i in group:
                if i in labels and labels[i].kind == "method" and cands[i].text in LANGUAGES:
                    del labels[i]
            continue
        strong = [labels[i] for i in group if i in labels and (
            labels[i].confidence >= 0.8
            or labels[i].kind == "method" and labels[i].confidence >= 0.6)]
        opener = labels.get(group[0])
        if opener is not None and opener.signal in _LIST_OPENING_SIGNALS and \
                _plural_data_noun_before(fld.text, cands[group[0]].start):
            strong.append(opener)
        if any(lab.kind != "method" and lab.confidence >= 0.85 for lab in strong):
            # "using the QXZ2 and Reuters-21578 corpus": a data head that names the whole list
            # outweighs a weak method cue before it, and so does a known data set in the list
            # ("on widely adopted QXZ14 and WMT16")
            strong = [lab for lab in strong if lab.signal != "context:method-weak"]
        data_opened = _plural_data_noun_before(fld.text, cands[group[0]].start) and \
            any(lab.kind != "method" for lab in strong)
        if data_opened:
            # "on three benchmark datasets XSum, Pubmed, and SAMSum": the plural data noun that
            # opens the list speaks for every member, over a method label that rests on the
            # name alone (a model family's prefix, a coined shape)
            strong = [lab for lab in strong if lab.signal not in _NAME_ONLY_SIGNALS]
        kinds = {lab.kind in ("dataset", "benchmark") for lab in strong}
        if len(kinds) != 1:
            continue
        best = max(strong, key=lambda lab: lab.confidence)
        if g in glossed and best.kind == "method":
            continue  # "SARS (2002), H1N1 (2009)": dated events, not a list of methods
        for i in group:
            current = labels.get(i)
            if defined.get(i) in given:
                continue  # the acronym's other form already speaks for this member
            if cands[i].source == "hyphcaps" and best.kind == "method" and \
                    best.signal not in _COMPARED_SIGNALS:
                # "Tanks-and-Temples" joins a list of data sets, never of methods (unless a
                # comparison names the list: "than Wibble-Net and Zorb-Former")
                continue
            if cands[i].source == "capword" and _YEAR_AFTER.match(fld.text, cands[i].end):
                continue  # "(GCV, Wahba, 1990)": an author cited beside the list, not a member
            if cands[i].source == "capword" and _CAPITALISED_NEXT.match(fld.text, cands[i].end):
                continue  # "and Domain Adversarial Neural Networks": the first word of a name
            if is_quantity(cands[i].text):
                continue  # "compresses AlexNet by 51-fold, GoogLeNet by 10-fold": what, not who
            if cands[i].text.lower() in GENERIC_PHRASES:
                continue  # "a Convolutional Neural Network and Generative Adversarial Networks"
            if best.kind == "method" and current is None and cands[i].text not in lexicon.methods \
                    and dataset_entry(lexicon, cands[i].text) is not None:
                continue  # "(ResNet-50, ImageNet)": the model and the data set it ran on
            if cands[i].source == "titlecase" and best.kind != "method" and " for " in cands[i].text:
                continue  # "GLUE for English, CLUE for Chinese": a name and what it serves
            overridden = current is not None and best.kind != "method" and (
                current.signal == "context:method-weak" or data_opened and current.signal in _NAME_ONLY_SIGNALS)
            if (current is None or current.confidence < 0.6 or overridden) and not (
                    best.kind != "method" and is_metric_like(fld.text, cands[i], lexicon)) \
                    and not (best.kind == "method" and is_score_name(cands[i].text)):
                labels[i] = Label(best.kind, 0.55 if cands[i].source == "capword" else 0.6,
                                  f"list:{best.signal}")


# "we provide ShapeStacks: a simulation-based dataset", "IPdb, an IP-level industry categorization
# dataset": up to three modifiers before the data noun ("a manually annotated dataset"), but
# not "X, a method for dataset distillation" nor "X, automatically generating instruction
# datasets".
_DATA_AFTER_NAME = re.compile(r"\)?(?:\s*\([^()]{1,30}\))?(?:\s*[,:(]\s*(?:a|an|the)?\s*"
                              r"(?:new|novel|large-scale|challenging|comprehensive)?"
                              r"(?:\s*(?!(?:for|of|on|with|and|to|in|using|from|by|via|trained|"
                              r"over|at)\b|\w+ly\s+\w+ing\b)[\w-]+){0,3}?)?"
                              r"\s*(?:dataset|benchmark|corpus)\b", re.IGNORECASE)


# "GEB+: A Benchmark for ...", "X: A Large-Scale Dataset of ...": the title names a data set.
# ("Kernel-Whitening: Overcome Dataset Bias with ...": a property of data sets, not one)
# ("METEOR: A Dense, Heterogeneous, and Unstructured Traffic Dataset with ...": a list of
# describing words before the data noun)
_DATA_SUBTITLE = re.compile(r"\s*(?::|[-–—]{1,2})\s*(?:(?:a|an|the)?\s*"
                            # (no preposition before the data noun: "... on Small Datasets via";
                            # no second noun phrase: "Representations and a Unified Benchmark")
                            r"(?:(?!(?:on|by|for|from|with|via|using|to|in)\b|"
                            r"and\s+(?:a|an|the)\b)[\w-]+\s+){0,5}?"
                            r"(?:(?:[\w-]+,\s+){1,3}(?:and\s+)?(?:[\w-]+\s+){1,2})?"
                            r"(?:dataset|data set|benchmark|corpus|test suite)s?\b"
                            r"(?!\s+(?:bias|biases|diversity|distillation|shift|condensation|pruning|"
                            r"selection|augmentation|imbalance|quality|size|curation)\b)|"
                            # "Snowman: A Million-scale Chinese Commonsense Knowledge Graph
                            # Distilled from ...": a resource the subtitle names, where the phrase
                            # ends; not "Joint Pre-training of Knowledge Graph and ...", "...
                            # Knowledge Graph Embedding Model", "Knowledge Graph Empowered LLM"
                            r"(?:a|an|the)\s+(?:(?!(?:of|over|in|for|with|on|via|and|from|to)\b)"
                            r"[\w-]+\s+){0,3}?knowledge (?:graph|base)(?=\s*$|\s*[,:;(]|\s+(?:for|"
                            r"of|from|with|in|on|and|via|distilled|built|constructed|derived|"
                            r"extracted|mined)\b))", re.IGNORECASE)
# "we create a novel benchmark (FooBench)": the title's name, defined as a data set's acronym;
# "we then introduce the first-ever benchmark, MARS, comprising ...", "introduces an ML challenge,
# named Challenging America": put beside the data noun, or named by it
_DATA_BEFORE_NAME = re.compile(r"\b(?:datasets?|data sets?|benchmarks?|corpus|corpora)\s*\(\s*$|"
                               r"\b(?:introduc|present|releas|construct|buil|creat|develop|"
                               r"curat|collect|propos)\w*\s+(?:[\w-]+\s+){0,4}?"
                               r"(?:dataset|data set|benchmark|corpus|challenge)(?:,\s*|,?\s+(?:named|"
                               r"called|dubbed|termed)\s+)$", re.IGNORECASE)
# "the EntityCS corpus", "the resulting AgentWorld Dataset": a data set named after the system
_DATA_NOUN_AFTER = re.compile(r"\s+(?:data\s?set|dataset|benchmark|corpus)\b", re.IGNORECASE)
# "ManipBench: Benchmarking VLMs for ...": a bench-named title head that benchmarks
_BENCH_SUBTITLE = re.compile(r"\s*(?::|[-–—]{1,2})\s*benchmarking\b", re.IGNORECASE)


_NAMED_HEAD = re.compile(r"(?:-|\s+)(?:algorithm|filter|transform|network|machine|sampling|sampler|"
                         r"smoothing|smoother|filtering|decomposition|method|estimator|procedure|"
                         r"iteration|heuristic|trick|selector|window|net)s?\b")


# "Baum-Welch algorithm", "Floyd-Warshall algorithm": people's names joined by a hyphen
_NAME_PAIR = re.compile(r"[A-Z][a-z]+(?:[-–][A-Z][a-z]+)+")
_STAR_HEAD = re.compile(r"\s+(algorithm|search)s?\b")


# "nonlinear autoregressive model with exogenous inputs (NARX)": a long form whose head is a
# model noun names a model, whatever words follow the head.
_MODEL_IN_LONG_FORM = re.compile(r"\b(?:model|network|algorithm|filter|estimator|classifier)s?\s+"
                                 r"(?:with|of|for|on|using)\b")


# What a title says of any model: "A Probabilistic Model for X", "A Deep Architecture for Y",
# "Variational Autoencoder with Z", "3D Convolutional Neural Networks for W" name no model of
# their own ("Hybrid Graph Neural Networks", "Quantized Convolutional Neural Networks" do).
_PLAIN_MODIFIERS = frozenset("""unified probabilistic adaptive robust neural deep simple general
generic new novel efficient structured statistical variational 2d 3d""".split())
_BARE_HEADS = frozenset("""model models method methods approach framework architecture network
networks algorithm learning system autoencoder autoencoders""".split())


# ... nor does one adjective before a kind of procedure: "A Randomized Algorithm for X", "A
# Game-Theoretic Framework for Y", "PID-Based Approach to Z" ("Binarized Neural Networks",
# "Decoupled Contrastive Learning" are names).
_TITLE_ADJECTIVE_ENDS = ADJECTIVE_ENDS + ("ary", "ed", "less", "-driven", "-aware")
_PROCEDURE_HEADS = frozenset("model method approach framework algorithm system".split())
_DATA_WORDS = frozenset(word for head in CAPWORD_DATA_HEADS for word in head.split())


def _generic_title_phrase(name: str) -> bool:
    words = name.lower().split()
    while len(words) > 1 and words[0] in _PLAIN_MODIFIERS:
        words = words[1:]
    if len(words) == 2 and words[1] in _PROCEDURE_HEADS and words[0].endswith(_TITLE_ADJECTIVE_ENDS):
        return True
    if all(w in _DATA_WORDS for w in words):
        return True  # "A Benchmark Dataset and Evaluation Methodology for ..."
    return len(words) == 1 and words[0] in _BARE_HEADS or " ".join(words) in GENERIC_PHRASES


def _occurrences(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


_TITLE_HEAD = "rules/proposed:title-head"
_TITLE_RULES = (_TITLE_HEAD, "rules/proposed:title-phrase", "rules/proposed:title-tail")


def _spells(long: str, short: str) -> bool:
    """The words of ``long``, from its first, spell ``short``, which is not a part of it."""
    return (long[:1].lower() == short[:1].lower() and short.lower() not in long.lower()
            and match_long_form(long, short) == 0)


def _capitals_spell(long: str, short: str) -> bool:
    """Among the capitals of ``long``, the letters of ``short`` in order ("Continual Pre-trained
    Language Model for QUERy Understanding in Travel Domain Search" for QUERT)."""
    capitals = iter(ch for ch in long if ch.isupper())
    letters = [ch for ch in short.upper() if ch.isalpha()]
    return len(letters) >= 3 and all(ch in capitals for ch in letters)


_VERSION_SUFFIX = re.compile(r"-?\d+(?:\.\d+)?$")


def _unversioned(name: str) -> str:
    return _VERSION_SUFFIX.sub("", name) or name  # "RT-1" -> "RT"


def _number_free(phrase: str) -> str:
    """'mixtures of all trees' == 'Mixture of All Trees': a phrase's key, singular or plural."""
    return fold(singular_words(phrase.lower()))


def _title_name_as_alias(mentions: list[Mention]) -> list[Mention]:
    """A proposed name in the title and its spelling in the abstract are one thing, recorded once
    under the short name with the long one as its alias, either way round:
    'Self-Consistent Trajectory Autoencoder: ...' + 'Our proposed model, SeCTAR, ...', and
    'RT-1: Robotics Transformer for ...' + 'a model class, dubbed Robotics Transformer' (the
    title's short name, its version aside)."""
    def unaliased(m: Mention) -> bool:
        return m.role is Role.PROPOSES and not m.aliases

    mentions = _merge_spelled_out(
        mentions, short=lambda m: unaliased(m) and m.evidence.field == "abstract"
        and " " not in m.text and is_short_form(m.text),
        long=lambda m: unaliased(m) and m.evidence.extractor in _TITLE_RULES and " " in m.text,
        spelled=lambda m: m.text)
    return _merge_spelled_out(
        mentions, short=lambda m: unaliased(m) and m.evidence.extractor == _TITLE_HEAD
        and " " not in m.text and is_short_form(_unversioned(m.text)),
        long=lambda m: unaliased(m) and m.evidence.field == "abstract" and " " in m.text,
        spelled=lambda m: _unversioned(m.text))


def _merge_spelled_out(mentions: list[Mention], short, long, spelled) -> list[Mention]:
    """Each ``short`` mention takes as its alias the first ``long`` one not yet taken that spells
    ``spelled(short mention)``; the long mention is dropped."""
    longs = [m for m in mentions if long(m)]
    if not longs:
        return mentions
    out, dropped = [], set()
    for m in mentions:
        if short(m):
            match = next((x for x in longs if id(x) not in dropped
                          and _spells(x.text, spelled(m))), None)
            if match:
                dropped.add(id(match))
                m = Mention(m.paper_id, m.kind, m.role, m.text, m.evidence, (match.text,),
                            m.url_kind)
        out.append(m)
    return [m for m in out if id(m) not in dropped]


def _named_as_data(text: str, name: str, found: list[int]) -> bool:
    """The abstract says the title's name is a data set: "Foo, a dataset of ...", "a novel
    benchmark (Foo)", "introduces an ML challenge, named Foo"."""
    return any(_DATA_AFTER_NAME.match(text, i + len(name)) or
               _DATA_BEFORE_NAME.search(text, max(0, i - 80), i) for i in found)


_COINED_ACRONYM = re.compile(r"(?=\w*[A-Z]\w*[a-z]\w*[A-Z]|[a-z]+[A-Z])[\w-]*[^s\W-]")


def _coined(title: str, abstract: _Field, title_field: _Field, lexicon: Lexicon,
            background: set[str], head: tuple[str, int] | None,
            lead: TitleLead | None) -> list[tuple[_Field, Coined]]:
    out: list[tuple[_Field, Coined]] = []
    if head and head[0].lower() in lexicon.tasks:
        head = None  # "Word Sense Disambiguation: ...": the task the paper addresses, not a name
    if head:
        name, start = head
        found = _occurrences(abstract.text, name)
        data = _named_as_data(abstract.text, name, found) or bool(
            _DATA_SUBTITLE.match(title, start + len(name))) or bool(
            "bench" in name.lower() and _BENCH_SUBTITLE.match(title, start + len(name)))
        if data and not _DATA_NAMED.search(name) and not _BENCH_NAMED.search(name) and any(
                _NOT_DATA_APPOSITIVE.match(abstract.text, i + len(name)) for i in found):
            # "We introduce AgentWorld, an interactive simulation platform ... The resulting
            # AgentWorld Dataset": the name is the system; the data set is named after it
            data = False
            after = next(((i, m.end()) for i in found
                          if (m := _DATA_NOUN_AFTER.match(abstract.text, i + len(name)))), None)
            if after:
                out.append((abstract, Coined(*after, abstract.text[slice(*after)], True, 0.85,
                                             "named-after")))
        out.append((title_field, Coined(start, start + len(name), name, data, 0.9, "title-head")))
    phrase = (((lead.text, lead.start) if lead and lead.named else None)
              or whole_title_name(title, abstract.text)
              or title_defined_name(title, abstract.text, abstract.candidates, lexicon)
              or title_lead_name(title, abstract.text) or title_model_name(title, abstract.text)
              or title_opening_name(title, abstract.text, abstract.candidates, lexicon)
              or subject_title_name(title, abstract.text, lexicon)
              if not head else None)
    in_abstract = coined_in_abstract(abstract.text, abstract.candidates, lexicon, title, background)
    if head and " " in head[0] and head[0] not in abstract.text and not out[0][1].is_data and \
            not _DATA_NAMED.search(head[0]) and any(
            c.text == head[0].split()[0] for c in in_abstract):
        # "OneShot Global Localization: ..." + "presents OneShot - a global localization
        # algorithm": the title adds a description to the name the abstract introduces
        word = head[0].split()[0]
        out[0] = (title_field, Coined(head[1], head[1] + len(word), word, False, 0.9, "title-head"))
    if phrase and (phrase[0].lower() in lexicon.tasks or known_variant(phrase[0], lexicon)):
        phrase = None  # a task, or "Nonlinear Model Predictive Control for ...": a method used
    elif phrase and _generic_title_phrase(phrase[0]):
        phrase = None  # "A Probabilistic Model for ...", "3D Convolutional Neural Networks for ..."
    elif phrase and ", " in phrase[0]:
        phrase = None  # "Design, Modeling and Control of ...": the title lists what it covers
    if phrase and any(phrase[0].lower() in c.text.lower() and c.text.lower() != phrase[0].lower()
                      for c in in_abstract):
        phrase = None  # "Diffusion Maps" when the abstract coins "diffusion maps for X (DMX)"
    if phrase:
        name, start = phrase
        data = _named_as_data(abstract.text, name, _occurrences(abstract.text, name))
        out.append((title_field, Coined(start, start + len(name), name, data, 0.75, "title-phrase")))
    tail = introduced_title_tail(title, abstract.text, lexicon)
    if tail and not any(tail[0].lower() in c.text.lower() for c in in_abstract) and \
            not any(tail[0].lower() in item.text.lower() for _, item in out):
        name, start = tail  # "... with Contrast Replay Networks" + "we propose ... contrast replay networks"
        out.append((title_field, Coined(start, start + len(name), name, False, 0.7, "title-tail")))
    for cand in title_field.candidates:
        if cand.source == "acronym-short" and len(cand.text) >= 3 and \
                cand.partner.lower() in title.lower():
            out.append((title_field, Coined(cand.start, cand.end, cand.text, False, 0.85, "title-acronym")))
    for cand in abstract.candidates:
        if cand.source == "acronym-short" and len(cand.text) >= 3 and " " in cand.partner and \
                _COINED_ACRONYM.fullmatch(cand.text) and not survey_title_name(title) and \
                title.lower().startswith(cand.partner.lower()) and \
                cand.text not in lexicon.generic and not is_known_method(cand.text, lexicon) and \
                not is_known_method(cand.partner, lexicon) and \
                cand.partner.lower() not in lexicon.tasks and not TASK_TAIL.search(cand.partner):
            # ("multi-label intent detection (mID)": the task the title opens with)
            # "Greedy Bilateral Sketch, ..." + '"greedy bilateral (GreB)" paradigm': the title opens
            # with what the abstract abbreviates in a coined mixed-case acronym, the paper's own
            # (an all-capitals one is as often the field's: "visual inertial odometry (VIO)")
            out.append((abstract, Coined(cand.start, cand.end, cand.text, False, 0.8, "title-acronym")))
    for coined in in_abstract:
        out.append((abstract, coined))
    return _outermost(out)


# What joins two names into one span ("Jaguar and Puma", "KDA/QR", "Adaptively Informed Trees
# (AIT*)"): the parts inside such a span are names of their own.
_JOINED_NAMES = re.compile(r" and |/|\(")


def _outermost(coined: list[tuple[_Field, Coined]]) -> list[tuple[_Field, Coined]]:
    """Two rules that read the same introduction differently ("named Recurrent Relational Memory
    Network" and "Recurrent"): a coined span inside a longer one of the same text is part of
    that name, not a second name."""
    def inside(fld: _Field, item: Coined) -> bool:
        return any(other_fld is fld and other.start <= item.start and item.end <= other.end and
                   (other.start, other.end) != (item.start, item.end) and
                   not _JOINED_NAMES.search(other.text)
                   for other_fld, other in coined)
    return [(fld, item) for fld, item in coined if not inside(fld, item)]


_CAPITALISED_WORD = r"(?:[A-Z][\w-]*|[a-z][a-z-]*[A-Z][\w-]*)"  # "Graph", "grAph", "coNtent"
_APPOSITIVE_LONG = (r",\s+(?:[Aa]n?|[Tt]he)\s+((?:" + _CAPITALISED_WORD +
                    r"\s+(?:(?:of|for|in|on|and|with|the|to|via)\s+)*){0,10}" +
                    _CAPITALISED_WORD + ")")


# "we call the GEV-canonical loss", "a Goal-Oriented Knowledge Copy network, GOKC": the
# lower-case kind noun after a coined capitalised name is written with it as often as not, so
# the name with it is an alias
_KIND_NOUN_AFTER = re.compile(r" (network|model|loss|regression|dimension|distance|divergence|kernel|"
                              r"estimator|framework|algorithm|method|attention|module|autoencoder|"
                              r"embedding|pooling|matching|sampling|search|score)\b(?!-)")


def _with_kind_noun(text: str, item: Coined) -> str:
    if item.rule not in ("named", "intro", "appositive", "intro-word") or not item.text[:1].isupper() \
            or is_short_form(item.text):
        return ""  # (an acronym's own long form is its alias)
    kind = _KIND_NOUN_AFTER.match(text, item.end)
    return f"{item.text} {kind.group(1)}" if kind else ""


def _appositive_long_form(text: str, name: str) -> str:
    """'we propose GATE, a Graph Attention Transformer Encoder, for ...': the capitalised words
    in apposition that spell the coined short name are its long form (no brackets needed)."""
    if not is_short_form(name) or f"{name}, " not in text:
        return ""
    return next((match.group(1) for match in re.finditer(re.escape(name) + _APPOSITIVE_LONG, text)
                 if _spells(match.group(1), name) or _capitals_spell(match.group(1), name)), "")


def extract_paper(paper: Paper, lexicon: Lexicon | None = None) -> Extraction:
    lexicon = lexicon or load_lexicon()
    title = _Field("title", paper.title, lexicon)
    abstract = _Field("abstract", paper.abstract, lexicon)
    fields = (title, abstract)
    mentions: list[Mention] = []

    # 1. URLs.
    seen_urls: set[str] = set()
    for fld in fields:
        for url in fld.urls:
            if url.url in seen_urls:
                continue
            seen_urls.add(url.url)
            mentions.append(Mention(paper.id, Kind.REPOSITORY, Role.HAS_LINK, url.url,
                                    fld.evidence(url.start, url.end, "rules/url", 0.99),
                                    url_kind=url.kind))

    # 2. Coined names: proposed methods, introduced datasets.
    background = background_names(abstract.text, abstract.candidates)
    title_head = title_name(title.text, abstract.text)
    title_lead = introduced_title_lead(title.text, abstract.text)
    coined = _coined(title.text, abstract, title, lexicon, background, title_head, title_lead)
    partners = {fold(c.text): c.partner for fld in fields for c in fld.candidates if c.partner}
    # "called mixtures of all trees" ... "this Mixture of All Trees (MoAT) model": one name,
    # defined in the other number
    partners_in_number = {_number_free(c.text): c.partner for fld in fields
                          for c in fld.candidates if c.partner and " " in c.text} \
        if any(item.rule == "named-lower" for _, item in coined) else {}
    proposed_keys: dict[str, tuple[Kind, float]] = {}
    for fld, item in coined:
        key = fold(item.text)
        if not key or item.text in STOP_CAPITALS or is_quantity(item.text):
            continue  # "we propose a 3-dimensional ...", "a 16.2-million-frame dataset"
        if _DATA_NAMED.search(item.text) or _BENCH_NAMED.search(item.text) and \
                not _NOT_DATA_APPOSITIVE.match(fld.text, item.end):
            item = Coined(item.start, item.end, item.text, True, item.confidence, item.rule)
        elif item.is_data and _EVALUATED_ACROSS.match(fld.text, item.end):
            # "our plots (ADP) across multiple use-cases and datasets": evaluated on data sets,
            # not one
            item = Coined(item.start, item.end, item.text, False, item.confidence, item.rule)
        kind = Kind.DATASET if item.is_data else Kind.METHOD
        if item.is_data and (item.benchmark if item.benchmark is not None else re.search(
                r"bench|suite|arena|challenge", fld.text[item.end:item.end + 40] + item.text, re.I)):
            kind = Kind.BENCHMARK
        elif not item.is_data and _COINED_METRIC.search(fld.text[max(0, item.start - 50):item.end + 50]):
            kind = Kind.METRIC  # "a new metric, Normalised Hungarian Distance (NHD)"
        if key in proposed_keys:
            continue
        proposed_keys[key] = (kind, item.confidence)
        role = {Kind.METHOD: Role.PROPOSES, Kind.METRIC: Role.MEASURES}.get(kind, Role.INTRODUCES)
        in_number = partners_in_number.get(_number_free(item.text), "") \
            if item.rule == "named-lower" else ""
        partner = partners.get(key, "") or _appositive_long_form(abstract.text, item.text) or \
            _with_kind_noun(fld.text, item) or in_number
        if partner:
            proposed_keys.setdefault(fold(partner), (kind, item.confidence))
        mentions.append(Mention(paper.id, kind, role, item.text,
                                fld.evidence(item.start, item.end, f"rules/proposed:{item.rule}",
                                             item.confidence),
                                aliases=(partner,) if partner else ()))
    mentions = _title_name_as_alias(mentions)
    proposed_stems = [k for k in proposed_keys if len(k) >= 3]
    proposed_texts = [m.text for m in mentions if m.role is Role.PROPOSES]
    # the singular of a coined plural is the coined name: "GAA-assisted" after "... (GAAs)"
    # (not "SPP" after "SPPS")
    coined_singulars = {fold(name[:-1]) for m in mentions if m.role is Role.PROPOSES
                        for name in (m.text, *m.aliases) if re.search(r"[^s]s$", name)}
    lower_coined = {_number_free(m.text) for m in mentions if m.role is Role.PROPOSES
                    and m.evidence.extractor == "rules/proposed:named-lower"}

    # 3. Other names: methods used, datasets and benchmarks evaluated on.
    survey_name = survey_title_name(title.text)
    for fld in fields:
        labels: dict[int, Label] = {}
        for i, cand in enumerate(fld.candidates):
            key = fold(cand.text)
            if key in proposed_keys or key in coined_singulars or \
                    lower_coined and " " in cand.text and _number_free(cand.text) in lower_coined:
                continue
            if _POSSESSIVE.search(cand.text) and fold(cand.text[:-2]) in proposed_keys:
                continue  # "MAGIC's training procedure": the coined name itself, not a variant
            glued = _GLUED_TO_PROPOSED.fullmatch(cand.text)
            if glued and fold(glued.group(1)) in proposed_keys:
                continue  # "show that ALGAElearns generalizable ...": a word glued on, no variant
            if ((cand.source == "shape" or cand.source == "acronym-short" and " " not in cand.text)
                    and any(key.startswith(p) and key != p for p in proposed_stems)
                    # "D2C-SR ... the new D2CRealSR dataset": a data noun names the paper's data
                    and right_head(fld.text, cand.end) not in DATA_HEADS):
                # (one called a data set is data: "three sub-QUAK datasets QUAK-M, ...",
                # "DMR-FastFood, a multi-turn dialogue dataset"; a variant of a data set may be a
                # model trained on it, "GRAB" ... "GrabNet")
                kind = Kind.DATASET if called_data(fld.text, cand.start, cand.end) else Kind.METHOD
                labels[i] = Label(kind.value, 0.6, "proposed-variant")
                continue
            if cand.source in ("vocab-phrase", "capword") and \
                    _inside_proposed(fld.text, cand, proposed_texts):
                continue
            start, _ = fld.sentences.span_at(cand.start)
            label = classify(fld.text, cand, start, lexicon)
            if not label and fld is abstract and cand.source in ("titlecase", "acronym-long") and \
                    _extended_base(cand, proposed_texts, lexicon):
                label = Label("method", 0.6, "context:extended")
            if label and label.kind == "method" and cand.text in background and \
                    _OWN_INSTANCE.search(fld.text, max(0, cand.start - 30), cand.start):
                # "Learning to Optimize (L2O) ... has gained attention. ... a novel L2O model":
                # the paper's instance of the field's term is no name it coins or uses
                continue
            if label and label.signal == "titlecase:model" and (
                    fld is title or _own_expansion(fld.text, cand, proposed_texts)):
                continue  # a title capitalises every word; "we propose SCAN, a Spatial ... Network"
            if label and survey_name and cand.text == survey_name:
                continue  # "Mamba-360: Survey of ...": the survey's own name, not a method it uses
            if (label and fld is title and cand.source in ("titlecase", "capword") and
                    (label.signal.startswith("context:") or cand.source == "capword" and
                     label.signal.startswith("head:")) and
                    not _written_mid_sentence(abstract.text, cand.text)):
                # every title word is capitalised: "... based on Output Evaluation", "...
                # Optimization of Deep Networks" (the abstract's "deep networks" names nothing,
                # nor does its "Deep neural networks have ..." at a sentence start)
                continue
            if label:
                labels[i] = label
        # "multi-armed bandits (MAB) ... MAB": a known acronym this paper spells out as something
        # other than a method is not that method anywhere in the text
        other = {c.text for c in fld.candidates if c.source == "acronym-short" and
                 other_expansion(c, lexicon) and not _MODEL_IN_LONG_FORM.search(c.partner)}
        if other:
            for i in [i for i, lab in labels.items()
                      if lab.kind == "method" and fld.candidates[i].text.rsplit(" ", 1)[-1] in other]:
                del labels[i]
        _propagate_lists(fld, labels)
        for i, label in sorted(labels.items()):
            cand = fld.candidates[i]
            key = fold(cand.text)
            if key in proposed_keys or len(key) < 2 or cand.text in lexicon.generic:
                continue
            if label.kind != "method" and (cand.text.lower() in DATA_HEADS or
                                           language_pair(cand.text)):
                # "the KITTI Odometry Dataset and ...": a bare head noun names nothing, and "WMT14
                # En-De and German-to-English": nor does a translation direction alone
                continue
            if fld is title and cand.source == "titlecase" and label.signal.startswith("list:") \
                    and cand.text not in abstract.text:
                continue  # "Tree Search and Self-Supervised X": every title word is capitalised
            if label.signal == "proposed-variant":
                kind = Kind(label.kind)
                mentions.append(Mention(paper.id, kind,
                                        Role.PROPOSES if kind is Kind.METHOD else Role.INTRODUCES,
                                        cand.text,
                                        fld.evidence(cand.start, cand.end, "rules/proposed:variant", 0.6)))
                continue
            kind = Kind(label.kind)
            role = Role.USES if kind is Kind.METHOD else Role.EVALUATED_ON
            names = (split_data_name(cand.text, lambda p: dataset_entry(lexicon, p) is not None)
                     if kind is not Kind.METHOD
                     else split_method_name(cand.text, lambda p: p in lexicon.methods))
            named_head = _NAMED_HEAD.match(fld.text, cand.end) if (
                kind is Kind.METHOD and not cand.partner and (
                    cand.text[1:].islower() or label.signal == "head:eponym"
                    or label.signal.startswith("head:") and _NAME_PAIR.fullmatch(cand.text))) else None
            if kind is not Kind.METHOD and len(names) == 1:
                for start, end, edition in later_editions(fld.text, names[0], cand.end):
                    mentions.append(Mention(paper.id, kind, role, edition, fld.evidence(
                        start, end, f"rules/{label.signal}:edition", label.confidence)))
            for name in names:
                if len(names) > 1 and name in lexicon.generic:
                    continue  # "HTML/XML-based documents": formats, however written
                aliases = (cand.partner,) if cand.partner and len(names) == 1 else ()
                if named_head:  # "Kalman filter", "Siamese network": the head names it too
                    aliases = (cand.text + re.sub(r"\s+", " ", named_head.group()),)
                elif cand.source == "vocab-method" and cand.text.split(" ", 1)[0] in ACRONYM_VARIANTS:
                    aliases = (cand.text.split(" ", 1)[1],)  # "kernel PCA" is recorded as "PCA" too
                elif kind is Kind.METHOD and not aliases and " " in cand.text:
                    # "Vision Transformers ... such as ViT": the corpus's usual acronym, used
                    # here too, is the same method
                    pkey = phrase_key(cand.text)
                    short = lexicon.method_phrases.get(pkey) or lexicon.method_phrases.get(pkey[:-1], "")
                    if short and re.search(r"\b" + re.escape(short) + r"s?\b", fld.text):
                        aliases = (short,)

                if kind is Kind.METHOD and len(names) == 1:
                    aliases += tuple(v for v in surface_variants(fld.text, name, cand.end)
                                     if v not in aliases)
                    bare = _HEAD_AT_END.sub("", name)
                    if cand.source == "vocab-phrase" and bare != name and bare not in aliases and (
                            " " not in bare or phrase_key(bare) in lexicon.method_phrases):
                        aliases += (bare,)  # "the perceptron algorithm": curators write "perceptron" too
                mentions.append(Mention(paper.id, kind, role, name,
                                        fld.evidence(cand.start, cand.end, f"rules/{label.signal}",
                                                     label.confidence),
                                        aliases=aliases))

        if "'" in fld.text or "’" in fld.text:
            for start, end, name in eponym_spans(fld.text):
                if fold(name) not in proposed_keys:
                    mentions.append(Mention(paper.id, Kind.METHOD, Role.USES, name,
                                            fld.evidence(start, end, "rules/eponym", 0.7)))
        if "*" in fld.text:
            for start, end, name in star_name_spans(fld.text):
                if fold(name) not in proposed_keys and not _OWN_STAR.search(fld.text, max(0, start - 40), start):
                    head = _STAR_HEAD.match(fld.text, end)  # "the A* algorithm" is recorded so too
                    mentions.append(Mention(paper.id, Kind.METHOD, Role.USES, name,
                                            fld.evidence(start, end, "rules/star-name", 0.7),
                                            aliases=(f"{name} {head.group(1)}",) if head else ()))

    mentions = _one_family_per_name(_drop_title_compound_heads(title.text, mentions))

    # 4. Metrics and results.
    metric_spans = find_metrics(abstract.text, lexicon)
    values = find_values(abstract.text, metric_spans)
    data_mentions = [m for m in mentions if m.kind in (Kind.DATASET, Kind.BENCHMARK)
                     and m.evidence.field == "abstract"]
    # "mean average precision (AP)": the acronym in brackets is the same metric, not another.
    bracketed = {j for i, span in enumerate(metric_spans[:-1])
                 for j in (i + 1,) if re.fullmatch(r"\s*\(\s*", abstract.text[
                     span.end:metric_spans[j].start]) and abstract.text.startswith(
                     ")", metric_spans[j].end)}
    near = [_near_value(span, values) for span in metric_spans]
    cued = _cued_spans(abstract.text, metric_spans, near)
    for i, span in enumerate(metric_spans):
        if i in bracketed:
            continue
        bare = " " not in span.text.strip() or span.qualified  # "pose accuracy": "accuracy"
        if span.text[1:].islower() and i not in cued and (
                bare or _COST_MEASURE.search(span.text) and not span.listed):
            continue  # ("within a short training time", "a small memory footprint": talked of)
        if span.text.lower().endswith("time") and _AT_TIME.search(abstract.text, 0, span.start):
            continue  # "at inference time", "during training time": when, not a measure
        if span.canonical.lower() == "sensitivity" and not near[i] and \
                "specificity" not in abstract.text.lower():
            continue  # "risk sensitivity", "sensitivity to language": a property talked of
        if span.benchmark:
            continue  # "an MMLU score of 74.8": the result's measure; the data set is named
        surface = metric_surface(span.text)
        if _SCORE_TAIL.search(span.text) and not lexicon.knows_metric(surface):
            surface = metric_surface(span.text, keep_tail=True)  # "Inception Score"
        surface = _measure_itself(surface, lexicon)
        if fold(surface) in (fold(span.canonical) + "s", fold(span.canonical)[:-1] + "ies") or \
                span.text.replace("-", "").isalnum() and span.text.istitle() and \
                span.canonical.isupper():  # "Meteor", "Rouge-1"
            surface = span.canonical  # "accuracies", "success rates": the measure's name
        elif CUT_OFF.fullmatch(surface) and span.canonical.lower().startswith(surface.lower() + " "):
            surface = span.canonical  # "82.7% top-1 and 96.2% top-5": the top-5 accuracy
        if not _ACRONYM_DEFINED_AFTER.match(abstract.text, span.end):
            # "computation times", "accuracies" left by "average accuracies" (but "mean wobble
            # errors (MWE)" is a name as written)
            surface = " ".join(_singular_measure(surface.split(), lexicon))
        if span.phrase:
            surface = span.canonical
        mentions.append(Mention(paper.id, Kind.METRIC, Role.MEASURES, surface,
                                abstract.evidence(span.start, span.end, "rules/metric",
                                                  0.8 if near[i] else 0.6),
                                aliases=(span.canonical,) if surface != span.canonical else ()))
    named = {fold(m.text) for m in mentions if m.kind is Kind.METRIC} | {
        fold(m.aliases[0]) for m in mentions if m.kind is Kind.METRIC and m.aliases}
    # a coined-looking name the text lists among its metrics is one, not a method by its shape
    mentions = [m for m in mentions if not (
        m.kind is Kind.METHOD and m.evidence.extractor == "rules/shape" and fold(m.text) in named)]
    data_keys = {fold(m.text) for m in data_mentions}
    for value in values:
        base = _derived_metric(value.metric, lexicon) if value.metric else ""
        words = base.split()
        if len(words) > 1 and fold(words[0]) in data_keys:
            # "GSM8K accuracy" is "accuracy"; "MMLU score" is the data set's and names no measure
            only_head = len(words) == 2 and words[1].lower() in BARE_MEASURE_HEADS
            words = [] if only_head else words[1:]
            base = " ".join(words)
        if (fold(base) not in named and 1 <= len(words) <= 3 and base[:1].isalpha()
                and (words[-1].lower() in METRIC_HEADS or base.lower() in COMPUTE_COUNTS)
                and not _named_longer(mentions, value, base)):
            named.add(fold(base))
            mentions.append(Mention(paper.id, Kind.METRIC, Role.MEASURES, base,
                                    abstract.evidence(value.start, value.end, "rules/result-metric",
                                                      0.5)))
        if len(words) >= 2 and fold(base) in named and words[-1].lower() in METRIC_HEADS:
            # "90% test accuracy": the measure is "test accuracy", not "accuracy"
            # "a release accuracy of 0.7 mm": nor when the measure's name comes before the number
            inside = [i for i, m in enumerate(mentions) if m.kind is Kind.METRIC and
                      m.evidence.extractor == "rules/metric" and
                      base.lower().endswith(" " + m.text.lower()) and (
                          value.end <= m.evidence.start <= value.end + len(value.metric) + 2 or
                          _COMPARED_AFTER.fullmatch(abstract.text, value.end,
                                                    m.evidence.start - len(base) + len(m.text)) or
                          _qualified_before(abstract.text, m, value.start, base))]
            for i in reversed(inside):
                del mentions[i]
    results = []
    listed = _listed_data(abstract.text, values, data_mentions)
    # "compressed by 85.2% in MNIST and 83.9% in AlexNet": where, or what, but no measure
    named_things = {fold(m.text) for m in mentions if m.kind is not Kind.METRIC and
                    m.evidence.confidence >= 0.5} - {fold(m.text) for m in mentions
                                                      if m.kind is Kind.METRIC}
    # a paper that names one data set only: where a measure its sentence leaves unplaced was taken
    only_data = data_mentions[0] if len({fold(m.text) for m in data_mentions}) == 1 else None
    for k, value in enumerate(values):
        if value.metric and fold(value.metric) in named_things:
            value = ValueSpan(value.start, value.end, value.value, "")
        s_start, s_end = abstract.sentences.span_at(value.start)
        in_sentence = [m for m in data_mentions if s_start <= m.evidence.start < s_end]
        after = [m for m in in_sentence if m.evidence.start > value.end]
        dataset = (min(after, key=lambda m: m.evidence.start) if after else
                   max(in_sentence, key=lambda m: m.evidence.start) if in_sentence else None)
        before = [m for m in in_sentence if m.evidence.end <= value.start]
        if before:  # "GSM8K (5.9% -> 10.9%)": the number in brackets after a data set's name
            last = max(before, key=lambda m: m.evidence.end)
            if _IN_BRACKETS.fullmatch(abstract.text, last.evidence.end, value.start):
                dataset = last
            elif after and _OWN_CLAUSE.fullmatch(abstract.text, last.evidence.end, value.start) \
                    and not _OWN_CLAUSE_AFTER.fullmatch(abstract.text, value.end, dataset.evidence.start):
                dataset = last  # "on X from 89.8% to 93.1%, and from 81.0% to 87.2% on Y"
        dataset = listed.get(k, dataset)
        confidence = 0.6
        if dataset is None and value.metric and only_data:
            # "... on WikiHop. ... our ensemble surpasses human performance by 4.2%"
            dataset, confidence = only_data, 0.5
        if not value.metric and dataset is None:
            continue  # a bare number: neither what was measured nor where
        if value.metric.startswith("baseline "):
            continue  # "against a baseline recognition rate of 95.9%": the rival's number
        results.append(ResultMention(paper.id, value.metric, value.value,
                                     dataset.text if dataset else "",
                                     abstract.evidence(value.start, value.end, "rules/result",
                                                       confidence)))

    # 5. Tasks, ranked.
    # (in either number: the title's "Reciprocal Velocity Obstacles for ..." names the proposed
    # "Reciprocal Velocity Obstacle")
    proposed_lower = {form for m in mentions if m.role is Role.PROPOSES
                      for n in (m.text, *m.aliases)
                      for form in (n.lower(), n.lower() + "s", n.lower().removesuffix("s"))}
    if title_lead and not title_lead.named and title_lead.text.lower() not in lexicon.tasks:
        proposed_lower.add(title_lead.text.lower())  # described: "Visual odometry with ..." is a task
    if title_lead and " of " in title_lead.text:
        # "Global Gated Mixture of Second-order Pooling": the words before 'of' are no task either
        proposed_lower.add(title_lead.text.split(" of ")[0].lower())
    if title_head and title_head[0].lower() not in lexicon.tasks:
        # "OneShot Global Localization: ..." kept as 'OneShot': the head is still no task
        proposed_lower.add(title_head[0].lower())
    tasks = []
    for span in rank_tasks(title.text, abstract.text, lexicon, proposed_lower):
        fld = title if span.field == "title" else abstract
        tasks.append(Mention(paper.id, Kind.TASK, Role.ADDRESSES, span.text,
                             fld.evidence(span.start, span.end, "rules/task", span.score)))
    # A name must have a letter or digit to be resolvable ("\" \"" is not a name), and lie
    # clear of blanked markup: one that spans it is not what the paper wrote.
    by_name = {"title": title, "abstract": abstract}

    def kept(evidence: Evidence, text: str) -> bool:
        return bool(fold(text)) and by_name[evidence.field].as_written(evidence.start, evidence.end)

    return Extraction(paper.id, tuple(m for m in mentions if kept(m.evidence, m.text)),
                      tuple(r for r in results if kept(r.evidence, r.value)),
                      tuple(t for t in tasks if kept(t.evidence, t.text)))
