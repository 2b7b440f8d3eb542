"""A local, read-only SPARQL 1.1 Protocol endpoint over one loaded graph, plus the HTML view.

    server = make_server(graph, html=Path("exports/graph.html"))  # 127.0.0.1, port 8000
    server.serve_forever()

- ``GET /sparql?query=...`` and ``POST /sparql`` with an ``application/sparql-query`` body or a
  form-encoded ``query=`` answer SELECT/ASK as SPARQL JSON, CSV or XML results and
  CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML, chosen by ``Accept`` (or a
  ``format=`` parameter: json, csv, xml, ttl, nt, jsonld).
- Read-only: SPARQL Update (an ``update=`` parameter, an ``application/sparql-update`` body,
  any text that is not a query) gets 403 or 400; SERVICE and FROM are refused (400), so a
  query never makes the server fetch anything.
- Limits (``Limits``): request bodies and query strings over 64 KiB get 413/414; a query gets
  ``timeout`` seconds (503 after that) and at most ``workers`` queries run at once (503 when
  all are busy). Python cannot stop a running thread: a timed-out query keeps its worker until
  it finishes, and the busy check keeps such queries from piling up.
- ``GET /`` serves the HTML view written by ``kg build`` when there is one.
"""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from rdflib import Graph

from kg.errors import QueryError
from kg.query import check_read_only, run_query

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


@dataclass(frozen=True)
class Limits:
    max_request_bytes: int = 64 * 1024  # body (POST) or query string (GET)
    timeout: float = 30.0  # seconds a query may run before the client gets 503
    workers: int = 4  # queries evaluated at the same time


# media type -> (rdflib result/graph format, response content type)
_RESULT_TYPES = {
    "application/sparql-results+json": ("json", "application/sparql-results+json"),
    "application/json": ("json", "application/sparql-results+json"),
    "text/csv": ("csv", "text/csv; charset=utf-8"),
    "application/sparql-results+xml": ("xml", "application/sparql-results+xml"),
    "application/xml": ("xml", "application/sparql-results+xml"),
    "text/xml": ("xml", "application/sparql-results+xml"),
}
_GRAPH_TYPES = {
    "text/turtle": ("turtle", "text/turtle; charset=utf-8"),
    "application/n-triples": ("nt", "application/n-triples"),
    "application/ld+json": ("json-ld", "application/ld+json"),
    "application/rdf+xml": ("xml", "application/rdf+xml"),
}
_FORMAT_PARAM = {"json": "application/sparql-results+json", "csv": "text/csv",
                 "xml": "application/sparql-results+xml", "ttl": "text/turtle",
                 "turtle": "text/turtle", "nt": "application/n-triples",
                 "jsonld": "application/ld+json", "json-ld": "application/ld+json"}


class HttpError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def _accepted(header: str | None) -> list[str]:
    """Media types from an Accept header, best first (q-values honoured, ties in order)."""
    ranked = []
    for index, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, index, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(accept: str | None, graph_result: bool) -> tuple[str, str]:
    """(rdflib format, content type) for a result kind and an Accept header."""
    table = _GRAPH_TYPES if graph_result else _RESULT_TYPES
    default = "text/turtle" if graph_result else "application/sparql-results+json"
    for media in _accepted(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return table[default]
    if not accept:
        return table[default]
    raise HttpError(HTTPStatus.NOT_ACCEPTABLE,
                    f"cannot answer as {accept}; accepted: {', '.join(table)}")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, graph: Graph, html: Path | None, limits: Limits) -> None:
        self.graph = graph
        self.html = html
        self.limits = limits
        self.pool = ThreadPoolExecutor(max_workers=limits.workers, thread_name_prefix="sparql")
        self.slots = threading.BoundedSemaphore(limits.workers)
        super().__init__(address, Handler)

    def server_close(self) -> None:
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up before its answer is sent costs nothing; any other failure is
        one line on stderr, not the standard library's traceback."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):  # broken pipe, reset, aborted
            return
        print(f"kg serve: could not answer {client_address[0]}: "
              f"{type(error).__name__}: {error}", file=sys.stderr)

    def answer(self, query: str, accept: str | None) -> tuple[bytes, str]:
        """Evaluate and serialise in a worker, within the time limit."""
        try:
            form = check_read_only(query)
        except QueryError as error:
            raise HttpError(HTTPStatus.BAD_REQUEST, str(error)) from None
        fmt, content_type = negotiate(accept, form in ("CONSTRUCT", "DESCRIBE"))
        if not self.slots.acquire(blocking=False):
            raise HttpError(HTTPStatus.SERVICE_UNAVAILABLE,
                            f"all {self.limits.workers} query workers are busy; retry later")

        def work() -> bytes:
            try:
                result = run_query(self.graph, query)
                if result.type in ("CONSTRUCT", "DESCRIBE"):
                    return result.graph.serialize(format=fmt, encoding="utf-8")
                return result.serialize(format=fmt, encoding="utf-8")
            finally:
                self.slots.release()

        future = self.pool.submit(work)
        try:
            return future.result(timeout=self.limits.timeout), content_type
        except FutureTimeout:
            raise HttpError(HTTPStatus.SERVICE_UNAVAILABLE,
                            f"query exceeded the {self.limits.timeout:g} s time limit") from None
        except QueryError as error:
            raise HttpError(HTTPStatus.BAD_REQUEST, str(error)) from None


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-sparql/0.1"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    # ------------------------------------------------------------ responses

    def _send(self, status: HTTPStatus, body: bytes, content_type: str,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, error: HttpError) -> None:
        extra = {"Allow": "GET, POST, HEAD"} if error.status == HTTPStatus.METHOD_NOT_ALLOWED \
            else {}
        if error.status == HTTPStatus.SERVICE_UNAVAILABLE:
            extra["Retry-After"] = "5"
        self.close_connection = error.status in (HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                                 HTTPStatus.LENGTH_REQUIRED)
        if self.close_connection:
            extra["Connection"] = "close"
        body = f"{error.status.value} {error.status.phrase}: {error}\n".encode()
        self._send(error.status, body, "text/plain; charset=utf-8", extra)

    def _dispatch(self, handler) -> None:
        try:
            handler()
        except HttpError as error:
            self._error(error)

    # ------------------------------------------------------------ methods

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._dispatch(self._get)

    def do_HEAD(self) -> None:  # noqa: N802
        self._dispatch(self._get)

    def do_POST(self) -> None:  # noqa: N802
        self._dispatch(self._post)

    def _refuse(self) -> None:
        self._error(HttpError(HTTPStatus.METHOD_NOT_ALLOWED,
                              "this endpoint is read-only: use GET or POST with a query"))

    do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    def _get(self) -> None:
        url = urlsplit(self.path)
        if len(url.query) > self.server.limits.max_request_bytes:
            raise HttpError(HTTPStatus.REQUEST_URI_TOO_LONG,
                            f"query string over {self.server.limits.max_request_bytes} bytes")
        if url.path in ("/", "/index.html"):
            return self._index()
        if url.path != "/sparql":
            raise HttpError(HTTPStatus.NOT_FOUND, f"{url.path} not found; try /sparql or /")
        self._query(parse_qs(url.query, keep_blank_values=True))

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise HttpError(HTTPStatus.NOT_FOUND, f"{url.path} not found; POST to /sparql")
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            raise HttpError(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length")
        try:
            length = int(length_header)
        except ValueError:
            raise HttpError(HTTPStatus.BAD_REQUEST, "Content-Length is not a number") from None
        limit = self.server.limits.max_request_bytes
        if length > limit or length < 0:
            raise HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            f"request body of {length} bytes is over the {limit}-byte limit")
        body = self.rfile.read(length)
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            raise HttpError(HTTPStatus.FORBIDDEN, "SPARQL Update is not accepted: read-only")
        if media == "application/sparql-query":
            try:
                params["query"] = [body.decode("utf-8")]
            except UnicodeDecodeError:
                raise HttpError(HTTPStatus.BAD_REQUEST, "query body is not UTF-8") from None
        elif media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True,
                                strict_parsing=False)
            except UnicodeDecodeError:
                raise HttpError(HTTPStatus.BAD_REQUEST, "form body is not UTF-8") from None
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        else:
            raise HttpError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                            "POST application/sparql-query or application/x-www-form-urlencoded")
        self._query(params)

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params or "using-graph-uri" in params:
            raise HttpError(HTTPStatus.FORBIDDEN, "SPARQL Update is not accepted: read-only")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            raise HttpError(HTTPStatus.BAD_REQUEST,
                            "default-graph-uri/named-graph-uri are not supported: one graph")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            raise HttpError(HTTPStatus.BAD_REQUEST, "give exactly one non-empty query parameter")
        accept = self.headers.get("Accept")
        if "format" in params:
            accept = _FORMAT_PARAM.get(params["format"][0].lower(), params["format"][0])
        body, content_type = self.server.answer(queries[0], accept)
        self._send(HTTPStatus.OK, body, content_type)

    def _index(self) -> None:
        html = self.server.html
        if html is not None and html.is_file():
            return self._send(HTTPStatus.OK, html.read_bytes(), "text/html; charset=utf-8")
        body = ("<!doctype html><meta charset=utf-8><title>kg SPARQL</title>"
                "<h1>kg SPARQL endpoint</h1><p>No HTML view: start with <code>--html PATH"
                "</code>.</p><form action=/sparql method=get><textarea name=query rows=8 "
                "cols=80>SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type"
                "</textarea><br><button>Run</button></form>").encode()
        self._send(HTTPStatus.OK, body, "text/html; charset=utf-8")


def default_html(graph_path: Path) -> Path | None:
    """The view `kg build` writes next to a graph: exports/graph.html beside it."""
    candidate = graph_path.resolve().parent / "exports" / "graph.html"
    return candidate if candidate.is_file() else None


def make_server(graph: Graph, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                html: Path | None = None, limits: Limits = Limits()) -> SparqlServer:
    """A server bound to (host, port); port 0 picks a free one (see ``server.server_port``)."""
    return SparqlServer((host, port), graph, html, limits)
