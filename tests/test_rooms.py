"""The matcher on the hand-labelled rooms in benchmarks/rooms: valid output, and not worse
than a floor well below today's figures (a regression alarm, not a quality claim)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from werkplaats.bundle import read_bundle
from werkplaats.matching import propose_pairs

ROOMS = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "rooms").rglob("*.json"))


@pytest.mark.parametrize("path", ROOMS, ids=[p.stem for p in ROOMS])
def test_every_ask_once_no_self_pairs_capacity_kept(path: Path) -> None:
    session = read_bundle(path)
    result = propose_pairs(session, capacity=1)
    asks = [str(r) for p in session.participants for r in p.ask_refs()]
    placed = [str(p.ask) for p in result.pairs] + [str(r) for r in result.open]
    assert sorted(placed) == sorted(asks)
    assert all(p.ask.participant != p.offer.participant for p in result.pairs)
    offers = [str(p.offer) for p in result.pairs]
    assert len(offers) == len(set(offers))
    assert all(0.0 <= (p.score or 0.0) <= 1.0 for p in result.pairs)


def test_quality_does_not_fall_through_the_floor() -> None:
    correct = proposed = gold_asks = 0
    for path in ROOMS:
        labels = json.loads(path.read_text("utf-8"))
        gold = {(g["ask"], g["offer"]) for g in labels["gold"]}
        labelled = {a for a, _ in gold} | set(labels["unmatchable"])
        result = propose_pairs(read_bundle(path), capacity=1)
        scored = [(str(p.ask), str(p.offer)) for p in result.pairs if str(p.ask) in labelled]
        proposed += len(scored)
        correct += sum(pair in gold for pair in scored)
        gold_asks += len({a for a, _ in gold})
    precision, recall = correct / proposed, correct / gold_asks
    assert precision >= 0.75 and recall >= 0.6, (precision, recall)
