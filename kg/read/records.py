"""JSON records -> Papers: JSON Lines (streamed) and JSON documents (a list of records).

A record is a JSON object with non-empty string ``title`` and ``abstract`` (at most
``text.MAX_TITLE_CHARS`` and ``text.MAX_ABSTRACT_CHARS`` long). Its other fields go
to ``Paper.metadata``: JSON scalars and lists of strings as they are (strings cleaned of
invisible characters). Nulls, empty strings and non-finite numbers are dropped, and so are
nested values (objects, lists of non-strings, such as the corpus's ``source`` provenance): the
graph has no place for them, and one notice per file names the fields dropped. A
boolean ``truncated`` field sets ``Paper.truncated`` instead.

``Source.line`` is the line for JSON Lines, and the 1-based record number for a JSON document
(as ``kg.model.Source`` documents); the reasons say "record N" so the two cannot be confused.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from typing import Any

from kg.model import Paper, Skipped, Source
from kg.read.decode import NoticeSink
from kg.read.report import Notice
from kg.read.text import (arxiv_id, clean_abstract, clean_title, clean_value, is_truncated,
                          json_line_is_clean, oversized, paper_id, tidy_abstract, title_key_bytes)

LIST_KEYS = ("papers", "records", "data")
SHOWN_JSON_CHARS = 40
# What json.loads raises besides JSONDecodeError: nesting too deep, integers too long.
_JSON_ERRORS = (ValueError, RecursionError)

_DROP = object()
_NOT_METADATA = frozenset(("title", "abstract", "truncated"))
_NESTED = object()


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            type(None): "null"}.get(type(value), "a number")


def _meta(value: Any) -> Any:
    """A non-string metadata value as kept, or _DROP / _NESTED."""
    if value is None:
        return _DROP
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else _DROP
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return [clean_value(item) for item in value]
    return _NESTED


def _missing(record: dict, name: str, source: Source, where: str) -> Skipped:
    if name not in record:
        got = f"no '{name}'"
    elif isinstance(record[name], str):
        got = f"an empty '{name}'"
    else:
        got = f"'{name}' as {_kind(record[name])}"
    return Skipped(source, f"{where}: record has {got}; expected a non-empty string")


def to_paper(record: Any, source: Source, where: str, dropped: set[str],
             plain: bool = False) -> Paper | Skipped:
    """One decoded JSON value -> a Paper, or a Skipped saying what is wrong with it.

    ``plain`` promises that the record's strings need no cleaning but stripping (the caller
    checked its raw text with ``json_line_is_clean``). Names of nested fields left out of the
    metadata are added to ``dropped``.
    """
    if not isinstance(record, dict):
        return Skipped(source, f"{where}: expected a JSON object with 'title' and 'abstract', "
                               f"got {_kind(record)}")
    title, abstract = record.get("title"), record.get("abstract")
    if isinstance(title, str):
        title = " ".join(title.split()) if plain else clean_title(title)
    if isinstance(abstract, str):
        abstract = tidy_abstract(abstract.strip()) if plain else clean_abstract(abstract)
    if not title or type(title) is not str:
        return _missing(record, "title", source, where)
    if not abstract or type(abstract) is not str:
        return _missing(record, "abstract", source, where)
    too_long = oversized(title, abstract)
    if too_long:
        return Skipped(source, f"{where}: {too_long}")
    key = title_key_bytes(title)
    if not key:
        return Skipped(source, f"{where}: title has no letters or digits: '{title[:60]}'")
    if plain:
        metadata = {name: text for name, value in record.items()
                    if type(value) is str and (text := value.strip())}
    else:
        metadata = {name: text for name, value in record.items()
                    if type(value) is str and (text := clean_value(value))}
    for name, value in [item for item in record.items()
                        if item[1] is not None and type(item[1]) is not str]:
        kind = type(value)
        if kind is int or kind is bool:
            metadata[name] = value
            continue
        value = _meta(value)
        if value is _NESTED:
            dropped.add(name)
        elif value is not _DROP:
            metadata[name] = value
    for name in _NOT_METADATA:
        metadata.pop(name, None)
    truncated = record.get("truncated")
    return Paper(
        id=paper_id(title, arxiv_id(record), key),
        title=title,
        abstract=abstract,
        truncated=truncated if isinstance(truncated, bool) else is_truncated(abstract),
        sources=(source,),
        metadata=metadata,
    )


def _note_dropped(path: str, dropped: set[str], notice: NoticeSink) -> None:
    if dropped:
        names = ", ".join(f"'{name}'" for name in sorted(dropped))
        notice(Notice(Source(path, 0), f"nested field(s) {names} left out of the metadata "
                                       "(only scalars and lists of strings are kept)"))


def parse_json_lines(
    path: str, lines: Iterable[tuple[int, str] | Skipped], notice: NoticeSink
) -> Iterator[Paper | Skipped]:
    """One record per line; blank lines are ignored; a bad line is skipped, the rest read."""
    loads = json.loads
    dropped: set[str] = set()
    for item in lines:
        if isinstance(item, Skipped):
            yield item
            continue
        number, line = item
        if not line or line.isspace():
            continue
        source = Source(path, number)
        try:
            record = loads(line)
        except _JSON_ERRORS as error:
            yield Skipped(source, f"line {number}: malformed JSON: {_why(error)}")
            continue
        yield to_paper(record, source, f"line {number}", dropped, json_line_is_clean(line))
    _note_dropped(path, dropped, notice)


def _why(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        # Some messages end in "at" already: "Unterminated string starting at".
        at = "" if error.msg.endswith(" at") else " at"
        return f"{error.msg}{at} column {error.colno}"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error)


def parse_json_document(
    path: str, lines: Iterable[tuple[int, str] | Skipped], notice: NoticeSink,
    *, json_lines_if_invalid: bool = False,
) -> Iterator[Paper | Skipped]:
    """A whole JSON document: a list of records, or an object holding one under LIST_KEYS.

    A document that turns out to be JSON Lines (a second value after the first) is read as
    such; so is one that does not parse at all when ``json_lines_if_invalid`` (the file was
    named .jsonl), so that one bad line does not cost the others.
    """
    numbered: list[tuple[int, str]] = []
    for item in lines:
        if isinstance(item, Skipped):
            yield item
        else:
            numbered.append(item)
    text = "\n".join(line for _, line in numbered)
    try:
        document = json.loads(text)
    except _JSON_ERRORS as error:
        extra = isinstance(error, json.JSONDecodeError) and error.msg == "Extra data"
        if extra or json_lines_if_invalid:
            if extra:
                notice(Notice(Source(path, 0),
                              "holds one JSON value per line; read as JSON Lines"))
            yield from parse_json_lines(path, numbered, notice)
        elif isinstance(error, json.JSONDecodeError):
            yield Skipped(Source(path, error.lineno),
                          f"invalid JSON at line {error.lineno}, column {error.colno}: "
                          f"{error.msg}; the file was not read")
        else:
            yield Skipped(Source(path, 0), f"invalid JSON: {_why(error)}; the file was not read")
        return
    records = document
    dropped: set[str] = set()
    if isinstance(document, dict):
        records = next((document[key] for key in LIST_KEYS
                        if isinstance(document.get(key), list)), None)
        if records is None:
            if "title" in document or "abstract" in document:
                yield to_paper(document, Source(path, 1), "record 1", dropped)
                _note_dropped(path, dropped, notice)
                return
            yield Skipped(Source(path, 0),
                          "JSON object has no 'papers', 'records' or 'data' list and is not a "
                          "record itself; expected a list of {'title', 'abstract'} objects")
            return
    if not isinstance(records, list):
        yield Skipped(Source(path, 0),
                      f"JSON document is {_kind(records)}; expected a list of records")
        return
    for number, record in enumerate(records, start=1):
        yield to_paper(record, Source(path, number), f"record {number}", dropped)
    _note_dropped(path, dropped, notice)


def looks_like_json_lines(first_line: str) -> bool:
    """True when the first non-blank line is a complete JSON object on its own."""
    stripped = first_line.strip()
    if not stripped.startswith("{"):
        return False
    try:
        return isinstance(json.loads(stripped), dict)
    except _JSON_ERRORS:
        return False
