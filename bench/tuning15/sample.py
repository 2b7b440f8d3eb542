#!/usr/bin/env python3
"""Reproduce bench/tuning15/input.jsonl: 40 real abstracts sampled from the shared corpus.

A *tuning* set, unlike the held-out sets: drawn like them (bench/heldout_sampling.py), but its
gold is read and rules may be developed against it, so its scores say nothing about
generalisation. Excluded: every id and normalised title in the six held-out inputs, tuning sets
1-3, 7, 8, 9, 10, 11, 12, 13 and 14 and the 60 dev titles. All randomness comes from
random.Random(SEED).

    python bench/tuning15/sample.py [--corpus PATH] [--out PATH]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_sampling import main  # noqa: E402  (the draw all sampled sets share)

SEED = 20261206
EXCLUDE_INPUTS = ["bench/heldout/input.jsonl", "bench/heldout2/input.jsonl",
                  "bench/heldout3/input.jsonl", "bench/heldout4/input.jsonl",
                  "bench/heldout5/input.jsonl", "bench/heldout6/input.jsonl", "bench/tuning1/input.jsonl",
                  "bench/tuning2/input.jsonl", "bench/tuning3/input.jsonl",
                  "bench/tuning7/input.jsonl", "bench/tuning8/input.jsonl",
                  "bench/tuning9/input.jsonl", "bench/tuning10/input.jsonl",
                  "bench/tuning11/input.jsonl", "bench/tuning12/input.jsonl",
                  "bench/tuning13/input.jsonl", "bench/tuning14/input.jsonl"]
FROZEN_SKIPS: list = []

if __name__ == "__main__":
    main(HERE, SEED, EXCLUDE_INPUTS, FROZEN_SKIPS)
