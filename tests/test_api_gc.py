"""The API pauses and freezes the cyclic GC while it builds (kg.gcpause); callers must get the
collector back as they left it, and their graph collectable."""

from __future__ import annotations

import gc
import json

from kg import api


def _source(tmp_path):
    path = tmp_path / "papers.jsonl"
    path.write_text(json.dumps({"title": "ZorgNet: Sorting Glyphs",
                                "abstract": "We propose ZorgNet, evaluated on CIFAR-10."}) + "\n")
    return path


def test_make_graph_leaves_the_collector_on_and_nothing_frozen(tmp_path):
    assert gc.isenabled() and gc.get_freeze_count() == 0
    graph, papers = api.make_graph([_source(tmp_path)], api.Options(jobs=1, use_cache=False))
    assert graph.number_of_nodes() > 1 and len(papers) == 1
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_build_leaves_the_collector_on_and_nothing_frozen(tmp_path):
    api.build([_source(tmp_path)], turtle=tmp_path / "g.ttl", html=None,
              options=api.Options(jobs=1, use_cache=False))
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
