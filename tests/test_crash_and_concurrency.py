"""Crashes, interrupts, determinism and a shared cache, through real `kg build` processes.

- SIGKILL at any moment (before, during extraction, while each output is being written) leaves
  every output either as it was or complete and valid: outputs go to a hidden temp file beside
  the target and are renamed over it. A SIGKILL can leave that temp file behind
  (``.graph.ttl.XXXX.tmp``); it is hidden, never read as input, and the next build succeeds.
- SIGINT (Ctrl-C) exits 130 with one line, outputs untouched and no temp file left.
- The same input gives byte-identical outputs across runs, ``--jobs`` values and with or
  without the extraction cache (cold or warm).
- A damaged cache (rows truncated or altered, the file cut short or overwritten) is detected
  and recomputed: the build succeeds with identical output. Two builds sharing one cache at
  the same time both succeed, agree, and leave it intact.

The inputs are synthetic abstracts generated here, so the tests need nothing outside the repo.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app

KG = Path(sys.executable).with_name("kg")
FUZZ = Path(__file__).resolve().parent / "fixtures" / "fuzz"
OUTPUTS = ("graph.ttl", "exports/graph.html", "papers.jsonl")
runner = CliRunner()

pytestmark = pytest.mark.slow


def synthetic_records(n: int, seed: int = 0):
    """``n`` plausible, distinct abstracts: coined names, datasets, baselines, numbers, URLs."""
    rng = random.Random(seed)
    prefixes = ["Fast", "Deep", "Sparse", "Graph", "Robust", "Neural", "Tiny", "Meta", "Causal"]
    suffixes = ["Net", "Former", "GAN", "Diff", "Flow", "BERT", "Mix", "Seg"]
    data = ["CIFAR-10", "ImageNet", "COCO", "GLUE", "SQuAD", "MNIST", "Kinetics-400", "ADE20K"]
    tasks = ["image classification", "object detection", "question answering",
             "semantic segmentation", "machine translation", "speech recognition"]
    baselines = ["ResNet-50", "BERT", "ViT", "U-Net", "GPT-2", "LSTM"]
    for i in range(n):
        name = f"{rng.choice(prefixes)}{rng.choice(suffixes)}{i}"
        first, second = rng.sample(data, 2)
        yield {"title": f"{name}: {rng.choice(prefixes)} Models for "
                        f"{rng.choice(tasks).title()} ({i})",
               "abstract": (f"We propose {name}, a new method for {rng.choice(tasks)} built on "
                            f"{rng.choice(baselines)}. {name} is evaluated on {first} and "
                            f"{second}, where it reaches {rng.randint(50, 99)}."
                            f"{rng.randint(0, 9)}% accuracy and outperforms "
                            f"{rng.choice(baselines)} by {rng.randint(1, 9)}.{rng.randint(0, 9)} "
                            f"points. Code: https://github.com/lab{i % 50}/{name.lower()}")}


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in synthetic_records(n, seed)))
    return path


def build_args(sources, out: Path, *extra: str) -> list[str]:
    return ["build", *map(str, sources), "--out", str(out / "graph.ttl"), "--html",
            str(out / "exports" / "graph.html"), "--records", str(out / "papers.jsonl"),
            *extra]


def _default_sigint() -> None:
    # A runner started as a background job of a non-interactive shell (`.ci/run &`) ignores
    # SIGINT, and an ignored signal stays ignored across exec: kg would then (rightly) never
    # see the Ctrl-C these tests send. Start kg as a terminal would.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def kg_process(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([str(KG), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=_default_sigint)


def run_kg(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(KG), *args], capture_output=True, text=True, timeout=timeout)


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def assert_complete(name: str, data: bytes) -> None:
    """``data`` is a whole, valid output of its kind."""
    text = data.decode("utf-8")
    if name.endswith(".ttl"):
        assert len(rdflib.Graph().parse(data=text, format="turtle")) > 0
    elif name.endswith(".jsonl"):
        assert text.endswith("\n")
        assert all(json.loads(line)["id"] for line in text.splitlines())
    else:
        assert text.rstrip().endswith("</html>")


def temp_files(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob(".*.tmp"))


# --- SIGKILL and SIGINT -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpora")
    return (write_corpus(folder / "small.jsonl", 40), write_corpus(folder / "big.jsonl", 1000, 1),
            write_corpus(folder / "bigger.jsonl", 2500, 2))


def _kill_when(proc: subprocess.Popen, out: Path, trigger: str | float) -> str:
    """SIGKILL ``proc`` after ``trigger`` seconds, or as soon as the temp file of output
    ``trigger`` appears; returns what happened."""
    deadline = time.monotonic() + 120
    target = None if isinstance(trigger, float) else out / trigger
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() < deadline:
        if target is None:
            if time.monotonic() - started >= trigger:
                break
        elif any(target.parent.glob(f".{target.name}.*.tmp")):
            break
        time.sleep(0.001)
    finished = proc.poll() is not None
    proc.kill()
    proc.wait(30)
    proc.stdout.close()
    proc.stderr.close()
    return "finished first" if finished else "killed"


def test_crash_sigkill_leaves_old_or_complete_outputs(corpora, tmp_path):
    small, big, _ = corpora
    out = tmp_path / "out"
    cache = tmp_path / "cache"
    first = run_kg(build_args([small], out, "--cache", str(cache), "--jobs", "2"))
    assert first.returncode == 0, first.stderr
    old = snapshot(out)
    outcomes = []
    for trigger in (0.3, 1.0, "graph.ttl", "exports/graph.html", "papers.jsonl"):
        proc = kg_process(build_args([big], out, "--cache", str(cache), "--jobs", "2"))
        outcomes.append((trigger, _kill_when(proc, out, trigger)))
        for name in OUTPUTS:
            data = (out / name).read_bytes()
            if data != old[name]:
                assert_complete(name, data)
    # Each write was really interrupted at least once (else the test proves nothing).
    assert [o for _, o in outcomes].count("killed") == len(outcomes), outcomes
    # A SIGKILL may leave hidden temp files beside the outputs; they are never inputs and do
    # not stop the next build, which replaces every output with the complete new one.
    leftovers = temp_files(out)
    assert all(p.name.startswith(".") for p in leftovers)
    final = run_kg(build_args([big, out], out, "--cache", str(cache), "--jobs", "2"))
    # (out/ is also given as a source: its papers.jsonl has no 'abstract', so each of its
    # lines is skipped, and the hidden temp files are not read at all.)
    assert final.returncode == 0, final.stderr
    assert ".tmp" not in final.stderr
    for name in OUTPUTS:
        assert_complete(name, (out / name).read_bytes())
    records = (out / "papers.jsonl").read_text().splitlines()
    assert len(records) == 1000
    assert temp_files(out) == leftovers  # the build neither trips on them nor adds to them


def test_crash_sigint_exits_130_and_changes_nothing(corpora, tmp_path):
    small, _, bigger = corpora
    out = tmp_path / "out"
    assert run_kg(build_args([small], out, "--no-cache")).returncode == 0
    old = snapshot(out)
    proc = kg_process(build_args([bigger], out, "--no-cache", "--jobs", "2"))
    time.sleep(1.0)  # into reading or extraction: the whole build takes several seconds
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == "kg: interrupted; outputs were not changed"
    assert "Traceback" not in stderr
    assert snapshot(out) == old
    assert temp_files(out) == []


# --- determinism ------------------------------------------------------------------------------


def test_determinism_across_runs_jobs_and_cache(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 300)  # several extraction chunks
    sources = [corpus, FUZZ]
    runs = {
        "jobs1-nocache": ["--jobs", "1", "--no-cache"],
        "jobs2-nocache": ["--jobs", "2", "--no-cache"],
        "jobs2-cold-cache": ["--jobs", "2", "--cache", str(tmp_path / "cache")],
        "jobs1-warm-cache": ["--jobs", "1", "--cache", str(tmp_path / "cache")],
        "jobs2-warm-cache": ["--jobs", "2", "--cache", str(tmp_path / "cache")],
        "jobs0-nocache-again": ["--jobs", "0", "--no-cache"],
    }
    outputs = {}
    for name, extra in runs.items():
        result = runner.invoke(app, build_args(sources, tmp_path / name, "--quiet", *extra))
        assert result.exit_code == 0, result.output
        outputs[name] = snapshot(tmp_path / name)
    reference = outputs.pop("jobs1-nocache")
    for name, got in outputs.items():
        for output in OUTPUTS:
            assert got[output] == reference[output], f"{name}: {output} differs"


# --- the extraction cache: damage and sharing -------------------------------------------------


def _damage_rows(db_path: Path) -> None:
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE extraction SET body = substr(body, 1, length(body) / 2) "
                   "WHERE rowid % 3 = 0")
        db.execute("UPDATE extraction SET checksum = '0000000000000000' WHERE rowid % 3 = 1")
        db.execute("UPDATE extraction SET body = replace(body, '\"mentions\"', '\"m\"'), "
                   "checksum = checksum WHERE rowid % 7 = 2")
    db.close()


def _truncate_file(db_path: Path) -> None:
    size = db_path.stat().st_size
    with open(db_path, "r+b") as handle:
        handle.truncate(size // 2)


def _overwrite_file(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database\n" * 100)


def _scribble_pages(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096 * 2):  # every other page, past the header
        data[offset:offset + 64] = b"\xff" * 64
    db_path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_damage_rows, _truncate_file, _overwrite_file,
                                    _scribble_pages])
def test_cache_damage_between_builds_is_recomputed(damage, tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 200)
    cache = tmp_path / "cache"
    args = ["--jobs", "1", "--cache", str(cache)]
    reference = runner.invoke(app, build_args([corpus], tmp_path / "ref", "-q", "--no-cache"))
    assert reference.exit_code == 0
    first = runner.invoke(app, build_args([corpus], tmp_path / "a", *args))
    assert first.exit_code == 0, first.output
    db_path = cache / "extractions.sqlite"
    assert db_path.exists() and not Path(f"{db_path}-wal").exists()
    damage(db_path)
    second = runner.invoke(app, build_args([corpus], tmp_path / "b", *args))
    assert second.exit_code == 0, second.output
    assert "Traceback" not in second.output
    assert snapshot(tmp_path / "b") == snapshot(tmp_path / "ref") == snapshot(tmp_path / "a")
    # The damage is repaired: the next run reuses every paper.
    third = runner.invoke(app, build_args([corpus], tmp_path / "c", *args))
    assert "cache: 200 of 200 paper(s) reused" in third.stderr
    assert snapshot(tmp_path / "c") == snapshot(tmp_path / "ref")


def test_cache_shared_by_two_concurrent_builds(tmp_path):
    """Two real `kg build` processes, one cache, at the same time: both succeed and agree."""
    first_corpus = write_corpus(tmp_path / "one.jsonl", 600, seed=3)
    # The second input overlaps the first: both processes write some of the same keys.
    records = list(synthetic_records(600, seed=3))[300:] + list(synthetic_records(300, seed=4))
    second_corpus = tmp_path / "two.jsonl"
    second_corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    cache = tmp_path / "cache"
    procs = [kg_process(build_args([first_corpus, second_corpus], tmp_path / f"run{i}",
                                   "--cache", str(cache), "--jobs", "1"))
             for i in range(2)]
    procs.append(kg_process(build_args([second_corpus], tmp_path / "run2", "--cache",
                                       str(cache), "--jobs", "1")))
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
        assert "Traceback" not in stderr
    assert snapshot(tmp_path / "run0") == snapshot(tmp_path / "run1")
    with sqlite3.connect(cache / "extractions.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM extraction").fetchone() == (900,)
    db.close()
    # A process of its own, like the two writers: the cache key covers kg/extract's source,
    # which a long-lived test process hashes once.
    again = run_kg(build_args([first_corpus, second_corpus], tmp_path / "again", "--cache",
                              str(cache), "--jobs", "1"))
    assert "cache: 900 of 900 paper(s) reused" in again.stderr, again.stderr
    reference = runner.invoke(app, build_args([first_corpus, second_corpus], tmp_path / "ref",
                                              "--no-cache", "-q"))
    assert reference.exit_code == 0
    assert snapshot(tmp_path / "run0") == snapshot(tmp_path / "again") == \
        snapshot(tmp_path / "ref")
