"""The HTML view: offline, bounded, deterministic, and inert to hostile text in abstracts."""

from __future__ import annotations

import json
import random
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from browser import drawn_pixels, open_page, unavailable
from kg.export.html import (HtmlSummary, evidence_excerpt, node_details, search_index,
                            select_nodes, write_html)

HOSTILE_RAW = ['<script>alert("x")</script>', "<img src=x onerror=alert(1)>",
               '<b>"title"</b>']
# Sets a global rather than alerting, so a run is visible even if dialogs are suppressed.
CANARY = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'

requires_browser = pytest.mark.skipif(unavailable() is not None,
                                      reason=f"browser test skipped: {unavailable()}")


def _page(graph, tmp_path, name="graph.html", **kwargs) -> tuple[str, HtmlSummary]:
    path = tmp_path / name
    summary = write_html(graph, path, **kwargs)
    return path.read_text(encoding="utf-8"), summary


def _embedded(html: str, block: str = "kg-data") -> dict:
    match = re.search(rf'<script type="application/json" id="{block}">(.*?)</script>', html,
                      re.S)
    return json.loads(match.group(1))


def _outside_json(html: str) -> str:
    return re.sub(r'(<script type="application/json" id="[\w-]+">).*?(</script>)', r"\1\2",
                  html, flags=re.S)


def _start_tags(html: str) -> list[tuple[str, dict]]:
    tags = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append((tag, dict(attrs)))

    Collector().feed(html)
    return tags


def _with_canary(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    graph = graph.copy()
    graph.nodes["method/vision-transformer"]["aliases"].append(CANARY)
    graph.nodes["paper/t-b2"]["title"] += CANARY
    return graph


def synthetic_graph(n_papers: int = 8000, n_entities: int = 12000, per_paper: int = 5,
                    seed: int = 7) -> nx.MultiDiGraph:
    """Papers citing entities with Zipf-like popularity, like a real corpus's long tail."""
    rng = random.Random(seed)
    kinds = ["method", "dataset", "benchmark", "metric", "task", "repository"]
    graph = nx.MultiDiGraph()
    entities = []
    for i in range(n_entities):
        kind = kinds[i % len(kinds)]
        entities.append(f"{kind}/e{i:05d}")
        graph.add_node(entities[-1], kind=kind, label=f"Entity {i}", aliases=[f"E{i}"])
    weights = [1.0 / (i + 1) for i in range(n_entities)]
    for p in range(n_papers):
        paper = f"paper/p{p:05d}"
        graph.add_node(paper, kind="paper", label=f"Paper {p}", title=f"Paper {p}", abstract="")
        for entity in sorted(set(rng.choices(entities, weights, k=per_paper))):
            graph.add_edge(paper, entity, key="uses", confidence=0.9,
                           evidence=[{"sentence": f"Paper {p} uses {entity}."}])
    return graph


def test_export_html_summary_counts(small_graph, tmp_path):
    html, summary = _page(small_graph, tmp_path)
    assert summary == HtmlSummary(nodes_shown=9, nodes_total=9, edges_shown=10,
                                  bytes=len(html.encode("utf-8")))
    data = _embedded(html)
    assert len(data["nodes"]) == 9
    assert data["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["nodes"])


def test_export_html_requests_nothing_remote(small_graph, tmp_path):
    html, _ = _page(small_graph, tmp_path)
    assert not re.search(r"""\b(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"""@import|url\(\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "default-src 'none'" in html
    # The repository URL is data, and it is still there.
    assert "https://github.com/OpenGVLab/UniFormerV2" in html


def test_export_html_hostile_text_never_reaches_markup(small_graph, tmp_path):
    html, _ = _page(_with_canary(small_graph), tmp_path)
    for raw in [*HOSTILE_RAW, CANARY, "<img src=x onerror"]:
        assert raw not in html
    assert "\u2028" not in html and "\u2029" not in html
    outside = _outside_json(html)
    for payload in ('alert("x")', "alert(1)", "__xss"):
        assert payload not in outside
    # What an HTML parser sees: our own tags only, the data blocks and two scripts.
    tags = _start_tags(html)
    assert [attrs for tag, attrs in tags if tag == "script"] == [
        {"type": "application/json", "id": "kg-data"},
        {"type": "application/json", "id": "kg-index"},
        {"type": "application/json", "id": "kg-details"}, {}, {}]
    assert not {tag for tag, _ in tags} & {"img", "iframe", "object", "embed", "b", "a"}
    assert not [name for _, attrs in tags for name in attrs if name.startswith("on")]
    # ...and the text survives, as data.
    titles = {n["id"]: n["title"] for n in _embedded(html)["nodes"]}
    assert titles["paper/t-b2"].startswith('Hostile <b>"title"</b> & more')
    assert CANARY in titles["method/vision-transformer"]


def test_export_html_title_is_escaped(small_graph, tmp_path):
    html, _ = _page(small_graph, tmp_path, title='<script>alert("t")</script> & co')
    assert "<title>&lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; &amp; co</title>" in html


def test_export_html_tooltips(small_graph, tmp_path):
    data = _embedded(_page(small_graph, tmp_path)[0])
    titles = {n["id"]: n["title"] for n in data["nodes"]}
    assert titles["method/vision-transformer"] == "Vision Transformers\nmethod\nalso: ViT, ViTs"
    assert titles["repository/github-com-opengvlab-uniformerv2"].splitlines()[1] == \
        "repository (code)"
    edge = next(e for e in data["edges"]
                if (e["from"], e["to"]) == ("paper/t-b2", "method/vision-transformer"))
    assert edge["label"] == "uses"
    assert edge["title"].startswith("uses: Attack text <script>")
    assert len(edge["title"]) <= len("uses: ") + 300
    # Bidi overrides could make a label read as something else; they are dropped for display.
    assert "\u202e" not in edge["title"] and "\u200b" in edge["title"]


def test_export_html_deterministic(small_graph, tmp_path):
    first = write_html(small_graph, tmp_path / "a.html")
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(small_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(small_graph.edges(keys=True, data=True))))
    second = write_html(shuffled, tmp_path / "b.html")
    assert first == second
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_export_html_bounded_view_note(small_graph, tmp_path):
    html, summary = _page(small_graph, tmp_path, max_nodes=3)
    assert (summary.nodes_shown, summary.nodes_total) == (3, 9)
    # Most connected first (paper/t-a1 has 6 edges, the result 3), then ties by id.
    assert select_nodes(small_graph, 3) == ["dataset/kinetics-400", "paper/t-a1",
                                            "result/t-a1-1"]
    assert "showing 3 of 9 nodes: the most connected; 1 paper, 5 entities omitted" in html
    assert summary.edges_shown == 3
    assert 'id="kg-note"' not in _page(small_graph, tmp_path, "all.html")[0]


def test_export_html_panel_details_cite_evidence(small_graph):
    details = node_details(small_graph, "method/vision-transformer")
    assert [(g["dir"], g["predicate"]) for g in details["groups"]] == [("in", "uses")]
    items = dict((item[0], item[1]) for item in details["groups"][0]["items"])
    sentence, start, end = items["paper/t-b2"][0]
    assert sentence[start:end] == "ViT"
    assert "\u202e" not in sentence  # bidi override shown as a space, offsets kept
    sentence, start, end = items["paper/t-a1"][0]
    assert sentence[start:end] == "Vision Transformers"

    paper = node_details(small_graph, "paper/t-b2")
    assert paper["title"] == 'Hostile <b>"title"</b> & more' and paper["truncated"] is True
    assert paper["sources"] == ["seeds/b.txt:9", "seeds/c.txt:1"]
    assert [(g["predicate"], g["items"]) for g in paper["groups"]] == [
        ("uses", [["method/vision-transformer"]]), ("evaluated_on", [["dataset/cifar-10"]])]
    assert [paper["abstract"][a:b] for a, b, _ in paper["marks"]] == ["ViT", "CIFAR-10"]

    result = node_details(small_graph, "result/t-a1-1")
    assert (result["metric"], result["value"], result["dataset"]) == (
        "top-1 accuracy", "90%", "Kinetics-400")


def _js_slice(text: str, start: int, end: int) -> str:
    """What JavaScript's ``text.slice(start, end)`` gives: offsets count UTF-16 units."""
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le")


@pytest.mark.parametrize("prefix", ["", "𝛼🙂 ", "x" * 500 + " "])
def test_export_html_evidence_excerpt_offsets(prefix):
    abstract = f"First sentence. {prefix}We use ViT here, with more words after it. Last."
    sentence = abstract[len("First sentence. "):abstract.index(" Last.")]
    start = abstract.index("ViT")
    record = {"sentence": sentence, "start": start, "end": start + 3, "text": "ViT"}
    text, lo, hi = evidence_excerpt(record, abstract, limit=60)
    assert _js_slice(text, lo, hi) == "ViT"
    assert len(text) <= 60 + len(prefix) if len(sentence) <= 60 else len(text) == 60
    # Offsets that don't fit the field text: the mention is looked up in the sentence instead.
    assert _js_slice(*evidence_excerpt({**record, "start": 0, "end": 3}, "", limit=60)) == "ViT"
    assert evidence_excerpt({"sentence": "no mention", "start": 0, "end": 3}, "") == [
        "no mention", -1, -1]


def test_export_html_search_index_covers_undrawn_nodes(small_graph, tmp_path):
    html, _ = _page(small_graph, tmp_path, max_nodes=3)
    rows = {row[0]: row for row in _embedded(html, "kg-index")["rows"]}
    assert len(rows) == 9  # every node is searchable, drawn or not
    assert rows["method/vision-transformer"] == [
        "method/vision-transformer", "Vision Transformers", "method", 2, ["ViT", "ViTs"]]
    assert rows["paper/t-b2"][1] == 'Hostile <b>"title"</b> & more'
    details = _embedded(html, "kg-details")
    assert sorted(details) == ["dataset/kinetics-400", "paper/t-a1", "result/t-a1-1"]
    assert 'class="kg-note">search covers' not in html


def test_export_html_search_index_is_capped_with_a_note(small_graph, tmp_path):
    html, _ = _page(small_graph, tmp_path, max_nodes=1, max_index=4)
    rows = [row[0] for row in _embedded(html, "kg-index")["rows"]]
    # The drawn node and the nodes its panel links to are always searchable.
    assert "paper/t-a1" in rows and "method/vision-transformer" in rows
    assert len(rows) == 1 + 6 and rows == sorted(rows)  # t-a1 links 5 entities + 1 result
    assert "search covers 7 of 9 nodes: the drawn ones and the most connected of the rest" in html
    index = search_index(small_graph, ["result/t-a1-1"], {}, 3)
    assert [row[0] for row in index["rows"]] == ["dataset/kinetics-400", "paper/t-a1",
                                                 "result/t-a1-1"]
    with pytest.raises(ValueError, match="max_index"):
        write_html(small_graph, tmp_path / "x.html", max_nodes=5, max_index=4)


def test_export_html_legend_filters_by_kind(small_graph, tmp_path):
    html, _ = _page(small_graph, tmp_path, max_nodes=3)
    boxes = [attrs for tag, attrs in _start_tags(html) if tag == "input"
             and attrs.get("type") == "checkbox"]
    assert [box["data-kind"] for box in boxes] == ["paper", "dataset", "result"]
    assert "paper (1 of 2)" in html and "result (1)" in html
    kinds = {n["id"]: n["kind"] for n in _embedded(html)["nodes"]}
    assert kinds == {"dataset/kinetics-400": "dataset", "paper/t-a1": "paper",
                     "result/t-a1-1": "result"}


def test_export_html_rejects_empty_bound(small_graph, tmp_path):
    with pytest.raises(ValueError, match="max_nodes"):
        write_html(small_graph, tmp_path / "x.html", max_nodes=0)


def test_export_html_empty_graph(tmp_path):
    html, summary = _page(nx.MultiDiGraph(), tmp_path)
    assert summary.nodes_shown == 0 and _embedded(html)["nodes"] == []


@pytest.mark.slow
def test_export_html_big_graph_is_bounded(tmp_path):
    # Timing lives in bench/, not here; this checks the bound and what the page says about it.
    graph = synthetic_graph()
    html, summary = _page(graph, tmp_path, max_nodes=1500)
    assert (summary.nodes_shown, summary.nodes_total) == (1500, 20000)
    assert "showing 1,500 of 20,000 nodes: the most connected;" in html
    assert len(_embedded(html, "kg-index")["rows"]) == 20000  # all searchable, drawn or not
    assert len(_embedded(html, "kg-details")) == 1500
    assert summary.bytes < 4_000_000  # ~3.1 MB measured


# --- in a real browser ---------------------------------------------------------------------


def _hover_tooltip(page, target: str, expect: str) -> dict:
    """Hover a node ("id") or an edge's midpoint ("from|to") until its tooltip shows ``expect``;
    return the tooltip's text and how many elements it holds."""
    point = page.evaluate(
        """(target) => {
            const net = window.kgNetwork;
            const ids = target.split("|");
            const ends = ids.map((id) => net.getPosition(id));
            const mid = {x: ends.reduce((s, p) => s + p.x, 0) / ends.length,
                         y: ends.reduce((s, p) => s + p.y, 0) / ends.length};
            const dom = net.canvasToDOM(mid);
            const box = document.querySelector("#kg-network canvas").getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        target,
    )
    page.mouse.move(point["x"] + 40, point["y"] + 40)
    page.mouse.move(point["x"], point["y"])
    page.wait_for_function(
        """(expect) => {
            const tip = document.querySelector(".vis-tooltip");
            return tip && tip.style.visibility !== "hidden" && tip.textContent.includes(expect);
        }""",
        arg=expect)
    return page.evaluate(
        """() => {
            const tip = document.querySelector(".vis-tooltip");
            return {text: tip.textContent, elements: tip.querySelectorAll("*").length};
        }""")


@pytest.mark.browser
@requires_browser
def test_export_html_browser_draws_offline_without_running_hostile_text(small_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(_with_canary(small_graph), path)
    with open_page(path) as visit:
        visit.page.wait_for_function("() => window.kgReady === true", timeout=5000)
        assert drawn_pixels(visit.page, "#kg-network canvas") > 500

        node_tip = _hover_tooltip(visit.page, "paper/t-b2", "Hostile")
        assert node_tip["text"].startswith('Hostile <b>"title"</b> & more')
        assert node_tip["elements"] == 1  # our one text-only div, no parsed <b> or <img>
        edge_tip = _hover_tooltip(visit.page, "paper/t-b2|method/vision-transformer",
                                  "uses: Attack text")
        assert '<script>alert("x")</script> <img src=x onerror=alert(1)>' in edge_tip["text"]

        assert visit.page.evaluate("() => window.__xss") is None
        assert visit.page.evaluate("() => document.querySelectorAll('img, iframe').length") == 0
        assert visit.dialogs == []
        assert visit.outside_requests == []
        assert visit.console_errors == [] and visit.page_errors == []


@pytest.mark.browser
@pytest.mark.slow
@requires_browser
def test_export_html_browser_big_graph_draws_quickly(tmp_path):
    path = tmp_path / "big.html"
    write_html(synthetic_graph(), path)
    with open_page(path) as visit:
        visit.page.wait_for_function("() => window.kgReady === true", timeout=10000)
        assert visit.page.evaluate("() => window.kgFirstDrawMs") < 5000  # ~0.5 s measured
        assert drawn_pixels(visit.page, "#kg-network canvas") > 10000
        # Search reaches the 18,500 nodes that are not drawn; their card comes from the index.
        found = visit.page.evaluate("() => window.kg.search('entity 11999').hits[0].entry.id")
        assert found == "repository/e11999"
        visit.page.evaluate("(id) => window.kg.select(id)", found)
        assert "Not drawn" in visit.page.locator("#kg-panel").text_content()
        assert visit.outside_requests == []
        assert visit.console_errors == [] and visit.page_errors == []


def test_degrees_match_networkx():
    import networkx as nx

    from kg.export.html import degrees

    graph = nx.MultiDiGraph()
    graph.add_edges_from([("a", "b", "x"), ("a", "b", "y"), ("b", "a", "x"), ("c", "c", "x")])
    graph.add_node("lonely")
    assert degrees(graph) == dict(graph.degree())


def _hub_graph(sources: int) -> nx.MultiDiGraph:
    """One method used by ``sources`` papers with distinct best confidences, some evidence
    without a stored edge confidence (graphs not assembled by kg)."""
    graph = nx.MultiDiGraph()
    graph.add_node("method/hub", kind="method", label="Hub", aliases=[])
    rng = random.Random(7)
    for i in range(sources):
        paper = f"paper/t-{i:02d}"
        text = f"We use Hub in study {i}."
        graph.add_node(paper, kind="paper", label=f"P{i}", title=f"P{i}", abstract=text)
        confidences = [round(rng.random(), 3) for _ in range(1 + i % 3)]
        evidence = [{"text": "Hub", "field": "abstract", "start": 7, "end": 10,
                     "sentence": text, "extractor": "test", "confidence": c}
                    for c in confidences]
        data = {"evidence": evidence}
        if i % 4:
            data["confidence"] = max(confidences)
        graph.add_edge(paper, "method/hub", key="uses", **data)
    return graph


def test_panel_lists_a_hubs_best_supported_links_first_and_counts_the_rest():
    graph = _hub_graph(40)
    (group,) = node_details(graph, "method/hub")["groups"]
    best = sorted(graph.pred["method/hub"], key=lambda paper: (
        -max(e["confidence"] for e in graph.edges[paper, "method/hub", "uses"]["evidence"]),
        paper))
    assert [item[0] for item in group["items"]] == best[:25]
    assert group["more"] == 15 and group["dir"] == "in" and group["predicate"] == "uses"
    assert all(item[1][0][0].startswith("We use Hub") for item in group["items"])


def test_panel_offsets_count_utf16_units_as_javascript_does():
    from kg.export.html import _utf16

    for text in ["plain", "caf\u00e9 au lait", "x\U0001d6fcy\U0001f600z", "lone \ud800 surrogate"]:
        for offset in range(len(text) + 1):
            assert _utf16(text, offset) == offset + sum(ord(c) > 0xFFFF for c in text[:offset])
    assert _utf16("\U0001d6fc-net", 2) == 3
