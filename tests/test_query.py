"""kg.query: SPARQL, the named queries in ontology/queries/ (expected rows on a small graph,
on both stores), safe parameter binding, result formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from query_graph import write_query_graph
from rdflib import Literal, Variable

from kg.errors import GraphError, QueryError
from kg.load import load_graph, oxigraph_available
from kg.query import (check_read_only, format_result, named_queries, parse_params,
                      read_query_argument, run_named, run_query, short)

BACKENDS = ["memory", pytest.param("oxigraph", marks=pytest.mark.skipif(
    not oxigraph_available(), reason="oxrdflib is not installed"))]


@pytest.fixture
def graph_path(small_graph, tmp_path):
    return write_query_graph(small_graph, tmp_path)


@pytest.fixture(params=BACKENDS)
def graph(request, graph_path):
    return load_graph(graph_path, backend=request.param)


def rows(result, *names):
    return [tuple(short(row.get(Variable(n))) for n in names) for row in result.bindings]


def test_query_named_queries_are_documented():
    queries = named_queries()
    assert set(queries) == {"leaderboard", "papers-using-method", "datasets-for-task",
                            "code-for-method", "introduced-datasets", "datasets-used-together"}
    for query in queries.values():
        assert query.description.endswith("."), query.name
        assert all(p.description for p in query.params), query.name


def test_query_leaderboard_best_first_by_metric(graph):
    result = run_named(graph, "leaderboard", {"dataset": "KINETICS-400"})
    assert rows(result, "metric", "value", "methods", "paper") == [
        ("top-1 accuracy", "90%", "UniFormerV2", "paper/t-a1"),
        ("top-1 accuracy", "85.1%", "", "paper/t-c3"),
    ]


def test_query_leaderboard_lower_is_better_and_written_names(graph):
    # "tiny-bench" is an alias of the entity and also the dataset name one result was written
    # with; error rates sort ascending.
    result = run_named(graph, "leaderboard", {"dataset": "tiny-bench"})
    assert rows(result, "metric", "value", "result") == [
        ("error rate", "12.5%", "result/t-c3-2"),
        ("error rate", "30%", "result/t-c3-3"),
    ]


def test_query_papers_using_method_by_alias(graph):
    result = run_named(graph, "papers-using-method", {"method": "vit"})
    assert rows(result, "role", "paper") == [
        ("uses", "paper/t-b2"), ("uses", "paper/t-c3"), ("uses", "paper/t-a1")]
    evidence = {short(r[Variable("paper")]): str(r[Variable("evidence")])
                for r in result.bindings}
    assert evidence["paper/t-c3"].startswith("ViT reaches 85.1%")
    proposed = run_named(graph, "papers-using-method", {"method": "UniFormerV2"})
    assert rows(proposed, "role", "paper") == [("proposes", "paper/t-a1")]


def test_query_datasets_for_task(graph):
    result = run_named(graph, "datasets-for-task", {"task": "Video Recognition"})
    assert rows(result, "dataset", "papers") == [
        ("Kinetics-400", "2"), ("CIFAR-10", "1"), ("TinyBench", "1")]


def test_query_code_for_method(graph):
    result = run_named(graph, "code-for-method", {"method": "Vision Transformers"})
    assert rows(result, "repository", "role", "paper") == [
        ("https://github.com/OpenGVLab/UniFormerV2", "uses", "paper/t-a1"),
        ("https://github.com/example/tiny", "uses", "paper/t-c3"),
    ]


def test_query_introduced_datasets(graph):
    result = run_named(graph, "introduced-datasets")
    assert rows(result, "dataset", "type", "paper") == [("TinyBench", "benchmark", "paper/t-c3")]
    assert str(result.bindings[0][Variable("evidence")]) == \
        "We introduce TinyBench, a benchmark for video recognition"


def test_query_datasets_used_together(graph):
    everything = run_named(graph, "datasets-used-together")
    assert rows(everything, "first", "second", "papers") == [
        ("CIFAR-10", "Kinetics-400", "1"), ("TinyBench", "CIFAR-10", "1"),
        ("TinyBench", "Kinetics-400", "1")]
    with_cifar = run_named(graph, "datasets-used-together", {"dataset": "cifar10"})
    assert rows(with_cifar, "first", "second") == [
        ("CIFAR-10", "Kinetics-400"), ("CIFAR-10", "TinyBench")]


@pytest.mark.parametrize("hostile", ['vit" } ; DROP ALL ; #', "vit' . ?s ?p ?o", "}\n}"])
def test_query_params_cannot_inject(graph, hostile):
    assert run_named(graph, "papers-using-method", {"method": hostile}).bindings == []


@pytest.mark.parametrize("name, params, message", [
    ("nope", {}, "unknown named query 'nope'"),
    ("leaderboard", {}, "needs --param dataset=VALUE"),
    ("leaderboard", {"dataset": "x", "limit": "3"}, "has no parameter 'limit'"),
])
def test_query_named_errors(graph, name, params, message):
    with pytest.raises(QueryError, match=message):
        run_named(graph, name, params)


def test_query_select_ask_construct(graph):
    select = run_query(graph, "SELECT ?d WHERE { ?p kg:introduces ?d }")
    assert rows(select, "d") == [("benchmark/tinybench",)]
    assert run_query(graph, "ASK { ?p kg:proposes ?m }").askAnswer is True
    built = run_query(graph, "CONSTRUCT { ?p kg:uses ?m } WHERE { ?p kg:uses ?m }")
    assert len(built.graph) == 3


def test_query_bindings_are_terms(graph):
    result = run_query(graph, "SELECT ?m WHERE { ?m rdfs:label ?label }",
                       {"label": Literal("UniFormerV2")})
    assert rows(result, "m") == [("method/uniformerv2",)]


@pytest.mark.parametrize("text, kind", [("SELECT * WHERE { ?s ?p }", "syntax error"),
                                        ("DELETE WHERE { ?s ?p ?o }", "syntax error")])
def test_query_errors_are_one_line(graph, text, kind):
    with pytest.raises(QueryError, match=kind) as info:
        run_query(graph, text)
    assert "\n" not in str(info.value)


def test_query_formats(graph):
    result = run_query(graph, "SELECT ?d ?n WHERE { ?d rdfs:label ?n ; a kg:Benchmark }")
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == ["d", "n"]
    assert data["results"]["bindings"][0]["n"]["value"] == "TinyBench"
    table = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert table == [["d", "n"], ["https://w3id.org/kg-ml/id/benchmark/tinybench", "TinyBench"]]
    assert "<sparql" in format_result(result, "xml")
    assert format_result(result, "table").splitlines()[2].split() == [
        "benchmark/tinybench", "TinyBench"]
    with pytest.raises(QueryError, match="is a table"):
        format_result(result, "ttl")


def test_query_check_read_only():
    assert check_read_only("SELECT * WHERE { ?s ?p ?o }") == "SELECT"
    assert check_read_only("ASK { ?s ?p ?o }") == "ASK"
    for text, message in [("INSERT DATA { <a:b> <a:c> 1 }", "updates are not accepted"),
                          ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"),
                          ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "SERVICE")]:
        with pytest.raises(QueryError, match=message):
            check_read_only(text)


def test_query_parse_params():
    assert parse_params(["dataset=ImageNet", "x=a=b"]) == {"dataset": "ImageNet", "x": "a=b"}
    with pytest.raises(QueryError, match="not key=value"):
        parse_params(["dataset"])


def test_query_reads_rq_files(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK { ?s ?p ?o }", encoding="utf-8")
    assert read_query_argument(str(path)) == "ASK { ?s ?p ?o }"
    assert read_query_argument("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"
    with pytest.raises(QueryError, match="cannot read query file"):
        read_query_argument(str(tmp_path / "missing.rq"))


@pytest.mark.parametrize("content, name, message", [
    (None, "missing.ttl", "does not exist"),
    ("<a:b> <a:c> .", "bad.ttl", "cannot read .* as Turtle"),
    ("{}", "graph.txt", "cannot tell the RDF format"),
])
def test_load_errors(tmp_path, content, name, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphError, match=message):
        load_graph(path)


@pytest.mark.parametrize("backend", BACKENDS)
def test_load_gzipped_turtle(graph_path, tmp_path, backend):
    import gzip

    packed = tmp_path / "graph.ttl.gz"
    packed.write_bytes(gzip.compress(graph_path.read_bytes()))
    assert len(load_graph(packed, backend=backend)) == len(load_graph(graph_path))


def test_load_store_persists_and_refreshes(tmp_path, small_graph):
    from kg.export.rdf import write_rdf
    from kg.load import load_graph

    ttl = tmp_path / "g.ttl"
    triples = write_rdf(small_graph, ttl)
    store = tmp_path / "store"
    first = load_graph(ttl, store=store)
    assert len(first) == triples
    first.close()
    again = load_graph(ttl, store=store)  # opened, not re-parsed: same triples
    assert len(again) == triples
    again.close()
    ttl.write_text(ttl.read_text() + '\n<urn:x> <urn:y> "z" .\n')
    refreshed = load_graph(ttl, store=store)
    assert len(refreshed) == triples + 1
    refreshed.close()


def test_load_store_refuses_a_foreign_folder(tmp_path, small_graph):
    from kg.errors import GraphError
    from kg.export.rdf import write_rdf
    from kg.load import load_graph

    ttl = tmp_path / "g.ttl"
    write_rdf(small_graph, ttl)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(GraphError, match="not a kg store"):
        load_graph(ttl, store=tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").exists()
