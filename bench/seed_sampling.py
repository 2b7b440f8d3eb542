"""What the seed tuning sets' sample.py files share: 40 seed papers read with kg's reader
(the same papers, ids and texts `kg extract seeds/` sees), excluding the 60 dev titles and the
papers of earlier seed sets, drawn with random.Random(seed) and kept in seed order."""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from heldout_sampling import _jsonl  # bench/ is on the path of every sample.py

ROOT = Path(__file__).resolve().parent.parent
SIZE = 40


def main(here: Path, seed: int, exclude_inputs: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from kg.read import read_sources
    from kg.read.text import title_key  # how kg's reader tells two papers apart

    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    parser.add_argument("--dev", default=str(ROOT.parent / "shared/eval/dev.gold.jsonl"))
    parser.add_argument("--out", default=str(here / "input.jsonl"))
    args = parser.parse_args()
    excluded = {title_key(r["title"]) for path in [args.dev, *(ROOT / p for p in exclude_inputs)]
                for r in _jsonl(path)}
    papers = [p for p in read_sources([args.seeds]).papers if title_key(p.title) not in excluded]
    chosen = sorted(random.Random(seed).sample(range(len(papers)), SIZE))
    with open(args.out, "w", encoding="utf-8") as out:
        for i in chosen:
            p = papers[i]
            out.write(json.dumps({"id": p.id, "title": p.title, "abstract": p.abstract},
                                 ensure_ascii=False) + "\n")
    print(f"{len(papers)} seed papers left after exclusions; wrote {SIZE} to {args.out}")
