"""Acronym definitions: "Vision Transformer (ViT)" and "ViT (Vision Transformer)".

The Schwartz & Hearst (2003) algorithm, as in scispaCy: a pure function that matches the
short form's characters right-to-left against the words before the bracket. It takes the
shortest long form whose characters fit, so "Proximal Policy Optimization (PPO)" would give
"Policy Optimization" (the second P inside "Optimization"); when the words' initials spell the
short form exactly, those words are the long form instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()]{1,60})\)")
_WORD = re.compile(r"[^\s]+")
_INITIAL_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’]*")  # hyphens split: "Visual-Inertial"
_SKIPPABLE = frozenset({"of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "by"})
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_QUOTES = "\"'“”‘’`"
_AFFIX = re.compile(r"-(?:based|like|style|driven|guided|aware|free|enhanced)$")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    long_start: int
    long_end: int
    short_start: int
    short_end: int
    long_form: str
    short_form: str


def is_short_form(text: str) -> bool:
    return (2 <= len(text) <= 12 and any(c.isupper() for c in text) and text[0].isalnum()
            and len(text.split()) <= 2)


def match_long_form(candidate: str, short_form: str) -> int | None:
    """Index in ``candidate`` where the long form of ``short_form`` starts, or None."""
    s_index, l_index = len(short_form) - 1, len(candidate) - 1
    while s_index >= 0:
        char = short_form[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (candidate[l_index].lower() != char or
                                (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    return start


def match_initials(candidate: str, short_form: str) -> int | None:
    """Index in ``candidate`` where words whose initials spell ``short_form`` start ("Alternating
    Direction Method of Multipliers" for ADMM; function words may be skipped), or None."""
    letters = [c.lower() for c in short_form if c.isalnum()]
    if len(letters) < 2 or not all(c.isalpha() for c in letters):
        return None
    tokens = list(_INITIAL_TOKEN.finditer(candidate))
    position, skipped = len(tokens) - 1, 0
    for letter in reversed(letters):
        while position >= 0 and tokens[position].group()[0].lower() != letter:
            if tokens[position].group().lower() not in _SKIPPABLE or skipped == 2:
                return None
            skipped += 1
            position -= 1
        if position < 0:
            return None
        position -= 1
    first = position + 1
    if first > 0 and tokens[first].group() in _SKIPPABLE and \
            tokens[first - 1].group().lower() not in _SKIPPABLE and \
            tokens[first - 1].group()[0].lower() == letters[0]:
        first -= 1  # "Attitude and Heading Reference System (AHRS)": the A is not "and"
    start = tokens[first].start()
    if start and candidate[start - 1] == "-":
        # "Semi-supervised Joint Defogging Learning (SJDL)": the initial may come from the second
        # half of a hyphenated word, but the long form holds the whole word
        start = max(candidate.rfind(" ", 0, start), candidate.rfind("\n", 0, start)) + 1
    return start


def find_abbreviations(text: str) -> list[Abbreviation]:
    return _bracketed(text) + _or_defined(text) + _title_defined(text)


# "WCSAC: Worst-Case Soft Actor Critic for ...": a title whose head is spelled by the initials
# of the subtitle's first words defines it.
_TITLE_HEAD = re.compile(r"([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\s*:\s+")


def _title_defined(text: str) -> list[Abbreviation]:
    head = _TITLE_HEAD.match(text)
    if not head or not is_short_form(head.group(1)):
        return []
    short = head.group(1)
    words = list(_WORD.finditer(text, head.end()))
    for n in range(2, min(len(words), len(short) + 3) + 1):
        chunk = text[head.end():words[n - 1].end()].rstrip(",;")
        if match_initials(chunk, short) == 0:
            return [Abbreviation(head.end(), head.end() + len(chunk), head.start(1), head.end(1),
                                 chunk, short)]
    # "PACT: Parameterized Clipping Activation for ...", "SGDViT: Saliency-Guided Dynamic Vision
    # Transformer for ...": the subtitle's capitalised phrase, up to its task, spells the head
    # letter by letter
    phrase = _SUBTITLE_PHRASE.match(text, head.end())
    if phrase and 2 <= len(phrase.group(1).split()) <= len(short) + 1 and \
            match_long_form(phrase.group(1), short) == 0:
        return [Abbreviation(head.end(), phrase.end(1), head.start(1), head.end(1), phrase.group(1),
                             short)]
    return []


_SUBTITLE_PHRASE = re.compile(r"((?:[A-Z0-9][\w'-]*\s+){1,6}?[A-Z0-9][\w'-]*)"
                              r"(?=\s+(?:for|with|via|in|on|to|towards|through|using|from|by)\s|"
                              r"\s*[:,(]|\s*$)")


# "the Relaxed Online Maximum Margin Algorithm, or ROMMA": a definition without brackets, taken
# only when the words' initials spell the short form.
_OR_SHORT = re.compile(r",\s+or\s+\*?([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)\*?(?=[\s,.;:)]|$)")


def _or_defined(text: str) -> list[Abbreviation]:
    found = []
    for match in _OR_SHORT.finditer(text) if ", or " in text else ():
        short = match.group(1)
        if not is_short_form(short):
            continue
        before = text[:match.start()]
        words = list(_WORD.finditer(before))[-(len(short) + 3):]
        if not words:
            continue
        chunk = before[words[0].start():]
        cut = max(chunk.rfind(", "), chunk.rfind(": "), chunk.rfind("; "), chunk.rfind("("))
        offset = words[0].start() + (cut + 1 if cut >= 0 else 0)
        chunk = before[offset:]
        capitals = "".join(c for c in short if c.isupper())  # "HyDRA": H D R A
        rel = match_initials(chunk, short)
        if rel is None and len(capitals) >= 2:
            rel = match_initials(chunk, capitals)
        if rel is None:
            continue
        long_form = chunk[rel:].strip()
        if sum(len(w) >= 3 for w in long_form.split()) < 2:
            continue  # "x and y, or XY"
        start = offset + rel
        found.append(Abbreviation(start, start + len(long_form), match.start(1), match.end(1),
                                  long_form, short))
    return found


def _bracketed(text: str) -> list[Abbreviation]:
    found: list[Abbreviation] = []
    for match in _PAREN.finditer(text):
        inner = match.group(1).strip()
        inner = re.split(r"[;,]\s", inner)[0].strip()
        inner = re.sub(r"^(?:or|a\.k\.a\.|aka)\s+", "", inner)  # "Foo Bar Tracking (or FB-Tracking)"
        short_start = match.start(1) + match.group(1).index(inner)
        affix = _AFFIX.search(inner)
        if affix:  # "proximal-policy-gradient-based (PPO-based)": the names lack the affix
            inner = inner[:affix.start()]
        if not is_short_form(inner):
            reverse = _reverse_definition(text, match, inner)
            if reverse:
                found.append(reverse)
            continue
        before = text[:match.start()].rstrip()
        words = list(_WORD.finditer(before))
        max_words = min(len(inner) + 5, len(inner) * 2)
        window = words[-max_words:] if words else []
        if not window:
            continue
        window_start = window[0].start()
        # Stop at clause punctuation: a long form never spans a comma or a colon.
        chunk = before[window_start:]
        cut = max(chunk.rfind(", "), chunk.rfind(": "), chunk.rfind("; "))
        if cut >= 0:
            window_start += cut + 2
            chunk = before[window_start:]
        # ... nor a sentence end: "called BAERT. We show that a language model (BAERT)"
        sentence_ends = [m.end() for m in _SENTENCE_END.finditer(chunk)]
        if sentence_ends:
            window_start += sentence_ends[-1]
            chunk = before[window_start:]
        rel = match_initials(chunk, inner)
        if rel is None:
            rel = match_long_form(chunk, inner)
        if rel is None:
            continue
        long_form = chunk[rel:].strip()
        # quotes and TeX's unbreakable space around it are not part of the name:
        # 'called "Hidden Control Network" (HCN)', "Tree Search~(VB-MCTS)"
        bare = long_form.lstrip(_QUOTES)
        rel += len(long_form) - len(bare)
        long_form = bare.rstrip(_QUOTES + "~")
        if affix and long_form.endswith(affix.group()):
            long_form = long_form[:-len(affix.group())]
        if len(long_form) <= len(inner) or long_form.lower() == inner.lower():
            continue
        if len(long_form.split()) > len(inner) + 4:
            continue
        long_start = window_start + rel
        found.append(Abbreviation(long_start, long_start + len(long_form), short_start,
                                  short_start + len(inner), long_form, inner))
    return found


def _reverse_definition(text: str, match: re.Match, inner: str) -> Abbreviation | None:
    """'MALLS (large language Model generAted NL-FOL pairS)': short form before the bracket."""
    head = re.search(r"(\S+)\s*$", text[:match.start()])
    if not head:
        return None
    short = head.group(1).strip(",;:")
    if not is_short_form(short) or len(inner.split()) < 2:
        return None
    capitals = "".join(c for c in inner if c.isupper())
    letters = "".join(c for c in short if c.isalpha())
    if capitals.lower() != letters.lower() and match_long_form(inner, short) != 0:
        return None
    long_start = match.start(1) + match.group(1).index(inner)
    return Abbreviation(long_start, long_start + len(inner), head.start(1),
                        head.start(1) + len(short), inner, short)
