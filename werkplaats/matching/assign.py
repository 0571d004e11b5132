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
    pairs = []
    # Asks and offers that can never meet are separate problems: solving each group of
    # connected asks and offers alone gives the same optimum, and the solver's time grows
    # with the cube of its size. Each group is cut from the big matrix once, and only the
    # groups are: most of a big room's matrix is below the threshold.
    for group_rows, group_cols in _components(usable):
        cells = np.ix_(group_rows, group_cols)
        live = usable[cells]
        gain = np.where(live, sub[cells] - threshold + TIE_BREAK, 0.0)
        caps = [capacity_left[c] for c in group_cols.tolist()]
        for r, c in _solve(gain, live, caps):
            pairs.append((rows[int(group_rows[r])], int(group_cols[c])))
    return sorted(pairs)


def _components(usable: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """Groups (rows, columns) of the bipartite graph of usable cells, each in order.

    Rows and columns without a usable cell belong to no group.
    """
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    n_rows, n_cols = usable.shape
    edge_rows, edge_cols = np.nonzero(usable)
    if edge_rows.size == 0:
        return []
    nodes = n_rows + n_cols  # rows first, then columns
    graph = csr_matrix((np.ones(edge_rows.size, dtype=bool), (edge_rows, edge_cols + n_rows)),
                       shape=(nodes, nodes))
    _, label = connected_components(graph, directed=False)
    row_label, col_label = label[:n_rows], label[n_rows:]
    linked_rows = np.zeros(n_rows, dtype=bool)
    linked_rows[edge_rows] = True
    groups = []
    for k in np.unique(row_label[linked_rows]):
        group_rows = np.flatnonzero(row_label == k)
        groups.append((group_rows, np.flatnonzero(col_label == k)))
    return groups


def _solve(gain: np.ndarray, live: np.ndarray, capacity: list[int]) -> list[tuple[int, int]]:
    """Optimal (row, column) pairs of one group, an offer repeated once per free slot."""
    from scipy.optimize import linear_sum_assignment

    n_rows, n_cols = gain.shape
    if n_rows == 1:
        best = int(np.argmax(gain[0]))  # first of equal gains: the earlier offer
        return [(0, best)] if live[0, best] else []
    # Never more slots for an offer than asks that could use it.
    slots = np.minimum(capacity, live.sum(axis=0))
    slot_cols = np.repeat(np.arange(n_cols), slots)
    cost = -gain if (slots == 1).all() else -gain[:, slot_cols]  # one slot each: no copy
    cost -= TIE_BREAK * (1.0 - slot_cols / max(1, n_cols))[None, :]
    picked_rows, picked_slots = linear_sum_assignment(cost)
    picked_cols = slot_cols[picked_slots]
    keep = live[picked_rows, picked_cols]
    return list(zip(picked_rows[keep].tolist(), picked_cols[keep].tolist(), strict=True))
