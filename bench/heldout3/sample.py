#!/usr/bin/env python3
"""Reproduce bench/heldout3/input.jsonl: 40 real abstracts sampled from the shared corpus.

Third, independent held-out set, drawn exactly like bench/heldout2 but with another seed.
Eligible: any year and an abstract of at least 400 characters. Papers already used elsewhere
are excluded: every id and normalised title in bench/heldout/input.jsonl and
bench/heldout2/input.jsonl, every id listed in the scratch file /tmp/used_ids.txt (the corpus titles of those ids are excluded too, so a duplicate record of a used
paper cannot slip in under another id) and the 60 dev titles of shared/eval/dev.gold.jsonl.
Eligible records are sorted by id and grouped by venue; each venue's list is shuffled, then
the venue order is shuffled, and papers are drawn round-robin over venues until 40 (excluded
papers and duplicate titles are skipped at draw time, so the shuffle itself does not depend
on the exclusion lists). All randomness comes from random.Random(20261128).

/tmp/used_ids.txt is a scratch file that may disappear. So that the draw stays reproducible
without it, FROZEN_SKIPS lists the ids and normalised titles that the exclusion lists actually
removed from this draw when input.jsonl was written; they are always skipped,
and the scratch files are read only with --live-exclusions (the draw itself is
bench/heldout_sampling.py, shared by the held-out sets).

    python bench/heldout3/sample.py [--corpus PATH] [--out PATH] [--live-exclusions]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_sampling import main  # noqa: E402  (the draw all held-out sets share)

SEED = 20261128
EXCLUDE_INPUTS = ["bench/heldout/input.jsonl", "bench/heldout2/input.jsonl"]  # relative to the checkout
SCRATCH_IDS = ["/tmp/used_ids.txt"]  # read only with --live-exclusions
SCRATCH_JSONL = []
# (id, normalised title) of the papers the scratch lists removed from the draw when input.jsonl
# was produced: always skipped, so the draw reproduces without the scratch files.
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

if __name__ == "__main__":
    main(HERE, SEED, EXCLUDE_INPUTS, FROZEN_SKIPS, SCRATCH_IDS, SCRATCH_JSONL)
