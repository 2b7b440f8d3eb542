"""kg's Python API: the whole flow, read -> extract -> resolve -> assemble -> export.

    report = build(["seeds/"], turtle="graph.ttl", html="exports/graph.html")
    report = extract(["seeds/"], records="papers.jsonl")

The CLI is a thin layer over these two functions.
"""

from __future__ import annotations

import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.cache import ExtractionCache, default_cache_dir
from kg.export.background import Background
from kg.extract import EXTRACTOR_VERSION
from kg.extract.run import ExtractionAhead, default_jobs, extract_dask, extract_local
from kg.gcpause import gc_paused, heap_frozen
from kg.graph import assemble, paper_node
from kg.model import Extraction, Paper, Skipped
from kg.read import ReadReport, papers_to_read, read_sources
from kg.resolve import known_name_keys, learn_name_keys, resolve
from kg.snapshot import FileSnapshots

StageHook = Callable[[str, int], Callable[[int], None] | None]


@dataclass
class Report:
    """What a run did, for the terminal summary and for scripts."""

    files_read: int = 0
    records_read: int = 0
    papers: int = 0
    duplicates_merged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notices: list = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    links: int = 0
    results: int = 0
    triples: int | None = None
    cache_hits: int = 0
    snapshot_files: int = 0  # input files whose records and extractions came from kg.snapshot
    # output kind -> (units copied from the previous file, units written): kg.export.reuse
    reused: dict[str, tuple[int, int]] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage; exports may overlap
    wall: float | None = None  # the whole run, start to end

    @property
    def total_seconds(self) -> float:
        return self.wall if self.wall is not None else sum(self.seconds.values())


@dataclass(frozen=True)
class Options:
    jobs: int = 0  # 0: all cores
    engine: str = "local"  # "local" | "dask"
    scheduler: str | None = None  # dask scheduler address; None starts a LocalCluster
    cache_dir: str | os.PathLike | None = None  # None: the per-user cache
    use_cache: bool = True
    # Mentions below this confidence stay in the cache but not in the graph (see the README's
    # precision/recall table: 0.5 drops only the shape-only guesses).
    min_confidence: float = 0.5


def _timed(report: Report, stage: str):
    class _Timer:
        def __enter__(self):
            self.start = time.perf_counter()

        def __exit__(self, *exc):
            report.seconds[stage] = report.seconds.get(stage, 0.0) + time.perf_counter() - self.start

    return _Timer()


def extract_all(papers: Sequence[Paper], options: Options = Options(), report: Report | None = None,
                progress: Callable[[int], None] | None = None,
                digests: dict[str, tuple[str, str]] | None = None,
                known: dict[str, tuple[str, Extraction]] | None = None,
                ahead: ExtractionAhead | None = None) -> list[Extraction]:
    """Extractions for ``papers`` in the same order: from the cache where possible. With the
    cache on, ``digests`` receives paper id -> (cache key, extraction checksum); ``known`` is
    cache key -> (checksum, extraction) already in hand (kg.snapshot), looked up first;
    ``ahead`` is extraction already under way for some papers (see ``_extract_ahead``; its
    results are taken here, and the caller closes it whatever happens)."""
    report = report or Report()
    cache = None
    if options.use_cache:
        cache = ExtractionCache(options.cache_dir or default_cache_dir(), EXTRACTOR_VERSION)
    try:
        # ~800k records decoded: collections would walk them all, 2x slower
        with gc_paused(freeze_survivors=True):
            cached = {}
            if cache and known:
                for paper in papers:
                    key = cache.key(paper)
                    hit = known.get(key)
                    if hit is not None and hit[1].paper_id == paper.id:
                        cached[paper.id] = hit[1]
                        cache.digests[paper.id] = (key, hit[0])
            if cache:
                cached.update(cache.get_many([p for p in papers if p.id not in cached]))
        if progress and cached:
            progress(len(cached))
        missing = [p for p in papers if p.id not in cached]
        early = _taken(ahead, missing, progress)
        rest = [p for p in missing if p.id not in early]
        jobs = options.jobs or default_jobs()
        if options.engine == "dask":
            fresh = extract_dask(rest, options.scheduler, jobs, progress)
        else:
            fresh = extract_local(rest, jobs, progress)
        if early:
            by_rest = {e.paper_id: e for e in fresh}
            fresh = [early[p.id] if p.id in early else by_rest[p.id] for p in missing]
        if cache:
            cache.put_many(zip(missing, fresh))
            if digests is not None:
                digests.update(cache.digests)
        report.cache_hits = len(cached)
        by_id = dict(cached)
        by_id.update((e.paper_id, e) for e in fresh)
        return [by_id[p.id] for p in papers]
    finally:
        if cache:
            cache.close()


def _taken(ahead: ExtractionAhead | None, missing: list[Paper],
           progress: Callable[[int], None] | None) -> dict[str, Extraction]:
    """paper id -> extraction, for the missing papers the work ahead did exactly as read now
    (same id, title and abstract: what an extraction depends on)."""
    if ahead is None:
        return {}
    done = ahead.results()
    if not done:
        return {}
    by_text = {(p.id, p.title, p.abstract): e for p, e in zip(ahead.papers, done, strict=True)}
    early = {}
    for paper in missing:
        extraction = by_text.get((paper.id, paper.title, paper.abstract))
        if extraction is not None:
            early[paper.id] = extraction
    if progress and early:
        progress(len(early))
    return early


def _extract_ahead(sources, options: Options,
                   snapshots: FileSnapshots | None) -> ExtractionAhead | None:
    """On a rebuild, start extracting the papers of the files read afresh that the cache lacks,
    on all cores but one, while this process loads the other files' snapshots."""
    workers = (options.jobs or default_jobs()) - 1
    if snapshots is None or options.engine != "local" or workers < 1:
        return None
    new = papers_to_read(sources, snapshots)
    if not new:
        return None
    cache = ExtractionCache(options.cache_dir or default_cache_dir(), EXTRACTOR_VERSION)
    try:
        todo = cache.missing(new)
    finally:
        cache.close()
    return ExtractionAhead(todo, workers) if todo else None


def confident(extraction: Extraction, threshold: float) -> Extraction:
    """The extraction without mentions below ``threshold`` (results and tasks are kept)."""
    if threshold <= 0:
        return extraction
    kept = tuple(m for m in extraction.mentions if m.evidence.confidence >= threshold)
    if len(kept) == len(extraction.mentions):
        return extraction
    return Extraction(extraction.paper_id, kept, extraction.results, extraction.tasks)


def _read(sources, report: Report, snapshots: FileSnapshots | None = None) -> ReadReport:
    read = read_sources(sources, snapshots=snapshots)
    report.files_read = read.files_read
    report.records_read = read.records_read
    report.papers = len(read.papers)
    report.duplicates_merged = read.duplicates_merged
    report.skipped = list(read.skipped)
    report.notices = list(read.notices)
    return read


def make_graph(sources: Sequence[str | os.PathLike], options: Options = Options(),
               report: Report | None = None,
               on_stage: StageHook | None = None) -> tuple[nx.MultiDiGraph, list[Paper]]:
    """Read, extract, resolve and assemble: the graph and the papers in input order."""
    try:
        graph, papers, _, save_snapshots = _make_graph(sources, options, report or Report(),
                                                       on_stage)
        if save_snapshots is not None:
            save_snapshots()
    finally:
        gc.unfreeze()  # _make_graph froze what it built; a caller's graph is collected as usual
    return graph, papers


def _make_graph(sources, options: Options, report: Report, on_stage: StageHook | None
                ) -> tuple[nx.MultiDiGraph, list[Paper], dict[str, str] | None,
                           Callable[[], None] | None]:
    """make_graph, plus each paper node's fingerprint when the cache is on: a digest of what
    the node and its edges were built from, apart from the entities they point to, and the job
    that writes the snapshots of the files read afresh (kg.snapshot), if any. What it
    builds is left frozen out of the cyclic GC (the exports run under ``heap_frozen``): each
    stage's survivors would otherwise be walked by the collector as the next one allocates.
    Extraction runs with the collector on, as its workers must."""
    snapshots = (FileSnapshots(options.cache_dir or default_cache_dir(), EXTRACTOR_VERSION)
                 if options.use_cache else None)
    ahead = None
    try:
        with _timed(report, "read"):
            ahead = _extract_ahead(sources, options, snapshots)
            with gc_paused(freeze_survivors=True):
                read = _read(sources, report, snapshots)
        papers = list(read.papers)
        progress = on_stage("extract", len(papers)) if on_stage else None
        digests: dict[str, tuple[str, str]] = {}
        with _timed(report, "extract"):
            extractions = extract_all(papers, options, report, progress, digests,
                                      snapshots.take_extractions() if snapshots else None,
                                      ahead)
    finally:
        if ahead is not None:
            ahead.close()
    if snapshots is not None:
        report.snapshot_files = snapshots.hits
    with gc_paused(freeze_survivors=True):
        with _timed(report, "resolve"):
            if snapshots is not None:
                learn_name_keys(snapshots.name_keys())
            resolution = resolve(confident(e, options.min_confidence) for e in extractions)
        with _timed(report, "assemble"):
            graph = assemble(papers, resolution)
    report.entities = Counter(e.kind.value for e in resolution.entities)
    report.links = len(resolution.links)
    report.results = len(resolution.results)
    fingerprints = None
    if options.use_cache and all(p.id in digests for p in papers):
        with gc_paused(freeze_survivors=True):
            fingerprints = _fingerprints(papers, digests, options)
    save_snapshots = None
    if snapshots is not None:
        name_keys = known_name_keys()

        def save_snapshots() -> None:
            snapshots.save(papers, extractions, digests, name_keys)
    return graph, papers, fingerprints, save_snapshots


def _fingerprints(papers: list[Paper], digests: dict[str, tuple[str, str]],
                  options: Options) -> dict[str, str]:
    """paper node -> a digest of what the node and its edges' evidence are built from."""
    from kg.export.reuse import unit_key

    # The cache key covers the id, title, abstract and extractor; the checksum the extraction;
    # min_confidence which mentions reach the graph; the rest of the paper node is spelled out.
    # (sources as plain tuples: repr of the Source records runs their Python __repr__)
    return {paper_node(p.id): unit_key((digests[p.id], options.min_confidence, p.truncated,
                                        [(s.path, s.line) for s in p.sources],
                                        sorted(p.metadata.items())))
            for p in papers}


def build(sources: Sequence[str | os.PathLike], *, turtle: str | os.PathLike | None = "graph.ttl",
          html: str | os.PathLike | None = "exports/graph.html",
          records: str | os.PathLike | None = None, options: Options = Options(),
          on_stage: StageHook | None = None) -> Report:
    """The main job: sources -> graph.ttl (+ the HTML view, + per-paper records if asked)."""
    from kg.export.html import write_html
    from kg.export.rdf import write_rdf

    _check_output_names(turtle, records)
    start = time.perf_counter()
    report = Report()
    graph, papers, fingerprints, save_snapshots = _make_graph(sources, options, report, on_stage)
    jobs = options.jobs or default_jobs()
    layouts = _layouts(options)
    # The HTML view is drawn by a forked process while this one writes the Turtle and records;
    # the same process then writes the input files' snapshots.
    with heap_frozen(), Background(lambda: write_html(graph, html) if html else None,
                                   jobs > 1 and bool(html), then=save_snapshots) as view:
        if turtle:
            with _timed(report, "export turtle"):
                report.triples = write_rdf(graph, turtle, jobs=jobs, layouts=layouts,
                                           fingerprints=fingerprints)
            report.outputs["turtle"] = str(turtle)
        if records:
            _write_records(graph, papers, records, report, layouts, fingerprints)
        seconds = view.wait()
    if html:
        report.seconds["export html"] = seconds
        report.outputs["html"] = str(html)
    if layouts is not None:
        report.reused.update(layouts.reused)
    report.wall = time.perf_counter() - start
    return report


def extract(sources: Sequence[str | os.PathLike], *, records: str | os.PathLike,
            options: Options = Options(), on_stage: StageHook | None = None) -> Report:
    """The `kg extract` contract: one JSON record per distinct paper, from the same graph."""
    _check_output_names(None, records)
    start = time.perf_counter()
    report = Report()
    graph, papers, fingerprints, save_snapshots = _make_graph(sources, options, report, on_stage)
    layouts = _layouts(options)
    jobs = options.jobs or default_jobs()
    with heap_frozen(), Background(lambda: None, jobs > 1 and save_snapshots is not None,
                                   then=save_snapshots) as saving:
        _write_records(graph, papers, records, report, layouts, fingerprints)
        saving.wait()
    if layouts is not None:
        report.reused.update(layouts.reused)
    report.wall = time.perf_counter() - start
    return report


# What an output's name promises that kg would not write: said before any work, not after a
# build whose Turtle a reader of "graph.nt" or "graph.ttl.gz" then fails to parse.
_OTHER_RDF = {".nt": "N-Triples", ".nq": "N-Quads", ".jsonld": "JSON-LD", ".json": "JSON-LD",
              ".rdf": "RDF/XML", ".xml": "RDF/XML", ".owl": "RDF/XML", ".trig": "TriG", ".n3": "N3"}
_EXPORTABLE = {".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld"}
_COMPRESSED = (".gz", ".bz2", ".xz", ".zst", ".zip")


def _check_output_names(turtle, records) -> None:
    from kg.errors import OutputError

    if turtle:
        path = Path(turtle)
        suffix = path.suffix.lower()
        if suffix in _COMPRESSED:
            raise OutputError(f"cannot write {path}: kg build writes plain Turtle, not {suffix}; "
                              f"write {path.with_suffix('')} and compress it afterwards "
                              "(kg query and kg export read .gz)")
        if suffix in _OTHER_RDF:
            ttl = path.with_suffix(".ttl")
            convert = (f"; then `kg export {ttl} -f {_EXPORTABLE[suffix]} -o {path}`"
                       if suffix in _EXPORTABLE else "")
            raise OutputError(f"cannot write {path}: kg build writes Turtle, not "
                              f"{_OTHER_RDF[suffix]}; write {ttl}{convert}")
    if records and Path(records).suffix.lower() in _COMPRESSED:
        raise OutputError(f"cannot write {records}: records are written as plain JSON Lines; "
                          f"write {Path(records).with_suffix('')} and compress it afterwards")


def _layouts(options: Options):
    """Where outputs' layouts are kept so a rebuild copies what did not change (kg.export.reuse);
    beside the extraction cache, and off with it."""
    from kg.export.reuse import LayoutStore

    return LayoutStore(options.cache_dir or default_cache_dir()) if options.use_cache else None


def _write_records(graph: nx.MultiDiGraph, papers: list[Paper], path, report: Report,
                   layouts, fingerprints: dict[str, str] | None) -> None:
    from kg.export.records import write_records

    with _timed(report, "export records"):
        write_records(graph, [p.id for p in papers], path, layouts=layouts,
                      fingerprints=fingerprints,
                      node_keys=layouts.keys.get("turtle") if layouts is not None else None)
    report.outputs["records"] = str(Path(path))
