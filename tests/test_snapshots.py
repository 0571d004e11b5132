"""Snapshots of the key screens: intro and pairing on the laptop; the projector's intro, pairing
and contact rounds small and wide (contact codes hidden, and shown after B).

Deterministic: the demo session is made at a fixed time, the clock is injected and the
pairs are set by hand (so a better matcher does not change the pictures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from werkplaats.editing import SessionEditor
from werkplaats.model import Pair, Ref, Session
from werkplaats.plans import load_plan
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui.factory import facilitator_app, projector_app

NOW = 1_800_000_000.0

PROPOSALS = [
    Pair(Ref("p01", 0), Ref("p02", 0), score=0.86, why="thermostaat ~ cv-monteur"),
    Pair(Ref("p02", 0), Ref("p09", 0), score=0.71, why="brieven ~ formulieren"),
    Pair(Ref("p05", 0), Ref("p07", 0), score=0.64, why="oppassen ~ kinderen"),
    Pair(Ref("p06", 0), Ref("p12", 0), score=0.58, why="kraan ~ klussen"),
]


@pytest.fixture
def prepared(demo_session: Session, data_root: Path) -> Path:
    """The demo session with a speaker on the clock and some pairs decided."""
    path = resolve_session(demo_session.id, data_root)
    with SessionStore(path, writer=True) as store:
        store.load()
        editor = SessionEditor(store, load_plan(demo_session.plan), clock=lambda: NOW - 17)
        editor.select_speaker("p03")
        editor.start_timer()
        editor.apply_proposals(PROPOSALS)
        editor.confirm_pair(Ref("p01", 0), Ref("p02", 0))
        editor.confirm_pair(Ref("p05", 0), Ref("p07", 0))
        editor.reject_pair(Ref("p06", 0), Ref("p12", 0))
    return path


def facilitator(path: Path, round_index: int):  # type: ignore[no-untyped-def]
    store = SessionStore(path, writer=True)
    with store.edit() as session:
        session.round.index = round_index
    return facilitator_app(store, clock=lambda: NOW)


def projector(path: Path, round_index: int, codes: bool = False):  # type: ignore[no-untyped-def]
    with SessionStore(path, writer=True) as store, store.edit() as session:
        session.round.index = round_index
        session.round.codes_on_projector = codes
    reader = SessionStore(path, writer=False)
    reader.load()
    return projector_app(reader, clock=lambda: NOW)


def test_intro_screen(prepared: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(facilitator(prepared, 0), terminal_size=(80, 24))


def test_pairing_screen(prepared: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(facilitator(prepared, 1), terminal_size=(80, 24))


@pytest.mark.parametrize("round_index", [0, 1, 2])
def test_projector_80x24(prepared: Path, snap_compare, round_index: int) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(projector(prepared, round_index), terminal_size=(80, 24))


@pytest.mark.parametrize("round_index", [0, 1, 2])
def test_projector_160x45(prepared: Path, snap_compare, round_index: int) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(projector(prepared, round_index), terminal_size=(160, 45))


def test_projector_contact_codes_shown_160x45(prepared: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """After B on the laptop the projector shows the first pair's two QR codes."""
    assert snap_compare(projector(prepared, 2, codes=True), terminal_size=(160, 45))
