"""Near-duplicate tips, proposed as merge groups for the facilitator to accept or reject.

Two tips are near-duplicates when the words that carry them mostly coincide (see
``terms``): at least two of them in common, covering most of the shorter tip. One shared word
is never enough — "Vraag het persoonlijk" and "Vraag om hulp" stay apart. Groups grow
only while every tip in them is still linked to every other (no chains of "A is like B, B is
like C"). Tips already merged count as one unit; pairs the facilitator rejected stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from werkplaats.model import Tip
from werkplaats.tips.merging import leads
from werkplaats.tips.terms import TipTerms, analyse

MIN_SHARED = 1.5  # words in common (a compound-head match counts half)
MIN_COVERAGE = 0.7  # of the shorter tip's words
MIN_BREADTH = 0.25  # of the longer tip's words
LINK_COVERAGE = 0.5  # weaker bar every pair inside a group must still meet


@dataclass(frozen=True)
class Likeness:
    score: float  # 0..1, higher is more alike
    shared: tuple[str, ...]  # the words in common, for the explanation
    duplicate: bool  # strong enough to propose a merge
    linked: bool  # strong enough to stay in one group


@dataclass(frozen=True)
class MergeProposal:
    """Tips (ids, in list order) that look like the same tip, and the words they share."""

    tip_ids: tuple[str, ...]
    score: float
    shared: tuple[str, ...]

    @property
    def why(self) -> str:
        return ", ".join(self.shared)


def compare(a: TipTerms, b: TipTerms) -> Likeness:
    """How much two tips say the same thing."""
    got_a, words_a = _matched(a, b)
    got_b, _ = _matched(b, a)
    shared = min(got_a, got_b)
    small, large = sorted((len(a.slots), len(b.slots)))
    if small == 0 or shared == 0:
        return Likeness(0.0, (), False, False)
    coverage, breadth = shared / small, shared / large
    duplicate = (shared >= MIN_SHARED and coverage >= MIN_COVERAGE and breadth >= MIN_BREADTH) or (
        large == 1 and shared >= 1.0
    )
    linked = duplicate or (shared >= MIN_SHARED and coverage >= LINK_COVERAGE)
    return Likeness(round((coverage + breadth) / 2, 3), tuple(words_a), duplicate, linked)


def _matched(a: TipTerms, b: TipTerms) -> tuple[float, list[str]]:
    full_b = {k for slot in b.slots for k in slot.full}
    heads_b = {k for slot in b.slots for k in slot.heads}
    total, found = 0.0, []
    for slot in a.slots:
        if slot.full & full_b:
            total += 1.0
            found.append(slot.word)
        elif slot.heads & heads_b:
            total += 0.5
            found.append(slot.word)
    return total, found


def _dedupe_slots(terms: TipTerms) -> TipTerms:
    seen: list[frozenset[str]] = []
    kept = []
    for slot in terms.slots:
        if any(slot.full & other for other in seen):
            continue
        seen.append(slot.full)
        kept.append(slot)
    return TipTerms(tuple(kept))


def merge_proposals(
    tips: Sequence[Tip],
    *,
    language: str = "nl",
    rejected: Iterable[Collection[str]] = (),
) -> list[MergeProposal]:
    """Groups of near-duplicate tips, each as the ids of the units to merge (first = first
    in ``tips``). Merged tips are represented by the tip they were merged into."""
    if len(tips) < 2:
        return []
    terms = [_dedupe_slots(t) for t in analyse([t.text for t in tips], language)]
    lead_of = leads(tips)
    unit_of = [lead_of[tip.id] for tip in tips]
    units = list(dict.fromkeys(unit_of))  # in list order
    position = {unit: n for n, unit in enumerate(units)}
    members: dict[str, list[int]] = defaultdict(list)
    for i, unit in enumerate(unit_of):
        members[unit].append(i)
    blocked = {
        frozenset(pair) for group in rejected for pair in combinations(sorted(set(group)), 2)
    }

    likeness = _unit_likeness(terms, unit_of)
    edges = sorted(
        ((like.score, pair) for pair, like in likeness.items() if like.duplicate),
        key=lambda edge: (-edge[0], position[edge[1][0]], position[edge[1][1]]),
    )
    cluster = {unit: [unit] for unit in units}
    for _, (u, v) in edges:
        cu, cv = cluster[u], cluster[v]
        if cu is cv:
            continue
        if all(
            frozenset((x, y)) not in blocked
            and (like := likeness.get(_key(x, y, position))) is not None
            and like.linked
            for x in cu
            for y in cv
        ):
            joined = sorted(cu + cv, key=position.__getitem__)
            for unit in joined:
                cluster[unit] = joined
    proposals, done = [], set()
    for unit in units:
        group = cluster[unit]
        if len(group) < 2 or id(group) in done:
            continue
        done.add(id(group))
        pairs = [likeness[_key(x, y, position)] for x, y in combinations(group, 2)]
        shared = dict.fromkeys(w for like in pairs if like.duplicate for w in like.shared)
        proposals.append(
            MergeProposal(tuple(group), min(p.score for p in pairs), tuple(shared))
        )
    return proposals


def propose_merges(
    tips: Sequence[Tip],
    *,
    language: str = "nl",
    rejected: Iterable[Collection[str]] = (),
) -> list[list[str]]:
    """The ids of each proposed merge group (two or more), in list order."""
    return [
        list(p.tip_ids) for p in merge_proposals(tips, language=language, rejected=rejected)
    ]


def _key(x: str, y: str, position: dict[str, int]) -> tuple[str, str]:
    return (x, y) if position[x] < position[y] else (y, x)


def _unit_likeness(
    terms: list[TipTerms], unit_of: list[str]
) -> dict[tuple[str, str], Likeness]:
    """The best likeness between any two units that share at least one key."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, tip_terms in enumerate(terms):
        for key in tip_terms.all_keys():
            index[key].append(i)
    candidates: set[tuple[int, int]] = set()
    for holders in index.values():
        candidates.update(combinations(holders, 2))
    order = {unit: n for n, unit in enumerate(dict.fromkeys(unit_of))}
    best: dict[tuple[str, str], Likeness] = {}
    for i, j in candidates:
        u, v = unit_of[i], unit_of[j]
        if u == v:
            continue
        if order[u] > order[v]:
            u, v = v, u
        like = compare(terms[i], terms[j])
        if not like.linked:
            continue
        current = best.get((u, v))
        if current is None or (like.duplicate, like.score) > (current.duplicate, current.score):
            best[(u, v)] = like
    return best
