"""Research tasks as short noun phrases, ranked: title phrases first, then recurring abstract
phrases, preferring phrases in the Papers-with-Code task vocabulary."""

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
mapping localisation grounding answering benchmarking transfer exploration imitation
sampling coding programming diagnosis screening analysis fairness robustness privacy safety
introspection creativity decision-making simulation acceleration training pretraining
pre-training scheduling routing design identification spotting anticipation captioning
""".split())
_STOP = frozenset("""
a an the this that these those our we its their novel new simple generic efficient effective
existing current previous prior various diverse several many multiple large-scale general
proposed unified better improved improving enhanced robust powerful key major main first
such other each both all any more most less few some is are be been being it they which
""".split())
_SPLIT_TITLE = re.compile(r"\s*(?::|\?|\s[-–—]{1,2}\s)\s*")
_PREPOSITIONS = re.compile(
    r"\s+(?:for|with|via|by|in|through|using|from|on|to|towards|toward|beyond|without|under|"
    r"and|of|as|at|into|against|vs\.?)\s+", re.IGNORECASE)
_PHRASE = re.compile(r"(?:(?<=\s)|^)((?:[A-Za-z][\w'-]*\s+){0,3}?)(%s)\b" % "|".join(
    sorted(TASK_HEADS, key=len, reverse=True)), re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")
MAX_TASKS = 4


@dataclass(frozen=True, slots=True)
class TaskSpan:
    start: int
    end: int
    text: str
    field: str
    score: float


def _clean(words: list[str]) -> list[str]:
    while words and words[0].lower() in _STOP:
        words = words[1:]
    return words


def _display(words: list[str]) -> str:
    return " ".join(w if (sum(c.isupper() for c in w) > 1 or any(c.isdigit() for c in w)) else w.lower()
                    for w in words)


def phrases(text: str, lexicon: Lexicon, proposed: set[str]) -> list[tuple[int, int, str]]:
    """Task-like noun phrases with offsets: up to 3 modifiers + a task head noun."""
    out = []
    for match in _PHRASE.finditer(text):
        mods = match.group(1).split()
        # Modifiers stop at a stop word / verb-ish word: keep only the contiguous tail.
        tail: list[str] = []
        for word in reversed(mods):
            low = word.lower()
            if low in _STOP or low.endswith("ly") or low in {"to", "of", "for", "and", "in", "on",
                                                               "with", "by", "via", "from"}:
                break
            tail.insert(0, word)
        words = _clean(tail + [match.group(2)])
        if not words:
            continue
        phrase = _display(words)
        if phrase in proposed or any(p and p in phrase for p in proposed):
            continue
        start = match.end() - len(" ".join(words)) if text[match.start():match.end()].endswith(
            " ".join(words)) else match.start(2)
        out.append((start, match.end(), phrase))
    return out


def rank_tasks(title: str, abstract: str, lexicon: Lexicon, proposed: set[str]) -> list[TaskSpan]:
    scores: dict[str, float] = {}
    where: dict[str, tuple[int, int, str]] = {}
    parts = _SPLIT_TITLE.split(title)
    for part in parts:
        for chunk in _PREPOSITIONS.split(part):
            for start, end, phrase in phrases(chunk, lexicon, proposed):
                key = phrase.lower()
                if len(key.split()) == 1 and key not in lexicon.tasks:
                    continue
                scores[key] = scores.get(key, 0) + 3.0
                offset = title.find(chunk)
                where.setdefault(key, (offset + start, offset + end, "title"))
    for start, end, phrase in phrases(abstract, lexicon, proposed):
        key = phrase.lower()
        single = len(key.split()) == 1
        if single and key not in lexicon.tasks:
            continue
        bonus = 1.0 if key in lexicon.tasks else 0.4
        scores[key] = scores.get(key, 0) + bonus
        where.setdefault(key, (start, end, "abstract"))
    for key in list(scores):
        if key in lexicon.tasks:
            scores[key] += 0.5
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], where[kv[0]][2] != "title",
                                                    where[kv[0]][0]))
    chosen: list[TaskSpan] = []
    for key, score in ranked:
        if score < 1.0:
            continue
        words = set(key.split())
        if any(len(words & set(c.text.lower().split())) / len(words | set(c.text.lower().split())) >= 0.5
               for c in chosen):
            continue
        start, end, fld = where[key]
        text = (title if fld == "title" else abstract)[start:end]
        chosen.append(TaskSpan(start, end, _display(text.split()), fld, min(0.95, 0.3 + score / 8)))
        if len(chosen) == MAX_TASKS:
            break
    return chosen
