#!/usr/bin/env python3
"""Reproduce bench/heldout2/input.jsonl: 40 real abstracts sampled from the shared corpus.

Second, independent held-out set. Eligible: any year (1987-2025) and an abstract of at least
400 characters. Papers already used elsewhere are excluded: every id and normalised title in
bench/heldout/input.jsonl, in the blind inputs of earlier evaluation rounds
(/tmp/{h3,h4,h5,t6,m6}/blind_input.jsonl) and the 60 dev titles of
shared/eval/dev.gold.jsonl. Eligible records are sorted by id and grouped by venue; each
venue's list is shuffled, then the venue order is shuffled, and papers are drawn round-robin
over venues until 40 (excluded papers and duplicate titles are skipped at draw time, so the
shuffle itself does not depend on the exclusion lists). All randomness comes from
random.Random(20261127).

The /tmp exclusion files are scratch files that may disappear. So that the draw stays
reproducible without them, FROZEN_SKIPS lists the normalised titles that the exclusion lists
actually removed from this draw when input.jsonl was written; they are always skipped,
and the scratch files are read only with --live-exclusions (the draw itself is
bench/heldout_sampling.py, shared by the held-out sets).

    python bench/heldout2/sample.py [--corpus PATH] [--out PATH] [--live-exclusions]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_sampling import main  # noqa: E402  (the draw all held-out sets share)

SEED = 20261127
EXCLUDE_INPUTS = ["bench/heldout/input.jsonl"]  # relative to the checkout
SCRATCH_IDS = []  # read only with --live-exclusions
SCRATCH_JSONL = [f"/tmp/{s}/blind_input.jsonl" for s in ("h3", "h4", "h5", "t6", "m6")]
# (id, normalised title) of the papers the scratch lists removed from the draw when input.jsonl
# was produced: always skipped, so the draw reproduces without the scratch files.
FROZEN_SKIPS = [
    ("", "crossviewasymmetricmetriclearningforunsupervisedpersonreidentification"),
]

if __name__ == "__main__":
    main(HERE, SEED, EXCLUDE_INPUTS, FROZEN_SKIPS, SCRATCH_IDS, SCRATCH_JSONL)
