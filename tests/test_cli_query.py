"""The read-side commands end to end through Typer's CliRunner: query, stats, show, export,
validate. Errors are one line on stderr with a non-zero exit code, never a traceback."""

from __future__ import annotations

import json

import pytest
from query_graph import write_query_graph
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
COMMANDS = ["query", "stats", "show", "export", "validate", "serve"]


@pytest.fixture
def graph_path(small_graph, tmp_path):
    return write_query_graph(small_graph, tmp_path)


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_cli_query_named_table(graph_path):
    result = run("query", graph_path, "--name", "papers-using-method", "--param", "method=ViT")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["title", "role"]
    assert len(lines) == 2 + 3
    assert "3 row(s)" in result.stderr


def test_cli_query_json_is_sparql_results(graph_path):
    result = run("query", graph_path, "SELECT ?d WHERE { ?p kg:introduces ?d }", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["results"]["bindings"] == [
        {"d": {"type": "uri", "value": "https://w3id.org/kg-ml/id/benchmark/tinybench"}}]


def test_cli_query_rq_file_and_csv(graph_path, tmp_path):
    rq = tmp_path / "papers.rq"
    rq.write_text("SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }", encoding="utf-8")
    result = run("query", graph_path, rq, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "3"]


def test_cli_query_construct_as_turtle(graph_path):
    result = run("query", graph_path, "CONSTRUCT { ?p kg:proposes ?m } WHERE { ?p kg:proposes ?m }")
    assert result.exit_code == 0, result.output
    assert "kg:proposes" in result.stdout


def test_cli_query_list(graph_path):
    result = run("query", "--list")
    assert result.exit_code == 0
    assert "leaderboard:" in result.stdout and "--param dataset=..." in result.stdout


@pytest.mark.parametrize("args, code, message", [
    (["query", "{dir}/missing.ttl", "ASK {}"], 4, "does not exist"),
    (["query", "{bad}", "ASK {}"], 4, "as Turtle"),
    (["query", "{graph}", "SELECT * WHERE { ?s ?p }"], 6, "SPARQL syntax error"),
    (["query", "{graph}", "--name", "nope"], 6, "unknown named query"),
    (["query", "{graph}", "--name", "leaderboard"], 6, "needs --param dataset"),
    (["query", "{graph}", "--name", "leaderboard", "--param", "dataset"], 6, "not key=value"),
    (["show", "{graph}", "Vision Transfomer"], 6, "did you mean: Vision Transformers"),
    (["stats", "{dir}/missing.ttl"], 4, "does not exist"),
    (["export", "{graph}", "--format", "csv", "--out", "{graph}"], 3, "is a file"),
])
def test_cli_errors_are_one_line(graph_path, tmp_path, args, code, message):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a:b> <a:c> .", encoding="utf-8")
    places = {"{dir}": str(tmp_path), "{graph}": str(graph_path), "{bad}": str(bad)}
    for place, value in places.items():
        args = [a.replace(place, value) for a in args]
    result = run(*args)
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("kg: error: [E")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_stats(graph_path):
    result = run("stats", graph_path)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "papers             3" in out
    assert "benchmarks         1" in out
    assert "papers without any entity: 0 of 3" in out
    most = out.split("most connected entities")[1].splitlines()[3]
    assert most.split()[:4] == ["3", "Vision", "Transformers", "method"]


def test_cli_stats_json(graph_path):
    result = run("stats", graph_path, "--json")
    data = json.loads(result.stdout)
    assert data["counts"]["results"] == 4
    assert data["most_connected"][0]["id"] == "method/vision-transformer"


def test_cli_show_finds_by_alias(graph_path):
    result = run("show", graph_path, "vit")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Vision Transformers  (method)\n  id: method/vision-transformer\n")
    assert "aliases: ViT, ViTs" in out
    assert "papers (3):" in out
    assert '"ViT reaches 85.1% top-1 accuracy on Kinetics-400 and we also test on CIFAR-10"' in out


def test_cli_show_card_json(graph_path):
    result = run("show", graph_path, "TinyBench", "--json")
    [card] = json.loads(result.stdout)
    assert card["type"] == "benchmark" and card["aliases"] == ["Tiny-Bench"]
    assert [p["role"] for p in card["papers"]] == ["introduces"]
    assert card["repositories"] == [["https://github.com/example/tiny", "code repository",
                                     "TinyBench: A Small Video Benchmark"]]
    assert ["error rate", "12.5%", "TinyBench", "TinyBench: A Small Video Benchmark"] in \
        card["results"]


def test_cli_validate(graph_path, tmp_path):
    result = run("validate", graph_path)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout
    broken = tmp_path / "broken.ttl"
    broken.write_text(graph_path.read_text(encoding="utf-8")
                      + "<paper/x> a kg:Paper .\n", encoding="utf-8")
    result = run("validate", broken)
    assert result.exit_code == 1
    assert "does not conform" in result.stdout
    assert "a paper has exactly one non-empty title string" in result.stdout
    assert "paper/x" in result.stdout
    # The same problems in the same order every run: by count, then by kind.
    from rdflib import Graph

    from kg.inspect import validate_graph
    kinds = [(-v.count, v.severity, v.path, v.message)
             for v in validate_graph(Graph().parse(broken, format="turtle")).violations]
    assert len(kinds) > 1 and kinds == sorted(kinds)


def test_cli_export_writes_files(graph_path, tmp_path):
    out = tmp_path / "out"
    result = run("export", graph_path, "--format", "csv", "--out", out)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "entities.csv", "links.csv", "mentions.csv", "papers.csv", "results.csv"]
    result = run("export", graph_path, "--format", "nt", "--out", tmp_path / "g.nt")
    assert result.exit_code == 0 and (tmp_path / "g.nt").stat().st_size > 0
    assert "wrote" in result.stderr
