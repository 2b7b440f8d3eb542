"""Assembly: the networkx graph kg builds from a resolution is the one networkx's own API
would build (kg writes the adjacency dicts directly, for speed)."""

from __future__ import annotations

from kg.graph import assemble
from kg.model import Entity, Evidence, Kind, Link, Mention, Paper, Resolution, Role


def _link(paper: str, entity: str, role: Role, text: str, start: int, confidence: float) -> Link:
    mention = Mention(paper, Kind.METHOD, role, text,
                      Evidence("abstract", start, start + len(text), "s", "test", confidence))
    return Link(paper, role, entity, mention)


def test_assembled_edges_are_those_add_edge_gives_in_both_directions():
    papers = [Paper("p1", "One", "We use ViT and BERT."), Paper("p2", "Two", "ViT again.")]
    entities = (Entity("method/vit", Kind.METHOD, "ViT", ()),
                Entity("method/bert", Kind.METHOD, "BERT", ()))
    links = (_link("p1", "method/bert", Role.USES, "BERT", 15, 0.7),
             _link("p1", "method/vit", Role.PROPOSES, "ViT", 7, 0.6),
             _link("p1", "method/vit", Role.USES, "ViT", 7, 0.8),
             _link("p1", "method/vit", Role.USES, "ViT", 30, 0.9),
             _link("p2", "method/vit", Role.USES, "ViT", 0, 0.5),
             _link("p9", "method/vit", Role.USES, "ViT", 0, 0.5))  # a paper not given
    graph = assemble(papers, Resolution(entities, links, ()))

    # first-mention order, as one add_edge per link would give
    assert list(graph.out_edges("paper/p1", keys=True)) == [
        ("paper/p1", "method/bert", "uses"), ("paper/p1", "method/vit", "proposes"),
        ("paper/p1", "method/vit", "uses")]
    assert {(u, v, k) for u, v, k in graph.in_edges("method/vit", keys=True)} == {
        ("paper/p1", "method/vit", "proposes"), ("paper/p1", "method/vit", "uses"),
        ("paper/p2", "method/vit", "uses"), ("paper/p9", "method/vit", "uses")}
    assert graph._pred["method/vit"]["paper/p1"] is graph._succ["paper/p1"]["method/vit"]
    uses = graph.edges["paper/p1", "method/vit", "uses"]
    assert uses["confidence"] == 0.9 and [e["start"] for e in uses["evidence"]] == [7, 30]
    assert graph.degree("method/vit") == 4 and graph.nodes["paper/p9"] == {}
