"""Per-input-file snapshots (kg.snapshot): an unchanged file is not parsed again, and a build
that uses snapshots writes the same bytes as a fresh one, whatever happened to the files, the
snapshots or the cache in between."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest

from kg import api
from kg.extract import EXTRACTOR_VERSION
from kg.resolve import _compute_name_keys
from kg.snapshot import _MAGIC, FileSnapshots, resolver_fingerprint

from rebuilds import (FIRST, SECOND, assert_same_as_fresh, build, corpus,  # noqa: F401
                      write_jsonl)


def _snapshots(cache: Path) -> list[Path]:
    return sorted(p for p in (cache / "files").glob("*.pickle")
                  if not p.name.startswith("name-keys"))



@pytest.mark.parametrize("jobs", [1, 2])
def test_adding_a_file_reads_the_old_one_from_its_snapshot(corpus, tmp_path, jobs):
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build(corpus, out, cache, jobs)
    assert first.snapshot_files == 0 and len(_snapshots(cache)) == 1
    shutil.copy(SECOND, corpus)
    second = build(corpus, out, cache, jobs)
    assert second.snapshot_files == 1  # the first listing; the new one is read
    assert len(_snapshots(cache)) == 2
    assert second.cache_hits == first.papers  # its extractions came with it
    fresh = assert_same_as_fresh(corpus, out, tmp_path)
    assert (second.papers, second.records_read, second.duplicates_merged) == (
        fresh.papers, fresh.records_read, fresh.duplicates_merged)
    third = build(corpus, out, cache, jobs)
    assert third.snapshot_files == 2 and third.cache_hits == third.papers


def test_an_edited_file_is_read_again(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    listing = corpus / FIRST.name
    text = listing.read_text(encoding="utf-8")
    listing.write_text(text.replace("We ", "Here we ", 1), encoding="utf-8")
    again = build(corpus, out, cache)
    assert again.snapshot_files == 0
    assert_same_as_fresh(corpus, out, tmp_path)


def test_skipped_records_and_notices_come_back_from_a_snapshot(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_jsonl(corpus / "a.jsonl", [
        {"title": "Zorg Nets for Glyphs", "abstract": "We propose ZorgNet, tested on MNIST."},
        "{not json",
        {"title": "Zorg Nets for Glyphs", "abstract": "Another abstract of the same paper."},
        {"title": "Blorp Sampling", "abstract": "We introduce Blorp, a sampler."},
    ])
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build(corpus, out, cache)
    second = build(corpus, out, cache)
    assert second.snapshot_files == 1 and first.skipped and first.notices
    assert (second.skipped, second.notices) == (first.skipped, first.notices)
    assert (second.records_read, second.duplicates_merged) == (first.records_read,
                                                               first.duplicates_merged)
    assert_same_as_fresh(corpus, out, tmp_path)


def test_a_paper_merged_with_another_files_copy_is_looked_up_in_the_cache(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paper = {"title": "Zorg Nets for Glyphs", "abstract": "We propose ZorgNet."}
    write_jsonl(corpus / "a.jsonl", [paper, {"title": "Blorp Sampling",
                                        "abstract": "We introduce Blorp."}])
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    # a second file holds a fuller copy of the first paper: the merged paper is another text
    write_jsonl(corpus / "b.jsonl", [{**paper, "abstract": paper["abstract"] + " It sorts "
                                     "glyphs on MNIST with 99% accuracy."}])
    again = build(corpus, out, cache)
    assert again.snapshot_files == 1
    assert_same_as_fresh(corpus, out, tmp_path)


@pytest.mark.parametrize("damage", ["truncate", "flip", "other-magic"])
def test_a_damaged_snapshot_is_ignored_and_removed(corpus, tmp_path, damage):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    (snapshot,) = _snapshots(cache)
    data = bytearray(snapshot.read_bytes())
    if damage == "truncate":
        data = data[:len(data) // 2]
    elif damage == "flip":
        data[-10] ^= 0xFF
    else:
        data[:len(_MAGIC)] = b"x" * len(_MAGIC)
    snapshot.write_bytes(bytes(data))
    again = build(corpus, out, cache)
    assert again.snapshot_files == 0
    assert snapshot.exists() and snapshot.read_bytes() != bytes(data)  # written anew
    assert_same_as_fresh(corpus, out, tmp_path)


class _Runs:
    """A pickle that would run a shell command when loaded by a plain unpickler."""

    def __init__(self, command: str):
        self.command = command

    def __reduce__(self):
        return os.system, (self.command,)


def test_a_snapshot_naming_anything_but_kg_records_is_refused(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    (snapshot,) = _snapshots(cache)
    marker = tmp_path / "ran"
    payload = pickle.dumps(((_Runs(f"touch {marker}"),), (), {}))
    # a well-formed file, checksum and all: only the unpickler's class check stands in the way
    snapshot.write_bytes(_MAGIC + hashlib.sha256(payload).digest() + payload)
    again = build(corpus, out, cache)
    assert not marker.exists()
    assert again.snapshot_files == 0
    assert_same_as_fresh(corpus, out, tmp_path)


def test_no_cache_writes_and_reads_no_snapshot(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    report = api.build([corpus], turtle=out / "graph.ttl", html=None,
                       options=api.Options(jobs=1, use_cache=False, cache_dir=cache))
    assert report.snapshot_files == 0


def test_old_snapshots_of_other_inputs_are_pruned(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    files = cache / "files"
    day_old, recent, ours = files / ("a" * 40 + ".pickle"), files / ("b" * 40 + ".pickle"), \
        _snapshots(cache)[0]
    day_old.write_bytes(b"x")
    recent.write_bytes(b"x")
    past = time.time() - 2 * 24 * 3600
    os.utime(day_old, (past, past))
    build(corpus, out, cache)
    assert ours.exists() and recent.exists()  # this build's, and another used lately
    assert not day_old.exists()


def test_kept_name_keys_are_what_the_resolver_computes(corpus, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(corpus, out, cache)
    (kept,) = (cache / "files").glob("name-keys-*.pickle")
    assert kept.name == f"name-keys-{resolver_fingerprint()}.pickle"
    table = FileSnapshots(cache, EXTRACTOR_VERSION).name_keys()
    assert len(table) > 100
    assert all(_compute_name_keys(*form) == keys for form, keys in table.items())
