"""Given paths -> the files to read, in a deterministic order.

Folders are walked depth first, entries sorted by name, hidden entries (a leading '.') ignored.
Symbolic links are followed, but each folder and each file is visited once, keyed by device
and inode, so a link cycle ends and a file reached twice is read once (with a notice). Inside a
folder, files of an unknown type, broken links and entries that cannot be listed are reported
as Skipped and the walk goes on; a path the user gave that cannot be used raises InputError.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import Skipped, Source
from kg.read.decode import NoticeSink
from kg.read.report import Notice

KINDS = {".txt": "listing", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}
UNKNOWN_TYPE = "unknown file type; expected .txt, .jsonl, .json or .gz"

_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class FileEntry:
    path: Path
    kind: str | None  # "listing", "jsonl", "json"; None = look at the content
    explicit: bool  # named by the user, not found in a folder
    gzip_name: bool  # the name ends in .gz


def shown(path: str | os.PathLike) -> str:
    """A path fit for a one-line message: control characters escaped."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], os.fspath(path))


def file_kind(path: Path) -> tuple[str | None, bool]:
    """(kind from the name or None, whether the name ends in .gz)."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return next((kind for ext, kind in KINDS.items() if name.endswith(ext)), None), gz


def check_path(path: str | os.PathLike) -> Path:
    """The path as a Path, or InputError when it cannot be read as a file or folder."""
    given = Path(path)
    try:
        info = given.stat()
    except FileNotFoundError:
        if os.path.lexists(given):
            raise InputError(f"{shown(given)}: broken symbolic link; point it at a file or "
                             "folder, or remove it from the command") from None
        raise InputError(f"{shown(given)}: no such file or folder; check the path") from None
    except OSError as error:
        raise InputError(f"{shown(given)}: cannot be read ({error.strerror}); check its "
                         "permissions") from None
    if not (stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)):
        raise InputError(f"{shown(given)}: not a regular file or folder; give a .txt, .jsonl, "
                         ".json or .gz file, or a folder of them")
    return given


class Walker:
    """Expands paths into FileEntry items, remembering what it has visited across calls."""

    def __init__(self, notice: NoticeSink) -> None:
        self._notice = notice
        self._seen: dict[tuple[int, int], Path] = {}

    def _first_visit(self, path: Path, info: os.stat_result, what: str) -> bool:
        key = (info.st_dev, info.st_ino)
        if key in self._seen:
            self._notice(Notice(Source(str(path), 0),
                                f"same {what} as {shown(self._seen[key])}; read once"))
            return False
        self._seen[key] = path
        return True

    def expand(self, given: Path) -> Iterator[FileEntry | Skipped]:
        info = given.stat()
        if stat.S_ISREG(info.st_mode):
            if self._first_visit(given, info, "file"):
                kind, gz = file_kind(given)
                yield FileEntry(given, kind, True, gz)
            return
        if not self._first_visit(given, info, "folder"):
            return
        try:
            top = _sorted_entries(given)
        except OSError as error:
            raise InputError(f"{shown(given)}: folder cannot be listed ({error.strerror}); "
                             "check its permissions") from None
        stack = [iter(top)]
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                info = os.stat(path)
            except OSError as error:
                broken = isinstance(error, FileNotFoundError) and os.path.islink(path)
                yield Skipped(Source(str(path), 0), "broken symbolic link" if broken
                              else f"cannot be read ({error.strerror})")
                continue
            if stat.S_ISDIR(info.st_mode):
                if self._first_visit(path, info, "folder"):
                    try:
                        stack.append(iter(_sorted_entries(path)))
                    except OSError as error:
                        yield Skipped(Source(str(path), 0),
                                      f"folder cannot be listed ({error.strerror})")
            elif not stat.S_ISREG(info.st_mode):
                yield Skipped(Source(str(path), 0), "not a regular file")
            else:
                kind, gz = file_kind(path)
                if kind is None and not gz:
                    yield Skipped(Source(str(path), 0), UNKNOWN_TYPE)
                elif self._first_visit(path, info, "file"):
                    yield FileEntry(path, kind, False, gz)


def _sorted_entries(folder: Path) -> list[os.DirEntry]:
    with os.scandir(folder) as entries:
        return sorted(entries, key=lambda entry: entry.name)
