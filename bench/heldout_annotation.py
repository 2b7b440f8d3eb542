"""What the held-out sets' annotate.py files share: the entry helpers they are written with and
the writer that checks them against the set's input.jsonl and writes gold.jsonl beside it (in
the dev.gold.jsonl schema). Each annotate.py holds only its set's hand-written annotations."""
from __future__ import annotations

import json
from pathlib import Path

KEYS = ["proposed", "methods_used", "datasets", "benchmarks", "metrics", "tasks", "repos", "results"]


def E(name, *aliases):
    return {"name": name, "aliases": list(aliases)}


def D(name, *aliases, introduced=False):
    return {"name": name, "aliases": list(aliases), "introduced": introduced}


def R(metric, value, dataset=""):
    return {"metric": metric, "value": value, "dataset": dataset}


def write_gold(here: Path, entries: list, min_tasks: int = 1) -> None:
    """``entries``: (record id, annotations) per line of ``here``/input.jsonl, in order."""
    inputs = [json.loads(l) for l in open(here / "input.jsonl", encoding="utf-8") if l.strip()]
    assert len(inputs) == len(entries), (len(inputs), len(entries))
    with open(here / "gold.jsonl", "w", encoding="utf-8") as out:
        for rec, (rid, ann) in zip(inputs, entries):
            assert rec["id"] == rid, (rec["id"], rid)
            unknown = set(ann) - set(KEYS)
            assert not unknown, unknown
            assert min_tasks <= len(ann.get("tasks", [])) <= 4, rid
            row = {"id": rec["id"], "title": rec["title"]}
            for k in KEYS:
                row[k] = ann.get(k, [])
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(inputs)} gold records")
