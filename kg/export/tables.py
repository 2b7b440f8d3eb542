"""Export a loaded graph (an rdflib ``Graph``, as ``kg.load.load_graph`` gives) to other formats.

- ``jsonld``, ``nt``, ``ttl``: the same triples (isomorphic to the input), for RDF tools.
- ``graphml``, ``gexf``: a property graph for Gephi and Cytoscape. Nodes are papers, entities
  and results; edges are the paper -> entity statements (``uses``, ``evaluatedOn``, ...) and
  result -> metric/dataset links, with the evidence folded into scalar edge attributes
  (mentions, confidence, sentence). Mentions are not nodes.
- ``csv``: a directory of tables in the spirit of the old Papers-with-Code dumps: papers.csv,
  entities.csv, links.csv (paper-entity statements), mentions.csv (their evidence) and
  results.csv.
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef

from kg.errors import OutputError
from kg.export.atomic import atomic_writer, write_bytes
from kg.inspect import ENTITY_TYPES, label_of, type_of
from kg.load import is_oxigraph
from kg.query import NAMESPACES, short
from kg.vocab import DCTERMS, KG, PROV, RDF, SCHEMA, SKOS

EXPORT_FORMATS = ("jsonld", "nt", "ttl", "graphml", "gexf", "csv")
CSV_TABLES = ("papers", "entities", "links", "mentions", "results")
ALIAS_SEPARATOR = " | "  # list-valued attributes become one string: GraphML/GEXF need scalars

# Paper -> entity statements (kg:hasCode is implied by kg:hasLink to a code repository).
_STATEMENTS: dict[URIRef, str] = {
    KG.proposes: "proposes", KG.uses: "uses", KG.introduces: "introduces",
    KG.evaluatedOn: "evaluatedOn", KG.measures: "measures", KG.addresses: "addresses",
    KG.hasLink: "hasLink", KG.reportsResult: "reportsResult",
}
_RESULT_LINKS = {KG.resultMetric: "resultMetric", KG.resultDataset: "resultDataset"}
_RDF_FORMATS = {"jsonld": ("json-ld", "ox-json-ld"), "nt": ("nt", "ox-ntriples"),
                "ttl": ("turtle", "ox-turtle")}


def _text(graph: Graph, node, predicate) -> str:
    value = graph.value(node, predicate)
    return "" if value is None else str(value)


def _year(graph: Graph, paper: URIRef) -> str:
    issued = graph.value(paper, DCTERMS.issued)
    return str(issued)[:4] if issued is not None else ""


def _evidence(graph: Graph) -> dict[tuple[URIRef, URIRef, URIRef], list[URIRef]]:
    """(paper, predicate, target) -> its mention nodes."""
    found: dict[tuple, list[URIRef]] = defaultdict(list)
    for mention in graph.subjects(RDF.type, KG.Mention):
        paper = graph.value(mention, PROV.wasDerivedFrom)
        role = graph.value(mention, KG.role)
        target = graph.value(mention, KG.refersTo)
        found[paper, role, target].append(mention)
    return found


def _first_sentence(graph: Graph, mentions: list[URIRef]) -> str:
    ordered = sorted(mentions, key=lambda m: (_text(graph, m, KG.field) != "title",
                                              int(graph.value(m, KG.startOffset) or 0), str(m)))
    return _text(graph, ordered[0], KG.sentence) if ordered else ""


def _max_confidence(graph: Graph, mentions: list[URIRef]) -> float:
    values = [float(c) for m in mentions if (c := graph.value(m, KG.confidence)) is not None]
    return max(values, default=0.0)


# ---------------------------------------------------------------- property graph

def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Papers, entities and results as nodes, statements as edges; every attribute a scalar."""
    out = nx.MultiDiGraph()
    for paper in sorted(graph.subjects(RDF.type, KG.Paper)):
        out.add_node(short(paper), kind="paper", label=label_of(graph, paper), iri=str(paper),
                     year=_year(graph, paper), venue=_text(graph, paper, KG.venue),
                     arxiv=_text(graph, paper, KG.arxivId))
    for cls in ENTITY_TYPES:
        for entity in sorted(graph.subjects(RDF.type, cls)):
            if short(entity) in out:
                continue
            aliases = sorted({str(a) for a in graph.objects(entity, SKOS.altLabel)})
            out.add_node(short(entity), kind=type_of(graph, entity),
                         label=label_of(graph, entity), iri=str(entity),
                         aliases=ALIAS_SEPARATOR.join(aliases),
                         url=_text(graph, entity, SCHEMA.url))
    for result in sorted(graph.subjects(RDF.type, KG.Result)):
        out.add_node(short(result), kind="result", label=label_of(graph, result),
                     iri=str(result), value=_text(graph, result, KG.value),
                     metric=_text(graph, result, KG.metricName),
                     dataset=_text(graph, result, KG.datasetName))
        number = graph.value(result, KG.numericValue)
        if number is not None:  # absent rather than NaN: GEXF readers reject NaN
            out.nodes[short(result)]["numeric_value"] = float(number)
    evidence = _evidence(graph)
    for predicate, name in _STATEMENTS.items():
        for paper, target in sorted(graph.subject_objects(predicate)):
            if short(paper) not in out or short(target) not in out:
                continue
            mentions = evidence.get((paper, predicate, target), [])
            out.add_edge(short(paper), short(target), key=name, predicate=name,
                         mentions=len(mentions), confidence=_max_confidence(graph, mentions),
                         sentence=_first_sentence(graph, mentions))
    for predicate, name in _RESULT_LINKS.items():
        for result, target in sorted(graph.subject_objects(predicate)):
            if short(result) in out and short(target) in out:
                out.add_edge(short(result), short(target), key=name, predicate=name,
                             mentions=0, confidence=1.0, sentence="")
    return out


# ---------------------------------------------------------------- CSV tables

def _rows_papers(graph: Graph) -> list[list]:
    rows = []
    for paper in sorted(graph.subjects(RDF.type, KG.Paper)):
        authors = sorted(str(a) for a in graph.objects(paper, KG.authorName))
        code = sorted(_text(graph, c, SCHEMA.url) for c in graph.objects(paper, KG.hasCode))
        rows.append([short(paper), str(paper), _text(graph, paper, DCTERMS.title),
                     _year(graph, paper), _text(graph, paper, KG.venue),
                     _text(graph, paper, KG.arxivId), ALIAS_SEPARATOR.join(authors),
                     ALIAS_SEPARATOR.join(code), _text(graph, paper, DCTERMS.abstract)])
    return [["paper_id", "iri", "title", "year", "venue", "arxiv_id", "authors",
             "code_repositories", "abstract"]] + rows


def _rows_entities(graph: Graph) -> list[list]:
    papers_of: dict[URIRef, set] = defaultdict(set)
    for predicate in _STATEMENTS:
        for paper, target in graph.subject_objects(predicate):
            papers_of[target].add(paper)
    rows, seen = [], set()
    for cls in ENTITY_TYPES:
        for entity in sorted(graph.subjects(RDF.type, cls)):
            if entity in seen:
                continue
            seen.add(entity)
            aliases = sorted({str(a) for a in graph.objects(entity, SKOS.altLabel)})
            rows.append([short(entity), str(entity), type_of(graph, entity),
                         label_of(graph, entity), ALIAS_SEPARATOR.join(aliases),
                         _text(graph, entity, SCHEMA.url), len(papers_of.get(entity, ()))])
    rows.sort(key=lambda r: r[0])
    return [["entity_id", "iri", "type", "label", "aliases", "url", "papers"]] + rows


def _rows_links(graph: Graph) -> list[list]:
    evidence = _evidence(graph)
    rows = []
    for predicate, name in _STATEMENTS.items():
        if predicate == KG.reportsResult:
            continue
        for paper, target in graph.subject_objects(predicate):
            mentions = evidence.get((paper, predicate, target), [])
            rows.append([short(paper), name, short(target), label_of(graph, target),
                         type_of(graph, target), len(mentions),
                         f"{_max_confidence(graph, mentions):g}"])
    rows.sort()
    return [["paper_id", "relation", "entity_id", "entity_label", "entity_type", "mentions",
             "confidence"]] + rows


def _rows_mentions(graph: Graph) -> list[list]:
    rows = []
    for mention in graph.subjects(RDF.type, KG.Mention):
        role = graph.value(mention, KG.role)
        rows.append([short(mention), short(graph.value(mention, PROV.wasDerivedFrom)),
                     _STATEMENTS.get(role, short(role)), short(graph.value(mention, KG.refersTo)),
                     _text(graph, mention, KG.surfaceForm), _text(graph, mention, KG.field),
                     _text(graph, mention, KG.startOffset), _text(graph, mention, KG.endOffset),
                     _text(graph, mention, KG.extractor), _text(graph, mention, KG.confidence),
                     _text(graph, mention, KG.sentence)])
    rows.sort(key=lambda r: (r[1], r[5], int(r[6] or 0), r[0]))
    return [["mention_id", "paper_id", "relation", "target_id", "surface_form", "field",
             "start", "end", "extractor", "confidence", "sentence"]] + rows


def _rows_results(graph: Graph) -> list[list]:
    rows = []
    for paper, result in graph.subject_objects(KG.reportsResult):
        metric = graph.value(result, KG.resultMetric)
        dataset = graph.value(result, KG.resultDataset)
        rows.append([short(result), short(paper), _text(graph, result, KG.metricName),
                     _text(graph, result, KG.value), _text(graph, result, KG.numericValue),
                     _text(graph, result, KG.datasetName), short(metric) if metric else "",
                     short(dataset) if dataset else "", label_of(graph, paper)])
    rows.sort()
    return [["result_id", "paper_id", "metric", "value", "numeric_value", "dataset",
             "metric_id", "dataset_id", "paper_title"]] + rows


_TABLES = {"papers": _rows_papers, "entities": _rows_entities, "links": _rows_links,
           "mentions": _rows_mentions, "results": _rows_results}


def csv_tables(graph: Graph) -> dict[str, list[list]]:
    """Table name -> rows (the first row is the header)."""
    return {name: rows(graph) for name, rows in _TABLES.items()}


def write_csv_tables(graph: Graph, directory: str | os.PathLike) -> list[Path]:
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"cannot write CSV tables into {folder}: it is a file; "
                          "--out names a directory for csv")
    written = []
    for name, rows in csv_tables(graph).items():
        path = folder / f"{name}.csv"
        with atomic_writer(path) as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)
        written.append(path)
    return written


# ---------------------------------------------------------------- dispatch

def _rdf_bytes(graph: Graph, fmt: str) -> bytes:
    rdflib_format, ox_format = _RDF_FORMATS[fmt]
    if is_oxigraph(graph):
        data = graph.serialize(format=ox_format, encoding="utf-8")
    elif fmt == "jsonld":
        data = graph.serialize(format="json-ld", encoding="utf-8", context=NAMESPACES,
                               auto_compact=True)
    else:
        data = graph.serialize(format=rdflib_format, encoding="utf-8")
    if fmt == "nt":  # stable line order, so exports of the same graph diff cleanly
        # split at \n only: a literal may hold U+2028 and other characters splitlines() breaks at
        lines = sorted(line for line in data.decode("utf-8").split("\n") if line.strip())
        data = ("\n".join(lines) + "\n").encode("utf-8")
    return data


def export_graph(graph: Graph, fmt: str, out: str | os.PathLike) -> list[Path]:
    """Write ``graph`` as ``fmt`` to ``out`` (a directory for csv); the paths written."""
    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    if fmt == "csv":
        return write_csv_tables(graph, out)
    if out.is_dir():
        raise OutputError(f"cannot write {out}: it is a directory; name the {fmt} file")
    if fmt in _RDF_FORMATS:
        write_bytes(out, _rdf_bytes(graph, fmt))
    elif fmt == "graphml":
        buffer = io.BytesIO()
        nx.write_graphml(to_networkx(graph), buffer, encoding="utf-8")
        write_bytes(out, buffer.getvalue())
    else:  # gexf
        buffer = io.BytesIO()
        nx.write_gexf(to_networkx(graph), buffer, encoding="utf-8")
        write_bytes(out, buffer.getvalue())
    return [out]
