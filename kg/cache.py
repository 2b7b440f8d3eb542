"""Content-addressed cache of per-paper extractions, in one SQLite file.

Keyed by a hash of the extractor version, the vocabulary fingerprint, the paper id and its text,
so editing an abstract or upgrading the extractor misses the old entry. Values are JSON (never
pickle) with a checksum: a damaged entry is detected, dropped and recomputed. SQLite's locking
lets concurrent `kg build` runs share one cache without corrupting it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from kg.model import Extraction, Paper

_SCHEMA = "CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, checksum TEXT, body TEXT)"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def paper_key(paper: Paper, version: str) -> str:
    digest = hashlib.sha256()
    for part in (version, paper.id, paper.title, paper.abstract):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class ExtractionCache:
    def __init__(self, directory: str | os.PathLike, version: str):
        self.version = version
        self.path = Path(directory) / "extractions.sqlite"
        self.hits = 0
        self.damaged = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except sqlite3.DatabaseError:
            # Not a database any more (truncated, overwritten): start a fresh one beside it.
            self.path.replace(self.path.with_suffix(".damaged"))
            self.damaged += 1
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(_SCHEMA)
        return db

    def get_many(self, papers: list[Paper]) -> dict[str, Extraction]:
        """paper id -> cached extraction, for those present and intact."""
        keys = {paper_key(p, self.version): p.id for p in papers}
        found: dict[str, Extraction] = {}
        items = list(keys)
        for i in range(0, len(items), 500):
            chunk = items[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, checksum, body FROM extraction WHERE key IN ({marks})", chunk)
            for key, checksum, body in rows:
                try:
                    if checksum != _checksum(body):
                        raise ValueError("checksum mismatch")
                    extraction = Extraction.from_json(json.loads(body))
                    if extraction.paper_id != keys[key]:
                        raise ValueError("entry for another paper")
                except (ValueError, KeyError, TypeError):
                    self.damaged += 1
                    self._db.execute("DELETE FROM extraction WHERE key = ?", (key,))
                    continue
                found[keys[key]] = extraction
        self.hits += len(found)
        return found

    def put_many(self, pairs: Iterable[tuple[Paper, Extraction]]) -> None:
        rows = []
        for paper, extraction in pairs:
            body = json.dumps(extraction.to_json(), ensure_ascii=False, separators=(",", ":"))
            rows.append((paper_key(paper, self.version), _checksum(body), body))
        if not rows:
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._db.close()
