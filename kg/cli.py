"""The `kg` command: a thin Typer layer over kg.api. Library errors become one line on stderr
and a non-zero exit code; progress and summaries go to stderr, data to files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg import api
from kg.errors import KgError
from kg.gcpause import before_exit
from kg.read.report import skipped_lines

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build an evidence-backed knowledge graph from ML paper abstracts.")

Sources = Annotated[list[Path], typer.Argument(
    help="Seed listings (.txt), JSON Lines / JSON (.jsonl, .json, .gz) or folders of them.",
    show_default=False)]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=0,
                                   help="Worker processes for extraction; 0 = all cores.")]
CacheDir = Annotated[Optional[Path], typer.Option(
    "--cache", help="Extraction cache directory [default: ~/.cache/kg].", file_okay=False)]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
Engine = Annotated[str, typer.Option(help="Where extraction runs: 'local' processes or 'dask'.")]
Scheduler = Annotated[Optional[str], typer.Option(
    help="Dask scheduler address (tcp://host:8786); default: a LocalCluster on this machine.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars or summary.")]
Strict = Annotated[bool, typer.Option("--strict", help="Exit 5 if any record was skipped.")]


def _err(message: str) -> None:
    typer.echo(message, err=True)


MinConfidence = Annotated[float, typer.Option(
    min=0.0, max=1.0, help="Leave out mentions below this confidence (0 keeps every guess).")]


def _options(jobs: int, engine: str, scheduler: str | None, cache: Path | None,
             no_cache: bool, min_confidence: float = 0.5) -> api.Options:
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r}; use 'local' or 'dask'",
                                 param_hint="--engine")
    return api.Options(jobs=jobs, engine=engine, scheduler=scheduler, cache_dir=cache,
                       use_cache=not no_cache, min_confidence=min_confidence)


def _progress(quiet: bool):
    """A Rich progress bar per stage on stderr, only on a terminal and without --quiet."""
    if quiet or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                   TimeRemainingColumn(), console=Console(stderr=True), transient=True)

    def on_stage(stage: str, total: int):
        task = bar.add_task(stage, total=total)
        return lambda n: bar.advance(task, n)

    return bar, on_stage


def _summary(report: api.Report, quiet: bool) -> None:
    if quiet:
        return
    lines = [f"read {report.files_read} file(s): {report.records_read} record(s), "
             f"{report.papers} distinct paper(s), {report.duplicates_merged} duplicate(s) merged"]
    lines += skipped_lines(report.skipped)  # a count by reason, then one line per record
    for notice in report.notices[:10]:
        lines.append(f"note: {notice.source.path}:{notice.source.line}: {notice.message}")
    if report.entities:
        lines.append("entities: " + ", ".join(f"{n} {k}" for k, n in sorted(report.entities.items())))
    lines.append(f"links: {report.links} paper-entity statements, {report.results} result(s)"
                 + (f", {report.triples} triples" if report.triples else ""))
    if report.cache_hits:
        files = (f"; {report.snapshot_files} unchanged input file(s) not parsed again"
                 if report.snapshot_files else "")
        lines.append(f"cache: {report.cache_hits} of {report.papers} paper(s) reused{files}")
    for kind, path in report.outputs.items():
        copied, units = report.reused.get(kind, (0, 0))
        reused = f", {copied:,} of {units:,} unchanged block(s) copied" if copied else ""
        lines.append(f"wrote {path} ({kind}{reused})")
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in report.seconds.items())
    lines.append(f"done in {report.total_seconds:.2f}s ({stages})")
    _err("\n".join(lines))


def _run(work, quiet: bool, strict: bool) -> None:
    bar, on_stage = _progress(quiet)
    try:
        if bar:
            with bar:
                report = work(on_stage)
        else:
            report = work(None)
    except KgError as error:
        _err(f"kg: error: {error}")
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        _err("kg: interrupted; outputs were not changed")
        raise typer.Exit(130) from None
    _summary(report, quiet)
    if strict and report.skipped:
        _err(f"kg: --strict: {len(report.skipped)} record(s) skipped")
        raise typer.Exit(5)


@app.command()
def build(
    sources: Sources,
    out: Annotated[Path, typer.Option("--out", "-o", help="Turtle file to write.",
                                      dir_okay=False)] = Path("graph.ttl"),
    html: Annotated[Path, typer.Option(help="Interactive HTML view to write.",
                                       dir_okay=False)] = Path("exports/graph.html"),
    no_html: Annotated[bool, typer.Option("--no-html", help="Skip the HTML view.")] = False,
    records: Annotated[Optional[Path], typer.Option(
        help="Also write per-paper JSON records (as `kg extract`).", dir_okay=False)] = None,
    jobs: Jobs = 0, engine: Engine = "local", scheduler: Scheduler = None,
    cache: CacheDir = None, no_cache: NoCache = False, min_confidence: MinConfidence = 0.5,
    quiet: Quiet = False, strict: Strict = False,
) -> None:
    """Build the knowledge graph: Turtle (--out) and the offline HTML view (--html)."""
    options = _options(jobs, engine, scheduler, cache, no_cache, min_confidence)
    _run(lambda on_stage: api.build(sources, turtle=out, html=None if no_html else html,
                                    records=records, options=options, on_stage=on_stage),
         quiet, strict)


@app.command()
def extract(
    sources: Sources,
    out: Annotated[Path, typer.Option("--out", "-o", help="JSON Lines file to write.",
                                      dir_okay=False)] = Path("papers.jsonl"),
    jobs: Jobs = 0, engine: Engine = "local", scheduler: Scheduler = None,
    cache: CacheDir = None, no_cache: NoCache = False, min_confidence: MinConfidence = 0.5,
    quiet: Quiet = False, strict: Strict = False,
) -> None:
    """Write one JSON record per distinct paper (the extraction contract), from the same pipeline."""
    options = _options(jobs, engine, scheduler, cache, no_cache, min_confidence)
    _run(lambda on_stage: api.extract(sources, records=out, options=options, on_stage=on_stage),
         quiet, strict)



# ---------------------------------------------------------------- reading a built graph

GraphFile = Annotated[Path, typer.Argument(
    help="Graph file written by `kg build`: .ttl, .nt or .jsonld (optionally .gz).",
    show_default=False)]
Backend = Annotated[str, typer.Option(
    help="Triple store: 'memory' (rdflib), 'oxigraph' (fast, for big graphs) or 'auto' "
         "(oxigraph for files of 8 MiB or more, when oxrdflib is installed).")]
Store = Annotated[Optional[Path], typer.Option(
    help="Keep the graph in an on-disk Oxigraph store in this folder: the first run loads the "
         "file into it, later runs open it at once while the file is unchanged.",
    file_okay=False)]


def _fail(error: KgError) -> typer.Exit:
    _err(f"kg: error: {error}")
    return typer.Exit(error.exit_code)


def _load(path: Path, backend: str, store: Path | None = None):
    from kg.load import load_graph

    return load_graph(path, backend=backend, store=store)


def _echo(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


@app.command()
def query(
    graph: Annotated[Optional[Path], typer.Argument(
        help="Graph file written by `kg build` (.ttl, .nt, .jsonld; optionally .gz).",
        show_default=False)] = None,
    sparql: Annotated[Optional[str], typer.Argument(
        help="A SPARQL SELECT/ASK/CONSTRUCT/DESCRIBE query, or a .rq file holding one.",
        show_default=False)] = None,
    name: Annotated[Optional[str], typer.Option(
        "--name", "-n", help="Run a named query from ontology/queries/ (see --list).")] = None,
    param: Annotated[Optional[list[str]], typer.Option(
        "--param", "-p", help="key=value for a named query; repeat for several.")] = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="table, csv, json (SPARQL 1.1 JSON results) or xml; for "
                               "CONSTRUCT also ttl, nt, jsonld.")] = "table",
    list_queries: Annotated[bool, typer.Option(
        "--list", help="List the named queries and their parameters, then exit.")] = False,
    backend: Backend = "auto",
    store: Store = None,
) -> None:
    """Run SPARQL over a graph: a query, a .rq file, or a named query with --name."""
    from kg import query as q

    try:
        if list_queries:
            for named in q.named_queries().values():
                _echo(f"{named.name}: {named.description}\n    kg query GRAPH {named.usage()}\n")
                for p in named.params:
                    _echo(f"    {p.name}{'' if p.required else ' (optional)'}: {p.description}\n")
            return
        if graph is None:
            raise typer.BadParameter("give the graph file", param_hint="GRAPH")
        if (sparql is None) == (name is None):
            raise typer.BadParameter("give either a SPARQL query (or .rq file) or --name NAME",
                                     param_hint="SPARQL")
        if param and name is None:
            raise typer.BadParameter("--param goes with --name", param_hint="--param")
        if fmt not in q.FORMATS:
            raise typer.BadParameter(f"use one of {', '.join(q.FORMATS)}", param_hint="--format")
        text = q.read_query_argument(sparql) if sparql is not None else None
        loaded = _load(graph, backend, store)
        if name is not None:
            result = q.run_named(loaded, name, q.parse_params(param or []))
        else:
            result = q.run_query(loaded, text)
        _echo(q.format_result(result, fmt))
        rows = q.row_count(result)
        if fmt == "table" and rows is not None:
            _err(f"{rows} row(s)")
    except KgError as error:
        raise _fail(error) from None


@app.command()
def stats(
    graph: GraphFile,
    top: Annotated[int, typer.Option(min=1, help="How many entities and papers to list.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    backend: Backend = "auto",
    store: Store = None,
) -> None:
    """Counts per type, the most connected entities, and papers without any entity."""
    from kg.inspect import graph_stats, stats_text

    try:
        result = graph_stats(_load(graph, backend, store), top=top)
    except KgError as error:
        raise _fail(error) from None
    if as_json:
        import dataclasses
        import json

        _echo(json.dumps(dataclasses.asdict(result), indent=2, ensure_ascii=False) + "\n")
    else:
        _echo(stats_text(result, top=top))


@app.command()
def show(
    graph: GraphFile,
    name: Annotated[str, typer.Argument(help="An entity name or any alias (case-insensitive).",
                                        show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    backend: Backend = "auto",
    store: Store = None,
) -> None:
    """An entity card: type, aliases, papers with their evidence, repositories, results."""
    from kg.inspect import card_text, entity_card, find_entities

    try:
        loaded = _load(graph, backend, store)
        cards = [entity_card(loaded, entity) for entity in find_entities(loaded, name)]
    except KgError as error:
        raise _fail(error) from None
    if as_json:
        import json

        _echo(json.dumps([c.to_json() for c in cards], indent=2, ensure_ascii=False) + "\n")
    else:
        _echo("\n".join(card_text(c) for c in cards))


@app.command()
def export(
    graph: GraphFile,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="jsonld, nt, ttl, graphml, gexf or csv (a directory of tables).",
        show_default=False)],
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="File to write; for csv a directory (papers.csv, entities.csv, "
                            "links.csv, mentions.csv, results.csv).", show_default=False)],
    backend: Backend = "auto",
    store: Store = None,
    quiet: Quiet = False,
) -> None:
    """Export the graph as JSON-LD, N-Triples, Turtle, GraphML, GEXF or CSV tables."""
    from kg.export.tables import EXPORT_FORMATS, export_graph

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    try:
        written = export_graph(_load(graph, backend, store), fmt, out)
    except KgError as error:
        raise _fail(error) from None
    if not quiet:
        for path in written:
            _err(f"wrote {path} ({fmt})")


@app.command()
def validate(
    graph: GraphFile,
    backend: Backend = "auto",
    store: Store = None,
) -> None:
    """SHACL-validate a graph against ontology/shapes.ttl; exit 1 when it does not conform."""
    from kg.inspect import validate_graph, validation_text

    try:
        report = validate_graph(_load(graph, backend, store))
    except KgError as error:
        raise _fail(error) from None
    _echo(validation_text(report, str(graph)))
    if not report.conforms:
        raise typer.Exit(1)


@app.command()
def serve(
    graph: GraphFile,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port; 0 picks a free one.")] = 8000,
    host: Annotated[str, typer.Option(
        help="Address to bind; the default serves this machine only.")] = "127.0.0.1",
    html: Annotated[Optional[Path], typer.Option(
        help="HTML view to serve at / [default: exports/graph.html next to GRAPH].",
        dir_okay=False)] = None,
    timeout: Annotated[float, typer.Option(
        min=0.1, help="Seconds a query may run before the client gets 503.")] = 30.0,
    backend: Backend = "auto",
    store: Store = None,
) -> None:
    """Serve a read-only SPARQL endpoint at /sparql and the HTML view at /."""
    from kg.serve import Limits, default_html, make_server

    try:
        loaded = _load(graph, backend, store)
    except KgError as error:
        raise _fail(error) from None
    view = html or default_html(graph)
    try:
        server = make_server(loaded, host=host, port=port, html=view,
                             limits=Limits(timeout=timeout))
    except OSError as exc:
        _err(f"kg: error: cannot listen on {host}:{port}: {exc.strerror or exc}")
        raise typer.Exit(3) from None
    where = f"http://{host}:{server.server_port}"
    _err(f"serving {len(loaded)} triples from {graph}: SPARQL at {where}/sparql, "
         f"view at {where}/ ({view or 'no HTML view'}); read-only; Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        _err("kg: stopped")
    finally:
        server.server_close()


def main() -> None:
    """The `kg` console script: the Typer app, then a quick exit (see kg.gcpause.before_exit)."""
    try:
        app()
    finally:
        before_exit()
