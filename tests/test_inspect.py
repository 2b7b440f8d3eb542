"""kg.inspect on the small graph: name lookup by any alias, close-match suggestions."""

from __future__ import annotations

import pytest
from query_graph import write_query_graph

from kg.errors import NotFoundError
from kg.inspect import entity_card, find_entities, graph_stats
from kg.load import load_graph
from kg.query import short


@pytest.fixture
def graph(small_graph, tmp_path):
    return load_graph(write_query_graph(small_graph, tmp_path))


@pytest.mark.parametrize("name", ["ViT", "vits", "  Vision   Transformers ", "VISION TRANSFORMERS"])
def test_inspect_find_by_any_alias(graph, name):
    assert [short(e) for e in find_entities(graph, name)] == ["method/vision-transformer"]


def test_inspect_suggests_close_names(graph):
    with pytest.raises(NotFoundError, match=r"did you mean: TinyBench \(benchmark\)"):
        find_entities(graph, "TinyBnch")
    with pytest.raises(NotFoundError, match="try `kg stats`"):
        find_entities(graph, "zzzzzz")


def test_inspect_card_evidence_per_paper(graph):
    [entity] = find_entities(graph, "Kinetics-400")
    card = entity_card(graph, entity)
    assert [(p.id, p.role) for p in card.papers] == [
        ("paper/t-c3", "evaluated on"), ("paper/t-a1", "evaluated on")]
    assert {r[1] for r in card.results} == {"90%", "85.1%"}


def test_inspect_stats_papers_without_entities(small_graph, tmp_path):
    small_graph.add_node("paper/t-lonely", kind="paper", label="Lonely", title="Lonely",
                         abstract="Nothing here.", truncated=False, sources=[], metadata={})
    stats = graph_stats(load_graph(write_query_graph(small_graph, tmp_path)))
    assert stats.papers_without_entities == [("paper/t-lonely", "Lonely")]
    assert stats.counts["papers"] == 4
