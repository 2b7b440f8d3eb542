"""Look inside a loaded graph: counts (``kg stats``), entity cards (``kg show``) and SHACL
validation with a short report (``kg validate``).

Everything here reads the rdflib ``Graph`` through triple patterns, so it works the same on
rdflib's memory store and on an Oxigraph-backed one.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from rdflib import Graph, Literal, URIRef

from kg.errors import NotFoundError
from kg.query import short, table
from kg.vocab import KG, PROV, RDF, RDFS, SCHEMA, SKOS, ontology_path

# Entity classes as the user reads them, most specific first.
ENTITY_TYPES: dict[URIRef, str] = {
    KG.Method: "method", KG.Benchmark: "benchmark", KG.Dataset: "dataset",
    KG.Metric: "metric", KG.Task: "task", KG.CodeRepository: "code repository",
    KG.ProjectPage: "project page", KG.ModelRelease: "model release",
    KG.DataRelease: "data release", KG.Repository: "repository",
}
_COUNTED = {KG.Paper: "papers", **{c: f"{n}s" if not n.endswith("y") else f"{n[:-1]}ies"
                                   for c, n in ENTITY_TYPES.items()},
            KG.Result: "results", KG.Mention: "mentions"}
# Paper -> entity statements (kg:hasCode repeats kg:hasLink, so it is not counted twice).
ENTITY_LINKS: dict[URIRef, str] = {
    KG.proposes: "proposes", KG.uses: "uses", KG.introduces: "introduces",
    KG.evaluatedOn: "evaluated on", KG.measures: "measures", KG.addresses: "addresses",
    KG.hasLink: "links to",
}
MAX_SUGGESTIONS = 5
SUGGESTION_CUTOFF = 0.6  # difflib ratio a name needs to be offered as "did you mean"


# ---------------------------------------------------------------- stats

@dataclass
class Connected:
    label: str
    type: str
    papers: int
    id: str


@dataclass
class Stats:
    triples: int
    counts: dict[str, int]
    most_connected: list[Connected]
    papers_without_entities: list[tuple[str, str]]  # (id, title)


def label_of(graph: Graph, node: URIRef) -> str:
    value = graph.value(node, RDFS.label) or graph.value(node, SKOS.prefLabel)
    return str(value) if value is not None else short(node)


def type_of(graph: Graph, node: URIRef) -> str:
    types = set(graph.objects(node, RDF.type))
    return next((name for cls, name in ENTITY_TYPES.items() if cls in types), "")


def graph_stats(graph: Graph, top: int = 10) -> Stats:
    counts: Counter[str] = Counter()
    for cls, name in _COUNTED.items():
        counts[name] = sum(1 for _ in graph.subjects(RDF.type, cls))
    papers_of: dict[URIRef, set] = defaultdict(set)
    linked_papers = set()
    for predicate in ENTITY_LINKS:
        for paper, entity in graph.subject_objects(predicate):
            papers_of[entity].add(paper)
            linked_papers.add(paper)
    ranked = sorted(papers_of.items(), key=lambda item: (-len(item[1]), label_of(graph, item[0])))
    connected = [Connected(label_of(graph, e), type_of(graph, e), len(p), short(e))
                 for e, p in ranked[:top]]
    lonely = sorted((short(p), label_of(graph, p)) for p in graph.subjects(RDF.type, KG.Paper)
                    if p not in linked_papers)
    return Stats(len(graph), {k: v for k, v in counts.items() if v}, connected, lonely)


def stats_text(stats: Stats, top: int = 10) -> str:
    lines = [f"{stats.triples} triples", ""]
    lines.append(table(["type", "count"], [[k, str(v)] for k, v in stats.counts.items()]))
    lines.append("most connected entities (by papers linking to them):")
    lines.append(table(["papers", "entity", "type", "id"],
                       [[str(c.papers), c.label, c.type, c.id] for c in stats.most_connected]))
    total = stats.counts.get("papers", 0)
    lines.append(f"papers without any entity: {len(stats.papers_without_entities)} of {total}")
    for paper_id, title in stats.papers_without_entities[:top]:
        lines.append(f"  {paper_id}  {title}")
    if len(stats.papers_without_entities) > top:
        lines.append(f"  ... and {len(stats.papers_without_entities) - top} more")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- show

@dataclass
class PaperEvidence:
    id: str
    title: str
    role: str
    sentence: str
    surface: str


@dataclass
class Card:
    id: str
    iri: str
    label: str
    type: str
    aliases: list[str]
    papers: list[PaperEvidence] = field(default_factory=list)
    repositories: list[tuple[str, str, str]] = field(default_factory=list)  # url, kind, paper
    results: list[tuple[str, str, str, str]] = field(default_factory=list)  # metric, value,
    #                                                                        dataset, paper

    def to_json(self) -> dict:
        return asdict(self)


def _names(graph: Graph) -> dict[str, set[URIRef]]:
    """casefolded name -> entities with that label, preferred label or alias."""
    index: dict[str, set[URIRef]] = defaultdict(set)
    for cls in ENTITY_TYPES:
        for entity in graph.subjects(RDF.type, cls):
            for predicate in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
                for name in graph.objects(entity, predicate):
                    index[str(name).casefold()].add(entity)
    return index


def find_entities(graph: Graph, name: str) -> list[URIRef]:
    """Entities called ``name`` (any alias, case-insensitive); NotFoundError with close names."""
    index = _names(graph)
    wanted = " ".join(name.split()).casefold()
    if wanted in index:
        return sorted(index[wanted])
    close = difflib.get_close_matches(wanted, list(index), n=MAX_SUGGESTIONS,
                                      cutoff=SUGGESTION_CUTOFF)
    if len(close) < MAX_SUGGESTIONS and len(wanted) >= 3:
        close += sorted((n for n in index if wanted in n and n not in close),
                        key=len)[: MAX_SUGGESTIONS - len(close)]
    labels = []
    for candidate in close:
        for entity in sorted(index[candidate]):
            labels.append(f"{label_of(graph, entity)} ({type_of(graph, entity)})")
    hint = f"; did you mean: {', '.join(dict.fromkeys(labels))}?" if labels else \
        "; try `kg stats` for the most connected entities"
    raise NotFoundError(f"no entity is called {name!r}{hint}")


def entity_card(graph: Graph, entity: URIRef) -> Card:
    label = label_of(graph, entity)
    aliases = sorted({str(a) for a in graph.objects(entity, SKOS.altLabel)} - {label},
                     key=str.casefold)
    card = Card(short(entity), str(entity), label, type_of(graph, entity), aliases)
    first: dict[tuple, tuple] = {}  # one line per paper and role: its first mention
    for mention in graph.subjects(KG.refersTo, entity):
        paper = graph.value(mention, PROV.wasDerivedFrom)
        role = graph.value(mention, KG.role)
        if paper is None:
            continue
        where = (str(graph.value(mention, KG.field) or "") != "title",
                 int(graph.value(mention, KG.startOffset) or 0), str(mention))
        if (paper, role) not in first or where < first[paper, role][0]:
            first[paper, role] = (where, mention)
    for (paper, role), (_, mention) in first.items():
        card.papers.append(PaperEvidence(
            short(paper), label_of(graph, paper),
            ENTITY_LINKS.get(role, short(role)) if role is not None else "",
            str(graph.value(mention, KG.sentence) or ""),
            str(graph.value(mention, KG.surfaceForm) or "")))
    card.papers.sort(key=lambda p: (p.role, p.title.casefold(), p.id))
    makers = set(graph.subjects(KG.proposes, entity)) | set(graph.subjects(KG.introduces, entity))
    for paper in sorted(makers):
        for link in graph.objects(paper, KG.hasLink):
            url = graph.value(link, SCHEMA.url) or graph.value(link, RDFS.label) or link
            card.repositories.append((str(url), type_of(graph, link), label_of(graph, paper)))
    results = set(graph.subjects(KG.resultDataset, entity)) | \
        set(graph.subjects(KG.resultMetric, entity))
    for paper in makers:
        results |= set(graph.objects(paper, KG.reportsResult))
    for result in results:
        metric = graph.value(result, KG.resultMetric)
        dataset = graph.value(result, KG.resultDataset)
        paper = graph.value(None, KG.reportsResult, result)
        card.results.append((
            label_of(graph, metric) if metric else str(graph.value(result, KG.metricName) or ""),
            str(graph.value(result, KG.value) or ""),
            label_of(graph, dataset) if dataset else str(graph.value(result, KG.datasetName)
                                                         or ""),
            label_of(graph, paper) if paper else ""))
    card.repositories.sort()
    card.results.sort(key=lambda r: (r[0].casefold(), r[2].casefold(), r[1]))
    return card


def _quote(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def card_text(card: Card) -> str:
    lines = [f"{card.label}  ({card.type})", f"  id: {card.id}"]
    if card.aliases:
        lines.append(f"  aliases: {', '.join(card.aliases)}")
    lines.append(f"  papers ({len({p.id for p in card.papers})}):")
    for paper in card.papers:
        lines.append(f"    {paper.role}: {paper.title}  [{paper.id}]")
        if paper.sentence:
            lines.append(f"      \"{_quote(paper.sentence, 300)}\"")
    if card.repositories:
        lines.append(f"  repositories ({len(card.repositories)}):")
        lines += [f"    {url}  ({kind}; {paper})" for url, kind, paper in card.repositories]
    if card.results:
        lines.append(f"  results ({len(card.results)}):")
        for metric, value, dataset, paper in card.results:
            on = f" on {dataset}" if dataset else ""
            lines.append(f"    {metric} {value}{on}  ({_quote(paper, 60)})")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validate

@dataclass
class Violation:
    severity: str
    path: str
    message: str
    count: int
    examples: list[str]


@dataclass
class Validation:
    conforms: bool
    triples: int
    violations: list[Violation]

    @property
    def total(self) -> int:
        return sum(v.count for v in self.violations)


def validate_graph(graph: Graph) -> Validation:
    """SHACL-validate against ontology/shapes.ttl (kg.ttl mixed in); results grouped by kind."""
    import pyshacl  # slow to import; only validation needs it

    from rdflib.namespace import SH as sh  # noqa: N811
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_path("kg.ttl"), format="turtle")
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology,
                                           inference="none", advanced=False)
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for result in report.subjects(RDF.type, sh.ValidationResult):
        severity = short(report.value(result, sh.resultSeverity)).removeprefix("sh:")
        path = report.value(result, sh.resultPath)
        message = report.value(result, sh.resultMessage)
        component = report.value(result, sh.sourceConstraintComponent)
        key = (str(severity).rsplit("#", 1)[-1],
               short(path) if isinstance(path, URIRef) else ("(path)" if path else "(node)"),
               str(message) if isinstance(message, Literal) else short(component))
        groups[key].append(short(report.value(result, sh.focusNode)))
    # Most frequent first, ties by kind: the report's own order changes from run to run.
    violations = [Violation(s, p, m, len(nodes), sorted(set(nodes))[:3])
                  for (s, p, m), nodes in sorted(groups.items(), key=lambda i: (-len(i[1]), i[0]))]
    return Validation(bool(conforms), len(graph), violations)


def validation_text(validation: Validation, name: str) -> str:
    if validation.conforms:
        return (f"{name} conforms to ontology/shapes.ttl "
                f"({validation.triples} triples checked)\n")
    lines = [f"{name} does not conform to ontology/shapes.ttl: {validation.total} problem(s) "
             f"of {len(validation.violations)} kind(s)"]
    for v in validation.violations:
        lines.append(f"  {v.severity}: {v.path}: {v.message}  x{v.count}")
        lines.append(f"    e.g. {', '.join(v.examples)}")
    return "\n".join(lines) + "\n"
