"""The draw shared by the sampled corpus sets (each folder's sample.py holds its seed, its
exclusion lists and its frozen skips, and calls `main`).

Eligible: any year and an abstract of at least 400 characters. Eligible records are sorted by
id and grouped by venue; each venue's list is shuffled, then the venue order is shuffled, and
papers are drawn round-robin over venues until 40. Excluded papers and duplicate titles are
skipped at draw time, so the shuffle itself does not depend on the exclusion lists.

Exclusions: every id and normalised title in earlier sets' inputs and the 60 dev titles, and
the (id, normalised title) pairs in FROZEN_SKIPS: the papers that scratch lists (ids of
samples used elsewhere, in /tmp) removed from the draw when the set was written. The scratch
lists are read only with --live-exclusions, for a fresh draw: they grow as other work appends
to them, so a script that always read them would stop reproducing its own set.
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the checkout
SHARED = ROOT.parent / "shared"
if not SHARED.exists():                     # e.g. run from a clone outside /work
    SHARED = Path("/work/shared")
N = 40
MIN_ABSTRACT = 400
FIELDS = ("id", "title", "abstract", "venue", "year")


def norm(title: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", (title or "").lower())


def _jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _exclusions(inputs, frozen_skips, scratch_ids, scratch_jsonl, own_input, live):
    ids = {i for i, _ in frozen_skips if i}
    titles = {t for _, t in frozen_skips}
    for path in inputs:
        for r in _jsonl(path):
            if r.get("id"):
                ids.add(str(r["id"]))
            titles.add(norm(r.get("title", "")))
    titles |= {norm(r["title"]) for r in _jsonl(SHARED / "eval/dev.gold.jsonl")}
    used, read, missing = set(), [], []
    if live:
        for path in scratch_ids:
            if not Path(path).exists():
                missing.append(str(path))
                continue
            read.append(str(path))
            used |= {line.strip() for line in open(path, encoding="utf-8") if line.strip()}
        for pattern in scratch_jsonl:
            paths = sorted(p for p in glob.glob(str(pattern)) if Path(p).resolve() != own_input.resolve())
            if not paths:
                missing.append(str(pattern))
            for path in paths:
                read.append(path)
                for r in _jsonl(path):
                    if r.get("id"):
                        used.add(str(r["id"]))
                    titles.add(norm(r.get("title", "")))
    return ids, titles, used, read, missing


def draw(records: list[dict], seed: int, ex_ids: set[str], ex_titles: set[str]):
    """The chosen records and the (id, normalised title) of the excluded papers skipped."""
    eligible = sorted((r for r in records if len(r.get("abstract") or "") >= MIN_ABSTRACT),
                      key=lambda r: str(r["id"]))
    rng = random.Random(seed)
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
    return chosen, skipped


def sets_before_tuning(n: int) -> list[str]:
    """The inputs a corpus tuning set `n` (7 or later) excludes: the six held-out sets, tuning
    sets 1-3 and every corpus tuning set from 7 before `n` (sets 4-6 are drawn from the seeds).
    A fixed function of `n`, so a set's draw never changes as later sets are added."""
    held_out = ["bench/heldout/input.jsonl"] + [f"bench/heldout{k}/input.jsonl" for k in range(2, 7)]
    tuning = [f"bench/tuning{k}/input.jsonl" for k in [1, 2, 3, *range(7, n)]]
    return held_out + tuning


def main(here: Path, seed: int, inputs, frozen_skips, scratch_ids=(), scratch_jsonl=()) -> None:
    """Write `here/input.jsonl` (or --out) as one held-out set's sample.py defines it."""
    own_input = here / "input.jsonl"
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(SHARED / "corpus/abstracts.jsonl.gz"))
    ap.add_argument("--out", default=str(own_input))
    ap.add_argument("--live-exclusions", action="store_true",
                    help="also read the scratch exclusion lists (only for a fresh draw)")
    args = ap.parse_args()

    ex_ids, ex_titles, used, read, missing = _exclusions(
        [ROOT / p for p in inputs], frozen_skips, scratch_ids, scratch_jsonl, own_input,
        args.live_exclusions)
    if read:
        print(f"read scratch exclusion lists: {', '.join(read)} ({len(used)} ids)", file=sys.stderr)
    if missing:
        print("note: scratch exclusion files not found (FROZEN_SKIPS still applied): "
              + ", ".join(missing), file=sys.stderr)

    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    for r in records:  # a used paper's title too, so a duplicate record cannot slip in
        if str(r["id"]) in used:
            ex_titles.add(norm(r.get("title", "")))
    ex_ids |= used
    ex_titles.discard("")
    chosen, skipped = draw(records, seed, ex_ids, ex_titles)

    with open(args.out, "w", encoding="utf-8") as out:
        for r in chosen:
            out.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} records from {len({r['venue'] for r in chosen})} venues to {args.out}"
          f" ({len(skipped)} excluded papers skipped: {skipped})")
