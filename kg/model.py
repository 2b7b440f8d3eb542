"""The plain records that flow between kg's stages.

read -> Paper; extract -> Mention / ResultMention; resolve -> Entity; graph -> networkx.
Everything here is a frozen dataclass of plain values (no spaCy objects), so records can be
pickled to worker processes, cached as JSON (kg.cache encodes them) and compared in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What an entity is. The values are the ontology's local class names, lower-cased."""

    METHOD = "method"
    DATASET = "dataset"
    BENCHMARK = "benchmark"
    METRIC = "metric"
    TASK = "task"
    REPOSITORY = "repository"  # any URL the paper links: code, project page, model or data


class Role(StrEnum):
    """How a paper relates to what it mentions; becomes the graph edge's predicate."""

    PROPOSES = "proposes"  # methods the paper coins
    USES = "uses"  # existing methods it uses, builds on or compares against
    INTRODUCES = "introduces"  # datasets / benchmarks it releases
    EVALUATED_ON = "evaluated_on"  # datasets / benchmarks it uses
    MEASURES = "measures"  # metrics it reports
    ADDRESSES = "addresses"  # tasks
    HAS_LINK = "has_link"  # URLs (the repository kind says code / project / model / data)


class UrlKind(StrEnum):
    CODE = "code"
    PROJECT = "project"
    MODEL = "model"
    DATA = "data"
    OTHER = "other"


# Value -> member, for decoding records (here and kg.cache): a dict lookup is 3x faster than the
# enum call, and an unknown value raises KeyError as a damaged entry should.
KIND_BY_VALUE = {k.value: k for k in Kind}
ROLE_BY_VALUE = {r.value: r for r in Role}
URL_KIND_BY_VALUE = {u.value: u for u in UrlKind}


@dataclass(frozen=True, slots=True)
class Source:
    """Where a paper was read: file path and 1-based line (or record number for JSON arrays)."""

    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Paper:
    id: str  # content-derived: arXiv id when given, else a hash of the normalised title
    title: str
    abstract: str
    truncated: bool = False  # the listing cut the abstract off with "..."
    sources: tuple[Source, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)  # year, venue, authors, github, ...

    def text(self, where: str) -> str:
        return self.title if where == "title" else self.abstract


@dataclass(frozen=True, slots=True)
class Evidence:
    """The span a fact was read from. Offsets index ``paper.text(field)``."""

    field: str  # "title" or "abstract"
    start: int
    end: int
    sentence: str
    extractor: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Mention:
    """One surface form of an entity in one paper, with its evidence."""

    paper_id: str
    kind: Kind
    role: Role
    text: str  # exactly as written
    evidence: Evidence
    aliases: tuple[str, ...] = ()  # other forms the same paper uses (acronym <-> long form)
    url_kind: UrlKind | None = None  # only for Kind.REPOSITORY


@dataclass(frozen=True, slots=True)
class ResultMention:
    """A quantitative result: metric, value as written ("90%", "5.67x"), dataset if named."""

    paper_id: str
    metric: str
    value: str
    dataset: str  # "" when the clause names none
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one paper: the unit that is cached and sent between processes."""

    paper_id: str
    mentions: tuple[Mention, ...]
    results: tuple[ResultMention, ...]
    tasks: tuple[Mention, ...] = ()  # ranked, most central first (kept apart: capped per paper)


@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing after resolution across papers."""

    id: str  # stable slug path, e.g. "dataset/cifar-10"; the IRI is minted from it
    kind: Kind
    name: str  # preferred label: the most frequent surface form
    aliases: tuple[str, ...] = ()  # every other surface form seen, sorted
    url_kind: UrlKind | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record the reader could not use, and why. Never dropped silently: counted and reported."""

    source: Source
    reason: str


@dataclass(frozen=True, slots=True)
class Link:
    """A paper -> entity statement, backed by the mention it was read from."""

    paper_id: str
    role: Role
    entity_id: str
    mention: Mention


@dataclass(frozen=True, slots=True)
class ResolvedResult:
    id: str  # stable: derived from paper id, metric, value and dataset
    result: ResultMention
    metric_id: str | None  # the metric entity, when the metric was resolved to one
    dataset_id: str | None  # the dataset/benchmark entity, when named


@dataclass(frozen=True, slots=True)
class Resolution:
    """What resolution hands to graph assembly: entities, links and results, all sorted."""

    entities: tuple[Entity, ...]
    links: tuple[Link, ...]
    results: tuple[ResolvedResult, ...]


def _by_position(record):
    """Pickle a record as its class called with its fields in order. Loading then runs the
    dataclass's own __init__, about 2x faster than dataclasses' generic __setstate__ for frozen
    slotted classes (kg.snapshot loads about a million records per 92k papers)."""
    return type(record), tuple(getattr(record, name) for name in record.__slots__)


for _record in (Source, Paper, Evidence, Mention, ResultMention, Extraction, Entity, Skipped,
                Link, ResolvedResult, Resolution):
    _record.__reduce__ = _by_position
