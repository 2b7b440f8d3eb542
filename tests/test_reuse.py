"""Incremental rebuilds: unchanged Turtle blocks and records are copied from the previous output,
and the result is byte-identical to a fresh build, whatever happened to the files in between."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.export import reuse

from rebuilds import SECOND, assert_same_as_fresh, build, corpus  # noqa: F401 (fixture)


def test_adding_a_file_copies_unchanged_blocks_and_matches_a_fresh_build(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build(corpus, out, cache)
    assert first.reused == {"turtle": (0, first.reused["turtle"][1]),
                            "records": (0, first.papers)}
    shutil.copy(SECOND, corpus)
    second = build(corpus, out, cache, jobs=2)
    copied, units = second.reused["turtle"]
    assert 0 < copied < units  # the first listing's papers and entities, not the new ones
    copied, records = second.reused["records"]
    assert records == second.papers and 0 < copied < records
    assert_same_as_fresh(corpus, out, tmp_path)


def test_unchanged_rebuild_copies_every_block(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    again = build(corpus, out, cache)
    for kind in ("turtle", "records"):
        copied, units = again.reused[kind]
        assert copied == units > 0, kind


def test_edited_abstract_renders_its_paper_again(tmp_path):
    source = tmp_path / "papers.jsonl"
    papers = [{"title": f"Paper {i}", "abstract": f"We propose Net{i}, evaluated on CIFAR-10 "
               f"and ImageNet, reaching {80 + i}% top-1 accuracy."} for i in range(6)]
    source.write_text("".join(json.dumps(p) + "\n" for p in papers))
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(source, out, cache)
    papers[2]["abstract"] = "We propose Net2, evaluated on CIFAR-100, reaching 61% accuracy."
    source.write_text("".join(json.dumps(p) + "\n" for p in papers))
    again = build(source, out, cache)
    assert again.reused["records"] == (5, 6)
    assert_same_as_fresh(source, out, tmp_path)


def _damage_output(path: Path) -> None:
    path.write_bytes(b"# not what kg wrote\n" * 10)


def _damage_layouts(cache: Path) -> None:
    for layout in (cache / "layouts").iterdir():
        layout.write_bytes(gzip.compress(b'{"format": "kg-layout-1", "names": [1, 2]'))


def _truncate_layouts(cache: Path) -> None:
    for layout in (cache / "layouts").iterdir():
        layout.write_bytes(layout.read_bytes()[:50])


@pytest.mark.parametrize("damage", ["output", "layouts", "truncated layouts", "new renderer"])
def test_previous_output_is_trusted_only_when_it_is_the_file_described(corpus, tmp_path,
                                                                       monkeypatch, damage):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    if damage == "output":
        _damage_output(out / "graph.ttl")
        _damage_output(out / "papers.jsonl")
    elif damage == "layouts":
        _damage_layouts(cache)
    elif damage == "truncated layouts":
        _truncate_layouts(cache)
    else:
        monkeypatch.setattr(reuse, "renderer_digest", lambda: "another kg version")
    again = build(corpus, out, cache)
    assert again.reused["turtle"][0] == 0 and again.reused["records"][0] == 0
    assert_same_as_fresh(corpus, out, tmp_path)


def test_replaced_output_with_the_same_size_is_not_trusted(corpus, tmp_path):
    """Another file at the path (new inode) is rendered over, even with the same size."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    target = out / "graph.ttl"
    size, stat = target.stat().st_size, target.stat()
    replacement = tmp_path / "other.ttl"
    replacement.write_bytes(b"#" * size)
    os.utime(replacement, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(replacement, target)
    again = build(corpus, out, cache)
    assert again.reused["turtle"][0] == 0
    assert_same_as_fresh(corpus, out, tmp_path)


def test_no_cache_writes_no_layouts(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    report = build(corpus, tmp_path / "out", cache=None)
    assert report.reused == {}
    assert not (tmp_path / "user-cache").exists()


def test_unit_key_tells_apart_values_that_print_alike():
    assert reuse.unit_key(("a", 1)) != reuse.unit_key(("a", "1"))
    assert reuse.unit_key({"x": 1.0}) != reuse.unit_key({"x": 1})
    assert reuse.unit_key(["a,b"]) != reuse.unit_key(["a", "b"])
    assert reuse.unit_key(("a", 1)) == reuse.unit_key(("a", 1))


def test_layouts_are_pruned_to_the_most_recent(tmp_path, monkeypatch):
    monkeypatch.setattr(reuse, "_KEEP_LAYOUTS", 3)
    store = reuse.LayoutStore(tmp_path / "cache")
    for i in range(5):
        output = tmp_path / f"out-{i}.ttl"
        reuse.write_units(output, b"", [("a", "k" * 20, b"x\n", 1)], None, store, "turtle")
    assert len(list((tmp_path / "cache" / "layouts").iterdir())) == 3
    layout = store.load(tmp_path / "out-4.ttl", "turtle")
    assert layout is not None
    layout.close()
    assert store.load(tmp_path / "out-0.ttl", "turtle") is None


def test_a_rebuild_renders_a_few_changed_blocks_without_forking(corpus, tmp_path, monkeypatch):
    from kg.export import rdf

    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    shutil.copy(SECOND, corpus)

    def no_fork(*args):
        raise AssertionError("forked workers for a handful of blocks")

    monkeypatch.setattr(rdf, "_BLOCK", 10)  # enough blocks that a full render would fork
    monkeypatch.setattr(rdf, "get_context", no_fork)
    build(corpus, out, cache, jobs=2)
    assert_same_as_fresh(corpus, out, tmp_path)


def test_a_rebuild_with_many_changed_blocks_renders_them_in_workers(corpus, tmp_path,
                                                                    monkeypatch):
    from kg.export import rdf

    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    shutil.copy(SECOND, corpus)
    forked = []
    fork = rdf.get_context

    def counted(method):
        forked.append(method)
        return fork(method)

    monkeypatch.setattr(rdf, "_BLOCK", 10)
    monkeypatch.setattr(rdf, "_RENDER_HERE", 0)
    monkeypatch.setattr(rdf, "get_context", counted)
    build(corpus, out, cache, jobs=2)
    assert forked == ["fork"]
    assert_same_as_fresh(corpus, out, tmp_path)


def test_a_record_key_changes_with_the_names_it_shows_and_nothing_else(tmp_path):
    from kg.export.keys import NodeKeys, record_key

    graph = nx.MultiDiGraph()
    graph.add_node("paper/a", kind="paper", title="A", abstract="We use Net.")
    graph.add_node("method/net", kind="method", label="Net", aliases=["NN"])
    graph.add_node("method/other", kind="method", label="Other", aliases=[])
    graph.add_edge("paper/a", "method/net", key="uses", evidence=[], confidence=0.9)
    fingerprints = {"paper/a": "f1"}
    key = record_key(graph, "paper/a", NodeKeys(graph, fingerprints))
    graph.nodes["method/other"]["label"] = "Renamed"  # not linked from the paper
    assert record_key(graph, "paper/a", NodeKeys(graph, fingerprints)) == key
    graph.nodes["method/net"]["aliases"].append("NeuralNet")
    assert record_key(graph, "paper/a", NodeKeys(graph, fingerprints)) != key
    given = NodeKeys(graph, fingerprints, {"method/net": "stale"})  # keys from the Turtle
    assert record_key(graph, "paper/a", given) != record_key(graph, "paper/a",
                                                             NodeKeys(graph, fingerprints))
    assert record_key(graph, "paper/a", NodeKeys(graph, {"paper/a": "f2"})) != \
        record_key(graph, "paper/a", NodeKeys(graph, fingerprints))
