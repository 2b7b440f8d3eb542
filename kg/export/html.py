"""Write the graph as one self-contained HTML page: pyvis builds the network, vis-network draws it.

The page must open anywhere, offline, at once, and safely:

- offline: vis-network's JS and CSS are inlined from the installed pyvis (pyvis's own template
  still fetches Bootstrap from a CDN, so we render our own), and a Content-Security-Policy with
  ``default-src 'none'`` makes the browser refuse any request the page might still try;
- at once: positions come from :mod:`kg.export.layout` and physics is off (with physics on, a
  1,000-node page stayed blank for over a minute), and big graphs are cut to the ``max_nodes``
  most connected nodes, with a note on the page saying what was left out;
- safely: abstracts are untrusted, so graph text travels only as escaped JSON data in a
  ``<script type="application/json">`` block, tooltips are built with ``textContent``, and the
  CSP allows only the page's own two scripts (by hash), so injected markup cannot run;
- reproducibly: sorted nodes and edges, a fixed layout seed, no timestamps - the same graph
  gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections import Counter
from dataclasses import dataclass
from importlib import resources

import jinja2
import networkx as nx
from pyvis.network import Network

from kg.export import atomic
from kg.export.layout import spring_layout

DEFAULT_MAX_NODES = 1500
LAYOUT_SEED = 1
SENTENCE_CHARS = 300  # evidence shown in an edge tooltip
LABEL_CHARS = 40  # text drawn next to a node; the tooltip has the full name
MAX_NODE_SIZE = 48  # px radius: size grows with sqrt(degree) up to this, so hubs stay legible
VIS_ASSETS = "lib/vis-9.1.2"  # inside the installed pyvis (pinned in pyproject.toml)

# Fixed order and colours (colour-blind-safe Tableau 10), so the legend never depends on data.
KIND_COLOURS = {
    "paper": "#4e79a7",
    "method": "#f28e2b",
    "dataset": "#59a14f",
    "benchmark": "#8cd17d",
    "metric": "#e15759",
    "task": "#b07aa1",
    "repository": "#9c755f",
    "result": "#bab0ac",
}
OTHER_COLOUR = "#79706e"
BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])

VIS_OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},  # its clustering pass is slow and we give positions
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
    "nodes": {"shape": "dot", "borderWidth": 1,
              "font": {"size": 12, "face": "system-ui, sans-serif"}},
    "edges": {"smooth": False, "width": 0.8,
              "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
              "color": {"color": "#b8b8b8", "hover": "#555555", "highlight": "#222222"},
              "font": {"size": 9, "color": "#666666", "strokeWidth": 2, "align": "middle"}},
}


@dataclass(frozen=True, slots=True)
class HtmlSummary:
    nodes_shown: int
    nodes_total: int
    edges_shown: int
    bytes: int


def write_html(graph: nx.MultiDiGraph, path: str | os.PathLike, *,
               max_nodes: int = DEFAULT_MAX_NODES, title: str = "kg graph") -> HtmlSummary:
    """Write ``graph`` to ``path`` as an interactive page showing at most ``max_nodes`` nodes."""
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    shown = select_nodes(graph, max_nodes)
    net, edges_shown = _network(graph, shown)
    page = _render(net, title=title, legend=_legend(graph, shown),
                   note=_omitted_note(graph, shown),
                   counts=f"{len(shown):,} nodes, {edges_shown:,} edges shown")
    data = page.encode("utf-8")
    atomic.write_bytes(path, data)
    return HtmlSummary(len(shown), graph.number_of_nodes(), edges_shown, len(data))


def select_nodes(graph: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """The ``max_nodes`` most connected nodes (ties broken by id), sorted by id."""
    if graph.number_of_nodes() <= max_nodes:
        return sorted(graph)
    degree = graph.degree()
    ranked = sorted(graph, key=lambda node: (-degree[node], node))
    return sorted(ranked[:max_nodes])


def _network(graph: nx.MultiDiGraph, shown: list[str]) -> tuple[Network, int]:
    index = {node: i for i, node in enumerate(shown)}
    # One drawn edge per node pair: parallel predicates share it, so labels don't overprint.
    pairs: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    for u, v, key, data in graph.subgraph(shown).edges(keys=True, data=True):
        pairs.setdefault((u, v), []).append((key, data))
    pairs = dict(sorted(pairs.items()))
    for predicates in pairs.values():
        predicates.sort(key=lambda item: item[0])

    positions = spring_layout(len(shown), [(index[u], index[v]) for u, v in pairs],
                              seed=LAYOUT_SEED)
    spread = 40.0 * math.sqrt(len(shown)) + 150.0  # px; keeps labels apart at zoom 1
    degree = graph.degree()

    # pyvis stores ids in lists: add_node/add_edge are O(n), fine for a bounded view.
    net = Network(directed=True)
    for node, (x, y) in zip(shown, positions.tolist()):
        attrs = graph.nodes[node]
        net.add_node(node, label=_clip(attrs.get("label") or node, LABEL_CHARS),
                     color=KIND_COLOURS.get(attrs.get("kind"), OTHER_COLOUR),
                     title=_node_tooltip(node, attrs),
                     size=min(round(6 + 3 * math.sqrt(degree[node]), 1), MAX_NODE_SIZE),
                     x=round(x * spread), y=round(y * spread))
    for (u, v), predicates in pairs.items():
        net.add_edge(u, v, label=", ".join(key for key, _ in predicates),
                     title="\n\n".join(_edge_tooltip(key, data) for key, data in predicates))
    return net, sum(len(predicates) for predicates in pairs.values())


def _node_tooltip(node: str, attrs: dict) -> str:
    kind = attrs.get("kind", "node")
    name = attrs.get("title") if kind == "paper" else attrs.get("label")
    lines = [_plain(name or node)]
    if kind == "repository" and attrs.get("url_kind"):
        lines.append(f"{kind} ({attrs['url_kind']})")
    else:
        lines.append(kind)
    if attrs.get("aliases"):
        lines.append("also: " + ", ".join(map(_plain, attrs["aliases"])))
    return "\n".join(lines)


def _edge_tooltip(predicate: str, data: dict) -> str:
    evidence = data.get("evidence") or []
    if not evidence:
        return predicate
    return f"{predicate}: {_clip(evidence[0].get('sentence', ''), SENTENCE_CHARS)}"


def _omitted_note(graph: nx.MultiDiGraph, shown: list[str]) -> str:
    total = graph.number_of_nodes()
    if len(shown) == total:
        return ""
    omitted = {"paper": 0, "entity": 0, "result": 0}
    kept = set(shown)
    for node, kind in graph.nodes(data="kind"):
        if node not in kept:
            omitted[kind if kind in ("paper", "result") else "entity"] += 1
    parts = [_count(omitted["paper"], "paper"), _count(omitted["entity"], "entity", "entities")]
    if omitted["result"]:
        parts.append(_count(omitted["result"], "result"))
    return (f"showing {len(shown):,} of {total:,} nodes: the most connected; "
            f"{', '.join(parts)} omitted")


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _legend(graph: nx.MultiDiGraph, shown: list[str]) -> list[tuple[str, str, int]]:
    """(kind, colour, nodes shown) for each kind on the page, in KIND_COLOURS order."""
    counts = Counter(graph.nodes[node].get("kind") for node in shown)
    legend = [(kind, colour, counts.pop(kind)) for kind, colour in KIND_COLOURS.items()
              if kind in counts]
    if counts:
        legend.append(("other", OTHER_COLOUR, sum(counts.values())))
    return legend


def _render(net: Network, *, title: str, legend: list, note: str, counts: str) -> str:
    nodes, edges, *_ = net.get_network_data()
    data = _script_json({"nodes": nodes, "edges": edges, "options": VIS_OPTIONS})
    vis_js, vis_css = _vis_assets()
    view_js = _static("view.js")
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_static("view.html.j2")).render(
        title=title, note=note, counts=counts, legend=legend, data=data,
        vis_js=vis_js, vis_css=vis_css, view_js=view_js,
        script_hashes=" ".join(_csp_hash(script) for script in (vis_js, view_js)),
    )


def _script_json(value: object) -> str:
    """JSON that can sit inside a <script> block: no '</script>', '<!--' or JS line breaks."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _plain(text: object) -> str:
    """One line of display text: whitespace collapsed, bidi overrides dropped (they can make a
    label read as something else, e.g. a reversed URL)."""
    return " ".join(str(text).translate(BIDI_CONTROLS).split())


def _clip(text: object, limit: int) -> str:
    text = _plain(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _static(name: str) -> str:
    return (resources.files("kg.export") / "static" / name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    folder = resources.files("pyvis") / VIS_ASSETS
    try:
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RuntimeError(f"pyvis has no {VIS_ASSETS}: kg needs the pyvis version pinned in "
                           "pyproject.toml (0.3.2)") from None
    # The source map exists only for DevTools, and would point at a file we don't ship.
    js = js.split("\n//# sourceMappingURL=")[0]
    if "</script" in js.lower() or "</style" in css.lower():
        raise RuntimeError(f"pyvis's {VIS_ASSETS} cannot be inlined: it contains a closing tag")
    return js, css
