"""Export the kg graph as RDF: typed nodes, direct statements, and one kg:Mention per evidence.

Every IRI is minted from a node id (escaped when it is not already IRI-safe) or, for mentions,
from a hash of the evidence record, so the same graph always gives the same triples and no
blank nodes. ``graph_to_rdf`` builds an rdflib graph (tests, small graphs); the stream writers
render triples subject by subject straight to the file, so 92k papers never sit in an rdflib
store, and sort within each subject so the output is byte-identical run to run.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
from multiprocessing import get_all_start_methods, get_context
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral  # the N-Triples escaping, one line

from kg.errors import GraphError
from kg.export.atomic import atomic_writer, write_bytes
from kg.export.keys import subject_key
from kg.export.reuse import Layout, LayoutStore, Unit, iter_units, write_units
from kg.graph import RESULT_DATASET, RESULT_METRIC, RESULT_PREDICATE
from kg.vocab import (DCTERMS, ID, KG, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS, XSD,
                      ontology_path)

Pair = tuple[URIRef, URIRef | Literal]

_PAPER_PREDICATES = {
    "proposes": KG.proposes,
    "uses": KG.uses,
    "introduces": KG.introduces,
    "evaluated_on": KG.evaluatedOn,
    "measures": KG.measures,
    "addresses": KG.addresses,
    "has_link": KG.hasLink,
    RESULT_PREDICATE: KG.reportsResult,
}
_RESULT_PREDICATES = {RESULT_METRIC: KG.resultMetric, RESULT_DATASET: KG.resultDataset}
_ENTITY_CLASSES = {
    "method": KG.Method,
    "dataset": KG.Dataset,
    "benchmark": KG.Benchmark,
    "metric": KG.Metric,
    "task": KG.Task,
    "repository": KG.Repository,
}
_EVIDENCE_STRINGS = (("text", KG.surfaceForm), ("field", KG.field), ("sentence", KG.sentence),
                     ("extractor", KG.extractor))
_EVIDENCE_OFFSETS = (("start", KG.startOffset), ("end", KG.endOffset))
_REPOSITORY_CLASSES = {
    "code": KG.CodeRepository,
    "project": KG.ProjectPage,
    "model": KG.ModelRelease,
    "data": KG.DataRelease,
}

# Ids already made of unreserved IRI characters, with no empty or dot-leading segment, are used
# as they are; anything else is percent-encoded whole (dots too), which stays injective.
_SAFE_ID = re.compile(r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*")
_RELATIVE = re.compile(r"[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*(?:/[A-Za-z0-9_~%-][A-Za-z0-9._~%-]*)*")
_NUMBER = re.compile(r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+\u2212]?\.\d+",
                     re.ASCII)


def mint_iri(node_id: str) -> URIRef:
    """The instance IRI of a node id; ids that are not IRI-safe are percent-encoded, not trusted."""
    if not isinstance(node_id, str) or not node_id:
        raise GraphError(f"node id {node_id!r} is not a non-empty string; "
                         "the graph was not built by kg")
    if _SAFE_ID.fullmatch(node_id):
        return ID[node_id]
    return ID[quote(node_id, safe="").replace(".", "%2E")]


def _clean(text: str) -> str:
    """Lone surrogates (from broken JSON escapes) cannot be written as UTF-8; replace them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


# Literal construction dominates export time; sentences, extractor names, offsets and
# confidences repeat across mentions, so their literals are cached (typed: 1 is not 1.0).
@lru_cache(maxsize=1 << 16, typed=True)
def _literal(value: str | int | float) -> Literal:
    return Literal(_clean(value) if isinstance(value, str) else value)


def _string(value: Any, where: str) -> Literal:
    if not isinstance(value, str):
        raise GraphError(f"{where} is {type(value).__name__}, expected a string")
    return _literal(value)


def _integer(value: Any, where: str) -> Literal:
    if isinstance(value, bool) or not isinstance(value, int):
        raise GraphError(f"{where} is {value!r}, expected an integer")
    return _literal(value)


def _double(value: Any, where: str) -> Literal:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise GraphError(f"{where} is {value!r}, expected a finite number")
    return _literal(float(value))


def numeric_value(written: str) -> float | None:
    """The first number in a value as written: '90%' -> 90.0, '1,024 tokens' -> 1024.0."""
    match = _NUMBER.search(written)
    if match is None:
        return None
    number = float(match.group().replace(",", "").replace("\u2212", "-"))
    return number if math.isfinite(number) else None


def _paper_pairs(node_id: str, data: dict) -> list[Pair]:
    pairs: list[Pair] = [(RDF.type, KG.Paper), (RDF.type, SCHEMA.ScholarlyArticle)]
    if data.get("title") is not None:
        title = _string(data["title"], f"{node_id} title")
        pairs += [(DCTERMS.title, title), (RDFS.label, title)]
    if data.get("abstract") is not None:
        pairs.append((DCTERMS.abstract, _string(data["abstract"], f"{node_id} abstract")))
    if "truncated" in data:
        pairs.append((KG.truncated, Literal(bool(data["truncated"]))))
    for source in data.get("sources") or ():
        pairs.append((KG.sourceLocation, _string(source, f"{node_id} source")))
    return pairs + _metadata_pairs(node_id, data.get("metadata") or {})


def _metadata_pairs(node_id: str, metadata: dict) -> list[Pair]:
    """The well-known fields as typed triples; every field, losslessly, as one JSON literal."""
    if not metadata:
        return []
    pairs: list[Pair] = []
    year = metadata.get("year")
    if isinstance(year, int) and not isinstance(year, bool) and 1 <= year <= 9999:
        pairs.append((DCTERMS.issued, Literal(f"{year:04d}", datatype=XSD.gYear)))
    for key, term in (("venue", KG.venue), ("arxiv", KG.arxivId)):
        if isinstance(metadata.get(key), str):
            pairs.append((term, Literal(_clean(metadata[key]))))
    authors = metadata.get("authors")
    if isinstance(authors, list):
        pairs += [(KG.authorName, Literal(_clean(a))) for a in authors if isinstance(a, str)]
    if isinstance(metadata.get("github"), str):
        pairs.append((SCHEMA.codeRepository,
                      Literal(_clean(metadata["github"]), datatype=XSD.anyURI)))
    text = json.dumps(metadata, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    pairs.append((KG.metadataJson, Literal(_clean(text), datatype=RDF.JSON)))
    return pairs


def _entity_pairs(node_id: str, data: dict) -> list[Pair]:
    kind = data.get("kind")
    cls = _ENTITY_CLASSES[kind]
    if kind == "repository":
        cls = _REPOSITORY_CLASSES.get(data.get("url_kind"), cls)
    pairs: list[Pair] = [(RDF.type, cls)]
    if data.get("label") is not None:
        label = _string(data["label"], f"{node_id} label")
        pairs += [(RDFS.label, label), (SKOS.prefLabel, label)]
        if kind == "repository":
            pairs.append((SCHEMA.url, Literal(str(label), datatype=XSD.anyURI)))
    for alias in data.get("aliases") or ():
        pairs.append((SKOS.altLabel, _string(alias, f"{node_id} alias")))
    return pairs


def _result_pairs(node_id: str, data: dict) -> list[Pair]:
    pairs: list[Pair] = [(RDF.type, KG.Result)]
    if data.get("label") is not None:
        pairs.append((RDFS.label, _string(data["label"], f"{node_id} label")))
    if data.get("value") is not None:
        pairs.append((KG.value, _string(data["value"], f"{node_id} value")))
        number = numeric_value(data["value"])
        if number is not None:
            pairs.append((KG.numericValue, Literal(number)))
    for key, term in (("metric", KG.metricName), ("dataset", KG.datasetName)):
        if data.get(key):
            pairs.append((term, _string(data[key], f"{node_id} {key}")))
    return pairs


def _mention(paper_id: str, paper: URIRef, predicate: URIRef, target_id: str, key: str,
             record: dict, where: str) -> tuple[URIRef, list[Pair]]:
    """One evidence record -> (mention IRI, its triples). The IRI hashes the whole record."""
    # Every field of the record goes into the hash (unit-separated, keys sorted): cheaper than
    # JSON and just as injective for these flat records.
    digest_input = "\x1f".join([target_id, key] + [f"{k}\x1e{record[k]!r}" for k in sorted(record)])
    digest = hashlib.sha1(digest_input.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    iri = mint_iri(f"mention/{paper_id.removeprefix('paper/')}/{digest}")
    pairs: list[Pair] = [(RDF.type, KG.Mention), (PROV.wasDerivedFrom, paper),
                         (KG.refersTo, mint_iri(target_id)), (KG.role, predicate)]
    for name, term in _EVIDENCE_STRINGS:
        if record.get(name) is not None:
            pairs.append((term, _string(record[name], f"{where} evidence {name}")))
    for name, term in _EVIDENCE_OFFSETS:
        if record.get(name) is not None:
            pairs.append((term, _integer(record[name], f"{where} evidence {name}")))
    if record.get("confidence") is not None:
        pairs.append((KG.confidence, _double(record["confidence"], f"{where} confidence")))
    return iri, pairs


def _paper_subjects(graph: nx.MultiDiGraph, node_id: str, data: dict
                    ) -> Iterator[tuple[URIRef, list[Pair]]]:
    paper = mint_iri(node_id)
    pairs = _paper_pairs(node_id, data)
    mentions: dict[URIRef, list[Pair]] = {}
    for _, target_id, key, edge in graph.out_edges(node_id, keys=True, data=True):
        where = f"edge {node_id} -{key}-> {target_id}"
        predicate = _PAPER_PREDICATES.get(key)
        if predicate is None:
            raise GraphError(f"{where} has unknown predicate {key!r}")
        target = mint_iri(target_id)
        pairs.append((predicate, target))
        if key == "has_link" and graph.nodes[target_id].get("url_kind") == "code":
            pairs.append((KG.hasCode, target))
        for record in edge.get("evidence") or ():
            iri, mention_pairs = _mention(node_id, paper, predicate, target_id, key, record,
                                          where)
            mentions[iri] = mention_pairs
    yield paper, pairs
    for iri in sorted(mentions):
        yield iri, mentions[iri]


def sorted_node_ids(graph: nx.MultiDiGraph) -> list[str]:
    try:
        return sorted(graph.nodes)
    except TypeError:
        raise GraphError("graph node ids are not all strings; the graph was not built by kg") \
            from None


def iter_subjects(graph: nx.MultiDiGraph, node_ids: list[str] | None = None
                  ) -> Iterator[tuple[URIRef, list[Pair]]]:
    """(subject, its (predicate, object) pairs), each subject once, in a stable order."""
    for node_id in sorted_node_ids(graph) if node_ids is None else node_ids:
        data = graph.nodes[node_id]
        kind = data.get("kind")
        if kind == "paper":
            yield from _paper_subjects(graph, node_id, data)
            continue
        if kind == "result":
            pairs = _result_pairs(node_id, data)
            allowed = _RESULT_PREDICATES
        elif kind in _ENTITY_CLASSES:
            pairs = _entity_pairs(node_id, data)
            allowed = {}
        else:
            raise GraphError(f"node {node_id!r} has unknown kind {kind!r}")
        for _, target_id, key in graph.out_edges(node_id, keys=True):
            if key not in allowed:
                raise GraphError(f"edge {node_id} -{key}-> {target_id} is not a kg edge")
            pairs.append((allowed[key], mint_iri(target_id)))
        yield mint_iri(node_id), pairs


def iter_triples(graph: nx.MultiDiGraph) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    for subject, pairs in iter_subjects(graph):
        for predicate, obj in pairs:
            yield subject, predicate, obj


def graph_to_rdf(graph: nx.MultiDiGraph) -> Graph:
    """The whole export as an rdflib graph (fine for tests and small graphs)."""
    rdf = Graph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace, replace=True)
    rdf.bind("id", str(ID))
    for triple in iter_triples(graph):
        rdf.add(triple)
    return rdf


class _TurtleTerms:
    """Renders terms for Turtle: prefixed names for vocabulary, relative IRIs for instances."""

    _LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9_]*")

    def __init__(self) -> None:
        self._base = str(ID)
        self._names: dict[str, str] = {str(RDF.type): "a"}
        self._literals: dict[Literal, str] = {}  # repeated sentences, offsets, confidences

    def header(self) -> str:
        lines = [f"@base <{self._base}> .\n"]
        lines += [f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())]
        return "".join(lines) + "\n"

    def iri(self, term: URIRef) -> str:
        text = str(term)
        if text.startswith(self._base) and _RELATIVE.fullmatch(text[len(self._base):]):
            return f"<{text[len(self._base):]}>"
        name = self._names.get(text)
        if name is None:
            name = term.n3()
            for prefix, namespace in PREFIXES.items():
                local = text[len(namespace):]
                if text.startswith(namespace) and self._LOCAL.fullmatch(local):
                    name = f"{prefix}:{local}"
                    break
            self._names[text] = name
        return name

    def term(self, term: URIRef | Literal) -> str:
        if not isinstance(term, Literal):
            return self.iri(term)
        text = self._literals.get(term)
        if text is None:
            text = _quoteLiteral(term)
            if term.datatype is not None:
                text = text[: -len(term.datatype) - 4] + "^^" + self.iri(term.datatype)
            if len(self._literals) >= 1 << 16:
                self._literals.clear()
            self._literals[term] = text
        return text


def _turtle_units(graph: nx.MultiDiGraph, node_ids: list[str], previous: Layout | None,
                  key_of: Callable[[str], str]) -> list[Unit]:
    """One unit per node: its subject block (a paper's with its mentions), or None when the
    previous file holds it under the same key."""
    terms = _TurtleTerms()  # shared by the block: repeated sentences and IRIs render once

    def render(node_id: str) -> tuple[bytes, int]:
        out: list[str] = []
        count = 0
        for subject, pairs in iter_subjects(graph, [node_id]):
            lines = sorted({(terms.iri(p), terms.term(o)) for p, o in pairs},
                           key=lambda line: (line[0] != "a", line))
            count += len(lines)
            body = " ;\n".join(f"    {p} {o}" for p, o in lines)
            out.append(f"{terms.iri(subject)}\n{body} .\n\n")
        return "".join(out).encode("utf-8"), count

    return list(iter_units(node_ids, key_of, render, previous))


def _ntriples_chunks(graph: nx.MultiDiGraph, count: list[int]) -> Iterator[str]:
    for subject, pairs in iter_subjects(graph):
        s = subject.n3()
        lines = {f"{s} {p.n3()} {_quoteLiteral(o) if isinstance(o, Literal) else o.n3()} .\n"
                 for p, o in pairs}
        count[0] += len(lines)
        yield "".join(sorted(lines))


def _write_chunks(chunks: Iterable[str], path: str | os.PathLike) -> None:
    with atomic_writer(path) as handle:
        for chunk in chunks:
            handle.write(chunk)


# What forked workers render from: the graph (shared copy-on-write), the previous layout and
# the key of a node.
_FORKED: tuple | None = None
_BLOCK = 2000  # subjects per unit of work: small enough to stream, large enough to amortise
# Blocks to render at or below which a rebuild renders them in this process: forking workers
# over a 92k-paper graph costs more than rendering a few thousand blocks (~0.2 ms each).
_RENDER_HERE = 5000


def _render_in_worker(node_ids: list[str]) -> list[Unit]:
    graph, previous, key_of = _FORKED
    return _turtle_units(graph, node_ids, previous, key_of)


def _turtle_blocks(graph: nx.MultiDiGraph, node_ids: list[str], jobs: int,
                   previous: Layout | None, key_of: Callable[[str], str]
                   ) -> Iterator[list[Unit]]:
    """Blocks of units in order; with jobs > 1, by forked workers that share the graph
    copy-on-write (the output is the same bytes either way)."""
    global _FORKED
    blocks = [node_ids[i:i + _BLOCK] for i in range(0, len(node_ids), _BLOCK)]
    if jobs <= 1 or len(blocks) < 4 or "fork" not in get_all_start_methods():
        for block in blocks:
            yield _turtle_units(graph, block, previous, key_of)
        return
    _FORKED = (graph, previous, key_of)
    try:
        with get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_render_in_worker, blocks)
    finally:
        _FORKED = None


def write_turtle_stream(graph: nx.MultiDiGraph, path: str | os.PathLike, jobs: int = 1,
                        layouts: LayoutStore | None = None,
                        fingerprints: dict[str, str] | None = None) -> int:
    """Turtle without building an rdflib graph: one block per subject, sorted, deterministic.
    With ``layouts``, blocks whose data did not change are copied from the previous file at
    ``path`` (same bytes, see kg.export.reuse). Returns the number of triples written."""
    previous = layouts.load(path, "turtle") if layouts is not None else None
    node_ids = sorted_node_ids(graph)
    if layouts is None:
        key_of = lambda _: ""  # noqa: E731 - nothing to reuse, nothing to record
    elif previous is None:  # the workers that render the blocks key them too
        key_of = lambda node_id: subject_key(graph, node_id, fingerprints)  # noqa: E731
    else:
        # A rebuild: the keys, computed here first, tell how few blocks changed; a handful
        # is rendered here rather than by workers forked for the whole graph.
        keys = {node_id: subject_key(graph, node_id, fingerprints) for node_id in node_ids}
        written = previous.units
        changed = sum(1 for node_id, key in keys.items()
                      if (unit := written.get(node_id)) is None or unit[0] != key)
        if changed <= _RENDER_HERE:
            jobs = 1
        key_of = keys.__getitem__
    units = (unit for block in _turtle_blocks(graph, node_ids, jobs, previous, key_of)
             for unit in block)
    header = _TurtleTerms().header().encode("utf-8")
    return write_units(path, header, units, previous, layouts, "turtle")


def write_ntriples_stream(graph: nx.MultiDiGraph, path: str | os.PathLike) -> int:
    """N-Triples without building an rdflib graph; subjects in node order, lines sorted."""
    count = [0]
    _write_chunks(_ntriples_chunks(graph, count), path)
    return count[0]


def write_rdf(graph: nx.MultiDiGraph, path: str | os.PathLike, format: str = "turtle",
              jobs: int = 1, layouts: LayoutStore | None = None,
              fingerprints: dict[str, str] | None = None) -> int:
    """Write the export atomically and return its triple count. Turtle and N-Triples stream and
    are byte-deterministic; other rdflib formats (xml, json-ld, ...) go through ``graph_to_rdf``."""
    if format in ("turtle", "ttl"):
        return write_turtle_stream(graph, path, jobs, layouts, fingerprints)
    if format in ("nt", "ntriples", "nt11"):
        return write_ntriples_stream(graph, path)
    rdf = graph_to_rdf(graph)
    write_bytes(path, rdf.serialize(format=format, encoding="utf-8"))
    return len(rdf)


def validate(data: Graph | str | os.PathLike) -> tuple[bool, str]:
    """SHACL-validate an export (graph or file) against ontology/shapes.ttl, kg.ttl mixed in."""
    import pyshacl  # slow to import; only validation needs it

    if not isinstance(data, Graph):
        path = Path(data)
        try:
            data = Graph().parse(path, format="nt" if path.suffix == ".nt" else "turtle")
        except Exception as exc:  # rdflib raises many parser-specific kinds
            raise GraphError(f"cannot read {path} as RDF: {exc}") from None
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_path("kg.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                         inference="none", advanced=False)
    return bool(conforms), str(text)
