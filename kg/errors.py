"""kg's error kinds. The library raises these; the CLI prints their one-line message.

Each message says what is wrong, with which file or record, and what to do about it.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: ``str(error)`` is a complete one-line message for the user."""

    code = "E000"
    exit_code = 1

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(KgError):
    """A path or file cannot be used at all (missing, unreadable, nothing usable in it)."""

    code = "E100"
    exit_code = 2


class NoPapersError(InputError):
    """Every source was read but none held a usable paper."""

    code = "E101"


class OutputError(KgError):
    """An output cannot be written (directory missing, permission denied, disk full)."""

    code = "E200"
    exit_code = 3


class GraphError(KgError):
    """A graph file given to a command cannot be loaded or is not a kg graph."""

    code = "E300"
    exit_code = 4


class QueryError(KgError):
    """A SPARQL query, named query or query parameter cannot be used (syntax, unknown, missing)."""

    code = "E400"
    exit_code = 6


class NotFoundError(QueryError):
    """A name given to a command matches nothing in the graph."""

    code = "E404"


class EngineError(KgError):
    """The Dask engine cannot run: dask missing, scheduler unreachable, workers mismatched."""

    code = "E500"
    exit_code = 7
