#!/usr/bin/env python3
"""Reproduce bench/heldout4/input.jsonl: 40 real abstracts sampled from the shared corpus.

Fourth, independent held-out set, drawn exactly like bench/heldout2 and bench/heldout3 but with
another seed. Eligible: any year and an abstract of at least 400 characters. Papers already
used elsewhere are excluded: every id and normalised title in bench/heldout/input.jsonl,
bench/heldout2/input.jsonl and bench/heldout3/input.jsonl, the 60 dev titles of
shared/eval/dev.gold.jsonl, and (read only with --live-exclusions, i.e. when input.jsonl was
first drawn) the scratch lists /tmp/used_ids.txt, /tmp/q5/*/blind_input.jsonl and
/tmp/audit/corp8k.jsonl: every id in them, plus the corpus titles of those ids and the titles
the files themselves carry, so a duplicate record of a used paper cannot slip in under
another id. Eligible records are sorted by id and grouped by venue; each venue's list is
shuffled, then the venue order is shuffled, and papers are drawn round-robin over venues until
40 (excluded papers and duplicate titles are skipped at draw time, so the shuffle itself does
not depend on the exclusion lists). All randomness comes from random.Random(20261129).

The scratch lists may disappear or grow (other sessions append to them). So that the draw
stays reproducible without them, FROZEN_SKIPS lists the ids and normalised titles that the
exclusion lists actually removed from this draw when input.jsonl was written; they are always
skipped, and by default the scratch files are not read at all.

    python bench/heldout4/sample.py [--corpus PATH] [--out PATH] [--live-exclusions]
"""
import argparse
import glob
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]                      # /work/main
if not (ROOT / "bench/heldout3/input.jsonl").exists():   # e.g. run from a scratch copy
    ROOT = Path("/work/main")
SHARED = ROOT.parent / "shared"
if not SHARED.exists():                     # e.g. run from a clone outside /work
    SHARED = Path("/work/shared")
SEED = 20261129
N = 40
MIN_ABSTRACT = 400
FIELDS = ("id", "title", "abstract", "venue", "year")
EXCLUDE_INPUTS = [
    ROOT / "bench/heldout/input.jsonl",
    ROOT / "bench/heldout2/input.jsonl",
    ROOT / "bench/heldout3/input.jsonl",
]
USED_IDS = Path("/tmp/used_ids.txt")                    # scratch: one id per line
SCRATCH_JSONL = ["/tmp/q5/*/blind_input.jsonl",         # scratch: other annotators' samples
                 "/tmp/audit/corp8k.jsonl"]             # scratch: 8,000 audit abstracts
DEV_GOLD = SHARED / "eval/dev.gold.jsonl"

# (id, normalised title) of the papers skipped because of the exclusion lists when
# input.jsonl was produced.
FROZEN_SKIPS = [
    ("ijcai2022:paper290",
     "endtoendopensetsemisupervisednodeclassificationwithoutofdistributiondetection"),
    ("iccv2013:7006e25711",
     "impliedfeedbacklearningnuancesofuserbehaviorinimagesearch"),
    ("iccv2017:",
     "firstpersonactivityforecastingwithonlineinversereinforcementlearning"),
    ("iccv2019:",
     "thelogbarrieradversarialattackmakingeffectiveuseofdecisionboundaryinformation"),
    ("iccv2019:",
     "selfsupervisedmonoculardepthhints"),
    ("iccv2017:",
     "humanposeestimationusingglobalandlocalnormalization"),
    ("rss2025:",
     "codediffuserattentionenhanceddiffusionpolicyviavlmgeneratedcodeforinstructionambiguity"),
    ("rss2015:eaab6fad5e",
     "onlinelocalizationofradiotaggedwildlifewithanautonomousaerialrobotsystem"),
    ("iros2004:1389903",
     "reinforcementlearningforsensingstrategies"),
    ("alt2025:QfbnsooeZB",
     "selfdirectednodeclassificationongraphs"),
    ("iccv2019:",
     "bmnboundarymatchingnetworkfortemporalactionproposalgeneration"),
    ("iccv2019:",
     "progressivereconstructionofvisualstructureforimageinpainting"),
]


def norm(title: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", (title or "").lower())


def load_exclusions(live: bool):
    ids = {i for i, _ in FROZEN_SKIPS}
    titles = {t for _, t in FROZEN_SKIPS}
    for path in EXCLUDE_INPUTS:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if r.get("id"):
                    ids.add(str(r["id"]))
                titles.add(norm(r.get("title", "")))
    for line in open(DEV_GOLD, encoding="utf-8"):
        if line.strip():
            titles.add(norm(json.loads(line)["title"]))
    used, read, missing = set(), [], []
    if live:
        if USED_IDS.exists():
            used |= {l.strip() for l in open(USED_IDS, encoding="utf-8") if l.strip()}
            read.append(str(USED_IDS))
        else:
            missing.append(str(USED_IDS))
        for pattern in SCRATCH_JSONL:
            paths = sorted(p for p in glob.glob(pattern) if Path(p).resolve() != (HERE / "input.jsonl").resolve())
            if not paths:
                missing.append(pattern)
            for path in paths:
                read.append(path)
                for line in open(path, encoding="utf-8"):
                    if line.strip():
                        r = json.loads(line)
                        if r.get("id"):
                            used.add(str(r["id"]))
                        titles.add(norm(r.get("title", "")))
    titles.discard("")
    return ids, titles, used, read, missing


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(SHARED / "corpus/abstracts.jsonl.gz"))
    ap.add_argument("--out", default=str(HERE / "input.jsonl"))
    ap.add_argument("--live-exclusions", action="store_true",
                    help="also read the scratch exclusion lists (only needed for a fresh draw)")
    args = ap.parse_args()

    ex_ids, ex_titles, used, read, missing = load_exclusions(args.live_exclusions)
    if read:
        print(f"read scratch exclusion lists: {', '.join(read)} ({len(used)} ids)", file=sys.stderr)
    if missing:
        print("note: scratch exclusion files not found (FROZEN_SKIPS still applied): "
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
