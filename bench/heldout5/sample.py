#!/usr/bin/env python3
"""Reproduce bench/heldout5/input.jsonl: 40 real abstracts sampled from the shared corpus.

Fifth, independent held-out set, drawn exactly like bench/heldout2-4 (bench/heldout_sampling.py)
with another seed, after every rule of the round that produced it had been written: it measures
the shipped code on abstracts no rule or veto has seen. Excluded: every id and normalised title
in the earlier held-out inputs, the 60 dev titles, and (read only with --live-exclusions, when
input.jsonl was first drawn) the scratch lists of every tuning sample and audit set; the papers
those lists removed from this draw are frozen in FROZEN_SKIPS. All randomness comes from
random.Random(SEED).

    python bench/heldout5/sample.py [--corpus PATH] [--out PATH] [--live-exclusions]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from heldout_sampling import main  # noqa: E402  (the draw all held-out sets share)

SEED = 20261126
EXCLUDE_INPUTS = ["bench/heldout/input.jsonl", "bench/heldout2/input.jsonl",
                  "bench/heldout3/input.jsonl", "bench/heldout4/input.jsonl"]
SCRATCH_IDS = ["/tmp/used_ids.txt"]  # read only with --live-exclusions
SCRATCH_JSONL = ["/tmp/q*/*/blind_input.jsonl", "/tmp/*/blind_input.jsonl", "/tmp/*/*_input.jsonl",
                 "/tmp/audit/corp8k.jsonl"]
# (id, normalised title) of the papers the scratch lists removed from the draw when input.jsonl
# was produced (2026-11-26, about 14:10 UTC): always skipped, so the draw reproduces without them.
FROZEN_SKIPS = [
    ("emnlp2021:2021.emnlp-main.551",
     "implicitsentimentanalysiswitheventcenteredtextrepresentation"),
    ("iccv2019:",
     "targetedmismatchadversarialattackquerywithaflowertoretrievethetower"),
    ("iccv2017:",
     "rc3dregionconvolutional3dnetworkfortemporalactivitydetection"),
    ("iclr2017:BJKYvt5lg",
     "pixelvaealatentvariablemodelfornaturalimages"),
    ("iclr2017:BJuysoFeg",
     "revisitingbatchnormalizationforpracticaldomainadaptation"),
    ("3dv2025:dzeSlsIc8Z",
     "catfree3dcategoryagnostic3dobjectdetectionwithdiffusion"),
    ("3dv2025:sQe8zAYt5c",
     "hmd2environmentawaremotiongenerationfromsingleegocentricheadmounteddevice"),
    ("aistats2023:caf883df2e",
     "tighterpacbayesgeneralisationboundsbyleveragingexampledifficulty"),
    ("rss2021:e34f2c7bbf",
     "learningriemannianmanifoldsforgeodesicmotionskills"),
    ("icml2017:792",
     "conditionalimagesynthesiswithauxiliaryclassifiergans"),
    ("colm2025:m4F3kQCfGX",
     "llmunlearningwithoutanexpertcurateddataset"),
    ("colm2025:L7jS3peM3w",
     "slowfastllava15afamilyoftokenefficientvideolargelanguagemodelsforlongformvideounderstanding"),
    ("www2025:OHtjMJABg0",
     "aegisposttrainingattributeunlearninginfederatedrecommendersystemsagainstattributeinferenceattacks"),
    ("aaai2022:01078",
     "degradeisupgradelearningdegradationforlowlightimageenhancement"),
    ("aaai2022:08458",
     "withfalsefriendslikethesewhocannoticemistakes"),
    ("iccv2019:",
     "expertsampleconsensusappliedtocamerarelocalization"),
    ("iclr2017:BJC_jUqxe",
     "astructuredselfattentivesentenceembedding"),
]

if __name__ == "__main__":
    main(HERE, SEED, EXCLUDE_INPUTS, FROZEN_SKIPS, SCRATCH_IDS, SCRATCH_JSONL)
