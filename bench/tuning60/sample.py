#!/usr/bin/env python3
"""Reproduce bench/tuning60/input.jsonl: 40 real abstracts sampled from the shared corpus.

A *tuning* set, unlike the held-out sets: drawn like them (bench/heldout_sampling.py), but its
gold is read and rules may be developed against it, so its scores say nothing about
generalisation. Excluded: every id and normalised title in the six held-out inputs, tuning sets
1-3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58 and 59 and the 60 dev titles. All
randomness comes from random.Random(SEED).

    python bench/tuning60/sample.py [--corpus PATH] [--out PATH]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_sampling import main, sets_before_tuning  # noqa: E402  (the draw all sampled sets share)

SEED = 20261252
EXCLUDE_INPUTS = sets_before_tuning(60)
FROZEN_SKIPS: list = []

if __name__ == "__main__":
    main(HERE, SEED, EXCLUDE_INPUTS, FROZEN_SKIPS)
