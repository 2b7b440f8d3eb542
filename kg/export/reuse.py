"""Reuse the unchanged parts of a previous output, so that a rebuild after adding a few papers
rewrites the file but renders only what changed.

An output such as graph.ttl or papers.jsonl is a header followed by units (one subject block,
one paper's line) in a stable order. Each unit has a key: a digest of exactly the graph data it
is rendered from. After a write, its layout (unit -> key, byte offset, length, count) is saved
in the cache directory together with the file's identity (device, inode, size, mtime) and a
digest of the renderer's source. The next write of the same path computes each unit's key and,
when the key is unchanged and the file on disk is still the one recorded, copies the unit's
bytes from it instead of rendering them. The bytes are the same either way: output never
depends on the cache, it only gets there sooner.

Layouts are JSON (never pickle), gzip-compressed, written atomically; one that cannot be read
or does not match is ignored, so the worst a damaged layout costs is a full render.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.export.atomic import atomic_writer

_FORMAT = "kg-layout-1"
_COPY_CHUNK = 8 << 20  # bytes per read when copying runs of unchanged units
_KEEP_LAYOUTS = 64  # layouts kept per cache (the most recently written): one per output path
_PACKAGE = Path(__file__).resolve().parent.parent


def unit_key(parts: object) -> str:
    """A digest of the data a unit is rendered from. ``repr`` of plain str/int/float/bool/list/
    dict/tuple values is deterministic and tells them apart, and it runs in C."""
    return hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"),
                           digest_size=10).hexdigest()


@lru_cache(maxsize=None)
def renderer_digest() -> str:
    """What, besides the units' data, decides their bytes: the exporters' and vocabulary source
    and the ontology (prefixes, IRIs)."""
    digest = hashlib.sha256(_FORMAT.encode())
    files = sorted((_PACKAGE / "export").glob("*.py")) + [_PACKAGE / "vocab.py",
                                                          _PACKAGE / "graph.py"]
    for path in files:
        digest.update(path.name.encode() + b"\x00" + path.read_bytes() + b"\x00")
    return digest.hexdigest()[:16]


@dataclass
class Layout:
    """Where each unit of a previous file lies (name -> (key, offset, length, count)), and that
    file, open: it is checked once, by fstat, and read through this descriptor only."""

    units: dict[str, tuple[str, int, int, int]]
    fd: int

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


def _identity(st: os.stat_result) -> list[int]:
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns]


class LayoutStore:
    """Layouts of written outputs, one file each under ``<cache dir>/layouts/``."""

    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory) / "layouts"
        self.reused: dict[str, tuple[int, int]] = {}  # kind -> (units copied, units written)
        self.keys: dict[str, dict[str, str]] = {}  # kind -> unit -> key, as written this build

    def _file(self, output: Path, kind: str) -> Path:
        name = hashlib.sha256(f"{kind}\x00{output.resolve()}".encode("utf-8",
                                                                       "surrogatepass"))
        return self.directory / f"{name.hexdigest()[:24]}.json.gz"

    def load(self, output: str | os.PathLike, kind: str) -> Layout | None:
        """The layout recorded for ``output`` if that file is still the one it describes."""
        output = Path(output)
        fd = -1
        try:
            fd = os.open(output, os.O_RDONLY)
            with gzip.open(self._file(output, kind), "rt", encoding="utf-8") as handle:
                data = json.load(handle)
            if (data.get("format") != _FORMAT or data.get("renderer") != renderer_digest()
                    or data.get("path") != str(output.resolve())
                    or data.get("identity") != _identity(os.fstat(fd))):
                raise ValueError("another file")
            names, keys = data["names"], data["keys"]
            width = len(keys) // len(names) if names else 0
            units = dict(zip(names, zip((keys[i:i + width] for i in range(0, len(keys), width)),
                                        data["offsets"], data["lengths"], data["counts"],
                                        strict=True), strict=True))
        except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
            if fd >= 0:
                os.close(fd)
            return None  # missing, damaged, replaced or from another version: render all
        return Layout(units, fd)

    def save(self, output: str | os.PathLike, kind: str, units: list[tuple],
             identity: list[int]) -> None:
        """Record ``units`` for the file at ``output`` whose identity (``fstat`` of the file
        as written, so a file put there by someone else since is never described) is given."""
        output = Path(output)
        names, keys, offsets, lengths, counts = zip(*units) if units else ((),) * 5
        if len({len(k) for k in keys}) > 1:
            return  # keys are fixed-width digests (or all empty); anything else is not ours
        # Columns, not rows: ~10x faster to load for 250k units.
        data = {"format": _FORMAT, "renderer": renderer_digest(), "path": str(output.resolve()),
                "identity": identity, "names": names, "keys": "".join(keys),
                "offsets": offsets, "lengths": lengths, "counts": counts}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with atomic_writer(self._file(output, kind), "wb") as raw:
                with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0) as handle:
                    handle.write(json.dumps(data, separators=(",", ":")).encode("utf-8"))
            self._prune()
        except Exception:  # noqa: BLE001 - a layout is an optimisation: never fail the build
            pass

    def _prune(self) -> None:
        """Builds to many different paths (tests, scratch runs) would otherwise pile up."""
        layouts = sorted(self.directory.glob("*.json.gz"), key=lambda p: p.stat().st_mtime_ns)
        for stale in layouts[:-_KEEP_LAYOUTS]:
            stale.unlink(missing_ok=True)


# A rendered unit: (name, key, bytes, count), or bytes None for "unchanged, copy it".
Unit = tuple[str, str, bytes | None, int]


def write_units(path: str | os.PathLike, header: bytes, units: Iterable[Unit],
                previous: Layout | None, store: LayoutStore | None, kind: str) -> int:
    """Write ``header`` and the units atomically, copying unchanged units from the previous file.
    Returns the sum of the units' counts. With ``store``, the new layout is saved."""
    path = Path(path)
    layout: list[tuple] = []
    total = copied = 0
    old = previous.fd if previous is not None else -1
    try:
        with atomic_writer(path, "wb") as handle:
            handle.write(header)
            offset = len(header)
            pending: list[int] = []  # [start, end) of a run of old bytes still to copy
            for name, key, data, count in units:
                if data is None:
                    copied += 1
                    _, old_offset, length, _ = previous.units[name]
                    if pending and pending[1] == old_offset:
                        pending[1] += length
                    else:
                        _copy(old, pending, handle)
                        pending = [old_offset, old_offset + length]
                else:
                    _copy(old, pending, handle)
                    pending = []
                    length = len(data)
                    handle.write(data)
                layout.append((name, key, offset, length, count))
                offset += length
                total += count
            _copy(old, pending, handle)
            handle.flush()
            identity = _identity(os.fstat(handle.fileno()))  # kept by the rename
    finally:
        if previous is not None:
            previous.close()
    if store is not None:
        store.reused[kind] = (copied, len(layout))
        store.keys[kind] = {unit[0]: unit[1] for unit in layout}
        store.save(path, kind, layout, identity)
    return total


def _copy(old: int, span: list[int], handle) -> None:
    if not span:
        return
    start, end = span
    while start < end:
        chunk = os.pread(old, min(_COPY_CHUNK, end - start), start)
        if not chunk:
            raise OSError(f"the previous output ended early at byte {start}")
        handle.write(chunk)
        start += len(chunk)


def iter_units(names: Iterable[str], key_of, render, previous: Layout | None) -> Iterator[Unit]:
    """Units for ``names``: marked for copying when the previous file holds them under the same
    key, else ``render(name)`` -> (bytes, count)."""
    units = previous.units if previous is not None else {}
    for name in names:
        key = key_of(name)
        entry = units.get(name)
        if entry is not None and entry[0] == key:
            yield name, key, None, entry[3]
        else:
            data, count = render(name)
            yield name, key, data, count
