"""Resolve mentions across papers into entities: one entity per real thing.

Surface forms merge when they fold to the same key (case, spaces, hyphens: CIFAR-10 = CIFAR10),
differ only by a plural or a generic head ("the X dataset"), or are an acronym and the long form
a paper defines ("Vision Transformer (ViT)"). An acronym used alone joins a long form only when
every paper that defines it agrees on that long form, so "SAM" stays apart when papers disagree.
Distinct versions and sizes never merge ("GPT-4" != "GPT-4o", "ResNet-50" != "ResNet-101").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from kg.extract.lexicon import fold
from kg.gcpause import gc_paused
from kg.ids import short_hash, slugify, stable_slug
from kg.model import (Entity, Extraction, Kind, Link, Mention, Resolution, ResolvedResult,
                      UrlKind)

_GENERIC_HEAD = re.compile(r"\s+(?:data\s?set|dataset|datasets|benchmark|benchmarks|corpus|"
                           r"suite|challenge|leaderboard)$", re.IGNORECASE)
_FAMILY = {Kind.DATASET: "data", Kind.BENCHMARK: "data", Kind.METHOD: "method",
           Kind.METRIC: "metric", Kind.TASK: "task", Kind.REPOSITORY: "repository"}


def url_key(url: str) -> str:
    key = re.sub(r"^https?://", "", url.strip().lower())
    key = re.sub(r"^www\.", "", key).rstrip("/")
    return re.sub(r"\.git$", "", key)


def name_keys(name: str, kind: Kind) -> list[str]:
    """Keys under which a surface form merges with others of its family."""
    return list(_name_keys(name, kind))


# Surface forms repeat across papers ("ImageNet" tens of thousands of times in 92k abstracts),
# so the keys are computed once per distinct (form, kind); memory is bounded by the entry cap.
@lru_cache(maxsize=1 << 18)
def _name_keys(name: str, kind: Kind) -> tuple[str, ...]:
    if kind is Kind.REPOSITORY:
        return (url_key(name),)
    text = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    keys = [fold(text)]
    bare = _GENERIC_HEAD.sub("", text)
    if bare != text and fold(bare):
        keys.append(fold(bare))
    # Plurals: "ViTs" -> "ViT", "Vision Transformers" -> "Vision Transformer", "LSTMs" -> "LSTM".
    if kind is not Kind.TASK and re.search(r"(?:[A-Z]s|[a-z]{3}s)$", bare) and not bare.endswith("ss"):
        keys.append(fold(bare[:-1]))
    return tuple(k for k in dict.fromkeys(keys) if k)


@lru_cache(maxsize=1 << 18)
def _fold(text: str) -> str:
    return fold(text)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@lru_cache(maxsize=1 << 18)
def _is_short_form(name: str) -> bool:
    return len(name) <= 12 and " " not in name and sum(c.isupper() for c in name) >= 2


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    with gc_paused():
        return _resolve(extractions)


def _resolve(extractions: Iterable[Extraction]) -> Resolution:
    mentions: list[Mention] = []
    results = []
    for extraction in extractions:
        mentions.extend(extraction.mentions)
        mentions.extend(extraction.tasks)
        results.extend(extraction.results)

    uf = _UnionFind()

    def node(family: str, key: str) -> str:
        return f"{family}\x00{key}"

    # Long forms an acronym is defined with, per family, across all papers.
    acronym_targets: dict[tuple[str, str], set[str]] = defaultdict(set)
    first_keys: list[tuple[str, str]] = []  # (family, main key) per mention, reused below
    for m in mentions:
        family = _FAMILY[m.kind]
        keys = _name_keys(m.text, m.kind)
        first_keys.append((family, keys[0]))
        for k in keys[1:]:
            uf.union(node(family, keys[0]), node(family, k))
        if not m.aliases:
            continue
        text_short = _is_short_form(m.text)
        for alias in m.aliases:
            if _is_short_form(alias) and not text_short:
                for alias_key in _name_keys(alias, m.kind):  # "ViTs" defines "ViT" too
                    acronym_targets[(family, alias_key)].add(keys[0])
            elif text_short and not _is_short_form(alias):
                acronym_targets[(family, keys[0])].add(_fold(alias))
    for (family, short), longs in acronym_targets.items():
        groups = {uf.find(node(family, k)) for k in longs}
        if len(groups) == 1:  # unambiguous across the corpus: merge everywhere
            uf.union(node(family, short), node(family, min(longs)))

    # Assign each mention to its group; ambiguous acronyms stay per long form within a paper.
    group_of: dict[int, str] = {}
    roots: dict[tuple[str, str], str] = {}
    for i, (m, (family, key)) in enumerate(zip(mentions, first_keys)):
        root = roots.get((family, key))
        if root is None:
            root = roots[(family, key)] = uf.find(node(family, key))
        if m.aliases and _is_short_form(m.text) and len(acronym_targets.get((family, key), ())) > 1:
            root = uf.find(node(family, _fold(m.aliases[0])))
        group_of[i] = root

    members: dict[str, list[int]] = defaultdict(list)
    for i, root in group_of.items():
        members[root].append(i)

    entities: dict[str, Entity] = {}
    entity_of_group: dict[str, str] = {}
    key_index: dict[tuple[str, str], str] = {}
    for root in sorted(members):
        idx = members[root]
        if len(idx) == 1:  # most groups (a task phrase, a one-off name): nothing to vote on
            only = mentions[idx[0]]
            name, kind, url_kind = only.text, only.kind, only.url_kind
            alias_set = set(only.aliases)
        else:
            surfaces = Counter(mentions[i].text for i in idx)
            # Prefer a written-out name ("Vision Transformer") to its acronym; among one-word
            # forms ("CIFAR-10", "Cifar-10") the most frequent wins.
            long_forms = [s for s in surfaces if " " in s.strip()]
            pool = Counter({s: surfaces[s] for s in long_forms}) if long_forms else surfaces
            name = min(pool.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]
            kinds = Counter(mentions[i].kind for i in idx)
            kind = min(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0]  # StrEnum: by value
            alias_set = set(surfaces) | {a for i in idx for a in mentions[i].aliases}
            url_kind = (Counter(mentions[i].url_kind for i in idx).most_common(1)[0][0]
                        if kind is Kind.REPOSITORY else None)
        alias_set.discard(name)
        if kind is Kind.REPOSITORY:
            url_kind = url_kind or UrlKind.OTHER
            slug = stable_slug(url_key(name))
        else:
            url_kind = None
            slug = slugify(name)
        entity_id = f"{kind.value}/{slug}"
        if entity_id in entities:
            entity_id = f"{entity_id}-{short_hash(root, 6)}"
        entities[entity_id] = Entity(entity_id, kind, name, tuple(sorted(alias_set)), url_kind)
        entity_of_group[root] = entity_id
        family = _FAMILY[kind]
        for surface in alias_set | {name}:
            for k in _name_keys(surface, kind):
                key_index.setdefault((family, k), entity_id)

    links = sorted(
        (Link(mentions[i].paper_id, mentions[i].role, entity_of_group[root], mentions[i])
         for root, idx in members.items() for i in idx),
        key=lambda l: (l.paper_id, l.entity_id, l.role, l.mention.evidence.field,  # role: StrEnum
                       l.mention.evidence.start, l.mention.text),
    )

    resolved_results = []
    seen_results: set[str] = set()
    for r in sorted(results, key=lambda r: (r.paper_id, r.evidence.start, r.metric, r.value)):
        rid = f"result/{slugify(r.paper_id)}-{short_hash('|'.join((r.metric, r.value, r.dataset)), 8)}"
        if rid in seen_results:
            continue
        seen_results.add(rid)
        metric_id = key_index.get(("metric", _fold(r.metric)))
        dataset_id = key_index.get(("data", _fold(r.dataset))) if r.dataset else None
        resolved_results.append(ResolvedResult(rid, r, metric_id, dataset_id))

    return Resolution(tuple(sorted(entities.values(), key=lambda e: e.id)), tuple(links),
                      tuple(resolved_results))
