"""The rooms the need suites (tests/test_matching_*needs*.py) are played in, and their checks.

Every offer (and trap) is a person of its own; all asks come from one person who offers
nothing, so rank_offers on one ask ranks every offer of the suite.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from werkplaats.matching import rank_offers
from werkplaats.matching.api import DEFAULT_THRESHOLD
from werkplaats.model import Participant, Ref, Session

ASKER = "vrager"


def room_of_specs(specs: Mapping[str, Any], session_id: str, title: str
                  ) -> tuple[Session, dict[str, list[Ref]], dict[str, list[Ref]],
                             dict[tuple[str, int], Ref]]:
    """A room of specs with ``asks``, ``offers`` and ``traps``: the session, the fitting
    offers and the traps of each spec, and the ref of each (spec, ask index)."""
    people: list[Participant] = []
    fitting: dict[str, list[Ref]] = {}
    traps: dict[str, list[Ref]] = {}
    asks: list[str] = []
    ask_refs: dict[tuple[str, int], Ref] = {}
    for name, spec in specs.items():
        for k, text in enumerate(spec.offers):
            people.append(Participant(f"{name}-o{k}", f"Aanbieder {name} {k}", offers=[text]))
            fitting.setdefault(name, []).append(Ref(f"{name}-o{k}", 0))
        for k, text in enumerate(spec.traps):
            people.append(Participant(f"{name}-t{k}", f"Valstrik {name} {k}", offers=[text]))
            traps.setdefault(name, []).append(Ref(f"{name}-t{k}", 0))
        for k, text in enumerate(spec.asks):
            ask_refs[(name, k)] = Ref(ASKER, len(asks))
            asks.append(text)
    people.append(Participant(ASKER, "Vrager", asks=asks))
    session = Session(id=session_id, title=title, language="nl", participants=people)
    return session, fitting, traps, ask_refs


def needs_room(asks: list[tuple[str, str]], traps: list[tuple[str, str]],
               offer_sets: Mapping[str, Mapping[str, list[str]]], also: Mapping[str, set[str]],
               trap_offers: Mapping[str, str], trap_needs: Mapping[str, set[str]],
               session_id: str) -> tuple[Session, dict[str, set[str]]]:
    """A room of (need, ask) and (ask, trap) lists: the session and the needs of each offer.

    ``offer_sets`` maps a prefix to {need: offers}; the asks come first, then the trap asks.
    """
    people = [Participant(ASKER, "Vraag", asks=[a for _, a in asks] + [a for a, _ in traps])]
    need_of: dict[str, set[str]] = {}
    for prefix, offers_of in offer_sets.items():
        for need, offers in offers_of.items():
            for k, text in enumerate(offers):
                pid = f"{prefix}{need}{k}"
                people.append(Participant(pid, pid, offers=[text]))
                need_of[f"{pid}#0"] = {need} | also.get(text, set())
    for name, text in trap_offers.items():
        people.append(Participant(f"trap_{name}", name, offers=[text]))
        need_of[f"trap_{name}#0"] = trap_needs.get(name, set())
    return (Session(id=session_id, title="symposium", language="nl", participants=people),
            need_of)


def ask_params(asks: list[tuple[str, str]], xfail: Mapping[str, str]) -> list[Any]:
    """(k, need, ask) cases, a strict xfail on each ask ``xfail`` names."""
    return [pytest.param(k, n, a, id=f"{n.split()[0]}-{k}",
                         marks=[pytest.mark.xfail(reason=xfail[a], strict=True)]
                         if a in xfail else [])
            for k, (n, a) in enumerate(asks)]


def trap_params(traps: list[tuple[str, str]]) -> list[Any]:
    """(k, ask, trap) cases, named after the trap."""
    return [pytest.param(k, a, t, id=t) for k, (a, t) in enumerate(traps)]


def assert_own_need_first(session: Session, need_of: Mapping[str, set[str]], k: int,
                          need: str, ask: str) -> None:
    """Ask ``k``'s best offer answers one of ``need`` (space-separated) above the threshold."""
    ranked = rank_offers(session, Ref(ASKER, k))
    assert ranked, f"nothing for {ask!r}"
    best = ranked[0]
    assert need_of[str(best.offer)] & set(need.split()), (
        ask, session.offer_text(best.offer), best.why)
    assert best.score >= DEFAULT_THRESHOLD, (ask, best.score, best.why)


def assert_trap_under(session: Session, k: int, trap: str, ask: str) -> None:
    """The trap offer ``trap`` stays under the threshold for ask ``k``."""
    scores = {str(c.offer): c.score for c in rank_offers(session, Ref(ASKER, k), limit=100)}
    assert scores.get(f"trap_{trap}#0", 0) < DEFAULT_THRESHOLD, (
        ask, session.offer_text(Ref(f"trap_{trap}", 0)))


def need_suite(asks: list[tuple[str, str]], traps: list[tuple[str, str]],
               xfail: Mapping[str, str], room: tuple[Session, Mapping[str, set[str]]],
               trap_cases: list[Any] | None = None) -> tuple[Any, Any]:
    """The two tests of a need suite on ``room`` (from :func:`needs_room`): every ask finds
    an offer of its own need first, every trap stays under the threshold. A suite module
    binds them to its own test names, which pytest collects and names them by."""
    session, need_of = room

    @pytest.mark.parametrize(("k", "need", "ask"), ask_params(asks, xfail))
    def own_need_first(k: int, need: str, ask: str) -> None:
        assert_own_need_first(session, need_of, k, need, ask)

    @pytest.mark.parametrize(("k", "ask", "trap"),
                             trap_params(traps) if trap_cases is None else trap_cases)
    def trap_under(k: int, ask: str, trap: str) -> None:
        assert_trap_under(session, len(asks) + k, trap, ask)

    return own_need_first, trap_under
