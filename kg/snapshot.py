"""Per-input-file snapshots: a file read before, unchanged, is not parsed again.

A rebuild after new papers arrive reads mostly files it has read before. Parsing their records
and decoding their cached extractions is Python work over the whole corpus (about a third of a
+1% rebuild before snapshots), so each file's outcome is kept beside the extraction cache: the
records it gave (papers and skipped records, in file order), the notices it raised, and the
extractions of its papers with their cache digests. A snapshot is keyed by a hash of the file's
bytes, the path it was given as, how it was read (kind, encoding policy) and the reader and
extractor sources, so any change to the file or to kg reads it afresh; what a snapshot holds is
exactly what reading the file would give, so outputs do not depend on whether one was used.

Snapshots are pickles, read back through an unpickler that can name only kg's own record
classes (no other global, so no code is run), behind a SHA-256 of the payload: a damaged or
foreign file is ignored and removed. A snapshot is an optimisation: one that cannot be read or
written is skipped and the file read as usual. Each build keeps its own snapshots and, of the
others, those used in the last day up to as many bytes again (see ``_prune``).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from kg import model
from kg.cache import extractor_fingerprint, source_digest
from kg.model import Extraction, Paper, Skipped
from kg.read.report import Notice
from kg.read.walk import FileEntry

_MAGIC = b"kg-file-snapshot 1\n"
_PACKAGE = Path(__file__).resolve().parent
_KEEP_OTHERS_SECONDS = 24 * 3600
# What a snapshot may name: kg's records and enums, nothing else.
_ALLOWED = {("kg.model", name) for name in ("Source", "Paper", "Skipped", "Evidence", "Mention",
                                            "ResultMention", "Extraction", "Kind", "Role",
                                            "UrlKind")} | {("kg.read.report", "Notice")}

Items = tuple[Paper | Skipped, ...]


@lru_cache(maxsize=8)
def snapshot_fingerprint(version: str) -> str:
    """The extractor fingerprint plus a hash of what decides a file's records (kg/read, the
    record classes): a change to either misses every snapshot."""
    return source_digest(extractor_fingerprint(version),
                         sorted((_PACKAGE / "read").glob("*.py")) + [_PACKAGE / "model.py"])[:24]


@lru_cache(maxsize=1)
def resolver_fingerprint() -> str:
    """What decides a name's resolution keys (kg.resolve): its source, the folding it uses,
    the record kinds, and the Unicode tables NFKC folding reads."""
    return source_digest(f"{unicodedata.unidata_version}\x00{sys.version_info[:2]}",
                         [_PACKAGE / "resolve.py", _PACKAGE / "extract" / "lexicon.py",
                          _PACKAGE / "model.py"])[:24]


class _RecordsOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a kg record")
        return getattr(model, name) if module == "kg.model" else Notice


class FileSnapshots:
    """``kg.read.read_sources(..., snapshots=store)`` reads each file through ``read``; after
    extraction, ``save`` writes the snapshots of the files read afresh. ``extractions`` holds
    the cache key -> (checksum, extraction) pairs that the snapshots used gave."""

    def __init__(self, cache_dir: str | os.PathLike, version: str):
        self.directory = Path(cache_dir) / "files"
        self.fingerprint = snapshot_fingerprint(version)
        self.extractions: dict[str, tuple[str, Extraction]] = {}
        self.hits = 0
        self._fresh: list[tuple[str, Items, tuple[Notice, ...]]] = []
        self._used: set[str] = set()
        self._keys_loaded = 0
        self._file_keys: dict[tuple, str | None] = {}  # (entry, errors, identity) -> key

    # --- reading -------------------------------------------------------------------------

    def read(self, entry: FileEntry, errors: str,
             read_file: Callable[[], tuple[Items, tuple[Notice, ...]]]
             ) -> tuple[Items, tuple[Notice, ...]]:
        """What ``read_file()`` gives for ``entry``: from its snapshot when there is one, else
        read, and remembered for ``save`` if the file did not change while it was read."""
        identity = _identity(entry.path)
        key = self._key(entry, errors, identity) if identity is not None else None
        if key is not None:
            self._used.add(key)
            loaded = self._load(self.directory / f"{key}.pickle")
            if loaded is not None:
                items, notices, extractions = loaded
                self.extractions.update(extractions)
                self.hits += 1
                return items, notices
        items, notices = read_file()
        if key is not None and _identity(entry.path) == identity:
            self._fresh.append((key, items, notices))
        return items, notices

    def has(self, entry: FileEntry, errors: str) -> bool:
        """Whether ``read`` will find a snapshot for ``entry`` (kg.read.papers_to_read)."""
        identity = _identity(entry.path)
        key = self._key(entry, errors, identity) if identity is not None else None
        return key is not None and (self.directory / f"{key}.pickle").is_file()

    def _key(self, entry: FileEntry, errors: str, identity: tuple[int, int, int]) -> str | None:
        """The snapshot key, hashed once per build for a file whose identity did not change
        between ``has`` and ``read``."""
        memo = (entry, errors, identity)
        if memo not in self._file_keys:
            self._file_keys[memo] = self._hash(entry, errors)
        return self._file_keys[memo]

    def _hash(self, entry: FileEntry, errors: str) -> str | None:
        digest = hashlib.sha256(json.dumps(
            [self.fingerprint, entry.kind, entry.explicit, entry.gzip_name, errors]).encode())
        digest.update(b"\x00" + os.fsencode(entry.path) + b"\x00")
        try:
            with open(entry.path, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except OSError:
            return None  # reading it will say what is wrong
        return digest.hexdigest()[:40]

    def _load(self, path: Path):
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            head, checksum, payload = data[:len(_MAGIC)], data[len(_MAGIC):len(_MAGIC) + 32], \
                data[len(_MAGIC) + 32:]
            if head != _MAGIC or hashlib.sha256(payload).digest() != checksum:
                raise ValueError("damaged")
            value = _RecordsOnly(io.BytesIO(payload)).load()
            os.utime(path)  # used: kept by the pruning below
            return value
        except Exception:  # noqa: BLE001 - anything unreadable is only a missed snapshot
            _remove(path)
            return None

    def take_extractions(self) -> dict[str, tuple[str, Extraction]]:
        """The cache key -> (checksum, extraction) pairs the snapshots gave, handed over once
        (``kg.api.extract_all`` looks them up first; the store keeps no reference)."""
        extractions, self.extractions = self.extractions, {}
        return extractions

    # --- resolution keys -----------------------------------------------------------------

    def name_keys(self) -> dict:
        """The resolution keys an earlier build computed (kg.resolve.learn_name_keys)."""
        self._used.add(self._keys_name)
        table = self._load(self.directory / f"{self._keys_name}.pickle")
        table = table if isinstance(table, dict) else {}
        self._keys_loaded = len(table)
        return table

    @property
    def _keys_name(self) -> str:
        return f"name-keys-{resolver_fingerprint()}"

    # --- writing -------------------------------------------------------------------------

    def save(self, papers: Iterable[Paper], extractions: Iterable[Extraction],
             digests: dict[str, tuple[str, str]], name_keys: dict) -> None:
        """Write the snapshots of the files read afresh: their records, and the extractions of
        those of their papers that reached extraction unchanged (a copy merged with another
        file's has other text; it is looked up in the cache as usual); and the resolution keys
        if there are new ones. Then prune."""
        try:
            self._save(papers, extractions, digests, name_keys)
        except Exception:  # noqa: BLE001 - a snapshot not written is only a slower next build
            pass

    def _save(self, papers, extractions, digests, name_keys) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        if len(name_keys) > self._keys_loaded:
            self._used.add(self._keys_name)
            self._write(self._keys_name, name_keys)
        if self._fresh:
            merged = {p.id: p for p in papers}
            extracted = {e.paper_id: e for e in extractions}
            for key, items, notices in self._fresh:
                own = {}
                for item in items:
                    if not isinstance(item, Paper):
                        continue
                    paper, digest = merged.get(item.id), digests.get(item.id)
                    if paper is not None and digest is not None and item.id in extracted and \
                            paper.title == item.title and paper.abstract == item.abstract:
                        own[digest[0]] = (digest[1], extracted[item.id])
                self._write(key, (items, notices, own))
        self._prune()

    def _write(self, key: str, value) -> None:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        handle, temp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(temp, self.directory / f"{key}.pickle")
        except OSError:
            _remove(Path(temp))

    def _prune(self) -> None:
        """Keep this build's snapshots; of the others (other inputs, older kg versions) keep
        those used in the last day, newest first, up to as many bytes as this build's."""
        ours = self._used | {key for key, _, _ in self._fresh}
        try:
            sized = [(st.st_mtime, st.st_size, entry.path, entry.name)
                     for entry in os.scandir(self.directory) for st in [entry.stat()]]
        except OSError:
            return
        budget = sum(size for _, size, _, name in sized if name.removesuffix(".pickle") in ours)
        now = time.time()
        for mtime, size, path, name in sorted(sized, reverse=True):
            if name.startswith(".tmp-"):
                if mtime < now - 3600:  # left by a build that died while writing it
                    _remove(Path(path))
                continue
            if name.removesuffix(".pickle") in ours:
                continue
            if mtime >= now - _KEEP_OTHERS_SECONDS and size <= budget:
                budget -= size
                continue
            _remove(Path(path))


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
