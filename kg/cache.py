"""Content-addressed cache of per-paper extractions, in one SQLite file.

Keyed by a hash of the extractor fingerprint (the extractor version, the source of kg.extract
and the shipped vocabularies, so editing a rule or a vocabulary misses old entries even before
the version is bumped), the paper id and its text: editing an abstract misses the old entry.
Values are JSON (never pickle) with a checksum: a damaged entry is detected, dropped and
recomputed; a file that is no longer a database is moved aside and a fresh one started. SQLite's
locking (WAL, one IMMEDIATE transaction per write) lets concurrent `kg build` runs share one
cache without corrupting it. The cache is an optimisation: when it cannot be used at all (locked
for too long, read-only directory) the build goes on without it.

Each entry records the extractor fingerprint (its generation) that wrote it. A new fingerprint
(an upgrade, an edited rule) misses every old entry, so without pruning each upgrade would add a
full copy of the corpus's extractions. Only the entries of the _KEEP_GENERATIONS most recently
used fingerprints are kept (two kg installs sharing one cache keep both), and the freed pages are
given back to the file system.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from kg.model import (KIND_BY_VALUE, ROLE_BY_VALUE, URL_KIND_BY_VALUE, Evidence, Extraction,
                      Mention, Paper, ResultMention)

_SCHEMA = ("CREATE TABLE IF NOT EXISTS extraction "
           "(key TEXT PRIMARY KEY, checksum TEXT, body TEXT, generation TEXT)",
           # fingerprint -> when last opened, as a counter (clocks can go backwards)
           "CREATE TABLE IF NOT EXISTS generation (fingerprint TEXT PRIMARY KEY, used INTEGER)")
_KEEP_GENERATIONS = 3
_BATCH = 500  # keys per SELECT: below SQLite's bound-parameter limit on every build
_DAMAGED = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
_PACKAGE = Path(__file__).resolve().parent
_FORMAT = "c2"  # the entry encoding below; part of every key, so a new one misses old entries


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def source_digest(seed: str, paths) -> str:
    """A hash of ``seed`` and the named kg source files (path and bytes): what a cached result
    was computed by, so that editing any of them misses it."""
    digest = hashlib.sha256(seed.encode("utf-8"))
    for path in paths:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\x00")
        digest.update(path.read_bytes())
        digest.update(b"\x00")
    return digest.hexdigest()


@lru_cache(maxsize=8)
def extractor_fingerprint(version: str) -> str:
    """``version`` plus a hash of what decides an extraction: kg/extract/*.py and kg/data/*."""
    files = sorted((_PACKAGE / "extract").glob("*.py")) + sorted(
        p for p in (_PACKAGE / "data").rglob("*") if p.is_file())
    seed = f"{version}\x00{_FORMAT}"
    return f"{version}+{source_digest(seed, files)[:16]}"


def paper_key(paper: Paper, version: str) -> str:
    digest = hashlib.sha256()
    for part in (version, paper.id, paper.title, paper.abstract):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """Corruption (not a database, malformed image), as opposed to locked / busy / read-only."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _DAMAGED
    return not isinstance(error, sqlite3.OperationalError)


class ExtractionCache:
    """``get_many(papers)`` -> the intact cached extractions; ``put_many(pairs)`` stores more.

    ``version`` is the extractor version; the key also covers the extractor's source and data
    (``extractor_fingerprint``). Counters: ``hits``, ``damaged`` (entries or files found broken
    and dropped), ``unavailable`` (the cache could not be used and was skipped).
    """

    def __init__(self, directory: str | os.PathLike, version: str):
        self.version = version
        self.fingerprint = extractor_fingerprint(version)
        self.path = Path(directory) / "extractions.sqlite"
        self.hits = 0
        self.damaged = 0
        self.unavailable = 0
        # paper id -> (entry key, body checksum) of what was read or stored: a cheap digest of
        # a paper and its extraction, for the exports' reuse keys (kg.export.reuse)
        self.digests: dict[str, tuple[str, str]] = {}
        self._db: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except sqlite3.DatabaseError as error:
            if _is_damage(error):
                self._reset()  # not a database any more (truncated, overwritten)
            else:
                self.unavailable += 1  # locked for longer than the timeout, read-only, ...
        except OSError:
            self.unavailable += 1

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        try:
            # Takes effect only on a new file (before its first table): pruned pages are then
            # returned by incremental_vacuum instead of staying in the file.
            db.execute("PRAGMA auto_vacuum=INCREMENTAL")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            for statement in _SCHEMA:
                db.execute(statement)
            self._register(db)
        except BaseException:
            db.close()
            raise
        return db

    def _register(self, db: sqlite3.Connection) -> None:
        """Mark this fingerprint as the most recently used and drop the entries of generations
        beyond the _KEEP_GENERATIONS most recent ones (and those of caches made before entries
        recorded theirs). A cache that cannot be written (read-only) still serves reads."""
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return
        try:
            pruned = self._prune(db)
            db.execute("COMMIT")
        except sqlite3.OperationalError:
            db.execute("ROLLBACK")
            return
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if not pruned:
            return
        try:
            if db.execute("PRAGMA auto_vacuum").fetchone()[0] == 0:
                # a file made before pruning existed: rebuilt once, so it can shrink from now on
                db.execute("PRAGMA auto_vacuum=INCREMENTAL")
                db.execute("VACUUM")
            else:
                # executescript steps the pragma to completion; execute() frees one page only
                db.executescript("PRAGMA incremental_vacuum;")
        except sqlite3.OperationalError:
            pass  # another build has the file open in a transaction: shrink it next time

    def _prune(self, db: sqlite3.Connection) -> bool:
        columns = {row[1] for row in db.execute("PRAGMA table_info(extraction)")}
        legacy = "generation" not in columns
        if legacy:
            db.execute("ALTER TABLE extraction ADD COLUMN generation TEXT")
        db.execute("INSERT INTO generation VALUES "
                   "(?, (SELECT coalesce(max(used), 0) + 1 FROM generation)) "
                   "ON CONFLICT (fingerprint) DO UPDATE SET used = excluded.used",
                   (self.fingerprint,))
        kept = [row[0] for row in db.execute(
            "SELECT fingerprint FROM generation ORDER BY used DESC")]
        if len(kept) <= _KEEP_GENERATIONS and not legacy:
            return False
        kept = kept[:_KEEP_GENERATIONS]
        marks = ",".join("?" * len(kept))
        db.execute(f"DELETE FROM extraction WHERE generation IS NULL OR generation NOT IN ({marks})",
                   kept)
        db.execute(f"DELETE FROM generation WHERE fingerprint NOT IN ({marks})", kept)
        return True

    def _reset(self) -> None:
        """Move the damaged file (and its WAL) aside as *.damaged and start a fresh database."""
        self.damaged += 1
        if self._db is not None:
            self._db.close()
            self._db = None
        for suffix in ("", "-wal", "-shm"):
            broken = Path(f"{self.path}{suffix}")
            if broken.exists():
                broken.replace(Path(f"{self.path.with_suffix('.damaged')}{suffix}"))
        try:
            self._db = self._open()
        except (sqlite3.DatabaseError, OSError):
            self.unavailable += 1

    def key(self, paper: Paper) -> str:
        return paper_key(paper, self.fingerprint)

    def get_many(self, papers: list[Paper]) -> dict[str, Extraction]:
        """paper id -> cached extraction, for those present and intact."""
        if self._db is None:
            return {}
        keys = {self.key(p): p.id for p in papers}
        items = list(keys)
        found: dict[str, Extraction] = {}
        broken: list[str] = []
        try:
            for key, checksum, body in self._select("key, checksum, body", items):
                extraction = _decode(checksum, body, keys[key])
                if extraction is None:
                    broken.append(key)
                else:
                    found[keys[key]] = extraction
                    self.digests[keys[key]] = (key, checksum)
            if broken:
                self.damaged += len(broken)
                self._db.executemany("DELETE FROM extraction WHERE key = ?",
                                     [(k,) for k in broken])
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                self.unavailable += 1
                return {}
            self._reset()  # a malformed page: nothing read from this file can be trusted
            return {}
        self.hits += len(found)
        return found

    def missing(self, papers: Sequence[Paper]) -> list[Paper]:
        """The papers that have no entry (without decoding the entries that exist)."""
        if self._db is None:
            return list(papers)
        keys = [self.key(p) for p in papers]
        try:
            present = {key for key, in self._select("key", keys)}
        except sqlite3.DatabaseError:
            return list(papers)  # get_many deals with it
        return [p for p, key in zip(papers, keys, strict=True) if key not in present]

    def _select(self, columns: str, keys: list[str]) -> Iterator[tuple]:
        """``columns`` of the entries with these keys, a batch of keys per query."""
        for i in range(0, len(keys), _BATCH):
            chunk = keys[i:i + _BATCH]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(
                f"SELECT {columns} FROM extraction WHERE key IN ({marks})", chunk)

    def put_many(self, pairs: Iterable[tuple[Paper, Extraction]]) -> None:
        if self._db is None:
            return
        rows = []
        for paper, extraction in pairs:
            body = encode(extraction)
            rows.append((self.key(paper), _checksum(body), body, self.fingerprint))
            self.digests[paper.id] = rows[-1][:2]
        if not rows:
            return
        try:
            self._insert(rows)
        except sqlite3.DatabaseError as error:
            # Not stored, and that is all: the build's output does not depend on the cache.
            if not _is_damage(error):
                self.unavailable += 1
                return
            self._reset()
            try:  # a damaged page the reads missed: store into the fresh file instead
                if self._db is not None:
                    self._insert(rows)
            except sqlite3.DatabaseError:
                self.unavailable += 1

    def _insert(self, rows: list[tuple[str, str, str, str]]) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany("INSERT OR REPLACE INTO extraction (key, checksum, body, "
                                 "generation) VALUES (?, ?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _decode(checksum: str, body: str, paper_id: str) -> Extraction | None:
    """The extraction in ``body``, or None when the entry is damaged or belongs elsewhere."""
    try:
        if checksum != _checksum(body):
            return None
        extraction = decode(body)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
    return extraction if extraction.paper_id == paper_id else None


# --- entry encoding ---------------------------------------------------------------------------
# Positional JSON arrays with each sentence stored once: a warm rebuild decodes ~90k entries, and
# this reads ~2x faster than JSON objects with field names, at half the size.

def encode(extraction: Extraction) -> str:
    sentences: dict[str, int] = {}

    def evidence(e: Evidence) -> list:
        index = sentences.setdefault(e.sentence, len(sentences))
        return [e.field, e.start, e.end, index, e.extractor, e.confidence]

    def mention(m: Mention) -> list:
        return [m.kind.value, m.role.value, m.text, evidence(m.evidence), list(m.aliases),
                m.url_kind.value if m.url_kind else None]

    body = [extraction.paper_id,
            [mention(m) for m in extraction.mentions],
            [[r.metric, r.value, r.dataset, evidence(r.evidence)] for r in extraction.results],
            [mention(t) for t in extraction.tasks]]
    body.append(list(sentences))
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def decode(body: str) -> Extraction:
    paper_id, mentions, results, tasks, sentences = json.loads(body)

    def evidence(e: list) -> Evidence:
        return Evidence(e[0], e[1], e[2], sentences[e[3]], e[4], e[5])

    def mention(m: list) -> Mention:
        kind, role, text, ev, aliases, url_kind = m
        return Mention(paper_id, KIND_BY_VALUE[kind], ROLE_BY_VALUE[role], text, evidence(ev),
                       tuple(aliases), URL_KIND_BY_VALUE[url_kind] if url_kind else None)

    return Extraction(paper_id, tuple(mention(m) for m in mentions),
                      tuple(ResultMention(paper_id, r[0], r[1], r[2], evidence(r[3]))
                            for r in results),
                      tuple(mention(t) for t in tasks))
