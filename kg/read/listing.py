"""Scraped paper listings (.txt): title lines, each followed by an abstract line, among page text.

A listing page copied as text holds, besides the papers, the site's furniture: "Subscribe",
"new", "Get trending papers in your email inbox!", dates ("Mar 12"), "Submitted by X", upvote
counts. The rules, in order, for each non-blank line:

1. *chrome*: a short line that matches a known piece of listing furniture is dropped;
2. *prose*: a long line (or a mid-length one made of full sentences) is an abstract; it belongs
   to the title before it, or is reported as prose without a title;
3. anything else is a *title*, waiting for its abstract; a second title (or the end of the file)
   before an abstract reports the first as a title without an abstract.

Furniture glued to the front of a title ("SubscribeMindBridge: ...") is cut off, with a notice.
Chrome may sit between a title and its abstract; blank lines may or may not separate lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.model import Paper, Skipped, Source
from kg.read.decode import NoticeSink
from kg.read.report import Notice
from kg.read.text import (clean_abstract, clean_title, is_truncated, oversized, paper_id,
                          title_key_bytes)

# A line this long is an abstract, whatever it looks like (the longest of 92k real titles: 217).
PROSE_MIN_CHARS = 250
# A shorter line is an abstract when it is made of sentences: this long, this many words, at
# least one sentence break inside and sentence punctuation at the end.
PROSE_SENTENCES_MIN_CHARS = 100
PROSE_SENTENCES_MIN_WORDS = 15
# Listing furniture is short; longer lines are never taken for it.
CHROME_MAX_CHARS = 80
SHOWN_TEXT_CHARS = 60

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_CHROME = re.compile(
    "|".join((
        r"get trending papers in your email inbox(?: once a day)?\s*!?",
        r"(?:new|subscribe|subscribed|unsubscribe|trending|upvote|upvoted|comment|comments"
        r"|share|follow|following|daily papers|trending papers|papers|collections?|sign up"
        r"|log ?in|sign in|view all|see all|load more|show more|read more|more|search"
        r"|submit|submit a paper|paper page|project page|github|arxiv|pdf|code|abstract"
        r"|authors?|home|menu|next|previous|prev|back|top)\s*[:!.]?",
        r"by\s?\S.{0,40} and the research community",
        r"(?:submitted|posted|published|uploaded)(?: by \S.{0,50}?)?(?: on .{1,30})?",
        rf"(?:(?:published|submitted|posted|updated) on )?{_MONTH}\.? {_DAY}(?:,? \d{{4}})?",
        rf"{_DAY} {_MONTH}\.?,? \d{{4}}",
        r"\d{4}-\d{2}-\d{2}",
        r"(?:\d+|an?) (?:second|minute|hour|day|week|month|year)s? ago|today|yesterday",
        r"[+\-·•]?\s*\d[\d,.]*\s*[km]?"
        r"(?:\s*(?:upvotes?|comments?|authors?|stars?|likes?|views?|citations?))?",
        r"(?:upvotes?|comments?|authors?|stars?|likes?)\s*:?\s*\d[\d,.]*\s*[km]?",
        r"[\W_]+",  # separators: '·', '—', '|', '***'
    )),
    re.IGNORECASE,
)
# Furniture glued in front of a title by the copy: exact spellings, then the title's capital.
_GLUED_CHROME = re.compile(
    r"(?:Get trending papers in your email inbox(?: once a day)?!|Subscribe|Upvote|new)"
    r"\s*(?=[A-Z0-9\"“'(\[])"
)
_SENTENCE_BREAK = re.compile(r"[\w)\]%][.!?] +[A-Z(]")
_SENTENCE_END = (".", "!", "?", "…", ".)", ".]", '."', ".”")


def is_chrome(line: str) -> bool:
    return len(line) <= CHROME_MAX_CHARS and _CHROME.fullmatch(line) is not None


def is_prose(line: str) -> bool:
    if len(line) >= PROSE_MIN_CHARS:
        return True
    return (
        len(line) >= PROSE_SENTENCES_MIN_CHARS
        and line.endswith(_SENTENCE_END)
        and _SENTENCE_BREAK.search(line) is not None
        and len(line.split()) >= PROSE_SENTENCES_MIN_WORDS
    )


def _shown(text: str) -> str:
    return text if len(text) <= SHOWN_TEXT_CHARS else text[: SHOWN_TEXT_CHARS - 1] + "…"


def parse_listing(
    path: str, lines: Iterable[tuple[int, str] | Skipped], notice: NoticeSink
) -> Iterator[Paper | Skipped]:
    """Numbered lines of one listing file -> its papers, and a Skipped for every stray line."""
    title: tuple[int, str] | None = None
    for item in lines:
        if isinstance(item, Skipped):
            yield item
            continue
        number, raw = item
        line = clean_title(raw)
        if not line or is_chrome(line):
            continue
        if is_prose(line):
            if title is None:
                yield Skipped(Source(path, number),
                              f"abstract-like text without a title before it: '{_shown(line)}'")
            else:
                yield _paper(path, title, clean_abstract(raw))
                title = None
            continue
        glued = _GLUED_CHROME.match(line)
        if glued and glued.end() < len(line):
            notice(Notice(Source(path, number),
                          f"removed page text '{glued.group().strip()}' glued to the title"))
            line = line[glued.end():]
        if title is not None:
            yield _no_abstract(path, title)
        title = (number, line)
    if title is not None:
        yield _no_abstract(path, title)


def _no_abstract(path: str, title: tuple[int, str]) -> Skipped:
    number, text = title
    return Skipped(Source(path, number), f"title without an abstract: '{_shown(text)}'")


def _paper(path: str, title: tuple[int, str], abstract: str) -> Paper | Skipped:
    number, text = title
    too_long = oversized(text, abstract)
    if too_long:
        return Skipped(Source(path, number), too_long)
    key = title_key_bytes(text)
    if not key:
        return Skipped(Source(path, number), f"title has no letters or digits: '{_shown(text)}'")
    return Paper(
        id=paper_id(text, key=key),
        title=text,
        abstract=abstract,
        truncated=is_truncated(abstract),
        sources=(Source(path, number),),
    )
