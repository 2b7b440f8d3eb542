"""What reading hands back: the papers, and an account of everything it did not use."""

from __future__ import annotations

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
