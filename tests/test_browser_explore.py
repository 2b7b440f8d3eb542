"""Exploring the HTML view in headless Chromium: search, click, side panel, type filter.

Each test opens a page written from the small hand-made graph (with hostile text in it) and
drives it the way a person would: typing, pressing Enter, clicking the canvas and the legend.
The last screenshot is kept in tests/artifacts/ for a human to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser import open_page, unavailable
from kg.export.html import write_html

ARTIFACTS = Path(__file__).parent / "artifacts"
# Sets a global rather than alerting, so a run is visible even if dialogs are suppressed.
CANARY = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(unavailable() is not None, reason=f"browser test skipped: {unavailable()}"),
]


def _hostile(graph):
    graph = graph.copy()
    graph.nodes["method/vision-transformer"]["aliases"].append(CANARY)
    graph.nodes["paper/t-b2"]["title"] += CANARY
    # A "repository" whose URL would run script if it ever became a link.
    graph.add_node("repository/evil", kind="repository", label="javascript:window.__xss=3",
                   aliases=[], url_kind="other")
    graph.add_edge("paper/t-b2", "repository/evil", key="has_link", confidence=0.5,
                   evidence=[{"text": "x", "field": "title", "start": 0, "end": 1,
                              "sentence": "x", "extractor": "test", "confidence": 0.5}])
    return graph


def _open(page):
    page.wait_for_function("() => window.kgReady === true", timeout=5000)


def _search(page, text: str) -> list[str]:
    """Type ``text`` into the search box; return the suggestions shown."""
    box = page.locator("#kg-search")
    box.fill("")
    box.press_sequentially(text, delay=20)
    page.wait_for_selector('#kg-suggest [role="option"]')
    return page.locator('#kg-suggest [role="option"]').all_inner_texts()


def _panel(page) -> dict:
    return page.evaluate("""() => {
        const panel = document.getElementById("kg-panel");
        const all = (sel) => [...panel.querySelectorAll(sel)].map((e) => e.textContent);
        return {id: panel.dataset.id, name: all(".kg-name")[0], text: panel.textContent,
                aliases: all(".kg-aliases"), evidence: all(".kg-evidence"), marks: all("mark"),
                notes: all(".kg-note"), elements: [...new Set([...panel.querySelectorAll("*")]
                    .map((e) => e.tagName.toLowerCase()))].sort(),
                links: [...panel.querySelectorAll("a")].map((a) => ({
                    href: a.getAttribute("href"), rel: a.rel, text: a.textContent}))};
    }""")


def _wait_selected(page, node_id: str) -> dict:
    page.wait_for_function("(id) => window.kgSelected === id && window.kgIdle === true",
                           arg=node_id)
    return _panel(page)


def _node_pixel(page, node_id: str) -> dict:
    """Where ``node_id`` is drawn, in page coordinates (getPositions + canvasToDOM)."""
    return page.evaluate("""(id) => {
        const net = window.kgNetwork;
        const dom = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.querySelector("#kg-network canvas").getBoundingClientRect();
        return {x: box.left + dom.x, y: box.top + dom.y,
                inside: dom.x > 0 && dom.y > 0 && dom.x < box.width && dom.y < box.height};
    }""", node_id)


def _assert_inert(visit):
    assert visit.page.evaluate("() => window.__xss") is None
    assert visit.dialogs == []
    assert visit.outside_requests == []
    assert visit.console_errors == [] and visit.page_errors == []


def test_browser_explore_search_click_filter(small_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(_hostile(small_graph), path)
    with open_page(path) as visit:
        page = visit.page
        _open(page)

        # An alias finds the entity; Enter picks the best match.
        suggestions = _search(page, "ViT")
        assert suggestions[0].startswith("Vision Transformers") and "also: ViT" in suggestions[0]
        page.keyboard.press("Enter")
        panel = _wait_selected(page, "method/vision-transformer")
        assert panel["name"] == "Vision Transformers"
        assert panel["aliases"] == [f"Also: ViT, ViTs, {CANARY}"]  # hostile alias, as text
        assert any("built on Vision Transformers (ViTs)" in e for e in panel["evidence"])
        assert {"Vision Transformers", "ViT"} <= set(panel["marks"])
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == [
            "method/vision-transformer"]
        # The neighbourhood stays coloured; the rest is dimmed.
        opacity = page.evaluate("""() => Object.fromEntries(window.kg.nodes.get()
            .map((n) => [n.id, n.opacity === undefined ? 1 : n.opacity]))""")
        assert opacity["paper/t-b2"] == 1 and opacity["dataset/cifar-10"] < 0.5

        # Clicking a node on the canvas updates the panel.
        page.evaluate("() => window.kgNetwork.fit({animation: false})")
        point = _node_pixel(page, "paper/t-b2")
        assert point["inside"]
        page.mouse.click(point["x"], point["y"])
        panel = _wait_selected(page, "paper/t-b2")
        assert panel["name"] == f'Hostile <b>"title"</b> & more{CANARY}'
        assert any("Truncated" in note for note in panel["notes"])
        assert panel["marks"][:2] == ["ViT", "CIFAR-10"]  # mentions marked in the abstract
        assert 'Attack text <script>alert("x")</script>' in panel["text"]
        assert "javascript:window.__xss=3" in panel["text"]
        assert panel["links"] == []  # a javascript: URL is shown, never linked
        assert set(panel["elements"]) <= {"button", "code", "details", "h2", "h3", "li", "mark",
                                          "p", "span", "summary", "ul"}

        # A link in the panel selects that node.
        page.locator("#kg-panel button.kg-go", has_text="CIFAR-10").click()
        assert _wait_selected(page, "dataset/cifar-10")["name"] == "CIFAR-10"

        # Unticking a type in the legend hides its nodes (DataSet update), ticking shows them.
        hidden = """(kind) => window.kg.nodes.get({filter: (n) => n.kind === kind})
                                 .map((n) => Boolean(n.hidden))"""
        page.locator('#kg-legend input[data-kind="dataset"]').uncheck()
        assert page.evaluate(hidden, "dataset") == [True, True]
        assert set(page.evaluate(hidden, "method")) == {False}
        page.locator('#kg-legend input[data-kind="dataset"]').check()
        assert page.evaluate(hidden, "dataset") == [False, False]

        # The screenshot a human looks at: a searched entity with its evidence.
        _search(page, "vision")
        page.keyboard.press("Enter")
        _wait_selected(page, "method/vision-transformer")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / "explore.png")
        _assert_inert(visit)


def test_browser_explore_search_finds_undrawn_nodes(small_graph, tmp_path):
    path = tmp_path / "bounded.html"
    write_html(small_graph, path, max_nodes=3)
    with open_page(path) as visit:
        page = visit.page
        _open(page)
        assert page.evaluate("() => window.kg.nodes.get('method/vision-transformer')") is None

        suggestions = _search(page, "vit")  # case-insensitive
        assert "not drawn" in suggestions[0]
        page.locator('#kg-suggest [role="option"]').first.click()
        panel = _wait_selected(page, "method/vision-transformer")
        assert panel["name"] == "Vision Transformers"
        assert panel["aliases"] == ["Also: ViT, ViTs"]
        assert "method" in panel["text"] and "2 links in the graph" in panel["text"]
        assert any(note.startswith("Not drawn") for note in panel["notes"])
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == []

        # A drawn node keeps its full panel, and a listed neighbour that isn't drawn opens
        # its card from the index.
        _search(page, "Kinetics")
        page.keyboard.press("Enter")
        _wait_selected(page, "dataset/kinetics-400")
        page.locator("#kg-panel button.kg-go", has_text="UniFormerV2").click()
        assert _wait_selected(page, "paper/t-a1")["name"].startswith("UniFormerV2")
        _assert_inert(visit)


def test_browser_explore_repository_links_are_safe(small_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(_hostile(small_graph), path)
    with open_page(path) as visit:
        page = visit.page
        _open(page)
        _search(page, "github.com/OpenGVLab")
        page.keyboard.press("Enter")
        panel = _wait_selected(page, "repository/github-com-opengvlab-uniformerv2")
        assert panel["links"] == [{"href": "https://github.com/OpenGVLab/UniFormerV2",
                                   "rel": "noopener noreferrer", "text": "open \u2197"}]
        assert page.locator("#kg-panel .kg-badge").text_content() == "repository \u00b7 code"

        _search(page, "javascript:")
        page.keyboard.press("Enter")
        panel = _wait_selected(page, "repository/evil")
        assert panel["name"] == "javascript:window.__xss=3" and panel["links"] == []
        _assert_inert(visit)
