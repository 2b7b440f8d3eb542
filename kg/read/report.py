"""What reading hands back: the papers, and an account of everything it did not use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kg.model import Paper, Skipped, Source


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader did that the user may want to know, that lost no record.

    A decoding fallback (Windows-1252 for a file that is not valid UTF-8), two copies of a paper
    with different abstracts, page text stripped off a title, a file reached twice by symlinks.
    ``source.line`` is 0 when the notice is about a whole file.
    """

    source: Source
    message: str


@dataclass(frozen=True, slots=True)
class ReadReport:
    papers: tuple[Paper, ...]  # distinct papers, in first-seen order
    skipped: tuple[Skipped, ...]  # every record or file not used; line 0 = the whole file
    files_read: int  # files opened for reading (unknown types and unlistable folders excluded)
    records_read: int  # usable records before de-duplication: len(papers) + duplicates_merged
    duplicates_merged: int
    notices: tuple[Notice, ...] = ()


# "line 12: malformed JSON: Expecting ',' at column 3" -> "malformed JSON": the record's place
# and the details after the first ':', ';' or '(' are left out, so like reasons count together.
_PLACE = re.compile(r"^(?:line|record) \d+: | at line \d+(?:, column \d+)?")
_DETAILS = re.compile(r"\s*[:;(].*", re.DOTALL)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def reason_kind(reason: str) -> str:
    """The reason without the record's place and the details: what to count skips by."""
    return _DETAILS.sub("", _PLACE.sub("", reason)) or reason


def _one_line(text: str) -> str:
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


def skipped_lines(skipped: Sequence[Skipped]) -> list[str]:
    """The account of skipped records for the terminal: a count by kind of reason, then one
    line per record, ``path:line: reason`` (line 0 = the whole file). Empty when none."""
    if not skipped:
        return []
    kinds = Counter(reason_kind(item.reason) for item in skipped)
    lines = [f"skipped {len(skipped)} record(s): "
             + "; ".join(f"{n} x {kind}" for kind, n in sorted(kinds.items(),
                                                              key=lambda kv: (-kv[1], kv[0])))]
    lines += [_one_line(f"  {item.source.path}:{item.source.line}: {item.reason}")
              for item in skipped]
    return lines
