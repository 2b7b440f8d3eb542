"""Numeric results: "90% top-1 accuracy on Kinetics-400", "5.67x speedup", "improves ROC AUC by
13%". The metric (found by kg.extract.metrics) and the dataset are read from the same clause as
the number."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile

from kg.extract import cues
from kg.extract.metrics import GENERIC_AFTER, METRIC_HEADS, NOT_MEASURE, MetricSpan, singular

# Physical quantities a robotics or hardware abstract reports: "an error of 1.12m", "a turning
# radius of 55 mm", "260 rpm", "up to 330 kPa", "0.7°".
# Older IEEE abstracts spell "±" and "μm" as "plusmn" and "mum" ("0.70plusmn0.46mum").
_LENGTH_UNIT = r"(?:mm|cm|km|m|μm|µm|mum)"
_PHYSICAL_UNIT = (r"(?:(?:±|plusmn)\d+(?:\.\d+)?)? ?(?:(?:" + _LENGTH_UNIT + r"|rad|deg)/s\b|"
                  + _LENGTH_UNIT + r"(?![\w/])|"
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
    # "Food-101N", "ResNet-50": a number glued by a hyphen to a word is part of a name
    # ("F1@2cm": a cut-off in a measure's name is no value)
    r"(?<![\w.,@])(?<![A-Za-z]{2}-)(?:\+|-)?(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    # "1.4%-19.8%", "4x-8x", "3% - 15%": a range with the unit on both ends is one value (however
    # spaced: 22 of 22 in the 92k corpus); "640×480" is a size
    r"(?:(?:\\?%\s?[-–−]\s?(?=\d)|[xX×][-–−](?=\d)|\s?[-–−]\s?)\d+(?:\.\d+)?|\s+to\s+\d+(?:\.\d+)?)?"
    r"\s?(\\?%|(?:[xX]\b|×|\$?\\times\$?)(?!\s?\d)|-?fold\b|-?times\b|"
    r" points?\b| pp\b| pts?\b| percentage points?\b| percents?\b| ?(?:ms|μs|µs|FPS|fps|dB)\b|"
    r" (?:seconds|milliseconds?|minutes?|hours?|GPU hours?|GPU days?)\b|" + _RATE_UNIT + "|" +
    _PHYSICAL_UNIT + ")")
_PERCENT = re.compile(r"\d\s?(?:%|\\%| percent)")
_FACTOR_UNIT = re.compile(r"(?:[xX]|×|fold|times)$")
_FACTOR = re.compile(r"\bfactor(?: of)? (\d+(?:\.\d+)?)\b")
_CLAUSE_BREAK = re.compile(r"[;,]\s|\s(?:while|whereas|and|but)\s")
_METRIC_AFTER = re.compile(
    r"^\s*(?:(?:absolute|relative|average|higher|lower|better|improved|gains? in|"
    r"in terms of|in|"
    # (a capitalised name after "on" is the data: "16% improvement on VisualGenome")
    r"(?:improvements?|gains?) on(?=\s+[a-z])|"
    r"improvements? (?:in|of)|increase (?:in|of)|reduction (?:in|of)|drop in)\s+)*"
    r"((?:[A-Za-z][\w-]*@[\w.-]*\w|[A-Za-z][\w@-]*)(?:\s[A-Za-z][\w@-]*){0,2})")
_CHANGES = frozenset({"reduction", "improvement", "gain", "increase"})
_REDUCTION_OF = re.compile(r"^\s*(reduction|increase|improvement|drop|decrease|saving)s?\s+"
                           r"(?:in|of)\s+(?:the\s+)?((?:[a-z][\w-]*\s?){1,3})", re.IGNORECASE)
# What a model's cost is counted in: "80.8% fewer parameters" is a parameter reduction.
# What a model's compute is counted in: "a 70% reduction in FLOPs" reports a cost a leaderboard
# ranks models by (the metric as well as the measure: kg.extract.pipeline).
COMPUTE_COUNTS = frozenset({"flops", "gflops", "tflops", "macs", "gmacs"})
_COUNTED = COMPUTE_COUNTS | {"parameters", "params", "energy"}
# A result may also name a change in a measure, or a paper's "performance".
_RESULT_HEADS = METRIC_HEADS | {"performance", "reduction", "improvement", "improvements", "gain",
                                "gains", "increase", "decrease", "drop", "boost",
                                "compression",  # "6x compression" names its measure
                                "speed",  # "at 75x the speed"
                                "acceleration",  # "up to 50% acceleration"
                                "saving", "savings"} | _COUNTED  # "16.5% computation savings"
_COMPARATIVE = frozenset({"less", "lesser", "fewer", "more", "higher", "lower", "faster", "smaller",
                          "larger", "better"})
# (the measure named before "from A to B", "from 36 hours down to 1 hour", is the new value's)
_METRIC_BEFORE = re.compile(
    r"(?<![\w'’])([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2})\s+(?:of|is|was|reaches|reached|achieves|achieving|"
    r"(?:less|lower|smaller) than|below|"
    r"at|to|=|:|by|in excess of|in|from\s+\d+(?:\.\d+)?\s?"
    r"(?:%|ms|seconds|minutes?|hours?|days?)?\s+(?:down\s+|up\s+)?to)\s+"
    r"(?:only\s|about\s|approximately\s|up to\s|around\s|just\s)?$")
_ENDS_MEASURE = frozenset({"and", "or", "with", "than", "compared", "while", "when", "which",
                           "whereas", "but"})
_COMPARING = frozenset({"over", "than", "compared", "across", "for", "on", "at", "by", "under",
                        "relative", "against", "versus", "vs", "vs.", "from", "to", "in", "when"})


def _trailing_measure(words: list[str]) -> str:
    """The measure's own words, after the last verb or function word: "policies attain
    coverage" -> "coverage", "an average error" -> "error"."""
    kept = list(takewhile(lambda w: w.lower() not in NOT_MEASURE, reversed(words)))
    if len(kept) >= 2 and len(words) > len(kept) and words[-len(kept) - 1].lower() == "average":
        kept.append(words[-len(kept) - 1])  # "an average positioning error": the measure named
    return " ".join(reversed(kept))


def _measure_named(metric: str) -> bool:
    """The words end in a measure ("planning costs") or are an acronym ("AR@200", "mBF1")."""
    last = metric.split()[-1]
    return singular(last) in _RESULT_HEADS or (
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
_LESS = frozenset({"less", "lesser", "fewer", "lower", "smaller"})
# "an improvement of 28.34% in X": the change is named before the number.
_GAIN_BEFORE = re.compile(r"\b(improvement|gain|increase|reduction|boost)s?\s+of\s+"
                          r"(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|approximately\s+)?$",
                          re.IGNORECASE)
def _with_gain_before(text: str, start: int, metric: str) -> str:
    """'an improvement of 28.34% in accuracy', 'a gain of up to 1.3 BLEU': the change named before
    the number is the measure's change (unless the measure names one already)."""
    gain = _GAIN_BEFORE.search(text, max(0, start - 40), start) if metric else None
    if gain and metric.split()[-1].lower() not in _RESULT_HEADS - METRIC_HEADS:
        return f"{metric} {gain.group(1).lower()}"
    return metric


# "and up to 9% over prior gates": a bare number compared with another baseline.
_COMPARED = re.compile(r"\s*(?:over|than|compared|relative to|against|vs\.?)\s", re.IGNORECASE)
_GAIN_WORDS = re.compile(r"\b(speedup|speed-up|faster|improvement|gain|reduction|fewer|less)\b",
                         re.IGNORECASE)


# "from 83% to", "from a previous best of 67.7% to": the baseline's number comes first.
_FROM = re.compile(r"(?<!range )(?<!ranged )(?<!ranges )(?<!ranging )\bfrom\s+"
                   r"(?:(?:a|the)\s+(?:previous|prior)\s+(?:best|state[- ]of[- ]the[- ]art)"
                   r"\s+of\s+)?"
                   # "reduced from previous 4.81% to 1.36%", "from the original 62% to"
                   r"(?:(?:the\s+)?(?:previous|prior|original|baseline|initial)\s+)?"
                   r"(?:about\s+|around\s+|only\s+|just\s+)?$", re.IGNORECASE)
# ("from 90.95% to less than 0.6%": the bound of the new number does not hide the old one;
# "from 36 hours down to 1 hour")
_TO_NUMBER = re.compile(r"\s*(?:(?:down|up)\s+to|to|→|->)\s*"
                        r"(?:(?:less|fewer|lower|more|greater) than\s+|below\s+|"
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
class ValueSpan:
    start: int
    end: int
    value: str
    metric: str


_VERSUS = re.compile(r"^\s*(?:v\.?s\.?|versus|vs\.?|against|and|to|or)\s+[\d.]+\s?(?:%|x\b|×)?",
                     re.IGNORECASE)


def _averaged_measure(words: list[str], k: int) -> bool:
    """'mean average precision': "average" before a measure's head is part of its name."""
    return words[k].lower() == "average" and k + 1 < len(words) and singular(words[k + 1]) in METRIC_HEADS


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
        if len(parts) > 2 and parts[2].lower() == "efficient" and re.fullmatch(r"[a-z-]+", parts[1]):
            return f"{parts[1]} efficiency"  # "2.7x more energy efficient": energy efficiency
        if parts[0].lower() in _LESS:  # "47.7% less GPT-api cost" -> "GPT-api cost reduction"
            measure = list(takewhile(lambda w: w.lower() not in GENERIC_AFTER, parts[1:]))
            if measure and measure[-1].lower() in METRIC_HEADS | _COUNTED:
                if measure[-1].islower() and measure[-1] not in _COUNTED:
                    measure[-1] = singular(measure[-1])  # "90x smaller rotation errors"
                return " ".join(measure + ["reduction"])
            if measure and parts[0].lower() in ("fewer", "less") and all(
                    re.fullmatch(r"[a-z][a-z-]+", w) and not w.endswith("ly")
                    for w in measure):  # "35% fewer labelled images": what was cut
                return " ".join(measure + ["reduction"])
        return f"{parts[0].lower()} {parts[1]}"  # "3.2x less computation"
    for k, word in enumerate(parts):
        if len(word) < 2 and not words:
            return ""
        if words and _averaged_measure(parts, k):
            words.append(word)
            continue
        if word.lower() in GENERIC_AFTER and words:
            if word.lower() in _CHANGES:  # "78% total communication reduction"
                words.append(word.lower())
            break
        if word.lower() in GENERIC_AFTER:
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
_ROUGHLY = r"(?:only\s+|about\s+|approximately\s+|around\s+|up to\s+)?"
# (a number that a unit, a word in the plural or more digits follow is no bare score; nor the
# start of a range, "1–2 orders of magnitude"; nor a power or a resolution, "PSNR at 1024^2
# resolution")
_BARE_NUMBER = r"(\d+(?:\.\d+)?)(?![\w%×–—^²-]|[.,:]\d|\s+[a-z]+s\b|\s+resolution\b)"
# ("high AUC values (> 0.937)": a score in brackets, with a decimal point; "mAP from 74.20 to
# 75.11": the new score)
_NUMBER_AFTER = re.compile(r"(?:\s+(?:scores?|values?))?(?:\s*\([A-Za-z][\w@-]{1,9}\))?"
                           r"\s*(?:of|=|:|is|was|reaches|reached|at|"
                           r"from\s+\d+(?:\.\d+)?\s+(?:up\s+|down\s+)?to|"
                           r"\((?=[>≥~≈]?\s*\d*\.\d+\)))?\s*[>≥~≈]?\s*"
                           + _ROUGHLY + _BARE_NUMBER)
# "an average F1 increase of 0.26": the measure, its change, then the number without a unit
_CHANGE_OF_NUMBER = re.compile(r"\s+(" + "|".join(sorted(_GAINS)) + r")s?\s+of\s+" + _ROUGHLY +
                               r"\+?" + _BARE_NUMBER, re.IGNORECASE)
# "0.88 (AUC)": the measure named in brackets right after its number.
# (a score has decimals: "2 (AUC) variants" counts variants)
_NUMBER_BRACKETED = re.compile(r"(?<![\w.,/-])(\d+\.\d+)\s?\(\s*$")
# ("outperforms the baselines in success rate by 12%": the rival, then the measure it is beaten on)
_OUTPERFORMS = re.compile(
    r"\b(?:(?:out-?perform|surpass|beat|exceed)(?:s|es|ed|ing)?|"
    r"improv(?:e|es|ed|ing)\s+(?:over|upon))\s+(?:the\s+)?(?P<rival>(?:(?!(?:in|on)\s)[\w.+-]+\s){1,4}?)"
    r"(?:in\s+(?:terms\s+of\s+)?(?P<measure>(?:[a-z][\w-]*\s){1,3}?))?"
    r"by\s+(?P<hedge>(?:an average of|on average|a margin of|up to|about|around|over|more than|"
    r"greater than|at least|"
    r"almost|roughly|nearly|approximately|relatively|an absolute|a relative)"
    r"\s+)?$", re.IGNORECASE)
_BARE_GAINS = frozenset({"improvement", "gain", "absolute improvement", "relative improvement",
                         "average improvement", "absolute gain", "relative gain"})
_GAIN_OVER = re.compile(r"\s*(?:(?:absolute|relative|average)\s+)?(?:improvement|gain)s?\s+over\s+"
                        r"(?:the\s+)?((?:[\w.+-]+\s?){1,6})", re.IGNORECASE)
_THRESHOLD = re.compile(r"(?:\bat|@|>|<|≥|≤)\s*$")
_YEAR = re.compile(r"(?:19|20)\d\d")


_LIST_GAP = re.compile(r"\s*(?:,|and|or|/)?\s*(?:and\s+)?")


def _gains_over_rival(text: str, values: list[ValueSpan]) -> list[ValueSpan]:
    """'outperforms the state-of-the-art model by 5.7% and 9.1% of accuracy': a curator records
    the gain over the rival, 'accuracy improvement over the state-of-the-art model', for the
    number after 'by' and the numbers listed with it."""
    out, rival, previous = [], None, None
    for v in values:
        stop = text.rfind(". ", 0, v.start)
        found = _OUTPERFORMS.search(text, stop + 2 if stop >= 0 else 0, v.start)
        if found:
            rival = found.group("rival").strip()
        elif not (rival and previous and _LIST_GAP.fullmatch(text, previous.end, v.start)):
            rival = None
        metric = v.metric
        if rival and metric and " over " not in metric and metric not in _BARE_GAINS:
            # the change the metric already names ("WER reduction", "accuracy gain"), else a gain
            change = "" if metric.rsplit(" ", 1)[-1].lower().rstrip("s") in _GAINS else " improvement"
            v = ValueSpan(v.start, v.end, v.value, f"{metric}{change} over {rival}")
        out.append(v)
        previous = v
    return out


# "1.2% better in top-1 accuracy than the best human-invented architectures", "0.25 higher than
# previous methods": a margin over a rival the comparative names after "than".
_THAN_RIVAL = re.compile(
    r"\s*(?:points?\s+|pp\s+)?(?P<comparative>better|higher|greater|lower|less|fewer|smaller|faster)\b"
    r"(?:\s+(?:in|on)\s+(?:terms\s+of\s+)?(?P<measure>(?:[\w@-]+\s+){1,3}?)|"
    r"\s+(?P<named>(?:[\w@-]+\s+){0,2}?[\w@-]+)(?=\s+than\b))?"
    r"\s*than\s+(?:the\s+|that\s+of\s+(?:the\s+)?|those\s+of\s+(?:the\s+)?)?"
    r"(?P<rival>[^,.;()]{2,60}?)(?=\s+(?:while|with|when|on|in|and|for|at|using|by|which|under|"
    r"across|without|as)\b|\s*[,.;()]|$)")
# What stands between listed numbers ("8% and 11%", "71.2, 70.4 and 69.9", "~8% and ~11%").
_LISTED_GAP = re.compile(r"\s*(?:,|and|or|/|;)?\s*(?:and\s+)?[~≈]?")
_NOT_A_RIVAL = re.compile(r"(?:when|what|that|those|this|it|they|before|after|if|expected|"
                         r"reported|previously|with|real-?time)\b|\[", re.IGNORECASE)
_COMPARATIVE_CHANGE = {"better": "improvement", "higher": "improvement", "greater": "improvement",
                       "lower": "reduction", "less": "reduction", "fewer": "reduction",
                       "smaller": "reduction"}


def _faster_than_rival(text: str, end: int) -> bool:
    """'9.1X faster than the basic rPCA algorithm' (not 'faster than realtime')."""
    than = _THAN_RIVAL.match(text, end)
    return bool(than) and than.group("comparative").lower() == "faster" and not than.group("named") \
        and not _NOT_A_RIVAL.match(than.group("rival"))


def _margins_than_rival(text: str, values: list[ValueSpan]) -> list[ValueSpan]:
    """A margin "better/higher ... than X" is the measure's change over X, as a curator records
    it; the measure is the one named "in" it or the one the number already has."""
    out: list[ValueSpan] = []
    for v in values:
        than = _THAN_RIVAL.match(text, v.end)
        named = than.group("named") if than else None
        if named and not (singular(named.rsplit(" ", 1)[-1]) in METRIC_HEADS or
                          v.metric and named.lower().endswith(v.metric.lower())):
            than = None  # "3.1% higher accuracy than X" names the measure; "more tokens" not
        faster = bool(than) and than.group("comparative").lower() == "faster"
        if than and (_NOT_A_RIVAL.match(than.group("rival")) or faster and (
                named or than.group("measure") or v.metric != "speedup") or
                not faster and _FACTOR_UNIT.search(v.value)):
            than = None  # "3.8x lower ... than": a factor of some cost; "than when ...": no rival
        measure = ((than.group("measure") or named or "").strip()) if than else ""
        measure = measure or (v.metric if than and " over " not in v.metric else "")
        if faster and than:  # "10x faster than the MC dropout": the speedup over that rival
            margin = f"speedup over {than.group('rival')}"
        elif than and measure and measure.rsplit(" ", 1)[-1].lower() not in _GAINS and \
                measure.rsplit(" ", 1)[-1].lower() not in than.group("rival").lower():
            change = _COMPARATIVE_CHANGE[than.group("comparative").lower()]
            margin = f"{measure} {change} over {than.group('rival')}"
        else:
            margin = ""
        if margin:
            # "8% and 11% better accuracy than X": the numbers listed before it share the margin
            k, after = len(out), v.start
            while k and out[k - 1].metric in ("", v.metric) and \
                    _LISTED_GAP.fullmatch(text, out[k - 1].end, after):
                k -= 1
                out[k] = ValueSpan(out[k].start, out[k].end, out[k].value, margin)
                after = out[k].start
            v = ValueSpan(v.start, v.end, v.value, margin)
        out.append(v)
    return out


def _bare_values(text: str, metrics: list[MetricSpan], found: list[ValueSpan]) -> list[ValueSpan]:
    out: list[ValueSpan] = []
    taken = [(v.start, v.end) for v in found]
    for m in metrics:
        before = _NUMBER_BEFORE.search(text, max(0, m.start - 12), m.start) or (
            text.startswith(")", m.end) and _NUMBER_BRACKETED.search(text, max(0, m.start - 14),
                                                                     m.start))
        after = _NUMBER_AFTER.match(text, m.end, min(len(text), m.end + 40))
        changed = _CHANGE_OF_NUMBER.match(text, m.end, min(len(text), m.end + 50)) if not after else None
        if changed and not _YEAR.fullmatch(changed.group(2)) and \
                not any(s < changed.end(2) and changed.start(2) < e for s, e in taken):
            taken.append(changed.span(2))
            out.append(ValueSpan(*changed.span(2), changed.group(2),
                                 f"{m.canonical} {changed.group(1).lower()}"))
            continue
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
            # "a gain of up to 1.3 BLEU": the change the number is, in the measure's points
            metric = _with_gain_before(text, start, m.canonical) if match is before else m.canonical
            out.append(ValueSpan(start, end, match.group(1), metric))
            if match is before:
                out.extend(_listed_before(text, start, m.canonical, taken))
            else:
                out.extend(_listed_after(text, end, m.canonical, taken))
            break
    return out


# "15.6 and 10.2 BLEU", "71.2, 70.4 and 69.9 mAP": the numbers listed before the one beside
# the metric are its values too.
# ("+7.82 and +6.86 macro F1": signed gains list the same way)
_LISTED_NUMBER = re.compile(r"(?<![\w.,/@-])(\d+(?:\.\d+)?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)[+-]?$")


def _listed_before(text: str, start: int, metric: str, taken: list) -> list[ValueSpan]:
    return _listed(lambda pos: _LISTED_NUMBER.search(text, max(0, pos - 20), pos), start, metric,
                   taken, backwards=True)


def _listed_after(text: str, end: int, metric: str, taken: list) -> list[ValueSpan]:
    """'Dice scores of 93.34 and 89.73', 'an F1 of 85.2 on A and 80.1 on B': the numbers listed
    after the one the metric introduces are its values too."""
    return _listed(lambda pos: _NEXT_NUMBER.match(text, pos), end, metric, taken, backwards=False)


def _listed(next_number, pos: int, metric: str, taken: list, backwards: bool) -> list[ValueSpan]:
    """Up to three more numbers of a list, each found by ``next_number`` from the last one
    taken (before it or after it); a year or a number already taken ends the list."""
    out: list[ValueSpan] = []
    while len(out) < 3 and (listed := next_number(pos)):
        start, end = listed.span(1)
        if _YEAR.fullmatch(listed.group(1)) or any(s < end and start < e for s, e in taken):
            break
        taken.append((start, end))
        out.append(ValueSpan(start, end, listed.group(1), metric))
        pos = start if backwards else end
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
                          r"(?=\s*[,;]|\.(?!\d)|\s*$|\s+(?:on|in|for|and|respectively)\b)")
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


# How a change "by" a number may be hedged: "by up to 40%", "by more than 75%".
# The stems of the verbs that move a measure ("reduces", "lowered", "boosting"); see _CHANGE_NOUN.
_CHANGE_STEM = r"(reduc|lower|decreas|cut|increas|rais|boost|improv)"
_BY_HEDGED = (r"\s+by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|approximately\s+|"
              r"more than\s+|almost\s+|an average of\s+|roughly\s+|only\s+)?$")
# "improves X by N%" with no measure named: an improvement of X, whatever X is
_IMPROVES_BY = re.compile(r"\bimprov(?:e|es|ed|ing)(?:\s+[^\s,.;:()]+){1,8}?" + _BY_HEDGED, re.IGNORECASE)
_ON_AVERAGE = re.compile(r"\s+on average\b", re.IGNORECASE)
# A change verb, then an acronym: the measure no vocabulary lists ("reduces the FPR95 by 4%"),
# not a rival ("outperforms LLaMA by 4%").
# ("improves tracking performance (S-MOTA) by 7.4%": the acronym in brackets names the measure)
_CHANGED_ACRONYM = re.compile(
    r"\b(?:improv|reduc|increas|boost|lower|rais|decreas)\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:([A-Z][\w@.-]*[A-Z][\w@.-]*)|(?:[a-z][\w-]*\s+){1,3}\(([A-Z][\w@.-]*[A-Z][\w@.-]*)\))"
    + _BY_HEDGED)
# "reduces FLOPs by 40%": a change verb moves a model's compute count, whatever metric the clause
# also names ("... with similar accuracy").
_CHANGED_COST = re.compile(r"\b(reduc|lower|decreas|cut|increas)\w*\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:number\s+of\s+)?(" + "|".join(sorted(COMPUTE_COUNTS)) + ")"
                           + _BY_HEDGED, re.IGNORECASE)
# A change verb, then a measure of two or three words and what it is taken of: "reduces the
# pretraining cost of BERT by 25%" is a pretraining cost reduction (one word, "the cost of X",
# names no measure of its own).
_CHANGED_MEASURE_OF = re.compile(
    r"\b" + _CHANGE_STEM + r"\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"((?:[a-z][\w-]*\s+){1,2}?[a-z][\w-]*)\s+(?:of|for|in)\s+(?:the\s+|an?\s+)?[\w.-]+"
    r"(?:\s+[\w.-]+)?\s+by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+|"
    r"approximately\s+|more than\s+)?$", re.IGNORECASE)
_POINTS = re.compile(r"\s(?:points?|pp|pts?|percentage points?)$")
# "between 10 and 20 ms": a range, not two results.
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?:\d+(?:\.\d+)?\s*(?:,\s*|\s+and\s+))+$")
_VERSUS_BEFORE = re.compile(r"\b(?:vs\.?|versus)\s*$")
# "reducing tokens by 11.8% to 50.4%": the change is a range, one value
_CHANGE_RANGE = re.compile(r"\bby\s+(\d+(?:\.\d+)?\\?%)\s+to\s+(\d+(?:\.\d+)?\\?%)")
_RANGE_FROM = re.compile(r"\bfrom\s+[\d.]+\s+to\s+$")


# "using only 10% of the labels", "completed from 30% of 10^7 ratings ... on the rest 70%": the
# share of the data a method was given or tested on is a setting of the experiment, not a result
# ("recognises 90% of the test images" is one: no setting word before it).
_DATA_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|all\s+|our\s+|its\s+|their\s+)?(?:[\w^.,-]+\s+){0,2}?"
    r"(?:labels|labell?ed\s+\w+|annotations|ratings|samples|examples|images|instances|data|"
    r"observations|entries|training\s+(?:set|data|samples|examples|images))\b", re.IGNORECASE)
_DATA_SHARE_BEFORE = re.compile(r"\b(?:using|use|uses|used|with|from|given|only|just|"
                                r"(?:trained|train|training|fine-tuned|pretrained)\s+on)\s+"
                                # "with around 2% of the annotations", "using less than 0.6% of
                                # their parallel data"
                                r"(?:only\s+|just\s+|about\s+|roughly\s+|around\s+|approximately\s+|"
                                r"merely\s+|(?:less|fewer)\s+than\s+|as\s+(?:little|few)\s+as\s+)?$",
                                re.IGNORECASE)
_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:rest|remaining)\s+(?:of\s+the\s+)?$", re.IGNORECASE)
# "under 1% data and 10% data settings", "with 2% labeled data": a share the data noun follows
# straight away is the setting whatever the word before ("90% data reduction" is a measure)
_BARE_DATA_SHARE_AFTER = re.compile(
    r"\s+(?:labell?ed\s+|training\s+|annotated\s+)?(?:data|labels)\b(?!\s*-)"
    r"(?!\s+(?:usability|efficiency|reduction|savings?|coverage|compression|usage|utili[sz]ation|"
    r"access|loss|leakage|transfer|movement|traffic|rate|volume))", re.IGNORECASE)


# "under all 1%, 5% and 10% COCO-standard settings": shares listed before the settings they name
# (not "improve by 2.02% in supervised settings": the settings the change was measured in)
_SHARES_NAMING_SETTINGS = re.compile(
    r"(?:\s*,\s*\d+(?:\.\d+)?\\?%)*(?:\s*,?\s+(?:and|or)\s+\d+(?:\.\d+)?\\?%)?\s+"
    r"(?:(?!(?:in|on|under|for|across|with|at|of|all)\b)[\w-]+\s+){0,2}?"
    r"(?:settings?|splits?|protocols?|partitions?|regimes?)\b", re.IGNORECASE)


# "a 101% improvement in recall when reducing the embedding table by more than 75%": how much the
# setting was changed, not what was measured.
_CHANGED_AS_CONDITION = re.compile(r"\b(?:when|if|after)\s+(?:reduc|increas|decreas|prun|"
                                   r"compress|cutt|shrink|scal)\w*\s+[^,;.()]{1,60}?"
                                   + _BY_HEDGED, re.IGNORECASE)


def _data_share(text: str, start: int, end: int) -> bool:
    """The number is a share of the data the experiment was run with, not what it measured."""
    if not text[start:end].rstrip().endswith("%"):
        return False
    window = max(0, start - 40)
    return bool(_DATA_SHARE_AFTER.match(text, end) and _DATA_SHARE_BEFORE.search(text, window, start)
                or _REST_BEFORE.search(text, window, start)
                or _BARE_DATA_SHARE_AFTER.match(text, end) or _SHARES_NAMING_SETTINGS.match(text, end))


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
    if not named or singular(named.group(1).split()[-1]) not in METRIC_HEADS:
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
    if singular(last) in METRIC_HEADS or last in _PHYSICAL_HEADS:
        return _trailing_measure(before.group(1).split())
    if last[-1:] == "s" and last[:-1] in _PHYSICAL_HEADS:  # "at speeds in excess of": "speed"
        return _trailing_measure(before.group(1).split())[:-1]
    return ""


# Heads that name no measure alone ("accuracy" does).
BARE_MEASURE_HEADS = frozenset("rate error errors time ratio score distance cost size gap usage".split())


def _named_heads(values: list[ValueSpan], metrics: list[MetricSpan]) -> list[ValueSpan]:
    """"a baseline recognition rate of 95.9% ... at a rate of 98.4%": a bare head refers to the
    measure the text named before with that head."""
    out = []
    for value in values:
        if value.metric in BARE_MEASURE_HEADS:
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
        noun.group(1) not in GENERIC_AFTER | _COMPARING | _PREPOSITIONS


# "approximately 260 rpm and 0.1 mNm were attained": a speed, force, torque or pressure says
# what it measures by its unit alone (lengths, masses and frequencies do not: they are as often
# sizes and settings of the design).
_UNIT_MEASURES = ((re.compile(_LENGTH_UNIT + "/s$"), "speed"),
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
_CHANGE_BEFORE = re.compile(r"\b" + _CHANGE_STEM + r"\w*\s+"
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
# (a measure's acronym may lead or be one: "improving FLOPs and latency by 3.14x and 1.5x")
_PHRASE = r"(?:[a-z][a-z0-9-]*|[A-Z][a-z]*[A-Z][A-Za-z0-9]*)(?: [a-z][a-z0-9-]*){0,3}"
_CHANGED_LIST = re.compile(
    r"\b(?:" + _CHANGE_STEM + r"\w*\s+(?:the\s+|its\s+|their\s+)?"
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
    if len(names) != count or any(set(n.split()) & NOT_MEASURE for n in names):
        return []
    head = names[-1].split()[-1]
    if singular(head) in METRIC_HEADS:  # "the rotation and translation error": one head for both
        names = [n if singular(n.split()[-1]) in METRIC_HEADS or not n[:1].islower()
                 else f"{n} {head}" for n in names]  # (an acronym is a measure of its own)
    return [f"{n} {change}" for n in names]


_BY_BEFORE_LIST = re.compile(r"\bby\s+(?:up to\s+|about\s+|around\s+|nearly\s+)?$")


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
        elif j > i and (_RESPECTIVELY.match(text, out[j].end) or
                        _BY_BEFORE_LIST.search(text, max(0, out[i].start - 25), out[i].start)):
            # ("improving FLOPs and latency by 3.14x and 1.5x": "by" right before as many
            # numbers as measures pairs them without "respectively")
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


# "reduces latency by 18.4% and network traffic by 24.5%": the change verb is not repeated, so
# the second number moves the measure named before its own "by".
_GAPPED_CHANGE = re.compile(
    r"\b" + _CHANGE_STEM + r"\w*\s+(?:the\s+|its\s+|their\s+)?"
    r"(" + _PHRASE + r")\s+by\s+(?:up to\s+|about\s+|around\s+|nearly\s+)?[\d.]+\s?\\?%?"
    r",?\s+and\s+(?:the\s+|its\s+|their\s+)?(" + _PHRASE + r")" + _BY_HEDGED)


def _gapped_changes(text: str, out: list[ValueSpan]) -> list[ValueSpan]:
    """The second number of a gapped change takes the measure written before it, when both
    measures are plain noun phrases (no verb, no praise)."""
    for k, v in enumerate(out):
        sentence_start = text.rfind(". ", 0, v.start) + 1
        gapped = _GAPPED_CHANGE.search(text, max(sentence_start, v.start - 160), v.start)
        if not gapped or any(set(gapped.group(i).split()) & NOT_MEASURE for i in (2, 3)):
            continue
        out[k] = ValueSpan(v.start, v.end, v.value,
                           f"{gapped.group(3)} {_CHANGE_NOUN[gapped.group(1).lower()]}")
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


_BRACKETED_HEADS = METRIC_HEADS | _COUNTED | frozenset({"speed"})


def _bracketed_measure(text: str, start: int) -> str:
    named = _BEFORE_BRACKET.search(text, max(0, start - 60), start)
    if not named or re.search(r"(?:[A-Za-z]['’]|\b[A-Z][\w'’-]*\s+)$", text[:named.start(1)]):
        return ""  # "Earth Mover's distance (36.17%)": part of a proper name, not all of it
    words = named.group(1).split()
    if singular(words[-1]) not in _BRACKETED_HEADS:
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


# "speeds up beam search inference by 6.7 times", "can speed up the generation by 8.67x": what the
# number says is a speedup, whatever measure the clause also names ("... with competitive accuracy").
_SPED_UP_BY = re.compile(r"\bspeed(?:s|ed|ing)?\s+up(?:\s+[\w-]+){0,6}?" + _BY_HEDGED, re.IGNORECASE)


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


# "token consumption is reduced by 92.2%", "the error rate was lowered by 12%": the subject a
# passive change verb moves by the number is the measure, named with the change.
_PASSIVE_CHANGED_BY = re.compile(
    r"(?<![\w-])((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s+(?:is|are|was|were|has been|have been|"
    r"can be|could be|gets|got|being)\s+(?:\w+ly\s+)?" + _CHANGE_STEM + r"\w*"
    + _BY_HEDGED)


def _passive_change(text: str, start: int) -> str:
    found = _PASSIVE_CHANGED_BY.search(text, max(0, start - 90), start)
    if not found:
        return ""
    measure = _trailing_measure(found.group(1).split())
    if not measure or singular(measure.split()[-1].lower()) not in METRIC_HEADS:
        return ""
    first = measure.split()[0]
    if first[1:].islower():  # "Inference latency is reduced ...": the sentence's capital
        measure = first.lower() + measure[len(first):]
    return f"{measure} {_CHANGE_NOUN[found.group(2).lower()]}"


# "reduces reward by 201%", "drops by 1.4% in accuracy": the verb that moves the measure by the
# number names the change a curator records with it ("reward reduction", "accuracy drop"), also
# past what the measure is taken of ("the accuracy of ResNet-18 on ImageNet by 1.3%"), but not
# past another "by" ("improves quality by reducing chamfer distance by 90%").
_CHANGED_BY = re.compile(r"\b(reduc|lower|decreas|cut|increas|rais|boost|improv|drop|fall|fell|ris|rose)"
                         r"\w*(?:\s+(?:the|its|their))?((?:\s+(?!by\b)[\w-]+){0,6}?)" + _BY_HEDGED)
_CHANGE_OF_VERB = _CHANGE_NOUN | {"drop": "drop", "fall": "drop", "fell": "drop", "ris": "increase",
                                  "rose": "increase"}
_CHANGE_WORDS = _GAINS | frozenset(_MOVES.values()) | {"speedup", "speed-up"}


def _with_change(text: str, start: int, metric: str) -> str:
    """The measure with the change its verb makes, when the verb moves that measure (its object,
    or, with no object, the subject of "drops by N% in accuracy")."""
    words = metric.split()
    if not words or words[-1].lower() in _CHANGE_WORDS or metric.startswith("number of"):
        return metric
    moved = _CHANGED_BY.search(text, max(0, start - 70), start)
    if not moved:
        return metric
    verb, object_words = moved.group(1), moved.group(2).lower().split()
    if object_words:  # "reducing reasoning tokens by 11.8%": the object is the measure
        head = (object_words[:object_words.index("of")] if "of" in object_words else object_words)
        if singular(words[-1].lower()) not in {singular(w) for w in object_words} or \
                not head or head[-1] in NOT_MEASURE or head[-1] in _NOT_MOVED:
            return metric  # "improves the baseline by 3%": the verb moves something else
    elif verb in ("reduc", "lower", "cut", "improv", "boost", "rais") or not _measure_named(metric):
        # "improves by 3% over X": a transitive verb without its object; "increases by 2% in
        # supervised settings": no measure
        return metric
    if len(words) > 1 and words[0].lower().endswith("ing") and words[0].lower().startswith(verb):
        words = words[1:]  # "reducing position errors": the verb came with the measure
    words[-1] = singular(words[-1]) if words[-1].islower() else words[-1]
    return " ".join(words + [_CHANGE_OF_VERB[verb]])


def _moved_object(text: str, start: int) -> str:
    moved = _MOVED_OBJECT.search(text, max(0, start - 80), start)
    words = moved.group(1).split() if moved else []
    if not words or any(w in NOT_MEASURE or w in _NOT_MOVED for w in words):
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
    kept = list(takewhile(lambda w: w.lower() not in NOT_MEASURE | _COMPARING | _PREPOSITIONS
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
    if not words or any(w in NOT_MEASURE for w in words[2:]) or singular(words[-1]) in \
            METRIC_HEADS:
        return ""  # "the number of parameters and FLOPS", "the number of test errors": the
        # clause's own measure words decide
    return " ".join(words)


_COUNTED_SETTINGS = re.compile(r"(?:" + cues.COUNT + r"|all)\s+(?:[\w-]+\s+)?(?:datasets|benchmarks|tasks|"
                               r"languages|domains|settings)\b", re.IGNORECASE)
_RIVAL_END = GENERIC_AFTER | _COMPARING | frozenset({"respectively"})


# "compress LeNet-5 by 11x without losing accuracy": a measure the result keeps is not what its
# number measures ("2x faster while maintaining the accuracy" needs no rule: "while" ends the
# number's clause)
_KEPT_BEFORE = re.compile(r"\bwithout\s+(?:any\s+|much\s+|significant\s+|noticeable\s+|a\s+)?"
                          r"(?:(?:significant|noticeable|substantial|visible)\s+)?"
                          r"(?:loss|losing|sacrific\w+|compromis\w+|degrad\w+|hurting|harming|drops?|"
                          r"reduc\w+|decreas\w+|affecting)\s+(?:(?:of|in|on)\s+)?(?:the\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


# One acronym in the plural ("mIoUs", "APs"); FLOPs and MACs are counted in that form.
_PLURAL_ACRONYM = re.compile(r"(?=(?:\w*[A-Z]){2})(?!\w*(?:OPs|ACs)$)[A-Za-z][\w@.-]*[A-Z0-9]s")


# "and reaches 59.33%": a verb that reports where a measure stands, not by how much it moved.
_REPORTS = re.compile(r"\b(?:reach|achiev|obtain|attain|yield)\w*", re.IGNORECASE)


_RANGE_GAP = re.compile(r"\s*(?:[-–—−]|to)\s*")


def _another_claim(text: str, end: int, other_start: int) -> bool:
    """A number after the one ending at ``end`` has a claim of its own on the measure named
    after both: not the end of its range ("8.02%-38.69% in top-1 accuracy") nor a number in
    brackets ("by 1.6% (1.5%) in accuracy", "65.07% (vs. previous SOTA 24.68%) recall")."""
    gap = text[end:other_start]
    ranged = _RANGE_GAP.fullmatch(gap) or not gap.strip() and text[other_start] in "-–—−"
    return not ranged and gap.count("(") <= gap.count(")")


# "a mAP of $22.7$", "($+4.3 \%$)": a number set in LaTeX math mode, dollars and all; read
# as plain text, a value loses the spaces its dollars left ("$5$-$10$x" is "5-10x")
_MATH_NUMBER = re.compile(r"\$([+-]?\d+(?:\.\d+)?(?:\s?\\%)?)\$")
_MATH_GAP = re.compile(r"(?<=\d) (?=[-–x×%\\])|(?<=[-–]) (?=\d)")


# "93.34+-0.05", "0.54 ± 0.15", "81.2 ± 0.3%", "36±16.4 μm/s": a spread after a score; the score
# is the result, with the unit (or word) after the spread moved up to it
_SPREAD = re.compile(r"(?<=\d)\s?(?:±|\+-|\+/-)\s?\d+(?:\.\d+)?(?![\d.])(\s?[^\s\d]\S*)?")


def find_values(text: str, metrics: list[MetricSpan]) -> list[ValueSpan]:
    """Numbers with a unit (or right beside a named metric: "45.2 mAP"), each paired with the
    metric its clause names ("" when none)."""
    if "±" in text or "+-" in text or "+/-" in text:  # (blanked: every offset still holds)
        text = _SPREAD.sub(lambda m: (m.group(1) or "").ljust(len(m.group())), text)
    if "$" not in text or not _MATH_NUMBER.search(text):
        return _find_values(text, metrics)
    # each dollar a space: the same length, so every offset holds
    dollars = [m.start() for m in re.finditer(r"\$", text)]
    values = _find_values(_MATH_NUMBER.sub(lambda m: f" {m.group(1)} ", text), metrics)
    return [ValueSpan(v.start, v.end, _MATH_GAP.sub("", v.value), v.metric)
            if any(v.start - 1 <= d <= v.end for d in dollars) else v for v in values]


def _find_values(text: str, metrics: list[MetricSpan]) -> list[ValueSpan]:
    out: list[ValueSpan] = []
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]  # once per text, then bisect
    # a change range is read at its end number, from its first one
    range_from = {m.start(2): m.start(1) for m in _CHANGE_RANGE.finditer(text)} \
        if "% to " in text else {}
    range_starts = set(range_from.values())
    # "5.9%rightarrow10.9%": the arrow's last letter must not hide the number (same length)
    scan = text.replace("arrow", "arro ") if "arrow" in text else text
    matches = list(_VALUE.finditer(scan)) + list(_FACTOR.finditer(text))
    for match in matches:
        if _leads_to_another(text, match.start(), match.end()) or _baseline_in_brackets(
                text, match.start(), match.end()):
            continue  # "from 83% to 90.3%": the starting point is the baseline's number
        if _data_share(text, match.start(), match.end()) or \
                _CHANGED_AS_CONDITION.search(text, max(0, match.start() - 90), match.start()):
            continue
        if match.start() in range_starts:
            continue  # "reduces tokens by 11.8% to 50.4%": one value, read at its end
        value = re.sub(r"\s?\$?\\times\$?", "×", match.group().strip())  # LaTeX "1000$\times$"
        start = range_from.get(match.start(), match.start())
        ranged = start != match.start()
        value = (text[start:match.start()] + value).replace("\\%", "%")  # LaTeX "13\%"
        if " to " in value and not ranged and (_FROM.search(text, max(0, start - 20), start) or
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
        # (a measure named after another number is that number's: "detects 97% of violations
        # with a 15% false alarm rate"; not after one in brackets, "by 1.6% (1.5%) in accuracy")
        claimed_from = min((other.end() for other in matches if other.start() >= match.end()
                            and _another_claim(text, match.end(), other.start())), default=len(text))
        near = [m for m in metrics if clause_start <= m.start and m.end <= clause_end
                and m.start < claimed_from
                and not _KEPT_BEFORE.search(text, max(clause_start, m.start - 60), m.start)]
        if near and _unit_kind(value) in ("rate", "time"):  # "mAP 79.6% at 20 fps": not the mAP
            near = [m for m in near if _TIMED_MEASURE.search(m.canonical)]
        metric = _metric_after(text, match.end())
        reduction = _REDUCTION_OF.match(text[match.end():match.end() + 80])
        if reduction:
            words = []
            changed = reduction.group(2).split()
            for k, w in enumerate(changed):
                if w.lower() in _ENDS_MEASURE or words and w.lower() in _COMPARING:
                    break  # "improvement in accuracy and an 11% reduction in time", "... over X"
                if w.lower() not in GENERIC_AFTER and not w.lower().endswith("ed") or \
                        _averaged_measure(changed, k):
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
        elif cost := _CHANGED_COST.search(text, max(0, start - 50), start):
            metric = f"{cost.group(2)} {_CHANGE_NOUN[cost.group(1).lower()]}"
        elif _SPED_UP_BY.search(text, max(0, start - 80), start):
            metric = "speedup"  # "speeds up beam search inference by 6.7 times"
        elif near:  # "82% in-domain": the clause's named metric, not the words after the number
            nearest = min(near, key=lambda m: abs(m.start - match.end()))
            metric = nearest.canonical
            gain = _GAIN_WORDS.search(text[clause_start:clause_end])
            moved = _MOVED_BY.fullmatch(text, nearest.end, start) if nearest.end < start else None
            if gain and gain.group(1).lower() in {"improvement", "gain", "reduction"} and \
                    metric.split()[-1].lower() not in _GAINS:  # "error reduction" has its change
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
                        singular(named[-2]) in METRIC_HEADS:  # "recognition rate improvement of"
                    metric = f"{_trailing_measure(named[:-1])} {named[-1].lower()}"
                elif len(named) >= 2 and named[-1].lower() in _MOVES and \
                        re.match(r"\s+by\b", before.group(0)[len(before.group(1)):]) and \
                        singular(named[-2]) in METRIC_HEADS:  # "error decreases by 20%"
                    metric = f"{_trailing_measure(named[:-1])} {_MOVES[named[-1].lower()]}"
                elif len(named) >= 2 and named[-1].lower() in _MOVES and \
                        re.match(r"\s+from\b", before.group(0)[len(before.group(1)):]) and \
                        singular(named[-2]) in METRIC_HEADS:
                    metric = _trailing_measure(named[:-1])  # "miss rate decreases from 74% to 61%"
                elif before and (singular(before.group(1).split()[-1]) in METRIC_HEADS or physical
                                 and before.group(1).split()[-1].lower() in _PHYSICAL_HEADS) and \
                        not _reached_at(before, value):
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
                    singular(changed.group(2).split()[-1]) in METRIC_HEADS:
                metric = f"{changed.group(2)} {_CHANGE_NOUN[changed.group(1).lower()]}"
            if not (metric and _measure_named(metric)):  # "is 91.3% in the hall"
                metric = _measure_of(text, sentence_start, start) or metric
            if not metric:
                gain = _GAIN_WORDS.search(text[clause_start:clause_end])
                metric = gain.group(1).lower() if gain else ""
                metric = "speedup" if metric in ("faster", "speed-up") else metric
        if not metric and "(" in text[max(0, start - 12):start]:
            metric = _bracketed_measure(text, start)
        passive = _passive_change(text, start) if not saved else ""
        if passive and (not metric or metric.lower() in passive.lower()):
            metric = passive  # "token consumption is reduced by 92.2%": "token consumption reduction"
        if metric and not saved:
            metric = _with_change(text, start, metric)
        metric = _with_gain_before(text, start, metric)
        if metric.split()[:1] == ["faster"] or metric in ("speed", "runtime") and re.match(
                r"\s*(?:speed[- ]?ups?|faster)\b", text[match.end():match.end() + 12], re.IGNORECASE) \
                or _FACTOR_UNIT.search(match.group()) and _faster_than_rival(text, match.end()) \
                and metric.lower() not in text[sentence_start:start].lower():
            # "4.3x faster", "2.5x speed up" (not the clause's "runtimes"); "up to 9.1X faster than
            # X without accuracy loss": the factor is the speedup, whatever measure comes later
            metric = "speedup"
        if metric and not (metric == saved or _measure_named(metric) or near or physical and
                           metric.split()[-1].lower() in _PHYSICAL_HEADS):
            metric = ""  # "90% above", "fewer data": not the name of a measure
        if metric and (last := metric.rsplit(" ", 1)[-1]).islower() and singular(last) != last:
            metric = metric[:len(metric) - len(last)] + singular(last)  # "accuracies": accuracy
        over = _GAIN_OVER.match(text, match.end()) if metric in _BARE_GAINS else None
        if over:  # "a 41.0% absolute improvement over GPT-4 in theorem proving"
            rival = []
            for word in over.group(1).split()[:4]:
                if word.lower() in _RIVAL_END:
                    break
                rival.append(word.rstrip(".,"))
                if word[-1] in ".,":
                    break
            if rival and rival[0].lower() not in ("sota", "state-of-the-art") and \
                    not _COUNTED_SETTINGS.match(" ".join(rival)):  # "over four datasets": across them
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
            average = "average " if "average" in (rival.group("hedge") or "") else ""
            measure = rival.group("measure").strip() if rival.group("measure") else ""
            # (a measure's head, or a quality: "completeness"; not "in literature")
            measure = f"{measure} " if measure and (_measure_named(measure) or re.search(
                r"(?:ness|ity)$", measure)) else ""
            # "outperforms X by 4%", "outperforms X in completeness by 200%"
            metric = f"{average}{measure}improvement over {rival.group('rival').strip()}"
        if not metric and value.endswith("%") and \
                (gain := _IMPROVES_BY.search(text, max(sentence_start, start - 90), start)):
            # "improves base LMs on 18 downstream tasks by 64.28% on average": the gain itself
            average = "average " if "average" in gain.group(0) or _ON_AVERAGE.match(text, match.end()) else ""
            metric = f"{average}improvement"
        if not metric and re.search(r"\sfps$", value, re.IGNORECASE):
            metric = "FPS"  # "79.0% at 62 fps": the frame rate, whatever the clause measures
        if not metric and _POINTS.search(value):
            earlier = [m for m in metrics if start - 300 <= m.end <= start]
            metric = earlier[-1].canonical if earlier else ""  # "... BLEU ... and 15.2 points"
        if not metric and _unit_kind(value) in ("time", "pose") and _AMOUNT_OF.match(text, match.end()):
            continue  # "288 hours of sign language videos", "250 km of on-road data": a size
        if _PLURAL_ACRONYM.fullmatch(metric):
            metric = metric[:-1]  # "mIoUs of 83.5%": the measure is the mIoU
        elif metric in ("speedups", "speed-ups"):
            metric = "speedup"  # "speedups of up to 100x"
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
    if "respectively" in text or "by " in text:
        out = _respective(text, out, metrics)
    # "87.8%, 88.5% and 94.4% of fully-supervised performance": a list of numbers shares the
    # metric named after its last member.
    for i in range(len(out) - 2, -1, -1):
        here, following = out[i], out[i + 1]
        if not here.metric and following.metric and _LISTED_GAP.fullmatch(  # (each may be "~8%")
                text, here.end, following.start):
            out[i] = ValueSpan(here.start, here.end, here.value, following.metric)
    out = _margins_share_measure(text, out)
    if "by " in text:
        out = _gains_over_rival(text, out)
        out = _gapped_changes(text, out)
    # "87.8% fully-supervised performance under AL, 88.5% under ASFDA": and the other way.
    # A number in another kind of unit measures something else ("an error of 5.9 mm, while
    # running at 6 fps"): it is passed over ("mAP 79.6% at 20 fps, or 79.0% at 62 fps").
    kinds = [_unit_kind(v.value) for v in out]
    for i in range(1, len(out)):
        here = out[i]
        before = next((out[j] for j in range(i - 1, -1, -1)
                       if not kinds[i] or not kinds[j] or kinds[i] == kinds[j]), None)
        if before is None or kinds[i] == "relative" and not _unit_kind(before.value) and \
                _TIMED_MEASURE.search(before.metric):
            continue  # "15 frames per second, achieves over 90% detection": no share is timed
        gap = text[before.end:here.start]
        compared = _COMPARED.match(text, here.end) and len(gap) <= 150
        if not here.metric and before.metric and (len(gap) <= 60 or compared) and ". " not in gap \
                and (re.search(r",|\band\b|;", gap) or gap == "/") and not _sized_noun(text, here) \
                and not (before.metric.rsplit(" ", 1)[-1] in _CHANGE_WORDS and _REPORTS.search(gap)):
            # ("improves X by 0.61%/2.09%, and reaches 59.33%": a change is not what is reached)
            out[i] = ValueSpan(here.start, here.end, here.value, before.metric)
    return _margins_than_rival(text, out) if " than " in text else out


_NUMBER_PART = re.compile(r"^[+\-−]?\d[\d.,]*(?:\s?(?:[-–−]|to)\s?\d[\d.,]*)?\s*")
# Kinds of unit a measure is reported in; a pose's error pairs a length with an angle.
_UNIT_KINDS = ((re.compile(r"^(?:\\?%|percent|[xX×]|times|-?fold|points?|pp|pts?|percentage)"), "relative"),
               (re.compile("^" + _LENGTH_UNIT + "/s$"), "speed"),
               (re.compile(r"^(?:fps|hz|khz)$|/|\bper\b"), "rate"),
               (re.compile(r"^(?:ms|μs|µs|s|sec|seconds|milliseconds|minutes|hours|gpu)\b"), "time"),
               (re.compile(r"^(?:(?:±|plusmn)[\d.]+ ?)?(?:" + _LENGTH_UNIT + r"|metres?|meters?|ft|"
                           r"feet|rad|radians?|deg|degrees|°)$"), "pose"))
# What a number in a time or rate unit can measure ("62 fps" is no mAP).
_TIMED_MEASURE = re.compile(r"\b(?:fps|frames?|time|times|latency|throughput|runtime|hz|seconds?|"
                            r"delay|duration|frequency|velocity)\b|speed|"
                            r"(?<!success )(?<!error )(?<!accuracy )\brates?\b", re.IGNORECASE)


_AMOUNT_OF = re.compile(r"\s+of\s")


def _reached_at(before: re.Match, value: str) -> bool:
    """'a 91% accuracy at 40 ms': a time or rate after 'at' is when the measure before it was
    reached, unless that measure is itself timed ('running at 30 fps')."""
    return _unit_kind(value) in ("rate", "time") and not _TIMED_MEASURE.search(before.group(1)) \
        and bool(re.match(r"\s+at\b", before.group(0)[len(before.group(1)):]))


def _unit_kind(value: str) -> str:
    """'relative', 'speed', 'rate', 'time' or 'pose' for a value's unit; else the unit itself
    ('' for a bare number): numbers of one kind may share a measure, a bare one any."""
    unit = _NUMBER_PART.sub("", value).lower()
    return next((kind for pattern, kind in _UNIT_KINDS if pattern.search(unit)), unit)
