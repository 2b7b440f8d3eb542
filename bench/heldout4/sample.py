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
skipped, and by default the scratch files are not read at all (the draw itself is
bench/heldout_sampling.py, shared by the held-out sets).

    python bench/heldout4/sample.py [--corpus PATH] [--out PATH] [--live-exclusions]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_sampling import main  # noqa: E402  (the draw all held-out sets share)

SEED = 20261129
EXCLUDE_INPUTS = ["bench/heldout/input.jsonl", "bench/heldout2/input.jsonl",
                  "bench/heldout3/input.jsonl"]  # relative to the checkout
SCRATCH_IDS = ["/tmp/used_ids.txt"]  # read only with --live-exclusions
SCRATCH_JSONL = ["/tmp/q5/*/blind_input.jsonl", "/tmp/audit/corp8k.jsonl"]
# (id, normalised title) of the papers the scratch lists removed from the draw when input.jsonl
# was produced: always skipped, so the draw reproduces without the scratch files.
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

if __name__ == "__main__":
    main(HERE, SEED, EXCLUDE_INPUTS, FROZEN_SKIPS, SCRATCH_IDS, SCRATCH_JSONL)
