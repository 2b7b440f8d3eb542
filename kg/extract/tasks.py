"""Research tasks as short noun phrases, ranked: title phrases first, then abstract phrases that
recur or are in the Papers-with-Code task vocabulary."""

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
anticipation forgetting collapse attention diversification
""".split())
_STOP = frozenset("""
a an the this that these those our we its their novel new simple generic efficient effective
existing current previous prior various diverse several many multiple large-scale general
proposed unified better improved improving enhanced robust powerful key major main first
such other each both all any more most less few some is are be been being it they which
intrinsic emergent your you my all need
""".split())
# Whole fields and model classes: true of most abstracts, so never a paper's task.
_FIELDS = frozenset({
    "machine learning", "deep learning", "artificial intelligence", "natural language processing",
    "natural language", "computer vision", "language model", "language models",
    "large language model", "large language models", "neural network", "neural networks",
    "deep neural networks", "benchmarking", "data science", "generative AI", "foundation models",
    "foundation model", "ai", "nlp", "llms", "llm",
})
_BREAK = frozenset({"to", "of", "for", "and", "in", "on", "with", "by", "via", "from", "as",
                    "at", "or", "than", "into", "is", "are", "was", "were", "be", "can", "not",
                    "towards", "toward", "through", "across", "over", "under", "between",
                    "without", "within", "using", "beyond", "about", "like", "such", "out",
                    "up", "off", "do", "does", "how", "what", "why", "when", "where"})
# Field names too broad to be a paper's task unless its title says so (corpus df above this).
_BROAD_DF = 2000
_SPLIT_TITLE = re.compile(r"\s*(?::|\?|\s[-–—]{1,2}\s)\s*")
_PREPOSITIONS = re.compile(
    r"\s+(?:for|with|via|by|in|through|using|from|on|to|towards|toward|beyond|without|under|"
    r"and|of|as|at|into|against|vs\.?|is|are|can)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*")
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


def _phrases(text: str, proposed: set[str]) -> list[tuple[int, int, list[str]]]:
    """Task-like noun phrases: up to three modifiers and a task head noun, with offsets."""
    words = list(_WORD.finditer(text))
    out = []
    for i, match in enumerate(words):
        if match.group().lower() not in TASK_HEADS:
            continue
        first = i
        while (first > 0 and i - first < _MAX_MODIFIERS
               and words[first - 1].end() + 1 >= words[first].start()
               and text[words[first - 1].end():words[first].start()] in (" ", "-")
               and words[first - 1].group().lower() not in _BREAK
               and words[first - 1].group().lower() not in _STOP
               and not words[first - 1].group().lower().endswith("ly")):
            first -= 1
        # A leading verb form is not part of the task: "mastering code generation".
        while first < i and words[first].group().lower().endswith("ing") and \
                words[first].group().lower() not in TASK_HEADS:
            first += 1
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
            if i + n <= len(words) and " ".join(lowered[i:i + n]) in lexicon.tasks:
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
_SPLIT_KEEP = re.compile(_PREPOSITIONS.pattern.replace("\\s+(?:", "\\s+(", 1), re.IGNORECASE)


def _title_chunks(part: str, proposed: set[str]) -> list[tuple[int, int, list[str], float]]:
    """Noun-phrase-like pieces of a title between prepositions, scored by their slot: in
    'X for Y' the task is usually Y ('... for Robust Line Segment Detection'), X the method."""
    pieces = _SPLIT_KEEP.split(part)  # chunk, preposition, chunk, ...
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
        while words and (words[0].lower() in _STOP or words[0].lower().endswith("ing")):
            words = words[1:]
        if not 2 <= len(words) <= 4 or any(any(c.isdigit() for c in w) for w in words):
            continue
        if words[-1].lower() in _NOT_TASK_WORDS or " ".join(words).lower() in proposed:
            continue
        if any(w.lower() in _STOP or w.lower() in _BREAK for w in words):
            continue
        score = 2.0 if prep in _TASK_SLOT else (1.0 if has_task_slot or prep else 1.5)
        text = " ".join(words)
        offset = part.find(text, start)
        if offset >= 0:
            out.append((offset, offset + len(text), words, score))
    return out


def rank_tasks(title: str, abstract: str, lexicon: Lexicon, proposed: set[str]) -> list[TaskSpan]:
    proposed = {p.lower() for p in proposed}
    scores: dict[str, float] = {}
    where: dict[str, tuple[int, int, str]] = {}

    def add(key: str, score: float, span: tuple[int, int, str]) -> None:
        scores[key] = scores.get(key, 0.0) + score
        where.setdefault(key, span)

    parts = _SPLIT_TITLE.split(title)
    if len(parts) == 1 and len(title.split()) <= 3 and not any(c.isdigit() for c in title):
        add(display(title.split()).lower(), 3.0, (0, len(title), "title"))  # "Feature Collapse"
    for part in parts:
        offset = title.find(part)
        for start, end, words, score in _title_chunks(part, proposed):
            add(display(words).lower(), score, (offset + start, offset + end, "title"))
        for start, end, words in _phrases(part, proposed) + _vocab_phrases(part, lexicon):
            key = display(words).lower()
            if len(words) == 1 and key not in lexicon.tasks:
                continue
            add(key, 3.0, (offset + start, offset + end, "title"))
    for start, end, words in _phrases(abstract, proposed) + _vocab_phrases(abstract, lexicon):
        key = display(words).lower()
        if len(words) == 1:
            continue
        add(key, 1.0 if key in lexicon.tasks else 0.45, (start, end, "abstract"))
    for key in scores:
        if key in lexicon.tasks:
            broad = lexicon.tasks[key] > _BROAD_DF and where[key][2] != "title"
            scores[key] += -1.0 if broad else 0.5

    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], where[kv[0]][2] != "title",
                                                    where[kv[0]][0]))
    chosen: list[TaskSpan] = []
    for key, score in ranked:
        if score < 0.9 or key in proposed or key in _FIELDS:
            continue
        words = set(key.split())
        if any(len(words & set(c.text.lower().split())) / len(words | set(c.text.lower().split()))
               >= 0.5 for c in chosen):
            continue
        start, end, fld = where[key]
        text = (title if fld == "title" else abstract)[start:end]
        chosen.append(TaskSpan(start, end, display(text.split()), fld, min(0.95, 0.3 + score / 8)))
        if len(chosen) == MAX_TASKS:
            break
    return chosen
