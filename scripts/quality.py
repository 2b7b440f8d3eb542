"""Extraction quality on an annotated set, and the precision/recall trade-off of confidence.

    kg extract seeds/ --out all.jsonl --min-confidence 0     # keep every guess
    python scripts/quality.py --gold ../shared/eval/dev.gold.jsonl --pred all.jsonl

Scores with the project's scorer (../shared/eval/score.py) after dropping every name whose
confidence is below each threshold, so the table shows what thresholding buys.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path

THRESHOLDS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
NAMED = ("proposed", "methods_used", "datasets", "benchmarks")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("kg_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def thresholded(records: list[dict], threshold: float) -> list[dict]:
    out = []
    for record in records:
        copy = dict(record)
        for key in NAMED:
            copy[key] = [x for x in record.get(key, []) if (x.get("confidence") or 1.0) >= threshold]
        out.append(copy)
    return out


def main() -> None:
    here = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=here.parent / "shared/eval/dev.gold.jsonl")
    parser.add_argument("--pred", type=Path, required=True)
    parser.add_argument("--scorer", type=Path, default=here.parent / "shared/eval/score.py")
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    gold = scorer.load(str(args.gold))
    pred = [json.loads(line) for line in args.pred.read_text(encoding="utf-8").split("\n") if line.strip()]

    result = scorer.score(gold, pred)
    print("| category | P | R | F1 |\n|---|---|---|---|")
    for cat in scorer.HEADLINE:
        s = result["categories"][cat]
        print(f"| {cat} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} |")
    print(f"| **macro F1** | | | **{result['macro_f1']:.3f}** |\n")

    print("Confidence threshold on named entities (proposed, methods_used, data):\n")
    print("| threshold | methods P | methods R | data P | data R | macro F1 |\n|---|---|---|---|---|---|")
    for threshold in THRESHOLDS:
        r = scorer.score(gold, thresholded(pred, threshold))
        m, d = r["categories"]["methods"], r["categories"]["data"]
        print(f"| {threshold:.1f} | {m['precision']:.3f} | {m['recall']:.3f} | {d['precision']:.3f} "
              f"| {d['recall']:.3f} | {r['macro_f1']:.3f} |")


if __name__ == "__main__":
    main()
