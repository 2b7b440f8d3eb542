#!/usr/bin/env python3
"""Reproduce bench/heldout6/input.jsonl: 40 real abstracts sampled from the shared corpus.

Sixth, independent held-out set, drawn exactly like bench/heldout2-5 (bench/heldout_sampling.py)
with another seed, after every rule of the round that produced it had been written: it measures
the shipped code on abstracts no rule or veto has seen. Excluded: every id and normalised title
in the five earlier held-out inputs, the 60 dev titles, and (read only with --live-exclusions,
when input.jsonl was first drawn) the scratch lists of every tuning sample and audit set; the
papers those lists removed from this draw are frozen in FROZEN_SKIPS. All randomness comes from
random.Random(SEED).

    python bench/heldout6/sample.py [--corpus PATH] [--out PATH] [--live-exclusions]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_sampling import main  # noqa: E402  (the draw all held-out sets share)

SEED = 20261127
EXCLUDE_INPUTS = ["bench/heldout/input.jsonl", "bench/heldout2/input.jsonl",
                  "bench/heldout3/input.jsonl", "bench/heldout4/input.jsonl",
                  "bench/heldout5/input.jsonl"]
SCRATCH_IDS = ["/tmp/used_ids.txt"]  # read only with --live-exclusions
SCRATCH_JSONL = ["/tmp/q*/*/blind_input.jsonl", "/tmp/*/blind_input.jsonl", "/tmp/*/*_input.jsonl",
                 "/tmp/q*/*/*input.jsonl", "/tmp/audit/corp8k.jsonl"]
# (id, normalised title) of the papers the scratch lists removed from the draw when input.jsonl
# was produced (2026-11-26, about 16:30 UTC): always skipped, so the draw reproduces without them.
FROZEN_SKIPS = [
    ("aaai2021:12554",
     "knowledgedrivennaturallanguageunderstandingofenglishtextanditsapplications"),
    ("rss2025:",
     "learninggettinguppoliciesforrealworldhumanoidrobots"),
    ("colm2024:3GhOWfSLrD",
     "willthereallindapleasestanduptolargelanguagemodelsexaminingtherepresentativenessheuristicinllms"),
    ("iccv2017:",
     "crossviewasymmetricmetriclearningforunsupervisedpersonreidentification"),
    ("iclr2018:ByzvHagA-",
     "disentangledactivationsindeepnetworks"),
    ("3dv2025:ZmZXUtyN1I",
     "materialfusionenhancinginverserenderingwithmaterialdiffusionpriors"),
    ("acml2024:06d618ddde",
     "largevisionlanguagemodelsasemotionrecognizersincontextawareness"),
]

if __name__ == "__main__":
    main(HERE, SEED, EXCLUDE_INPUTS, FROZEN_SKIPS, SCRATCH_IDS, SCRATCH_JSONL)
