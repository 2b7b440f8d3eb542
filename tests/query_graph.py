"""A small graph for the read-side commands: conftest's ``small_graph`` plus a third paper.

Paper C introduces a benchmark, addresses a task that paper A addresses too, evaluates on two
datasets, uses ViT, links its code and reports three results, so every named query has rows.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.rdf import write_rdf

TITLE_C = "TinyBench: A Small Video Benchmark"
ABSTRACT_C = ("We introduce TinyBench, a benchmark for video recognition. "
              "ViT reaches 85.1% top-1 accuracy on Kinetics-400 and we also test on CIFAR-10. "
              "The error rate on TinyBench is 12.5%. Code: https://github.com/example/tiny")
REPO_C = "https://github.com/example/tiny"


def _evidence(text: str, surface: str, field: str = "abstract") -> dict:
    start = text.index(surface)
    sentence = next(s for s in text.split(". ") if surface in s)
    return {"text": surface, "field": field, "start": start, "end": start + len(surface),
            "sentence": sentence, "extractor": "test", "confidence": 0.9}


def _link(graph: nx.MultiDiGraph, paper: str, key: str, target: str, record: dict) -> None:
    graph.add_edge(paper, target, key=key, evidence=[record], confidence=record["confidence"])


def extend(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    graph = graph.copy()
    c = "paper/t-c3"
    graph.add_node(c, kind="paper", label=TITLE_C, title=TITLE_C, abstract=ABSTRACT_C,
                   truncated=False, sources=["seeds/c.txt:5"], metadata={"year": 2024})
    graph.add_node("benchmark/tinybench", kind="benchmark", label="TinyBench",
                   aliases=["Tiny-Bench"])
    graph.add_node("task/video-recognition", kind="task", label="video recognition",
                   aliases=[])
    graph.add_node("metric/error-rate", kind="metric", label="error rate", aliases=[])
    graph.add_node("repository/github-com-example-tiny", kind="repository", label=REPO_C,
                   aliases=[], url_kind="code")
    for key, target, surface in [
        ("introduces", "benchmark/tinybench", "TinyBench"),
        ("addresses", "task/video-recognition", "video recognition"),
        ("uses", "method/vision-transformer", "ViT"),
        ("evaluated_on", "dataset/kinetics-400", "Kinetics-400"),
        ("evaluated_on", "dataset/cifar-10", "CIFAR-10"),
        ("measures", "metric/top-1-accuracy", "top-1 accuracy"),
        ("measures", "metric/error-rate", "error rate"),
        ("has_link", "repository/github-com-example-tiny", REPO_C),
    ]:
        _link(graph, c, key, target, _evidence(ABSTRACT_C, surface))
    title_a = graph.nodes["paper/t-a1"]["title"]
    _link(graph, "paper/t-a1", "addresses", "task/video-recognition",
          _evidence(title_a, "Spatiotemporal Learning", field="title"))
    for rid, metric, value, dataset, metric_id, dataset_id in [
        ("result/t-c3-1", "top-1 accuracy", "85.1%", "Kinetics-400", "metric/top-1-accuracy",
         "dataset/kinetics-400"),
        ("result/t-c3-2", "error rate", "12.5%", "TinyBench", "metric/error-rate",
         "benchmark/tinybench"),
        ("result/t-c3-3", "error rate", "30%", "tiny-bench", None, None),
    ]:
        graph.add_node(rid, kind="result", label=f"{metric} {value} on {dataset}",
                       metric=metric, value=value, dataset=dataset)
        surface = value if value in ABSTRACT_C else "12.5%"
        _link(graph, c, "reports_result", rid, _evidence(ABSTRACT_C, surface))
        if metric_id:
            graph.add_edge(rid, metric_id, key="result_metric")
        if dataset_id:
            graph.add_edge(rid, dataset_id, key="result_dataset")
    return graph


def write_query_graph(small_graph: nx.MultiDiGraph, directory: Path) -> Path:
    path = directory / "graph.ttl"
    write_rdf(extend(small_graph), path)
    return path
