"""Merging tips that say the same thing, and undoing it.

A merge never loses a text: each merged tip keeps its own text, detail, table and votes and
only gets ``merged_into`` = the id of the tip it joined. The tip that others joined (the
*lead*) stands for the group in the vote and the ranking. Merging a group into another keeps
its members with it, so ``unmerge`` undoes exactly one merge and leaves the rest as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from werkplaats.errors import WerkplaatsError
from werkplaats.model import Session, Tip


class TipNotFound(WerkplaatsError):
    pass


def find_tip(tips: Iterable[Tip], tip_id: str) -> Tip:
    for tip in tips:
        if tip.id == tip_id:
            return tip
    raise TipNotFound(f"there is no tip {tip_id!r}")


def root_of(tips: Sequence[Tip], tip_id: str) -> str:
    """The id of the lead tip of the group ``tip_id`` belongs to (itself when not merged)."""
    return _lead({tip.id: tip for tip in tips}, tip_id)


def leads(tips: Sequence[Tip]) -> dict[str, str]:
    """tip id -> the id of its group's lead tip, for every tip."""
    by_id = {tip.id: tip for tip in tips}
    return {tip.id: _lead(by_id, tip.id) for tip in tips}


def _lead(by_id: dict[str, Tip], tip_id: str) -> str:
    # A merged_into that points nowhere, or round in a circle, counts as not merged.
    current, seen = tip_id, {tip_id}
    while (parent := by_id[current].merged_into) is not None:
        if parent not in by_id or parent in seen:
            return current
        seen.add(parent)
        current = parent
    return current


def group_members(tips: Sequence[Tip]) -> dict[str, list[Tip]]:
    """lead id -> the tips of its group (lead first, then the others in list order)."""
    lead_of = leads(tips)
    groups: dict[str, list[Tip]] = {lead_of[tip.id]: [] for tip in tips}
    for tip in tips:
        root = lead_of[tip.id]
        if tip.id == root:
            groups[root].insert(0, tip)
        else:
            groups[root].append(tip)
    return groups


def add_tip(session: Session, text: str, *, group: str = "", detail: str = "") -> Tip:
    """Add a tip as the facilitator types it; an empty text is refused."""
    if not text.strip():
        raise WerkplaatsError("a tip needs a text")
    tip = Tip(
        id=session.next_tip_id(), text=text.strip(), detail=detail.strip(), group=group.strip()
    )
    session.tips.append(tip)
    return tip


def merge_tips(session: Session, ids: Sequence[str]) -> Tip:
    """Merge the groups of ``ids`` into the group of ``ids[0]``; returns the lead tip.

    Tips already in one group stay as they are; an unknown id changes nothing."""
    if not ids:
        raise WerkplaatsError("choose at least two tips to merge")
    for tip_id in ids:
        find_tip(session.tips, tip_id)
    lead = root_of(session.tips, ids[0])
    for tip_id in ids[1:]:
        root = root_of(session.tips, tip_id)
        if root != lead:
            find_tip(session.tips, root).merged_into = lead
    return find_tip(session.tips, lead)


def unmerge(session: Session, tip_id: str) -> list[str]:
    """Undo a merge: a merged tip (with anything merged into it) stands alone again; for a
    lead tip, every tip merged directly into it does. Returns the ids that were set free."""
    tip = find_tip(session.tips, tip_id)
    if tip.merged_into is not None:
        tip.merged_into = None
        return [tip.id]
    freed = [other for other in session.tips if other.merged_into == tip.id]
    for other in freed:
        other.merged_into = None
    return [other.id for other in freed]


def delete_tip(session: Session, tip_id: str) -> Tip:
    """Remove a tip typed by mistake; tips merged into it take its place in its group."""
    tip = find_tip(session.tips, tip_id)
    for other in session.tips:
        if other.merged_into == tip.id:
            other.merged_into = tip.merged_into
    session.tips.remove(tip)
    return tip
