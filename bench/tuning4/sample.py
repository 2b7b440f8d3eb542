#!/usr/bin/env python3
"""Reproduce bench/tuning4/input.jsonl: 40 seed papers that are not in the dev gold.

A *tuning* set like tuning1-3, but drawn from the project's own seeds (the two scraped listings
of recent ML papers) instead of the corpus: the papers the seed held-out goal is about
(bench/seed_sampling.py).

    python bench/tuning4/sample.py [--seeds DIR] [--dev PATH] [--out PATH]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from seed_sampling import main  # noqa: E402  (the draw the seed sets share)

SEED = 20261127

if __name__ == "__main__":
    main(HERE, SEED, [])
