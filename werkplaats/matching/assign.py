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
    from scipy.optimize import linear_sum_assignment

    if not rows or scores.shape[1] == 0:
        return []
    sub = scores[rows]
    usable = allowed[rows] & (sub >= threshold) & (np.asarray(capacity_left) > 0)[None, :]
    live_rows = np.flatnonzero(usable.any(axis=1))
    live_cols = np.flatnonzero(usable.any(axis=0))
    if live_rows.size == 0:
        return []
    gain = np.where(usable, sub - threshold + TIE_BREAK, 0.0)[np.ix_(live_rows, live_cols)]
    # Never more slots for an offer than asks that could use it.
    per_col = usable[np.ix_(live_rows, live_cols)].sum(axis=0)
    slots = [min(capacity_left[c], int(n)) for c, n in zip(live_cols, per_col, strict=True)]
    slot_cols = np.repeat(np.arange(live_cols.size), slots)
    cost = -gain[:, slot_cols]
    cost -= TIE_BREAK * (1.0 - slot_cols / max(1, live_cols.size))[None, :]
    picked_rows, picked_slots = linear_sum_assignment(cost)
    pairs = []
    for r, s in zip(picked_rows, picked_slots, strict=True):
        col = int(slot_cols[s])
        if usable[live_rows[r], live_cols[col]]:
            pairs.append((rows[int(live_rows[r])], int(live_cols[col])))
    return sorted(pairs)
