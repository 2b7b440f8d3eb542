#!/usr/bin/env python3
"""Reproduce bench/tuning4/input.jsonl: 40 seed papers that are not in the dev gold.

A *tuning* set like tuning1-3, but drawn from the project's own seeds (the two scraped listings
of recent ML papers) instead of the corpus: the papers the seed held-out goal is about. The
seeds are read with kg's reader (the same papers, ids and texts `kg extract seeds/` sees); the
60 dev titles are excluded; 40 of the rest are drawn with random.Random(SEED), kept in seed
order.

    python bench/tuning4/sample.py [--seeds DIR] [--dev PATH] [--out PATH]
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
from kg.read import read_sources  # noqa: E402

SEED = 20261127
SIZE = 40


def norm(title: str) -> str:
    """The scorer's title key (../shared/eval/score.py)."""
    return re.sub(r"[^0-9a-z]+", "", unicodedata.normalize("NFKC", title).lower().strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--dev", default=str(ROOT.parent / "shared/eval/dev.gold.jsonl"))
    parser.add_argument("--out", default=str(HERE / "input.jsonl"))
    args = parser.parse_args()
    dev = {norm(json.loads(line)["title"]) for line in open(args.dev, encoding="utf-8")}
    papers = [p for p in read_sources([args.seeds]).papers if norm(p.title) not in dev]
    chosen = sorted(random.Random(SEED).sample(range(len(papers)), SIZE))
    with open(args.out, "w", encoding="utf-8") as out:
        for i in chosen:
            p = papers[i]
            out.write(json.dumps({"id": p.id, "title": p.title, "abstract": p.abstract},
                                 ensure_ascii=False) + "\n")
    print(f"{len(papers)} non-dev seed papers; wrote {SIZE} to {args.out}")


if __name__ == "__main__":
    main()
