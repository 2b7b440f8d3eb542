"""Write the graph as one self-contained HTML page: pyvis builds the network, vis-network draws it.

The page must open anywhere, offline, at once, and safely:

- offline: vis-network's JS and CSS are inlined from the installed pyvis (pyvis's own template
  still fetches Bootstrap from a CDN, so we render our own), and a Content-Security-Policy with
  ``default-src 'none'`` makes the browser refuse any request the page might still try;
- at once: positions come from :mod:`kg.export.layout` and physics is off (with physics on, a
  1,000-node page stayed blank for over a minute), and big graphs are cut to the ``max_nodes``
  most connected nodes, with a note on the page saying what was left out;
- for exploring: a search index of every node (name, kind, aliases, degree; capped at
  ``max_index`` entries) lets the search box find nodes that are not drawn, and each drawn node
  carries the details its side panel shows (evidence sentences with the mention's offsets,
  linked papers and entities, a paper's abstract). The index and details sit in their own JSON
  blocks, parsed only when first used, so they don't delay the first draw;
- safely: abstracts are untrusted, so graph text travels only as escaped JSON data in a
  ``<script type="application/json">`` blocks, tooltips and the side panel are built with
  ``textContent`` (links only for http(s) URLs), and the CSP allows only the page's own two
  scripts (by hash), so injected markup cannot run;
- reproducibly: sorted nodes and edges, a fixed layout seed, no timestamps - the same graph
  gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
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

DEFAULT_MAX_NODES = 2000
DEFAULT_MAX_INDEX = 50_000  # search entries: ~60 bytes each, so at most ~3 MB of index
LAYOUT_SEED = 1
SENTENCE_CHARS = 300  # evidence shown in an edge tooltip or the side panel, around the mention
PANEL_LINKS = 25  # linked nodes listed per predicate and direction in a node's side panel
PANEL_EVIDENCE = 2  # evidence sentences per listed link
ABSTRACT_CHARS = 5000  # a paper's abstract in its side panel
INDEX_LABEL_CHARS = 200  # a name in the search index (a paper's title can be long)
INDEX_ALIASES = 20  # aliases per search entry
# Side-panel sections: incoming (who cites this) before outgoing, in the order a reader asks.
PANEL_ORDER = ("proposes", "introduces", "uses", "evaluated_on", "measures", "addresses",
               "reports_result", "has_link", "result_metric", "result_dataset")
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
BIDI_SPACES = dict.fromkeys(BIDI_CONTROLS, " ")

VIS_OPTIONS = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},  # its clustering pass is slow and we give positions
    "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": True},
    "nodes": {"shape": "dot", "borderWidth": 1,
              # Labels appear as the user zooms in, so the overview is not a wall of text.
              "scaling": {"label": {"enabled": False, "drawThreshold": 6}},
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
               max_nodes: int = DEFAULT_MAX_NODES, max_index: int = DEFAULT_MAX_INDEX,
               title: str = "kg graph") -> HtmlSummary:
    """Write ``graph`` to ``path`` as an interactive page showing at most ``max_nodes`` nodes,
    with a search index of at most ``max_index`` nodes (always including the drawn ones)."""
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    if max_index < max_nodes:
        raise ValueError(f"max_index ({max_index}) must be at least max_nodes ({max_nodes})")
    degree = degrees(graph)
    shown = select_nodes(graph, max_nodes, degree)
    net, edges_shown = _network(graph, shown)
    details = {node: node_details(graph, node) for node in shown}
    index = search_index(graph, shown, details, max_index, degree)
    page = _render(net, title=title, legend=_legend(graph, shown),
                   notes=[note for note in (_omitted_note(graph, shown),
                                            _index_note(graph, index)) if note],
                   counts=f"{len(shown):,} nodes, {edges_shown:,} edges shown",
                   index=index, details=details)
    data = page.encode("utf-8")
    atomic.write_bytes(path, data)
    return HtmlSummary(len(shown), graph.number_of_nodes(), edges_shown, len(data))


def degrees(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Each node's degree (edges in + out, parallel edges counted), as ``graph.degree()`` gives
    it, read straight off networkx's adjacency dicts: ~5x faster at 250k nodes."""
    succ, pred = graph._succ, graph._pred
    return {node: sum(map(len, succ[node].values())) + sum(map(len, pred[node].values()))
            for node in graph}


def select_nodes(graph: nx.MultiDiGraph, max_nodes: int,
                 degree: dict[str, int] | None = None) -> list[str]:
    """The ``max_nodes`` most connected nodes (ties broken by id), sorted by id."""
    if graph.number_of_nodes() <= max_nodes:
        return sorted(graph)
    degree = degree if degree is not None else degrees(graph)
    return sorted(heapq.nsmallest(max_nodes, degree, key=lambda node: (-degree[node], node)))


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
                     kind=_legend_kind(attrs.get("kind")),
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


def _index_note(graph: nx.MultiDiGraph, index: dict) -> str:
    total = graph.number_of_nodes()
    if len(index["rows"]) == total:
        return ""
    return (f"search covers {len(index['rows']):,} of {total:,} nodes: the drawn ones and "
            "the most connected of the rest")


# --- what the side panel and the search box read ------------------------------------------


def node_details(graph: nx.MultiDiGraph, node: str) -> dict:
    """What the side panel shows for a drawn ``node``, beyond its index entry.

    ``groups`` lists the linked nodes per (direction, predicate), at most ``PANEL_LINKS`` each
    (best evidence first, ``more`` counts the rest); an incoming link from a paper carries up to
    ``PANEL_EVIDENCE`` evidence excerpts as ``[sentence, start, end]``, where start/end are the
    mention's UTF-16 offsets inside the excerpt (what JavaScript's ``slice`` takes), or -1.
    """
    attrs = graph.nodes[node]
    kind = attrs.get("kind")
    # (direction, predicate) -> [(-confidence, other node, edge data)]; one edge per pair and
    # predicate (the predicate is the edge key). A hub is linked from thousands of papers:
    # read off the adjacency dicts, ranked as tuples, evidence looked at for the top ones only.
    grouped: dict[tuple[str, str], list[tuple[float, str, dict | None]]] = {}
    for target, keyed in graph._succ[node].items():
        for key in keyed:
            grouped.setdefault(("out", key), []).append((0, target, None))
    for source, keyed in graph._pred[node].items():
        for key, data in keyed.items():
            grouped.setdefault(("in", key), []).append((-_best_confidence(data), source, data))
    groups = []
    for (direction, predicate), others in sorted(grouped.items(), key=_group_order):
        items = []
        for _, other, data in heapq.nsmallest(PANEL_LINKS, others, key=_rank):
            evidence = (data.get("evidence") or []) if data is not None else []
            excerpts = _excerpts(evidence, graph.nodes[other]) if evidence else []
            items.append([other, excerpts] if excerpts else [other])
        group = {"dir": direction, "predicate": str(predicate), "items": items}
        if len(others) > PANEL_LINKS:
            group["more"] = len(others) - PANEL_LINKS
        groups.append(group)

    details: dict = {"groups": groups}
    if kind == "paper":
        abstract = _display(attrs.get("abstract") or "")
        details.update(
            title=_display(attrs.get("title") or attrs.get("label") or node),
            abstract=abstract[:ABSTRACT_CHARS],
            abstract_clipped=len(abstract) > ABSTRACT_CHARS,
            truncated=bool(attrs.get("truncated")),
            sources=[_plain(s) for s in attrs.get("sources") or []],
            metadata=[[_plain(k), _clip(v, SENTENCE_CHARS)]
                      for k, v in sorted((attrs.get("metadata") or {}).items())
                      if isinstance(v, (str, int, float)) and not isinstance(v, bool)],
            marks=_paper_marks(graph, node, abstract[:ABSTRACT_CHARS]),
        )
    elif kind == "result":
        details.update({k: _plain(attrs.get(k) or "") for k in ("metric", "value", "dataset")})
    if attrs.get("url_kind"):
        details["url_kind"] = _plain(attrs["url_kind"])
    return details


def _best_confidence(edge: dict) -> float:
    """An edge's best evidence's confidence: what kg.graph stores as the edge's confidence."""
    if not edge.get("evidence"):
        return 0
    confidence = edge.get("confidence")
    if isinstance(confidence, int | float) and not isinstance(confidence, bool):
        return confidence
    return max((e.get("confidence") or 0 for e in edge.get("evidence") or ()), default=0)


def _rank(item: tuple[float, str, dict | None]) -> tuple[float, str]:
    return item[0], item[1]


def _group_order(item: tuple[tuple[str, str], object]) -> tuple:
    (direction, predicate), _ = item
    rank = PANEL_ORDER.index(predicate) if predicate in PANEL_ORDER else len(PANEL_ORDER)
    return direction != "in", rank, str(predicate)


def search_index(graph: nx.MultiDiGraph, shown: list[str], details: dict[str, dict],
                 max_index: int, degree: dict[str, int] | None = None) -> dict:
    """Rows ``[id, name, kind, degree, aliases?]`` for the search box, sorted by id.

    Every drawn node and every node a drawn node's panel links to is in it; above
    ``max_index`` the rest are the most connected (ties by id), like the drawn view.
    """
    degree = degree if degree is not None else degrees(graph)
    wanted = set(shown)
    for record in details.values():
        for group in record["groups"]:
            wanted.update(item[0] for item in group["items"])
    if graph.number_of_nodes() <= max_index:
        chosen = sorted(graph)
    else:
        rest = sorted((n for n in graph if n not in wanted), key=lambda n: (-degree[n], n))
        chosen = sorted([*wanted, *rest[:max(0, max_index - len(wanted))]])
    rows = []
    for node in chosen:
        attrs = graph.nodes[node]
        name = attrs.get("title") if attrs.get("kind") == "paper" else attrs.get("label")
        row = [node, _clip(name or node, INDEX_LABEL_CHARS), str(attrs.get("kind") or "other"),
               degree[node]]
        aliases = [_clip(a, INDEX_LABEL_CHARS) for a in (attrs.get("aliases") or [])]
        if aliases:
            row.append(aliases[:INDEX_ALIASES])
        rows.append(row)
    return {"rows": rows, "colours": {**KIND_COLOURS, "other": OTHER_COLOUR}}


def _excerpts(evidence: list[dict], source: dict) -> list[list]:
    """Up to PANEL_EVIDENCE distinct sentences, each clipped around its highlighted mention."""
    texts = {"title": source.get("title") or "", "abstract": source.get("abstract") or ""}
    seen, excerpts = set(), []
    for record in sorted(evidence, key=lambda e: (-(e.get("confidence") or 0),
                                                  e.get("field") or "", e.get("start") or 0)):
        excerpt = evidence_excerpt(record, texts.get(record.get("field"), ""))
        if excerpt[0] and excerpt[0] not in seen:
            seen.add(excerpt[0])
            excerpts.append(excerpt)
        if len(excerpts) == PANEL_EVIDENCE:
            break
    return excerpts


def evidence_excerpt(record: dict, field_text: str, limit: int = SENTENCE_CHARS) -> list:
    """``[text, start, end]``: the evidence sentence (clipped to ``limit`` characters around the
    mention) and the mention's UTF-16 offsets in it, or -1, -1 when it cannot be located.

    The record's offsets index the whole field (title or abstract), so the sentence is first
    found in ``field_text``; failing that, the mention's text is looked up in the sentence.
    """
    sentence = str(record.get("sentence") or "")
    start, end = record.get("start"), record.get("end")
    lo = hi = -1
    if isinstance(start, int) and isinstance(end, int) and sentence and 0 <= start < end:
        at = field_text.rfind(sentence, 0, start + len(sentence))
        if at != -1 and at <= start and end <= at + len(sentence):
            lo, hi = start - at, end - at
    if lo < 0 and record.get("text"):
        found = sentence.find(str(record["text"]))
        if found != -1:
            lo, hi = found, found + len(str(record["text"]))
    if len(sentence) > limit:
        if lo < 0:
            sentence = sentence[:limit - 1] + "\u2026"
        else:  # a window around the mention, with an ellipsis on each cut side
            left = max(0, min(lo - max(0, limit - (hi - lo)) // 2, len(sentence) - limit))
            cut = sentence[left:left + limit]
            lo, hi = lo - left, min(hi - left, len(cut))
            if left > 0:
                cut, lo, hi = "\u2026" + cut[1:], max(lo, 1), max(hi, 1)
            if left + limit < len(sentence):
                cut = cut[:-1] + "\u2026"
                hi = min(hi, len(cut) - 1)
            sentence = cut
    sentence = _display(sentence)
    if lo < 0 or hi <= lo:
        return [sentence, -1, -1]
    return [sentence, _utf16(sentence, lo), _utf16(sentence, hi)]


def _paper_marks(graph: nx.MultiDiGraph, paper: str, abstract: str) -> list[list]:
    """``[start, end, entity id]`` (UTF-16, non-overlapping, in order) for the mentions found
    in the paper's abstract, so its panel can highlight them."""
    spans = []
    for _, target, data in graph.out_edges(paper, data=True):
        for record in data.get("evidence") or []:
            start, end = record.get("start"), record.get("end")
            if (record.get("field") == "abstract" and isinstance(start, int)
                    and isinstance(end, int) and 0 <= start < end <= len(abstract)):
                spans.append((start, -end, target))
    marks, reached = [], 0
    for start, neg_end, target in sorted(spans):
        if start >= reached:  # the first, longest span wins where mentions overlap
            marks.append([_utf16(abstract, start), _utf16(abstract, -neg_end), target])
            reached = -neg_end
    return marks


def _utf16(text: str, offset: int) -> int:
    """A Python (code point) offset in ``text`` as a JavaScript (UTF-16 unit) offset."""
    if text.isascii():
        return offset
    # two bytes per unit; a lone surrogate (from a broken JSON escape) is one unit, as in JS
    return len(text[:offset].encode("utf-16-le", "surrogatepass")) // 2


def _display(text: object) -> str:
    """Text for the side panel, offsets preserved: each bidi override becomes a space."""
    return str(text).translate(BIDI_SPACES)


def _legend_kind(kind: object) -> str:
    return kind if kind in KIND_COLOURS else "other"


def _count(n: int, one: str, many: str = "") -> str:
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def _legend(graph: nx.MultiDiGraph, shown: list[str]) -> list[tuple[str, str, int, int]]:
    """(kind, colour, nodes shown, nodes in the graph) for each kind drawn, in KIND_COLOURS
    order; kinds kg doesn't know are counted together as "other"."""
    shown_counts = Counter(_legend_kind(graph.nodes[node].get("kind")) for node in shown)
    totals = Counter(_legend_kind(kind) for _, kind in graph.nodes(data="kind"))
    colours = {**KIND_COLOURS, "other": OTHER_COLOUR}
    return [(kind, colour, shown_counts[kind], totals[kind]) for kind, colour in colours.items()
            if shown_counts[kind]]


def _render(net: Network, *, title: str, legend: list, notes: list[str], counts: str,
            index: dict, details: dict) -> str:
    nodes, edges, *_ = net.get_network_data()
    data = _script_json({"nodes": nodes, "edges": edges, "options": VIS_OPTIONS})
    vis_js, vis_css = _vis_assets()
    view_js = _static("view.js")
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_static("view.html.j2")).render(
        title=title, notes=notes, counts=counts, legend=legend, data=data,
        index=_script_json(index), details=_script_json(details),
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
