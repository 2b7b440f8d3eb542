"""What each reusable unit of an output is rendered from, as a key (see kg.export.reuse).

A node's key covers its Turtle block: its data and its out-edges, with a paper's data and its
edges' evidence stood for by its fingerprint (kg.api: the cached extraction's checksum and the
paper's record), which is much cheaper than hashing them. A paper's line in papers.jsonl is
read from the paper's block and the nodes its edges point to, so its key is made of theirs:
keys computed for the Turtle are not computed again for the records.
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from kg.export.reuse import unit_key


def subject_key(graph: nx.MultiDiGraph, node_id: str,
                fingerprints: Mapping[str, str] | None = None) -> str:
    """A digest of everything the node's Turtle block is rendered from. A paper's
    ``fingerprints`` entry, when given, stands for its data and its edges' evidence."""
    data = graph.nodes[node_id]
    out = graph._succ[node_id]  # {target: {key: edge data}}: 5x faster than out_edges views
    if data.get("kind") == "paper":  # its block holds its mentions and hasCode (target's kind)
        fingerprint = fingerprints.get(node_id) if fingerprints else None
        edges = [(key, target, edge if fingerprint is None else None,
                  graph.nodes[target].get("url_kind") if key == "has_link" else None)
                 for target, keyed in out.items() for key, edge in keyed.items()]
        return unit_key((node_id, data if fingerprint is None else fingerprint, edges))
    edges = [(key, target) for target, keyed in out.items() for key in keyed]
    return unit_key((node_id, data, edges))


class NodeKeys(dict):
    """node id -> subject key: those given (the Turtle export's), the rest computed on demand."""

    def __init__(self, graph: nx.MultiDiGraph, fingerprints: Mapping[str, str] | None,
                 known: Mapping[str, str] | None = None):
        super().__init__(known or {})
        self._graph = graph
        self._fingerprints = fingerprints

    def __missing__(self, node_id: str) -> str:
        key = self[node_id] = subject_key(self._graph, node_id, self._fingerprints)
        return key


def record_key(graph: nx.MultiDiGraph, paper_node: str, node_keys: NodeKeys) -> str:
    """A digest of everything the paper's record is read from: its own block (data and edges)
    and the nodes its edges point to (their names and aliases appear in the record)."""
    return unit_key((node_keys[paper_node],
                     [node_keys[target] for target in graph._succ[paper_node]]))
