"""kg: turn machine-learning paper abstracts into an evidence-backed knowledge graph.

    from kg import build, extract
    build(["seeds/"], turtle="graph.ttl", html="exports/graph.html")
"""

from kg.api import Options, Report, build, extract, make_graph
from kg.model import Entity, Evidence, Extraction, Kind, Mention, Paper, Role

__all__ = ["Entity", "Evidence", "Extraction", "Kind", "Mention", "Options", "Paper", "Report",
           "Role", "build", "extract", "make_graph"]
