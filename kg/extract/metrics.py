"""Metrics named in an abstract: known measures from the vocabulary, measures a sentence says
it reports ("in terms of A and B", "measured by A"), measures defined with an acronym, and the
members of a list one of them leads. The numbers reported for them are read by
kg.extract.results."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import cues
from kg.extract.lexicon import Lexicon, dataset_entry
GENERIC_AFTER = frozenset({"of", "on", "in", "and", "the", "with", "over", "than", "for", "to",
                            "across", "compared", "while", "at", "by", "from", "more", "less",
                            "fewer", "faster", "higher", "lower", "better", "improvement",
                            "improvements", "gain", "gains", "reduction", "increase", "under",
                            "compared", "relative", "respectively", "absolute", "average",
                            "using", "when", "which", "that", "is", "are", "was", "were", "we",
                            "our", "its", "their", "this", "these", "those", "per", "as", "or",
                            "after", "before", "only", "up", "about", "nearly", "around",
                            # "9.6x without any loss in effectiveness", "(30 Hz), exceeding video
                            # rates": what comes next is no measure
                            "without", "within", "into", "via", "through", "during", "despite",
                            "beyond", "below", "above", "among", "between", "toward", "towards",
                            "including", "exceeding", "surpassing", "outperforming", "any", "no"})
# Nouns that end a metric's name: "sparsity ratio", "execution time", "top-1 accuracy".
METRIC_HEADS = frozenset("""
accuracy precision recall score scores error errors rate ratio speedup speed-up time latency
throughput cost loss perplexity auc f1 bleu rouge fps memory overhead sparsity efficiency
success reward return distance similarity correlation iou miou map psnr ssim fid wer cer
likelihood regret coverage consumption usage size gap delay
""".split())
_CHANGE_VERBS = frozenset({"improves", "improve", "improved", "reduces", "reduce", "reduced",
                           "increases", "increase", "increased", "lowers", "lowered", "raises",
                           "decreases", "decreased", "boosts", "boosted", "cuts", "achieves",
                           "achieved", "achieve", "obtains", "obtained", "reaches", "reached",
                           "high", "low", "even"})


NOT_MEASURE = GENERIC_AFTER | _CHANGE_VERBS | frozenset(
    "a an attain attains attained yield yields yielded deliver delivers delivered show shows showed "
    "has have had get gets got give gives gave provide provides provided resulting "
    "obtain obtains obtained achieve achieves achieved reach reaches reached "
    # praise is no part of a measure's name: "state-of-the-art mIoUs of 83.5%"
    "state-of-the-art sota best highest lowest competitive impressive remarkable superior "
    "excellent outstanding".split())


def singular(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and word[:-3] + "y" in METRIC_HEADS:
        return word[:-3] + "y"  # "accuracies", "perplexities"
    return word[:-1] if word.endswith("s") and word[:-1] in METRIC_HEADS else word


@dataclass(frozen=True, slots=True)
class MetricSpan:
    start: int
    end: int
    text: str
    canonical: str
    qualified: bool = False  # a vocabulary head with the text's own qualifier: "pose accuracy"
    benchmark: bool = False  # a known data set's score: "MMLU score"
    # a measure a phrase names, kept as the rule words it: "correlation with human judgments"
    phrase: bool = False
    listed: bool = False  # named in a list a lead opens: "compared in terms of X and Y"


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
# Tasks whose accuracy a curator names with the task ("recognition accuracy", "recommendation
# accuracy", "forecasting accuracy"): the accuracy of one task's output, not a general claim.
_TASK_NOUNS = frozenset("""recognition recommendation detection segmentation retrieval forecasting
identification labeling labelling search parsing grounding tagging verification""".split())
_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]*[a-z]|(?:rank|top)-\d+|[1-6][Dd])\s+$")
# "Recall@K", "mAP@.5", "Hits@10": a ranking or detection measure at a cut-off.
_AT_CUTOFF = re.compile(r"(?:recall|precision|prec|hits|ndcg|map|ap|acc|accuracy|r|p|hr|mrr|f1|"
                        r"pass|success)@(?:[kKnN]|\d+(?:\.\d+)?|\.\d+)", re.IGNORECASE)
# Words after a vocabulary name that belong to the measure the text names.
_COEFFICIENT = re.compile(r" coefficient\b", re.IGNORECASE)
CUT_OFF = re.compile(r"(?:rank|top)-?\d+", re.IGNORECASE)  # "top-1", "rank-5": a cut-off alone
# ("top-1 retrieval accuracy": with the one word that says what is retrieved or classified)
_CUT_THEN_ACCURACY = re.compile(r"(?: (?!(?:and|or|of|to|in|on|higher|lower|better|worse|greater|"
                                r"more|less)\b)[a-z]+)? accuracy\b", re.IGNORECASE)


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
        if error and first < start and word in ("relative", "absolute"):
            first = before.start(1)  # "relative pose error", "absolute trajectory error" (RPE, ATE)
            break
        if not (word in _SETTING_WORDS or word in _MEASURED_NOUNS or
                first == start and CUT_OFF.fullmatch(word) or  # "top-10 accuracy"
                (word in _ERROR_NOUNS if error else word in _TASK_NOUNS)):
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
    if lexicon.metric_variant(word):
        return word  # "BLEU-1"
    return lexicon.metrics_folded.get(low.replace("-", ""), "") or \
        lexicon.metrics_folded.get(low.replace("-", " "), "")


def _acronym_in_title_case(surface: str, lexicon: Lexicon) -> str:
    """"Meteor score", "Rouge": a metric acronym of four or more letters written as a word."""
    if len(surface) >= 4 and re.fullmatch(r"[A-Z][a-z]{3,}(?:-[0-9A-Za-z]{1,2})?", surface):
        return lexicon.metrics.get(surface.upper(), "")  # and "Rouge-1"
    return ""


def _eponym_measure(surface: str, lexicon: Lexicon) -> str:
    """'a Dice of 95.12': a measure the vocabulary names with a capital, after a person, written
    so alone."""
    canonical = lexicon.metric_canonical(surface.lower())
    return canonical if canonical[:1].isupper() and canonical.lower() == surface.lower() else ""


# Words of a measure's long form: "Intersection over Union (IoU)", "area under the curve (AUC)",
# "Matthews correlation coefficient (MCC)". A long form with none of them spells the acronym
# out as something else: "maximum a posteriori (MAP)", "masked autoencoders (MAE)".
_LONG_FORM_WORDS = METRIC_HEADS | {"union", "curve", "coefficient", "index", "measure", "gain",
                                   "rank", "characteristic", "deviation", "mean", "average",
                                   "precision", "opinion", "calibration", "likelihood",
                                   "evaluation", "understudy", "character", "byte", "bits",
                                   "frames", "second"}  # "bits per character (BPC)"
# An acronym followed by one of these names an estimate, a loss or a problem, not a measure:
# "MAP inference", "the MAP solution", "the MAP clustering", "an MSE loss".
_MODIFIED_NOUN = re.compile(
    r"\s+(?:inference|estimates?|estimation|estimators?|solutions?|assignments?|problems?|"
    r"clusterings?|states?(?!-of-)|hypothes[ie]s|parameters?|keys?|"
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
    # ("PQ(lambda)": an argument glued on makes it a function's name)
    return text.startswith("(", span.end) or bool(_MODIFIED_NOUN.match(text, span.end)) or \
        _spelled_otherwise(text, span.text) or _miscased_without_score(text, span)


def _miscased_without_score(text: str, span: "MetricSpan") -> bool:
    """'MAP' for mAP is most often maximum a posteriori ("marginal MAP", "ML and MAP trees"): a
    measure written in other capitals than its own is one only with a score beside it."""
    return span.text != span.canonical and span.text.lower() == span.canonical.lower() and \
        not re.search(r"\d", text[max(0, span.start - 40):span.end + 40])


_FUNCTION_AFTER = re.compile(r"\s+functions?\b")
# "an Intersection-over-Union (IoU) loss", "a Dice loss": an objective trained on, not a measure
# (unless the measure's drop: "with negligible accuracy loss", "a 0.5% mAP loss", "the mAP loss
# due to quantization", "an IoU loss of 4.93%")
_LOSS_AFTER = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?\s+loss(?:es)?\b(?!\s+(?:of|by)\s+[\d.])")
_DROPS = re.compile(r"\b(?:accuracy|m?AP(?:@[\w.]+)?)\b", re.IGNORECASE)
_DROP_BEFORE = re.compile(r"(?:\d%?|\b(?:no|without|any|negligible|little|minimal|marginal|small|"
                          r"slight|minor|large|significant|less|some))\s+$", re.IGNORECASE)


# What a measure's name sets rather than scores: an IoU threshold, a number format's precision
# (curators record neither: 0 of 10 tuning papers that write them)
_THRESHOLD_AFTER = re.compile(r"\)?\s+thresholds?\b")
_NUMBER_FORMAT = re.compile(r"\b(?:half|single|double|mixed|full|low|reduced|arbitrary|numerical|"
                            r"floating-point|\d+-bit)[- ]$", re.IGNORECASE)


def _a_setting(text: str, span: "MetricSpan") -> bool:
    """'trained with low IoU thresholds', 'using half precision': a setting, not a measure."""
    return span.canonical == "IoU" and bool(_THRESHOLD_AFTER.match(text, span.end)) or \
        span.canonical == "precision" and bool(_NUMBER_FORMAT.search(text, max(0, span.start - 20),
                                                                     span.start))


def find_metrics(text: str, lexicon: Lexicon) -> list[MetricSpan]:
    """Metric names from the vocabulary: case-sensitive acronyms, case-insensitive phrases."""
    found = _vocabulary_metrics(text, lexicon)
    if " function" in text:  # "the negative log-likelihood function": an objective, not a measure
        found = [s for s in found if not _FUNCTION_AFTER.match(text, s.end)]
    if " loss" in text:
        found = [s for s in found if not _LOSS_AFTER.match(text, s.end) or
                 _DROPS.search(s.canonical) or
                 _DROP_BEFORE.search(text, max(0, s.start - 20), s.start)]
    if any(s.text.isupper() for s in found):
        found = [s for s in found if not _not_a_measure(text, s)]
    if " threshold" in text or "precision" in text:
        found = [s for s in found if not _a_setting(text, s)]
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
    if "%" in text or _DECIMAL.search(text):
        found = _added_where_free(found, _number_acronyms(text))
    if "(" in text:
        found = _added_where_free(found, _defined_measures(text))
    if " score" in text:
        found = _added_where_free(found, _benchmark_scores(text, lexicon))
    if " with human" in text:
        found = _added_where_free(found, _human_agreement(text))
    if " and " in text:
        found = _elided_heads(text, found, lexicon)
    return found


# "top-1 and top-5 accuracy", "the Average and Final Displacement Error": the first of two
# modifiers joined by "and" shares the head of the measure after them (a name the vocabulary
# knows; its evidence is the whole coordination)
_MODIFIER_AND = re.compile(r"(?<![\w@-])([A-Za-z0-9@][\w@-]*)\s+and\s+$")


def _elided_heads(text: str, found: list[MetricSpan], lexicon: Lexicon) -> list[MetricSpan]:
    out = list(found)
    for span in found:
        words = span.text.split()
        before = _MODIFIER_AND.search(text, max(0, span.start - 40), span.start)
        if len(words) < 2 or not before or singular(words[-1]) not in METRIC_HEADS or \
                singular(before.group(1)) in METRIC_HEADS:
            continue
        name = " ".join([before.group(1)] + words[1:])
        canonical = lexicon.metric_canonical(name)
        if canonical:
            out = [s for s in out if not before.start(1) <= s.start < before.end(1)]
            out.append(MetricSpan(before.start(1), span.end, name, canonical))
    return sorted(out, key=lambda s: s.start)


def _added_where_free(found: list[MetricSpan], more: list[MetricSpan]) -> list[MetricSpan]:
    """``found`` with the spans of ``more`` that overlap none of it, in text order."""
    taken = [(s.start, s.end) for s in found]
    return sorted(found + [s for s in more if not any(a < s.end and s.start < b for a, b in taken)],
                  key=lambda s: s.start)


# "an MMLU score of 74.8", "the GLUE score": a known data set's name before "score" names the
# score a leaderboard ranks it by.
# (not an averaged measure: "the lowest average MAD score")
_NAMED_SCORE = re.compile(r"(?<!average )(?<!mean )\b([A-Z][\w.+-]*[A-Za-z0-9])\s+scores?\b")


def _benchmark_scores(text: str, lexicon: Lexicon) -> list[MetricSpan]:
    return [MetricSpan(m.start(), m.end(), m.group(), f"{m.group(1)} score", benchmark=True)
            for m in _NAMED_SCORE.finditer(text)
            if dataset_entry(lexicon, m.group(1)) is not None]


# "a higher correlation with human judgments", "85% agreement with human judgment": how far an
# automatic judge agrees with people is the measure evaluation papers report (a named coefficient
# before it, "Spearman correlation with human ratings", is already the vocabulary's)
_HUMAN_AGREEMENT = re.compile(r"\b(correlation|agreement)s? (with human (?:judge?ments?|evaluations?"
                              r"(?: scores)?|ratings|annotations|preferences))\b", re.IGNORECASE)


def _human_agreement(text: str) -> list[MetricSpan]:
    return [MetricSpan(m.start(), m.end(), m.group(), f"{m.group(1).lower()} {m.group(2)}",
                       phrase=True)
            for m in _HUMAN_AGREEMENT.finditer(text)]


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
        if len(words) > 1 and singular(words[-1]) in METRIC_HEADS - _VAGUE_HEADS and \
                not any(w in NOT_MEASURE for w in words):
            name = " ".join(words[:-1] + [singular(words[-1])])  # "position errors": the error
            out.append(MetricSpan(match.start(1), match.end(1), match.group(1), name))
    return out


# "achieves 53.6% PQ", "(70.3% CorLoc, 36.9% mAP)", "reaches 72.4 NDS on nuScenes": an acronym
# written right after a percentage or a decimal that the paper reports reaching is the measure
# of that number, whether or not a vocabulary holds it ("an isometric 50% MVC" reports nothing;
# "95% CI" is an interval's confidence; "64.9 MB", "2.8 GHz" are units).
_NUMBER_ACRONYM = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)?\s?%|\d+\.\d+)\s+"
                             r"([A-Z][a-z]*[A-Z][A-Za-z]*[0-9]?)(?![\w@/-]|\s+[A-Z][a-z])"
                             # ("81.2% OOD accuracy": the acronym qualifies the measure after it)
                             r"(?!\s+(?:accuracy|error|rate|precision|recall)\b)")
_DECIMAL = re.compile(r"\d\.\d")
_UNITS = frozenset("""B KB MB GB TB PB KiB MiB GiB TiB Hz KHz MHz GHz THz Pa KPa MPa GPa BL ID
MPixel MP GOPS TOPS""".split())
_GLUED_WORD = re.compile(r"[A-Z]{2,}(?:on|in|of|at|to)")  # "2.7 PPLon PTB": a lost space
_REPORTED_BEFORE = re.compile(r"\b(?:achiev|obtain|reach|attain|improv|outperform|surpass|gain|"
                              r"yield|boost|scor|increas|exceed|sets?\b|with\b|by\b|"
                              r"state[- ]of[- ]the[- ]art\s+at\b)", re.IGNORECASE)
_NOT_MEASURE_ACRONYMS = frozenset({"CI", "CPU", "GPU", "TPU", "RAM", "VS", "AI", "ML", "US", "UK"})


def _defined_otherwise(text: str, acronym: str) -> bool:
    """The text spells the acronym out as something other than a measure: "Degrees of freedom
    (DoF)", whose share "18% DoF" is a size, not a score."""
    at = text.find("(" + acronym + ")")
    if at < 0:
        return False
    words = _WORD.findall(text, max(0, at - 60), at)
    return not words or words[-1].lower() not in _DEFINED_HEADS


def _number_acronyms(text: str) -> list[MetricSpan]:
    out = []
    for match in _NUMBER_ACRONYM.finditer(text):
        name = match.group(1)
        if name.upper() in _NOT_MEASURE_ACRONYMS or name in _UNITS or len(name) > 8 or \
                _GLUED_WORD.fullmatch(name) or _defined_otherwise(text, name):
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
_LIST_LEAD_WORDS = re.compile(r" terms of | improvements? in | basis of | such as | including |e\.g\.|"
                              r" like |\bmeasured |\bevaluated | gains? of | improvements? of ")
_LISTED_ITEM = re.compile(r"([a-z][a-z-]+(?: [a-z][a-z-]+){0,2})"
                          r"(?=\s*(?:,|\band\b|\bor\b|[.;)]|$)|"
                          # "... and mean error distance in both settings": the list ends
                          r"\s+(?:in|on|for|across|under|over|compared|than|when|while|with|given|"
                          r"at|within|without|during|versus|vs|against|relative|from)\b)")
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
            if closed and words and not any(w in NOT_MEASURE for w in words):
                name = " ".join(words)
                out.append(MetricSpan(item.start(1), item.start(1) + len(name), name, name,
                                      listed=True))
            elif len(words) > 1 and singular(words[-1]) in METRIC_HEADS - _VAGUE_HEADS and \
                    not any(w in NOT_MEASURE for w in words):
                out.append(MetricSpan(item.start(1), item.end(1), item.group(1), item.group(1),
                                      listed=True))
    return out


# Words a measured list holds that name a quality, not a measure a curator lists ("in terms of
# accuracy and efficiency").
_QUALITIES = frozenset("""performance efficiency effectiveness quality robustness scalability
generalization generalisation generalizability interpretability stability flexibility simplicity
speed cost costs time memory complexity convergence reliability""".split())
# Leads that say the list is what was measured ("improvements in models" lists no measures).
_MEASURED_LEAD = re.compile(r"\b(?:in terms of|(?:measured|evaluated|assessed) (?:by|using|with)|"
                            + cues.MEASURE_LIST_OPENER + r")\s+"
                            r"(?:the\s+|both\s+|their\s+|its\s+)?")
_LISTED_WORD = re.compile(r"([a-z][a-z-]+(?: [a-z][a-z-]+)?)(?=\s*(?:,|\band\b|\bor\b|[.;)]|$)|"
                          r"\s+(?:in|on|for|across|under|over|compared|than|when|while|with|"
                          r"against)\b)")


# ... or a measure's acronym: "metrics (e.g. mAP, sMOTSA)"
_LISTED_ACRONYM = re.compile(r"([a-z]{0,2}[A-Z][A-Za-z0-9@&-]*[A-Z0-9][A-Za-z0-9@&-]*)"
                             r"(?=\s*(?:,|\band\b|\bor\b|[.;)]))")
_LIST_ENDERS = NOT_MEASURE | frozenset({"all", "both", "each"})  # "..., all with": the list ended


def _members_of_measured_list(text: str, found: list[MetricSpan]) -> list[MetricSpan]:
    """"in terms of accuracy and forgetting", "measured by mAP, recall and coverage": once a
    lead's list holds a named measure, its other plain members are measures too, whatever their
    heads (the lead speaks for the whole list)."""
    out = []
    for lead in _MEASURED_LEAD.finditer(text):
        at, members, anchored, last, gap = lead.end(), [], False, None, None
        for _ in range(5):
            known = next((f for f in found if f.start == at), None)
            if known:
                anchored, end, last = True, known.end, known
            else:
                item = _LISTED_WORD.match(text, at) or _LISTED_ACRONYM.match(text, at)
                if not item or item.group(1).split()[0] in _LIST_ENDERS:
                    break  # "..., and belief consistency, all with": the list has ended
                first = item.group(1).split()[0]
                if first.endswith("ly") or first.endswith("ing") and gap and \
                        not re.search(r"\b(?:and|or)\b", gap.group()):
                    break  # "in terms of accuracy, particularly in ...", "..., excelling in": a comment
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
            if words[-1].endswith("ion") and singular(words[-1]) not in METRIC_HEADS:
                continue  # "in terms of privacy score and attribute prediction": a task
            if not any(w in NOT_MEASURE or w in _QUALITIES for w in words) and \
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
        if not words or singular(words[-1].group()) not in _DEFINED_HEADS or \
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


# A person's name in the possessive before a measure ("Spearman's"): the vocabulary has "spearman".
_POSSESSIVE = re.compile(r"^([a-z]+)['’]s ")


def _vocabulary_metrics(text: str, lexicon: Lexicon) -> list[MetricSpan]:
    found: list[MetricSpan] = []
    taken: list[tuple[int, int]] = []
    words = list(re.finditer(r"[A-Za-z0-9@][\w@-]*(?:[.][0-9]+)?", text))
    cut_offs = "@" in text

    def one_word(word: re.Match, canonical: str) -> None:
        found.append(MetricSpan(word.start(), word.end(), word.group(), canonical))
        taken.append(word.span())

    for i in range(len(words)):
        word = words[i].group()
        if cut_offs and "@" in word and _AT_CUTOFF.fullmatch(word):
            # (before the vocabulary, whose short entries are case-sensitive: "r@1" is not "R@1")
            one_word(words[i], lexicon.metric_canonical(word) or word)
            continue
        if word.lower() not in lexicon.first_words:
            if "-" in word and (canonical := _hyphenated(word, lexicon)):
                one_word(words[i], canonical)
            elif (one := singular(word)) != word.lower() and (canonical := lexicon.metric_canonical(one)):
                one_word(words[i], canonical)  # "word-level perplexities": the measure, singular
            elif word in lexicon.metric_plurals:
                one_word(words[i], lexicon.metric_plurals[word])  # "runtimes", "latencies"
            continue
        for j in range(min(len(words), i + 4) - 1, i - 1, -1):
            start, end = words[i].start(), words[j].end()
            surface = text[start:end]
            canonical = lexicon.metric_canonical(surface)
            if not canonical and j > i and surface[0].isupper() and words[i + 1].group() == "s":
                # "Spearman’s correlation", "Cohen's kappa": the vocabulary drops the possessive
                canonical = lexicon.metrics_folded.get(_POSSESSIVE.sub(r"\1 ", surface.lower()))
            if not canonical and j > i and surface.endswith("s") and \
                    singular(words[j].group()) != words[j].group().lower():
                # "final displacement errors", "success rates": the vocabulary's is singular
                canonical = lexicon.metric_canonical(
                    text[start:words[j].start()].lower() + singular(words[j].group()))
            if not canonical and j == i:
                canonical = (_acronym_in_title_case(surface, lexicon)
                             or _eponym_measure(surface, lexicon)) \
                    if surface[1:].islower() and surface[0].isupper() else (
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
                cut = _CUT_THEN_ACCURACY.match(text, end) if CUT_OFF.fullmatch(surface) else None
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
