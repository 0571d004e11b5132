"""The matcher's public functions: propose pairs for a room, rank offers for one ask.

Both work on a :class:`~werkplaats.model.Session` and never change it. numpy, scipy and the
lemmatiser are imported on first use, so importing this package costs next to nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from werkplaats.errors import WerkplaatsError
from werkplaats.model import Pair, PairStatus, Ref, Session

if TYPE_CHECKING:
    from werkplaats.matching.reading import Profile
    from werkplaats.matching.scoring import ScoreTable
    from werkplaats.matching.vocabulary import Vocabulary

DEFAULT_THRESHOLD = 0.43  # below this an ask stays open: "wie kent iemand die…?"

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _without_cycle_collection(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``fn`` with Python's cycle collector paused (it is switched back on after).

    Reading a room makes tens of thousands of small objects and no reference cycles; with
    the collector on, their allocation set off dozens of collections per call and now and
    then a full one over the whole process (its modules, the vocabulary: 0.1 s and more),
    which only found nothing to free. The objects that are garbage are freed as always,
    by reference counting; those kept (cached readings) are looked at by a later collection.
    A call that finds the collector already off leaves it off.
    """
    @wraps(fn)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@dataclass
class Candidate:
    """An offer that could answer an ask, for pairing by hand."""

    offer: Ref
    score: float
    why: str


@dataclass
class MatchResult:
    """Fixed (confirmed) and proposed pairs, and the asks nobody in the room can answer."""

    pairs: list[Pair] = field(default_factory=list)
    open: list[Ref] = field(default_factory=list)


@_without_cycle_collection
def propose_pairs(session: Session, capacity: int | None = None,
                  capacities: dict[Ref, int] | None = None, threshold: float | None = None,
                  vocabulary: Path | None = None) -> MatchResult:
    """Pair every ask of the room with the best offer for the room as a whole.

    Confirmed pairs stay and use up capacity; rejected pairs and a person's own offers are
    never proposed; an ask whose best option scores below ``threshold`` stays open.
    """
    from werkplaats.matching.assign import assign_slots

    default_capacity = capacity if capacity is not None else max(1, session.capacity)
    if default_capacity < 1:
        raise WerkplaatsError(f"capacity must be 1 or more, not {default_capacity}")
    limit = DEFAULT_THRESHOLD if threshold is None else threshold
    asks, offers = _ask_refs(session), _offer_refs(session)
    table = _score(session, asks, offers, vocabulary)
    offer_col = {ref: c for c, ref in enumerate(offers)}
    ask_set = set(asks)

    fixed: dict[Ref, Pair] = {}
    load = [0] * len(offers)
    for pair in session.confirmed_pairs():
        if pair.ask in fixed or pair.offer not in offer_col or pair.ask not in ask_set:
            continue  # a stale or duplicate pair cannot take a second place
        fixed[pair.ask] = pair
        load[offer_col[pair.offer]] += 1
    caps = capacities or {}
    capacity_left = [max(0, caps.get(ref, default_capacity) - load[c])
                     for c, ref in enumerate(offers)]
    allowed = _allowed(session, asks, offers)
    free_rows = [r for r, ref in enumerate(asks) if ref not in fixed]
    chosen = dict(assign_slots(table.scores, allowed, free_rows, capacity_left, limit))

    result = MatchResult()
    for row, ref in enumerate(asks):
        if ref in fixed:
            result.pairs.append(fixed[ref])
        elif row in chosen:
            col = chosen[row]
            result.pairs.append(Pair(ref, offers[col], PairStatus.PROPOSED,
                                     round(float(table.scores[row, col]), 3),
                                     table.why(row, col)))
        else:
            result.open.append(ref)
    return result


@_without_cycle_collection
def rank_offers(session: Session, ask_ref: Ref, limit: int = 20,
                vocabulary: Path | None = None) -> list[Candidate]:
    """The offers that fit ``ask_ref`` best, best first (own and rejected offers left out)."""
    session.ask_text(ask_ref)  # raises a clear error for an unknown ask
    offers = _offer_refs(session)
    table = _score(session, [ask_ref], offers, vocabulary, _ask_refs(session))
    allowed = _allowed(session, [ask_ref], offers)[0]
    ranked = sorted((c for c in range(len(offers)) if allowed[c] and table.scores[0, c] > 0),
                    key=lambda c: (-round(float(table.scores[0, c]), 6), c))
    return [Candidate(offers[c], round(float(table.scores[0, c]), 3), table.why(0, c))
            for c in ranked[:limit]]


def _ask_refs(session: Session) -> list[Ref]:
    return [ref for person in session.participants for ref in person.ask_refs()]


def _offer_refs(session: Session) -> list[Ref]:
    return [ref for person in session.participants for ref in person.offer_refs()]


def _allowed(session: Session, asks: list[Ref], offers: list[Ref]):  # type: ignore[no-untyped-def]
    """False where the ask and offer belong to one person, or the pair was rejected."""
    import numpy as np

    owner = {person.id: k for k, person in enumerate(session.participants)}
    ask_owner = np.array([owner[r.participant] for r in asks], dtype=int)
    offer_owner = np.array([owner[r.participant] for r in offers], dtype=int)
    allowed = ask_owner[:, None] != offer_owner[None, :]
    row = {ref: i for i, ref in enumerate(asks)}
    col = {ref: j for j, ref in enumerate(offers)}
    for pair in session.pairs:
        if pair.status is PairStatus.REJECTED and pair.ask in row and pair.offer in col:
            allowed[row[pair.ask], col[pair.offer]] = False
    return allowed


def _score(session: Session, asks: list[Ref], offers: list[Ref],
           vocabulary: Path | None, room_asks: list[Ref] | None = None) -> ScoreTable:
    """Scores of ``asks`` × ``offers``; ``room_asks`` (default ``asks``): all asks of the
    room, against which nearness in meaning is measured."""
    from werkplaats.matching.scoring import score_profiles
    from werkplaats.matching.semantic import nearness
    from werkplaats.matching.vocabulary import load_vocabulary

    vocab = load_vocabulary(vocabulary)
    lang = session.language
    people = {person.id: person for person in session.participants}
    ask_texts = [people[r.participant].asks[r.index] for r in asks]
    offer_texts = [people[r.participant].offers[r.index] for r in offers]
    room = None if room_asks is None else [
        people[r.participant].asks[r.index] for r in room_asks]
    return score_profiles([_profile(t, vocab, lang, True) for t in ask_texts],
                          [_profile(t, vocab, lang, False) for t in offer_texts],
                          vocab, nearness(ask_texts, offer_texts, room))


@lru_cache(maxsize=20_000)
def _profile(text: str, vocab: Vocabulary, lang: str, ask: bool) -> Profile:
    from werkplaats.matching.reading import read_text

    return read_text(text, vocab, lang, ask)
