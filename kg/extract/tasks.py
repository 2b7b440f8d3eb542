"""Research tasks as short noun phrases, ranked: title phrases first, then abstract phrases that
recur, are in the Papers-with-Code task vocabulary or follow a cue ("the problem of X", "a
framework for X"); phrases right after a verb of use ("we use X") count as the means."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon

# Nominal heads that name an activity or problem ("... prediction", "... learning").
TASK_HEADS = frozenset("""
learning prediction detection segmentation generation classification recognition translation
reasoning decoding understanding estimation synthesis retrieval answering modeling modelling
tracking reconstruction adaptation generalization generalisation search optimization
optimisation planning alignment summarization summarisation parsing inference completion editing
forecasting tuning fine-tuning finetuning distillation compression evaluation discovery
localization captioning matching labeling labelling tagging extraction imputation clustering
control navigation manipulation verification attribution explanation interpretability
explainability unlearning merging pruning quantization quantisation selection ranking
recommendation regression denoising restoration super-resolution inpainting registration
mapping localisation grounding benchmarking transfer exploration sampling coding programming
diagnosis screening fairness robustness privacy safety introspection creativity decision-making
simulation acceleration pretraining pre-training scheduling routing identification spotting
anticipation forgetting collapse attention diversification problem-solving systems
coordination locomotion walking landing grasping imaging quantification mitigation fusion
factorization refinement recovery odometry slam
""".split())  # the last two lines: robotics and signal work ("legged locomotion", "visual SLAM")
# Activity nouns that name a title's task ("Bandwidth Management", "Force Sensing", "Sensor
# Design") but in running text mostly name a step of the method ("our design", "the analysis").
TITLE_HEADS = TASK_HEADS | frozenset("""
design development deployment management analysis assessment construction correction calibration
maximization minimization computation sensing inspection allocation aggregation characterization
association perception compensation avoidance
interaction embedding encoding annotation testing approximation reduction filtering
""".split())  # in running text: "human annotation", "feature embedding", "during testing"
STOP_WORDS = frozenset("""
a an the this that these those our we its their novel new simple generic efficient effective
existing current previous prior various diverse several many multiple large-scale general
proposed unified better improved improving enhanced robust powerful key major main first
such other each both all any more most less few some is are be been being it they which
intrinsic emergent your you my all need no
unseen challenging downstream specific different standard traditional conventional typical
popular important difficult fundamental perform performs improve improves enhance enhances address
addresses tackle tackles solve solves study studies could would should may might must will
state-of-the-art
""".split()) | {f"{verb}n{mark}t" for verb in ("has", "have", "is", "are", "was", "were", "ca", "wo",
                                                "could", "would", "should")
                for mark in "'’"}  # "the problem hasn't been solved" (not the "'I don't know' problem")
# Whole fields and model classes: true of most abstracts, so never a paper's task.
_FIELDS = frozenset({
    "machine learning", "deep learning", "artificial intelligence", "natural language processing",
    "natural language", "computer vision", "language model", "language models",
    "large language model", "large language models", "neural network", "neural networks",
    "deep neural networks", "benchmarking", "data science", "generative AI", "foundation models",
    "foundation model", "ai", "nlp", "llms", "llm",
})
# What the vocabulary of tasks holds that a paper uses rather than addresses: a model kind, a
# step of a pipeline, a learning paradigm (1 right of the 33 kg gave on dev and tunings 1-59)
_NOT_ADDRESSED = frozenset({"graph neural network", "graph neural networks", "graph attention",
                            "feature extraction", "supervised learning"})
# Qualities a paper claims for how it does the task, dropped from the front of its name: "fast
# object detection" and "accurate localization" are "object detection" and "localization".
_CLAIMED_QUALITY = frozenset("accurate precise reliable fast good desired vanilla successful".split())
BREAK_WORDS = frozenset({"to", "of", "for", "and", "in", "on", "with", "by", "via", "from", "as",
                         "at", "or", "than", "into", "is", "are", "was", "were", "be", "can", "not",
                         "towards", "toward", "through", "across", "over", "under", "between",
                         "without", "within", "using", "beyond", "about", "like", "such", "out",
                         "up", "off", "do", "does", "how", "what", "why", "when", "where", "but",
                         "yet", "nor", "vs", "versus", "which", "whose", "who",
                         "that"}) | frozenset(
    # verbs of a claim, which no task's name contains ("our method for action generation
    # produces ...", "methods for black-box functions demonstrates that"); not "yield" or
    # "lead", which are also nouns ("crop yield prediction")
    "requires require outperforms outperform enables allows allow produces achieves achieve "
    "improves provides yields leads demonstrates shows suggests indicates reveals".split())
# Adverbs end a phrase: "newly", "automatically", "often", "still"; not "family", "assembly",
# "anomaly", "early".
_ADVERB = re.compile(r"^(?!(?:early|likely|costly|timely|friendly|daily|weekly|monthly|yearly|"
                     r"hourly|elderly)$).*[^aib]ly$|^(?:often|already|still|either|also|always|never|"
                     r"sometimes|thus|hence|therefore)$")
# Field names too broad to be a paper's task unless its title says so (corpus df above this).
_BROAD_DF = 2000
TITLE_SPLIT = re.compile(r"\s*(?::|\?|\s[-–—]{1,2}\s)\s*")
_PREPOSITIONS = re.compile(
    r"\s+(?:for|with|via|by|in|through|using|from|on|to|towards|toward|beyond|without|under|"
    r"and|of|as|at|into|against|vs\.?|is|are|can)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9](?:[\w'’]|-(?!-))*")  # ("HMMs---those": a dash is no hyphen)
MAX_TASKS = 4
_MAX_MODIFIERS = 3


@dataclass(frozen=True, slots=True)
class TaskSpan:
    start: int
    end: int
    text: str
    field: str
    score: float


def display(words: list[str]) -> str:
    """Lower-case, except acronyms and coined forms: 'LiDAR semantic segmentation'."""
    out = []
    for word in words:
        parts = word.split("-")
        plain = all(p[:1].isupper() and p[1:].islower() or p.islower() or not p for p in parts)
        out.append(word.lower() if plain else word)
    return " ".join(out)


# Head nouns that also open a phrase as a verb whose object is the task.
_STUDY_VERBS = frozenset({"learning", "modeling", "modelling", "understanding"})


def _phrases(text: str, proposed: set[str], heads: frozenset[str] = TASK_HEADS
             ) -> list[tuple[int, int, list[str]]]:
    """Task-like noun phrases: up to three modifiers and a task head noun, with offsets."""
    words = list(_WORD.finditer(text))
    out = []
    for i, match in enumerate(words):
        if match.group().lower() not in heads:
            continue
        first = i
        while (first > 0 and i - first < _MAX_MODIFIERS
               and words[first - 1].end() + 1 >= words[first].start()
               and text[words[first - 1].end():words[first].start()] in (" ", "-")
               and words[first - 1].group().lower() not in BREAK_WORDS
               and words[first - 1].group().lower() not in STOP_WORDS
               and words[first - 1].group().lower() not in _CLAIMED_QUALITY
               and not words[first - 1].group().lower().endswith("ly")):
            first -= 1
        # A leading verb form is not part of the task: "mastering code generation".
        while first < i and words[first].group().lower().endswith("ing") and \
                words[first].group().lower() not in TASK_HEADS:
            first += 1
        while first < i and words[first].group().lower().endswith("-based"):
            first += 1  # "DRL-based control": the means, not the task
        if i - first >= 2 and words[first].group().lower() in _STUDY_VERBS:
            first += 1  # "Learning Agile Locomotion", "Modeling Human Walking": the verb's object
        span = [w.group() for w in words[first:i + 1]]
        if " ".join(span).lower() in proposed:
            continue
        out.append((words[first].start(), match.end(), span))
    return out


def _vocab_phrases(text: str, lexicon: Lexicon) -> list[tuple[int, int, list[str]]]:
    """Multi-word task names from the vocabulary, whatever their head: 'catastrophic forgetting'."""
    words = list(_WORD.finditer(text))
    lowered = [w.group().lower() for w in words]
    out = []
    for i in range(len(words)):
        if lowered[i] not in lexicon.task_first_words:
            continue
        for n in (4, 3, 2):
            if i + n <= len(words) and " ".join(lowered[i:i + n]) in lexicon.tasks and all(
                    not text[words[j].end():words[j + 1].start()].strip(" -")
                    for j in range(i, i + n - 1)):  # not across punctuation: "transfer, learning"
                out.append((words[i].start(), words[i + n - 1].end(),
                            [w.group() for w in words[i:i + n]]))
                break
    return out


_NOT_TASK_WORDS = frozenset("""
model models method methods framework frameworks approach approaches system systems data insights
paper study analysis view perspective survey review lessons case toolkit tool tools benchmark
dataset datasets baseline baselines network networks algorithm algorithms architecture
abstract module modules representation representations parameters measure decoder encoder
""".split())


_TASK_SLOT = frozenset({"for", "towards", "toward", "in", "on"})
PREPOSITION_SPLIT = re.compile(_PREPOSITIONS.pattern.replace("\\s+(?:", "\\s+(", 1), re.IGNORECASE)


def _before_participle(words: list[str]) -> list[str]:
    """A title chunk up to the participle that attaches it to what follows: 'Soft Fingertip
    Embedded (with a Sensor)', 'Inspection System Based (on Ultrasound)', 'Mobile Robot
    Including (Slipping of Objects)'; the noun phrase is what comes before it."""
    for k, word in enumerate(words[1:], 1):
        low = word.lower()
        if low == "including" or (k == len(words) - 1 and low.endswith("ed")
                                  and not low.endswith("eed")):  # not "High Speed"
            return words[:k]
    return words


# A title chunk that ends on an adjective or a participle was cut out of a clause.
_ENDS_ON_ADJECTIVE = re.compile(r"^(?!(?:t|c|st|vari|veget)ables?$).*[ai]ble$|"
                                r"^(?:taken|given|written|driven|chosen|seen|known|shown|made|done)$")


def _title_chunks(part: str, proposed: set[str]) -> list[tuple[int, int, list[str], float]]:
    """Noun-phrase-like pieces of a title between prepositions, scored by their slot: in
    'X for Y' the task is usually Y ('... for Robust Line Segment Detection'), X the method."""
    pieces = PREPOSITION_SPLIT.split(part)  # chunk, preposition, chunk, ...
    chunks = [(pieces[0], "")] + [(pieces[i + 1], pieces[i].lower())
                                  for i in range(1, len(pieces) - 1, 2)]
    has_task_slot = any(prep in _TASK_SLOT for _, prep in chunks)
    out = []
    position = 0
    for chunk, prep in chunks:
        start = part.find(chunk, position)
        position = start + len(chunk)
        # Drop words that were only punctuation: joined back, an empty word would put a stray
        # space into the span ("//e/> ." gave the span "//e/> " for the text "//e/>").
        words = [w for w in (w.strip(",;.()") for w in chunk.split()) if w]
        while words and (words[0].lower() in STOP_WORDS or words[0].lower() in _CLAIMED_QUALITY
                         or words[0].lower().endswith(("ing", "-based"))):
            words = words[1:]
        words = _before_participle(words)
        if not 2 <= len(words) <= 4 or any(any(c.isdigit() for c in w) for w in words):
            continue
        if words[-1].lower() in _NOT_TASK_WORDS or " ".join(words).lower() in proposed or \
                _ENDS_ON_ADJECTIVE.search(words[-1].lower()):
            continue  # (... or a clause cut short: "Is Mamba Capable", "an Image Taken")
        if any(w.lower() in STOP_WORDS or w.lower() in BREAK_WORDS or _ADVERB.search(w.lower())
               for w in words):
            continue  # "... in Continuously Parameterized Environments": not a task
        score = 2.0 if prep in _TASK_SLOT else (1.0 if has_task_slot or prep else 1.5)
        text = " ".join(words)
        offset = part.find(text, start)
        if offset >= 0:
            out.append((offset, offset + len(text), words, score))
    return out


# "X using Y", "X with Y", "X via Y": the later chunk of a title names the means ("Inclined
# Quadrotor Landing using Deep Reinforcement Learning", "... with Monte Carlo EM"), rarely the task.
_MEANS_SLOT = frozenset({"using", "with", "via", "through", "by", "from", "under", "against",
                         "without"})
MEANS_SLOT_FACTOR = 0.25
# Vocabulary names whose last word names no activity ("inductive bias", "point clouds",
# "compressive sensing"): one mention in the abstract counts like a phrase outside the vocabulary.
NO_HEAD_VOCAB_WEIGHT = 0.45


# "Using X for Y", "Blending X and Y for Z", "Optimizing X for Y": a title that opens with a
# verb (not a task noun like "Learning") and names its purpose after 'for' has the means as the
# verb's object.
_VERB_OPENING = re.compile(r"([A-Za-z]+ing)\s")
_PURPOSE = re.compile(r"\s(?:for|towards?)\s", re.IGNORECASE)


def _verb_object_end(part: str) -> int:
    """Where the object of a title's opening verb ends when a purpose follows, else 0."""
    m = _VERB_OPENING.match(part)
    if not m or m.group(1).lower() in TASK_HEADS:
        return 0
    purpose = _PURPOSE.search(part, m.end())
    return purpose.start() if purpose else 0


def _means_slots(part: str) -> list[tuple[int, int]]:
    """Character ranges of a title part that follow a means preposition, up to the next other
    preposition ('and' continues the slot): 'Depth Imaging With |Compressive SPAD Cameras|'."""
    pieces = PREPOSITION_SPLIT.split(part)  # chunk, preposition, chunk, ...
    out, position, slot = [], 0, False
    for i, piece in enumerate(pieces):
        start = part.find(piece, position)
        position = start + len(piece)
        if i % 2:
            slot = piece.lower() in _MEANS_SLOT or (slot and piece.lower() == "and")
        elif slot:
            out.append((start, position))
    return out


def _spans(heads: list[tuple[int, int, list[str]]], vocab: list[tuple[int, int, list[str]]]
           ) -> list[tuple[int, int, list[str]]]:
    """Both finders' phrases, each text span once: a vocabulary task with a task head ('text
    classification') is found by both and is still one mention."""
    seen = {(start, end) for start, end, _ in heads}
    return heads + [v for v in vocab if (v[0], v[1]) not in seen]


def _mention_weight(key: str, words: list[str], lexicon: Lexicon) -> float:
    """One abstract mention: a vocabulary task counts fully, unless its last word names no
    activity; any other task-like phrase counts a little."""
    if key in lexicon.tasks and words[-1].lower() in TASK_HEADS:
        return 1.0
    return NO_HEAD_VOCAB_WEIGHT if key in lexicon.tasks else 0.45


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _echoed(word: str, lowered: str) -> bool:
    """`word` (plural 's' dropped) begins a word of the lower-cased abstract: "dynamic" is echoed
    by "dynamically", "worker" by "workers"."""
    stem = _stem(word)
    i = lowered.find(stem)
    while i >= 0:
        if i == 0 or not lowered[i - 1].isalnum():
            return True
        i = lowered.find(stem, i + 1)
    return False


# Lists of examples ("applications such as X, Y and Z") name other work's tasks, not the paper's.
_EXAMPLES = re.compile(r"\b(?:such as|like|including|e\.g\.,?|for example|for instance|"
                       r"ranging from)\s")  # on lower-cased text
_TASK_NOUN = re.compile(r"\s+(?:tasks?|problems?)\b")
TASK_NOUN_BONUS = 0.5
_OWN_WORK = re.compile(r"\b(?:we|our|us|experiments?|this (?:paper|work))\b", re.IGNORECASE)
# "datasets like X", "design choices, including X": lists of things that are not tasks.
_NOT_TASKS_BEFORE = re.compile(r"\b(?:datasets|benchmarks|baselines|models|methods|architectures|"
                               r"techniques|approaches|algorithms|components|choices)\W*$",
                               re.IGNORECASE)
_EXAMPLE_END = re.compile(r"[.;:)]\s|[.;:]$|\s(?:to|that|which|where|we|our|is|are)\s")
# A task noun speaks for the whole list it closes or opens, not only for the phrase beside it:
# "on entity typing, relation extraction and event detection tasks", "three tasks: image
# denoising, deblurring and inpainting"; so does an evaluation that lists where it was run
# ("experiments on glyph spotting and rune parsing").
_LIST_TOKEN = re.compile(r"[\w'’/-]+|[^\w\s]")
_LIST_CONJ = frozenset({"and", "or"})
_LIST_LEAD = re.compile(r"\b(?:tasks|problems|applications)(?:\s*:|,?\s+(?:such as|including|like|"
                        r"namely|e\.g\.,?))\s")  # on lower-cased text
# (found with str.find, then matched where found: cheaper than one search over the text)
_EVALUATED = ("evaluat", "experiment", "appl", "tested", "validated", "results")
_EVALUATED_ON = re.compile(r"(?:ion|ions|ing|e|ed|es|s|y|ied|ies)?\b[^.;:]{0,40}?\b(?:on|to|in)\s")
_LIST_TAIL = re.compile(r"\s(?:tasks?|problems?)\b")  # on lower-cased text
_LIST_MAX_WORDS = 5
# Activity nouns too vague to name a task alone, even in a task list ("modeling, prediction").
_VAGUE_ALONE = frozenset("""
modeling modelling prediction identification simulation evaluation estimation inference learning
optimization optimisation generation reasoning understanding completion transfer adaptation
decoding programming coding sampling search systems attention fusion mapping analysis design
""".split())


def _list_members(tokens: list[re.Match]) -> list[tuple[list[re.Match], set[str]]]:
    """Short noun phrases separated by commas or a conjunction, read along `tokens` (which may
    run backwards), each with the separator that follows it; a word that cannot be in a task
    name ends the list."""
    members: list[tuple[list[re.Match], set[str]]] = []
    words: list[re.Match] = []
    for tok in tokens:
        low = tok.group().lower()
        if low == "," or low in _LIST_CONJ:
            if words:
                members.append((words, set()))
                words = []
            if not members:
                break
            members[-1][1].add(low)
            continue
        if not low[:1].isalnum() or low in BREAK_WORDS or low in STOP_WORDS or \
                len(words) == _LIST_MAX_WORDS:
            break
        words.append(tok)
    if words:
        members.append((words, set()))
    return members


def _closed_list_ends(text: str, lowered: str) -> set[int]:
    """Ends of the earlier members of each list that a task noun closes: 'A, B and C tasks'
    (the last member is next to the noun, see _TASK_NOUN)."""
    out: set[int] = set()
    for m in _LIST_TAIL.finditer(lowered):
        start = lowered.rfind(". ", 0, m.start()) + 1  # 0 in the first sentence
        members = _list_members(list(_LIST_TOKEN.finditer(text, start, m.start()))[::-1])
        if len(members) < 2 or not members[0][1] & _LIST_CONJ:
            continue
        for k, (words, _) in enumerate(members[1:], 1):
            out.add(words[0].end())  # read backwards: a member's first token is its last word
            if members[k][1] & _LIST_CONJ:
                break  # "A and B, C and D tasks": the list ends at the earlier conjunction
    return out


def _list_leads(lowered: str, named: bool) -> list[int]:
    """Where a list that a task noun or an evaluation opens begins."""
    leads = [m.end() for m in _LIST_LEAD.finditer(lowered)] if named or \
        "application" in lowered else []
    for needle in _EVALUATED:
        i = lowered.find(needle)
        while i >= 0:
            m = _EVALUATED_ON.match(lowered, i + len(needle)) if i == 0 or not \
                lowered[i - 1].isalnum() else None
            if m:
                leads.append(m.end())
            i = lowered.find(needle, i + 1)
    return leads


def _listed_ends(text: str, lowered: str) -> set[int]:
    """End offsets of the phrases in a list that a task noun closes or opens; a list needs two
    members and a conjunction before its last ('A, B and C tasks', 'tasks such as A, B or C')."""
    named = "task" in lowered or "problem" in lowered
    out = _closed_list_ends(text, lowered) if named else set()
    for lead in _list_leads(lowered, named):
        stop = _EXAMPLE_END.search(text, lead)
        members = _list_members(list(_LIST_TOKEN.finditer(text, lead,
                                                          stop.start() if stop else len(text))))
        last = next((k for k, (_, sep) in enumerate(members) if sep & _LIST_CONJ), None)
        if last is not None and last + 1 < len(members):
            out.update(words[-1].end() for words, _ in members[:last + 1])
            # the last member may run on into the clause: "A and B show that ..."
            out.update(word.end() for word in members[last + 1][0])
    return out


# A phrase right after a verb of use names the means: "we use self-supervised learning"; not
# when a preposition comes between ("applied to X", "used for X": X is the task).
_MEANS_BEFORE = re.compile(r"\b(?:us(?:e|es|ed|ing)|via|leverag\w*|employ\w*|adopt\w*|"
                           r"appl(?:y|ies|ied|ying)|based on|through|utili[sz]\w*|exploit\w*|"
                           r"combin\w*|integrat\w*|incorporat\w*|by)\s+"
                           r"(?:(?!(?:to|for|in|on|as|with)\s)[\w-]+\s+){0,2}$")


# Curators write the model class as "LLM": "LLM agents" for "Language Model Agents".
_LANGUAGE_MODEL = re.compile(r"(?<![-\w])(?:large\s+)?language\s+model(s?)\b", re.IGNORECASE)


_ABILITY_OF_LLM = re.compile(r"(?:capabilit(?:y|ies)|abilit(?:y|ies)|skills?)\s+of\s+(?:the\s+)?"
                             r"(?:(?:large\s+)?language\s+models?|llms?)\b")  # on lower-cased text
_WORD_BEFORE = re.compile(r"\b([a-z]+(?:-[a-z]+)?)\s+$")


def _as_llm(text: str) -> str:
    return _LANGUAGE_MODEL.sub(lambda m: "LLM" + m.group(1), text)


# Where abstracts name their own problem: "the problem of X", "the task of X", "a framework for
# X", "we study X". The noun phrase right after such a cue is a task candidate.
# (found with str.find: one regular expression with these alternatives costs twice as much)
_CUE_OF = frozenset("problem problems task tasks challenge challenges".split())
_CUE_FOR = frozenset("""
method methods framework frameworks approach approaches algorithm algorithms system systems
technique techniques scheme schemes pipeline pipelines strategy strategies reduction reductions
solution solutions procedure procedures architecture architectures model models network networks
toolkit toolkits platform platforms
""".split())
_ARTICLE_AFTER = re.compile(r" (?:a|an|the)\s")
_CUE_VERB = re.compile(r"(?:we|paper|work) (?:address(?:es)?|stud(?:y|ies)|tackles?|"
                       r"focus(?:es)? on|discuss(?:es)?)\s+"  # not "explore", "consider": a setting
                       r"(?:the\s+|an?\s+)?")
_ARTICLE = re.compile(r"(?:the\s+|an?\s+)?")
CUE_BONUS = 1.0
_NOT_CUE_WORDS = frozenset("""
problem problems task tasks idea ideas efficacy feasibility question questions use role impact
effect effects interest quantity setup components
application applications environment environments area areas family families usage usages
operation operations scenario scenarios setting settings purpose purposes
aspect aspects cost costs gap gaps point points view views estimate estimates degree degrees
ones connections implications directions spectrum
practitioners researchers users developers engineers scientists clinicians camera cameras
level levels amount amounts budget budgets
""".split())  # the next two lines: attributes of a problem ("computational cost", "temporal
# gap") and what a discussion covers ("broader connections", "future directions"); the last
# two, whom or what a method serves ("a solution for NLP practitioners", "for the monocular
# camera") and how much of something it is given ("a network for a desired level of compute")
_CUE_MAX_WORDS = 5
# Verbs that end a cue's noun phrase: "the robot has ...", "the mesh structure describes ...".
# ("... for open-domain QA focuses on": the verb after a phrase is no part of it)
_CUE_VERBS = frozenset("""whether has have had describes describe guarantee guarantees
focuses focus relies rely depends depend aims seeks remains suffers lacks""".split())
# Words that open a description of the case at hand, not a task's name: "a particular
# configuration", "the larger robot", "prominent challenges".
_VAGUE_FIRST = frozenset("""particular prominent larger smaller detailed single certain broader
wider possible desired given fixed""".split())
_CUE_AND = re.compile(r"\s+and\s+(?:the\s+|an?\s+)?")
# Verbs whose subject an "and" leaves out ("we ... and conduct experiments"): a clause, no phrase.
_VERB_AFTER_AND = re.compile(r"(?:conduct|perform|evaluate|show|demonstrate|achieve|apply|provide|"
                             r"compare|present|propose|introduce|obtain|validate|test|release|"
                             r"analy[sz]e|report|derive|prove|establish|develop|design|train|"
                             r"use|verify|illustrate|discuss|outperform)s?\b")


def _cue_ends(lowered: str) -> list[int]:
    """Where the phrase after each cue begins, in the lower-cased abstract."""
    out = []
    for needle, before in ((" of ", _CUE_OF), (" for ", _CUE_FOR)):
        i = lowered.find(needle)
        while i >= 0:
            if lowered[lowered.rfind(" ", 0, i) + 1:i] in before:
                out.append(_ARTICLE.match(lowered, i + len(needle)).end())
            i = lowered.find(needle, i + 1)
    for needle in ("we ", "paper ", "work "):
        i = lowered.find(needle)
        while i >= 0:
            if i == 0 or not lowered[i - 1].isalnum():
                m = _CUE_VERB.match(lowered, i)
                if m:
                    out.append(m.end())
            i = lowered.find(needle, i + 1)
    return sorted(out)


# Words that start no object of an -ing verb; a relative clause starts after the activity, not
# its object: "variable naming which ...".
_NO_OBJECT = BREAK_WORDS | frozenset("which that who whose whereas while".split())


def _takes_object(text: str, word: re.Match) -> bool:
    """An -ing word followed by a noun phrase is a verb ('maximizing its return'); at the end of
    a phrase it is the activity ('variable naming', 'distributed training')."""
    nxt = _WORD.search(text, word.end())
    return bool(nxt) and text[word.end():nxt.start()] == " " and \
        nxt.group().lower() not in _NO_OBJECT


def _cue_phrases(text: str, lowered: str, proposed: set[str]
                 ) -> list[tuple[int, int, list[str]]]:
    """Noun phrases right after a cue, and after an 'and' that continues them."""
    out = []
    for position in _cue_ends(lowered):
        for _ in range(2):
            words = []
            for w in _WORD.finditer(text, position):
                gap = text[position:w.start()] if not words else text[words[-1].end():w.start()]
                if (words and gap not in (" ", "-")) or (not words and gap.strip()):
                    break
                low = w.group().lower()
                if low in BREAK_WORDS or low in STOP_WORDS or len(words) == _CUE_MAX_WORDS or \
                        low in _CUE_VERBS or _ADVERB.search(low) or \
                        (words and low.endswith("ing") and _takes_object(text, w)) or \
                        (words and _ARTICLE_AFTER.match(text, w.end())):
                    # "a robot maximizing its return": the participle starts a clause; "methods
                    # for disaggregation presents a challenge": a word an article follows is a verb
                    break
                words.append(w)
            while len(words) > 1 and words[-1].group().lower().endswith("ed"):
                words.pop()  # "forces applied", "robots based": a participle ends the phrase
            if not words:
                break
            first = words[0].group().lower()
            if not (first.endswith("ing") and first not in TASK_HEADS) and \
                    first not in _VAGUE_FIRST and \
                    words[-1].group().lower() not in _NOT_TASK_WORDS | _NOT_CUE_WORDS:
                span = [w.group() for w in words]
                if " ".join(span).lower() not in proposed:
                    out.append((words[0].start(), words[-1].end(), span))
            nxt = _CUE_AND.match(text, words[-1].end())
            if not nxt or _VERB_AFTER_AND.match(lowered, nxt.end()):
                break  # "architectures for super-resolution and conduct experiments": a new clause
            position = nxt.end()
    return out


# "the optimal sensor configuration problem", "the Dial-A-Ride Problem": the words a text puts
# before 'problem' name the problem whatever their head noun; evaluative words do not ("an open
# problem", "this challenging problem") and neither does a lone word ("the learning problem").
_PROBLEM = re.compile(r"\bproblems?\b")  # on lower-cased text
_NOT_PROBLEM_WORDS = frozenset("""
open hard interesting classical classic well-known famous central same following above underlying
original resulting related optimization learning inverse np-hard np-complete combinatorial research
practical real-world complex common certain particular known much very large small high low single
one two three easier harder simpler serious significant severe critical crucial numerous realistic
relevant initial pose poses implement overcome world
""".split())
PROBLEM_WEIGHT = 1.0
# Only a noun phrase that an article or preposition opens: "the X problem", "of X problems".
_PROBLEM_DETERMINER = re.compile(r"\b(?:the|a|an|this|of|for|to|on|in)\s$")


def _problem_phrases(text: str, lowered: str, proposed: set[str]
                     ) -> list[tuple[int, int, list[str]]]:
    """Two to four words right before 'problem' that name it."""
    out = []
    for m in _PROBLEM.finditer(lowered):
        words = []
        end = m.start()
        for w in reversed(list(_WORD.finditer(text, max(0, m.start() - 80), m.start()))):
            if text[w.end():end] != " " or len(words) == 4:
                break
            low = w.group().lower()
            if low in BREAK_WORDS or low in STOP_WORDS or low in _NOT_PROBLEM_WORDS or \
                    _ADVERB.search(low) or low.endswith("ed"):
                break
            words.insert(0, w)
            end = w.start()
        while words and words[0].group().lower().endswith("ing") and \
                words[0].group().lower() not in TASK_HEADS:
            words = words[1:]  # "solving the X problem" is cut above; "facing X problems" here
        before = lowered[max(0, words[0].start() - 6):words[0].start()] if words else ""
        if len(words) < 2 or not _PROBLEM_DETERMINER.search(before) or \
                " ".join(w.group() for w in words).lower() in proposed:
            continue
        out.append((words[0].start(), words[-1].end(), [w.group() for w in words]))
    return out


# "In-hand object reorientation has been a challenging problem", "Gravity balancing of robots is
# an important issue": a sentence whose subject the text calls a problem names the paper's task.
_CALLED_PROBLEM = re.compile(r"\s(?:(?:is|are|remains|been|become|becomes)\s+"
                             r"(?:a|an|the|one of the)\s+"
                             r"(?:[a-z-]+\s+){0,3}?(?:problems?|tasks?|challenges?|issues?|"
                             r"areas?|topics?|fields?)\b|aims?\s+(?:to|at)\s|"
                             r"(?:has|have)\s+(?:attracted|received|gained|drawn)\s)")
SUBJECT_WEIGHT = 1.0
_AUXILIARY = frozenset("has have had long".split())  # "X has long been a challenge"
_SUBJECT_MAX_WORDS = 8
# Subjects that are not a noun phrase naming a problem: "There are ...", "This task is ...".
_NOT_SUBJECT_FIRST = BREAK_WORDS | STOP_WORDS | frozenset("""
there here however therefore thus hence while although though despite since because if when
one two it he she
""".split())


def _subject_phrases(text: str, lowered: str, proposed: set[str]
                     ) -> list[tuple[int, int, list[str]]]:
    """The whole subject of a sentence 'X is a (challenging) problem', cut at a preposition
    other than 'of' ('Target tracking with bearing-only sensors' -> 'Target tracking')."""
    out = []
    for m in _CALLED_PROBLEM.finditer(lowered):
        dot = lowered.rfind(". ", 0, m.start())
        start = dot + 2 if dot >= 0 else 0
        words = list(_WORD.finditer(text, start, m.start()))
        if not words or words[0].start() != start or text[start:words[-1].end()].count(",") or \
                len(words) > _SUBJECT_MAX_WORDS:
            continue
        first = words[0].group().lower()
        if first in _NOT_SUBJECT_FIRST or (first.endswith("ing") and first not in TASK_HEADS):
            continue  # "Computing the volume ...": a clause, not a task's name
        kept = []
        for w in words:
            low = w.group().lower()
            if (low in BREAK_WORDS and low not in ("of", "and")) or low in STOP_WORDS or \
                    low in _AUXILIARY or _ADVERB.search(low) or \
                    (kept and text[kept[-1].end():w.start()] != " "):
                break  # "Multi-Task Learning (MTL)": the name ends at the bracket
            kept.append(w)
        while kept and kept[-1].group().lower() in ("of", "and"):
            kept.pop()
        out.extend(_subject_parts(kept, proposed))
    return out


def _subject_parts(kept: list[re.Match], proposed: set[str]) -> list[tuple[int, int, list[str]]]:
    """'Object detection and pose estimation' names two tasks when both end in a task head."""
    lows = [w.group().lower() for w in kept]
    if "and" in lows and "of" not in lows:
        k = lows.index("and")
        if lows[k - 1] in TASK_HEADS and lows[-1] in TASK_HEADS:
            return _subject_parts(kept[:k], proposed) + _subject_parts(kept[k + 1:], proposed)
    span = [w.group() for w in kept]
    if len(span) < 2 or span[-1].lower() in _NOT_TASK_WORDS | _NOT_CUE_WORDS or \
            " ".join(span).lower() in proposed:
        return []
    return [(kept[0].start(), kept[-1].end(), span)]


# A title that starts with what the paper does: "Detecting Adversarial Examples ...", "Learning
# to Segment Images ..." names the task "adversarial example detection", "image segmentation".
_NOMINAL = {
    "detect": "detection", "predict": "prediction", "generate": "generation",
    "estimate": "estimation", "track": "tracking", "recognize": "recognition",
    "recognise": "recognition", "classify": "classification", "segment": "segmentation",
    "translate": "translation", "summarize": "summarization", "retrieve": "retrieval",
    "reconstruct": "reconstruction", "rank": "ranking", "parse": "parsing",
    "localize": "localization", "discover": "discovery", "identify": "identification",
    "extract": "extraction", "synthesize": "synthesis", "forecast": "forecasting",
    "cluster": "clustering", "match": "matching", "complete": "completion", "infer": "inference",
    "caption": "captioning", "answer": "answering", "align": "alignment", "edit": "editing",
}
_GERUND = {(v[:-1] if v.endswith("e") else v) + "ing": n for v, n in _NOMINAL.items()}
_GERUND.update({"classifying": "classification", "identifying": "identification",
                "inferring": "inference", "learning": "learning"})
_LEARN_TO = re.compile(r"(?:learning|learn)\s+(?:how\s+)?to\s+|how\s+to\s+", re.IGNORECASE)
NOMINAL_WEIGHT = 2.0
# "Learning X" is a task when X is what learning produces: "Learning Term Embeddings".
_LEARNED = frozenset("""
representation feature embedding policy reward behavior behaviour skill metric
""".split())


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4 and not low.endswith(("series", "species")):
        return word[:-3] + "y"
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "series", "species")) and \
            len(low) > 3:
        return word[:-1]
    return word


def _nominalised(part: str, lowered: str) -> tuple[str, int, int] | None:
    """'Learning to Segment Images' -> ('image segmentation', start, end): the verb and its
    object (one to three words, echoed by the abstract) written as a task noun phrase."""
    m = _LEARN_TO.match(part)
    words = list(_WORD.finditer(part, m.end() if m else 0))
    if not words or words[0].start() != (m.end() if m else 0):
        return None
    verb = words[0].group().lower()
    if m and m.group().lower().startswith("learn") and verb.isalpha() and verb not in BREAK_WORDS and \
            (len(words) == 1 or words[1].group().lower() in BREAK_WORDS):
        # "... for Learning to Optimize", "Learning to Search with X": no object to name the task
        # with, and curators keep the phrase ("learning to rank" is a task name).
        return display(part[:words[0].end()].split()).lower(), 0, words[0].end()
    noun = _NOMINAL.get(verb) if m else _GERUND.get(verb)
    if noun is None:
        return None
    obj = []
    for w in words[1:4]:
        low = w.group().lower()
        gap = part[(obj[-1] if obj else words[0]).end():w.start()]
        if gap not in (" ", "-") or low in BREAK_WORDS or low in STOP_WORDS or _ADVERB.search(low):
            break
        obj.append(w)
    if not obj or (lowered and not all(_echoed(p, lowered) for w in obj
                                       for p in w.group().split("-") if p)):
        return None
    if noun == "learning" and _singular(obj[-1].group()).lower() not in _LEARNED:
        return None  # "Learning Antidote Data to ...": what is learned is the means
    shown = [w.group() for w in obj[:-1]] + [_singular(obj[-1].group())]
    return display(shown + [noun]).lower(), words[0].start(), obj[-1].end()


# "Design of a Miniature Sensor", "Correction of Classification Models": a title's activity noun
# whose object follows 'of' names the task with the object in front ("sensor design").
_OF_HEADS = TITLE_HEADS - {"systems"}
_ADJECTIVE = re.compile(r"(?:al|ous|ive|ic|ful|ent|ant|ary|able|ible|-driven|-based|-free|-aware)$|"
                        r"^(?:fast|rapid|quick|"
                        r"joint|direct|exact|approximate|accurate|online|offline|safe|smooth|"
                        r"sparse|dense)$")
_ARTICLES = frozenset({"a", "an", "the"})


def _plain(chunk: str) -> list[str]:
    return [w for w in (w.strip(",;.()") for w in chunk.split()) if w]


_CAMEL = re.compile(r"[a-z][A-Z]")


def _object_words(chunk: str) -> list[str]:
    """The noun phrase a title chunk opens with, articles dropped, up to a break or a verb form
    (commas stay: 'Design of a Miniature, Multi-Directional Sensor'); none when it is a coined
    name ('Design of the ReHapticKnob')."""
    words = chunk.split()
    while words and words[0].lower() in STOP_WORDS:
        words = words[1:]
    out = []
    for word in words:
        low = word.lower()
        if low in BREAK_WORDS or low in STOP_WORDS or low == "based" or _ADVERB.search(low) or \
                (low.endswith("ing") and low not in _OF_HEADS) or (out and low.endswith("ed")) \
                or not word[:1].isalnum():
            break  # "... Humanoid Robot Integrating Rigid", "... Payloads Suspended by Cables"
        if _CAMEL.search(word):
            return []
        out.append(word.rstrip(",;.)"))
        if word[-1] in ";.)":
            break
    return out


def _bare_head(words: list[str]) -> bool:
    """'Design', 'A Simultaneous Design': an activity noun with at most articles and adjectives
    before it, so the object after 'of' is what the activity is about."""
    return bool(words) and words[-1].lower() in _OF_HEADS and all(
        w.lower() in _ARTICLES | _EVALUATIVE or
        (_ADJECTIVE.search(w.lower()) and w.lower() not in STOP_WORDS) for w in words[:-1])


# Praise of the activity, not a kind of it: 'Efficient Computation of the Volume of a Polytope'
# is about 'volume computation'.
_EVALUATIVE = frozenset("efficient effective improved robust simple novel new better".split())


def _echoed_words(words: list[str], lowered: str) -> bool:
    """A title phrase the abstract echoes (one word of three or more may be missing)."""
    pieces = [p for w in words for p in w.split("-") if p]
    return not lowered or sum(not _echoed(p, lowered) for p in pieces) <= (len(words) >= 3)


def _of_objects(chunks: list[tuple[str, str]], lowered: str) -> list[list[str]]:
    """'Finetuning and Inference of Large Foundation Models' -> ['Large', 'Foundation', 'Model',
    'Inference'] and the same with 'Finetuning'."""
    out = []
    for k in range(len(chunks) - 1):
        words = _plain(chunks[k][0])
        if chunks[k + 1][1] != "of" or not _bare_head(words):
            continue
        obj = _object_words(chunks[k + 1][0])[-3:]
        if not obj or not _echoed_words(obj, lowered):
            continue
        heads, j = [words[-1]], k
        while j > 0 and chunks[j][1] == "and":  # "Detection and Tracking of X"
            # "Design, Control, and Evaluation of X": a comma list of lone activity nouns
            prev = [_plain(piece) for piece in chunks[j - 1][0].split(",") if piece.strip()]
            if not prev or any(len(p) != 1 or p[0].lower() not in _OF_HEADS for p in prev):
                break
            heads.extend(p[0] for p in reversed(prev))
            j -= 1
        obj = obj[:-1] + [_singular(obj[-1])]
        out.extend(obj + [head] for head in reversed(heads))  # the first named first
    return out


def _shared_modifiers(chunks: list[tuple[str, str]], lowered: str) -> list[list[str]]:
    """'Line Detection and Association' -> 'Line Association': a lone activity noun after 'and'
    shares the modifiers of the phrase before it ('Online Object Tracking, Learning and Parsing'
    -> 'Online Object Parsing')."""
    out = []
    for k in range(1, len(chunks)):
        words = _plain(chunks[k][0])
        if chunks[k][1] != "and" or len(words) != 1 or words[0].lower() not in _OF_HEADS:
            continue
        if k + 1 < len(chunks) and chunks[k + 1][1] == "of":
            continue  # "Finetuning and Inference of X": the object follows, see _of_objects
        prev = _plain(chunks[k - 1][0].split(",")[0])
        while prev and prev[0].lower() in STOP_WORDS:
            prev = prev[1:]
        if 2 <= len(prev) <= 4 and prev[-1].lower() in _OF_HEADS and \
                _echoed_words(prev[:-1], lowered):
            out.append(prev[:-1] + words)
    return out


def _title_compounds(part: str, lowered: str) -> list[list[str]]:
    """Task phrases a title writes around a preposition or a conjunction."""
    pieces = PREPOSITION_SPLIT.split(part)  # chunk, preposition, chunk, ...
    chunks = [(pieces[0], "")] + [(pieces[i + 1], pieces[i].lower())
                                  for i in range(1, len(pieces) - 1, 2)]
    return _of_objects(chunks, lowered) + _shared_modifiers(chunks, lowered)


COMPOUND_WEIGHT = 2.0


def _names_a_topic(words: list[str]) -> bool:
    """A short title that is a topic ('Feature Collapse', 'Hybrid Intelligence'), not a verb
    phrase ('Reconstructing PASCAL VOC') or a name ('The Termination Critic', 'Generalized-ICP')."""
    if not words:
        return False  # no title
    first = words[0].lower()
    return first not in STOP_WORDS and first not in BREAK_WORDS and \
        not (first.endswith("ing") and first not in TASK_HEADS) and \
        not any(sum(c.isupper() for c in w) >= 2 for w in words)


def score_candidates(title: str, abstract: str, lexicon: Lexicon, proposed: set[str],
                     trace: dict[str, list[str]] | None = None
                     ) -> tuple[dict[str, float], dict[str, tuple[int, int, str]]]:
    """Every task-like phrase of the paper, keyed by its lower-cased display form, with a score
    (summed over its occurrences) and where it first occurs; `trace` collects which rules fired."""
    scores: dict[str, float] = {}
    where: dict[str, tuple[int, int, str]] = {}

    def add(key: str, score: float, span: tuple[int, int, str], rule: str = "") -> None:
        if key.startswith("based "):
            return  # "based navigation": the rest of "vision-based navigation", no task
        if "language model" in key:
            key = _as_llm(key).lower()
        scores[key] = scores.get(key, 0.0) + score
        where.setdefault(key, span)
        if trace is not None:
            trace.setdefault(key, []).append(f"{rule}:{score:g}")

    lowered = abstract.lower()
    if len(lowered) != len(abstract):  # "İ".lower() is two characters: keep offsets aligned
        lowered = "".join(c.lower()[:1] for c in abstract)
    parts = TITLE_SPLIT.split(title)
    if len(parts) == 1 and len(title.split()) <= 3 and not any(c.isdigit() for c in title) \
            and _names_a_topic(title.split()):
        add(display(title.split()).lower(), 3.0, (0, len(title), "title"),
            "short-title")  # "Feature Collapse"
    for part in parts:
        offset = title.find(part)
        means = _means_slots(part)
        nominal = _nominalised(part, lowered)
        if nominal:
            add(nominal[0], NOMINAL_WEIGHT, (offset + nominal[1], offset + nominal[2], "title"),
                "t-nominal")
        for purpose in _PURPOSE.finditer(part):  # "... for Learning to Optimize"
            found = _nominalised(part[purpose.end():], lowered)
            if found:
                at = offset + purpose.end()
                add(found[0], NOMINAL_WEIGHT, (at + found[1], at + found[2], "title"), "t-nominal")
        verb_means = 0 if nominal else _verb_object_end(part)
        for words in _title_compounds(part[verb_means:], lowered):
            key = display(words).lower()
            if key not in proposed:
                add(key, COMPOUND_WEIGHT, (offset, offset + len(part), "title"), "t-compound")
        for start, end, words, score in _title_chunks(part, proposed):
            if nominal and nominal[1] <= start < nominal[2]:
                continue  # "Segment Images": the verb phrase, now "image segmentation"
            if start < verb_means or any(s <= start < e for s, e in means):
                score *= MEANS_SLOT_FACTOR
            pieces = [p for w in words for p in w.split("-") if p]
            unechoed = sum(not _echoed(p, lowered) for p in pieces) if lowered else 0
            if unechoed > (1 if len(words) >= 3 else 0):
                continue  # a title phrase the abstract never echoes: "A Reality Check"
            add(display(words).lower(), score, (offset + start, offset + end, "title"), "t-chunk")
        for start, end, words in _spans(_phrases(part, proposed, TITLE_HEADS),
                                        _vocab_phrases(part, lexicon)):
            key = display(words).lower()
            if len(words) == 1 and key not in lexicon.tasks:
                continue
            if _bare_head(words) and re.match(r"\s+of\s", part[end:]):
                continue  # "Fast Maximization of X": the task is named with its object
            weight = 3.0 * (MEANS_SLOT_FACTOR if any(s <= start < e for s, e in means) else 1.0)
            add(key, weight, (offset + start, offset + end, "title"), "t-phrase")
    examples = []
    for m in _EXAMPLES.finditer(lowered):
        sentence = abstract[abstract.rfind(". ", 0, m.start()) + 1:m.start()]
        if _OWN_WORK.search(sentence) and not _NOT_TASKS_BEFORE.search(sentence):
            continue  # "we evaluate on tasks such as X and Y": the paper's own tasks
        stop = _EXAMPLE_END.search(abstract, m.end())
        examples.append((m.start(), stop.start() if stop else len(abstract)))
    found = _spans(_phrases(abstract, proposed), _vocab_phrases(abstract, lexicon))
    listed = _listed_ends(abstract, lowered)
    for start, end, words in found:
        key = display(words).lower()
        if len(words) == 1 and (end not in listed or key in _VAGUE_ALONE):
            continue  # a lone activity noun is a task only where a task list names it
        if any(s < start < e for s, e in examples):
            continue  # "tasks such as text generation, question answering ...": examples
        base = _mention_weight(key, words, lexicon)
        if _MEANS_BEFORE.search(lowered, max(0, start - 40), start):
            base *= MEANS_SLOT_FACTOR  # "uses self-supervised learning", "via transfer learning"
        weight = base
        if _TASK_NOUN.match(abstract, end) or end in listed:
            weight += TASK_NOUN_BONUS  # "a matrix reasoning task", "reasoning problems"
        add(key, weight, (start, end, "abstract"), "a-phrase")
        # "characterize individual fairness", "study nonmonotonic reasoning": a leading verb or
        # adjective splits a phrase's count, so its shorter tails are counted too.
        for k in range(1, len(words) - 1 if key not in _FIELDS else 1):
            tail = words[k:]  # a field's tail is no task either: "(natural) language processing"
            tail_start = end - len(" ".join(tail))
            if abstract[tail_start:end].split() != tail:
                break
            tail_key = display(tail).lower()
            tail_weight = weight - base + _mention_weight(tail_key, tail, lexicon) * (
                MEANS_SLOT_FACTOR if _MEANS_BEFORE.search(lowered, max(0, tail_start - 40),
                                                          tail_start) else 1.0)
            add(tail_key, tail_weight, (tail_start, end, "abstract"), "a-tail")
    for start, end, words in _cue_phrases(abstract, lowered, proposed):
        key = display(words).lower()
        if len(words) == 1 and key not in lexicon.tasks:
            continue
        add(key, CUE_BONUS, (start, end, "abstract"), "a-cue")
    for start, end, words in _problem_phrases(abstract, lowered, proposed):
        add(display(words).lower(), PROBLEM_WEIGHT, (start, end, "abstract"), "a-problem")
    for start, end, words in _subject_phrases(abstract, lowered, proposed):
        add(display(words).lower(), SUBJECT_WEIGHT, (start, end, "abstract"), "a-subject")
    for match in _ABILITY_OF_LLM.finditer(lowered):  # "the reasoning ability of LLMs"
        head = _WORD_BEFORE.search(lowered, max(0, match.start() - 40), match.start())
        if head and head.group(1) in TASK_HEADS:
            add(f"llm {head.group(1)}", 1.0, (head.start(), match.end(), "abstract"), "a-llm")
    for key in scores:
        if key in lexicon.tasks:
            broad = lexicon.tasks[key] > _BROAD_DF and where[key][2] != "title"
            # a field as broad as "reinforcement learning" that only the abstract names is the
            # setting or the means: it needs several mentions beyond one cue to be the task
            scores[key] += -2.0 if broad else 0.5
            if trace is not None:
                trace.setdefault(key, []).append("vocab-broad" if broad else "vocab")
    return scores, where


# What a paper works on or with, not what it does: data ("point clouds", "time series", "event
# cameras"), spaces ("hyperbolic space") and hardware ("haptic devices", "aerial vehicles").
_NOT_TASK_THINGS = frozenset("""
clouds series images videos signals space spaces devices sensors cameras instruments histograms
maps queries bodies vehicles process processes
results cases benefits advantages issues challenges properties
efficiency performance
""".split())  # "computational efficiency", "generalization performance": what a method has


def _span(key: str, score: float, where: dict[str, tuple[int, int, str]], title: str,
          abstract: str) -> TaskSpan:
    start, end, fld = where[key]
    text = (title if fld == "title" else abstract)[start:end]
    shown = display(text.split())
    if "language model" in shown.lower():
        shown = _as_llm(shown)
    if shown.lower() != key:  # a phrase put together from the text: "LLM reasoning"
        shown = re.sub(r"\bllm(s?)\b", r"LLM\1", key)
    return TaskSpan(start, end, shown, fld, min(0.95, 0.3 + score / 8))


def _overlaps(key: str, chosen: list[TaskSpan]) -> bool:
    words = set(key.split())
    return any(len(words & set(c.text.lower().split())) / len(words | set(c.text.lower().split()))
               >= 0.5 for c in chosen)


# A paper that names one task clearly usually has a second that the abstract mentions once
# (curators list two to four): the best such phrase is taken when it reads like a task name, its
# first word one that starts a vocabulary task or a word of the title ("speed control", "query
# answering"), not an evaluative or verb form ("remarkable reasoning", "define introspection").
# Measured on annotated abstracts, a second task found so is right about 4 times in 10, a third
# about 1 in 3. An extra task pays when it is right more often than half the task F1 (about .5),
# so the list is filled to three: held-out task F1 .505 -> .511 on six sets of real abstracts
# (all four veto sets up), the dev set's .591 -> .573. A paper with no clear task gets its best
# such phrases too: curators name one for every paper. Phrases of four words or more are clause
# pieces more often than names ("empirical results call attention").
FILL_TO = 3
FILL_MIN_SCORE = 0.4
# Mentioned once, "AI systems", "robotic systems" name what is studied, not a task.
_NOT_FILL_HEADS = _NOT_TASK_THINGS | {"systems", "evaluation"}
# A phrase cut out of a clause rather than a noun phrase: "in conversation", "whole navigation",
# "interface prioritizes operator safety", "high prediction (accuracy)".
_NOT_FILL_FIRST = frozenset({"in", "on", "of", "for", "with", "to", "by", "from", "at", "as",
                             "whole", "entire", "same", "such", "other", "various", "several", "one",
                             "high", "low"})
_VERB_INSIDE = re.compile(r"\s[a-z]+(?:izes|ises|ates|udes|ides|ows|ains)\s")


# A piece of a clause, not a noun phrase: "during inference", "forces during manipulation", "while
# preserving privacy", "paper proposes self-imitation learning", "considers active SLAM", "two
# systems", "much deep learning", "numerous machine learning".
_CLAUSE_PIECE = re.compile(r"(?:among|also|much|very|two|three|four|novel|numerous|several|various|"
                           r"many|consider|considers|"
                           r"discuss|discusses|investigates|explores|presents|proposes)\s|"
                           r"(?:paper|work|study|article)\s+[a-z]+s\b|.*?\b(?:during|while)\s")


def _fillers(ranked: list[tuple[str, float]], title: str, lexicon: Lexicon,
             proposed: set[str]) -> list[str]:
    """Phrases below the bar that may complete a short task list, best first; of equal scores,
    one whose modifier the title repeats first."""
    title_words = {w.lower() for w in _WORD.findall(title)}
    out = []
    for key, score in ranked:
        if not FILL_MIN_SCORE <= score < 0.9 or key in proposed or key in lexicon.tasks or \
                key in _NOT_ADDRESSED or \
                key.rsplit(" ", 1)[-1] in _NOT_FILL_HEADS or \
                any(key == f or key.endswith(" " + f) for f in _FIELDS):
            continue  # a vocabulary task below the bar was discounted: a means, or too broad
        if key.split()[0] in _NOT_FILL_FIRST or _VERB_INSIDE.search(f" {key} ") or \
                _CLAUSE_PIECE.match(key) or len(key.split()) > 3:
            continue
        if key.split()[0] in lexicon.task_first_words or key.split()[0] in title_words:
            out.append((-round(score, 6), not set(key.split()[:-1]) & title_words, key))
    return [key for *_, key in sorted(out, key=lambda t: t[:2])]


# What a method is built from: "A Rao-Blackwellized Particle Filter for X", "The Gumbel-Top-k
# Trick", "Likelihood-Ratio Gradient Estimators" name the means, whatever slot of the title.
_MEANS_HEADS = frozenset("""
filter filters forest forests trick tricks perceptron perceptrons layer layers scheme schemes engine
engines principle principles interpolator interpolators estimator estimators recognizer recognizers
backbone backbones operator operators classifier classifiers solver solvers
""".split())


def rank_tasks(title: str, abstract: str, lexicon: Lexicon, proposed: set[str]) -> list[TaskSpan]:
    proposed = {p.lower() for p in proposed}
    scores, where = score_candidates(title, abstract, lexicon, proposed)
    # Equal scores: a title phrase first, then the shorter phrase ("maze navigation" before "four
    # sparse-reward maze navigation", whose every mention it shares), then the earlier one.
    ranked = sorted(scores.items(), key=lambda kv: (-round(kv[1], 6), where[kv[0]][2] != "title",
                                                    len(kv[0].split()), where[kv[0]][0]))
    # "entity recognition" is only the tail of the known task the title names, "named entity
    # recognition"
    titled = [o for o, score in scores.items()
              if score >= 0.9 and where[o][2] == "title" and o in lexicon.tasks]
    shadowed = {k for k in scores if " " in k and any(o.endswith(" " + k) for o in titled)}
    chosen: list[TaskSpan] = []
    for key, score in ranked:
        if score < 0.9 or key in proposed or key in _FIELDS or key in _NOT_ADDRESSED or \
                key in shadowed or \
                key.rsplit(" ", 1)[-1] in _NOT_TASK_THINGS or _overlaps(key, chosen) or \
                _CLAUSE_PIECE.match(key):
            continue
        if key.rsplit(" ", 1)[-1] in _MEANS_HEADS:
            continue  # what the paper builds, not its task
        chosen.append(_span(key, score, where, title, abstract))
        if len(chosen) == MAX_TASKS:
            break
    for key in _fillers(ranked, title, lexicon, proposed):
        if len(chosen) >= FILL_TO:
            break
        if not _overlaps(key, chosen):
            chosen.append(_span(key, scores[key], where, title, abstract))
    return chosen
