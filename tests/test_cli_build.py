"""End to end on the real seeds: `kg build` and `kg extract` through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.export.rdf import validate

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SCHEMA_ARTICLE = rdflib.URIRef("https://schema.org/ScholarlyArticle")
runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out / "graph.ttl"),
                                 "--html", str(out / "graph.html"), "--records",
                                 str(out / "papers.jsonl"), "--no-cache", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_cli_build_summary(seeds_build):
    _, output = seeds_build
    assert "340 record(s), 337 distinct paper(s), 3 duplicate(s) merged" in output
    assert re.search(r"\d+ triples", output)
    assert "wrote" in output and "done in" in output


def test_cli_build_turtle_parses_and_conforms(seeds_build):
    out, _ = seeds_build
    graph = rdflib.Graph().parse(out / "graph.ttl")
    assert len(set(graph.subjects(RDF.type, SCHEMA_ARTICLE))) == 337
    conforms, report = validate(graph)
    assert conforms, report[:2000]


def test_cli_build_keeps_every_seed_url(seeds_build):
    out, _ = seeds_build
    text = "\n".join(p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt"))
    urls = {re.sub(r"[.,;:)]+$", "", u) for u in re.findall(r"https?://[^\s{}<>\"]+", text)}
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    missing = [u for u in urls if f'"{u}"' not in turtle and f"<{u}>" not in turtle]
    assert not missing


def test_cli_build_writes_html(seeds_build):
    out, _ = seeds_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<canvas" in page or "vis-network" in page or "kgReady" in page
    assert not re.search(r"""<(?:script|link)[^>]+(?:src|href)=["']https?://""", page)


def test_cli_extract_contract(seeds_build, tmp_path):
    result = runner.invoke(app, ["extract", str(SEEDS), "--out", str(tmp_path / "p.jsonl"),
                                 "--no-cache", "--quiet"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert len(records) == 337
    keys = {"id", "title", "proposed", "methods_used", "datasets", "benchmarks", "metrics",
            "tasks", "repos", "results"}
    assert all(keys <= set(r) for r in records)
    # The records describe the same graph `build` wrote.
    same = (seeds_build[0] / "papers.jsonl").read_text()
    assert same == (tmp_path / "p.jsonl").read_text()


def test_cli_build_deterministic(seeds_build, tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "g.ttl"),
                                 "--html", str(tmp_path / "g.html"), "--no-cache", "--jobs", "1",
                                 "--quiet"])
    assert result.exit_code == 0, result.output
    out, _ = seeds_build
    assert (tmp_path / "g.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert (tmp_path / "g.html").read_bytes() == (out / "graph.html").read_bytes()


@pytest.mark.parametrize("args, fragment", [
    (["build", "no/such/dir"], "no/such/dir"),
    (["extract", "no/such/file.jsonl"], "no/such/file.jsonl"),
])
def test_cli_bad_path_is_one_line(args, fragment):
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert any(fragment in line for line in lines)


def test_cli_help_for_every_command():
    for command in ("build", "extract"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
