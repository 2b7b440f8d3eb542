"""kg.serve against a running server on an ephemeral port, through urllib: SELECT in JSON, CSV
and XML, CONSTRUCT as Turtle, the HTML view, and the refusals (update, oversize, SERVICE,
timeouts)."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from query_graph import write_query_graph

from kg.load import load_graph
from kg.serve import Limits, make_server, negotiate

SELECT = "SELECT ?d WHERE { ?p kg:introduces ?d }"
TINYBENCH = "https://w3id.org/kg-ml/id/benchmark/tinybench"


def _start(graph, **kwargs):
    server = make_server(graph, port=0, **kwargs)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                              daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def graph(small_graph, tmp_path):
    return load_graph(write_query_graph(small_graph, tmp_path))


@pytest.fixture
def base(graph, tmp_path):
    html = tmp_path / "view.html"
    html.write_text("<!doctype html><title>kg view</title>", encoding="utf-8")
    server, thread = _start(graph, html=html)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def fetch(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


def get(base, query, accept=None, **params):
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query, **params})
    return fetch(url, headers={"Accept": accept} if accept else {})


def test_serve_binds_localhost_by_default(graph):
    server = make_server(graph, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_serve_select_json(base):
    status, content_type, body = get(base, SELECT, "application/sparql-results+json")
    assert status == 200
    assert content_type == "application/sparql-results+json"
    assert json.loads(body)["results"]["bindings"] == [{"d": {"type": "uri", "value": TINYBENCH}}]


def test_serve_select_csv_and_xml(base):
    status, content_type, body = get(base, SELECT, "text/csv")
    assert (status, content_type) == (200, "text/csv; charset=utf-8")
    assert body.decode().splitlines() == ["d", TINYBENCH]
    status, content_type, body = get(base, SELECT, "application/sparql-results+xml")
    assert (status, content_type) == (200, "application/sparql-results+xml")
    uris = [e.text for e in ET.fromstring(body).iter("{http://www.w3.org/2005/sparql-results#}uri")]
    assert uris == [TINYBENCH]


def test_serve_accept_quality_and_format_param(base):
    status, content_type, _ = get(base, SELECT, "text/csv;q=0.5, application/sparql-results+xml")
    assert content_type == "application/sparql-results+xml"
    status, content_type, _ = get(base, SELECT, None, format="csv")
    assert content_type.startswith("text/csv")
    status, _, _ = get(base, SELECT, "image/png")
    assert status == 406


def test_serve_post_query_body_and_form(base):
    status, _, body = fetch(f"{base}/sparql", data=SELECT.encode(),
                            headers={"Content-Type": "application/sparql-query"})
    assert status == 200 and TINYBENCH in body.decode()
    form = urllib.parse.urlencode({"query": "ASK { ?p kg:proposes ?m }"}).encode()
    status, _, body = fetch(f"{base}/sparql", data=form,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_construct_as_turtle(base):
    status, content_type, body = get(base, "CONSTRUCT { ?p kg:uses ?m } WHERE { ?p kg:uses ?m }")
    assert (status, content_type) == (200, "text/turtle; charset=utf-8")
    assert b"uses" in body


@pytest.mark.parametrize("how", ["form", "body", "get", "query-text"])
def test_serve_refuses_updates(base, graph, how):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    before = len(graph)
    if how == "form":
        status, _, body = fetch(f"{base}/sparql", data=urllib.parse.urlencode(
            {"update": update}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "body":
        status, _, body = fetch(f"{base}/sparql", data=update.encode(),
                                headers={"Content-Type": "application/sparql-update"})
    elif how == "get":
        status, _, body = fetch(f"{base}/sparql?" + urllib.parse.urlencode({"update": update}))
    else:
        status, _, body = get(base, update)
    assert 400 <= status < 500
    assert len(graph) == before


@pytest.mark.parametrize("query", ["SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }",
                                   "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                                   "SELECT * WHERE { ?s ?p }"])
def test_serve_refuses_remote_data_and_bad_syntax(base, query):
    status, content_type, body = get(base, query)
    assert status == 400
    assert content_type.startswith("text/plain")


def test_serve_refuses_oversize_body(base):
    query = "ASK {}" + " " * (64 * 1024)
    status, _, _ = fetch(f"{base}/sparql", data=query.encode(),
                         headers={"Content-Type": "application/sparql-query"})
    assert status == 413


def test_serve_refuses_other_methods_and_paths(base):
    assert fetch(f"{base}/sparql", data=b"x", method="PUT")[0] == 405
    assert fetch(f"{base}/nothing")[0] == 404
    assert fetch(f"{base}/sparql")[0] == 400  # no query


def test_serve_index(base):
    status, content_type, body = fetch(f"{base}/")
    assert (status, content_type) == (200, "text/html; charset=utf-8")
    assert b"<title>kg view</title>" in body


def test_serve_times_out_slow_queries(graph, monkeypatch):
    import kg.serve

    release = threading.Event()

    def slow(*args, **kwargs):
        release.wait(10)
        raise RuntimeError("never answered")

    monkeypatch.setattr(kg.serve, "run_query", slow)
    server, thread = _start(graph, limits=Limits(timeout=0.2, workers=1))
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        started = time.monotonic()
        status, _, body = get(base, SELECT)
        assert status == 503 and b"time limit" in body
        assert time.monotonic() - started < 5
        status, _, body = get(base, SELECT)  # the only worker is still busy
        assert status == 503 and b"busy" in body
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_serve_negotiate_defaults():
    assert negotiate(None, graph_result=False)[0] == "json"
    assert negotiate("*/*", graph_result=True)[0] == "turtle"


def test_serve_a_client_hanging_up_is_no_error_and_other_failures_are_one_line(graph, capsys):
    server = make_server(graph, port=0)
    try:
        for error in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset")):
            try:
                raise error
            except ConnectionError:
                server.handle_error(None, ("127.0.0.1", 5000))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("bad state")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 5000))
        err = capsys.readouterr().err
        assert err == "kg serve: could not answer 127.0.0.1: ValueError: bad state\n"
    finally:
        server.server_close()
