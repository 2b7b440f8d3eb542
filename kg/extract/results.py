"""Metrics and numeric results: "90% top-1 accuracy on Kinetics-400", "5.67x speedup",
"improves ROC AUC by 13%". The metric and dataset are read from the same clause as the number."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile

from kg.extract import cues
from kg.extract.lexicon import Lexicon

# Physical quantities a robotics or hardware abstract reports: "an error of 1.12m", "a turning
# radius of 55 mm", "260 rpm", "up to 330 kPa", "0.7°".
# Older IEEE abstracts spell "±" and "μm" as "plusmn" and "mum" ("0.70plusmn0.46mum").
_PHYSICAL_UNIT = (r"(?:(?:±|plusmn)\d+(?:\.\d+)?)? ?(?:(?:mm|cm|km|m|μm|µm|mum|rad|deg)/s\b|"
                  r"(?:mm|cm|km|m|μm|µm|mum)(?![\w/])|"
                  r"(?:metres?|meters?|radians?|ft|feet|rpm|kHz|Hz|mNm|Nm|mN|kN|N|kPa|MPa|GPa|"
                  r"mg|kg|grams|"
                  r"degrees)\b|°)")
_PHYSICAL = re.compile(_PHYSICAL_UNIT + "$")
# Counts per unit of time that a system's throughput is reported in: "65M points/sec", "500+
# scans per second", "9 embryos/min" (frames per second stay with the FPS metric; "degrees per
# second" is a physical speed).
_NOT_COUNTED = r"(?:frames?|degrees?|deg|rad|radians?|meters?|metres?|revolutions?)\b"
_PER_TIME = r"(?:/| per )(?:s|sec|second|min|minute|h|hr|hour)\b"
_RATE_UNIT = r"[KMB]?\+? ?(?!" + _NOT_COUNTED + r")[a-z]{3,}" + _PER_TIME
_RATE = re.compile(r"(?<![a-z])(?!" + _NOT_COUNTED + r")([a-z]{3,}" + _PER_TIME + ")$")
# The measures such a quantity is reported for (not sizes of the design: "a 60 mm diameter").
_PHYSICAL_HEADS = frozenset("""speed velocity torque force pressure margin deformation radius
displacement deviation bandwidth stroke mass weight payload thrust""".split())
_VALUE = re.compile(
    # "2,000 times": a thousands separator is part of the number
    r"(?<![\w.,])(?:\+|-)?(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    r"(?:\s?[-–]\s?\d+(?:\.\d+)?|\s+to\s+\d+(?:\.\d+)?)?\s?(\\?%|[xX]\b|×|\$?\\times\$?|-?fold\b|times\b|"
    r" points?\b| pp\b| pts?\b| percentage points?\b| percents?\b| ?(?:ms|μs|µs|FPS|fps|dB)\b|"
    r" (?:seconds|milliseconds|minutes|hours|GPU hours|GPU days)\b|" + _RATE_UNIT + "|" +
    _PHYSICAL_UNIT + ")")
_PERCENT = re.compile(r"\d\s?(?:%|\\%| percent)")
_FACTOR_UNIT = re.compile(r"(?:[xX]|×|fold|times)$")
_FACTOR = re.compile(r"\bfactor(?: of)? (\d+(?:\.\d+)?)\b")
_CLAUSE_BREAK = re.compile(r"[;,]\s|\s(?:while|whereas|and|but)\s")
_METRIC_AFTER = re.compile(
    r"^\s*(?:(?:absolute|relative|average|higher|lower|better|improved|gains? (?:in|on)|"
    r"in terms of|in|"
    r"improvements? (?:in|on|of)|increase (?:in|of)|reduction (?:in|of)|drop in)\s+)*"
    r"((?:[A-Za-z][\w@-]*)(?:\s[A-Za-z][\w@-]*){0,2})")
_GENERIC_AFTER = frozenset({"of", "on", "in", "and", "the", "with", "over", "than", "for", "to",
                            "across", "compared", "while", "at", "by", "from", "more", "less",
                            "fewer", "faster", "higher", "lower", "better", "improvement",
                            "improvements", "gain", "gains", "reduction", "increase", "under",
                            "compared", "relative", "respectively", "absolute", "average",
                            "using", "when", "which", "that", "is", "are", "was", "were", "we",
                            "our", "its", "their", "this", "these", "those", "per", "as", "or",
                            "after", "before", "only", "up", "about", "nearly", "around"})
_CHANGES = frozenset({"reduction", "improvement", "gain", "increase"})
_REDUCTION_OF = re.compile(r"^\s*(reduction|increase|improvement|drop|decrease)s?\s+(?:in|of)\s+"
                           r"(?:the\s+)?((?:[a-z][\w-]*\s?){1,3})", re.IGNORECASE)
# Nouns that end a metric's name: "sparsity ratio", "execution time", "top-1 accuracy".
METRIC_HEADS = frozenset("""
accuracy precision recall score scores error errors rate ratio speedup speed-up time latency
throughput cost loss perplexity auc f1 bleu rouge fps memory overhead sparsity efficiency
success reward return distance similarity correlation iou miou map psnr ssim fid wer cer
likelihood regret coverage consumption usage size gap delay
""".split())
# What a model's cost is counted in: "80.8% fewer parameters" is a parameter reduction.
_COUNTED = frozenset({"parameters", "params", "flops", "gflops", "macs", "energy"})
# A result may also name a change in a measure, or a paper's "performance".
_RESULT_HEADS = METRIC_HEADS | {"performance", "reduction", "improvement", "improvements", "gain",
                                "gains", "increase", "decrease", "drop", "boost",
                                "compression",  # "6x compression" names its measure
                                "speed"} | _COUNTED  # "at 75x the speed"
_COMPARATIVE = frozenset({"less", "fewer", "more", "higher", "lower", "faster", "smaller",
                          "larger", "better"})
_METRIC_BEFORE = re.compile(
    r"(?<![\w'’])([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2})\s+(?:of|is|was|reaches|reached|achieves|achieving|"
    r"(?:less|lower|smaller) than|below|"
    r"at|to|=|:|by|in excess of|in|from\s+\d+(?:\.\d+)?\s?%?\s+to)\s+"
    r"(?:only\s|about\s|approximately\s|up to\s|around\s|just\s)?$")
_ENDS_MEASURE = frozenset({"and", "or", "with", "than", "compared", "while", "when", "which",
                           "whereas", "but"})
_COMPARING = frozenset({"over", "than", "compared", "across", "for", "on", "at", "by", "under",
                        "relative", "against", "versus", "vs", "vs.", "from", "to", "in", "when"})
_CHANGE_VERBS = frozenset({"improves", "improve", "improved", "reduces", "reduce", "reduced",
                           "increases", "increase", "increased", "lowers", "lowered", "raises",
                           "decreases", "decreased", "boosts", "boosted", "cuts", "achieves",
                           "achieved", "achieve", "obtains", "obtained", "reaches", "reached",
                           "high", "low", "even"})


_NOT_MEASURE = _GENERIC_AFTER | _CHANGE_VERBS | frozenset(
    "a an attain attains attained yield yields yielded deliver delivers delivered show shows showed "
    "has have had get gets got give gives gave provide provides provided resulting".split())


def _trailing_measure(words: list[str]) -> str:
    """The measure's own words, after the last verb or function word: "policies attain
    coverage" -> "coverage", "an average error" -> "error"."""
    kept = list(takewhile(lambda w: w.lower() not in _NOT_MEASURE, reversed(words)))
    if len(kept) >= 2 and len(words) > len(kept) and words[-len(kept) - 1].lower() == "average":
        kept.append(words[-len(kept) - 1])  # "an average positioning error": the measure named
    return " ".join(reversed(kept))


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and word[:-1] in METRIC_HEADS else word


def _measure_named(metric: str) -> bool:
    """The words end in a measure ("planning costs") or are an acronym ("AR@200", "mBF1")."""
    last = metric.split()[-1]
    return _singular(last) in _RESULT_HEADS or (
        len(metric.split()) == 1 and sum(c.isupper() for c in last) >= 2)


# "the error decreases by 20%": the verb a measure moves with, as the change it names.
_MOVES = {"decreases": "decrease", "decreased": "decrease", "decrease": "decrease",
          "drops": "drop", "dropped": "drop", "drop": "drop", "falls": "decrease",
          "fell": "decrease", "increases": "increase", "increased": "increase",
          "increase": "increase", "rises": "increase", "rose": "increase",
          "improves": "improvement", "improved": "improvement", "improve": "improvement"}
_MOVED_BY = re.compile(r"\s+(\w+)\s+by\s+(?:only\s+|about\s+|around\s+|up to\s+|nearly\s+)?")
_GAINS = frozenset({"improvement", "gain", "increase", "reduction", "boost", "decrease", "drop"})
_QUALIFIER = re.compile(r"\b(?:absolute|relative|average)\b", re.IGNORECASE)
_LESS = frozenset({"less", "fewer", "lower", "smaller"})
# "an improvement of 28.34% in X": the change is named before the number.
_GAIN_BEFORE = re.compile(r"\b(improvement|gain|increase|reduction|boost)s?\s+of\s+"
                          r"(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|approximately\s+)?$",
                          re.IGNORECASE)
# "and up to 9% over prior gates": a bare number compared with another baseline.
_COMPARED = re.compile(r"\s*(?:over|than|compared|relative to|against|vs\.?)\s", re.IGNORECASE)
_GAIN_WORDS = re.compile(r"\b(speedup|speed-up|faster|improvement|gain|reduction|fewer|less)\b",
                         re.IGNORECASE)


# "from 83% to", "from a previous best of 67.7% to": the baseline's number comes first.
_FROM = re.compile(r"(?<!range )(?<!ranged )(?<!ranges )(?<!ranging )\bfrom\s+"
                   r"(?:(?:a|the)\s+(?:previous|prior)\s+(?:best|state[- ]of[- ]the[- ]art)"
                   r"\s+of\s+)?"
                   r"(?:about\s+|around\s+|only\s+|just\s+)?$", re.IGNORECASE)
# ("from 90.95% to less than 0.6%": the bound of the new number does not hide the old one)
_TO_NUMBER = re.compile(r"\s*(?:to|→|->)\s*(?:(?:less|fewer|lower|more|greater) than\s+|below\s+|"
                        r"under\s+|over\s+|nearly\s+|about\s+|around\s+|only\s+|just\s+)?\d",
                        re.IGNORECASE)
# "GSM8K (5.9%rightarrow10.9%)": an arrow (LaTeX or not) also leads from the baseline's number.
_ARROW = re.compile(r"\s*(?:\$?\\?rightarrow\$?|→|->|⟶)\s*\d")


_BRACKETED = re.compile(r"\(\s*[~≈]?\s*$")
_RIVAL_CUE = re.compile(r"\b(?:than|compared (?:to|with)|comparable (?:to|with)|versus|vs\.?)\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)


def _baseline_in_brackets(text: str, start: int, end: int) -> bool:
    """"a higher rate than the best success rate (90%)": the rival's number, in brackets."""
    opened = _BRACKETED.search(text, max(0, start - 4), start)
    return bool(opened) and text[end:end + 2].lstrip().startswith(")") and bool(
        _RIVAL_CUE.search(text, max(0, opened.start() - 60), opened.start()))


# "from 93.20% to 94.30% on MNIST and 50.00% to 79.16% on CIFAR-10": the second pair leaves out
# its "from", but still starts at the baseline's number.
_PAIR = r"\d+(?:\.\d+)?\s?%?\s+to\s+\d+(?:\.\d+)?\s?%?"
_ELIDED_FROM = re.compile(r"\bfrom\s+" + _PAIR + r"(?:[^.;:()%]{0,60}?(?:,\s*|\s+and\s+)" + _PAIR + ")*"
                          r"[^.;:()%]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _leads_to_another(text: str, start: int, end: int) -> bool:
    """"from 83% to 90.3%", "(95.07% to 94.92%)", "5.9% → 10.9%": the number the result
    started from, which is the baseline's, not the paper's."""
    if _ARROW.match(text, end):
        return True
    if not _TO_NUMBER.match(text, end):
        return False
    return bool(_FROM.search(text, max(0, start - 45), start) or text[max(0, start - 2):start]
                .strip().endswith("(") or _ELIDED_FROM.search(text, max(0, start - 300), start))


@dataclass(frozen=True, slots=True)
class MetricSpan:
    start: int
    end: int
    text: str
    canonical: str
    qualified: bool = False  # a vocabulary head with the text's own qualifier: "pose accuracy"


@dataclass(frozen=True, slots=True)
class ValueSpan:
    start: int
    end: int
    value: str
    metric: str


# Heads that a curator names together with the text's qualifier: "validation accuracy",
# "pose accuracy", "tracking error", "phoneme error rate" (but "high accuracy" is "accuracy").
_QUALIFIABLE = frozenset({"accuracy", "error", "errors", "error rate"})
# Qualifiers that say on which split or in which setting a measure was taken.
_SETTING_WORDS = frozenset("""test testing validation training online offline certified held-out
out-of-distribution overall""".split())  # "overall accuracy" (OA) is a measure of its own
# Nouns that say what was measured: robotics and geometry error measures ("position error",
# "tracking error", "estimation accuracy") and the units an error rate counts ("phoneme",
# "word"). A closed list: a curator writes "improving selection accuracy" as "accuracy".
_MEASURED_NOUNS = frozenset("""pose position positioning tracking targeting trajectory heading
depth joint angle angular rotation translation orientation odometry localisation localization
estimation registration reconstruction pixel word character phoneme token frame keypoint
landmark""".split())
# Nouns that name what an error measures in robotics, control and forecasting ("prediction
# error", "placement error", "reprojection error"), but say nothing before "accuracy", where
# a curator writes "improving prediction accuracy" as the vocabulary's own name.
_ERROR_NOUNS = frozenset("""prediction forecasting forecast translational rotational positional
attitude tip placement reprojection calibration steady-state end-effector endpoint contouring
contour following path regression segmentation""".split())
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*[a-z]|rank-\d+|[1-6][Dd])\s+$")
# "Recall@K", "mAP@.5", "Hits@10": a ranking or detection measure at a cut-off.
_AT_CUTOFF = re.compile(r"(?:recall|precision|prec|hits|ndcg|map|ap|acc|accuracy|r|p|hr|mrr|f1|"
                        r"pass|success)@(?:[kKnN]|\d+(?:\.\d+)?|\.\d+)", re.IGNORECASE)
# Words after a vocabulary name that belong to the measure the text names.
_COEFFICIENT = re.compile(r" coefficient\b", re.IGNORECASE)
_CUT = re.compile(r"(?:rank|top)-?\d+", re.IGNORECASE)
_CUT_THEN_ACCURACY = re.compile(r" accuracy\b", re.IGNORECASE)


def _qualifier(text: str, start: int, error: bool = False) -> int:
    """Where the metric's own qualifier starts ("pose estimation error": two words), or
    ``start`` when the word before is not one."""
    first = start
    for _ in range(2):
        before = _WORD_BEFORE.search(text, max(0, first - 40), first)
        word = before.group(1) if before else ""
        if error and word == "estimation" and first == start:
            break  # "bounds on the estimation error": a quantity in a proof, not a measure
        if first < start and re.fullmatch(r"[1-6][Dd]", word):
            first = before.start(1)  # "3D position accuracy": the space the measure is taken in
            break
        if not (word in _SETTING_WORDS or word in _MEASURED_NOUNS or word.startswith("rank-") or
                error and word in _ERROR_NOUNS):
            break
        first = before.start(1)
    return first


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _initials(words: list[str]) -> str:
    return "".join(p[0] for w in words for p in w.split("-") if p).lower()


def _spelled_start(text: str, start: int, end: int) -> int:
    """Where the long form of the acronym in brackets after a metric starts, when the metric is
    only its last words: "Matthews Correlation Coefficient (MCC)" -> at "Matthews"."""
    acronym = _ACRONYM_AFTER.match(text, end)
    if not acronym:
        return start
    letters = acronym.group(1).lower()
    own = _initials(text[start:end].split())
    if not letters.endswith(own) or letters == own:
        return start
    before = list(re.finditer(r"[A-Za-z][\w-]*", text[max(0, start - 60):start]))
    for k in range(1, min(4, len(before)) + 1):
        first = before[-k]
        if _initials([m.group() for m in before[-k:]]) + own == letters:
            return max(0, start - 60) + first.start()
    return start


def _hyphenated(word: str, lexicon: Lexicon) -> str:
    """"run-time" is the vocabulary's "runtime", "frames-per-second" its "frames per second":
    a name the text writes with hyphens."""
    low = word.lower()
    return lexicon.metrics_folded.get(low.replace("-", ""), "") or \
        lexicon.metrics_folded.get(low.replace("-", " "), "")


def _acronym_in_title_case(surface: str, lexicon: Lexicon) -> str:
    """"Meteor score", "Rouge": a metric acronym of four or more letters written as a word."""
    if len(surface) >= 4 and re.fullmatch(r"[A-Z][a-z]{3,}(?:-[0-9A-Za-z]{1,2})?", surface):
        return lexicon.metrics.get(surface.upper(), "")  # and "Rouge-1"
    return ""


# Words of a measure's long form: "Intersection over Union (IoU)", "area under the curve (AUC)",
# "Matthews correlation coefficient (MCC)". A long form with none of them spells the acronym
# out as something else: "maximum a posteriori (MAP)", "masked autoencoders (MAE)".
_LONG_FORM_WORDS = METRIC_HEADS | {"union", "curve", "coefficient", "index", "measure", "gain",
                                   "rank", "characteristic", "deviation", "mean", "average",
                                   "precision", "opinion", "calibration", "likelihood",
                                   "evaluation", "understudy", "character", "byte", "bits",
                                   "frames", "second"}  # "bits per character (BPC)"
# An acronym followed by one of these names an estimate, a loss or a problem, not a measure:
# "MAP inference", "the MAP solution", "an MSE loss".
_MODIFIED_NOUN = re.compile(
    r"\s+(?:inference|estimates?|estimation|estimators?|solutions?|assignments?|problems?|"
    r"configurations?|decoding|labell?ings?|quer(?:y|ies)|objectives?|formulations?|losse?s?|"
    r"approximations?|frameworks?|rules?|principles?|priors?|criteri(?:on|a))\b")


def _spelled_otherwise(text: str, acronym: str) -> bool:
    """The text defines ``acronym`` with a long form that names no measure: "unmanned aircraft
    systems (UAS)", "moving object segmentation (MOS)"."""
    at = text.find("(" + acronym)
    while at >= 0:
        close = text.find(")", at)
        if close > 0 and re.fullmatch(r"\(\s*" + re.escape(acronym) + r"s?\s*", text[at:close]) \
                and re.search(r"[A-Za-z]\s*$", text[max(0, at - 3):at]):  # not "6.7% (BLEU)"
            letters = sum(c.isupper() or c.isdigit() for c in acronym) or len(acronym)
            words = re.findall(r"[A-Za-z]+", text[max(0, at - 80):at])[-letters:]
            return not any(w.lower() in _LONG_FORM_WORDS or w.lower()[:-1] in _LONG_FORM_WORDS
                           for w in words)
        at = text.find("(" + acronym, at + 1)
    return False


def _not_a_measure(text: str, span: "MetricSpan") -> bool:
    """An acronym from the vocabulary used for something else in this text."""
    if not (span.text.isupper() and len(span.text) >= 2 and span.text.isalpha()):
        return False
    return bool(_MODIFIED_NOUN.match(text, span.end)) or _spelled_otherwise(text, span.text)


_FUNCTION_AFTER = re.compile(r"\s+functions?\b")


def find_metrics(text: str, lexicon: Lexicon) -> list[MetricSpan]:
    """Metric names from the vocabulary: case-sensitive acronyms, case-insensitive phrases."""
    found = _vocabulary_metrics(text, lexicon)
    if " function" in text:  # "the negative log-likelihood function": an objective, not a measure
        found = [s for s in found if not _FUNCTION_AFTER.match(text, s.end)]
    if any(s.text.isupper() for s in found):
        found = [s for s in found if not _not_a_measure(text, s)]
    if _LIST_LEAD_WORDS.search(text):  # "routing latency" is the measure, not also "latency" in it
        listed = [s for s in _listed_measures(text) if not any(
            f.start <= s.start and s.end <= f.end or f.start < s.start < f.end or
            f.start < s.end < f.end for f in found)]
        found = [f for f in found if not any(s.start <= f.start and f.end <= s.end
                                             for s in listed)] + listed
        found += _members_of_measured_list(text, found)
        found.sort(key=lambda s: s.start)
    if " is " in text or " are " in text or " was " in text or " were " in text:
        taken = [(s.start, s.end) for s in found]
        stated = [s for s in _stated_measures(text)
                  if not any(a < s.end and s.start < b for a, b in taken)]
        found = [f for f in found if not any(s.start <= f.start and f.end <= s.end
                                             for s in stated)] + stated
        found.sort(key=lambda s: s.start)
    if "%" in text:
        taken = [(s.start, s.end) for s in found]
        found += [s for s in _percent_acronyms(text)
                  if not any(a < s.end and s.start < b for a, b in taken)]
        found.sort(key=lambda s: s.start)
    if "(" in text:
        taken = [(s.start, s.end) for s in found]
        found += [s for s in _defined_measures(text)
                  if not any(a < s.end and s.start < b for a, b in taken)]
        found.sort(key=lambda s: s.start)
    return found


# "Processing time is approximately 20ms", "For example, position errors are below 1m": a
# sentence whose subject is a short phrase ending in a measure's head and whose verb states a
# number for it reports that measure.
_STATED = re.compile(r"(?:^|[.!?] )(?:[A-Z][\w ]{0,24}, )?"
                     r"(?:[Tt]he |[Tt]heir |[Ii]ts |[Oo]ur )?((?:[A-Za-z][a-z-]+ ){0,2}[A-Za-z][a-z-]+) "
                     r"(?:is|are|was|were) (?:\w+ly )?(?:less than |below |under |about |around |"
                     r"approximately |within |only |up to |as low as |over |above |)~?\d")


def _stated_measures(text: str) -> list[MetricSpan]:
    out = []
    for match in _STATED.finditer(text):
        words = match.group(1).lower().split()
        if len(words) > 1 and _singular(words[-1]) in METRIC_HEADS - _VAGUE_HEADS and \
                not any(w in _NOT_MEASURE for w in words):
            name = " ".join(words[:-1] + [_singular(words[-1])])  # "position errors": the error
            out.append(MetricSpan(match.start(1), match.end(1), match.group(1), name))
    return out


# "achieves 53.6% PQ", "(70.3% CorLoc, 36.9% mAP)": an acronym written right after a percentage
# that the paper reports reaching is the measure of that number, whether or not a vocabulary
# holds it ("an isometric 50% MVC" reports nothing; "95% CI" is an interval's confidence).
_PERCENT_ACRONYM = re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?%\s+([A-Z][a-z]*[A-Z][A-Za-z]*[0-9]?)"
                              r"(?![\w@-]|\s+[A-Z][a-z])")
_REPORTED_BEFORE = re.compile(r"\b(?:achiev|obtain|reach|attain|improv|outperform|surpass|gain|"
                              r"yield|boost|scor|increas|exceed|sets?\b|with\b|by\b)", re.IGNORECASE)
_NOT_MEASURE_ACRONYMS = frozenset({"CI", "CPU", "GPU", "TPU", "RAM", "VS", "AI", "ML", "US", "UK"})


def _defined_otherwise(text: str, acronym: str) -> bool:
    """The text spells the acronym out as something other than a measure: "Degrees of freedom
    (DoF)", whose share "18% DoF" is a size, not a score."""
    at = text.find("(" + acronym + ")")
    if at < 0:
        return False
    words = _WORD.findall(text, max(0, at - 60), at)
    return not words or words[-1].lower() not in _DEFINED_HEADS


def _percent_acronyms(text: str) -> list[MetricSpan]:
    out = []
    for match in _PERCENT_ACRONYM.finditer(text):
        name = match.group(1)
        if name.upper() in _NOT_MEASURE_ACRONYMS or len(name) > 8 or _defined_otherwise(text, name):
            continue
        sentence = text.rfind(". ", 0, match.start()) + 1
        if _REPORTED_BEFORE.search(text, max(sentence, match.start() - 100), match.start()):
            out.append(MetricSpan(match.start(1), match.end(1), name, name))
    return out


# "compared in terms of execution time, smoothness and memory usage": the sentence lists what
# it measures. A listed phrase of two or three lower-case words ending in a measure's head is a
# metric no vocabulary needs to hold ("efficiency" and "performance" name none).
# Other leads of such a list: "improvements in task completion time and failure rate",
# "compared on the basis of locomotion speed", "metrics such as ...", "measured by ...".
# "evaluated by", "gains of 3.1% in": leads of the same list ("with respect to" is not: "optimal
# with respect to the sigmoid loss" names an objective).
_TERMS_OF = re.compile(r"\b(?:in terms of|improvements? in(?! terms of)|on the basis of|"
                       r"(?:metrics?|measures?) (?:such as|including|like)|measured (?:by|using|with)|"
                       r"evaluated (?:by|with|using)|(?:gains?|improvements?) of "
                       r"(?:up to |about )?\d+(?:\.\d+)?\s?(?:%|points?|pp)? in)\s+"
                       r"(?:the\s+|both\s+|their\s+|its\s+)?")
_LIST_LEAD_WORDS = re.compile(r" terms of | improvements? in | basis of | such as | including |"
                              r" like |\bmeasured |\bevaluated | gains? of | improvements? of ")
_LISTED_ITEM = re.compile(r"([a-z][a-z-]+(?: [a-z][a-z-]+){0,2})"
                          r"(?=\s*(?:,|\band\b|\bor\b|[.;)]|$)|"
                          # "... and mean error distance in both settings": the list ends
                          r"\s+(?:in|on|for|across|under|over|compared|than|when|while|with)\b)")
_LIST_GAP = cues.list_gap(either=True, article=True)
_VAGUE_HEADS = frozenset({"efficiency", "success", "gap", "return", "reward", "coverage", "size"})


# "measured using coherence, similarity count, and clustering accuracy metrics": a list that
# the word "metrics" closes names measures in every member, whatever their heads.
# ... unless its members are modifiers: "human and automatic metrics".
_CLOSING = frozenset({"metrics", "measures", "scores"})
_MODIFIER = re.compile(r"(?:al|ic|ive|ous|ed|ful|able|ible|ary)$|^(?:human|standard|common|new|"
                       r"several|various|other|evaluation|existing|popular|many|multiple|these)$")


def _listed_measures(text: str) -> list[MetricSpan]:
    out = []
    for lead in _TERMS_OF.finditer(text):
        at = lead.end()
        items = []
        for _ in range(4):
            item = _LISTED_ITEM.match(text, at)
            if not item:
                break
            items.append(item)
            gap = _LIST_GAP.match(text, item.end())
            if not gap:
                break
            at = gap.end()
        closed = len(items) > 1 and items[-1].group(1).rsplit(" ", 1)[-1] in _CLOSING and not any(
            _MODIFIER.search(item.group(1).split()[0]) for item in items)
        for item in items:
            words = item.group(1).split()
            if closed and item is items[-1]:
                words = words[:-1]
            if closed and words and not any(w in _NOT_MEASURE for w in words):
                name = " ".join(words)
                out.append(MetricSpan(item.start(1), item.start(1) + len(name), name, name))
            elif len(words) > 1 and _singular(words[-1]) in METRIC_HEADS - _VAGUE_HEADS and \
                    not any(w in _NOT_MEASURE for w in words):
                out.append(MetricSpan(item.start(1), item.end(1), item.group(1), item.group(1)))
    return out


# Words a measured list holds that name a quality, not a measure a curator lists ("in terms of
# accuracy and efficiency").
_QUALITIES = frozenset("""performance efficiency effectiveness quality robustness scalability
generalization generalisation generalizability interpretability stability flexibility simplicity
speed cost costs time memory complexity convergence reliability""".split())
# Leads that say the list is what was measured ("improvements in models" lists no measures).
_MEASURED_LEAD = re.compile(r"\b(?:in terms of|(?:measured|evaluated|assessed) (?:by|using|with)|"
                            r"(?:metrics?|measures?) (?:such as|including|like))\s+"
                            r"(?:the\s+|both\s+|their\s+|its\s+)?")
_LISTED_WORD = re.compile(r"([a-z][a-z-]+(?: [a-z][a-z-]+)?)(?=\s*(?:,|\band\b|\bor\b|[.;)]|$)|"
                          r"\s+(?:in|on|for|across|under|over|compared|than|when|while|with|"
                          r"against)\b)")


def _members_of_measured_list(text: str, found: list[MetricSpan]) -> list[MetricSpan]:
    """"in terms of accuracy and forgetting", "measured by mAP, recall and coverage": once a
    lead's list holds a named measure, its other plain members are measures too, whatever their
    heads (the lead speaks for the whole list)."""
    out = []
    for lead in _MEASURED_LEAD.finditer(text):
        at, members, anchored, last = lead.end(), [], False, None
        for _ in range(5):
            known = next((f for f in found if f.start == at), None)
            if known:
                anchored, end, last = True, known.end, known
            else:
                item = _LISTED_WORD.match(text, at)
                if not item or item.group(1).split()[0] in _NOT_MEASURE | {"all", "both", "each"}:
                    break  # "..., and belief consistency, all with": the list has ended
                members.append(item)
                end, last = item.end(), item
            gap = _LIST_GAP.match(text, end)
            if not gap:
                break
            at = gap.end()
        if not anchored or len(members) > 2:
            continue
        if isinstance(last, MetricSpan) and " " in last.text and members and re.fullmatch(
                r"\s+and\s+", text[members[-1].end():last.start]):
            members.pop()  # "in terms of token and pronunciation similarity": one head for both
        for item in members:
            words = item.group(1).split()
            if words[-1].endswith("ion") and _singular(words[-1]) not in METRIC_HEADS:
                continue  # "in terms of privacy score and attribute prediction": a task
            if not any(w in _NOT_MEASURE or w in _QUALITIES for w in words) and \
                    not any(f.start < item.end() and item.start() < f.end for f in found):
                out.append(MetricSpan(item.start(1), item.end(1), item.group(1), item.group(1)))
    return out


# Last words of a measure's long form, for acronyms no vocabulary lists: "Average Path Length
# Similarity (APLS)", "Overall Explanation Score (OES)" (not "loss" or "likelihood": objectives).
_DEFINED_HEADS = frozenset("""similarity score error rate accuracy distance coefficient index
precision recall ratio""".split())
_DEFINED = re.compile(r"\(([A-Z][A-Za-z0-9]{1,7})\)")
_WORD = re.compile(r"(?<![\w'-])[A-Za-z][\w'-]*")
# The sentence says it is about measuring: "the X (XS) and Y (YS) metrics", "in terms of".
_MEASURING = re.compile(r"\bmetrics?\b|\bmeasures?\b|in terms of|evaluat\w*|measured",
                        re.IGNORECASE)


def _defined_measures(text: str) -> list[MetricSpan]:
    """A long form ending in a measure's head noun, spelled out before its acronym in a sentence
    about measuring."""
    out = []
    for match in _DEFINED.finditer(text):  # the brackets first: a cheap scan
        offset = max(0, match.start() - 80)
        words = list(_WORD.finditer(text, offset, match.start()))
        if not words or _singular(words[-1].group()) not in _DEFINED_HEADS or \
                text[words[-1].end():match.start()].strip():
            continue
        letters = match.group(1).lower()
        for k in range(2, min(6, len(words)) + 1):
            if _initials([w.group() for w in words[-k:]]) == letters:
                start, end = words[-k].start(), words[-1].end()
                s_start = text.rfind(". ", 0, start) + 1
                s_end = text.find(". ", match.end())
                if re.fullmatch(r"[\w\s'-]+", text[start:end]) and _MEASURING.search(
                        text, s_start, len(text) if s_end < 0 else s_end):
                    out.append(MetricSpan(start, end, text[start:end], text[start:end]))
                break
    return out


def _vocabulary_metrics(text: str, lexicon: Lexicon) -> list[MetricSpan]:
    found: list[MetricSpan] = []
    taken: list[tuple[int, int]] = []
    words = list(re.finditer(r"[A-Za-z0-9@][\w@-]*(?:[.][0-9]+)?", text))
    cut_offs = "@" in text
    for i in range(len(words)):
        if words[i].group().lower() not in lexicon.first_words:
            if "-" in words[i].group() and (canonical := _hyphenated(words[i].group(), lexicon)):
                found.append(MetricSpan(words[i].start(), words[i].end(), words[i].group(),
                                        canonical))
                taken.append(words[i].span())
                continue
            if cut_offs and "@" in words[i].group() and _AT_CUTOFF.fullmatch(words[i].group()):
                found.append(MetricSpan(words[i].start(), words[i].end(), words[i].group(),
                                        words[i].group()))
                taken.append(words[i].span())
            continue
        for j in range(min(len(words), i + 4) - 1, i - 1, -1):
            start, end = words[i].start(), words[j].end()
            surface = text[start:end]
            canonical = lexicon.metrics.get(surface) or lexicon.metrics_folded.get(surface.lower())
            if not canonical and j == i:
                canonical = _acronym_in_title_case(surface, lexicon) if surface[1:].islower() \
                    and surface[0].isupper() else (
                    surface in ("error", "errors") and _qualifier(text, start, True) < start
                    and "error")  # "error" alone names nothing; "tracking error" does
            if canonical and not any(s < end and start < e for s, e in taken):
                coefficient = _COEFFICIENT.match(text, end) if surface.lower().endswith(
                    "correlation") else None
                if coefficient:  # "Pearson correlation coefficient", as the text names it
                    end = coefficient.end()
                    surface = text[start:end]
                spelled = _spelled_start(text, start, end)
                if spelled < start:  # "Matthews Correlation Coefficient (MCC)": the whole name
                    start, surface = spelled, text[spelled:end]
                    canonical = surface.lower()
                cut = _CUT_THEN_ACCURACY.match(text, end) if _CUT.fullmatch(surface) else None
                if cut:  # "5.6% rank-1 accuracy": the cut-off names the accuracy it limits
                    end = cut.end()
                    found.append(MetricSpan(start, end, text[start:end], text[start:end].lower()))
                    taken.append((start, end))
                    break
                head = surface.islower() and surface in _QUALIFIABLE
                first = _qualifier(text, start, canonical == "error") if head else start
                if first < start and not any(s < start and first < e for s, e in taken):
                    qualified = text[first:end]
                    name = text[first:start] + canonical if canonical == "error" else qualified
                    found.append(MetricSpan(first, end, qualified, name.lower(), True))
                else:
                    found.append(MetricSpan(start, end, surface, canonical))
                taken.append((min(first, start), end))
                break
    return found


_VERSUS = re.compile(r"^\s*(?:v\.?s\.?|versus|vs\.?|against|and|to|or)\s+[\d.]+\s?(?:%|x\b|×)?",
                     re.IGNORECASE)


def _metric_after(text: str, end: int) -> str:
    versus = _VERSUS.match(text[end:end + 30])
    if versus:  # "77.1% vs. 72.8% in counting accuracy": the metric follows the second number
        end += versus.end()
    match = _METRIC_AFTER.match(text[end:end + 60])
    if not match:
        return ""
    gain = re.search(r"improvement|gain|reduction|increase", text[end:match.start(1) + end])
    qualifier = _QUALIFIER.search(text[end:match.start(1) + end])
    words = []
    parts = match.group(1).split()
    while parts and parts[0].lower() in ("a", "an", "the"):
        parts = parts[1:]
    if parts and parts[0].lower() in _COMPARATIVE and len(parts) > 1:
        if parts[0].lower() in _LESS:  # "47.7% less GPT-api cost" -> "GPT-api cost reduction"
            measure = list(takewhile(lambda w: w.lower() not in _GENERIC_AFTER, parts[1:]))
            if measure and measure[-1].lower() in METRIC_HEADS | _COUNTED:
                return " ".join(measure + ["reduction"])
            if measure and parts[0].lower() in ("fewer", "less") and all(
                    re.fullmatch(r"[a-z][a-z-]+", w) and not w.endswith("ly")
                    for w in measure):  # "35% fewer labelled images": what was cut
                return " ".join(measure + ["reduction"])
        return f"{parts[0].lower()} {parts[1]}"  # "3.2x less computation"
    for word in parts:
        if len(word) < 2 and not words:
            return ""
        if word.lower() in _GENERIC_AFTER and words:
            if word.lower() in _CHANGES:  # "78% total communication reduction"
                words.append(word.lower())
            break
        if word.lower() in _GENERIC_AFTER:
            return ""
        words.append(word)
    if words and qualifier:  # "28.34% in absolute normalized score"
        words.insert(0, qualifier.group().lower())
    if words and gain:
        words.append(gain.group())
    return " ".join(words)


# A number without a unit is a result only right beside a named metric: "45.2 mAP", "a BLEU
# score of 28.4", "FID of 3.2", "83.1 mIoU".
_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])(?<!top )(\d+(?:\.\d+)?)\s?$", re.IGNORECASE)
# "Pearson Correlation Coefficient (PCC) of 0.63": the acronym may stand between the two.
_NUMBER_AFTER = re.compile(r"(?:\s+scores?)?(?:\s*\([A-Za-z][\w@-]{1,9}\))?"
                           r"\s*(?:of|=|:|is|was|reaches|reached|at)?\s*"
                           r"(?:only\s+|about\s+|approximately\s+|around\s+|up to\s+)?"
                           r"(\d+(?:\.\d+)?)(?![\w%×-]|[.,:]\d|\s+[a-z]+s\b)")
# "0.88 (AUC)": the measure named in brackets right after its number.
# (a score has decimals: "2 (AUC) variants" counts variants)
_NUMBER_BRACKETED = re.compile(r"(?<![\w.,/-])(\d+\.\d+)\s?\(\s*$")
_OUTPERFORMS = re.compile(
    r"\b(?:(?:out-?perform|surpass|beat|exceed)(?:s|es|ed|ing)?|"
    r"improv(?:e|es|ed|ing)\s+(?:over|upon))\s+(?:the\s+)?((?:[\w.+-]+\s){1,4}?)"
    r"by\s+((?:an average of|on average|up to|about|around|over|more than|greater than|at least|"
    r"almost|roughly|nearly|approximately|relatively|an absolute|a relative)"
    r"\s+)?$", re.IGNORECASE)
_BARE_GAINS = frozenset({"improvement", "gain", "absolute improvement", "relative improvement",
                         "average improvement", "absolute gain", "relative gain"})
_GAIN_OVER = re.compile(r"\s*(?:(?:absolute|relative|average)\s+)?(?:improvement|gain)s?\s+over\s+"
                        r"(?:the\s+)?((?:[\w.+-]+\s?){1,6})", re.IGNORECASE)
_THRESHOLD = re.compile(r"(?:\bat|@|>|<|≥|≤)\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _bare_values(text: str, metrics: list[MetricSpan], found: list[ValueSpan]) -> list[ValueSpan]:
    out: list[ValueSpan] = []
    taken = [(v.start, v.end) for v in found]
    for m in metrics:
        before = _NUMBER_BEFORE.search(text, max(0, m.start - 12), m.start) or (
            text.startswith(")", m.end) and _NUMBER_BRACKETED.search(text, max(0, m.start - 14),
                                                                     m.start))
        after = _NUMBER_AFTER.match(text, m.end, min(len(text), m.end + 40))
        for match in (before, after):
            if not match or _YEAR.fullmatch(match.group(1)):
                continue
            start, end = match.span(1)
            if match is before and float(match.group(1)) < 1 and \
                    _THRESHOLD.search(text, max(0, start - 8), start):
                continue  # "AP at 0.5 IoU": the threshold, not the score ("at 118 FPS" is one)
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            out.append(ValueSpan(start, end, match.group(1), m.canonical))
            if match is before:
                out.extend(_listed_before(text, start, m.canonical, taken))
            break
    return out


# "15.6 and 10.2 BLEU", "71.2, 70.4 and 69.9 mAP": the numbers listed before the one beside
# the metric are its values too.
# ("+7.82 and +6.86 macro F1": signed gains list the same way)
_LISTED_NUMBER = re.compile(r"(?<![\w.,/@-])(\d+(?:\.\d+)?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)[+-]?$")


def _listed_before(text: str, start: int, metric: str, taken: list) -> list[ValueSpan]:
    out: list[ValueSpan] = []
    while len(out) < 3 and (listed := _LISTED_NUMBER.search(text, max(0, start - 20), start)):
        start, end = listed.span(1)
        if _YEAR.fullmatch(listed.group(1)) or any(s < end and start < e for s, e in taken):
            break
        taken.append((start, end))
        out.append(ValueSpan(start, end, listed.group(1), metric))
    return out


# "improved by 7.7 on ScanNetV2 and 5.0 on SUN RGB-D", "by 1.65 and 1.42 in terms of BLEU-4":
# a bare number after "by" is a change in the sentence's named metric.
_BY_NUMBER = re.compile(
    r"by\s+(?:up to\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+|"
    r"approximately\s+)?(\d+(?:\.\d+)?)(?=\s*[,;)]|\.(?!\d)|\s*$|\s+(?:on|in|and|over|compared|"
    r"than|against|for|at|with|respectively|across|relative)\b)", re.IGNORECASE)
_NOT_A_CHANGE = re.compile(r"(?:bounded|divided|multiplied|scaled)\s+$", re.IGNORECASE)
_NEXT_NUMBER = re.compile(r"(?:\s+(?:on|in|for)\s+[^,.;]{1,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                          r"(\d+(?:\.\d+)?)"
                          r"(?=\s*[,;]|\.(?!\d)|\s*$|\s+(?:on|in|for|respectively)\b)")
# "1.7 higher detection mAP": a bare number, a comparative, then the metric.
_COMPARATIVE_NUMBER = re.compile(r"(?<![\w.,/-])(\d+(?:\.\d+)?)\s+(?:higher|lower|better|more)\s+"
                                 r"(?:[a-z]+\s+)?$")


def _by_values(text: str, metrics: list[MetricSpan], found: list[ValueSpan]) -> list[ValueSpan]:
    if not metrics:
        return []
    out: list[ValueSpan] = []
    taken = [(v.start, v.end) for v in found]
    for m in metrics:
        before = _COMPARATIVE_NUMBER.search(text, max(0, m.start - 30), m.start)
        if before and not any(s < before.end(1) and before.start(1) < e for s, e in taken):
            taken.append(before.span(1))
            out.append(ValueSpan(before.start(1), before.end(1), before.group(1), m.canonical))
    for match in _BY_NUMBER.finditer(text):  # a literal start, so the scan is fast
        if _YEAR.fullmatch(match.group(1)) or match.start() and (
                text[match.start() - 1].isalnum() or _NOT_A_CHANGE.search(
                    text, max(0, match.start() - 12), match.start())):
            continue  # "total reward bounded by 1"
        s_start = text.rfind(". ", 0, match.start()) + 1
        s_end = text.find(". ", match.end())
        s_end = len(text) if s_end < 0 else s_end
        in_sentence = [m for m in metrics if s_start <= m.start and m.end <= s_end]
        after = [m for m in in_sentence if match.end() <= m.start <= match.end() + 60 and
                 re.search(r"\bin(?: terms of)?\s+$", text[m.start - 15:m.start])]
        preceding = [m for m in in_sentence if m.end <= match.start()]
        metric = after[0] if after else preceding[-1] if preceding else None
        if metric is None:
            continue
        spans = [match.span(1)]
        end = match.end()
        while (more := _NEXT_NUMBER.match(text, end)) and len(spans) < 4:
            spans.append(more.span(1))
            end = more.end()
        for start, stop in spans:
            if any(s < stop and start < e for s, e in taken):
                continue
            taken.append((start, stop))
            out.append(ValueSpan(start, stop, text[start:stop], metric.canonical))
    return out


# A change verb, then an acronym: the measure no vocabulary lists ("reduces the FPR95 by 4%"),
# not a rival ("outperforms LLaMA by 4%").
# ("improves tracking performance (S-MOTA) by 7.4%": the acronym in brackets names the measure)
_CHANGED_ACRONYM = re.compile(
    r"\b(?:improv|reduc|increas|boost|lower|rais|decreas)\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:([A-Z][\w@.-]*[A-Z][\w@.-]*)|(?:[a-z][\w-]*\s+){1,3}\(([A-Z][\w@.-]*[A-Z][\w@.-]*)\))"
    r"\s+by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|approximately\s+|more than\s+)?$")
# A change verb, then a measure of two or three words and what it is taken of: "reduces the
# pretraining cost of BERT by 25%" is a pretraining cost reduction (one word, "the cost of X",
# names no measure of its own).
_CHANGED_MEASURE_OF = re.compile(
    r"\b(reduc|lower|decreas|cut|increas|rais|boost|improv)\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"((?:[a-z][\w-]*\s+){1,2}?[a-z][\w-]*)\s+(?:of|for|in)\s+(?:the\s+|an?\s+)?[\w.-]+"
    r"(?:\s+[\w.-]+)?\s+by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|"
    r"approximately\s+|more than\s+)?$", re.IGNORECASE)
_POINTS = re.compile(r"\s(?:points?|pp|pts?|percentage points?)$")
# "between 10 and 20 ms": a range, not two results.
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:\d+(?:\.\d+)?\s*(?:,\s*|\s+and\s+))+$")
_VERSUS_BEFORE = re.compile(r"\b(?:vs\.?|versus)\s*$")
_RANGE_FROM = re.compile(r"\bfrom\s+[\d.]+\s+to\s+$")


_THRESHOLD_BELOW = re.compile(r"\bwith\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}below\s+$")
# "92% with angle error less than 15 degrees": the bound a share was counted under.
_THRESHOLD_WITH = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:below|under|within|"
                             r"(?:less|lower|smaller) than)\s+$", re.IGNORECASE)

# "the correct matching rate of landmark features is 92.6%": the measure, then what it was
# taken of, then the number.
_MEASURE_OF = re.compile(
    r"(?<![\w-])([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){1,3}?"
    r"(?:is|was|were|are|reaches|reached|achieves|achieved)\s+"
    r"(?:only\s+|about\s+|approximately\s+|around\s+|up to\s+|over\s+|nearly\s+)?$")


def _measure_of(text: str, sentence_start: int, start: int) -> str:
    named = _MEASURE_OF.search(text, max(sentence_start, start - 100), start)
    if not named or _singular(named.group(1).split()[-1]) not in METRIC_HEADS:
        return ""
    return _trailing_measure(named.group(1).split())


def _physical_measure(text: str, clause_start: int, start: int) -> str:
    """'a minimum turning radius of 55 mm' -> 'minimum turning radius'."""
    before = _METRIC_BEFORE.search(text[clause_start:start])
    if not before:
        return ""
    if _THRESHOLD_BELOW.search(text, max(0, clause_start + before.start() - 30),
                               clause_start + before.end()):
        return ""  # "75% of the poses with error below 1.5m": a threshold, not a result
    last = before.group(1).split()[-1].lower()
    if _singular(last) in METRIC_HEADS or last in _PHYSICAL_HEADS:
        return _trailing_measure(before.group(1).split())
    if last[-1:] == "s" and last[:-1] in _PHYSICAL_HEADS:  # "at speeds in excess of": "speed"
        return _trailing_measure(before.group(1).split())[:-1]
    return ""


# Heads that name no measure alone ("accuracy" does).
_BARE_HEADS = frozenset("rate error errors time ratio score distance cost size gap usage".split())


def _named_heads(values: list[ValueSpan], metrics: list[MetricSpan]) -> list[ValueSpan]:
    """"a baseline recognition rate of 95.9% ... at a rate of 98.4%": a bare head refers to the
    measure the text named before with that head."""
    out = []
    for value in values:
        if value.metric in _BARE_HEADS:
            named = [v.metric for v in out if v.metric.endswith(" " + value.metric)] + \
                [m.canonical for m in metrics if m.end <= value.start and
                 m.canonical.lower().endswith(" " + value.metric)]
            if named:
                words = named[-1].split()
                while len(words) > 2 and words[0].lower() in ("baseline", "a", "the"):
                    words = words[1:]
                value = ValueSpan(value.start, value.end, value.value, " ".join(words))
        out.append(value)
    return out


_PREPOSITIONS = frozenset("""respectively each per within between into during along among around
above below beyond through toward towards without inside outside near apart away ahead behind
beneath""".split())
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\b")


def _sized_noun(text: str, value: ValueSpan) -> bool:
    """"the manipulation of 10mum glass spheres": a quantity before a noun is that thing's
    size, not a result that shares the measure named before it."""
    noun = _NOUN_AFTER.match(text, value.end)
    return bool(_PHYSICAL.search(value.value)) and bool(noun) and \
        noun.group(1) not in _GENERIC_AFTER | _COMPARING | _PREPOSITIONS


# "approximately 260 rpm and 0.1 mNm were attained": a speed, force, torque or pressure says
# what it measures by its unit alone (lengths, masses and frequencies do not: they are as often
# sizes and settings of the design).
_UNIT_MEASURES = ((re.compile(r"(?:mm|cm|km|m|μm|µm|mum)/s$"), "speed"),
                  (re.compile(r"rpm$"), "rotational speed"),
                  (re.compile(r"(?<![A-Za-z])(?:mNm|Nm)$"), "torque"),
                  (re.compile(r"(?<![A-Za-z])(?:mN|kN|N)$"), "force"),
                  (re.compile(r"(?<![A-Za-z])(?:kPa|MPa|GPa)$"), "pressure"))
# "when running at 3.5 m/s", "pressurized to 100kPa", "with a load of 5 N": a condition.
_AS_CONDITION = re.compile(r"(?:\b(?:at|to|under|with|from|when|if|of)\s+(?:about\s+|around\s+|"
                           r"approximately\s+|up to\s+)?$)|(?:^|[,;]\s*)(?:when|if|while)\b[^,;]*$",
                           re.IGNORECASE)


def _unit_measure(value: str) -> str:
    return next((name for unit, name in _UNIT_MEASURES if unit.search(value)), "")


_LIST_JOIN = cues.list_gap(slash=True)
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
_CHANGE_NOUN = {"reduc": "reduction", "lower": "reduction", "cut": "reduction",
                "decreas": "reduction", "increas": "increase", "rais": "increase",
                "boost": "increase", "improv": "improvement"}
_CHANGE_BEFORE = re.compile(r"\b(reduc|lower|decreas|cut|increas|rais|boost|improv)\w*\s+"
                            r"(?:the\s+|its\s+|their\s+)?$")


_IN_MEASURES = re.compile(r"\s+(?:in|on|for|in terms of)\s+(?:the\s+)?")


def _metrics_after(text: str, end: int, metrics: list[MetricSpan], count: int) -> list:
    """The ``count`` listed measures named right after the numbers, then "respectively"."""
    lead = _IN_MEASURES.match(text, end)
    after = [m for m in metrics if lead and m.start >= lead.end()][:count]
    if len(after) < count or after[0].start != lead.end() or not _RESPECTIVELY.match(
            text, after[-1].end) or not all(_LIST_JOIN.fullmatch(text, a.end, b.start)
                                           for a, b in zip(after, after[1:])):
        return []
    return after


# "improves the reward, charging fairness and supply fairness by 19%, 28% and 4%, respectively",
# "the impulse force and linear velocity decrease by 42% and 44%, respectively": a list of
# lower-case noun phrases that a change verb moves by a list of as many numbers names their
# measures, though no vocabulary holds them.
_PHRASE = r"[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,3}"
_CHANGED_LIST = re.compile(
    r"\b(?:(reduc|lower|decreas|cut|increas|rais|boost|improv)\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"(" + _PHRASE + r"(?:,\s+" + _PHRASE + r")*,?\s+and\s+(?:the\s+)?" + _PHRASE + r")|"
    r"(?:the\s+|its\s+|their\s+)(" + _PHRASE + r"(?:,\s+" + _PHRASE + r")*,?\s+and\s+(?:the\s+)?" +
    _PHRASE + r")\s+(\w+))\s+by\s+(?:up to\s+|about\s+|around\s+|nearly\s+)?$")
_LIST_ITEM_GAP = re.compile(r",?\s+and\s+(?:the\s+)?|,\s+")


def _changed_phrases(text: str, start: int, count: int) -> list[str]:
    """The ``count`` measures a change verb moves, listed before "by" and the numbers at
    ``start`` (none when the words before are no such list)."""
    sentence_start = text.rfind(". ", 0, start) + 1
    listed = _CHANGED_LIST.search(text, max(sentence_start, start - 160), start)
    if not listed:
        return []
    if listed.group(1):
        items, change = listed.group(2), _CHANGE_NOUN[listed.group(1).lower()]
    elif listed.group(4).lower() in _MOVES:  # "... decrease by"
        items, change = listed.group(3), _MOVES[listed.group(4).lower()]
    else:
        return []
    names = _LIST_ITEM_GAP.split(items)
    if len(names) != count or any(set(n.split()) & _NOT_MEASURE for n in names):
        return []
    head = names[-1].split()[-1]
    if _singular(head) in METRIC_HEADS:  # "the rotation and translation error": one head for both
        names = [n if _singular(n.split()[-1]) in METRIC_HEADS else f"{n} {head}" for n in names]
    return [f"{n} {change}" for n in names]


def _respective(text: str, values: list[ValueSpan], metrics: list[MetricSpan]) -> list[ValueSpan]:
    """"reduces MAE and RMSE by 9% and 11.2% respectively": listed numbers take the listed
    measures in order."""
    out = list(values)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _LIST_JOIN.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        run = _metrics_after(text, out[j].end, metrics, j - i + 1) if j > i else []
        if run:  # "by 9.4%, 7.7% and 4.8% in F1@5, F1@10 and F1@15, respectively"
            for k, m in zip(range(i, j + 1), run):
                out[k] = ValueSpan(out[k].start, out[k].end, out[k].value, m.canonical)
        elif j > i and _RESPECTIVELY.match(text, out[j].end):
            sentence_start = text.rfind(". ", 0, out[i].start) + 1
            before = [m for m in metrics if sentence_start <= m.start and m.end <= out[i].start]
            run = before[-(j - i + 1):]
            if len(run) == j - i + 1 and all(_LIST_JOIN.fullmatch(text, a.end, b.start)
                                             for a, b in zip(run, run[1:])):
                moved = _CHANGE_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
                change = f" {_CHANGE_NOUN[moved.group(1)]}" if moved else ""
                for k, m in zip(range(i, j + 1), run):
                    out[k] = ValueSpan(out[k].start, out[k].end, out[k].value, m.canonical + change)
            elif names := _changed_phrases(text, out[i].start, j - i + 1):
                for k, name in zip(range(i, j + 1), names):
                    out[k] = ValueSpan(out[k].start, out[k].end, out[k].value, name)
        i = j + 1
    return out


_NUMBERS_JOINED = cues.list_gap()


def _bare_gain(metric: str) -> str:
    """The change a metric names without its measure: "gain", "improvement over X"."""
    if metric in _BARE_GAINS or re.match(r"(?:average )?improvement over ", metric):
        return metric.split()[-1] if metric in _BARE_GAINS else "improvement"
    return ""


def _margins_share_measure(text: str, out: list[ValueSpan]) -> list[ValueSpan]:
    """"outperforms X by 12.2%, 10.9%, 10.4% AUROC": the measure named after a list of margins
    names the margin of every member, the first one too, as a change in that measure."""
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _NUMBERS_JOINED.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        changes = [c for k in range(i, j) if (c := _bare_gain(out[k].metric))]
        named = out[j].metric
        if changes and named and not _bare_gain(named) and _measure_named(named) and \
                named.split()[-1].lower() not in _GAINS:
            for k in range(i, j + 1):
                out[k] = ValueSpan(out[k].start, out[k].end, out[k].value, f"{named} {changes[0]}")
        i = j + 1
    return out


# "by 9.77% and 10.47% in terms of accuracy and F1", "a 15.3% and 14.7% improvement in MAE and
# RMSE": as many measures listed right after a list of numbers pair with them in order.
_PAIRED_LEAD = re.compile(r"\s+(?:(?:absolute|relative|average)\s+)?(?:(improvement|gain|reduction|"
                          r"increase)s?\s+)?(?:in|on|for|in terms of)\s+(?:the\s+)?")


def _paired_measures(text: str, out: list[ValueSpan], metrics: list[MetricSpan]) -> list[ValueSpan]:
    """Listed numbers take the measures listed right after them, one each, when that list ends
    there (a longer list of measures says nothing about which number is which)."""
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _NUMBERS_JOINED.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        lead = _PAIRED_LEAD.match(text, out[j].end) if j > i else None
        run = [m for m in metrics if lead and m.start >= lead.end()][:j - i + 2]
        if lead and len(run) > j - i and run[0].start == lead.end() and all(
                _LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:j - i + 1])) \
                and not (len(run) > j - i + 1 and _LIST_JOIN.fullmatch(text, run[-2].end,
                                                                       run[-1].start)):
            change = f" {lead.group(1)}" if lead.group(1) else ""
            for k, m in zip(range(i, j + 1), run):
                out[k] = ValueSpan(out[k].start, out[k].end, out[k].value, m.canonical + change)
        i = j + 1
    return out


# "reducing the computation time (x7) and the number of parameters (30%)", "retrieval speed
# (8.2x)": a number in brackets right after a measure's name is that measure's value.
_BEFORE_BRACKET = re.compile(r"(?<![\w-])((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*\(\s*"
                             r"(?:by\s+|up to\s+|about\s+|only\s+|~\s*)?$")
# A preposition before the words sets a condition: "in reasonable time (~5.9 Hz)", "at varying
# distances (20 cm)".
_CONDITION_WORDS = frozenset("at in on for with over under within across from".split())
_EVALUATIVE = frozenset("""significant substantial large huge considerable dramatic notable
remarkable high low higher lower better good great similar competitive comparable""".split())


def _bracketed_measure(text: str, start: int) -> str:
    named = _BEFORE_BRACKET.search(text, max(0, start - 60), start)
    if not named or re.search(r"(?:[A-Za-z]['’]|\b[A-Z][\w'’-]*\s+)$", text[:named.start(1)]):
        return ""  # "Earth Mover's distance (36.17%)": part of a proper name, not all of it
    words = named.group(1).split()
    if _singular(words[-1]) not in METRIC_HEADS | _COUNTED | {"speed"}:
        return ""
    kept = _trailing_measure(words).split()
    before = words[:len(words) - len(kept)]
    while len(kept) > 1 and kept[0].lower() in _EVALUATIVE:
        before, kept = before + kept[:1], kept[1:]  # "significant speed-ups (up to 4 times)"
    if not kept or before and before[-1].lower() in _CONDITION_WORDS:
        return ""
    if before[-2:] in (["number", "of"], ["amount", "of"]):
        kept = before[-2:] + kept  # "the number of parameters (30%)"
    measure = " ".join(kept)
    return "speedup" if re.fullmatch(r"speed-?ups?", measure, re.IGNORECASE) else measure


# A change verb moves a speed by the number: the speed is the measure, though "a speed of 3 m/s"
# is as often a setting as a result.
# ("the speed of WUSVs by 10%": what the speed is of does not name the measure)
_SPEED_CHANGED_BY = re.compile(r"\b(?:increas|improv|boost|rais|doubl)\w*\s+(?:the\s+|its\s+|their\s+)?"
                               r"((?:[a-z][\w-]*\s+){0,2})speeds?(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+by\s+"
                               r"(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|more than\s+|"
                               r"approximately\s+)?$")


# "improves link prediction performance by 1.5%", "reduced metabolic energy by 5%": the object a
# change verb moves by the number is the measure (kept when its head names a result, as
# "performance" or "energy" do), unless it is the rival or the system ("improves the baseline").
_MOVED_OBJECT = re.compile(r"\b(?:improv|increas|reduc|decreas|lower|boost|rais|enhanc|shorten|"
                           r"cut|doubl)\w*\s+(?:the\s+|its\s+|their\s+)?"
                           r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+by\s+(?:up to\s+|about\s+|"
                           r"around\s+|nearly\s+|over\s+|more than\s+|approximately\s+|almost\s+|"
                           r"an average of\s+|roughly\s+)?$")
_NOT_MOVED = frozenset("""baseline baselines model models method methods approach approaches
system systems it them state-of-the-art sota results result art prior previous existing""".split())


def _moved_object(text: str, start: int) -> str:
    moved = _MOVED_OBJECT.search(text, max(0, start - 80), start)
    words = moved.group(1).split() if moved else []
    if not words or any(w in _NOT_MEASURE or w in _NOT_MOVED for w in words):
        return ""
    return " ".join(words)


# "saves up to 94% of computation time", "saving 11% parameters", "reducing up to 90.9% of its
# overhead": what the number is a share of, and a verb cuts, names the measure, whatever its head.
_SAVES = re.compile(r"\b(?:(sav)(?:e|es|ed|ing)|(?:reduc|cut|eliminat|lower|decreas)\w*)\s+"
                    r"(?:up to\s+|about\s+|over\s+|approximately\s+|around\s+|nearly\s+|"
                    r"more than\s+|roughly\s+)?$", re.IGNORECASE)
_SAVED = re.compile(r"\s*(of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?((?:[a-z][\w-]*\s?){1,3})")


def _saved_measure(text: str, start: int, end: int) -> str:
    verb = _SAVES.search(text, max(0, start - 40), start)
    words = _SAVED.match(text, end) if verb else None
    if not words or not (verb.group(1) or words.group(1)):
        return ""  # "reduces 30% fewer": only a share "of" something is what a cut removes
    kept = list(takewhile(lambda w: w.lower() not in _NOT_MEASURE | _COMPARING | _PREPOSITIONS
                          and not w.endswith("ed"), words.group(2).split()))
    if kept and re.match(r"\s*(?:,|and|or)\s+\d", text[words.start(2) + len(" ".join(kept)):]):
        return ""  # "60% of strong gray-box and 90% of strong black-box attacks": a shared head
    return " ".join(kept)  # no "reduction" or "saving": a curator writes either, or neither


# "a +4.2 point gain on MVBench, +3.9 on PerceptionTest, and +6.8 on EgoSchema": bare numbers
# listed after a result, each with where it was measured, repeat that result's measure (the
# unit and the metric are written once, for the first member).
_NEXT_ON_DATA = re.compile(r"(?:\s+(?:gain|improvement|increase|reduction|drop)s?)?\s+(?:on|in|for)\s+"
                           r"[^,.;()]{1,40}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                           r"([+-]?\d+(?:\.\d+)?)(?=\s+(?:on|in|for)\s+(?:the\s+)?(?:[a-z-]+\s+)?[A-Z0-9])")


def _listed_on_data(text: str, values: list[ValueSpan]) -> list[ValueSpan]:
    out: list[ValueSpan] = []
    taken = [(v.start, v.end) for v in values]
    for value in values:
        end, metric = value.end, value.metric
        while metric and (more := _NEXT_ON_DATA.match(text, end)) and len(out) < 8:
            start, end = more.span(1)
            if _YEAR.fullmatch(more.group(1).lstrip("+-")) or any(
                    s < end and start < e for s, e in taken):
                break
            taken.append((start, end))
            out.append(ValueSpan(start, end, more.group(1), metric))
    return out


# "reduce the number of trainable parameters by 59.6%", "reduce the number of collisions up to
# 48%": a count a change verb moves is the measure, whatever is counted.
_CHANGED_COUNT = re.compile(r"\b(?:reduc|lower|decreas|cut|increas|rais|boost|doubl|halv)\w*\s+"
                            r"(?:the\s+|its\s+|their\s+)?(?:total\s+|average\s+)?"
                            r"(number\s+of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                            r"(?:by\s+)?(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|"
                            r"approximately\s+|more than\s+|almost\s+)?$", re.IGNORECASE)


def _counted_measure(text: str, start: int) -> str:
    counted = _CHANGED_COUNT.search(text, max(0, start - 80), start) if "number of" in text \
        else None
    words = counted.group(1).split() if counted else []
    if not words or any(w in _NOT_MEASURE for w in words[2:]) or _singular(words[-1]) in \
            METRIC_HEADS:
        return ""  # "the number of parameters and FLOPS", "the number of test errors": the
        # clause's own measure words decide
    return " ".join(words)


def find_values(text: str, metrics: list[MetricSpan]) -> list[ValueSpan]:
    """Numbers with a unit (or right beside a named metric: "45.2 mAP"), each paired with the
    metric its clause names ("" when none)."""
    out: list[ValueSpan] = []
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]  # once per text, then bisect
    # "5.9%rightarrow10.9%": the arrow's last letter must not hide the number (same length)
    scan = text.replace("arrow", "arro ") if "arrow" in text else text
    for match in list(_VALUE.finditer(scan)) + list(_FACTOR.finditer(text)):
        if _leads_to_another(text, match.start(), match.end()) or _baseline_in_brackets(
                text, match.start(), match.end()):
            continue  # "from 83% to 90.3%": the starting point is the baseline's number
        value = re.sub(r"\s?\$?\\times\$?", "×", match.group().strip())  # LaTeX "1000$\times$"
        value = value.replace("\\%", "%")  # LaTeX "13\%"
        start = match.start()
        if " to " in value and (_FROM.search(text, max(0, start - 20), start) or
                                not _FACTOR_UNIT.search(value)):
            # "2 to 5 times faster" is a range; "from 10 to 5 ms", "an improvement of 65 to
            # 90%" go from the baseline's number to the result
            start += value.index(" to ") + 4
            value = value[value.index(" to ") + 4:]
        physical = bool(_PHYSICAL.search(value) or _RATE.search(value)) and \
            not _RANGE_FROM.search(text, max(0, start - 30), start)  # "force from 0 to 3.0N"
        if physical and _THRESHOLD_WITH.search(text, max(0, start - 60), start):
            continue  # "with angle error less than 15 degrees": the bound, not a result
        before = bisect_right(breaks, start)
        clause_start = breaks[before - 1] if before else 0
        sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] \
            else 0
        clause_start = max(clause_start, sentence_start)
        following = _CLAUSE_BREAK.search(text, match.end())
        clause_end = following.start() if following else len(text)
        sentence_end = text.find(". ", match.end())
        clause_end = min(clause_end, sentence_end if sentence_end > 0 else len(text))
        near = [m for m in metrics if clause_start <= m.start and m.end <= clause_end]
        metric = _metric_after(text, match.end())
        reduction = _REDUCTION_OF.match(text[match.end():match.end() + 80])
        if reduction:
            words = []
            for w in reduction.group(2).split():
                if w.lower() in _ENDS_MEASURE or words and w.lower() in _COMPARING:
                    break  # "improvement in accuracy and an 11% reduction in time", "... over X"
                if w.lower() not in _GENERIC_AFTER and not w.lower().endswith("ed"):
                    words.append(w)
            metric = " ".join(words[:3] + [reduction.group(1).lower()])
        saved = "" if metric and _measure_named(metric) else _saved_measure(
            text, start, match.end()) or _counted_measure(text, start)
        metric = saved or metric  # (its head need not be a measure's: "77% battery")
        measured = _physical_measure(text, clause_start, start) if physical else ""
        if saved:
            pass
        elif measured:  # "an accuracy of 97.6% and a deformation of 2.69 μm": the nearer name
            metric = measured
        elif physical:  # "(10 mm times 1 mm)": a size, unless the clause names a metric
            nearest = min(near, key=lambda m: abs(m.start - match.end())) if near else None
            # "an accuracy of 77.7% ... at distances (20 cm, 30 cm)": the measure has its number
            metric = nearest.canonical if nearest and not (
                nearest.end < start and _PERCENT.search(text, nearest.end, start)) else ""
        elif metric and _measure_named(metric):
            pass
        elif near:  # "82% in-domain": the clause's named metric, not the words after the number
            nearest = min(near, key=lambda m: abs(m.start - match.end()))
            metric = nearest.canonical
            gain = _GAIN_WORDS.search(text[clause_start:clause_end])
            moved = _MOVED_BY.fullmatch(text, nearest.end, start) if nearest.end < start else None
            if gain and gain.group(1).lower() in {"improvement", "gain", "reduction"}:
                metric = f"{metric} {gain.group(1).lower()}"
            elif moved and moved.group(1).lower() in _MOVES:  # "the error decreases by 6%"
                metric = f"{metric} {_MOVES[moved.group(1).lower()]}"
        else:
            metric = _metric_after(text, match.end())
            if not metric or not _measure_named(metric):  # "ratios of around 15dB could be"
                before = _METRIC_BEFORE.search(text[clause_start:start])
                named = before.group(1).split() if before else []
                if len(named) >= 2 and named[-1].lower() in _GAINS and \
                        re.match(r"\s+of\b", before.group(0)[len(before.group(1)):]) and \
                        _singular(named[-2]) in METRIC_HEADS:  # "recognition rate improvement of"
                    metric = f"{_trailing_measure(named[:-1])} {named[-1].lower()}"
                elif len(named) >= 2 and named[-1].lower() in _MOVES and \
                        re.match(r"\s+by\b", before.group(0)[len(before.group(1)):]) and \
                        _singular(named[-2]) in METRIC_HEADS:  # "error decreases by 20%"
                    metric = f"{_trailing_measure(named[:-1])} {_MOVES[named[-1].lower()]}"
                elif len(named) >= 2 and named[-1].lower() in _MOVES and \
                        re.match(r"\s+from\b", before.group(0)[len(before.group(1)):]) and \
                        _singular(named[-2]) in METRIC_HEADS:
                    metric = _trailing_measure(named[:-1])  # "miss rate decreases from 74% to 61%"
                elif before and (_singular(before.group(1).split()[-1]) in METRIC_HEADS or physical
                                 and before.group(1).split()[-1].lower() in _PHYSICAL_HEADS):
                    metric = _trailing_measure(named)  # "improves cost by 11%"
                elif speed := _SPEED_CHANGED_BY.search(text, max(0, start - 70), start):
                    metric = f"{speed.group(1) or ''}speed"  # "increases the walking speed by 40%"
                elif moved := _moved_object(text, start):
                    metric = moved  # "improves link prediction performance by 1.5%"
            changed = None if metric else _CHANGED_ACRONYM.search(text, max(0, start - 60), start)
            if changed:
                metric = changed.group(1) or changed.group(2)  # "improving the FPR95 by 44.2%"
            if not (metric and _measure_named(metric)) and \
                    (changed := _CHANGED_MEASURE_OF.search(text, max(0, start - 90), start)) and \
                    _singular(changed.group(2).split()[-1]) in METRIC_HEADS:
                metric = f"{changed.group(2)} {_CHANGE_NOUN[changed.group(1).lower()]}"
            if not (metric and _measure_named(metric)):  # "is 91.3% in the hall"
                metric = _measure_of(text, sentence_start, start) or metric
            if not metric:
                gain = _GAIN_WORDS.search(text[clause_start:clause_end])
                metric = gain.group(1).lower() if gain else ""
                metric = "speedup" if metric in ("faster", "speed-up") else metric
        if not metric and "(" in text[max(0, start - 12):start]:
            metric = _bracketed_measure(text, start)
        gain_before = _GAIN_BEFORE.search(text, max(0, start - 40), start)
        if metric and gain_before and \
                metric.split()[-1].lower() not in _RESULT_HEADS - METRIC_HEADS:
            metric = f"{metric} {gain_before.group(1).lower()}"
        if metric.split()[:1] == ["faster"] or metric == "speed" and re.match(
                r"\s*speed[- ]?ups?\b", text[match.end():match.end() + 12], re.IGNORECASE):
            metric = "speedup"  # "4.3x faster", "2.5x speed up"
        if metric and not (metric == saved or _measure_named(metric) or near or physical and
                           metric.split()[-1].lower() in _PHYSICAL_HEADS):
            metric = ""  # "90% above", "fewer data": not the name of a measure
        over = _GAIN_OVER.match(text, match.end()) if metric in _BARE_GAINS else None
        if over:  # "a 41.0% absolute improvement over GPT-4 in theorem proving"
            rival = []
            for word in over.group(1).split()[:4]:
                if word.lower() in _GENERIC_AFTER | _COMPARING | {"respectively"}:
                    break
                rival.append(word.rstrip(".,"))
                if word[-1] in ".,":
                    break
            if rival and rival[0].lower() not in ("sota", "state-of-the-art"):
                # a curator keeps the rival, named or not ("over the closest competitor"), but
                # not "the state of the art", which is no rival of its own
                metric = f"{metric} over {' '.join(rival)}"
        if not metric and physical and not _AS_CONDITION.search(
                text, max(clause_start, start - 40), start) and not _sized_noun(
                text, ValueSpan(start, match.end(), value, "")) and \
                not re.match(r"\s*[/·*^-]", text[match.end():match.end() + 3]):
            metric = _unit_measure(value)  # not "a 3 m/s wind gust", "222 N/m"
        if not metric and (rate := _RATE.search(value)) and not _VERSUS_BEFORE.search(
                text, max(0, start - 12), start):  # "9 embryos/min vs. 2 embryos/min": a rival's
            metric = rate.group(1)  # "500+ scans per second": the unit names what was counted
        if not metric and (rival := _OUTPERFORMS.search(text, sentence_start, start)):
            average = "average " if "average" in (rival.group(2) or "") else ""
            metric = f"{average}improvement over {rival.group(1).strip()}"  # "outperforms X by 4%"
        if not metric and _POINTS.search(value):
            earlier = [m for m in metrics if start - 300 <= m.end <= start]
            metric = earlier[-1].canonical if earlier else ""  # "... BLEU ... and 15.2 points"
        out.append(ValueSpan(start, match.end(), value, metric))
    taken = [(v.start, v.end) for v in out]
    for v in list(out):  # "21.8 and 15.2 points": the numbers listed before share the unit
        if v.metric and not _BETWEEN.search(text, max(0, v.start - 40), v.start):
            out.extend(_listed_before(text, v.start, v.metric, taken))
    out.extend(_bare_values(text, metrics, out))
    out.extend(_by_values(text, metrics, out))
    if " on " in text or " in " in text:
        out.extend(_listed_on_data(text, out))
    out.sort(key=lambda v: v.start)
    out = _named_heads(out, metrics)
    out = _paired_measures(text, out, metrics)
    if "respectively" in text:
        out = _respective(text, out, metrics)
    # "87.8%, 88.5% and 94.4% of fully-supervised performance": a list of numbers shares the
    # metric named after its last member.
    for i in range(len(out) - 2, -1, -1):
        here, following = out[i], out[i + 1]
        if not here.metric and following.metric and re.fullmatch(
                r"\s*(?:,|and|or|/|;)?\s*(?:and\s+)?", text[here.end:following.start]):
            out[i] = ValueSpan(here.start, here.end, here.value, following.metric)
    out = _margins_share_measure(text, out)
    # "87.8% fully-supervised performance under AL, 88.5% under ASFDA": and the other way.
    for i in range(1, len(out)):
        here, before = out[i], out[i - 1]
        gap = text[before.end:here.start]
        compared = _COMPARED.match(text, here.end) and len(gap) <= 150
        if not here.metric and before.metric and (len(gap) <= 60 or compared) and ". " not in gap \
                and re.search(r",|\band\b|;", gap) and not _sized_noun(text, here):
            out[i] = ValueSpan(here.start, here.end, here.value, before.metric)
    return out
