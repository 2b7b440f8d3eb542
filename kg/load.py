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
import os
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


def load_graph(path: str | os.PathLike, *, backend: str = "auto") -> Graph:
    """The graph in ``path``; GraphError (one line) when it is missing or cannot be parsed."""
    path = Path(path)
    if not path.is_file():
        what = "is a directory, not a graph file" if path.is_dir() else "does not exist"
        raise GraphError(f"{path} {what}; build one with `kg build SOURCES --out graph.ttl`")
    rdflib_format, ox_format, display = graph_format(path)
    chosen = _choose(path, backend)
    graph = Graph(store="Oxigraph") if chosen == "oxigraph" else Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    graph.bind("id", str(ID))
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
    return graph
