"""RDF export: round-trips, SHACL, determinism, hostile text and IRI safety, on the fixture."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import vocab
from kg.errors import GraphError
from kg.export.rdf import (graph_to_rdf, mint_iri, numeric_value, validate, write_ntriples_stream,
                           write_rdf)
from kg.vocab import DCTERMS, ID, KG, PROV, RDF, SKOS

BAD_IRI_CHARS = re.compile(r'[\s<>"{}|^`\\]')
HOSTILE_IDS = ["paper/a b", 'paper/x"y', "paper/../etc", "..", ".", "a:b", "paper/é",
               "paper/{x}|^`", "paper/a%20b", "paper//x", "paper/x?y#z", "/abs", "Paper/2301.1"]


def _parse(path: Path, fmt: str = "turtle") -> Graph:
    return Graph().parse(path, format=fmt)


def _paper_graph(node_id: str = "paper/p", title: str = "T",
                 abstract: str = "A") -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node(node_id, kind="paper", label=title, title=title, abstract=abstract,
                   truncated=False, sources=["s.txt:1"], metadata={})
    graph.add_node("method/m", kind="method", label="M", aliases=[])
    graph.add_edge(node_id, "method/m", key="uses", confidence=0.5, evidence=[
        {"text": "M", "field": "abstract", "start": 0, "end": 1, "sentence": abstract,
         "extractor": "test", "confidence": 0.5}])
    return graph


@pytest.mark.parametrize("fmt,parse_as", [("turtle", "turtle"), ("nt", "nt"), ("xml", "xml")])
def test_export_rdf_write_parses_back_isomorphic(small_graph, tmp_path, fmt, parse_as):
    path = tmp_path / f"graph.{fmt}"
    write_rdf(small_graph, path, format=fmt)
    assert isomorphic(_parse(path, parse_as), graph_to_rdf(small_graph))


def test_export_rdf_no_blank_nodes(small_graph):
    rdf = graph_to_rdf(small_graph)
    assert not any(isinstance(t, BNode) for triple in rdf for t in triple)


def test_export_rdf_papers_entities_and_statements(small_graph):
    rdf = graph_to_rdf(small_graph)
    paper, vit = ID["paper/t-a1"], ID["method/vision-transformer"]
    assert {(paper, RDF.type, KG.Paper), (paper, RDF.type, vocab.SCHEMA.ScholarlyArticle),
            (paper, KG.uses, vit), (paper, KG.proposes, ID["method/uniformerv2"]),
            (vit, RDF.type, KG.Method), (vit, SKOS.altLabel, Literal("ViTs")),
            (paper, DCTERMS.issued, Literal("2023", datatype=vocab.XSD.gYear))} <= set(rdf)
    repo = ID["repository/github-com-opengvlab-uniformerv2"]
    assert (repo, RDF.type, KG.CodeRepository) in rdf
    assert (paper, KG.hasCode, repo) in rdf
    assert rdf.value(repo, vocab.SCHEMA.url).datatype == vocab.XSD.anyURI


def test_export_rdf_one_mention_per_evidence(small_graph):
    rdf = graph_to_rdf(small_graph)
    records = sum(len(d.get("evidence", [])) for *_, d in small_graph.edges(data=True))
    mentions = set(rdf.subjects(RDF.type, KG.Mention))
    assert len(mentions) == records
    vit_uses = [m for m in mentions if rdf.value(m, KG.refersTo) == ID["method/vision-transformer"]
                and rdf.value(m, PROV.wasDerivedFrom) == ID["paper/t-a1"]]
    (mention,) = vit_uses
    assert rdf.value(mention, KG.role) == KG.uses
    assert rdf.value(mention, KG.surfaceForm) == Literal("Vision Transformers")
    start = rdf.value(mention, KG.startOffset).toPython()
    end = rdf.value(mention, KG.endOffset).toPython()
    assert small_graph.nodes["paper/t-a1"]["abstract"][start:end] == "Vision Transformers"


def test_export_rdf_result_numeric_value_and_links(small_graph):
    rdf = graph_to_rdf(small_graph)
    result = ID["result/t-a1-1"]
    assert rdf.value(result, KG.value) == Literal("90%")
    assert rdf.value(result, KG.numericValue).toPython() == 90.0
    assert rdf.value(result, KG.resultMetric) == ID["metric/top-1-accuracy"]
    assert rdf.value(result, KG.resultDataset) == ID["dataset/kinetics-400"]


@pytest.mark.parametrize("written,expected", [("90%", 90.0), ("5.67x", 5.67), ("1,024", 1024.0),
                                              ("-0.5 BLEU", -0.5), ("\u22123.2", -3.2),
                                              ("no number", None), (".5", 0.5)])
def test_export_rdf_numeric_value(written, expected):
    assert numeric_value(written) == expected


def test_export_rdf_shacl_conforms_on_fixture(small_graph, tmp_path):
    conforms, report = validate(graph_to_rdf(small_graph))
    assert conforms, report
    write_rdf(small_graph, tmp_path / "graph.ttl")
    assert validate(tmp_path / "graph.ttl")[0]


def _drop_offsets(graph):
    graph.edges["paper/t-a1", "method/uniformerv2", "proposes"]["evidence"][0].pop("start")


def _swap_offsets(graph):
    record = graph.edges["paper/t-a1", "method/uniformerv2", "proposes"]["evidence"][0]
    record["start"], record["end"] = record["end"], record["start"]


def _bad_confidence(graph):
    graph.edges["paper/t-b2", "dataset/cifar-10", "evaluated_on"]["evidence"][0]["confidence"] = 1.5


def _no_title(graph):
    del graph.nodes["paper/t-b2"]["title"]


def _no_label(graph):
    del graph.nodes["method/uniformerv2"]["label"]


def _orphan_result(graph):
    graph.remove_edge("paper/t-a1", "result/t-a1-1", key="reports_result")


def _wrong_range(graph):
    graph.add_edge("paper/t-b2", "dataset/cifar-10", key="proposes", evidence=[], confidence=1.0)


@pytest.mark.parametrize("breaker,message", [
    (_drop_offsets, "integer start offset"), (_swap_offsets, "<= its end offset"),
    (_bad_confidence, "in [0, 1]"), (_no_title, "exactly one non-empty title"),
    (_no_label, "exactly one rdfs:label"), (_orphan_result, "reported by a paper"),
    (_wrong_range, "class kg:Method")])
def test_export_rdf_shacl_rejects_broken_graph(small_graph, breaker, message):
    breaker(small_graph)
    conforms, report = validate(graph_to_rdf(small_graph))
    assert not conforms
    assert message in report


def test_export_rdf_shacl_rejects_paper_not_scholarly_article(small_graph):
    rdf = graph_to_rdf(small_graph)
    rdf.remove((ID["paper/t-a1"], RDF.type, vocab.SCHEMA.ScholarlyArticle))
    assert not validate(rdf)[0]


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_export_rdf_writes_identical_bytes(small_graph, tmp_path, fmt):
    write_rdf(small_graph, tmp_path / "a", format=fmt)
    write_rdf(small_graph, tmp_path / "b", format=fmt)
    assert (tmp_path / "a").read_bytes() == (tmp_path / "b").read_bytes()


def test_export_rdf_identical_bytes_across_hash_seeds(small_graph, tmp_path):
    pickled = tmp_path / "graph.pickle"
    pickled.write_bytes(pickle.dumps(small_graph))
    script = ("import pickle, sys; from kg.export.rdf import write_rdf; "
              "write_rdf(pickle.load(open(sys.argv[1], 'rb')), sys.argv[2])")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.ttl"
        subprocess.run([sys.executable, "-c", script, str(pickled), str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_export_rdf_hostile_text_survives_round_trip(small_graph, small_papers, tmp_path):
    write_rdf(small_graph, tmp_path / "graph.ttl")
    rdf = _parse(tmp_path / "graph.ttl")
    for paper in small_papers:
        iri = ID[f"paper/{paper.id}"]
        assert str(rdf.value(iri, DCTERMS.title)) == paper.title
        assert str(rdf.value(iri, DCTERMS.abstract)) == paper.abstract
    sentences = {str(s) for s in rdf.objects(None, KG.sentence)}
    assert small_papers[1].abstract in sentences


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1))
def test_export_rdf_any_text_round_trips(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "graph.ttl"
    write_rdf(_paper_graph(title=text, abstract=text + '\n"""x"\\'), path)
    rdf = _parse(path)
    assert str(rdf.value(ID["paper/p"], DCTERMS.title)) == text
    assert isomorphic(rdf, graph_to_rdf(_paper_graph(title=text, abstract=text + '\n"""x"\\')))


def test_export_rdf_minted_iris_are_valid(small_graph, tmp_path):
    write_rdf(small_graph, tmp_path / "graph.ttl")
    iris = {t for triple in _parse(tmp_path / "graph.ttl") for t in triple if isinstance(t, URIRef)}
    assert iris
    for iri in iris:
        assert not BAD_IRI_CHARS.search(iri), iri


@pytest.mark.parametrize("node_id", HOSTILE_IDS)
def test_export_rdf_hostile_ids_are_escaped_and_round_trip(node_id, tmp_path):
    iri = mint_iri(node_id)
    assert iri.startswith(str(ID)) and not BAD_IRI_CHARS.search(iri)
    assert not re.search(r"(^|/)\.\.?(/|$)", iri[len(str(ID)):])
    graph = _paper_graph(node_id)
    write_rdf(graph, tmp_path / "graph.ttl")
    assert isomorphic(_parse(tmp_path / "graph.ttl"), graph_to_rdf(graph))
    assert (iri, RDF.type, KG.Paper) in _parse(tmp_path / "graph.ttl")


def test_export_rdf_hostile_ids_stay_distinct():
    ids = HOSTILE_IDS + ["paper/a-b", "paper/a%2520b", "paper%2Fa%20b"]
    assert len({mint_iri(i) for i in ids}) == len(ids)


@pytest.mark.parametrize("bad", ["", None, 42])
def test_export_rdf_rejects_non_string_ids(bad):
    with pytest.raises(GraphError):
        mint_iri(bad)


def test_export_rdf_rejects_unknown_kind_and_predicate():
    graph = _paper_graph()
    graph.add_node("thing/x", kind="thing", label="X")
    with pytest.raises(GraphError, match="unknown kind"):
        graph_to_rdf(graph)
    graph = _paper_graph()
    graph.add_edge("paper/p", "method/m", key="cites", evidence=[])
    with pytest.raises(GraphError, match="unknown predicate"):
        graph_to_rdf(graph)


def test_export_rdf_lone_surrogate_is_replaced(tmp_path):
    write_ntriples_stream(_paper_graph(title="bad \ud800 escape"), tmp_path / "g.nt")
    rdf = _parse(tmp_path / "g.nt", "nt")
    assert str(rdf.value(ID["paper/p"], DCTERMS.title)) == "bad \ufffd escape"


def test_export_rdf_write_is_atomic_on_error(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")
    graph = _paper_graph()
    graph.add_node("thing/x", kind="thing")
    with pytest.raises(GraphError):
        write_rdf(graph, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
