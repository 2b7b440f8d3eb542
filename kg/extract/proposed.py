"""Names a paper coins in its abstract: "we propose X", "X, a novel ...", "called/dubbed X",
acronym-defined names in an introducing clause, "our X", counted lists of new components. The
names its title coins are read by kg.extract.title_names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract import cues
from kg.extract.candidates import STOP_CAPITALS, VARIANT_MODIFIERS, Candidate
from kg.extract.families import MODEL_FAMILY
from kg.extract.lexicon import BUILTIN_GENERIC as GENERIC
from kg.extract.lexicon import GENERIC_PHRASES, Lexicon, defined_phrase, fold, phrase_key
from kg.extract.shapes import is_name_shaped
_APPOSITIVE_AFTER = re.compile(
    r"^\s*(?:,|:|\(|-{2,3}|\u2013|\u2014)\s*(?:a|an|the|our|which|that)?\s*(?:\w+[- ]){0,6}?"
    r"(?:novel|new|simple|general|unified|generic|first|efficient|effective|scalable|lightweight|"
    r"powerful|principled|flexible|large|open|comprehensive|framework|method|approach|model|system|"
    r"algorithm|architecture|technique|toolkit|library|benchmark|dataset|suite|pipeline|strategy|"
    r"family|paradigm|mechanism|agent|network|platform|tool|attack|defen[cs]e|estimator|sampler|"
    r"optimizer|scheme|procedure)\b", re.IGNORECASE)
_NAMING_CUE = re.compile(
    r"\b(?-i:(?:called|named|dubbed|termed|coined)(?: as)?|denoted as|referred to as|"
    r"(?:[Ww]e|which we) (?:call|name|term|dub)(?: (?:this|these|it|them|our|the)(?: [a-z-]+\b){0,2}| an?(?= [\"“'‘]?[A-Z]))?|"
    r"(?:[Ww]e|which we) refer to(?: (?:this|these|it|them|our|the)(?: [a-z-]+\b){0,2})? as|"
    # "we employ an adversarial architecture and name it as Blorp-NMT": the same subject
    r"and (?:call|name|term|dub) (?:this|these|it|them)(?: [a-z-]+\b){0,2})"
    # "named the Factored Policy Planner": the article before a capitalised name is not part of it
    r"\s*:?\s*(?:the\s+(?=[\"“'*A-Z]))?[\"“']?(?:\*\*?)?(?=[A-Za-z0-9])")  # "named **Blorp**" (markdown)
_NAME_RUN = re.compile(r"[A-Za-z0-9][\w+.'-]*(?:\s(?:[A-Z0-9][\w+.'-]*|of|and))*")
# (and a theorist's results: "Tighter Blorp Bounds" proves, it does not build)
GENERIC_HEAD_NOUNS = frozenset({"paradigm", "paradigms", "taxonomy", "roadmap", "survey",
                                 "perspective", "framework", "approach", "view", "overview",
                                 "study", "analysis", "review", "primer", "guide", "bound", "bounds",
                                 "inequality", "inequalities", "theorem", "theorems"})
# "our newly developed X": an adverb of novelty before the participle (not "our recently
# proposed X", which may be the authors' earlier work).
_OUR = re.compile(r"\b(?:[Oo]ur\s+(?:newly\s+(?=\w+ed\s))?(?:proposed\s+|new\s+|novel\s+|final\s+|"
                  r"resulting\s+|designed\s+|developed\s+|introduced\s+|built\s+|created\s+)?|"
                  r"[Tt]he\s+proposed\s+)$")
# "Our method, Object Preference Adaptation (OPA), is ...", "our model FGTrack", "our proposed
# NAS method -- GibbsNAS", "our autonomous broker, Blorp", "the resulting method–Blorp Sampling
# (BS)–offers": the name in apposition to "our X" or "the resulting/proposed X" (not
# "our robot X": the lab's hardware, which a paper uses more often than it builds).
_OWN_KINDS = (r"(?:method|model|approach|framework|system|algorithm|architecture|network|agent|tool|"
              r"toolkit|pipeline|technique|solution|library|controller|planner|simulator|broker|"
              r"assistant|engine|solver|classifier|detector|tracker|estimator|optimizer)")
_OUR_APPOSITION = re.compile(
    r"\b(?:[Oo]ur|[Tt]his)\s+(?:(?!(?:previous|prior|earlier|former|original|existing)\b)[\w-]+\s+){0,2}?"
    + _OWN_KINDS + r"s?\s*(?:,|``|\"|“|--?|–|—|\()?\s*$"  # "our model (FooNet-tiny)"
    # "This method, the blorp-aware zorb estimator (BZE), ..." (not "In our approach, the center
    # of mass (CoM) of ...": a phrase about the approach, naming a part of it)
    r"|(?<![Ii]n )(?<![Ww]ith )\b[Tt]his\s+" + _OWN_KINDS + r"\s*,\s*the\s+$")
# ... and "the resulting/proposed/novel X" with a singular kind ("the proposed framework models Y"
# has a verb), unless a preposition or a gerund makes it an opening phrase: "Applying the
# proposed controller, HRP-9 skates" names the robot the sentence is about.
_OPENING_PHRASE_END = re.compile(r"\b(?:\w+ing|by|via|with|through|from|after)\s+$", re.IGNORECASE)
_THE_OWN_APPOSITION = re.compile(
    r"\b[Tt]he\s+(?:resulting|proposed|novel|new)\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|"
    r"framework|system|algorithm|architecture|network|agent|tool|toolkit|pipeline|technique|solution|"
    r"library|controller|"
    r"planner|simulator|solver|classifier|detector|tracker|estimator|optimizer)(?:\s*s?\s*\(|\s*"
    r"(?:,|``|\"|“|--?|–|—)?)\s*$")
# "Our dataset ShapeSplat consists of ...", "our new benchmark, Blorp-QA,": the paper's own data
_OUR_DATA_APPOSITION = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:dataset|data set|benchmark|corpus)"
                                  r"\s*(?:,|\(|:)?\s*$")
# "Our implementation of this idea, Blorp, has ...": "our" + a head with its of/for phrase, the
# name set off by commas on both sides (an apposition, not a list item).
_OUR_PHRASE_APPOSITION = re.compile(
    r"\b[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:implementation|instantiation|realization|method|model|approach|"
    r"framework|system|algorithm|architecture|network|agent|tool|toolkit|pipeline|technique|solution|"
    r"library|controller|planner|simulator|solver)\s+(?:of|for)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s*$")
_APPOSITION_CLOSE = re.compile(r"\s*,\s+(?!and\b|or\b|etc\b)[a-z]")
_RENAMING_END = re.compile(r",\s+(?:the|namely)\s+$")
# The subject of the passive is the name, with a relative clause set off by commas between it
# and the verb: "a blorp compensator (BC), which comprises springs, a cam and a wire, is proposed".
_PASSIVE_RELATIVE = r"(?:,\s+(?:which|that)\s+[^.;()]{1,160}?,)?"
_PASSIVE_INTRO = re.compile(r"\)?(?:\s*\([^()]{1,40}\))?" + _PASSIVE_RELATIVE +
                            r"\s+(?:is|are)\s+(?:first\s+|then\s+|also\s+|"
                            r"hereby\s+|further\s+|newly\s+)?(?:proposed|introduced|presented|"
                            r"developed|devised|(?P<designed>designed)(?=\s+(?:to|for)\b))"
                            r"\b(?!\s+(?:by|in)\b)")
# "a method for graph convolution network (GCN) is proposed": the subject is the method, not GCN.
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|of|during|in|on|with|by|to|from|into|via|under|using)\s+"
                                 r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_PASSIVE_VERBS = ("proposed", "introduced", "presented", "developed", "devised", "designed")
_ANY_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:\w+\s+)?(?:" + "|".join(_PASSIVE_VERBS) + r")\b")
_MEMBER_OF = re.compile(r"\b(?:class|family|kind|type|variant|version|form)\s+of\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"\)?\s*(?:,\s*|,?\s*(?:and|or)\s+)")
_HEAD_BEFORE_NAME = re.compile(r"^\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:framework|method|model|"
                               r"algorithm|approach|system|architecture|network|pipeline|toolkit|"
                               r"library|agent|robot|hand|gripper|vehicle|platform|device|"
                               r"exoskeleton|manipulator|humanoid|quadruped|hexapod|biped|glove|"
                               r"prototype|simulator|strategy|technique|scheme|module|mechanism|"
                               r"paradigm|prompt|controller|planner|estimator|optimizer|solver|"
                               r"procedure|protocol|tool)(?:\s+|\s*[–—:]\s*|\s+--?\s+)$")  # "algorithm – NAME –"
# ("propose Hydra, the first meta-recommender": a first of its kind is new too; the comma may be
# one a scraper lost)
_CAPWORD_AFTER = re.compile(r"\s+([A-Z][a-z]{2,})"
                            r"(?=\s*(?:,\s*(?:which|a|an|the\s+first)\b|:|\s+\())")
_VERB_WORD_APPOSITION = re.compile(r"\b(?:propose|present|introduce|develop|design|build)[sd]?\s+"
                                   r"([A-Z][a-z]+[A-Za-z0-9]*),?\s+(?:a|an|the\s+first)\s")
_PROPOSE_VERB = re.compile(r"(?:propose|present|introduce)s?$", re.IGNORECASE)
_NAMELY_NAME = re.compile(r",?\s+namely,?\s+([A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z][a-z]+[A-Z][\w-]*)"
                          r"(?=\s*(?:[,.;(]|\s(?:which|that|to|for|with|based)\b))")
_PLURAL_NOUN_BEFORE = re.compile(r"\b[a-z][a-z-]*[a-z]s$")
_NAMELY_LIST_AFTER = re.compile(r"\s*(?:,\s*[A-Z0-9][\w-]*\s*(?:,|and\b|or\b)|\s+(?:and|or)\b)")
_PRAISED = re.compile(r"\s*(?:a|an|the)\s+(?:(?:new|novel|simple|efficient|effective|fast|scalable|"
                      r"practical|robust|general|generic|lightweight|principled|computationally|"
                      r"highly|provably|optimal|near-optimal|accurate)\s+){1,3}")
_OWN_METHOD_NOUN = re.compile(r"\s+(?:algorithm|method|framework|model|approach|architecture|"
                              r"network|procedure|technique|scheme|estimator|solver|policy|"
                              # "a new Filtering-WoRA paradigm", "a novel CS-BPCA process"
                              r"paradigm|process|representation|system|pipeline|mechanism|module|"
                              r"strategy)s?\b")
_INTRO_WINDOW = 90  # characters after an introducing verb in which its object is named


@dataclass(frozen=True, slots=True)
class Coined:
    start: int
    end: int
    text: str
    is_data: bool
    confidence: float
    rule: str
    # A benchmark rather than a data set, when the rule knows ("two benchmarks: A and B");
    # None: the words around the name decide.
    benchmark: bool | None = None


def is_known_method(name: str, lexicon: Lexicon) -> bool:
    return lexicon.methods.get(name, 0) >= 20 or bool(MODEL_FAMILY.match(name)) and not is_name_shaped(
        name.split("-")[0] + "X")


METHOD_WORD = re.compile(r"\b(?:model|method|framework|approach|system|architecture|network|"
                          r"algorithm|agent|toolkit|library|technique|pipeline|"
                          r"representation|paradigm)s?\b", re.IGNORECASE)  # ("our representation, dubbed AGAP")


def _nearest(pattern: re.Pattern, text: str, reverse: bool) -> int:
    """Distance from the name to the closest match in ``text`` (before it when ``reverse``)."""
    hits = [m.start() for m in pattern.finditer(text)]
    if not hits:
        return 10 ** 6
    return len(text) - max(hits) if reverse else min(hits)


# "two new datasets named Foo40 and Foo1600 to evaluate our method": a plural data noun that
# opens the coordinated list a name ends speaks for it, whatever noun comes after the list
# ("three sub-QUAK datasets QUAK-M, QUAK-P, ...": members right after the noun, the first one too)
_LISTED_NAME = r"[A-Z][\w.+/-]*(?: [A-Z0-9][\w.+/-]*)?(?:,\s*|\s+and\s+|,\s*and\s+)"
_DATA_LIST_OPENED = re.compile(r"\b(?:datasets|data sets|benchmarks|corpora)"
                               r"(?:\s*(?:[,:(]\s*|\s+(?:named|called|dubbed|termed|such as|including|"
                               r"namely)\s+)(?:" + _LISTED_NAME + r"){1,5}|\s+(?:" + _LISTED_NAME +
                               r"){0,5})$")


# A data noun heading a name, after its first word ("Dataset Distillation" names a method,
# "synthetic dataset creation" a procedure).
_DATA_NOUN_INSIDE = re.compile(r"(?<=\S)\s(?:[Dd]atasets?|[Dd]ata\s[Ss]ets?|[Dd]atabases?|"
                               r"[Bb]enchmarks?|[Cc]orpus|[Cc]orpora)"
                               r"(?=$|\s+(?:for|of|in|with|on|from|about)\b)")


# ", a multi-turn dialogue dataset", ": the first large-scale, ... annotated corpus", "---a video
# dataset": an apposition, up to where its head may stand.
_APPOSITION = re.compile(r"\s*(?:,|:|[-–—]{1,3})\s*(?:a|an|the)\s[^.;()]{0,100}")


def _in_data_list(text: str, start: int) -> bool:
    """A list that a plural data noun opens in the same sentence holds the name."""
    before = text[max(0, start - 60):start]
    before = before[before.rfind(". ") + 1:]  # a data noun in the sentence before says nothing
    return ("sets" in before or "benchmarks" in before or "corpora" in before) and \
        bool(_DATA_LIST_OPENED.search(before))


def called_data(text: str, start: int, end: int) -> bool:
    """A list that a plural data noun opens, or an apposition whose head is a data noun, calls
    the name a data set: "three sub-QUAK datasets QUAK-M, ...", "DMR-FastFood, a multi-turn
    dialogue dataset". (Unlike ``_data_context``, a data set the sentence merely names, "on the
    Atari game suite", says nothing.)"""
    if _in_data_list(text, start):
        return True
    apposition = _APPOSITION.match(text, end)
    return bool(apposition) and _nearest(cues.DATA_INTRO_HEADS, apposition.group(), False) < \
        _nearest(METHOD_WORD, apposition.group(), False)


_EVALUATED_ON = re.compile(r"\s(?:on|across|over)\s")
# "named WebCoder, and establish a benchmark for ...": a second clause's object is not the
# name's head
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|then)\s+(?:we\s+)?(?:also\s+)?(?:establish|build|construct|"
                          r"create|collect|curate|release|introduce|propose|present|provide|"
                          r"conduct|evaluate|design|develop)(?:e?s|d|ed)?\s")


def _data_context(text: str, start: int, end: int) -> bool:
    """Is the coined name a dataset or benchmark? The nearest head noun around it decides:
    'we call ACCESS' after 'Our model' is a method even with 'dataset' further on."""
    if _DATA_NOUN_INSIDE.search(text, start, end):
        return True  # "a Chinese sticker-based multimodal dataset for X (CSMSA)": its own head
    if _in_data_list(text, start):
        return True
    before = text[max(0, start - 60):start]
    before = before[before.rfind(". ") + 1:]
    after = re.sub(r"^\s*\([^()]*\)", "", text[end:end + 160])  # past "(its long form)"
    after = after[:110] if _APPOSITION.match(after) else after[:60]  # an apposition to its head
    # "ranks 8th on the KITTI road benchmark": a data noun after "on" is where it is evaluated
    after = _NEXT_CLAUSE.split(_EVALUATED_ON.split(after, maxsplit=1)[0], maxsplit=1)[0]
    data = min(_nearest(cues.DATA_INTRO_HEADS, before, True), _nearest(cues.DATA_INTRO_HEADS, after, False))
    method = min(_nearest(METHOD_WORD, before, True), _nearest(METHOD_WORD, after, False))
    return data < method


# What a paper studies or poses, as opposed to what it builds: a name given to one of these is
# not a method the paper coins.
STUDIED_THING = (r"(?:problem|setting|phenomen(?:on|a)|property|condition|effect|task|issue|"
                  r"assumption|threshold|regime)s?")
# What a naming cue names is not always something the paper builds: a problem, a setting or a
# phenomenon it studies (a measure it coins is, as curators record them).
STUDIED_AFTER = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?" + STUDIED_THING + r"\b")
_STUDIED_IN_CUE = re.compile(r"\b" + STUDIED_THING + r"\b", re.IGNORECASE)
_NO_METHOD_NAME_END = re.compile(r"\s(?:Curse|Effect|Problem|Paradox|Phenomenon|Dilemma|Hypothesis|"
                                 r"Conjecture)$")
_NO_METHOD_BEFORE_CUE = re.compile(r"\b(?:" + STUDIED_THING + r"|quantity|quantities|material|"
                                   r"materials)\s+(?:is\s+|are\s+)?$", re.IGNORECASE)
# "Our approach uses a human model named Blorp": a name given to what the sentence uses, with no
# sign that the paper made it.
# up to the naming cue, which a comma may set off ("the well-known TSP algorithm, called LKH")
_NOT_OWN_WORD = r"(?!new\b|novel\b|our\b|own\b|we\b)[\w-]+"
_NOT_OWN_WORDS = r"(?:" + _NOT_OWN_WORD + r"\s+){0,3}(?:" + _NOT_OWN_WORD + r",?\s+)?$"
_USED_BEFORE_CUE = re.compile(r"\b(?:uses?|using|used|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|"
                              r"utili[sz](?:e|es|ed|ing))\s+" + _NOT_OWN_WORDS, re.IGNORECASE)

# "a recently reported batch search algorithm called Bayes-Swarm", "the existing tool called X":
# a name given to earlier work.
_EARLIER_BEFORE_CUE = re.compile(r"\b(?:(?:recently|previously)\s+(?:reported|proposed|introduced|"
                                 r"developed|published|presented)|existing|well-known|popular|"
                                 r"classical)\s+" + _NOT_OWN_WORDS, re.IGNORECASE)


_CLAUSE_WORD = re.compile(r"\s+(?:which|that|for|to|and|or|is|are|with|as|in|on|of|by)\b")


def _start_of_longer_name(name: str, rest: str) -> bool:
    """A one-word run that only starts a longer name: a letter ("named L*ReLU"), a possessive
    ("called Dykstra's method") or an eponym's adjective before lower-case words ("called
    Bayesian programming"), an existing term rather than a coined name."""
    if len(name) == 1:
        return True
    if " " in name:
        return False
    if re.match(r"['’]s\b", rest) or name.endswith("'s"):
        return True
    return bool(re.search(r"[a-z](?:ian|ean)$", name)) and bool(re.match(r"\s+[a-z]", rest)) \
        and not _CLAUSE_WORD.match(rest)


_SO_CALLED = re.compile(r"\bso[-\s]$", re.IGNORECASE)
# "a novel data structure, the so-called Voronoi Voxel History", "resulting in the so-called X
# algorithm": what the paper makes may be introduced so too.
_MADE_HERE_BEFORE = re.compile(r"\b(?:novel|new|our|we|resulting in)\b[^.;]*$", re.IGNORECASE)


# "which we refer to as X", "we call it X": the paper names it, whatever the sentence uses.
_SELF_NAMING = re.compile(r"(?:we|which we|and)\s", re.IGNORECASE)


_OPENING_QUOTES = frozenset("\"“‘'")
_QUOTE_GOES_ON = re.compile(r"\s+[a-z][^\"”’'.;]{0,40}?(\S+)[\"”’']")


def named_after_cue(text: str, cands: Sequence[Candidate] = ()) -> list[Coined]:
    """'a method named Blorp', 'dubbed X', 'we call this family X': the name that follows."""
    found = []
    long_forms = {c.start: c for c in cands if c.source == "acronym-long"}
    for cue in _NAMING_CUE.finditer(text):
        run = _NAME_RUN.match(text, cue.end())
        if not run:
            continue
        words = run.group().split()
        # A run never crosses a sentence end: "ViTPose. Specifically" is "ViTPose".
        ends = next((i for i, w in enumerate(words) if w.endswith(".") and not w[:-1].count(".")), None)
        if ends is not None:
            words = words[:ends + 1]
            words[-1] = words[-1].rstrip(".")
        while words and words[-1] in {"of", "and"}:
            words.pop()
        words = words[:6]
        first = words[0] if words else ""
        if not first or first in STOP_CAPITALS or not (first[:1].isupper() or is_name_shaped(first)):
            continue
        name = " ".join(words).rstrip(".,;:'")
        if not name or _start_of_longer_name(name, text[cue.end() + len(name):cue.end() + len(name) + 30]):
            continue  # "called Bayesian programming", "called Dykstra's method": an existing term
        quoted = _QUOTE_GOES_ON.match(text, cue.end() + len(name)) \
            if text[cue.end() - 1:cue.end()] in _OPENING_QUOTES else None
        if quoted:
            # the quotes bound the name: "called 'Robust PCA on Graphs'", "called “Find your
            # Figure”"; a plain word before lower-case ones names no method ('what we term the
            # "English performance gap"', "which we call 'Distribution drift'")
            if quoted.group(1)[:1].isupper():
                name = (name + quoted.group()[:-1]).rstrip(".,;:")  # 'called "Foo PSR,"'
            elif not is_name_shaped(name):
                continue  # (a coined word keeps its kind noun out: 'a "NASNet architecture"')
        defined = long_forms.get(cue.end())
        if defined and len(defined.text) > len(name) and defined.text.startswith(name):
            # "called Multi-turn Multiple-choice Machine reading comprehension (M3)": the
            # acronym's definition bounds the name, lower-case words and all
            name = defined.text
        if name.lower() in GENERIC_PHRASES or re.search(
                r"\b(?:often|commonly|usually|also|sometimes|widely|generally|collectively)\s*$",
                text[max(0, cue.start() - 20):cue.start()]):
            continue  # "often referred to as Large Language Models": an existing term
        if _SO_CALLED.search(text, max(0, cue.start() - 4), cue.start()) and \
                not _MADE_HERE_BEFORE.search(text, max(0, cue.start() - 60), cue.start()):
            continue  # "the so-called Polyak-Lojasiewicz inequality": the field's term, not coined
        if _STUDIED_IN_CUE.search(cue.group()) or cue.group().startswith("and ") and \
                _STUDIED_IN_CUE.search(text, max(0, cue.start() - 60), cue.start()):
            continue  # "and name this phenomenon 'OF sign imbalance'", "formulate this problem
            # ... and call it Team Orienteering Coverage Planning": what is studied, not built
        if STUDIED_AFTER.match(text, cue.end() + len(name)) or \
                _NO_METHOD_NAME_END.search(name) or \
                _NO_METHOD_BEFORE_CUE.search(text, max(0, cue.start() - 40), cue.start()) or \
                not _SELF_NAMING.match(cue.group()) and (
                    _USED_BEFORE_CUE.search(text, max(0, cue.start() - 60), cue.start()) or
                    _EARLIER_BEFORE_CUE.search(text, max(0, cue.start() - 80), cue.start())):
            continue  # "referred to as the Zorg Cover (ZC) problem", "termed the Zorg Curse"
        pair = _NAME_PAIR.fullmatch(name)
        if pair and not (is_name_shaped(pair.group(1)) and is_name_shaped(pair.group(2)) or
                         _PLURAL_KIND_BEFORE.search(text, max(0, cue.start() - 40), cue.start())):
            pair = None  # "called Search and Rescue": one name ("two approaches named X and Y": two)
        spans = [(cue.end() + pair.start(i), cue.end() + pair.end(i)) for i in (1, 2)] if pair \
            else [(cue.end(), cue.end() + len(name))]  # "called MuSeRC and RuCoS": two names
        data = _DATA_OF_THINGS.search(text, max(0, cue.start() - 130), cue.start())
        for start, end in spans:
            found.append(Coined(start, end, text[start:end],
                                bool(data) or _data_context(text, start, end), 0.9, "named"))
    return found


# "we collect a dataset of approximately ~12K artist-designed synthetic Blender objects called
# BlenderVault": a data noun that heads what the cue names, however long what it holds
_DATA_OF_THINGS = re.compile(r"\b(?:a|an|the|new|our)\s+(?:[\w-]+\s+){0,3}?(?:dataset|data set|benchmark|"
                             r"corpus)\s+(?:of|with|containing|comprising)\s[^.;:()]{0,100}$",
                             re.IGNORECASE)


# "we propose a new task, named Story Visualization": what the paper names is the task it poses,
# not a method it builds
_NEW_TASK_BEFORE = re.compile(r"\b(?:new|novel)\s+(?:[\w-]+\s+){0,2}?(?:task|problem|setting)s?\s*,?\s*"
                              r"(?:(?:named|called|dubbed|termed|coined|referred\s+to)(?:\s+as)?\s*)?"
                              r"[\"“‘']?$", re.IGNORECASE)
_NAME_PAIR = re.compile(r"(\S+) and (\S+)")
# Plural kinds of thing a paper builds: "two methods named X and Y", "three strategies: X, Y, Z".
_PLURAL_KINDS = (r"(?:strategies|methods|techniques|approaches|algorithms|models|modules|variants|"
                 r"mechanisms|losses|frameworks|schemes|components|architectures|extensions|"
                 r"networks|datasets|benchmarks|corpora)")
# A plural kind right before the naming cue names as many things as the coordination lists.
_PLURAL_KIND_BEFORE = re.compile(r"\b" + _PLURAL_KINDS + r"\s*,?\s*$")


# "a new beam search, which we call determinantal beam search.": a lower-case name that a
# self-naming cue gives to what the sentence introduces, up to the clause's end.
_LOWER_NAMING_CUE = re.compile(
    r"\b(?:(?:which|that) we (?:call|term|dub|name)|we (?:call|term|dub|name) (?:this|it|them|these)"
    r"(?: [a-z-]+){0,2}|(?<!so )(?<!so-)(?:called|named|dubbed|termed|coined|referred to as))(?: as)?\s+"
    r"(?:(?:a|an|the)\s+)?[\"“'`]*(?:(?:a|an|the)\s+)?"  # ('called “a flexible exoskeleton”')
    r"(?=[a-z])(?!entit|here\b|(?:this|that|these|those|it|them)\b)")
# (not "named entity", "coined here", nor "named this method as RVC")
_LOWER_NAME_RUN = re.compile(
    r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\s+[a-z][a-z0-9]*(?:-[a-z0-9]+)*){0,4}?"
    r"(?=[\"”'`]*\s*(?:[,.;:)]|\s(?:which|that|to|for|in|is|are|was|and|with|where|whose|as|of|on|"
    r"by|from|under|at|into|over|using|via|within|along|between|through|without)\b|$))")
_LOWER_NAME_TO_PUNCTUATION = re.compile(r"[a-z][a-z0-9]*(?:\s+(?:of|for|with|in|on)\s+"
                                        r"(?:all\s+|the\s+)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
                                        r"(?=[\"”'`]*\s*[,.;:)])")
_INTRO_BEFORE_CUE = re.compile(r"\b(?:propos\w*|introduc\w*|present\w*|develop\w*|design\w*|"
                               r"devis\w*|novel|new)\b", re.IGNORECASE)
# "a setting called covariate shift", "a method based on a technique called time warping": the
# name belongs to something the paper studies or builds on, not to what it introduces.
_NOT_INTRODUCED_OBJECT = re.compile(r"\b(?:based on|built on|using|via|with|from|by)\b|\b"
                                    + STUDIED_THING + r"\b,?\s*(?:(?:which|that)\s+)?$",
                                    re.IGNORECASE)


# "a novel setting of X, dubbed Y": a problem the paper poses goes to tasks, not to its names;
# "a new research branch called Y" is a field.
_PROBLEM_OBJECT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:problem|setting|task|"
                             r"phenomenon|property|concept of|branch|field|area|direction|"
                             r"discipline)s?\b", re.IGNORECASE)
_BACKGROUND_ADVERB = re.compile(r"\b(?:also|often|commonly|usually|sometimes|widely|generally|"
                                r"recently proposed)(?:\s+be)?\s*,?\s*$|"
                                # "which in general form can be called listwise ranking functions"
                                r"\b(?:can|could|may|might)\s+be\s*$")
_NAMING_WORDS = ("we call", "we term", "we dub", "we name", "called", "named", "dubbed", "termed",
                 "coined", "referred to as")
# "The method is referred to as group blorp factorization": a sentence whose subject is the
# paper's own method names it without an introducing verb.
_SELF_SUBJECT = re.compile(r"^\s*(?:the|this|our)\s+(?:proposed\s+|resulting\s+|new\s+)?(?:method|"
                           r"algorithm|approach|framework|technique|scheme|procedure|"
                           r"architecture|estimator|classifier)\s+(?:is|will be)\s+$", re.IGNORECASE)
_SELF_NAMING_BEFORE = re.compile(r"(?:called|referred to as|named|termed|dubbed|denoted as)\s+"
                                 r"(?:the\s+)?$")
_LONGER_DEFINED = re.compile(r"\s+(?:with|of|for|on|in|by|from|and)\s+[a-z][\w\s-]{0,60}?\(")


def _abbreviated_prefix(name: str, cands: list[Candidate]) -> Candidate | None:
    """'autonomous tree-search ability' named, 'autonomous tree-search (ATS)' later: the part the
    paper abbreviates is what it keeps calling its name."""
    key = fold(name)
    for cand in cands:
        if cand.source == "acronym-long" and " " in cand.text and key.startswith(fold(cand.text)) \
                and key != fold(cand.text):
            return cand
    return None


def _defined_at_cue(text: str, cue: re.Match, cands: Sequence[Candidate]) -> re.Match | None:
    """A lower-case long form defined by an acronym that starts inside a naming cue's trailing
    words ("we call these blorp models (BMs)": the cue's optional words ate 'blorp')."""
    defined = [cand for cand in cands if cand.source == "acronym-long" and cand.text[:1].islower()
               and cue.start() < cand.start <= cue.end() and " " in cand.text]
    if not defined:
        return None
    longest = max(defined, key=lambda c: c.end - c.start)
    return re.compile(re.escape(longest.text)).match(text, longest.start)


def lowercase_named(text: str, lexicon: Lexicon, cands: list[Candidate] = ()) -> list[Coined]:
    """'We propose a reformulation of beam search, which we call determinantal beam search.':
    a lower-case name after a self-naming cue, in a sentence that introduces something."""
    found: list[Coined] = []
    if not any(word in text for word in _NAMING_WORDS):
        return found  # cheap test first: most abstracts name nothing
    for cue in _LOWER_NAMING_CUE.finditer(text):
        run = _LOWER_NAME_RUN.match(text, cue.end())
        defined = _defined_at_cue(text, cue, cands)
        if defined:
            run = defined  # "we call these blorp feature models (BFMs)": the defined long form
        if not run:
            continue
        name = run.group()
        if not defined and _LONGER_DEFINED.match(text, run.end()):
            continue  # "X model with Y learning (XMY)": the acronym rules read the whole name
        if " " not in name and "-" not in name and not defined:
            # "called mixtures of all trees:": a first word that a connector continues is the
            # start of a name the clause's punctuation ends
            run = _LOWER_NAME_TO_PUNCTUATION.match(text, cue.end()) or run
            name = run.group()
        if " " not in name and "-" not in name:
            continue  # "one of the opinions, called correct": a single word is an ordinary one
        sentence = text[text.rfind(". ", 0, cue.start()) + 1:cue.start()]
        intro = None
        for intro in _INTRO_BEFORE_CUE.finditer(sentence):
            pass
        if intro is None and _SELF_SUBJECT.match(sentence):
            intro = re.match("", sentence)  # the subject itself is the paper's own method
        if intro is None or _NOT_INTRODUCED_OBJECT.search(sentence[intro.end():]) or \
                _PROBLEM_OBJECT.match(sentence, intro.end()) or _BACKGROUND_ADVERB.search(sentence):
            continue
        if name in GENERIC_PHRASES or name in lexicon.tasks or phrase_key(name) in lexicon.method_phrases:
            continue
        short = None if defined else _abbreviated_prefix(name, cands)
        start, end = (short.start, short.end) if short else run.span()
        found.append(Coined(start, end, text[start:end], _data_context(text, start, end),
                            0.7, "named-lower"))
    return found


def _extended_definition(cand: Candidate, cands: list[Candidate], sentence_end: int) -> Candidate:
    """'a novel iterative closest points (ICP) variant, non-penetration iterative closest points
    (NPICP)': a later definition in the sentence that extends the first one is the coined name;
    the first is the existing method it builds on."""
    base = fold(cand.text if cand.source == "acronym-long" else cand.partner)
    for other in cands:
        if other.start > cand.end and other.start < sentence_end and other.source == "acronym-long":
            key = fold(other.text)
            if key != base and key.endswith(base) and len(base) >= 3:
                return other
    return cand


def background_names(text: str, cands: list[Candidate]) -> set[str]:
    """Names the first sentence uses without introducing anything: 'Learning to Optimize
    (L2O), a technique that ..., has gained attention': the field's term, so 'our L2O model'
    is the paper's instance of it, not a new name."""
    first_end = text.find(". ")
    first_end = first_end if first_end > 0 else len(text)
    if cues.INTRODUCING_WORD.search(text, 0, first_end) or _NAMING_CUE.search(text, 0, first_end):
        return set()
    return {c.text for c in cands if c.source in ("acronym-short", "shape") and c.start < first_end}


# "a simple and effective data synthesis method": the "and" joins adjectives of one object.
_ADJECTIVE_AND = re.compile(r"^(\s*(?:a|an|the)\s+(?:[\w-]+,?\s+){1,4}?)and\s+(?=[\w-]+\s)")


def _joined_adjectives(between: str) -> str:
    """'a simple and effective method ' -> 'a simple effective method ': an "and" inside the
    article's adjectives does not separate the verb's object from a second one."""
    match = _ADJECTIVE_AND.match(between)
    if not match or METHOD_WORD.search(match.group(1)) or cues.DATA_INTRO_HEADS.search(match.group(1)):
        return between
    return match.group(1) + between[match.end():]


def _sentence_end(text: str, start: int) -> int:
    end = text.find(". ", start)
    return end if end > 0 else len(text)


_PROBLEM_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:problem|task|setting|challenge|scenario)s?\b")
_NOVEL_BEFORE = re.compile(r"\b(?:the|a|an|our)\s+(?:novel|new)\s+$")


_PLAIN_MODIFIERS = VARIANT_MODIFIERS | {"linear", "nonlinear", "non-linear", "adaptive", "deep"}


def known_variant(name: str, lexicon: Lexicon) -> bool:
    """'Nonlinear Model Predictive Control', 'Adaptive Robust Kalman Filter': plain modifiers
    and a known algorithm, which a paper names as what it applies rather than coins."""
    words = phrase_key(name).split()
    while len(words) > 1 and words[0] in _PLAIN_MODIFIERS:
        words = words[1:]
        if defined_phrase(" ".join(words), lexicon.method_phrases):
            return True
    return False


def _established_long_form(long: str, lexicon: Lexicon) -> bool:
    """'We propose a Markov chain Monte Carlo (MCMC) scheme', 'a novel semi-supervised learning
    (SSL) method', 'formulate it as a linear complementarity problem (LCP)': the object is
    defined with the field's own term, a known algorithm, task or problem, not a coined name."""
    key = long.lower()
    return (defined_phrase(phrase_key(long), lexicon.method_phrases) or key in lexicon.tasks
            or long in lexicon.metrics or key in lexicon.metrics_folded  # "signal to noise ratio"
            or key in GENERIC_PHRASES or key.endswith((" problem", " problems")) or known_variant(long, lexicon)
            or is_known_method(long, lexicon))


# "presents the design and validation of a glove (SmartGlove)": what is designed is the object
# of the introducing verb, not something the paper builds on.
_DESIGN_OF = re.compile(r"^\s*(?:the\s+)?(?:[\w-]+\s+)?(?:design|development|implementation|"
                        r"construction|realization)(?:\s+and\s+(?:[\w-]+\s+)?[\w-]+)?\s+of\s+|"
                        # "propose the method of contrastive denoising (CD-CoT)": what the method is
                        r"^\s*(?:the|a|an)\s+(?:new\s+|novel\s+)?(?:method|technique|idea|concept|notion|"
                        r"paradigm)\s+of\s+",
                        re.IGNORECASE)
# Between an introducing verb and a name: words that make the name something the object uses
# or relates to ("a technique that leverages sparse photometric stereo (PS)").
# (not inside a hyphenated compound: "an end-to-end framework", "a 6 degree-of-freedom arm")
# ... or that call it established: "we further introduce the classical elastic weight consolidation
# (EWC)".
_NOT_THE_OBJECT = re.compile(r"(?<![\w-])(?:based on|built on|using|uses|with|by|from|via|of|over|than|"
                             r"into|between|and|for|on|to|that|which|leverag\w*|employ\w*|exploit\w*|"
                             r"utili[sz]\w*|adopt\w*|classical|classic|standard|conventional|traditional|"
                             r"well-known|popular|vanilla|off-the-shelf)(?![\w-])", re.IGNORECASE)


# Head nouns of a part of an architecture: "the Active Prediction Module", "a Multi-arm Decoder".
# A capitalised name ending in one is, in a paper that introduces something, one of its own
# parts (an existing part is written in lower case, "a transformer encoder", or is a known name).
_COMPONENT_HEADS = frozenset({"Module", "Modules", "Block", "Blocks", "Encoder", "Decoder", "Branch",
                              "Stack"})
_COMPONENT_SOURCES = ("titlecase", "acronym-long", "vocab-phrase")
# "by proposing ...", "our model consists of ...": the abstract describes something of its own.
_OWN_WORK = re.compile(r"\b(?:propos(?:e|es|ed|ing)|introduc(?:e|es|ing)|we (?:\w+ )?(?:present|design|"
                       r"develop|build)|our)\b", re.IGNORECASE)


def _component_name(name: str) -> bool:
    """'Position Prediction Module', 'Multi-arm Decoder': capitalised words before a component
    head; two words only when the first is coined ('Building Block', 'Transformer Encoder' are
    plain words)."""
    words = name.split()
    if words[-1] not in _COMPONENT_HEADS or not 2 <= len(words) <= 6 or \
            not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    return len(words) >= 3 or "-" in words[0] or is_name_shaped(words[0])


def component_names(text: str, cands: list[Candidate], lexicon: Lexicon) -> list[Coined]:
    """'two modules, the Glarp Prediction Module (GPM) and ...': the paper's own named parts,
    wherever the abstract names them (often in a list after "consists of")."""
    if not any(head in text for head in _COMPONENT_HEADS) or not _OWN_WORK.search(text):
        return []  # cheap test first
    found = []
    for cand in cands:
        if cand.source in _COMPONENT_SOURCES and _component_name(cand.text) and \
                not is_known_method(cand.text, lexicon) and \
                phrase_key(cand.text) not in lexicon.method_phrases and \
                fold(cand.text) not in lexicon.methods_folded:
            found.append(Coined(cand.start, cand.end, cand.text, False, 0.7, "component"))
    return found


# What the paper's own thing is made of ("which consists of", "comprising"), and the gap to the
# next part of the list.
# ("consisting of the following components: (i) a novel ...": a numbered list of the parts)
_LIST_MARK = r"(?:\(?(?:i{1,3}|iv|v|\d)\)\s*)?"
_MADE_OF = re.compile(r"\b(?:consist(?:s|ing)?\s+of|composed\s+of|compris(?:es|ing)|made\s+up\s+of|"
                      r"incorporat(?:es|ing)|contain(?:s|ing))\s+(?:the\s+following\s+(?:\w+\s+)?"
                      r"(?:components|parts|modules|elements)\s*:\s*)?" + _LIST_MARK +
                      r"(?:(?:a|an|the|two|three|four|novel|new)\s+)*$", re.IGNORECASE)
_NEXT_PART = re.compile(r"\s*\([^()]{1,20}\)(?:\s+[a-z]+){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + _LIST_MARK +
                        r"(?:(?:a|an|the|novel|new)\s+)*", re.IGNORECASE)


def composed_parts(text: str, cands: list[Candidate], lexicon: Lexicon) -> list[Coined]:
    """'we propose a holistic attention network (HAN), which consists of a layer attention module
    (LAM) and a channel-spatial attention module (CSAM)': the parts of the paper's own thing,
    each defined with an acronym, are its own named parts (not known ones: "a long short-term
    memory (LSTM)")."""
    if not _OWN_WORK.search(text):
        return []  # cheap test first
    found: list[Coined] = []
    previous = None
    for cand in cands:
        if cand.source != "acronym-long":
            continue
        listed = previous is not None and _NEXT_PART.fullmatch(text, previous.end, cand.start)
        if not listed:
            stop = text.rfind(". ", 0, cand.start)
            sentence = text[stop + 2 if stop >= 0 else 0:cand.start]
            listed = _MADE_OF.search(sentence) and _OWN_WORK.search(sentence)
        previous = None
        if listed and not (_established_long_form(cand.text, lexicon) or cand.partner in GENERIC or
                           is_known_method(cand.partner, lexicon) or
                           fold(cand.partner) in lexicon.methods_folded):
            found.append(Coined(cand.start, cand.end, cand.text, False, 0.7, "component"))
            previous = cand
    return found


# "a new sparse approximate posterior for GPs, MultiSVGP, constructed from ...": the verb's
# object, with its own "of"/"for" phrase, renamed by the name set off with a comma.
_OBJECT_WITH_PHRASE = re.compile(r"^\s*(?:a|an|the)\s+[\w\s-]{1,80}?\b(?:of|for|to|on)\s+[\w\s-]{1,40},\s*$")
# "proposes an algorithm for training SVMs: Blorp Minimal Descent, or BMD.": a colon after the
# object announces its name, with or without a phrase after the head noun.
_OBJECT_THEN_COLON = re.compile(r"^\s*(?:a|an|the)\s+[\w\s-]{1,80}?:\s*$")
# What the object uses or is compared with ("a model built on two encoders, namely ..."), and the
# words that relate it to something else, which "namely" overrides ("a framework via X, namely Y")
_USES_SOMETHING = (r"based|built|using|uses|than|such|including|existing|leverag\w*|employ\w*|"
                   r"exploit\w*|utili[sz]\w*|adopt\w*")
_NOT_A_RENAMING = re.compile(r"\b(?:" + _USES_SOMETHING + r"|with|by|from|via|and|or|that|which)\b",
                             re.IGNORECASE)
_USES_BEFORE_NAMELY = re.compile(r"\b(?:" + _USES_SOMETHING + r")\b", re.IGNORECASE)
# "we propose a novel X framework for Y, namely SDA-FAS,": one object phrase, then "namely" and
# its name.
_OBJECT_THEN_NAMELY = re.compile(r"^[^,;:()]{1,100},\s+namely,?\s+$", re.IGNORECASE)
_RENAMING_CLOSE = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,(?!\s*(?:and|or)\b)|\.|"
                             r",\s+or\s+[A-Z][\w-]*[A-Z][\w-]*\s*[.,;])")  # ", or BMD."


def _renamed_object(between: str, text: str, end: int) -> bool:
    """Between an introducing verb and a name, an object phrase ending in a comma, and the name
    closed by a comma or a full stop: the name is the object's, not something it relates to."""
    if _OBJECT_THEN_NAMELY.match(between):
        renaming = not _USES_BEFORE_NAMELY.search(between)
    else:
        renaming = bool(_OBJECT_WITH_PHRASE.match(between) or _OBJECT_THEN_COLON.match(between)) \
            and not _NOT_A_RENAMING.search(between)
    return renaming and bool(_RENAMING_CLOSE.match(text, end))


_PAIR_GAP = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s+and\s+(?:an?\s+|the\s+)?")


def _second_of_pair(text: str, first: Candidate, cands: list[Candidate],
                    lexicon: Lexicon) -> list[Coined]:
    """'we propose the Blorp Gradient (BG) and Flarp Rate (FR)': the introducing verb's object
    is a pair of names of the same kind; the second is coined as much as the first."""
    gap = _PAIR_GAP.match(text, first.end)
    if not gap:
        return []
    for cand in cands:
        if cand.start <= first.end or cand.source != first.source:
            continue
        if gap.end() != cand.start or is_known_method(cand.text, lexicon) or \
                cand.text in STOP_CAPITALS or (cand.source == "acronym-long"
                                               and _established_long_form(cand.text, lexicon)):
            return []
        return [Coined(cand.start, cand.end, cand.text, _data_context(text, cand.start, cand.end),
                       0.75, "intro-pair")]
    return []


# "proposes a PAC-Blorp bound": a name that qualifies a theoretical result is the theory's
# name, not something the paper builds.
_RESULT_AFTER = re.compile(r"\s+(?:bounds?|inequalit(?:y|ies)|theorems?|lemmas?)\b")
# The introducing verbs, and the forms whose subject is not "we" or "this paper": "we tackle
# this by proposing X", "our findings lead us to propose X", "we suggest X", "our key
# contribution is X".
_INTRODUCING = re.compile(cues.INTRODUCE_VERBS.pattern + r"|\b(?:by|us to)\s+(?:propos|introduc|present|"
                          r"develop|design)(?:e|es|ing)?\b|\bwe\s+(?:\w+\s+)?suggest(?:s|ed)?\b|"
                          r"\bour\s+(?:\w+\s+)?contributions?\s+(?:is|are|includes?)\b|"
                          # "we modify the avatar ..., introducing the X (ACR)": the participle
                          # goes on with the sentence's "we"
                          r"\bwe\s[^.;]{0,200}?,\s+(?:thereby\s+|further\s+|also\s+)?"
                          r"(?:introduc|propos|present|develop)ing\b",
                          re.IGNORECASE)


# ("Long-term Active Embodied QA (LA-EQA), a new task in which ...": what is posed, not built,
# unless it is also the data the paper releases: "CryptoBubbles, a novel ... task ..., and a
# dataset of")
_NEW_STUDIED_KIND = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + STUDIED_THING + r"\b")
# "We introduce credal two-sample testing, a new hypothesis testing framework", "Symplectic
# Gradient Adjustment (SGA), a new algorithm": the apposition says the name is new, so the
# paper's own, even when the abstract never repeats it
_NOVEL_APPOSED = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s*,\s*(?:a|an)\s+(?:\w+[- ]){0,3}?(?:novel|new)\b")
# The end of a lower-case phrase that describes (a plural of a generic head) or measures (a
# metric's head): "position-keeping strategies", "relative slot accuracy" are no method names.
_DESCRIPTION_END = re.compile(r"\b(?:strategies|methods|techniques|approaches|schemes|algorithms|"
                              r"policies|models|accuracy|score|error|rate|distance|metric|measure)$")


# "we describe a scalable algorithm, Zorbla, which ...": the kind, then one capitalised word set
# off by commas as its name.
_KIND_THEN_NAME = re.compile(r"^\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:algorithm|method|framework|"
                             r"model|system|toolkit|toolbox|library|approach|technique|language|"
                             r"tool|package|solver|planner|simulator),\s*$")
_KIND_APPOSED = re.compile(r"^\s*(?:a|an)\s+(?:new|novel)\s+(?:[\w-]+\s+){0,2}?(?:algorithm|method|"
                           r"framework|model|system|approach|technique|concept|architecture|"
                           r"scheme|strategy|paradigm)\s*(?:,|--?|–|—)\s*(?:the\s+)?[‘'\"“]?$")
_APPOSED_CLOSE = re.compile(r"[’'\"”]?\s*(?:,|--?|–|—)")
# "we collect a new dataset, Zorblax,": a plain capitalised word right after the data noun the
# paper introduces is that data set's name (a method's needs a shape: "a new model, Adam" is not)
_DATA_NOUN_ENDS = re.compile(r"\b(?:dataset|data set|benchmark|corpus)\s*[,:]?\s*$", re.IGNORECASE)


_PAREN_AFTER = re.compile(r"^\s*\([^()]{1,20}\)")
# "We propose Support Vector Machines, a very popular method": an apposition that calls the
# object established, or a measure rather than a method.
_ESTABLISHED_APPOSITION = re.compile(r"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:popular|well-known|"
                                     r"standard|classical|classic|conventional|existing|widely|"
                                     r"common|traditional|metric|measure|score|criterion)\b",
                                     re.IGNORECASE)


# "we propose a Blorp Attention module": the kind of thing named, right after the name.
_KIND_AFTER = re.compile(r"\s+(?:algorithm|method|module|mechanism|network|loss|framework|model|"
                         r"architecture|strategy|technique|scheme|block|layer|controller|planner|"
                         r"estimator)s?\b")
_NAMED_NEXT = re.compile(r"\s*[(,]?\s*(?:called|named|dubbed|termed)\b")
_ARTICLE_ONLY = re.compile(r"\s*(?:a|an|the)\s+(?:(?:novel|new|simple|general)\s+)?", re.IGNORECASE)


_NOT_A_NAMED_KIND = GENERIC_HEAD_NOUNS | frozenset({"theory"})


def _headed_object(cand: Candidate, between: str, text: str, lexicon: Lexicon) -> bool:
    """'we propose a Blorp Attention module', 'we develop the Flarp Policy Gradient algorithm':
    capitalised words between the introducing verb's article and the kind of thing it
    introduces are that thing's name (not a task the model addresses, 'a Visual Question
    Answering model', nor a theory it applies, 'a Mean Field Theory method')."""
    kind = _KIND_AFTER.match(text, cand.end)
    if not _ARTICLE_ONLY.fullmatch(between) or not kind or _NAMED_NEXT.match(text, kind.end()):
        return False  # "a Multiple Heads Student architecture (named BLORP)": BLORP is the name
    words = cand.text.split()
    return len(words) >= 2 and words[-1].lower() not in _NOT_A_NAMED_KIND and \
        not cues.TASK_TAIL.search(cand.text) and \
        not _established_long_form(cand.text, lexicon) and \
        fold(cand.text) not in lexicon.methods_folded


# A clause or a purpose that closes the introducing verb's object: "we propose Blorp Flarp
# Networks to ...", "we introduce Zorb Dialogs for ..." (an apposition is _proper_object's).
_OBJECT_CLOSED = re.compile(r"\s*(?:[.;:]|\s(?:for|to|that|which|in order)\b)")


def _bare_object(cand: Candidate, text: str, lexicon: Lexicon) -> bool:
    """'We introduce Intelligent Zorbing Dialogs for bounding box annotation': capitalised words
    right after the introducing verb, with no article and closed by a clause or a purpose, are
    what the verb introduces by name (not 'we present Monte Carlo simulations': a noun follows;
    nor a known method, a task or a generic phrase)."""
    words = cand.text.split()
    return len(words) >= 2 and bool(_OBJECT_CLOSED.match(text, cand.end)) and \
        words[-1].lower() not in GENERIC_HEAD_NOUNS and not cues.TASK_TAIL.search(cand.text) and \
        cand.text.lower() not in lexicon.tasks and not _established_long_form(cand.text, lexicon) and \
        fold(cand.text) not in lexicon.methods_folded


# The introducing verb's object ending in the kind of thing it is, a part's kind included: "a
# novel loss function ", "a multi-granularity reasoning module ".
_KIND_BEFORE_NAME = re.compile(r"^\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:framework|method|model|"
                               r"algorithm|approach|system|architecture|network|pipeline|toolkit|"
                               r"module|mechanism|loss|loss function|layer|block|strategy|scheme|"
                               r"technique|planner|controller|estimator|sampler|solver|optimizer)\s+$")
# ... also by a (LaTeX) dash before lower case: "X---a grid-based model", not "MJS--ExpResponse"
_DASH_AFTER = re.compile(r"-{2,3}(?=\s|[a-z])")
_NAME_CLOSED = re.compile(r"\s*(?:[.;,:]|(?:-{2,3}|\u2013|\u2014)(?=\s|[a-z])|\s(?:that|which|to|for)\b)")


def _named_after_kind(cand: Candidate, between: str, text: str, lexicon: Lexicon) -> bool:
    """'we propose a novel loss function Limited Zorb.', 'we develop a framework Zorp, which
    ...', 'a fusion module ZFM to ...': the capitalised or name-shaped words right after the
    kind that closes the introducing verb's object are that thing's name (the name ends the
    noun phrase: 'a model Zorb layer' is a description)."""
    if cand.source not in ("shape", "hyphcaps", "titlecase", "capword") or \
            not _KIND_BEFORE_NAME.search(between) or not _NAME_CLOSED.match(text, cand.end):
        return False
    if cand.source == "capword" and (cand.text in GENERIC or cand.text in STOP_CAPITALS or
                                     re.match(r"\s*,\s*[A-Z]", text[cand.end:])):
        return False  # "a novel approach Attend, Memorize and Generate": the first of a longer name
    return cand.text.lower() not in lexicon.tasks and not cues.TASK_TAIL.search(cand.text) and \
        cand.text.lower() not in GENERIC_PHRASES and not _established_long_form(cand.text, lexicon)


def _proper_object(cand: Candidate, text: str, cands: list[Candidate], lexicon: Lexicon) -> bool:
    """A capitalised phrase as an introducing verb's bare object, described by an apposition."""
    after = text[cand.end:cand.end + 80]
    paren = _PAREN_AFTER.match(after)
    if paren and any(c.start > cand.end and c.end <= cand.end + paren.end() for c in cands):
        return False  # "Blorp Control (BC-X), a ...": the acronym's own rule names the pair
    rest = after[paren.end():] if paren else after
    words = cand.text.split()
    if words[-1].isupper() and len(words) > 1:
        return False  # "Blorp Flarp Disentanglement BFD, a framework": an unbracketed acronym
    return bool(_APPOSITIVE_AFTER.match(rest)) and not _ESTABLISHED_APPOSITION.match(rest) and \
        phrase_key(cand.text) not in lexicon.method_phrases and \
        fold(cand.text) not in lexicon.methods_folded


# "we propose (i) Blorp Rejection (BR) to ..., and (ii) Flarp Camera (FC) to ...": the markers
# of an enumeration that the introducing verb governs; each item is one contribution.
# (or "we introduce three techniques: (1) ..."; a short object phrase closed by a colon)
_ENUM_LEAD = re.compile(r"\s+(?:(?:[\w-]+\s+){0,5}?[\w-]+:\s*)?")
# (not "(ii) the Blorp Infomax (BI) loss": the article marks a known thing the paper uses)
_ENUM_MARKER = re.compile(r"(?:\(|(?<=\s))(?:i{1,3}|iv|v|vi|[1-6]|[a-f])\)\s+(?:an?\s+)?")


def enumerated_names(text: str, verb_end: int, cands: list[Candidate],
                     lexicon: Lexicon) -> list[Coined]:
    """The names that open the items of an enumeration right after an introducing verb."""
    lead = _ENUM_LEAD.match(text, verb_end)
    first = _ENUM_MARKER.match(text, lead.end()) if lead else None
    if not first:
        return []
    starts = {m.end() for m in _ENUM_MARKER.finditer(text, verb_end, _sentence_end(text, verb_end))}
    return [Coined(c.start, c.end, c.text, _data_context(text, c.start, c.end), 0.75, "intro-enum")
            for c in cands if c.start in starts and c.source in ("shape", "acronym-long", "acronym-short")
            and not is_known_method(c.text, lexicon) and c.text not in STOP_CAPITALS
            and phrase_key(c.text) not in lexicon.method_phrases]


# "... by proposing an algorithm that constructs sparse blorp (SB) models. SB chooses ...": an
# acronym defined in the sentence that introduces the paper's work, then the subject of a later
# sentence, is what the paper introduced (a method it uses is defined, but not the actor after).
_SUBJECT_AFTER = re.compile(r"(?:^|[.;]\s+)(?:[Tt]he\s+)?{}(?:\s+(?:algorithm|method|model|framework|"
                            r"system|approach))?\s+(?:[a-z]+ly\s+)?(?:[a-z]+s|can|is|outperforms)\b")


def _own_acronym(short: str, long: str, text: str, after: int, lexicon: Lexicon) -> bool:
    """'a generalization of belief propagation, Kernel Belief Propagation (KBP)' + 'KBP makes
    ...', 'a Neural Tensor Network (NeurTN)' + 'NeurTN combines ...': an established term (or a
    variant of one) that the introducing sentence gives an acronym of its own, which a later
    sentence then has as its subject, is what the paper built (a method it applies keeps the
    field's acronym: 'Model Predictive Control (MPC)'; a task or problem is never a method)."""
    if is_known_method(short, lexicon) or short in lexicon.generic or short in STOP_CAPITALS or \
            lexicon.method_phrases.get(phrase_key(long)) == short or long.lower() in lexicon.tasks or \
            cues.TASK_TAIL.search(long) or long.lower().endswith(("problem", "problems")):
        return False
    later = re.compile(_SUBJECT_AFTER.pattern.format(re.escape(short)))
    return later.search(text, _sentence_end(text, after)) is not None or \
        _DESCRIBED_AS_METHOD.match(text, after) is not None


# "We introduce Deep Canonical Correlation Analysis (DCCA), a method to learn ...": the
# introduced object, described as a method in apposition, is the paper's own
_DESCRIBED_AS_METHOD = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s+an?\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?:method|algorithm|approach|framework|model|technique)\b")


# What the introducing sentence studies rather than builds ("an analysis of the recurrent
# backpropagation (RBP) algorithm", "the novel task of Referring Zorb Regions (RZR)"); a citation
# after the definition is someone else's work too.
_STUDIED_BETWEEN = re.compile(r"\b(?:analysis|study|evaluation|application|task|problem|setting|"
                              r"diagnos[ie]s|detection|identification|treatment)\s+of\b",
                              re.IGNORECASE)


def subject_acronyms(text: str, cands: list[Candidate], lexicon: Lexicon,
                     background: set[str]) -> list[Coined]:
    """Acronyms that the introducing sentence defines and a later sentence has as its subject."""
    found = []
    for cand in cands:
        if cand.source != "acronym-short" or is_known_method(cand.text, lexicon) or \
                cand.text in background or cand.text in STOP_CAPITALS or not cand.partner or \
                cand.partner.lower() in lexicon.tasks or _established_long_form(cand.partner, lexicon) \
                and not _own_acronym(cand.text, cand.partner, text, cand.end, lexicon):
            continue  # (a task the paper addresses, or a known method: "mean field theory (MFT)")
        start = text.rfind(". ", 0, cand.start) + 1
        intro = _INTRODUCING.search(text, start, cand.start)
        if not intro or _PROBLEM_AFTER.match(text, cand.end + (text[cand.end:cand.end + 1] == ")")):
            continue
        if _STUDIED_BETWEEN.search(text, intro.end(), cand.start) or \
                cues.CITATION_AFTER.match(text, cand.end + (text[cand.end:cand.end + 1] == ")")):
            continue
        later = re.compile(_SUBJECT_AFTER.pattern.format(re.escape(cand.text)))
        if later.search(text, _sentence_end(text, cand.end)):
            found.append(Coined(cand.start, cand.end, cand.text,
                                _data_context(text, cand.start, cand.end), 0.7, "intro-subject"))
    return found


# "a Blorp Extraction system called BX", "the Blorp Target (BT) task": what follows the name
# shows it is the description of something named next, or a problem rather than a method.
NAMED_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:called|named|dubbed|termed)\b")


# "We have introduced an extension to X and presented a clustering algorithm Blorp-X": a verb
# coordinated with an introducing verb shares its subject, so it introduces too (its past form
# alone, "results are analysed and presented", does not).
_COORDINATED_VERB = re.compile(r"\band\s+(?:then\s+|also\s+)?(?:present|propos|introduc|develop|design|"
                               r"devis)(?:e|es|ed|ing)?\b", re.IGNORECASE)


def _introducing_verbs(text: str) -> list[re.Match]:
    """The introducing verbs, and the verbs coordinated with one later in its sentence."""
    verbs = list(_INTRODUCING.finditer(text))
    extra = {c.end(): c for m in verbs
             for c in _COORDINATED_VERB.finditer(text, m.end(), _sentence_end(text, m.end()))}
    if not extra:
        return verbs
    for m in verbs:
        extra.pop(m.end(), None)
    return sorted(verbs + list(extra.values()), key=lambda m: m.start())


# "we propose two methods: Blorp Search (BS) and Flarp Sampling", "we introduce two strategies,
# Self-Blorp and Self-Flarp,": a counted plural kind as the introducing verb's object, then a
# colon, a comma or "namely" and the list of its members.
_COUNT_WORD = re.compile(r"\b(?:two|three|four|several)\s+")
# ("we introduce and release two new datasets - ...": the last verb before the count)
_COUNTING_VERB = re.compile(r"\b(?:propos|present|introduc|develop|design|releas|construct|creat|"
                            r"curat|collect)(?:e|es|ed|ing)?\s+$", re.IGNORECASE)
_COUNTED_KINDS = re.compile(
    r"(?:new\s+|novel\s+)?(?:[\w-]+\s+){0,2}?" + _PLURAL_KINDS + r"\s*(?:[,:]|--|—|–|-(?=\s))?\s*"
    r"(?:namely,?\s+|i\.e\.,?\s+|viz\.,?\s+|called\s+|named\s+)?"
    r"(?:the\s+)?(?:\(?(?:i|1|a)\)\s*)?", re.IGNORECASE)
_COUNTED_DATA = re.compile(r"\b(?:datasets|benchmarks|corpora)\b")
# between two members: their acronyms, then a comma or "and", and the next member's marker
_MEMBER_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?[’']?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
                         r"(?:the\s+)?(?:\(?(?:ii|iii|iv|2|3|4|b|c|d)\)\s*)?")
_MEMBER_SOURCES = ("shape", "acronym-long", "acronym-short", "titlecase", "hyphcaps")


def counted_members(text: str, cands: list[Candidate], lexicon: Lexicon) -> list[Coined]:
    """The names that a counted list of the paper's own methods enumerates."""
    found: list[Coined] = []
    by_start: dict[int, Candidate] = {}
    for count in _COUNT_WORD.finditer(text):  # (anchored on the count: cheaper than a text scan)
        lead = _COUNTED_KINDS.match(text, count.end())
        if not lead or not _COUNTING_VERB.search(text, max(0, count.start() - 16), count.start()):
            continue
        by_start = by_start or {c.start: c for c in cands if c.source in _MEMBER_SOURCES}
        members, pos = [], lead.end()
        while pos in by_start:
            members.append(by_start[pos])
            gap = _MEMBER_GAP.match(text, members[-1].end)
            if not gap:
                break
            pos = gap.end()
        if len(members) < 2:
            continue  # one capitalised word after the list's lead is no list of names
        data = _COUNTED_DATA.search(lead.group())  # "two new datasets: A and B"
        for cand in members:
            if not is_known_method(cand.text, lexicon) and cand.text not in STOP_CAPITALS and \
                    phrase_key(cand.text) not in lexicon.method_phrases:
                found.append(Coined(cand.start, cand.end, cand.text,
                                    bool(data) or _data_context(text, cand.start, cand.end), 0.75,
                                    "intro-members",
                                    data.group().startswith("bench") if data else None))
    return found


def _own_apposition(text: str, start: int) -> bool:
    """'the resulting method–Blorp Sampling (BS)–offers', 'the proposed framework (ZNet)'."""
    match = _THE_OWN_APPOSITION.search(text, max(0, start - 60), start)
    return match is not None and not _OPENING_PHRASE_END.search(
        text, max(0, match.start() - 20), match.start())


# After "our"/"the proposed" + capitalised words: the name acts or is evaluated, or a kind of
# thing it is follows ("our Blorp Planner achieves ...", "the proposed Zorbnet outperforms ...").
_ACTS = r"(?:[a-z]+ly\s+)?(?:[a-z]+[^s\W]s|can|is|are|has|achieves|outperforms)\b"
_ACTS_AFTER = re.compile(r"\s+" + _ACTS + r"|\s*,\s+(?:which|a|an)\b")


_ACTS_AFTER_COMMA = re.compile(r"\s*,\s+" + _ACTS)  # "Our approach, Blorp, has ..."


def _acting_capword(cand: Candidate, text: str, lexicon: Lexicon) -> bool:
    """'the proposed system Qin achieves ...': one capitalised word in apposition to the paper's
    own kind of thing is its name when it acts next (not 'our model Transformer layers')."""
    return (cand.source == "capword" and cand.text not in GENERIC and cand.text not in STOP_CAPITALS
            and cand.text.lower() not in GENERIC_PHRASES and cand.text.lower() not in lexicon.tasks
            and bool(_ACTS_AFTER.match(text, cand.end) or _ACTS_AFTER_COMMA.match(text, cand.end)))


def _our_capitalised(cand: Candidate, text: str, lexicon: Lexicon) -> bool:
    """'our Blorp Planner achieves ...', 'the proposed Zorbnet outperforms ...': capitalised words
    that "our" or "the proposed" marks as the paper's own, when the name acts, is a kind of
    thing or is glossed next (not 'our Supplementary Material', nor a task: 'our Visual Question
    Answering model')."""
    if cand.source not in ("titlecase", "capword"):
        return False
    words = cand.text.split()
    if cand.source == "capword" and (cand.text in GENERIC or cand.text.lower() in GENERIC_PHRASES or
                                     cand.text in STOP_CAPITALS or cand.text.lower() in lexicon.tasks):
        return False
    if words[-1].lower() in GENERIC_HEAD_NOUNS or cues.TASK_TAIL.search(cand.text) or \
            cand.text.lower() in lexicon.tasks or _established_long_form(cand.text, lexicon):
        return False
    if cand.source == "capword":  # one word: "the proposed Bayesian evidence framework" is no name
        return bool(_ACTS_AFTER.match(text, cand.end))
    return bool(_ACTS_AFTER.match(text, cand.end) or _KIND_AFTER.match(text, cand.end) or
                text.endswith("proposed ", 0, cand.start) and not re.match(r"\s+[a-z(]",
                                                                            text[cand.end:]))


def _named_namely(text: str, verb: re.Match, lexicon: Lexicon) -> Coined | None:
    """'we propose a Unified Attack Detection framework based on VLMs, namely UniAttackDetection,
    which ...': "namely" gives the name of what the verb introduces (not a list's members, "two
    datasets, namely A, B and C", nor one of the things a plural noun before it counts, "a model
    built on two encoders, namely ZorbEnc")."""
    if not _PROPOSE_VERB.search(verb.group()):
        return None
    namely = _NAMELY_NAME.search(text, verb.end(), _sentence_end(text, verb.end()))
    if not namely or is_known_method(namely.group(1), lexicon) or \
            _NAMELY_LIST_AFTER.match(text, namely.end(1)) or \
            _PLURAL_NOUN_BEFORE.search(text, verb.end(), namely.start()):
        return None
    return Coined(namely.start(1), namely.end(1), namely.group(1),
                  _data_context(text, namely.start(1), namely.end(1)), 0.8, "namely")


def coined_in_abstract(text: str, cands: list[Candidate], lexicon: Lexicon,
                       title: str, background: set[str] | None = None) -> list[Coined]:
    named = named_after_cue(text, cands)
    by_span = {(c.start, c.end): c for c in cands}
    for coined in list(named):  # "two attentions named Blorp Attention (BA) and Zorb Attention (ZA)"
        if (coined.start, coined.end) in by_span:
            named += _second_of_pair(text, by_span[coined.start, coined.end], cands, lexicon)
    found: list[Coined] = named + lowercase_named(text, lexicon, cands) + \
        component_names(text, cands, lexicon) + counted_members(text, cands, lexicon) + \
        composed_parts(text, cands, lexicon)
    title_folded = fold(title)
    named_namely = []  # (kept after the stronger rules' names, which they may repeat)
    for match in _introducing_verbs(text):
        if " namely" in text and (namely := _named_namely(text, match, lexicon)):
            named_namely.append(namely)
        # "We propose Detic, which ...": a plain capitalised word right after the verb, closed by
        # a clause, is the name of what the paper introduces.
        word = _CAPWORD_AFTER.match(text, match.end())
        if word and _PROPOSE_VERB.search(match.group()):
            name = word.group(1)
            if name not in STOP_CAPITALS and name not in GENERIC and not is_known_method(name, lexicon) \
                    and name.lower() not in GENERIC_PHRASES:
                found.append(Coined(word.start(1), word.end(1), name,
                                    _data_context(text, word.start(1), word.end(1)), 0.75, "intro-word"))
        found.extend(enumerated_names(text, match.end(), cands, lexicon))
        window_end = min(len(text), match.end() + _INTRO_WINDOW)
        clause_end = text.find(". ", match.end())
        window_end = min(window_end, clause_end if clause_end > 0 else len(text))
        for cand in cands:
            if not (match.end() <= cand.start < window_end):
                continue
            if is_known_method(cand.text, lexicon) or cand.text in STOP_CAPITALS or \
                    _RESULT_AFTER.match(text, cand.end) or cues.POSSESSIVE_AFTER.match(text, cand.end):
                continue  # (... or the owner of what is introduced: "we introduce DLR's wheelchair")
            past_bracket = cand.end + (text[cand.end:cand.end + 1] == ")")
            if NAMED_AFTER.match(text, cand.end) or _PROBLEM_AFTER.match(text, past_bracket) or \
                    cues.BASED_AFTER.match(text, past_bracket):
                continue  # "a Blorp Extraction system called BX": the description, not the name
            if text[cand.end:cand.end + 1] == "-" and text[cand.end + 1:cand.end + 2] != ">" and \
                    not _DASH_AFTER.match(text, cand.end):  # "X---a new model": a (LaTeX) dash
                continue  # "the BX-driven robot arm Flarp": a modifier of the object, not its name
            between = _DESIGN_OF.sub("", text[match.end():cand.start], count=1)
            if _NOT_THE_OBJECT.search(_joined_adjectives(between)) and not cues.NAMING.search(text[:cand.start]) \
                    and not _renamed_object(between, text, cand.end):
                continue
            if cand.source in ("acronym-long", "acronym-short"):
                cand = _extended_definition(cand, cands, clause_end if clause_end > 0 else len(text))
                long, short = ((cand.text, cand.partner) if cand.source == "acronym-long"
                               else (cand.partner, cand.text))
                if (not _established_long_form(long, lexicon) or
                        _own_acronym(short, long, text, cand.end, lexicon)) and \
                        phrase_key(long) not in lexicon.tasks:  # "a task-and-motion planning (TAMP) algorithm"
                    found.append(Coined(cand.start, cand.end, cand.text,
                                        _data_context(text, cand.start, cand.end), 0.8,
                                        "intro-acronym"))
                    found.extend(_second_of_pair(text, cand, cands, lexicon))
                break
            # "introduces Blorp Learner (BL), an algorithm for ...": a capitalised phrase as the
            # verb's bare object, which an apposition then describes, is a proper name
            proper = cand.source == "titlecase" and (between.strip() in ("", "the") and (_proper_object(
                cand, text, cands, lexicon) or _bare_object(cand, text, lexicon)) or
                _headed_object(cand, between, text, lexicon))
            shaped = proper or cand.source in ("shape", "acronym-long", "acronym-short") or (
                # (not "a Convolutional Neural Network" of a title that capitalises the field's term)
                cand.source == "titlecase" and fold(cand.text) in title_folded and
                cand.text.lower() not in GENERIC_PHRASES) or (
                cand.source == "capword" and (_DATA_NOUN_ENDS.search(between) or
                                              _KIND_THEN_NAME.match(between) and
                                              text.startswith(",", cand.end) and
                                              not cand.text.endswith(cues.ADJECTIVE_ENDS))) or (
                cand.source.startswith("vocab") and is_name_shaped(cand.text))
            named = bool(cues.NAMING.search(text[max(0, cand.start - 30):cand.start]))
            appositive = bool(_APPOSITIVE_AFTER.match(text[cand.end:cand.end + 60]))
            direct = not between.strip() or re.fullmatch(r"\s*(?:a|an|the)?\s*", between) is not None
            bracketed = between.rstrip().endswith("(") and cand.source == "shape"  # "a novel X framework (NAME)"
            renamed = bool(_RENAMING_END.search(between))  # "a novel reasoning model, the NC-BERT,"
            # "a tensor decomposition based framework KBTD": the name right after the head noun
            headed = cand.source == "shape" and bool(_HEAD_BEFORE_NAME.search(between))
            # "we introduce the computationally efficient ACB algorithm": praise between the verb
            # and a coined name its method noun follows
            # (a name written before is a field's or a rival's: "learning to optimize (L2O) ...
            # a novel L2O model")
            described = cand.source == "shape" and bool(_PRAISED.fullmatch(between)) and \
                bool(_OWN_METHOD_NOUN.match(text, cand.end)) and cand.text not in text[:match.start()] \
                and not is_known_method(cand.text, lexicon) and "+" not in cand.text
            # "we propose Contrastive-Probe, a novel probing approach": capitalised words joined
            # by hyphens, which an apposition describes
            joined = cand.source == "hyphcaps" and appositive and direct
            # "we propose a novel algorithm, Zorbic Velocity Search, for ...", "a new concept —
            # the 'Reciprocal Velocity Obstacle' — for ...": Title-Case words set off after the
            # kind of thing introduced are its name (one with a short form in brackets after it
            # is the other rules' to read; spaced letters, "M M P B O O S T", are no words)
            apposed = cand.source == "titlecase" and bool(_KIND_APPOSED.match(between)) and \
                bool(_APPOSED_CLOSE.match(text, cand.end)) and " " in cand.text and \
                all(len(word) > 1 for word in cand.text.split()) and \
                not cues.TASK_TAIL.search(cand.text) and cand.text.lower() not in GENERIC_PHRASES \
                and cand.text.lower() not in lexicon.tasks
            if named or _named_after_kind(cand, between, text, lexicon) or joined or apposed or (
                    shaped and (appositive or direct or bracketed or renamed or headed or described
                                or between.rstrip().endswith(","))):
                found.append(Coined(cand.start, cand.end, cand.text,
                                    _data_context(text, cand.start, cand.end),
                                    0.9 if named else 0.8, "intro"))
                found.extend(_second_of_pair(text, cand, cands, lexicon))
                break
    # "The method is referred to as group blorp factorization (GBF)": the paper's own method,
    # named with an acronym, without an introducing verb in the sentence.
    for cand in cands:
        if cand.source == "acronym-long" and not is_known_method(cand.text, lexicon):
            before = text[max(0, cand.start - 80):cand.start]
            cue = _SELF_NAMING_BEFORE.search(before)
            if cue and _SELF_SUBJECT.match(re.split(r"[.;]\s", before[:cue.start()])[-1]):
                found.append(Coined(cand.start, cand.end, cand.text,
                                    _data_context(text, cand.start, cand.end), 0.8, "self-named"))
    # "resulting in our ToolX (TX) model", "our proposed FooNet": the paper's own names.
    if background is None:
        background = background_names(text, cands)
    found.extend(subject_acronyms(text, cands, lexicon, background))
    for cand in cands:
        if _OUR.search(text[max(0, cand.start - 25):cand.start]) and (
                cand.source in ("shape", "acronym-long", "acronym-short") or
                _our_capitalised(cand, text, lexicon)) and \
                not is_known_method(cand.text, lexicon) and cand.text not in background and \
                not cues.BASED_AFTER.match(text, cand.end):  # "the proposed QP-based controller"
            first, _, rest = cand.text.partition(" ")
            # "Our English CMLM model", "our new Chinese DT-QDC dataset": the language's version
            # of the name, which is the name
            start = cand.start + len(first) + 1 if rest and first in cues.LANGUAGES else cand.start
            found.append(Coined(start, cand.end, text[start:cand.end],
                                _data_context(text, start, cand.end), 0.75, "our"))
    for cand in cands:
        if (cand.source in ("shape", "acronym-short", "acronym-long", "titlecase") or
                _acting_capword(cand, text, lexicon)) and (
                _OUR_APPOSITION.search(text[max(0, cand.start - 60):cand.start]) or
                _own_apposition(text, cand.start)) and \
                not is_known_method(cand.text, lexicon):
            found.append(Coined(cand.start, cand.end, cand.text, False, 0.8, "our-apposition"))
        elif cand.source in ("shape", "acronym-short", "acronym-long", "titlecase") and \
                _OUR_DATA_APPOSITION.search(text, max(0, cand.start - 60), cand.start):
            found.append(Coined(cand.start, cand.end, cand.text, True, 0.8, "our-data"))
        elif cand.source in ("shape", "acronym-short", "acronym-long") and \
                _OUR_PHRASE_APPOSITION.search(text[max(0, cand.start - 80):cand.start]) and \
                _APPOSITION_CLOSE.match(text, cand.end) and not is_known_method(cand.text, lexicon):
            found.append(Coined(cand.start, cand.end, cand.text, False, 0.75, "our-apposition"))
    # "Recurrent Bilinear Optimization is proposed", "(w-OGSPs) is proposed": a name the passive
    # introduces (present tense: "X was proposed in 2015" is background).
    passive = any(verb in text for verb in _PASSIVE_VERBS) and _ANY_PASSIVE.search(text) is not None
    long_starts = {c.partner: c.start for c in cands if c.source == "acronym-long"} if passive else {}
    for cand in cands if passive else ():
        if not (cand.source in ("shape", "acronym-short", "acronym-long") or (
                cand.source == "titlecase" and fold(cand.text) in title_folded)):
            continue
        intro = _PASSIVE_INTRO.match(text, cand.end)
        if intro and intro.group("designed") and cand.source not in ("acronym-short", "acronym-long"):
            continue  # "designed to" describes any system; only a name defined here is coined by it
        if not intro or is_known_method(cand.text, lexicon) or \
                cand.text in background or cand.text in STOP_CAPITALS or any(
                    defined_phrase(phrase_key(n), lexicon.method_phrases)
                    or fold(n) in lexicon.methods_folded for n in (cand.text, cand.partner) if n):
            continue  # "an Extended Kalman Filter (EKF) is proposed": a known algorithm
        start = long_starts.get(cand.text, cand.start) if cand.source == "acronym-short" else cand.start
        before = text[max(0, start - 30):start]
        if _PREPOSITION_BEFORE.search(before) and not _MEMBER_OF.search(before):
            continue  # "a method for graph convolution network (GCN) is proposed": GCN is no subject
        if any(o.end <= start and _LIST_GAP.fullmatch(text, o.end, start) for o in cands):
            continue  # "MCMC, SAS and AIS are developed": a list of background names
        if any(cues.TASK_TAIL.search(n) for n in (cand.text, cand.partner) if n):
            continue  # "a scheme to DOA estimation and Source Activity Detection (SAD) is proposed"
        found.append(Coined(cand.start, cand.end, cand.text,
                            _data_context(text, cand.start, cand.end), 0.75, "passive"))
    # "including the novel adaptive contrastive estimation (ACE) bound": a definition that
    # "novel"/"new" marks as the paper's own, wherever the introducing verb stands.
    for cand in cands:
        if cand.source == "acronym-long" and _NOVEL_BEFORE.search(text, max(0, cand.start - 20), cand.start) \
                and cand.text.lower() not in lexicon.tasks and not _PROBLEM_AFTER.match(text, cand.end) \
                and not cues.BASED_AFTER.match(text, cand.end) \
                and not is_known_method(cand.text, lexicon) \
                and phrase_key(cand.text) not in lexicon.method_phrases \
                and _extended_definition(cand, cands, _sentence_end(text, cand.end)) is cand:
            # (its acronym may be taken by a known method; "a novel ICP (ICP) variant, NP-ICP
            # (NPICP)" coins the later, extended name)
            found.append(Coined(cand.start, cand.end, cand.text,
                                _data_context(text, cand.start, cand.end), 0.75, "novel-acronym"))
    # "X, a novel framework for ..." anywhere ("Symplectic Gradient Adjustment (SGA), a new
    # algorithm for ...": its short form in brackets between).
    for cand in cands:
        if cand.source in ("shape", "acronym-short", "acronym-long") and \
                (apposed := _NOVEL_APPOSED.match(text[cand.end:cand.end + 70])) and \
                not is_known_method(cand.text, lexicon):
            data = _data_context(text, cand.start, cand.end)
            if data or not _NEW_STUDIED_KIND.match(text, cand.end + apposed.end()):
                found.append(Coined(cand.start, cand.end, cand.text, data, 0.8, "appositive"))
    found.extend(named_namely)
    # "... and develop Turbo, a simple constraint solver": an introducing verb, whatever its
    # subject, with a capitalised word that an apposition then describes.
    for match in _VERB_WORD_APPOSITION.finditer(text):
        name = match.group(1)
        if name not in STOP_CAPITALS and name not in GENERIC and not is_known_method(name, lexicon) \
                and name.lower() not in GENERIC_PHRASES and name not in background:
            found.append(Coined(match.start(1), match.end(1), name,
                                _data_context(text, match.start(1), match.end(1)), 0.75, "intro-word"))
    # "propose procedure cloning, which ...", "introduce reward sketching: an effective way":
    # a lower-case coined phrase that recurs.
    for match in re.finditer(r"\b[Ww]e (?:propose|introduce|present)\s+([a-z][a-z-]+(?: [a-z][a-z-]+){1,2})"
                             r"(?=\s*(?:,|\(|\.|:| which| that| to))", text):
        phrase = match.group(1)
        if phrase.split()[0] in {"a", "an", "the", "to", "two", "three", "this", "that", "novel",
                                 "new", "our", "several", "methods", "techniques"}:
            continue
        if _DESCRIPTION_END.search(phrase):
            continue  # "we propose position-keeping strategies", "we propose relative slot accuracy"
        if text.lower().count(phrase) >= 2 or phrase in title.lower() or \
                _NOVEL_APPOSED.match(text, match.end(1)):
            found.append(Coined(match.start(1), match.end(1), phrase, False, 0.7, "recurring-phrase"))
    tasks = {f.text for f in found if _NEW_TASK_BEFORE.search(text, max(0, f.start - 60), f.start)}
    if not tasks:
        return found
    tasks |= {c.partner for c in cands if c.partner and c.text in tasks}  # and their acronyms
    return [f for f in found if f.text not in tasks]
