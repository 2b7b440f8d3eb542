"""Load time of an HTML view in headless Chromium (not a unit test).

    .venv/bin/python bench/html_load.py exports/graph.html [--runs 3]

Prints, per run, the time from navigation to the first drawn frame as the page measures it
(`window.kgFirstDrawMs`) and the wall time until `window.kgReady`, and the number of requests
that tried to leave the machine (always 0 for kg's view).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser import open_page  # noqa: E402  (the test suite's Playwright + Chromium helper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("page", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    size = args.page.stat().st_size / 1e6
    for run in range(args.runs):
        started = time.perf_counter()
        with open_page(args.page) as visit:
            visit.page.wait_for_function("() => window.kgReady === true", timeout=120_000)
            wall = time.perf_counter() - started
            first_draw = visit.page.evaluate("() => window.kgFirstDrawMs")
            nodes = visit.page.evaluate("() => window.kg.nodes.length")
            print(f"run {run + 1}: {size:.1f} MB page, {nodes} nodes drawn, first draw "
                  f"{first_draw:.0f} ms after navigation, ready {wall:.2f} s after browser start, "
                  f"{len(visit.outside_requests)} outside requests")


if __name__ == "__main__":
    main()
