"""Choose pairs for the whole room at once: an optimal assignment, not a greedy one.

The classic formulation (stack notes) has one column per offer *slot* (an offer with
capacity 3 has three) plus one "stay open" column per ask that costs the threshold. We use
the equivalent smaller matrix: the cost of a slot is ``threshold - score`` when the score
clears the threshold and 0 otherwise, and an ask assigned at cost 0 (or not at all) stays
open. Minimising it maximises the total score above the threshold, exactly like the open
columns would, with no ``inf`` anywhere (so never "cost matrix is infeasible").

Rows and columns that cannot take part (no score above the threshold) are dropped first:
in a big room most of the matrix is empty, and the solver's time grows with its size.
"""

from __future__ import annotations

import numpy as np

# Tie-breaking: an offer earlier in the bundle wins a tie by this much, so equal scores
# always give the same pairs.
TIE_BREAK = 1e-9


def assign_slots(scores: np.ndarray, allowed: np.ndarray, rows: list[int],
                 capacity_left: list[int], threshold: float) -> list[tuple[int, int]]:
    """Pairs (row, column) of ``scores`` for the free ``rows`` within each column's capacity.

    ``allowed`` is False for self-pairs and rejected pairs; ``capacity_left[c]`` is what
    offer ``c`` can still take after the fixed pairs.
    """
    if not rows or scores.shape[1] == 0:
        return []
    every_row = len(rows) == scores.shape[0] and rows == list(range(len(rows)))
    sub = scores if every_row else scores[rows]  # no copy of a big matrix when all are free
    usable = sub >= threshold
    usable &= allowed if every_row else allowed[rows]
    usable &= (np.asarray(capacity_left) > 0)[None, :]
    live_rows = np.flatnonzero(usable.any(axis=1))
    live_cols = np.flatnonzero(usable.any(axis=0))
    if live_rows.size == 0:
        return []
    cells = np.ix_(live_rows, live_cols)  # cut first, then compute on the live part only
    live = usable[cells]
    gain = np.where(live, sub[cells] - threshold + TIE_BREAK, 0.0)
    pairs = []
    # Asks and offers that can never meet are separate problems: solving each group of
    # connected asks and offers alone gives the same optimum, and the solver's time grows
    # with the cube of its size.
    for group_rows, group_cols in _components(live):
        cells = np.ix_(group_rows, group_cols)
        caps = [capacity_left[live_cols[c]] for c in group_cols]
        for r, c in _solve(gain[cells], live[cells], caps):
            pairs.append((rows[int(live_rows[group_rows[r]])], int(live_cols[group_cols[c]])))
    return sorted(pairs)


def _components(live: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Groups (rows, columns) of the bipartite graph of usable cells, rows in order."""
    from scipy.sparse import bmat, csr_matrix
    from scipy.sparse.csgraph import connected_components

    n_rows = live.shape[0]
    graph = csr_matrix(live)
    count, label = connected_components(bmat([[None, graph], [graph.T, None]]), directed=False)
    if count == 1:
        return [(np.arange(n_rows), np.arange(live.shape[1]))]
    row_label, col_label = label[:n_rows], label[n_rows:]
    return [(np.flatnonzero(row_label == k), np.flatnonzero(col_label == k))
            for k in np.unique(row_label)]


def _solve(gain: np.ndarray, live: np.ndarray, capacity: list[int]) -> list[tuple[int, int]]:
    """Optimal (row, column) pairs of one group, an offer repeated once per free slot."""
    from scipy.optimize import linear_sum_assignment

    n_rows, n_cols = gain.shape
    if n_rows == 1:
        best = int(np.argmax(gain[0]))  # first of equal gains: the earlier offer
        return [(0, best)] if live[0, best] else []
    # Never more slots for an offer than asks that could use it.
    slots = [min(cap, int(n)) for cap, n in zip(capacity, live.sum(axis=0), strict=True)]
    slot_cols = np.repeat(np.arange(n_cols), slots)
    cost = -gain[:, slot_cols]
    cost -= TIE_BREAK * (1.0 - slot_cols / max(1, n_cols))[None, :]
    picked_rows, picked_slots = linear_sum_assignment(cost)
    return [(int(r), int(slot_cols[s])) for r, s in zip(picked_rows, picked_slots, strict=True)
            if live[r, slot_cols[s]]]
