"""kg.export.tables: RDF re-exports are isomorphic to the Turtle; GraphML/GEXF read back with
networkx and hold only scalar attributes; CSV tables have the expected rows."""

from __future__ import annotations

import csv

import networkx as nx
import pytest
from query_graph import REPO_C, write_query_graph
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import OutputError
from kg.export.tables import export_graph, to_networkx
from kg.load import load_graph, oxigraph_available

BACKENDS = ["memory", pytest.param("oxigraph", marks=pytest.mark.skipif(
    not oxigraph_available(), reason="oxrdflib is not installed"))]


@pytest.fixture
def graph_path(small_graph, tmp_path):
    return write_query_graph(small_graph, tmp_path)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fmt, name, rdflib_format", [
    ("jsonld", "g.jsonld", "json-ld"), ("nt", "g.nt", "nt"), ("ttl", "g.ttl", "turtle")])
def test_export_tables_rdf_is_isomorphic(graph_path, tmp_path, backend, fmt, name,
                                         rdflib_format):
    out = tmp_path / "out" / name
    export_graph(load_graph(graph_path, backend=backend), fmt, out)
    original = Graph().parse(graph_path, format="turtle")
    exported = Graph().parse(out, format=rdflib_format)
    assert len(exported) == len(original)
    assert isomorphic(exported, original)
    assert isomorphic(load_graph(out), original)  # and kg reads its own exports back


def test_export_tables_ntriples_is_sorted(graph_path, tmp_path):
    out = tmp_path / "g.nt"
    export_graph(load_graph(graph_path), "nt", out)
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]
    assert lines == sorted(lines)


@pytest.mark.parametrize("backend", BACKENDS)
def test_export_tables_ntriples_keep_line_separators_inside_literals(tmp_path, backend):
    # Turtle and N-Triples allow U+2028, U+2029 and NEL raw in a literal (a listing's metadata
    # can hold them); sorting must not cut the line there.
    ttl = tmp_path / "g.ttl"
    ttl.write_text('<https://example.org/a> <https://example.org/p> "one\u2028two\u2029three'
                   '\u0085four" .\n', encoding="utf-8")
    out = tmp_path / "g.nt"
    export_graph(load_graph(ttl, backend=backend), "nt", out)
    assert isomorphic(Graph().parse(out, format="nt"), Graph().parse(ttl, format="turtle"))


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_tables_property_graph_reads_back(graph_path, tmp_path, fmt, read):
    out = tmp_path / f"g.{fmt}"
    export_graph(load_graph(graph_path), fmt, out)
    back = read(out)
    assert back.number_of_nodes() == 3 + 10 + 4  # papers, entities, results
    labels = {data["label"] for _, data in back.nodes(data=True)}
    assert {"Vision Transformers", "TinyBench", REPO_C} <= labels


def test_export_tables_property_graph_attributes_are_scalars(graph_path):
    graph = to_networkx(load_graph(graph_path))
    scalars = (str, int, float, bool)
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, scalars) for v in data.values()), data
    for _, _, data in graph.edges(data=True):
        assert all(isinstance(v, scalars) for v in data.values()), data
    edge = graph.get_edge_data("paper/t-c3", "benchmark/tinybench")["introduces"]
    assert edge["mentions"] == 1 and edge["sentence"].startswith("We introduce TinyBench")
    assert graph.nodes["method/vision-transformer"]["aliases"] == "ViT | ViTs"


def _read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_tables_csv(graph_path, tmp_path):
    out = tmp_path / "tables"
    export_graph(load_graph(graph_path), "csv", out)
    papers = _read(out / "papers.csv")
    assert [p["paper_id"] for p in papers] == ["paper/t-a1", "paper/t-b2", "paper/t-c3"]
    assert papers[2]["year"] == "2024" and papers[2]["code_repositories"] == REPO_C
    entities = {e["entity_id"]: e for e in _read(out / "entities.csv")}
    assert entities["method/vision-transformer"]["papers"] == "3"
    assert entities["benchmark/tinybench"]["type"] == "benchmark"
    links = _read(out / "links.csv")
    assert [(row["paper_id"], row["mentions"]) for row in links
            if row["relation"] == "introduces"] == [("paper/t-c3", "1")]
    assert len(links) == 7 + 8 + 1
    mentions = _read(out / "mentions.csv")
    assert len(mentions) == (7 + 1) + (8 + 3) + 1  # conftest, paper C, A's task
    results = {r["result_id"]: r for r in _read(out / "results.csv")}
    assert results["result/t-c3-2"]["dataset_id"] == "benchmark/tinybench"
    assert results["result/t-c3-3"]["dataset_id"] == ""
    assert results["result/t-a1-1"]["numeric_value"] == "90.0"


def test_export_tables_refuses_bad_targets(graph_path, tmp_path):
    graph = load_graph(graph_path)
    with pytest.raises(OutputError, match="is a file"):
        export_graph(graph, "csv", graph_path)
    with pytest.raises(OutputError, match="is a directory"):
        export_graph(graph, "nt", tmp_path)
    with pytest.raises(OutputError, match="unknown export format"):
        export_graph(graph, "xlsx", tmp_path / "x.xlsx")
