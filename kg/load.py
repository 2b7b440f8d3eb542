"""Load a graph file (Turtle, N-Triples, JSON-LD; optionally gzipped) into an rdflib Graph.

    graph = load_graph("graph.ttl")                    # auto: Oxigraph for big files
    graph = load_graph("graph.nt", backend="memory")   # rdflib's own store and parser

Every read-side command (query, stats, show, export, validate, serve) loads its graph once
through here. rdflib's own parser needs minutes for millions of triples, so files of
``OXIGRAPH_MIN_BYTES`` or more go into an Oxigraph-backed store (``oxrdflib``) when it is
installed; SPARQL then runs on Oxigraph's engine behind the same rdflib ``Graph`` API.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

from rdflib import Graph

from kg.errors import GraphError
from kg.vocab import ID, PREFIXES

# Files at least this big (uncompressed size unknown for .gz: the compressed size counts x5)
# are loaded into Oxigraph when oxrdflib is installed.
OXIGRAPH_MIN_BYTES = 8 * 1024 * 1024
BACKENDS = ("auto", "memory", "oxigraph")

_FORMATS = {
    ".ttl": ("turtle", "ox-turtle", "Turtle"),
    ".turtle": ("turtle", "ox-turtle", "Turtle"),
    ".nt": ("nt", "ox-ntriples", "N-Triples"),
    ".ntriples": ("nt", "ox-ntriples", "N-Triples"),
    ".jsonld": ("json-ld", "ox-json-ld", "JSON-LD"),
    ".json": ("json-ld", "ox-json-ld", "JSON-LD"),
}


def oxigraph_available() -> bool:
    try:
        import oxrdflib  # noqa: F401
    except ImportError:
        return False
    return True


def graph_format(path: str | os.PathLike) -> tuple[str, str, str]:
    """(rdflib format, Oxigraph format, display name) from the file name; .gz is looked through."""
    name = Path(path).name.lower().removesuffix(".gz")
    suffix = Path(name).suffix
    if suffix not in _FORMATS:
        known = ", ".join(sorted(_FORMATS))
        raise GraphError(f"cannot tell the RDF format of {path}: use a name ending in {known} "
                         "(optionally .gz)")
    return _FORMATS[suffix]


def is_oxigraph(graph: Graph) -> bool:
    return type(graph.store).__name__ == "OxigraphStore"


def _choose(path: Path, backend: str) -> str:
    if backend not in BACKENDS:
        raise GraphError(f"unknown graph backend {backend!r}; use one of {', '.join(BACKENDS)}")
    if backend == "oxigraph" and not oxigraph_available():
        raise GraphError("backend 'oxigraph' needs the oxrdflib package: "
                         "pip install oxrdflib==0.5.0")
    if backend != "auto":
        return backend
    size = path.stat().st_size * (5 if path.suffix == ".gz" else 1)
    return "oxigraph" if size >= OXIGRAPH_MIN_BYTES and oxigraph_available() else "memory"


_STORE_GRAPH = "https://w3id.org/kg-ml/graph"  # the named graph a persistent store holds
_STORE_STAMP = "kg-source.json"  # which file (path, size, mtime) the store was loaded from


def _stamp(path: Path) -> dict:
    info = path.stat()
    return {"path": str(path.resolve()), "size": info.st_size, "mtime_ns": info.st_mtime_ns}


def open_store(path: Path, store: Path) -> Graph:
    """The graph in an on-disk Oxigraph store at ``store``, (re)loaded from ``path`` only when
    the store was filled from another file or an older version of it."""
    if not oxigraph_available():
        raise GraphError("--store needs the oxrdflib package: pip install oxrdflib==0.5.0")
    stamp_file = store / _STORE_STAMP
    fresh = False
    try:
        fresh = json.loads(stamp_file.read_text(encoding="utf-8")) == _stamp(path)
    except (OSError, ValueError):
        pass
    if not fresh and store.is_dir() and any(store.iterdir()) and not stamp_file.exists():
        raise GraphError(f"{store} is not empty and is not a kg store (no {_STORE_STAMP}); "
                         "give --store a new or empty folder")
    try:
        if not fresh:
            if store.exists():
                shutil.rmtree(store)  # a kg store filled from another file: refill it
            _bulk_load(path, store)
            stamp_file.write_text(json.dumps(_stamp(path)), encoding="utf-8")
        graph = Graph(store="Oxigraph", identifier=_STORE_GRAPH)
        graph.open(str(store))
    except OSError as exc:
        raise GraphError(f"cannot use the store {store}: {exc.strerror or exc}") from None
    _bind(graph)
    return graph


def _bulk_load(path: Path, store: Path) -> None:
    """Oxigraph's bulk loader: streams the file to disk without holding it in memory (going
    through rdflib's add() one triple at a time took minutes and GBs at 5M triples)."""
    import pyoxigraph

    formats = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES,
               "json-ld": pyoxigraph.RdfFormat.JSON_LD}
    rdflib_format, _, display = graph_format(path)
    target = pyoxigraph.Store(str(store))
    try:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as handle:
            target.bulk_load(handle, formats[rdflib_format], base_iri=str(ID),
                             to_graph=pyoxigraph.NamedNode(_STORE_GRAPH))
        target.flush()
    except (SyntaxError, ValueError) as exc:
        detail = " ".join(str(exc).split())[:300]
        raise GraphError(f"cannot read {path} as {display}: {detail}") from None
    finally:
        del target


def _bind(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    graph.bind("id", str(ID))


def load_graph(path: str | os.PathLike, *, backend: str = "auto",
               store: str | os.PathLike | None = None) -> Graph:
    """The graph in ``path``; GraphError (one line) when it is missing or cannot be parsed.
    With ``store`` the triples live in an on-disk Oxigraph store that later calls reuse."""
    path = Path(path)
    if not path.is_file():
        what = "is a directory, not a graph file" if path.is_dir() else "does not exist"
        raise GraphError(f"{path} {what}; build one with `kg build SOURCES --out graph.ttl`")
    if store is not None:
        graph_format(path)  # fail early on an unknown format
        return open_store(path, Path(store))
    chosen = _choose(path, backend)
    graph = Graph(store="Oxigraph") if chosen == "oxigraph" else Graph()
    _bind(graph)
    _parse(graph, path, chosen)
    return graph


def _parse(graph: Graph, path: Path, chosen: str) -> None:
    rdflib_format, ox_format, display = graph_format(path)
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as handle:
                graph.parse(source=handle, format=ox_format if chosen == "oxigraph"
                            else rdflib_format, publicID=str(ID))
        else:
            graph.parse(str(path), format=ox_format if chosen == "oxigraph" else rdflib_format,
                        publicID=str(ID))
    except OSError as exc:
        raise GraphError(f"cannot read {path}: {exc.strerror or exc}") from None
    except Exception as exc:  # each parser raises its own kinds; all mean "not this format"
        detail = " ".join(str(exc).split())[:300]
        raise GraphError(f"cannot read {path} as {display}: {detail}") from None
