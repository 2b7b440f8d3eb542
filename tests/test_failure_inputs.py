"""Bad input, end to end: the fuzz corpus in tests/fixtures/fuzz/ through the real `kg build`.

For every kind of bad input the contract is the same (docs/failure-behaviour.md): no traceback;
one stderr line per skipped record, ``path:line: reason``; every good record in the same file
still reaches the graph; a ``skipped N record(s): ...`` line counting the skips by reason; and
the exit code policy - 0 when something usable was read (even with skips), 2 when a path is
missing or nothing usable was read, 3 when an output cannot be written, 5 with ``--strict``
when anything was skipped, 130 when interrupted.

Which reasons the readers give for which bytes is tested in tests/test_read_*.py; here the
question is what the whole command does with them. Large and binary inputs are generated in
``tmp_path`` rather than committed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import DCTERMS
from typer.testing import CliRunner

import kg.read
from kg.cli import app
from kg.read.text import clean_title

FUZZ = Path(__file__).resolve().parent / "fixtures" / "fuzz"
KG = Path(sys.executable).with_name("kg")
runner = CliRunner()

SKIP_LINE = re.compile(r"^  (?P<path>.+):(?P<line>\d+): (?P<reason>\S.*)$")
SUMMARY = re.compile(r"^skipped (?P<n>\d+) record\(s\): (?P<kinds>.+)$")
GOOD_ABSTRACT = ("We propose {name}, a simple method for image classification. {name} is "
                 "evaluated on CIFAR-10 and ImageNet, where it reaches 91.2% top-1 accuracy and "
                 "outperforms ResNet-50 by a wide margin, with code and models released.")


def _jsonl_titles(name: str, skip_lines: tuple[int, ...] = ()) -> list[str]:
    lines = (FUZZ / name).read_text(encoding="utf-8").rstrip("\n").split("\n")
    return [clean_title(json.loads(line)["title"]) for number, line in enumerate(lines, 1)
            if number not in skip_lines]


# file -> (titles of the papers it should give, {line or record: a fragment of its reason})
USABLE = {
    "mixed.jsonl": (
        ["GoodNet: A First Good Record", "BetterNet: A Second Good Record",
         "BestNet: A Third Good Record"],
        {2: "malformed JSON", 4: "got a list", 5: "got a string", 6: "got a number",
         7: "got null", 8: "record has no 'abstract'", 9: "record has no 'title'",
         10: "'title' as a number", 11: "an empty 'title'", 12: "no letters or digits",
         13: "'abstract' as an object", 14: "malformed JSON", 15: "malformed JSON"}),
    "crlf.jsonl": (["CrlfNet: Windows Line Endings", "CrlfNet Two: More Windows Line Endings"],
                   {}),
    "latin1.txt": (["Réseaux Neuronaux Légers pour la Détection",
                    "Über Große Modelle: Eine Studie"], {}),
    "utf16-bom-crlf.txt": (["Sixteen Bits: A Study of Wide Text",
                            "Second Wide Paper on Encodings"], {}),
    "orphans.txt": (["OrphanNet: The Paper That Is Complete"],
                    {1: "title without an abstract", 2: "title without an abstract",
                     6: "abstract-like text without a title", 8: "title without an abstract"}),
    "duplicates.jsonl": (["twinnet - one paper, two abstracts", "Arxiv Copy, Renamed"], {}),
    "hostile.jsonl": (_jsonl_titles("hostile.jsonl"), {}),
    "unicode.jsonl": (_jsonl_titles("unicode.jsonl"), {}),
    "long-names.jsonl": (_jsonl_titles("long-names.jsonl", (1,)), {1: "title too long"}),
    "records.json": (["DocNet: A Record in a JSON Document",
                      "DocNet Two: Another Good Document Record"],
                     {2: "got a number", 3: "record has no 'abstract'", 4: "got a list"}),
}
NOTICES = {
    "latin1.txt": "decoded as Windows-1252",
    "duplicates.jsonl": "appears 2 times with different abstracts",
    "long-names.jsonl": None,
}
# file -> a fragment of the one-line error when it is the only input
UNUSABLE = {
    "empty.jsonl": "empty file",
    "whitespace.txt": "empty file (only whitespace)",
    "wrong-shape.json": "JSON object has no 'papers', 'records' or 'data' list",
    "broken-document.json": "invalid JSON at line 3",
    "notes.md": "title without an abstract",
}


def test_failure_inputs_corpus_is_fully_described():
    """Every file in the corpus has its expectations here (so none is silently untested)."""
    assert sorted(p.name for p in FUZZ.iterdir()) == sorted({*USABLE, *UNUSABLE})


def _build(*args: str | Path, out: Path):
    result = runner.invoke(app, ["build", *map(str, args), "--out", str(out / "graph.ttl"),
                                 "--html", str(out / "graph.html"), "--records",
                                 str(out / "papers.jsonl"), "--no-cache", "--jobs", "1"])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def _skips(stderr: str) -> list[tuple[str, int, str]]:
    """(path, line, reason) of every skip line; checks the summary line agrees with them."""
    lines = stderr.splitlines()
    skips = [(m["path"], int(m["line"]), m["reason"]) for line in lines
             if (m := SKIP_LINE.match(line))]
    summaries = [m for line in lines if (m := SUMMARY.match(line))]
    if not skips:
        assert not summaries, stderr
        return skips
    assert len(summaries) == 1, stderr
    assert int(summaries[0]["n"]) == len(skips)
    counted = [int(n) for n in re.findall(r"(?:^|; )(\d+) x ", summaries[0]["kinds"])]
    assert sum(counted) == len(skips), summaries[0]["kinds"]
    return skips


def _titles(turtle: Path) -> set[str]:
    graph = rdflib.Graph().parse(turtle, format="turtle")
    return {str(title) for title in graph.objects(None, DCTERMS.title)}


@pytest.mark.parametrize("name", sorted(USABLE))
def test_failure_inputs_good_records_survive_bad_ones(name, tmp_path):
    titles, reasons = USABLE[name]
    result = _build(FUZZ / name, out=tmp_path)
    assert result.exit_code == 0, result.output
    skips = _skips(result.stderr)
    assert {line for _, line, _ in skips} == set(reasons), result.stderr
    for path, line, reason in skips:
        assert path == str(FUZZ / name)
        assert reasons[line] in reason, (line, reason)
    assert _titles(tmp_path / "graph.ttl") == set(titles)
    records = [json.loads(line) for line in (tmp_path / "papers.jsonl").read_text().splitlines()]
    assert sorted(r["title"] for r in records) == sorted(titles)
    assert (tmp_path / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    if NOTICES.get(name):
        assert f"note: {FUZZ / name}" in result.stderr and NOTICES[name] in result.stderr


@pytest.mark.parametrize("name", sorted(UNUSABLE))
def test_failure_inputs_nothing_usable_exits_2_with_one_line(name, tmp_path):
    result = _build(FUZZ / name, out=tmp_path)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: [E101]"), result.stderr
    assert name in lines[0] and UNUSABLE[name] in lines[0]
    assert not (tmp_path / "graph.ttl").exists()


def test_failure_inputs_duplicates_merged_and_counted(tmp_path):
    result = _build(FUZZ / "duplicates.jsonl", out=tmp_path)
    assert "4 record(s), 2 distinct paper(s), 2 duplicate(s) merged" in result.stderr
    ids = [json.loads(line)["id"] for line in (tmp_path / "papers.jsonl").read_text().splitlines()]
    assert "arxiv:2401.01234" in ids and len(ids) == 2


# --- generated inputs: binary, 10 MB lines, unreadable files, symlink loops -------------------


def _good(name: str) -> str:
    return json.dumps({"title": f"{name}: A Good Paper", "abstract": GOOD_ABSTRACT.format(
        name=name)})


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A folder of inputs too big or too binary to commit, each next to good records."""
    folder = tmp_path_factory.mktemp("generated")
    ten_mb = 10 * 2**20
    (folder / "random.jsonl").write_bytes(bytes((i * 7919) % 256 for i in range(64 * 1024)))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    (folder / "huge-record.jsonl").write_text("\n".join([
        _good("HugeBefore"),
        json.dumps({"title": "A Ten Megabyte Abstract", "abstract": "All work. " * (ten_mb // 10)}),
        _good("HugeAfter")]) + "\n")
    (folder / "huge-garbage.jsonl").write_text(
        _good("GarbageBefore") + "\n" + "x" * ten_mb + "\n" + _good("GarbageAfter") + "\n")
    (folder / "huge-listing.txt").write_text(
        "A Listing Title With Ten Megabytes After It\n" + "Words and more words. " * (ten_mb // 22)
        + "\n\nListingNet: A Good Paper\n" + GOOD_ABSTRACT.format(name="ListingNet") + "\n")
    (folder / "good.jsonl").write_text(_good("AnchorNet") + "\n")
    loops = folder / "loops"
    loops.mkdir()
    (loops / "inner.jsonl").write_text(_good("LoopNet") + "\n")
    (loops / "to-parent").symlink_to("..", target_is_directory=True)
    (loops / "to-self").symlink_to(".", target_is_directory=True)
    (loops / "self.jsonl").symlink_to("self.jsonl")
    (loops / "ping.jsonl").symlink_to("pong.jsonl")
    (loops / "pong.jsonl").symlink_to("ping.jsonl")
    (loops / "dangling.jsonl").symlink_to("nowhere.jsonl")
    return folder


GENERATED_SKIPS = {
    ("random.jsonl", 0): "binary file",
    ("image.txt", 0): "binary file",
    ("huge-record.jsonl", 2): "abstract too long: 10,485,759 characters",
    ("huge-garbage.jsonl", 2): "malformed JSON",
    ("huge-listing.txt", 1): "abstract too long",
    ("loops/self.jsonl", 0): "cannot be read (Too many levels of symbolic links)",
    ("loops/ping.jsonl", 0): "cannot be read (Too many levels of symbolic links)",
    ("loops/pong.jsonl", 0): "cannot be read (Too many levels of symbolic links)",
    ("loops/dangling.jsonl", 0): "broken symbolic link",
}
GENERATED_TITLES = {f"{name}: A Good Paper" for name in (
    "HugeBefore", "HugeAfter", "GarbageBefore", "GarbageAfter", "ListingNet", "AnchorNet",
    "LoopNet")}


def test_failure_inputs_generated_folder(generated, tmp_path):
    result = _build(generated, out=tmp_path)
    assert result.exit_code == 0, result.output
    skips = {(str(Path(path).relative_to(generated)), line): reason
             for path, line, reason in _skips(result.stderr)}
    assert set(skips) == set(GENERATED_SKIPS), result.stderr
    for where, fragment in GENERATED_SKIPS.items():
        assert fragment in skips[where], (where, skips[where])
    assert _titles(tmp_path / "graph.ttl") == GENERATED_TITLES
    # The loops were followed once: a folder reached again is a notice, not a skip or a hang.
    assert "same folder as" in result.stderr
    assert max(map(len, result.stderr.splitlines())) < 1000  # no 10 MB echo of the input


def test_failure_inputs_symlink_loop_named_explicitly(generated, tmp_path):
    result = _build(generated / "loops" / "self.jsonl", out=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Too many levels of symbolic links" in result.stderr


def _unreadable(path: Path, monkeypatch) -> None:
    """Make ``path`` unreadable: chmod when that works; as root (which reads anything) by
    making the reader's open fail with EACCES for that one file."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    real = kg.read.open_binary

    def refuse(target):
        if Path(target) == path:
            raise PermissionError(13, "Permission denied", str(target))
        return real(target)

    monkeypatch.setattr(kg.read, "open_binary", refuse)


def test_failure_inputs_unreadable_file(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.jsonl").write_text(_good("ReadableNet") + "\n")
    locked = folder / "b-locked.jsonl"
    locked.write_text(_good("LockedNet") + "\n")
    _unreadable(locked, monkeypatch)
    try:
        result = _build(folder, out=tmp_path / "out")
        assert result.exit_code == 0, result.output
        assert _skips(result.stderr) == [(str(locked), 0, "cannot be read (Permission denied)")]
        assert _titles(tmp_path / "out" / "graph.ttl") == {"ReadableNet: A Good Paper"}
        # Named on the command line, the same file is an error: the user asked for it.
        result = _build(locked, folder / "a-good.jsonl", out=tmp_path / "out2")
        assert result.exit_code == 2
        assert result.stderr.startswith(f"kg: error: [E100] {locked}: cannot be read")
    finally:
        locked.chmod(0o644)


# --- the whole corpus, and the exit-code policy -----------------------------------------------


def _corpus_expectations(generated: Path) -> tuple[set[str], int]:
    titles = {t for name, (ts, _) in USABLE.items() for t in ts} | GENERATED_TITLES
    skips = (sum(len(reasons) for _, reasons in USABLE.values()) + len(GENERATED_SKIPS)
             + len(UNUSABLE))  # one each; notes.md in a folder: "unknown file type"
    return titles, skips


def test_failure_inputs_whole_corpus_through_a_real_process(generated, tmp_path):
    """One real `kg build` process over every bad input at once."""
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(KG), "build", str(FUZZ), str(generated), "--out", str(out / "graph.ttl"),
         "--html", str(out / "graph.html"), "--no-cache", "--jobs", "2"],
        capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "200"})
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    titles, skip_count = _corpus_expectations(generated)
    skips = _skips(proc.stderr)
    assert len(skips) == skip_count, proc.stderr
    assert any(path.endswith("notes.md") and "unknown file type" in reason
               for path, _, reason in skips)
    assert _titles(out / "graph.ttl") == titles
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>")

    strict = subprocess.run(
        [str(KG), "build", str(FUZZ), "--out", str(out / "strict.ttl"), "--no-html",
         "--no-cache", "--jobs", "1", "--strict"], capture_output=True, text=True, timeout=300)
    assert strict.returncode == 5, strict.stderr
    assert strict.stderr.rstrip().splitlines()[-1].startswith("kg: --strict: ")
    # --strict still writes the outputs (they are complete); the exit code is the verdict.
    assert _titles(out / "strict.ttl") == {t for ts, _ in USABLE.values() for t in ts}


def test_failure_inputs_extract_command_same_policy(tmp_path):
    result = runner.invoke(app, ["extract", str(FUZZ / "mixed.jsonl"), "--out",
                                 str(tmp_path / "p.jsonl"), "--no-cache", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert len(_skips(result.stderr)) == len(USABLE["mixed.jsonl"][1])
    assert len((tmp_path / "p.jsonl").read_text().splitlines()) == 3
    result = runner.invoke(app, ["extract", str(FUZZ / "mixed.jsonl"), "--out",
                                 str(tmp_path / "p.jsonl"), "--no-cache", "--strict", "-q"])
    assert result.exit_code == 5


@pytest.mark.parametrize("args, code, fragment", [
    (["build", "no/such/dir"], 2, "[E100] no/such/dir: no such file or folder"),
    (["build", str(FUZZ / "crlf.jsonl"), "no/such/file.jsonl"], 2, "no/such/file.jsonl"),
    (["build", str(FUZZ / "empty.jsonl"), str(FUZZ / "whitespace.txt")], 2, "[E101]"),
    (["build", str(FUZZ / "crlf.jsonl"), "--strict"], 0, "wrote"),
    (["build", str(FUZZ / "mixed.jsonl"), "--strict"], 5, "kg: --strict: 13 record(s) skipped"),
])
def test_failure_inputs_exit_codes(args, code, fragment, tmp_path):
    result = runner.invoke(app, [*args, "--out", str(tmp_path / "g.ttl"), "--no-html",
                                 "--no-cache", "--jobs", "1"])
    assert result.exit_code == code, result.output
    assert fragment in result.stderr
    assert "Traceback" not in result.output


def test_failure_inputs_output_cannot_be_written_exits_3(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = runner.invoke(app, ["build", str(FUZZ / "crlf.jsonl"), "--out",
                                 str(blocker / "graph.ttl"), "--no-html", "--no-cache"])
    assert result.exit_code == 3, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: [E200] cannot write {blocker}")


def test_failure_inputs_interrupt_exits_130(tmp_path, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.api.build", interrupted)
    result = runner.invoke(app, ["build", str(FUZZ / "crlf.jsonl"), "--out",
                                 str(tmp_path / "g.ttl"), "--no-cache"])
    assert result.exit_code == 130
    assert result.stderr == "kg: interrupted; outputs were not changed\n"


def test_failure_inputs_control_characters_in_paths_stay_on_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.jsonl").write_text(_good("PathNet") + "\n")
    (folder / "bad\nname\x1b[31m.jsonl").write_text("{not json}\n")
    result = _build(folder, out=tmp_path / "out")
    assert result.exit_code == 0, result.output
    (skip,) = _skips(result.stderr)
    assert skip[0].endswith("bad\\nname\\x1b[31m.jsonl") and skip[1] == 1
    assert "\x1b" not in result.stderr


@pytest.mark.parametrize("command, name, hint", [
    ("build", "graph.nt", "then `kg export"),
    ("build", "graph.ttl.gz", "compress it afterwards"),
    ("build", "graph.jsonld", "-f jsonld"),
    ("extract", "papers.jsonl.gz", "compress it afterwards"),
])
def test_failure_inputs_output_named_for_another_format_exits_3_before_any_work(
        command, name, hint, tmp_path, monkeypatch):
    def no_reading(*args, **kwargs):
        raise AssertionError("sources were read")

    monkeypatch.setattr("kg.api._make_graph", no_reading)
    result = runner.invoke(app, [command, str(FUZZ / "crlf.jsonl"), "--out", str(tmp_path / name),
                                 "--no-cache", *(["--no-html"] if command == "build" else [])])
    assert result.exit_code == 3, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: [E200] cannot write {tmp_path / name}")
    assert hint in lines[0]
    assert not list(tmp_path.iterdir())
