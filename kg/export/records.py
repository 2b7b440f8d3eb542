"""Per-paper JSON records (the `kg extract` contract, ../shared/eval/README.md), read off the
assembled graph so that what is scored is exactly what the graph holds."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

import networkx as nx

from kg.export.keys import NodeKeys, record_key
from kg.export.reuse import LayoutStore, iter_units, write_units
from kg.graph import RESULT_PREDICATE

_ENTITY_LISTS = {"proposes": "proposed", "uses": "methods_used"}
_DATA_PREDICATES = {"introduces": True, "evaluated_on": False}


def _named(graph: nx.MultiDiGraph, target: str, evidence: list[dict]) -> dict:
    node = graph.nodes[target]
    surfaces = list(dict.fromkeys(e["text"] for e in evidence))
    aliases = list(dict.fromkeys(surfaces[1:] + [node["label"]] + list(node.get("aliases", ()))))
    name = surfaces[0] if surfaces else node["label"]
    return {"name": name, "aliases": [a for a in aliases if a != name], "id": target,
            "confidence": max(e["confidence"] for e in evidence) if evidence else None,
            "evidence": [{k: e[k] for k in ("field", "start", "end", "extractor")} for e in evidence]}


def paper_record(graph: nx.MultiDiGraph, paper_node: str) -> dict:
    attrs = graph.nodes[paper_node]
    record = {"id": paper_node.split("/", 1)[1], "title": attrs["title"], "proposed": [],
              "methods_used": [], "datasets": [], "benchmarks": [], "metrics": [], "tasks": [],
              "repos": [], "results": [], "truncated": attrs.get("truncated", False),
              "sources": attrs.get("sources", [])}
    tasks = []
    for _, target, key, data in sorted(graph.out_edges(paper_node, keys=True, data=True),
                                       key=lambda e: (e[2], min((x["field"] != "title", x["start"]) for x in e[3]["evidence"]))):
        evidence = data.get("evidence", [])
        kind = graph.nodes[target]["kind"]
        if key in _ENTITY_LISTS:
            record[_ENTITY_LISTS[key]].append(_named(graph, target, evidence))
        elif key in _DATA_PREDICATES:
            item = _named(graph, target, evidence)
            item["introduced"] = _DATA_PREDICATES[key]
            record["benchmarks" if kind == "benchmark" else "datasets"].append(item)
        elif key == "measures":
            record["metrics"].append(evidence[0]["text"] if evidence else graph.nodes[target]["label"])
        elif key == "addresses":
            tasks.append((-data["confidence"], evidence[0]["field"] != "title",
                          evidence[0]["text"] if evidence else graph.nodes[target]["label"]))
        elif key == "has_link" and graph.nodes[target].get("url_kind") != "other":
            record["repos"].append(graph.nodes[target]["label"])
        elif key == RESULT_PREDICATE:
            node = graph.nodes[target]
            record["results"].append({"metric": node["metric"], "value": node["value"],
                                      "dataset": node["dataset"], "id": target})
    record["tasks"] = [label for *_, label in sorted(tasks)]
    return record


def iter_records(graph: nx.MultiDiGraph, order: list[str]) -> Iterator[dict]:
    for paper_id in order:
        yield paper_record(graph, f"paper/{paper_id}")


def _record_line(graph: nx.MultiDiGraph, paper_node: str) -> tuple[bytes, int]:
    record = paper_record(graph, paper_node)
    return (json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8"), 1


def write_records(graph: nx.MultiDiGraph, order: list[str], path,
                  layouts: LayoutStore | None = None,
                  fingerprints: dict[str, str] | None = None,
                  node_keys: Mapping[str, str] | None = None) -> int:
    """One JSON line per paper, in ``order``; with ``layouts``, unchanged lines are copied from
    the previous file (kg.export.reuse). ``node_keys`` are the subject keys the Turtle export
    of the same graph computed (kg.export.keys), if any. Returns the number of records."""
    previous = layouts.load(path, "records") if layouts is not None else None
    nodes = [f"paper/{paper_id}" for paper_id in order]
    if layouts is not None:
        keys = NodeKeys(graph, fingerprints, node_keys)
        key_of = lambda node: record_key(graph, node, keys)  # noqa: E731
    else:
        key_of = lambda _: ""  # noqa: E731
    units = iter_units(nodes, key_of, lambda node: _record_line(graph, node), previous)
    return write_units(path, b"", units, previous, layouts, "records")
