"""The classifier's data set and benchmark steps: a name is data when a vocabulary knows it (in a
context that fits), when a data noun heads or introduces it, or when it is scored on. Each step
takes a ``Context`` and returns a Label, REJECT, or None for "no opinion" (kg.extract.classify
runs them in order, between the method steps)."""

from __future__ import annotations

import re

from kg.extract import cues
from kg.extract.abbreviations import match_initials
from kg.extract.candidates import STOP_CAPITALS
from kg.extract.families import MODEL_FAMILY, family_named
from kg.extract.labels import REJECT, Context, Label, Verdict
from kg.extract.lexicon import GENERIC_PHRASES, Lexicon, dataset_entry, defined_phrase, phrase_key
from kg.extract.shapes import DATA_VERSION, expand_shorthand, has_inner_capital, is_acronym

_DATA_SHAPED = re.compile(r"(?:[a-z]QA\b|QA-|\wBench\b|Bench-|-Bench\b|Eval\b|Arena\b|-Hard\b|\bHard$)")
# "NP-Hard", "PSPACE-complete": complexity classes, shaped like "BBH-Hard" but never data
_COMPLEXITY_CLASS = re.compile(r"^(?:NP|P|PSPACE|EXPTIME|#P|APX|PPAD|W\[\d\])-(?:[Hh]ard|[Cc]omplete)$")
# "the KITTI odometry benchmark", "the nuScenes autonomous driving dataset"
# (not a name the run of words sets apart: "train GCNs over large graph datasets", "the SGG tasks
# over large-scale benchmark datasets")
_DATA_AFTER_WORD = re.compile(r"(?:\s+(?!(?:for|each|every|the|and|or|with|on|in|of|from|per|its|"
                              r"their|this|that|these|to|as|by|any|all|our|new|one|two|three|over|"
                              r"across|under|at|into|using|via|than|tasks?|models?|methods?|approaches)\b)"
                              r"[a-z][a-z-]{2,}){1,3}\s+(benchmarks?|datasets?|data\s+sets?|databases|corpus|corpora)\b")
# "on Foo-256 [15], Bar [32] and ...": a numbered reference after a member leaves the list going
_CITED = r"(?:\s*\[\d+(?:\s*[,\u2013-]\s*\d+)*\])?"
# A known but ambiguous data set's name ("PIE", "Spider", "Reddit") right after a data noun:
# "two benchmarks, PIE and ...", "benchmarks (MSCOCO and ...", "the Text-to-SQL benchmark Spider".
# ... "two benchmarks: the BioASQ and ...", "the histopathology datasets Foo and Bar"
# "datasets with pose annotation (Foo, Bar, ...)", "a large dataset of 30k scenes (Foo)": the
# bracket after a data noun and its qualifier names the data set(s) it describes
_QUALIFIED_DATA_BRACKET = (r"\b(?:datasets?|data\s?sets?|benchmarks?|corpus|corpora)\s+(?:with|of|from|containing)\s+"
                           r"[^().;,:]{1,50}\(\s*(?:(?:i\.e\.|e\.g\.),?\s*)?")
_NAMING_DATA_NOUN = (r"\b(?:datasets?|data\s?sets?|benchmarks?|corpus|corpora)\s*,?\s+(?:which\s+(?:is|are|we)\s+)?"
                     r"(?:named|called|dubbed|termed|coined)\s*,?\s*(?:as\s+)?\(?\s*")
# ("three datasets - Foo, Bar and Baz": a dash opens the list as a colon does)
_DATA_NOUN_BEFORE = re.compile(r"(?:\b(?:datasets|data\s?sets|benchmarks|corpora)\s*(?:[(,:]|\s[-\u2013\u2014])\s*"
                               r"(?:(?:i\.e\.|e\.g\.),?\s*)?(?:the\s+)?|"
                               # "three public datasets that differ in complexity: CK+, ..."
                               r"\b(?:datasets|data\s?sets|benchmarks|corpora)\s+"
                               r"(?:that|which|with|from|of|in|across|covering)\s[^.:;()]{1,60}:\s*"
                               r"(?:the\s+)?"
                               r"(?:[\w.+-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*|"
                               # ("we benchmark Foo on ...", "to benchmark Foo": the verb, no data noun)
                               r"(?<!\bwe )(?<!\bWe )(?<!\bto )\b(?:dataset|benchmark|corpus|"
                               r"datasets|benchmarks|corpora)\s+[\"“‘']?|"  # (a quote may open the name)
                               r"\b(?:task|dataset|benchmark)\s*\(\s*(?:(?:i\.e\.|e\.g\.),?\s*)?|"  # "a face verification task (LFW)"
                               # "two datasets named Foo40 and Foo1600", "a corpus called (LIVE)"
                               + _NAMING_DATA_NOUN + "|" + _QUALIFIED_DATA_BRACKET + r")$",
                               re.IGNORECASE)
# A list a plural data noun leads, down to any member: "three datasets (Foo, Newsroom and Bar)",
# "two new benchmarks on Zorb Retrieval: Foo-Story and Foo-Meet", "datasets named Foo40 and
# Foo1600": the lead speaks for every member, also past members no other rule recognises
_PLURAL_DATA_NOUN = r"\b(?i:datasets|data\s?sets|databases|benchmarks|corpora)"
_DATA_QUALIFIER = r"\s+(?:on|of|for|in|from|with|containing)\s+[^.;:()]{1,50}?"
_MEMBERS_SO_FAR = (r"(?:(?:[A-Z]|\d+[A-Za-z])[\w.+/&-]*(?: [A-Z0-9][\w.+/&-]*){0,2}"
                   + _CITED + r"(?:\s*\([^()]{1,30}\))?(?:,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?))*$")
_LISTED_SO_FAR = r"\s*,?\s*(?:the\s+)?" + _MEMBERS_SO_FAR
_LED_DATA_LIST = re.compile(
    _PLURAL_DATA_NOUN + "(?:" + _DATA_QUALIFIER + ")?"
    r"(?:\s*[:(](?:\s*(?i:i\.e\.|e\.g\.),?)?|\s[-\u2013\u2014]|,?\s*(?i:such as|including|namely|e\.g\.|i\.e\.)|"
    r"\s+(?:named|called|dubbed|termed))"  # ("benchmarks (i.e. Foo, Bar and ...")
    + _LISTED_SO_FAR)
# "multimodal benchmarks of MMBench, SEEDBench and ...": a plural data noun's "of" right before
# names lists them too (read for coined and known names only: not "datasets of Social Networks,
# Small Molecules")
_DATA_OF_LIST = re.compile(_PLURAL_DATA_NOUN + r"\s+of\s+(?:the\s+)?(?P<members>" +
                           _MEMBERS_SO_FAR + ")")
_THE_BEFORE = re.compile(r"\bthe\s+$")  # a name, not a description ("A Multi-Label Video Dataset")
# "conducted on the challenging Foo Reasoning Benchmark", "works on Bar Corpus Dataset": what
# is evaluated on is a name, as after "the"
_ON_BEFORE = re.compile(r"\b(?:on|across)\s+(?:the\s+)?(?:[a-z][a-z-]+\s+)?$")
_DATA_NAME_TAILS = frozenset({"Database", "Dataset", "Corpus", "Treebank", "Benchmark"})
CAPWORD_DATA_HEADS = frozenset({"dataset", "datasets", "data set", "data sets", "benchmark",
                                "benchmarks", "corpus", "corpora"})

# "on benchmark datasets, such as TSI880": a list introduced by a data noun holds data.
# ... also when a short qualifier follows the noun: "NLU benchmarks in various languages, such as GLUE"
_DATA_LIST_BEFORE = re.compile(r"\b(?:datasets?|data sets?|databases?|benchmarks?|corpora|environments|games)"
                               r"(?:\s+(?:in|of|from|for|across)(?:\s+[a-z][\w-]*){1,2})?\s*,?\s*"
                               r"\(?(?:such as|including|like|namely|e\.g\.),?\s*$", re.IGNORECASE)  # "such as, Foo"
# ... also further down such a list: "benchmarks, including Paris, ImageNet, ..."
# ... members may say what each serves: "benchmarks, including Foo for news and Bar for dialogue",
# "such as GLUE for English, Zorb for Chinese and ..."
_DATA_LIST_CONTINUED = re.compile(_DATA_LIST_BEFORE.pattern[:-1] +
                                  r"(?:(?:[A-Z]|\d+[A-Za-z])[\w.+/-]*(?: [A-Z0-9][\w.+/-]*){0,2}"
                                  r"(?:\s+for\s+[\w-]+(?:\s+[\w-]+)?(?:,\s*(?:and\s+)?|\s+and\s+)|,\s*)){1,6}$",
                                  re.IGNORECASE)
# ... up to five modifiers: "SOLID, the largest English offensive language identification dataset"
_DATA_APPOSITIVE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*,\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:a|an|the|one\s+of\s+the)\s+"
    r"(?:(?!(?:for|of|on|in|with|by|to|from|and|or|that|which|trained|used|our|its)\b)[\w-]+\s+){0,5}?"
    r"(benchmark|dataset|data set|corpus|database)s?\b", re.IGNORECASE)

# A year or a version after a known data set's name: "PASCAL VOC 2010", "MultiWOZ 2.1", "VQA v2"
_EDITION = re.compile(rf"[\s-](?:(?:19|20)\d\d|{DATA_VERSION})$")
_GLUED_YEAR = re.compile(r"(?<=[A-Z]{3})['’-]?(0\d|1\d|2[0-5])$")

# "results on CIFAR and ImageNet", "on Foo-7, COCO and KITTI": "on" still speaks for a known
# name further down a list of capitalised names (not "based on X and Y": what is built on).
_DATA_LIST_AFTER_ON = re.compile(r"(?<!based )(?<!built )(?<!relies )(?<!rely )(?<!depends )(?<!focus )"
                                 r"\b(?:on|across)\s+(?:the\s+)?(?:both\s+)?(?:(?:[A-Z]|\d+[A-Za-z])[\w.+/-]*(?: [A-Z0-9][\w.+/-]*)?"
                                 + _CITED + r"(?:,\s*|\s+and\s+|,\s*and\s+)){1,5}$")
# ... and its members may carry a gloss or what they serve: "on Foo (images) and Bar (video)",
# "on Foo for news and Bar for dialogue"
_DATA_LIST_AFTER_ON_QUALIFIED = re.compile(
    r"(?<!based )(?<!built )(?<!relies )(?<!rely )(?<!depends )(?<!focus )\b(?:on|across)\s+(?:the\s+)?"
    r"(?:(?:[A-Z]|\d+[A-Za-z])[\w.+/-]*(?: [A-Z0-9][\w.+/-]*)?" + _CITED + r"(?:\s*\([^()]{1,40}\))?(?:\s+for\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:,\s*|\s+and\s+|,\s*and\s+)){1,5}$")
_AND_BEFORE = re.compile(r"\band\s+$")
_LIST_GOES_ON = re.compile(_CITED + r"(?:\s*\([^()]{1,40}\))?(?:\s+for\s+[\w-]+(?:\s+[\w-]+)?)?"
                           r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z]")


# "in CL-Net", "from ViZDoom": "in"/"from" before a lone coined name mostly mean a system, a
# tool or a source, not an evaluation set ("on X" does).
_WEAK_DATA_BEFORE = re.compile(r"\b(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)
_DATA_SOON_AFTER = re.compile(r"(?:\s+[a-z][a-z-]+){1,3}\s+(?:dataset|benchmark|corpus)\b")
# ... unless the name looks like a data set's: capitalised, with a number or a hyphenated part
# ("TimeBank-Dense", "SynLiDAR-to-SemanticKITTI", "EndoVis-17"), and no model suffix ("CL-Net").
_SET_SHAPED = re.compile(r"(?=[A-Z])(?=[^()]*[-\d])(?![^()]*(?:Net|net|NN|Former|former|GAN|BERT|LM|Net\d*)$)[^()]+$")

# "48.8% accuracy on MATH", "83.95% on XQLFQ", "2.1% for ImageNet": a score measured on a name.
# ("12.43 (Acc) on Foo": the measure may follow the number in brackets)
_RESULT_BEFORE = re.compile(r"(?:\d\s*%|\d\.\d+)(?:" + cues.BRACKETED_MEASURE + r")?\s+(?:(?!(?:were|was|is|are|be|been|and)\b)[a-zA-Z-]+(?<!ed)\s+){0,2}?(?:on|for)\s+(?:the\s+)?$")


def is_benchmark_name(name: str, head: str, vocab_kind: str | None) -> bool:
    return (head in cues.BENCHMARK_HEADS or vocab_kind == "benchmark"
            or bool(re.search(r"Bench|bench\b|Arena|Eval\b|Leaderboard|Challenge", name)))


# Task nouns that head benchmark phrases more often than title names ("domain adaptation
# benchmarks", but "Sample-Specific Late Fusion" in a title).
_BENCHMARKED_TASK_NOUNS = cues.TASK_NOUNS | {"adaptation", "odometry", "generation", "reasoning",
                                             "completion", "labelling", "labeling"}


def language_data(name: str) -> bool:
    """'Japanese', 'Chinese NER': a language, with a task's acronym at most, describes a
    dataset or benchmark ('a Chinese NER dataset') rather than naming one."""
    words = name.split()
    languages = words[0].split("-")  # "English-Chinese LR": a language pair
    return all(w in cues.LANGUAGES for w in languages) and (
        len(words) == 1 or len(words) == 2 and words[1].isupper())


def task_benchmarks(name: str) -> bool:
    """'Japanese benchmarks', 'English NER benchmarks', 'multi-source domain adaptation (MSDA)
    benchmarks', 'HOI detection benchmarks': benchmarks of a language or a task, not one named
    benchmark (those end in a name: 'the ERASER benchmark', 'Big-Bench Hard')."""
    words = name.split()
    if language_data(name):
        return True
    return len(words) > 1 and words[-1].islower() and (
        words[-1] in _BENCHMARKED_TASK_NOUNS or bool(cues.TASK_TAIL.search(words[-1])))


# "on two OOC object detection datasets", "on three benchmark WiFi RSS fingerprint datasets"
_COUNTED_BEFORE = re.compile(r"(?<![\w-])" + cues.COUNT + r"\s+(?!and\b|or\b)(?:[a-z][\w-]*\s+)?$",
                             re.IGNORECASE)


_POSSESSOR_BEFORE = re.compile(r"[A-Z]\w*['’]s\s$")
# "on person Re-ID benchmarks", "existing OIE benchmarks", "three English-language corpora": a
# word that qualifies one name before a plural data noun makes the name a kind of data (its
# task, field or language), not a data set; "the Foo datasets" may be one named collection
_KIND_QUALIFIED_BEFORE = re.compile(r"(?<![\w-])(?!(?:the|a|an|on|of|in|for|from|with|and|or|to|at|by|"
                                    r"over|across|than|these|those|both|all|our|their|its|his|her|"
                                    r"is|are|was|were|as|into|via|using|"
                                    # (praise, not a kind: "the popular NYU Depth datasets")
                                    r"popular|standard|public|publicly|well-known|famous|classic|"
                                    r"challenging|large-scale|widely-used|recent|new|original)\s)"
                                    r"[a-z][\w-]*\s+$")


# "on the iCub's stereo head", "in Rn1 ⊗ Rn2": an owner of a part, or notation, not a data set
_OWNER_OR_MATH_AFTER = re.compile(cues.POSSESSIVE_AFTER.pattern + r"|\s*[⊗×∈=+^]")


def _plural_head(qualified: re.Match) -> bool:
    return qualified.group(1).lower().endswith(("ks", "ts", "ses", "corpora"))


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
    return task_benchmarks(f"{name} {qualifier[-1]}")


_HYPHEN_DATA_HEADS = CAPWORD_DATA_HEADS | {"data sets", "benchmarks", "challenge"}


def hyphenated(c: Context) -> Verdict:
    """'the Room-Across-Room dataset', 'the DTU and Tanks-and-Temples benchmarks': hyphenated
    capitalised words before a data head noun name a data set, unless they are a language pair
    ('English-French'), a description ('Multi-Person', 'Few-Shot') or a task."""
    name, head = c.name, c.head
    parts = name.split("-")
    # "two datasets, i.e., Foo-Bar-Baz and ...": a data noun before it speaks as one after it
    # ... and so does a data list's lead: "challenging datasets, including City-Zorb and ..."
    listed = head not in _HYPHEN_DATA_HEADS and (_DATA_NOUN_BEFORE.search(c.left)
                                                 or _DATA_LIST_BEFORE.search(c.left))
    if (head not in _HYPHEN_DATA_HEADS and not listed) or parts[0] in cues.HYPHEN_PREFIXES or \
            any(p in cues.LANGUAGES for p in parts) or name.lower() in c.lexicon.tasks or \
            name.lower() in GENERIC_PHRASES:
        return REJECT
    if tail_of_a_longer_name(c):
        return REJECT  # "WMT English-X", "Stanford Foo-Bar"
    kind = "benchmark" if is_benchmark_name(name, head, None) else "dataset"
    if listed:
        return Label(kind, 0.6, "context:data-noun")  # opens a list like any name a data noun introduces
    return Label(kind, 0.7, "head:hyphenated")


def tail_of_a_longer_name(c: Context) -> bool:
    """A capitalised word right before the name ("NYU Depth dataset", "WMT English-X"): the
    candidate is only the tail of a longer name."""
    before = c.text[max(c.sentence_start, c.cand.start - 12):c.cand.start].split()
    # (a word a comma ends is the list's previous member: "(Foo, Newsroom and ..."; a sentence's
    # first word is capitalised whatever it is: "The Compun benchmark"; an owner is no part of
    # the name: "Microsoft's Geolife dataset", unless it is data itself: "KITTI's Odometry dataset")
    if not before or before[-1][:1].islower() or before[-1].endswith((",", ";", ":", "(")) or \
            before[-1] in STOP_CAPITALS:
        return False
    owner = re.sub(r"['’]s$", "", before[-1])
    return owner == before[-1] or dataset_entry(c.lexicon, owner) is not None


def vocabulary_entry(name: str, source: str, lexicon: Lexicon) -> tuple | None:
    entry = dataset_entry(lexicon, name)
    if entry is None and source == "vocab-data" and _EDITION.search(name):
        entry = dataset_entry(lexicon, _EDITION.sub("", name))  # "PASCAL VOC 2010", "VQA v2"
    if entry is None and (year := _GLUED_YEAR.search(name)):
        # "ACE05", "PASCAL VOC07", "WMT14", "WMT'16", "IWSLT-10": a known data set and its edition's
        # year, short
        stem = name[:year.start()].rstrip()
        entry = dataset_entry(lexicon, stem) or dataset_entry(lexicon, f"{stem} 20{year.group(1)}")
    if entry is None and " " in name and cues.language_pair(name.split(" ", 1)[1]):
        entry = vocabulary_entry(name.split(" ", 1)[0], source, lexicon)  # "WMT14 En-De"
    if entry is None and source == "vocab-data" and " " in name:
        # "MIT Indoor 67", "KITTI Scene Flow": an ambiguous known name the candidate grew from
        # (kg.extract.candidates) still needs the data context it would need alone
        entry = dataset_entry(lexicon, name.split(" ", 1)[0])
        if entry is not None and not entry[2]:
            entry = None
    return entry


def is_scored_on(left: str) -> bool:
    tail = left[-10:]
    return bool(("on " in tail or "for " in tail) and _RESULT_BEFORE.search(left))


def data_kind(c: Context, head: str | None = None, vocab_kind: str | None = None) -> str:
    return "benchmark" if is_benchmark_name(c.name, c.head if head is None else head,
                                            vocab_kind) else "dataset"


# --- steps, in the order kg.extract.classify runs them ---------------------------------------

def slash_list(c: Context) -> Verdict:
    """'(SVHN/CIFAR-10/CIFAR-100)': known data sets joined by slashes (split when assembled);
    also the shorthand 'CIFAR-10/100', 'Kinetics-400/600' that spells out known editions."""
    parts = c.name.split("/")
    if len(parts) > 1 and not all(dataset_entry(c.lexicon, p) for p in parts):
        parts = expand_shorthand(c.name)
    if len(parts) > 1 and all(dataset_entry(c.lexicon, p) for p in parts):
        kind = "benchmark" if all(dataset_entry(c.lexicon, p)[1] == "benchmark" for p in parts) \
            else "dataset"
        return Label(kind, 0.85, "vocab:dataset")
    return None


# "from the recent benchmark Zorb Learning Environment (ZLE)": a Title-Case name right after a
# lower-case data noun (a title's "A New Benchmark Towards ..." is capitalised throughout)
_LOWER_DATA_NOUN_BEFORE = re.compile(r"\b(?:dataset|benchmark|corpus|datasets|benchmarks|corpora)\s+$")


# "the 2019 Foo Bar Challenge", "on the Foo Grasping Competition 2020": a Title-Case name
# headed by a contest noun names a challenge (a benchmark), after "the" or "on"/"in"
_CONTEST_TAIL = re.compile(r"\s(?:Challenge|Competition)(?:\s(?:19|20)\d\d)?$")
# ("the second Dialog State Tracking Challenge", "the 2015 Foo Challenge": an edition)
_CONTEST_BEFORE = re.compile(r"\b(?:the|on|in|at)\s+(?:(?:19|20)\d\d\s+|(?:first|second|third|fourth|"
                             r"fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|annual)\s+)?$")


def titled_name(c: Context) -> Verdict:
    """'the Global Terrorism Database', 'the Penn Zorb Treebank': a name ending in a data noun."""
    name = c.name
    if c.cand.source == "titlecase" and _CONTEST_TAIL.search(name) and not c.method_df \
            and name.lower() not in c.lexicon.tasks and _CONTEST_BEFORE.search(c.left):
        return Label("benchmark", 0.75, "titlecase:contest")
    # (defined with its acronym, "the Foo News Dataset (FND)", it is the same name)
    if c.cand.source in ("titlecase", "acronym-long") and name.rsplit(" ", 1)[-1] in _DATA_NAME_TAILS \
            and not c.data_vocab and not name.lower() in c.lexicon.tasks and name.count(" ") >= 2 \
            and (_THE_BEFORE.search(c.left) or _ON_BEFORE.search(c.left)):
        return Label("benchmark" if name.endswith("Benchmark") else "dataset", 0.75,
                     "titlecase:data")
    if c.cand.source in ("titlecase", "acronym-long") and " " in name and not c.method_df \
            and _LOWER_DATA_NOUN_BEFORE.search(c.left) and not name.lower() in c.lexicon.tasks:
        return Label("benchmark" if "bench" in c.left[-12:] else "dataset", 0.7, "titlecase:data-noun")
    return None


# "on VOC 2012", "on Pascal VOC 2007 and COCO": a capitalised name with a year evaluated on is
# a data set's edition; a venue or a month with a year ("in IJCAI 2023", "in June 2012") is not.
_EDITION_NAME = re.compile(r"(?:[A-Z][\w.-]*\s){1,2}(?:19|20)\d\d")
_NOT_EDITIONS = frozenset("""January February March April May June July August September October
November December Spring Summer Autumn Fall Winter AAAI IJCAI ICML ICLR NeurIPS NIPS CVPR ICCV ECCV
ACL EMNLP NAACL COLING KDD WWW SIGIR ICRA IROS RSS CoRL AISTATS UAI COLT WACV BMVC ICASSP
Interspeech INTERSPEECH MICCAI IEEE ACM""".split())


def edition_name(c: Context) -> Verdict:
    """'results on VOC 2012': a capitalised name with a year, evaluated on, is a data set."""
    name, left = c.name, c.left
    if c.cand.source == "titlecase" and _EDITION_NAME.fullmatch(name) and not c.method_df \
            and name.split()[0] not in _NOT_EDITIONS \
            and (_ON_BEFORE.search(left) or _DATA_LIST_AFTER_ON.search(left)) \
            and not cues.NOUN_AFTER.match(c.text, c.cand.end):
        return Label("dataset", 0.7, "titlecase:edition")
    return None


def appositive(c: Context) -> Verdict:
    """'on EMPATHETICDIALOGUES, which is a widely-used benchmark dataset', 'on Foo-7, a large
    corpus of ...': an apposition right after the name says what it is."""
    if (not c.method_df or c.data_vocab) and not MODEL_FAMILY.match(c.name):
        match = _DATA_APPOSITIVE.match(c.text, c.cand.end)
        if match:
            return Label(data_kind(c, match.group(1).lower(), c.data_vocab and c.data_vocab[1]), 0.8,
                         "head:appositive")
    return None


_DATA_NOUN_END = re.compile(r"\b(?:data|dataset|benchmark|corpus|database|challenge)s?\s*$")


def _concept_acronym(text: str, name: str, spelled: bool = False) -> bool:
    """An acronym the text spells out in lower case, as a concept and not as a data set's name:
    'keyphrase extraction (KE)', but not 'the room-to-room dataset (R2R)'. With ``spelled``, the
    words before the bracket must give its letters ("channel state information (CSI)", not
    "aligned (KAIST)")."""
    i = text.find(f"({name}")
    if i < 0 or not is_acronym(name):
        return False  # (cheap test first: the pattern below is built for this one name)
    match = re.search(r"((?:\b[A-Z][a-z]*-)?(?:\b[a-z][a-z-]*\s+){1,5})\(\s*" + re.escape(name) +
                      r"s?\s*\)", text[max(0, i - 80):])
    if not match or _DATA_NOUN_END.search(match.group(1)):
        return False
    return not spelled or match_initials(match.group(1), name) is not None


# a plural data noun followed by a list of names: "benchmarks 3DPW and RICH"
_MEMBERS_AFTER_HEAD = re.compile(r"\s+[a-z]+\s+(?:(?:namely|such as|including|like),?\s+)?"
                                 r"[A-Z0-9][\w.+-]*(?:\s*,\s*[A-Z0-9][\w.+-]*)*,?\s+(?:and|or)\s+[A-Z0-9]")


def head_noun(c: Context) -> Verdict:
    """'the Foo dataset', 'the Foo benchmarks': a data noun after the name."""
    head = c.head
    if head not in cues.DATA_HEADS or head in {"set", "sets", "split", "splits", "collection"}:
        return None
    name, left, data_vocab = c.name, c.left, c.data_vocab
    if not data_vocab and (language_data(name) or head.startswith("benchmark")
                           and task_benchmarks(name) or name.lower() in c.lexicon.tasks):
        return REJECT  # ... or "Conversational Question Answering datasets": a task's
    if c.cand.source == "titlecase" and _POSSESSOR_BEFORE.search(left):
        return REJECT  # "the Bird's Eye View benchmarks": the tail of a longer phrase
    if not data_vocab and c.cand.source == "shape" and _concept_acronym(c.text, name):
        return REJECT  # "keyphrase extraction (KE) ... six KE benchmark datasets": the task's data
    if not data_vocab and head.endswith(("ks", "ts", "corpora")) and (
            _COUNTED_BEFORE.search(left) or _KIND_QUALIFIED_BEFORE.search(left)) and \
            name not in c.lexicon.data_stems:
        # "on two popular FSSL benchmarks": a task's or a kind's data sets (not "three benchmark
        # MIMIC datasets": the family known data sets are named after)
        return REJECT
    if not data_vocab and head.endswith(("ks", "ts", "corpora")) and \
            _MEMBERS_AFTER_HEAD.match(c.text, c.cand.end) and name not in c.lexicon.data_stems:
        return REJECT  # "the 3D HMR benchmarks 3DPW and RICH": the data sets are named after it
    if c.cand.source == "vocab-phrase" and not data_vocab and name.islower():
        return REJECT  # "the first humanoid whole-body control dataset": what the data is for
    if c.cand.source in ("vocab-phrase", "acronym-long", "acronym-short") and head.startswith("benchmark") \
            and (defined_phrase(phrase_key(c.phrase), c.lexicon.method_phrases) or c.method_df):
        return REJECT  # "than Markov chain Monte Carlo (MCMC) benchmarks": baselines
    return Label(data_kind(c, vocab_kind=data_vocab and data_vocab[1]), 0.9, f"head:{head}")


# "the Foo-7 test set", "the BarQA dev split": a split noun after a name makes it the data set
# it splits (a model has no test set)
_SPLIT_AFTER = re.compile(r"\s+(?:official\s+)?(?:training|train|test|testing|validation|val|dev|development|"
                          r"evaluation|held-out)[- ](?:set|split|subset|partition)s?\b", re.IGNORECASE)


def split_head(c: Context) -> Verdict:
    """'on the Foo-7 test set and the BarQA validation set'."""
    if c.cand.source == "shape" and not c.method_df and not MODEL_FAMILY.match(c.name) \
            and (not is_acronym(c.name) or any(ch.isdigit() for ch in c.name)) \
            and not language_data(c.name) and _SPLIT_AFTER.match(c.text, c.cand.end):
        return Label(data_kind(c), 0.75, "head:split")
    return None


def qualified_head(c: Context) -> Verdict:
    """'the KITTI odometry benchmark', 'the nuScenes autonomous driving dataset'."""
    if (c.cand.source in ("shape", "vocab-data") and not c.method_df and not MODEL_FAMILY.match(c.name)
            and c.head not in cues.METHOD_HEADS):
        qualified = _DATA_AFTER_WORD.match(c.text, c.cand.end)
        if qualified and not _sets_of_a_kind(c.name, qualified, bool(c.data_vocab), c.left):
            kind = "benchmark" if qualified.group(1).lower().startswith("bench") else "dataset"
            # "the Foo and QXZ speech modeling data sets": a plural head speaks for the whole
            # list before it, so it is strong enough to label the other names in that list
            return Label(kind, 0.8 if _plural_head(qualified) else 0.75, "head:qualified")
    return None


def environment(c: Context) -> Verdict:
    """'the BipedalWalker environment'."""
    if c.head in ("environment", "environments") and c.cand.source == "shape" and not c.method_df \
            and not MODEL_FAMILY.match(c.name) and has_inner_capital(c.name) and not is_acronym(c.name):
        return Label("dataset", 0.7, "head:environment")
    return None


# "two well-known datasets in the domain, MNLI and FEVER", "the most used datasets for this task,
# MSCOCO and Flickr30K": a known name after a qualified plural data noun and a comma (only for
# names the vocabulary knows: a coined name there may be the clause's subject)
_QUALIFIED_DATA_COMMA = re.compile(_PLURAL_DATA_NOUN + _DATA_QUALIFIER + "," + _LISTED_SO_FAR)


# "from GTA5 (game videos) to Cityscapes", "Synthia to Cityscapes adaptation", "SVHN→MNIST": the
# target of a transfer from a known data set is one too
_FROM_DATA_TO = re.compile(r"([A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*)?)(?:\s*\([^()]{1,40}\))?\s*(?:\s(?:to|into)\s|"
                           r"\u2192|->)\s*(?:the\s+)?$")


def _adapted_from_data(c: Context) -> bool:
    source = _FROM_DATA_TO.search(c.left)
    return bool(source and dataset_entry(c.lexicon, source.group(1)) is not None)


_BRACKET_MEMBER_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _bracketed_data_list(c: Context) -> bool:
    """'digits classification (MNIST, SVHN, VISDA)': a bracketed list whose members are names,
    at least two of them known data sets, is a list of data sets."""
    open_at = c.text.rfind("(", max(0, c.cand.start - 80), c.cand.start)
    if open_at < 0 or ")" in c.text[open_at:c.cand.start]:
        return False
    close_at = c.text.find(")", c.cand.end, c.cand.end + 80)
    if close_at < 0 or "(" in c.text[c.cand.end:close_at]:
        return False
    members = [m for m in _BRACKET_MEMBER_SPLIT.split(c.text[open_at + 1:close_at].strip())
               if m and m not in ("etc.", "etc")]  # "(MATH, MMLU, etc.)"
    if len(members) < 2 or not all(m[:1].isupper() or m[:1].isdigit() for m in members):
        return False
    return sum(dataset_entry(c.lexicon, m) is not None for m in members) >= 2


# A possessive that owns something other than a part of the data ("MIT's campus", not
# "ImageNet's validation set" or "KITTI's odometry benchmark")
_OWNER = re.compile(cues.POSSESSIVE_AFTER.pattern + r"(?!(?:\s+[\w-]+){0,2}?\s+(?:set|sets|split|splits|"
                    r"benchmarks?|datasets?|images|videos|classes|categories|labels|annotations|test|"
                    r"validation|training|train|samples|examples|questions)\b)", re.IGNORECASE)


# "an MMLU score of 74.8": a score the text reports for it
_SCORE_OF_AFTER = re.compile(r"\s+scores?\s+(?:of\s+|=\s*|:\s*)?\d")
_AVERAGED_BEFORE = re.compile(r"\b(?:average|mean)\s+$")  # "average MAD score": a measure's


_FIELD_AFTER = re.compile(r"\s+(?:field|fields|community|communities|literature|research|researchers|"
                          r"discipline|area)\b")


# A list of methods and models, whatever else a member's name may be
_METHOD_LIST_BEFORE = re.compile(cues.KIND_LIST_OPENER +
                                 r"(?:[\w.+-]+(?:\s[\w.+-]+)?\s*,\s*)*(?:and\s+|or\s+)?$")


# "when transferred to KITTI": the data a model is carried to (not a task knowledge is carried
# to: "transferred to AMR Parsing")
_TRANSFERRED_TO = re.compile(r"\btransfer(?:s|red|ring)?\s+to\s+(?:the\s+)?$", re.IGNORECASE)


# "Atari 2600 games": the games a known suite is made of
_GAMES_AFTER = re.compile(r"\s+(?:video\s+)?games?\b")


def known(c: Context) -> Verdict:
    """A data set the vocabulary knows. One whose name is also a word, an algorithm's acronym
    ("bounds on SGD iterates") or its task ("Visual Question Generation for ...") needs a data
    noun, a data list or a score around it to be the data set."""
    data_vocab, name, left = c.data_vocab, c.name, c.left
    if not data_vocab:
        return None
    needs_context = data_vocab[2] or " " in name and (
        name.lower() in c.lexicon.tasks or name.rsplit(" ", 1)[-1].lower() in _BENCHMARKED_TASK_NOUNS)
    data_context = (cues.DATA_BEFORE.search(left) or c.scored_on or _DATA_NOUN_BEFORE.search(left)
                    or _DATA_LIST_BEFORE.search(left) or _DATA_LIST_CONTINUED.search(left)
                    or _DATA_LIST_AFTER_ON.search(left) or _led_data_list(left)
                    or _QUALIFIED_DATA_COMMA.search(left) or _bracketed_data_list(c)
                    or _adapted_from_data(c) or _data_of_list(c)
                    or _SCORE_OF_AFTER.match(c.text, c.cand.end)
                    and not _AVERAGED_BEFORE.search(left)
                    or _TRANSFERRED_TO.search(left) and name.lower() not in c.lexicon.tasks
                    or _GAMES_AFTER.match(c.text, c.cand.end))
    if needs_context and (not data_context or _OWNER.match(c.text, c.cand.end) or
                          _FIELD_AFTER.match(c.text, c.cand.end) or
                          _concept_acronym(c.text, name, spelled=True)):
        # (a word's or an institution's: "a MOD system on MIT's campus"; a field's: "in the HRI
        # field", "Human-robot interaction (HRI) ... performance in HRI")
        return None
    if _METHOD_LIST_BEFORE.search(left):
        return None  # "integrates into models like SlowFast, X3D, and TimeSformer": a model too
    if needs_context and c.method_df and not (_DATA_NOUN_BEFORE.search(left) or
                                              _DATA_LIST_BEFORE.search(left) or _led_data_list(left)):
        # an algorithm's acronym is the data set only right after a data noun or in the list it
        # leads: "benchmark datasets (i.e., SGD, MultiWOZ2.1 ...)", not "bounds on SGD iterates"
        return None
    return Label(data_kind(c, vocab_kind=data_vocab[1]), 0.85, "vocab:dataset")


def scored_on(c: Context) -> Verdict:
    """'48.8% accuracy on Foo', '2.1% for Foo-7': a coined name a score is measured on."""
    if c.scored_on and c.cand.source == "shape" and not c.method_df \
            and not cues.NOUN_AFTER.match(c.text, c.cand.end):
        return Label(data_kind(c), 0.7, "context:scored-on")
    return None


def data_shaped(c: Context) -> Verdict:
    """'TruthfulQA', 'SocialBench', 'BBH-Hard'."""
    if _DATA_SHAPED.search(c.name) and c.cand.source != "titlecase" \
            and not _COMPLEXITY_CLASS.match(c.name):
        return Label(data_kind(c), 0.6, "shape:data")
    return None


# "outperforms several benchmarks", "in comparison to various benchmarks, including ...": what a
# method is compared with is a baseline, whatever the text calls it
_COMPARED_BENCHMARKS = re.compile(r"\b(?:compared\s+(?:to|with)|comparisons?\s+(?:to|with|against)|against|than|"
                                  r"outperform\w*|surpass\w*|beat\w*)\s+(?:the\s+)?(?:(?!(?:on|in|for|of|across|"
                                  r"over|at|from)\b)[\w-]+\s+){0,3}benchmarks?$", re.IGNORECASE)


_LIST_LEAD_WORD = re.compile(r"such as|including|like|namely|e\.g\.", re.IGNORECASE)


def data_list(c: Context) -> Verdict:
    """'on benchmark datasets, such as TSI880', and further down that list ('such as Foo for
    English, Bar for Chinese'): the data noun that leads the list speaks for each member."""
    if c.cand.source != "shape" or c.method_df or family_named(c.name):
        return None
    # a long list's lead lies further back than the usual window ("such as GLUE for English,
    # Foo for Chinese, Bar for Korean, and Baz for ...")
    left = c.text[max(c.sentence_start, c.cand.start - 200):c.cand.start]
    if not _LIST_LEAD_WORD.search(left):
        return None
    lead = _DATA_LIST_BEFORE.search(left) or _DATA_LIST_CONTINUED.search(left)
    if lead and _COMPARED_BENCHMARKS.search(left, 0, lead.start() + 10):
        return None  # "compared to various benchmarks, including FooGAN": baselines, not data
    if lead:
        # the text's own word decides: "benchmarks such as ..." lists benchmarks
        bench = lead.group().lower().startswith("bench")
        return Label("benchmark" if bench else data_kind(c), 0.6, "context:data-list")
    return None


# "on a public caricature dataset, FooCari, show ...", "a new dataset, Foo, of ...": a name set off
# by commas right after an indefinite data noun phrase is that data set (an apposition closed
# on both sides, unlike "On the Foo dataset, BarNet achieves ...": the clause's subject)
_DATA_APPOSITION_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,4}?(?:dataset|data set|benchmark|"
                                     r"corpus|database)\s*,\s*$", re.IGNORECASE)
_APPOSITION_CLOSES = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,|\bof\b|\bwhich\b|\bthat\b)")


def _led_data_list(left: str) -> re.Match | None:
    lowered = left.lower()
    if "sets" not in lowered and "bench" not in lowered and "corpora" not in lowered and \
            "databases" not in lowered:
        return None
    lead = _LED_DATA_LIST.search(left)
    if lead and _COMPARED_BENCHMARKS.search(left, 0, lead.start() + 10):
        return None  # "compared to various benchmarks, including ...": baselines
    return lead


def after_data_noun(c: Context) -> bool:
    """'benchmark datasets, Foo Indoor 67 [22] and ...': a data noun leads to the name."""
    return bool(_DATA_NOUN_BEFORE.search(c.left) or _led_data_list(c.left))


def opens_data_list(c: Context) -> bool:
    return bool(_led_data_list(c.left))


def _data_of_list(c: Context) -> bool:
    """A member of a list of two or more that "datasets of" opens: "benchmarks of A, B and C",
    not the content of one ("two datasets of VQLA", "datasets of IAL")."""
    if "s of " not in c.left:
        return False
    lead = _DATA_OF_LIST.search(c.left)
    return bool(lead) and bool(lead.group("members") or _LIST_GOES_ON.match(c.text, c.cand.end))


def _named_or_apposed(c: Context) -> bool:
    left = c.left
    return bool(_led_data_list(left)
                or left.rstrip().endswith(",") and _DATA_APPOSITION_BEFORE.search(left)
                and _APPOSITION_CLOSES.match(c.text, c.cand.end))


def data_noun(c: Context) -> Verdict:
    """'a simulated benchmark EARL,', 'a face identification task (PubFig83)': a name a data
    noun introduces ("VGD benchmarks (i.e., AVSD@DSTC7 and ...)": a longer name grown from a
    known one counts as a shape)."""
    if (c.cand.source == "shape" or c.cand.source == "vocab-data" and not c.data_vocab) \
            and not c.method_df \
            and ((noun := _DATA_NOUN_BEFORE.search(c.left)) or _named_or_apposed(c) or
                 _data_of_list(c)) \
            and not cues.NOUN_AFTER.match(c.text, c.cand.end):
        bench = is_benchmark_name(c.name, c.head, None) or "bench" in c.left[-12:].lower() \
            or bool(noun) and "bench" in noun.group(0).lower()
        return Label("benchmark" if bench else "dataset", 0.6, "context:data-noun")
    return None


def _listed_after_on(c: Context) -> bool:
    """'on Foo-7 and BarSet', 'on Foo (images), Bar and Baz': "on" speaks for every member of the
    coordinated list it opens, not only the first (a comma alone may end a fronted phrase: "On
    Foo-7, BarNet reaches ...", so a member must be the list's last or be followed by another)."""
    left = c.left
    if " on " not in left and "across " not in left or not _DATA_LIST_AFTER_ON_QUALIFIED.search(left):
        return False
    return bool(_AND_BEFORE.search(left) or _LIST_GOES_ON.match(c.text, c.cand.end))


# "Experimental results on FOO-V2X demonstrate ...", "experiments conducted on ZB-12": what results
# or experiments are on is evaluated on, a set-shaped acronym too (not "on GPU", "on NLU tasks")
_EVALUATED_ON_BEFORE = re.compile(r"\b(?:results?|experiments?|evaluations?|performance|accuracy|tests?|"
                                  r"trained|evaluated|tested|validated|benchmarked)\s+(?:[a-z]+\s+){0,2}?"
                                  r"(?:on|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _evaluated_set(c: Context) -> bool:
    return bool(_SET_SHAPED.match(c.name) and any(ch.isdigit() for ch in c.name)
                and _EVALUATED_ON_BEFORE.search(c.left))


# "human annotators on MTurk", "users on Reddit": people are on a platform, not on data.
_PEOPLE_ON = re.compile(r"\b(?:annotators|workers|crowd-?workers|users|participants|raters|"
                        r"subjects|people|humans|volunteers|players)\s+on\s+(?:the\s+)?$",
                        re.IGNORECASE)


def weak_context(c: Context) -> Verdict:
    """'on X' alone is weak evidence: only for coined-looking single names, never bare acronyms
    (unless set-shaped and what results are on: 'results on FOO-V2X')."""
    name, left, end = c.name, c.left, c.cand.end
    if c.cand.source == "shape" and (not is_acronym(name) or _evaluated_set(c)) \
            and not family_named(name) \
            and (cues.DATA_BEFORE.search(left) or _listed_after_on(c)) \
            and not language_data(name) and "×" not in name \
            and not _OWNER_OR_MATH_AFTER.match(c.text, end) and not _PEOPLE_ON.search(left) \
            and (not cues.NOUN_AFTER.match(c.text, end) or _DATA_SOON_AFTER.match(c.text, end)) \
            and not (_WEAK_DATA_BEFORE.search(left) and not _SET_SHAPED.match(name)) \
            and not c.lexicon.knows_metric(name.upper()) \
            and not c.lexicon.knows_metric(re.sub(r"s$", "", name)):  # "in F1-scores"
        return Label(data_kind(c), 0.55, "context:data")
    return None


def bench_shaped(c: Context) -> Verdict:
    """'FooBench', 'the Bar Challenge'."""
    if is_benchmark_name(c.name, c.head, None):
        return Label("benchmark", 0.5, "shape:bench")
    return None
