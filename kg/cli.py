"""The `kg` command: a thin Typer layer over kg.api. Library errors become one line on stderr
and a non-zero exit code; progress and summaries go to stderr, data to files."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg import api
from kg.errors import KgError

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


def _options(jobs: int, engine: str, scheduler: str | None, cache: Path | None,
             no_cache: bool) -> api.Options:
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"unknown engine {engine!r}; use 'local' or 'dask'",
                                 param_hint="--engine")
    return api.Options(jobs=jobs, engine=engine, scheduler=scheduler, cache_dir=cache,
                       use_cache=not no_cache)


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
    if report.skipped:
        reasons: dict[str, int] = {}
        for item in report.skipped:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        lines.append(f"skipped {len(report.skipped)} record(s):")
        for item in report.skipped[:20]:
            lines.append(f"  {item.source.path}:{item.source.line}: {item.reason}")
        if len(report.skipped) > 20:
            lines.append(f"  ... and {len(report.skipped) - 20} more; by reason: "
                         + "; ".join(f"{n} x {r}" for r, n in sorted(reasons.items())))
    for notice in report.notices[:10]:
        lines.append(f"note: {notice.source.path}:{notice.source.line}: {notice.message}")
    if report.entities:
        lines.append("entities: " + ", ".join(f"{n} {k}" for k, n in sorted(report.entities.items())))
    lines.append(f"links: {report.links} paper-entity statements, {report.results} result(s)"
                 + (f", {report.triples} triples" if report.triples else ""))
    if report.cache_hits:
        lines.append(f"cache: {report.cache_hits} of {report.papers} paper(s) reused")
    for kind, path in report.outputs.items():
        lines.append(f"wrote {path} ({kind})")
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
    cache: CacheDir = None, no_cache: NoCache = False, quiet: Quiet = False, strict: Strict = False,
) -> None:
    """Build the knowledge graph: Turtle (--out) and the offline HTML view (--html)."""
    options = _options(jobs, engine, scheduler, cache, no_cache)
    _run(lambda on_stage: api.build(sources, turtle=out, html=None if no_html else html,
                                    records=records, options=options, on_stage=on_stage),
         quiet, strict)


@app.command()
def extract(
    sources: Sources,
    out: Annotated[Path, typer.Option("--out", "-o", help="JSON Lines file to write.",
                                      dir_okay=False)] = Path("papers.jsonl"),
    jobs: Jobs = 0, engine: Engine = "local", scheduler: Scheduler = None,
    cache: CacheDir = None, no_cache: NoCache = False, quiet: Quiet = False, strict: Strict = False,
) -> None:
    """Write one JSON record per distinct paper (the extraction contract), from the same pipeline."""
    options = _options(jobs, engine, scheduler, cache, no_cache)
    _run(lambda on_stage: api.extract(sources, records=out, options=options, on_stage=on_stage),
         quiet, strict)


def main() -> None:  # pragma: no cover - console-script convenience
    app()
