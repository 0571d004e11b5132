"""Matcher quality per labelled bundle, next to a plain word-overlap baseline.

Run by hand: ``python benchmarks/bench_matcher_quality.py [BUNDLE.json ...] [-v]``.
Without arguments it reads ``../shared/samples/*.json`` and the small rooms written for
the tests (``tests/test_matching_rooms.py``). It prints precision, recall, F1 and the share
of unmatchable asks left open (the definitions of ``shared/tools/score_pairs.py``), for the
matcher and for the baseline.
This file may read the hand labels (``gold``/``unmatchable``); the package never does.
``-v`` lists every wrong or missed pair with its score and reason, for tuning.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from werkplaats.bundle import parse_bundle
from werkplaats.matching import propose_pairs
from werkplaats.model import Ref, Session

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
ROOMS = ROOT / "tests" / "test_matching_rooms.py"
WORD = re.compile(r"\w{4,}")


def baseline(session: Session, threshold: float = 0.15) -> dict[str, str]:
    """Greedy pairing by Jaccard overlap of words of 4+ letters, capacity 1."""
    def words(text: str) -> set[str]:
        return {w.casefold() for w in WORD.findall(text)}

    options = []
    for person in session.participants:
        for ask in person.ask_refs():
            a = words(session.ask_text(ask))
            for other in session.participants:
                if other.id == person.id:
                    continue
                for offer in other.offer_refs():
                    o = words(session.offer_text(offer))
                    score = len(a & o) / len(a | o) if a | o else 0.0
                    if score >= threshold:
                        options.append((-score, str(ask), str(offer)))
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for _, ask, offer in sorted(options):
        if ask not in chosen and offer not in used:
            chosen[ask] = offer
            used.add(offer)
    return chosen


def evaluate(pairs: dict[str, str], gold: set[tuple[str, str]], unmatchable: set[str]
             ) -> tuple[float, float, float, float | None]:
    gold_asks = {a for a, _ in gold}
    scored = [(a, o) for a, o in pairs.items() if a in gold_asks or a in unmatchable]
    correct = [(a, o) for a, o in scored if (a, o) in gold]
    p = len(correct) / len(scored) if scored else 0.0
    r = len({a for a, _ in correct}) / len(gold_asks) if gold_asks else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    still_open = [u for u in unmatchable if u not in pairs]
    return p, r, f1, (len(still_open) / len(unmatchable) if unmatchable else None)


def report(name: str, data: dict, verbose: bool) -> tuple[float, float]:
    session = parse_bundle(data, name)
    gold = {(g["ask"], g["offer"]) for g in data["gold"]}
    unmatchable = set(data["unmatchable"])
    result = propose_pairs(session, capacity=1)
    ours = {str(p.ask): str(p.offer) for p in result.pairs}
    rows = [("matcher", evaluate(ours, gold, unmatchable)),
            ("baseline", evaluate(baseline(session), gold, unmatchable))]
    for label, (p, r, f1, op) in rows:
        shown = "n/a" if op is None else f"{op:.2f}"
        print(f"{name:28} {label:9} P {p:.2f}  R {r:.2f}  F1 {f1:.2f}  open {shown}")
    if verbose:
        _explain(session, result, gold, unmatchable)
    return rows[0][1][2], rows[1][1][2]


def _explain(session: Session, result, gold, unmatchable) -> None:  # type: ignore[no-untyped-def]
    from werkplaats.matching import rank_offers

    by_ask = {str(p.ask): p for p in result.pairs}
    for person in session.participants:
        for ask in person.ask_refs():
            key = str(ask)
            wanted = {o for a, o in gold if a == key}
            got = by_ask.get(key)
            if (got and (key, str(got.offer)) in gold) or (not got and not wanted):
                continue
            label = "UNMATCHABLE" if key in unmatchable else ("gold" if wanted else "unlabelled")
            print(f"  {key} [{label}] {session.ask_text(ask)}")
            if got:
                print(f"     got  {got.offer} {got.score} ({got.why}) "
                      f"{session.offer_text(got.offer)}")
            for cand in rank_offers(session, ask, limit=30):
                if str(cand.offer) in wanted:
                    print(f"     gold {cand.offer} {cand.score} ({cand.why}) "
                          f"{session.offer_text(cand.offer)}")
            for offer in wanted - {str(c.offer) for c in rank_offers(session, ask, limit=30)}:
                print(f"     gold {offer} 0 {session.offer_text(Ref.parse(offer))}")


def _own_rooms() -> dict[str, dict]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("rooms", ROOMS)
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {f"own:{name}": room for name, room in module.ROOMS.items()}


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if a != "-v"] or sorted(SAMPLES.glob("*.json"))
    bundles = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in paths}
    if not [a for a in argv if a != "-v"]:
        bundles.update(_own_rooms())
    totals = [report(name, data, verbose) for name, data in bundles.items()]
    if totals:
        ours = sum(t[0] for t in totals) / len(totals)
        base = sum(t[1] for t in totals) / len(totals)
        print(f"{'mean F1':28} matcher {ours:.2f}  baseline {base:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
