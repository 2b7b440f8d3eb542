"""Per-abstract cost of extraction on one core (not a unit test): see README "Cost per abstract".

    .venv/bin/python bench/cost.py                      # this checkout
    .venv/bin/python bench/cost.py --code /tmp/old-kg   # another checkout's kg/, same abstracts

Draws --n abstracts from the corpus (seeded), runs `extract_paper` over all of them three times
in this process (after a warm-up of 50) and reports the best run's CPU time per abstract
(`time.process_time`), next to spaCy's blank English tokenizer on the same title + abstract
texts. Comparing two checkouts is only fair in alternating runs in the same hour: the
machine's own speed varies by 10-40%.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from run import CORPUS, corpus_lines  # bench/run.py: the corpus as the throughput bench reads it


def best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the checkout whose kg/ is measured (default: this one)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(args.code))  # before the installed kg: measure that checkout's rules

    import spacy

    from kg.extract import extract_paper
    from kg.extract.lexicon import load_lexicon
    from kg.model import Paper

    lines = corpus_lines(args.corpus)
    random.Random(args.seed).shuffle(lines)
    records = [json.loads(line) for line in lines[:args.n]]
    papers = [Paper(f"p{i}", r.get("title") or "", r.get("abstract") or "")
              for i, r in enumerate(records)]
    lexicon = load_lexicon()
    for paper in papers[:50]:
        extract_paper(paper, lexicon)
    extract = best_of(3, lambda: [extract_paper(p, lexicon) for p in papers])
    tokenizer = spacy.blank("en").tokenizer
    tokens = best_of(3, lambda: [tokenizer(p.title + "\n" + p.abstract) for p in papers])
    print(f"{args.code}: extraction {extract / len(papers) * 1000:.2f} ms per abstract, "
          f"tokenizer alone {tokens / len(papers) * 1000:.2f} ms ({len(papers)} abstracts)")


if __name__ == "__main__":
    main()
