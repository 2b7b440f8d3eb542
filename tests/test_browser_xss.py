"""Security: hostile abstracts cannot run script in the HTML view, and kg runs no external data.

The browser test builds a graph through the real `kg build` from abstracts carrying
``<img onerror>``, ``<script>`` and ``javascript:`` payloads whose effects are observable
(``window.__xss`` and ``alert``), opens the page in headless Chromium, hovers and selects every
drawn node, opens the hostile paper's side panel, and checks that nothing ran and no request
left the machine. The other tests here need no browser: a scan of kg/ for code execution or
unpickling, and the SPARQL server's default address.
"""

from __future__ import annotations

import ast
import inspect
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from browser import open_page, unavailable
from kg.cli import app

KG_PACKAGE = Path(__file__).resolve().parent.parent / "kg"
runner = CliRunner()

IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
SCRIPT = "<script>window.__xss=2;alert(2)</script>"
BREAKOUT = '</script><script>window.__xss=3;alert(3)</script><!--'
SVG = '"><svg onload="window.__xss=4;alert(4)">'
PAYLOADS = (IMG, SCRIPT, BREAKOUT, SVG)
RECORDS = [
    {"title": f"EvilNet {IMG} {SCRIPT}: Attacks on the View",
     "abstract": (f"We propose EvilNet {IMG}, built on BERT {SCRIPT}. EvilNet is evaluated on "
                  f"CIFAR-10 {BREAKOUT} and ImageNet, with 91.5% top-1 accuracy {SVG}. "
                  "Code: https://github.com/evil/evilnet and javascript:window.__xss=5 "
                  'and https://github.com/evil/x"><img src=x onerror=alert(6)>'),
     "venue": SCRIPT, "authors": [IMG, "Mallory"]},
    {"title": "HarmlessNet: A Neighbour",
     "abstract": ("We propose HarmlessNet, built on BERT and evaluated on CIFAR-10 with 88.0% "
                  f"accuracy. We also compare with EvilNet {IMG}. "
                  "Code: https://github.com/good/harmless")},
]


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("xss")
    source = folder / "hostile.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    page = folder / "graph.html"
    result = runner.invoke(app, ["build", str(source), "--out", str(folder / "graph.ttl"),
                                 "--html", str(page), "--no-cache", "--jobs", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return page


def test_security_payloads_never_raw_in_page(hostile_page, tmp_path):
    page = hostile_page.read_text(encoding="utf-8").lower()
    for payload in PAYLOADS:
        assert payload.lower() not in page
    # Markup in the page is the template's own: a harmless graph's page has as much.
    # (Handler names like "onerror" do appear, as inert text inside the escaped JSON data.)
    harmless = tmp_path / "harmless.jsonl"
    harmless.write_text(json.dumps(RECORDS[1]) + "\n")
    result = runner.invoke(app, ["build", str(harmless), "--out", str(tmp_path / "g.ttl"),
                                 "--html", str(tmp_path / "g.html"), "--no-cache", "-q"])
    assert result.exit_code == 0
    baseline = (tmp_path / "g.html").read_text(encoding="utf-8").lower()
    for tag in ("<script", "</script", "<img", "<svg", "<iframe", "<!--", "<a ", "<b>"):
        assert page.count(tag) == baseline.count(tag), tag


@pytest.mark.browser
@pytest.mark.skipif(unavailable() is not None, reason=f"browser test skipped: {unavailable()}")
def test_browser_xss_nothing_runs(hostile_page):
    with open_page(hostile_page) as visit:
        page = visit.page
        page.wait_for_function("() => window.kgReady === true", timeout=10000)
        page.evaluate("() => window.kgNetwork.fit({animation: false})")
        nodes = page.evaluate("() => window.kg.nodes.getIds()")
        assert any(node.startswith("paper/") for node in nodes) and len(nodes) > 5
        for node in nodes:  # hover (tooltip) and click (side panel) every drawn node
            point = page.evaluate("""(id) => {
                const net = window.kgNetwork;
                const dom = net.canvasToDOM(net.getPositions([id])[id]);
                const box = document.querySelector("#kg-network canvas").getBoundingClientRect();
                return {x: box.left + dom.x, y: box.top + dom.y};
            }""", node)
            page.mouse.move(point["x"], point["y"])
            page.wait_for_timeout(150)  # the tooltip delay
            page.mouse.click(point["x"], point["y"])
            page.wait_for_function("() => window.kgIdle === true")
        # The hostile paper's panel, found through the search box: title, abstract with its
        # mentions marked, metadata, evidence.
        box = page.locator("#kg-search")
        box.fill("")
        box.press_sequentially("EvilNet <img", delay=10)
        page.wait_for_selector('#kg-suggest [role="option"]')
        page.keyboard.press("Enter")
        page.wait_for_function("() => window.kgIdle === true && window.kgSelected")
        panel = page.evaluate("() => document.getElementById('kg-panel').textContent")
        assert IMG in panel or "onerror" in panel  # shown as text
        page.wait_for_timeout(300)

        assert page.evaluate("() => window.__xss") is None
        assert visit.dialogs == []
        assert visit.outside_requests == []
        assert page.evaluate("() => document.querySelectorAll('img, svg, iframe').length") == 0


# --- no code execution on external data -------------------------------------------------------

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "cloudpickle", "jsonpickle"}


def _violations(path: Path, root: Path = KG_PACKAGE.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(root)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"{where}: {func.id}()")
            if isinstance(func, ast.Attribute) and func.attr == "load" \
                    and isinstance(func.value, ast.Name) and func.value.id == "yaml":
                found.append(f"{where}: yaml.load()")
            if any(k.arg == "shell" and getattr(k.value, "value", False) for k in node.keywords):
                found.append(f"{where}: shell=True")
            if isinstance(func, ast.Attribute) and func.attr == "system" \
                    and isinstance(func.value, ast.Name) and func.value.id == "os":
                found.append(f"{where}: os.system()")
        elif isinstance(node, ast.Import):
            found += [f"{where}: import {a.name}" for a in node.names
                      if a.name.split(".")[0] in FORBIDDEN_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module \
                and node.module.split(".")[0] in FORBIDDEN_MODULES:
            found.append(f"{where}: from {node.module} import")
    return found


# kg's own snapshots of what it read (kg/snapshot.py) are pickles, loaded only through an
# unpickler that can name kg's record classes and nothing else (its refusal of anything else is
# tested in tests/test_snapshot.py). That module alone may import pickle, and only that way.
RESTRICTED_UNPICKLING = KG_PACKAGE / "snapshot.py"


def _restricted_unpickling_only(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == "pickle" and \
                node.func.attr in {"load", "loads", "Unpickler"}:
            found.append(f"snapshot.py:{node.lineno}: pickle.{node.func.attr}()")
    unpicklers = [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and any(
        isinstance(base, ast.Attribute) and base.attr == "Unpickler" for base in node.bases)]
    if not unpicklers or not all(any(isinstance(item, ast.FunctionDef) and item.name == "find_class"
                                     for item in cls.body) for cls in unpicklers):
        found.append("snapshot.py: no Unpickler subclass restricting find_class")
    return found


def test_security_no_eval_exec_or_pickle_in_kg():
    files = sorted(KG_PACKAGE.rglob("*.py"))
    assert len(files) > 20
    violations = [v for path in files for v in _violations(path)
                  if not (path == RESTRICTED_UNPICKLING and v.endswith("import pickle"))]
    assert violations == []
    assert _restricted_unpickling_only(RESTRICTED_UNPICKLING) == []


def test_security_scan_catches_what_it_looks_for(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import pickle\nfrom marshal import loads\neval('1')\nexec('x=1')\n"
                     "import subprocess\nsubprocess.run('ls', shell=True)\nos.system('ls')\n")
    assert len(_violations(probe, tmp_path)) == 6


def test_security_view_script_builds_no_markup_from_data():
    script = (KG_PACKAGE / "export" / "static" / "view.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function"):
        assert sink not in script, sink


def test_security_serve_binds_localhost_by_default():
    from kg.cli import serve

    try:
        import kg.serve as server_module
    except ImportError:
        pytest.skip("kg serve is not present")
    host = inspect.signature(serve).parameters["host"].default
    assert host == "127.0.0.1"
    assert inspect.signature(server_module.make_server).parameters["host"].default == "127.0.0.1"
    from rdflib import Graph

    server = server_module.make_server(Graph(), port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()
