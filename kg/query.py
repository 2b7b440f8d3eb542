"""SPARQL over a loaded graph: run a query, run a named query, format the results.

    graph = load_graph("graph.ttl")
    result = run_query(graph, "SELECT ?s WHERE { ?s a kg:Dataset }")
    result = run_named(graph, "leaderboard", {"dataset": "ImageNet"})
    print(format_result(result, "table"))

Named queries are the ``.rq`` files in ontology/queries/. Their header comments document them:
the first comment line is the description, and each ``# @param NAME  text`` line declares a
parameter (``# @param NAME?  text`` an optional one). A parameter binds the variable ``?NAME``
to the lower-cased value as a plain literal - through rdflib's ``initBindings``, or on an
Oxigraph store as a ``VALUES`` row of escaped literals - so user text never becomes query
syntax, and queries compare it with ``LCASE(STR(?alias))`` to match any alias.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.errors import QueryError
from kg.load import is_oxigraph
from kg.vocab import ID, PREFIXES, ontology_path

# SELECT/ASK results, and the graph formats a CONSTRUCT/DESCRIBE result can be written in.
RESULT_FORMATS = ("table", "csv", "json", "xml")
GRAPH_FORMATS = {"table": "turtle", "ttl": "turtle", "json": "json-ld", "jsonld": "json-ld",
                 "nt": "nt", "xml": "xml"}
FORMATS = ("table", "csv", "json", "xml", "ttl", "nt", "jsonld")
TABLE_CELL_WIDTH = 60  # longer cells are cut with an ellipsis in `--format table`

# Declared for every query (a query's own PREFIX lines take precedence).
NAMESPACES: dict[str, str] = {**PREFIXES, "id": str(ID)}
_PARAM_LINE = re.compile(r"#\s*@param\s+([A-Za-z_][A-Za-z0-9_]*)(\?)?\s*(.*)")
_WHERE_OPEN = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_GROUP_BY = re.compile(r"\bGROUP\s+BY\b", re.IGNORECASE)
# rdflib's SPARQL parser (pyparsing) is not safe to call from several threads at once.
_PARSE_LOCK = threading.Lock()


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    required: bool = True


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path

    def usage(self) -> str:
        shown = " ".join(f"--param {p.name}=..." if p.required else f"[--param {p.name}=...]"
                         for p in self.params)
        return f"--name {self.name}" + (f" {shown}" if shown else "")


def queries_dir() -> Path:
    return ontology_path("queries")


def _parse_named(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description = ""
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM_LINE.match(line)
        if match:
            params.append(Param(match[1], match[3].strip(), required=not match[2]))
        elif not description:
            description = line.lstrip("#").strip()
    return NamedQuery(path.stem, description, tuple(params), text, path)


def named_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query shipped in ontology/queries/, by name (the file stem)."""
    folder = directory or queries_dir()
    return {q.name: q for q in map(_parse_named, sorted(folder.glob("*.rq")))}


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    """``["dataset=ImageNet", "x=a=b"]`` -> ``{"dataset": "ImageNet", "x": "a=b"}``."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r} is not key=value, e.g. --param dataset=ImageNet")
        params[key.strip()] = value.strip()
    return params


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300]


def _values_block(bindings: Mapping[str, Identifier]) -> str:
    names = " ".join(f"?{name}" for name in bindings)
    row = " ".join(term.n3() for term in bindings.values())  # n3() escapes literals
    return f"VALUES ({names}) {{ ({row}) }}\n"


def run_query(graph: Graph, text: str, bindings: Mapping[str, Identifier] | None = None
              ) -> Result:
    """Run a SPARQL SELECT/ASK/CONSTRUCT/DESCRIBE; the result is fully evaluated on return.

    ``bindings`` pre-bind variables (``{"dataset": Literal("imagenet")}``). On an Oxigraph
    store they become a ``VALUES`` row at the top of the first ``WHERE { ... }`` group.
    """
    bindings = dict(bindings or {})
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) or not isinstance(term, Node):
            raise QueryError(f"cannot bind ?{name} to {term!r}")
    query = text
    try:
        if is_oxigraph(graph):
            if bindings:
                match = _WHERE_OPEN.search(query)
                if match is None:
                    raise QueryError("parameters need a query with a WHERE { ... } clause")
                query = query[:match.end()] + "\n" + _values_block(bindings) + query[match.end():]
            result = graph.query(query, initNs=NAMESPACES)
        else:
            from rdflib.plugins.sparql import prepareQuery

            with _PARSE_LOCK:
                prepared = prepareQuery(query, initNs=NAMESPACES)
            result = graph.query(prepared, initBindings=bindings)
            if result.type == "SELECT" and _GROUP_BY.search(text):
                # rdflib answers GROUP BY over no solutions with one empty row, not none
                result.bindings = [row for row in result.bindings if any(row.values())]
        if result.type == "SELECT":
            result.bindings  # noqa: B018 - evaluates the lazy solution sequence here
        return result
    except QueryError:
        raise
    except Exception as exc:  # pyparsing/rdflib/Oxigraph each raise their own kinds
        kind = "syntax error" if _is_syntax_error(exc) else "query failed"
        raise QueryError(f"SPARQL {kind}: {_one_line(exc)}") from None


def _is_syntax_error(exc: Exception) -> bool:
    from pyparsing import ParseBaseException

    return isinstance(exc, ParseBaseException | SyntaxError)


def check_read_only(text: str) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of ``text``, or QueryError when it
    is not a query, or would fetch data from elsewhere (SERVICE, FROM, FROM NAMED)."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        with _PARSE_LOCK:
            parsed = parseQuery(text)
    except Exception as exc:
        raise QueryError(f"SPARQL syntax error (updates are not accepted): {_one_line(exc)}") \
            from None
    body = parsed[1]
    if "datasetClause" in body.keys():
        raise QueryError("FROM and FROM NAMED are not allowed: the endpoint serves one graph")
    if "ServiceGraphPattern" in repr(parsed):
        raise QueryError("SERVICE is not allowed: the endpoint does not query other endpoints")
    return body.name.removesuffix("Query").upper()


def run_named(graph: Graph, name: str, params: Mapping[str, str] | None = None,
              directory: Path | None = None) -> Result:
    """Run the named query ``name`` with ``params`` (strings, matched case-insensitively)."""
    queries = named_queries(directory)
    if name not in queries:
        known = ", ".join(sorted(queries)) or "none"
        raise QueryError(f"unknown named query {name!r}; known: {known}")
    query = queries[name]
    params = dict(params or {})
    declared = {p.name for p in query.params}
    unknown = sorted(set(params) - declared)
    if unknown:
        expected = ", ".join(sorted(declared)) or "no parameters"
        raise QueryError(f"named query {name!r} has no parameter {unknown[0]!r}; "
                         f"it takes {expected}")
    missing = [p.name for p in query.params if p.required and not params.get(p.name)]
    if missing:
        raise QueryError(f"named query {name!r} needs --param {missing[0]}=VALUE "
                         f"({next(p.description for p in query.params if p.name == missing[0])})")
    bindings = {key: Literal(value.lower()) for key, value in params.items() if value}
    return run_query(graph, query.text, bindings)


# ---------------------------------------------------------------- formatting

def short(term: Node | None) -> str:
    """A readable cell: literals by value, kg instances by id, vocabulary as prefix:name."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    text = str(term)
    if isinstance(term, URIRef):
        if text.startswith(str(ID)):
            return text[len(str(ID)):]
        for prefix, namespace in PREFIXES.items():
            local = text[len(namespace):]
            if text.startswith(namespace) and re.fullmatch(r"[A-Za-z_][\w-]*", local):
                return f"{prefix}:{local}"
    return text


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: Sequence[str], rows: Sequence[Sequence[str]],
          width: int = TABLE_CELL_WIDTH) -> str:
    """Rows as aligned plain-text columns, long cells cut to ``width``."""
    cells = [[_cut(str(c), width) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"


def result_table(result: Result) -> str:
    names = [str(v) for v in result.vars or ()]
    rows = [[short(row.get(v)) for v in result.vars] for row in result.bindings]
    return table(names, rows)


def format_result(result: Result, fmt: str = "table") -> str:
    """SELECT/ASK as table, csv, json (SPARQL 1.1 JSON results) or xml; CONSTRUCT/DESCRIBE
    as Turtle (table, ttl), JSON-LD (json, jsonld), N-Triples (nt) or RDF/XML (xml)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a {result.type} result is a graph: use --format "
                             + ", ".join(GRAPH_FORMATS))
        graph = result.graph
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, replace=True)
        graph.bind("id", str(ID))
        return graph.serialize(format=GRAPH_FORMATS[fmt])
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"a {result.type} result is a table: use --format "
                         + ", ".join(RESULT_FORMATS))
    if fmt == "table":
        if result.type == "ASK":
            return f"{'yes' if result.askAnswer else 'no'}\n"
        return result_table(result)
    return result.serialize(format=fmt, encoding="utf-8").decode("utf-8")


def row_count(result: Result) -> int | None:
    return len(result.bindings) if result.type == "SELECT" else None


def read_query_argument(query: str) -> str:
    """A query argument is SPARQL text, or the path of a ``.rq``/``.sparql`` file."""
    candidate = Path(query)
    looks_like_file = query.endswith((".rq", ".sparql")) and "\n" not in query
    if looks_like_file or (len(query) < 4096 and "{" not in query and candidate.is_file()):
        try:
            return candidate.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read query file {query}: {exc.strerror or exc}") from None
    return query
