#!/usr/bin/env python3
"""Reproduce bench/heldout3/input.jsonl: 40 real abstracts sampled from the shared corpus.

Third, independent held-out set, drawn exactly like bench/heldout2 but with another seed.
Eligible: any year and an abstract of at least 400 characters. Papers already used elsewhere
are excluded: every id and normalised title in bench/heldout/input.jsonl and
bench/heldout2/input.jsonl, every id listed in the scratch file /tmp/used_ids.txt (read when
present; the corpus titles of those ids are excluded too, so a duplicate record of a used
paper cannot slip in under another id) and the 60 dev titles of shared/eval/dev.gold.jsonl.
Eligible records are sorted by id and grouped by venue; each venue's list is shuffled, then
the venue order is shuffled, and papers are drawn round-robin over venues until 40 (excluded
papers and duplicate titles are skipped at draw time, so the shuffle itself does not depend
on the exclusion lists). All randomness comes from random.Random(20261128).

/tmp/used_ids.txt is a scratch file that may disappear. So that the draw stays reproducible
without it, FROZEN_SKIPS lists the ids and normalised titles that the exclusion lists actually
removed from this draw when input.jsonl was written; they are always skipped.

    python bench/heldout3/sample.py [--corpus PATH] [--out PATH]
"""
import argparse
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]                      # /work/main
SHARED = ROOT.parent / "shared"
if not SHARED.exists():                     # e.g. run from a clone outside /work
    SHARED = Path("/work/shared")
SEED = 20261128
N = 40
MIN_ABSTRACT = 400
FIELDS = ("id", "title", "abstract", "venue", "year")
EXCLUDE_INPUTS = [
    ROOT / "bench/heldout/input.jsonl",
    ROOT / "bench/heldout2/input.jsonl",
]
USED_IDS = Path("/tmp/used_ids.txt")
DEV_GOLD = SHARED / "eval/dev.gold.jsonl"

# (id, normalised title) of the papers skipped because of the exclusion lists when
# input.jsonl was produced.
FROZEN_SKIPS = [
    ("aaai2021:12612",
     "extractingzeroshotstructuredinformationfromformlikedocumentspretrainingwithkeysandtriggers"),
    ("cvpr2019:",
     "conditionaladversarialgenerativeflowforcontrollableimagesynthesis"),
    ("cvpr2019:",
     "fastandrobustmultiperson3dposeestimationfrommultipleviews"),
    ("wacv2025:c95eb6df7b",
     "towardsunbiasedcontinuallearningavoidingforgettinginthepresenceofspuriouscorrelations"),
    ("alt2025:8dclfIuMJ1",
     "fullswapregretanddiscretizedcalibration"),
    ("rss2025:",
     "dynamicsafetyincomplexenvironmentssynthesizingsafetyfilterswithpoissonsequation"),
]


def norm(title: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", (title or "").lower())


def load_exclusions():
    ids = {i for i, _ in FROZEN_SKIPS}
    titles = {t for _, t in FROZEN_SKIPS}
    missing = []
    for path in EXCLUDE_INPUTS:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if r.get("id"):
                    ids.add(str(r["id"]))
                titles.add(norm(r.get("title", "")))
    used = set()
    if USED_IDS.exists():
        used = {l.strip() for l in open(USED_IDS, encoding="utf-8") if l.strip()}
    else:
        missing.append(str(USED_IDS))
    for line in open(DEV_GOLD, encoding="utf-8"):
        if line.strip():
            titles.add(norm(json.loads(line)["title"]))
    titles.discard("")
    return ids, titles, used, missing


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(SHARED / "corpus/abstracts.jsonl.gz"))
    ap.add_argument("--out", default=str(HERE / "input.jsonl"))
    args = ap.parse_args()

    ex_ids, ex_titles, used, missing = load_exclusions()
    if missing:
        print("note: exclusion files not found (FROZEN_SKIPS still applied): "
              + ", ".join(missing), file=sys.stderr)

    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    for r in records:                       # used ids, and their titles
        if str(r["id"]) in used:
            ex_ids.add(str(r["id"]))
            ex_titles.add(norm(r.get("title", "")))
    ex_ids |= used
    ex_titles.discard("")
    eligible = [r for r in records if len(r.get("abstract") or "") >= MIN_ABSTRACT]
    eligible.sort(key=lambda r: str(r["id"]))

    rng = random.Random(SEED)
    by_venue = defaultdict(list)
    for r in eligible:
        by_venue[r["venue"]].append(r)
    venues = sorted(by_venue)
    for v in venues:
        rng.shuffle(by_venue[v])
    rng.shuffle(venues)

    chosen, seen, skipped = [], set(), []
    cursor = {v: 0 for v in venues}
    while len(chosen) < N:
        progressed = False
        for v in venues:
            while cursor[v] < len(by_venue[v]) and len(chosen) < N:
                r = by_venue[v][cursor[v]]
                cursor[v] += 1
                key = norm(r["title"])
                if str(r["id"]) in ex_ids or key in ex_titles:
                    skipped.append((str(r["id"]), key))
                    continue
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
    print(f"wrote {len(chosen)} records from {len({r['venue'] for r in chosen})} venues to {args.out}"
          f" ({len(skipped)} excluded papers skipped: {skipped})")


if __name__ == "__main__":
    main()
