#!/usr/bin/env python3
"""Reproduce bench/heldout/input.jsonl: 50 real abstracts sampled from the shared corpus.

Eligible: year >= 2015 and an abstract of at least 600 characters. To spread the sample
across venues, eligible records are grouped by venue, each venue's records are shuffled,
and papers are then drawn round-robin over a shuffled venue order until 50 are chosen
(duplicate titles skipped). All randomness comes from random.Random(20261126).

    python bench/heldout/sample.py [--corpus PATH] [--out PATH]
"""
import argparse
import gzip
import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261126
N = 50
FIELDS = ("id", "title", "abstract", "venue", "year")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parents[2] / "shared/corpus/abstracts.jsonl.gz"))
    ap.add_argument("--out", default=str(HERE / "input.jsonl"))
    args = ap.parse_args()

    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    eligible = [r for r in records
                if int(r.get("year") or 0) >= 2015 and len(r.get("abstract") or "") >= 600]
    eligible.sort(key=lambda r: str(r["id"]))

    rng = random.Random(SEED)
    by_venue = defaultdict(list)
    for r in eligible:
        by_venue[r["venue"]].append(r)
    venues = sorted(by_venue)
    for v in venues:
        rng.shuffle(by_venue[v])
    rng.shuffle(venues)

    chosen, seen = [], set()
    cursor = {v: 0 for v in venues}
    while len(chosen) < N:
        progressed = False
        for v in venues:
            while cursor[v] < len(by_venue[v]) and len(chosen) < N:
                r = by_venue[v][cursor[v]]
                cursor[v] += 1
                key = re.sub(r"[^0-9a-z]+", "", r["title"].lower())
                if key in seen:
                    continue
                seen.add(key)
                chosen.append(r)
                progressed = True
                break
        if not progressed:
            break

    with open(args.out, "w", encoding="utf-8") as out:
        for r in chosen:
            out.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} records from {len({r['venue'] for r in chosen})} venues to {args.out}")


if __name__ == "__main__":
    main()
