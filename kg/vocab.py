"""kg's RDF vocabulary: the terms of ontology/kg.ttl and the namespaces kg reuses.

``KG`` is a closed ``DefinedNamespace``: ``KG.evaluatedOn`` works, ``KG.evaluatedon`` raises at
once. The block between the ``generated`` markers is rendered from ontology/kg.ttl; after editing
the ontology run ``python -m kg.vocab`` to rewrite it (a test fails while they disagree).
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import (DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, VANN, XSD,
                             DefinedNamespace)

MLS = Namespace("http://www.w3.org/ns/mls#")
SCHEMA = SDO

_ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
_BEGIN = "# --- generated from ontology/kg.ttl by `python -m kg.vocab`; do not edit ---\n"
_END = "# --- end generated ---\n"


def ontology_path(name: str) -> Path:
    """The path of an ontology file (``kg.ttl``, ``shapes.ttl``) in the repository's ontology/."""
    return _ONTOLOGY_DIR / name


# --- generated from ontology/kg.ttl by `python -m kg.vocab`; do not edit ---
class KG(DefinedNamespace):
    """Terms of the kg ontology (https://w3id.org/kg-ml/ontology#)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-ml/ontology#")

    # classes
    Benchmark: URIRef  # A dataset used with a fixed evaluation protocol to compare methods.
    CodeRepository: URIRef  # Where a paper's source code is published.
    DataRelease: URIRef  # Where a paper's data is published for download.
    Dataset: URIRef  # A collection of data used to train or evaluate methods.
    Entity: URIRef  # A thing papers mention, resolved across papers: one node however many surface forms it has.
    Mention: URIRef  # The evidence of one statement: a span of a paper's text, where it is and who read it.
    Method: URIRef  # A model, algorithm, architecture or technique.
    Metric: URIRef  # An evaluation measure, such as top-1 accuracy or BLEU.
    ModelRelease: URIRef  # Where trained model weights are published.
    Paper: URIRef  # A scientific paper, known by its title and abstract.
    ProjectPage: URIRef  # A web page presenting a paper's project.
    Repository: URIRef  # A web resource a paper links to; its rdfs:label is the URL.
    Result: URIRef  # A quantitative result a paper reports: a metric value, on a dataset when one is named.
    Task: URIRef  # A problem papers address, such as image classification.

    # properties
    addresses: URIRef  # The paper works on this task.
    arxivId: URIRef  # The paper's arXiv identifier, e.g. "2301.12345".
    authorName: URIRef  # One author's name as listed (unordered; kg:metadataJson keeps the order).
    confidence: URIRef  # The extractor's confidence in the mention, between 0 and 1.
    datasetName: URIRef  # The dataset as the paper names it, kept even when it was not resolved to an entity.
    endOffset: URIRef  # Character offset where the mention ends in the field (exclusive).
    evaluatedOn: URIRef  # The paper evaluates on this dataset or benchmark.
    extractor: URIRef  # The name of the kg extractor that read the mention.
    field: URIRef  # Which text of the paper the offsets index: "title" or "abstract".
    hasCode: URIRef  # The paper links to this code repository (stated alongside kg:hasLink).
    hasLink: URIRef  # The paper links to this web resource.
    instanceNamespace: URIRef  # The namespace under which kg mints IRIs for papers, entities, results and mentions.
    introduces: URIRef  # The paper releases this dataset or benchmark.
    measures: URIRef  # The paper reports this metric.
    metadataJson: URIRef  # Every metadata field of the source listing, as canonical JSON (sorted keys).
    metricName: URIRef  # The metric as the paper names it, kept even when it was not resolved to an entity.
    numericValue: URIRef  # The first number in the written value, unit not applied ("90%" gives 90.0).
    proposes: URIRef  # The paper coins this method.
    refersTo: URIRef  # The entity or result the mention is evidence for.
    reportsResult: URIRef  # The paper reports this quantitative result.
    resultDataset: URIRef  # The dataset or benchmark entity a result was obtained on.
    resultMetric: URIRef  # The metric entity a result's value is measured in.
    role: URIRef  # The kg property of the statement the mention supports: paper, role, entity.
    sentence: URIRef  # The sentence the mention was read from.
    sourceLocation: URIRef  # Where kg read the paper, as "path:line"; one value per place it was found.
    startOffset: URIRef  # Character offset where the mention starts in the field (0-based, inclusive).
    surfaceForm: URIRef  # The mentioned text exactly as written.
    truncated: URIRef  # True when the source listing cut the abstract short.
    uses: URIRef  # The paper uses, builds on or compares against this existing method.
    value: URIRef  # The result's value exactly as written, e.g. "90%" or "5.67x".
    venue: URIRef  # The conference or journal the paper appeared in, as the listing names it.


ID = Namespace("https://w3id.org/kg-ml/id/")
# --- end generated ---

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "dcterms": str(DCTERMS),
    "mls": str(MLS),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "xsd": str(XSD),
}


def _read_ontology(ttl_path: Path | None) -> tuple[str, str, dict[str, tuple[str, str]]]:
    """(term namespace, instance namespace, local name -> (section, comment)) from kg.ttl."""
    from rdflib import Graph

    graph = Graph().parse(ttl_path or ontology_path("kg.ttl"), format="turtle")
    ontology = next(graph.subjects(RDF.type, OWL.Ontology))
    ns = str(graph.value(ontology, VANN.preferredNamespaceUri))
    instances = str(graph.value(ontology, URIRef(ns + "instanceNamespace")))
    sections = {OWL.Class: "classes", OWL.ObjectProperty: "properties",
                OWL.DatatypeProperty: "properties", OWL.AnnotationProperty: "properties"}
    terms: dict[str, tuple[str, str]] = {}
    for kind, section in sections.items():
        for term in graph.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and str(term).startswith(ns):
                comment = " ".join(str(graph.value(term, RDFS.comment) or "").split())
                terms[str(term)[len(ns):]] = (section, comment)
    return ns, instances, terms


def ontology_terms(ttl_path: Path | None = None) -> set[str]:
    """Local names of every class and property kg.ttl declares in the kg namespace."""
    return set(_read_ontology(ttl_path)[2])


def render_generated(ttl_path: Path | None = None) -> str:
    """The generated block of this module, rendered from kg.ttl."""
    ns, instances, terms = _read_ontology(ttl_path)
    lines = [_BEGIN, "class KG(DefinedNamespace):\n",
             f'    """Terms of the kg ontology ({ns})."""\n\n',
             "    _fail = True\n", f'    _NS = Namespace("{ns}")\n']
    for section in ("classes", "properties"):
        lines.append(f"\n    # {section}\n")
        for name in sorted(n for n, (s, _) in terms.items() if s == section):
            lines.append(f"    {name}: URIRef  # {terms[name][1]}\n")
    lines += ["\n\n", f'ID = Namespace("{instances}")\n', _END]
    return "".join(lines)


def _main() -> None:
    path = Path(__file__)
    source = path.read_text(encoding="utf-8")
    head, rest = source.split(_BEGIN, 1)
    tail = rest.split(_END, 1)[1]
    path.write_text(head + render_generated() + tail, encoding="utf-8")
    print(f"rewrote {path}", file=sys.stderr)


if __name__ == "__main__":
    _main()
