"""Throughput benchmark for `kg build` (not a unit test): see bench/README.md.

    .venv/bin/python bench/run.py                         # 1k, 10k and the full corpus
    .venv/bin/python bench/run.py --sizes 1000 --no-incremental

For each size, a sample of the corpus (seeded, in corpus order) is written to a temporary
.jsonl and built by a fresh interpreter (so the wall time includes start-up and imports), with
no cache: Turtle + HTML + per-paper records. The child reports per-stage seconds (kg's own
Report); the parent takes wall time and peak RSS (os.wait4: the child and the workers it
reaped) and measures the spaCy tokenizer floor on the same abstracts, single process.
The incremental scenario builds a folder holding 99% of the sample into an empty cache, then adds
a file with the other 1% and builds the folder again to the same outputs. The seeds are timed end to end through the `kg` script.

Every child runs a snapshot of kg/ copied at start (PYTHONPATH): the cache key covers the
extractor's source, so rules edited during a long run would otherwise empty the cache midway.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/abstracts.jsonl.gz")
STAGES = ["read", "extract", "resolve", "assemble", "export turtle", "export html",
          "export records"]
OUTPUTS = {"turtle": "graph.ttl", "html": "graph.html", "records": "papers.jsonl"}


# --- the child: one build in a fresh interpreter ---------------------------------------------

def child(args: argparse.Namespace) -> None:
    import resource

    from kg import api
    from kg.gcpause import before_exit

    out = Path(args.out)
    options = api.Options(jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                          cache_dir=args.cache, use_cache=args.cache is not None)
    report = api.build([args.source], turtle=out / OUTPUTS["turtle"], html=out / OUTPUTS["html"],
                       records=out / OUTPUTS["records"], options=options)
    before_exit()  # as `kg build` does
    json.dump({"papers": report.papers, "seconds": report.seconds, "triples": report.triples,
               "links": report.links, "entities": sum(report.entities.values()),
               "build_wall": report.wall,
               "cache_hits": report.cache_hits, "reused": report.reused,
               # Measured here, not by the parent's wait4: ru_maxrss survives exec, so a
               # forked child's would start at the parent's size (the bench holds the corpus).
               "rss_self_mb": _peak_rss_mb(),
               "rss_workers_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024},
              sys.stdout)


def _peak_rss_mb() -> float:
    """VmHWM: the peak RSS of this process image (reset by exec, unlike ru_maxrss)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(SNAPSHOT)} if SNAPSHOT else dict(os.environ)


SNAPSHOT: Path | None = None


def run_child(source: Path, out: Path, jobs: int, engine: str, scheduler: str | None,
              cache: Path | None) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--source", str(source),
               "--out", str(out), "--jobs", str(jobs), "--engine", engine]
    if scheduler:
        command += ["--scheduler", scheduler]
    if cache:
        command += ["--cache", str(cache)]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as stdout:
        process = subprocess.Popen(command, stdout=stdout, cwd=ROOT, env=_env())
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        if process.returncode != 0:
            raise SystemExit(f"build of {source} failed (exit {process.returncode})")
        stdout.seek(0)
        result = json.loads(stdout.read())
    result["wall"] = wall
    result["cpu"] = usage.ru_utime + usage.ru_stime
    result["sizes_mb"] = {k: (out / name).stat().st_size / 1e6 for k, name in OUTPUTS.items()}
    return result


# --- the parent ------------------------------------------------------------------------------

def corpus_lines(path: Path = CORPUS) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        # split at \n only: a JSON string may hold U+2028, which splitlines() breaks at
        return [line for line in handle.read().split("\n") if line.strip()]


def sample(lines: list[str], size: int | None, seed: int = 0) -> list[str]:
    if size is None or size >= len(lines):
        return lines
    keep = sorted(random.Random(seed).sample(range(len(lines)), size))
    return [lines[i] for i in keep]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tokenizer_floor(lines: list[str]) -> float:
    """Seconds for spaCy's blank English tokenizer over the same title + abstract texts
    (single process; the best of two passes below 20k texts, after a 1k warm-up above)."""
    import spacy

    texts = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        texts.append(f"{record.get('title') or ''}\n{record.get('abstract') or ''}")
    tokenizer = spacy.blank("en").tokenizer
    best = float("inf")
    for _ in range(2 if len(texts) < 20_000 else 1):
        for text in texts[:1000]:  # warm-up: the tokenizer caches special cases lazily
            tokenizer(text)
        started = time.perf_counter()
        for text in texts:
            tokenizer(text)
        best = min(best, time.perf_counter() - started)
    return best


def seeds_wall(work: Path, cache: bool) -> float:
    kg = Path(sys.executable).parent / "kg"
    command = [str(kg), "build", str(ROOT / "seeds"), "-q", "--out", str(work / "seeds.ttl"),
               "--html", str(work / "seeds.html"), "--records", str(work / "seeds.jsonl")]
    command += ["--cache", str(work / "seeds-cache")] if cache else ["--no-cache"]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, env=_env())
    return time.perf_counter() - started


def label(size: int | None, n: int) -> str:
    return "full" if size is None else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,full",
                        help="comma-separated sample sizes; 'full' = the whole corpus")
    parser.add_argument("--jobs", type=int, default=0, help="kg --jobs (0: all cores)")
    parser.add_argument("--engine", default="local")
    parser.add_argument("--scheduler", default=None)
    parser.add_argument("--no-incremental", action="store_true")
    parser.add_argument("--work", type=Path, default=None, help="keep outputs here")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--cache", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    global SNAPSHOT
    SNAPSHOT = work / "src"
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    shutil.copytree(ROOT / "kg", SNAPSHOT / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    print(f"work dir: {work}; jobs={args.jobs or os.cpu_count()}; engine={args.engine}",
          flush=True)
    lines = corpus_lines()
    figures: dict = {"seeds": {"no_cache": seeds_wall(work, False),
                               "cold_cache": seeds_wall(work, True),
                               "warm_cache": seeds_wall(work, True)}}
    print(f"seeds end to end: {figures['seeds']}", flush=True)
    figures["runs"] = []
    for raw in args.sizes.split(","):
        size = None if raw.strip() == "full" else int(raw)
        chosen = sample(lines, size)
        name = label(size, len(chosen))
        source = write_jsonl(work / f"sample-{name}.jsonl", chosen)
        run = run_child(source, work / f"out-{name}", args.jobs, args.engine, args.scheduler,
                        None)
        run["name"] = name
        run["floor"] = tokenizer_floor(chosen)
        if not args.no_incremental:
            run["incremental"] = incremental(chosen, work / f"incr-{name}", args)
        figures["runs"].append(run)
        print(json.dumps(run), flush=True)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1))
    print(table(figures))


def incremental(chosen: list[str], work: Path, args) -> dict:
    """A folder holding 99% of the sample is built into an empty cache; then a file with the
    other 1% is added to the folder and the same command runs again (same outputs, same cache),
    as when a month of new papers arrives."""
    shutil.rmtree(work, ignore_errors=True)
    (work / "corpus").mkdir(parents=True)
    write_jsonl(work / "corpus" / "part-1.jsonl", [line for i, line in enumerate(chosen) if i % 100])
    cache = work / "cache"
    cold = run_child(work / "corpus", work / "out", args.jobs, args.engine, args.scheduler, cache)
    write_jsonl(work / "corpus" / "part-2.jsonl", [line for i, line in enumerate(chosen)
                                                   if not i % 100])
    warm = run_child(work / "corpus", work / "out", args.jobs, args.engine, args.scheduler, cache)
    return {"cold": cold, "plus_1pct": warm,
            "cache_mb": sum(p.stat().st_size for p in cache.rglob("*") if p.is_file()) / 1e6}


def table(figures: dict) -> str:
    rows = ["| | " + " | ".join(r["name"] for r in figures["runs"]) + " |",
            "|---|" + "---:|" * len(figures["runs"])]

    def row(title, cell):
        rows.append(f"| {title} | " + " | ".join(cell(r) for r in figures["runs"]) + " |")

    row("papers (distinct)", lambda r: f"{r['papers']:,}")
    for stage in STAGES:
        row(f"{stage} (abstracts/s)",
            lambda r, s=stage: f"{r['papers'] / r['seconds'][s]:,.0f}" if r["seconds"].get(s)
            else "-")
    # The HTML view is drawn while the Turtle is written, so stages overlap: the rest of the
    # child's wall time is start-up, imports and freeing the heap at exit.
    row("start-up, imports, exit (s)", lambda r: f"{r['wall'] - r['build_wall']:.1f}")
    row("wall (s)", lambda r: f"{r['wall']:.1f}")
    row("end to end (abstracts/s)", lambda r: f"{r['papers'] / r['wall']:,.0f}")
    row("ms per abstract", lambda r: f"{1000 * r['wall'] / r['papers']:.2f}")
    row("CPU s (all processes)", lambda r: f"{r['cpu']:.0f}")
    row("peak RSS main process (MB)", lambda r: f"{r['rss_self_mb']:,.0f}")
    row("peak RSS largest worker (MB)", lambda r: f"{r['rss_workers_mb']:,.0f}")
    for kind in OUTPUTS:
        row(f"{OUTPUTS[kind]} (MB)", lambda r, k=kind: f"{r['sizes_mb'][k]:.1f}")
    row("tokenizer floor (s)", lambda r: f"{r['floor']:.2f}")
    row("wall / tokenizer floor", lambda r: f"{r['wall'] / r['floor']:.0f}x")
    if all("incremental" in r for r in figures["runs"]):
        row("incr: cold 99% with cache (s)", lambda r: f"{r['incremental']['cold']['wall']:.1f}")
        row("incr: +1% new, warm cache (s)",
            lambda r: f"{r['incremental']['plus_1pct']['wall']:.1f}")
        row("incr: +1% / full build",
            lambda r: f"{r['incremental']['plus_1pct']['wall'] / r['wall']:.0%}")
        row("incr: +1% stages (s)", lambda r: ", ".join(
            f"{k.replace('export ', '')} {v:.1f}"
            for k, v in r["incremental"]["plus_1pct"]["seconds"].items()))
        row("incr: +1% blocks copied", lambda r: ", ".join(
            f"{k} {c / max(n, 1):.0%}"
            for k, (c, n) in r["incremental"]["plus_1pct"].get("reused", {}).items()))
        row("cache size: extractions, layouts, file snapshots (MB)", lambda r: f"{r['incremental']['cache_mb']:.0f}")
    seeds = figures["seeds"]
    rows.append("")
    rows.append(f"seeds end to end (`kg build seeds`, 337 papers, incl. start-up): "
                f"{seeds['no_cache']:.2f} s no cache, {seeds['cold_cache']:.2f} s cold cache, "
                f"{seeds['warm_cache']:.2f} s warm cache")
    return "\n".join(rows)


if __name__ == "__main__":
    main()
