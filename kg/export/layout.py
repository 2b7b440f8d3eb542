"""Node positions for the HTML view, computed in Python so the page draws at once.

A Fruchterman-Reingold spring layout in plain numpy. networkx's ``spring_layout`` needs scipy
above 500 nodes (not a kg dependency) and its dense fallback takes ~3.4 s for 1,500 nodes;
this vectorised float32 version takes ~0.3 s. Repulsion is all-pairs, so cost grows with the
square of the node count: the HTML exporter bounds the view (``max_nodes``) before calling it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

ITERATIONS = 50
GRAVITY = 0.1  # pulls components and isolated nodes in, so they don't drift to the rim
PAIR_BUDGET = 4_000_000  # pairs per repulsion chunk: caps memory at ~50 MB for any size


def spring_layout(n: int, edges: Sequence[tuple[int, int]], *, seed: int,
                  iterations: int = ITERATIONS) -> np.ndarray:
    """Positions (n x 2, roughly in [-1, 1]) for nodes 0..n-1 joined by ``edges``.

    The same arguments give the same positions (fixed seed, no threads, fixed chunking).
    """
    rng = np.random.default_rng(seed)
    pos = (rng.random((n, 2)) - 0.5).astype(np.float32)
    if n < 2:
        return pos
    src = np.fromiter((u for u, _ in edges), dtype=np.intp, count=len(edges))
    dst = np.fromiter((v for _, v in edges), dtype=np.intp, count=len(edges))
    k = np.float32(np.sqrt(1.0 / n))  # ideal edge length for a unit square
    step = 0.1  # the "temperature": largest move per iteration, cooled linearly
    cooling = step / (iterations + 1)
    rows = max(1, PAIR_BUDGET // n)
    for _ in range(iterations):
        disp = _repulsion(pos, k * k, rows)
        delta = pos[src] - pos[dst]
        pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]
        np.subtract.at(disp, src, pull)
        np.add.at(disp, dst, pull)
        disp -= pos * (GRAVITY * n * k)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step -= cooling
    return pos


def _repulsion(pos: np.ndarray, k2: np.float32, rows: int) -> np.ndarray:
    """Sum over all other nodes of k^2 / d along the unit vector, in row chunks."""
    disp = np.empty_like(pos)
    for lo in range(0, len(pos), rows):
        block = pos[lo:lo + rows]
        dx = block[:, 0, None] - pos[None, :, 0]
        dy = block[:, 1, None] - pos[None, :, 1]
        weight = dx * dx
        weight += dy * dy
        np.maximum(weight, 1e-6, out=weight)  # coincident nodes: finite push, not inf
        np.divide(k2, weight, out=weight)
        disp[lo:lo + rows, 0] = np.einsum("ij,ij->i", dx, weight)
        disp[lo:lo + rows, 1] = np.einsum("ij,ij->i", dy, weight)
    return disp
