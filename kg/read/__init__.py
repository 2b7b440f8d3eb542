"""Read papers: files and folders -> distinct Papers, plus an account of what was not used.

    read_sources(paths) -> ReadReport      everything, de-duplicated (the usual entry point)
    iter_papers(path)   -> Paper | Skipped  one file or folder, streamed, not de-duplicated
    papers_to_read(paths, snapshots) -> [Paper]  a rebuild's new papers, before the read

The flow, one module per step: ``walk`` (paths -> files), ``decode`` (bytes -> numbered lines),
``listing`` / ``records`` (lines -> Papers), ``text`` (the one normalisation and the ids),
``merge`` (copies of a paper -> one Paper).

Formats: scraped listings (.txt), JSON Lines (.jsonl, .ndjson), JSON documents (.json), each
maybe gzip-compressed (.gz); a file given by name with another extension is sniffed. A path that
cannot be used at all raises ``kg.errors.InputError``; a bad record never raises, it becomes a
``Skipped(Source(path, line), reason)``; ``line`` 0 means the file as a whole.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from pathlib import Path

from kg.errors import InputError, NoPapersError
from kg.gcpause import gc_paused
from kg.model import Paper, Skipped, Source
from kg.read.decode import ENCODING_ERRORS, EncodingErrors, Unusable, open_binary, open_lines
from kg.read.listing import parse_listing
from kg.read.merge import Merger
from kg.read.records import looks_like_json_lines, parse_json_document, parse_json_lines
from kg.read.report import Notice, ReadReport
from kg.read.walk import FileEntry, Walker, check_path, shown

__all__ = ["Notice", "ReadReport", "iter_papers", "papers_to_read", "read_sources"]

_Lines = Iterator[tuple[int, str] | Skipped]


def read_sources(
    paths: Sequence[str | os.PathLike] | str | os.PathLike,
    *,
    encoding_errors: EncodingErrors | None = None,
    snapshots=None,
) -> ReadReport:
    """Read every file under ``paths`` and merge copies of the same paper.

    ``encoding_errors`` says what to do with a line that is not valid UTF-8: "fallback" (the
    default) decodes it as Windows-1252, "replace" puts U+FFFD in, "strict" skips the line;
    the first two leave a notice in the report. ``snapshots`` (a ``kg.snapshot.FileSnapshots``)
    gives back what an unchanged file gave the last time it was read.
    """
    errors = _encoding_errors(encoding_errors)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if not paths:
        raise InputError("no input given; name at least one file or folder")
    targets = [check_path(path) for path in paths]  # every path is checked before any is read
    with gc_paused():
        return _read_all(targets, errors, snapshots)


def papers_to_read(paths: Sequence[str | os.PathLike], snapshots, *,
                   encoding_errors: EncodingErrors | None = None) -> list[Paper]:
    """The papers of the files that ``read_sources(paths, snapshots=snapshots)`` will parse
    afresh, when it will take the bulk of the input (over two thirds of the bytes) from
    snapshots: a rebuild's new papers, known before the snapshots are loaded
    (kg.extract.run.ExtractionAhead). Not merged, nothing reported; empty otherwise or when a
    path is unusable (the read itself says so)."""
    errors = _encoding_errors(encoding_errors)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    try:
        targets = [check_path(path) for path in paths]
    except InputError:
        return []
    walker = Walker(_ignore)
    entries = [e for e in chain.from_iterable(walker.expand(t) for t in targets)
               if not isinstance(e, Skipped)]
    fresh = [entry for entry in entries if not snapshots.has(entry, errors)]
    # Worth it when parsing the fresh files twice costs less than the loading it overlaps.
    fresh_bytes = sum(_size(entry) for entry in fresh)
    if not fresh or 3 * fresh_bytes > sum(_size(entry) for entry in entries):
        return []
    try:
        return [item for entry in fresh for item in _read_file(entry, errors, _ignore)
                if isinstance(item, Paper)]
    except InputError:
        return []


def _size(entry: FileEntry) -> int:
    try:
        return entry.path.stat().st_size
    except OSError:
        return 0


def _encoding_errors(value: str | None) -> EncodingErrors:
    if value is None:
        return "fallback"
    if value not in ENCODING_ERRORS:
        raise ValueError(f"encoding_errors must be one of {ENCODING_ERRORS}, not {value!r}")
    return value  # type: ignore[return-value]


def _read_all(targets: list[Path], errors: EncodingErrors, snapshots) -> ReadReport:
    notices: list[Notice] = []
    skipped: list[Skipped] = []
    merger = Merger()
    walker = Walker(notices.append)
    files = records = 0

    def read_file(entry: FileEntry) -> tuple[tuple[Paper | Skipped, ...], tuple[Notice, ...]]:
        own: list[Notice] = []
        return tuple(_read_file(entry, errors, own.append)), tuple(own)

    for entry in chain.from_iterable(walker.expand(target) for target in targets):
        if isinstance(entry, Skipped):
            skipped.append(entry)
            continue
        files += 1
        if snapshots is None:
            items, file_notices = read_file(entry)
        else:
            items, file_notices = snapshots.read(entry, errors, lambda: read_file(entry))
        notices.extend(file_notices)
        for item in items:
            if isinstance(item, Paper):
                records += 1
                merger.add(item)
            else:
                skipped.append(item)
    papers, merge_notices = merger.papers()
    if not papers:
        raise NoPapersError(_nothing_found(targets, files, skipped))
    return ReadReport(
        papers=papers,
        skipped=tuple(skipped),
        files_read=files,
        records_read=records,
        duplicates_merged=merger.merged,
        notices=(*notices, *merge_notices),
    )


def iter_papers(
    path: str | os.PathLike,
    *,
    encoding_errors: EncodingErrors | None = None,
    on_notice: Callable[[Notice], None] | None = None,
) -> Iterator[Paper | Skipped]:
    """Stream one file (or every file in a folder): a Paper per usable record, in file order.

    Copies of a paper are not merged here (``read_sources`` does that). Notices, which lose no
    data, go to ``on_notice`` when given. Raises InputError at once if ``path`` is unusable.
    """
    errors = _encoding_errors(encoding_errors)
    target = check_path(path)
    return _iter_target(target, errors, on_notice or _ignore)


def _ignore(notice: Notice) -> None:
    pass


def _iter_target(target: Path, errors: EncodingErrors,
                 notice: Callable[[Notice], None]) -> Iterator[Paper | Skipped]:
    for entry in Walker(notice).expand(target):
        if isinstance(entry, Skipped):
            yield entry
        else:
            yield from _read_file(entry, errors, notice)


def _read_file(entry: FileEntry, errors: EncodingErrors,
               notice: Callable[[Notice], None]) -> Iterator[Paper | Skipped]:
    path = str(entry.path)
    try:
        raw, gzipped = open_binary(entry.path)
    except OSError as error:
        if entry.explicit:
            raise InputError(f"{shown(path)}: cannot be read ({error.strerror or error}); "
                             "check its permissions") from None
        yield Skipped(Source(path, 0), f"cannot be read ({error.strerror or error})")
        return
    with raw:
        if entry.gzip_name and not gzipped:
            notice(Notice(Source(path, 0), "named .gz but not gzip-compressed; read as it is"))
        try:
            lines = open_lines(entry.path, raw, gzipped, encoding_errors=errors, notice=notice)
        except Unusable as why:
            yield Skipped(Source(path, 0), str(why))
            return
        yield from _parse(entry, lines, notice)


def _first_line(lines: _Lines) -> tuple[str, _Lines]:
    """The first non-blank line's text ('' if none) and the lines, with nothing consumed."""
    held: list[tuple[int, str] | Skipped] = []
    for item in lines:
        held.append(item)
        if not isinstance(item, Skipped) and item[1].strip():
            return item[1], chain(held, lines)
    return "", iter(held)


def _parse(entry: FileEntry, lines: _Lines,
           notice: Callable[[Notice], None]) -> Iterator[Paper | Skipped]:
    path = str(entry.path)
    kind = entry.kind
    if kind == "listing":
        return parse_listing(path, lines, notice)
    if kind == "json":
        return parse_json_document(path, lines, notice)
    first, lines = _first_line(lines)
    opens_json = first.lstrip().startswith(("{", "["))
    if kind is None:
        guess = "JSON" if opens_json else "a paper listing"
        notice(Notice(Source(path, 0), f"unknown file type; the content looks like {guess}"))
        if not opens_json:
            return parse_listing(path, lines, notice)
    if looks_like_json_lines(first) or not opens_json:
        return parse_json_lines(path, lines, notice)
    # Starts like a JSON document ('[', or an object spread over lines): read it whole, and
    # fall back to one record per line if it does not parse.
    return parse_json_document(path, lines, notice, json_lines_if_invalid=True)


def _nothing_found(targets: list[Path], files: int, skipped: list[Skipped]) -> str:
    where = ", ".join(shown(target) for target in targets[:3])
    if len(targets) > 3:
        where += f" and {len(targets) - 3} more"
    message = f"no usable papers in {where}: {files} file(s) read"
    if skipped:
        first = skipped[0]
        message += (f", {len(skipped)} item(s) skipped (first: {shown(first.source.path)}:"
                    f"{first.source.line}: {first.reason})")
    return (message + "; give .txt listings (title line, abstract line) or JSON / JSON Lines "
            "records with 'title' and 'abstract'")
