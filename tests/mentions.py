"""What an extraction found, as sets of surface texts: the shared reading of the extraction
tests' assertions."""

from __future__ import annotations

from kg.model import Extraction, Kind, Role


def named(extraction: Extraction, kind: Kind | None = None, role: Role | None = None) -> set[str]:
    return {m.text for m in extraction.mentions
            if (kind is None or m.kind is kind) and (role is None or m.role is role)}


def data_names(extraction: Extraction) -> set[str]:
    """Data sets and benchmarks alike: which of the two a name is, is tested apart."""
    return named(extraction, Kind.DATASET) | named(extraction, Kind.BENCHMARK)
