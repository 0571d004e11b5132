"""Snapshots of the tips round: the projector's ranked list at 80x24 and 160x45, and the
facilitator's screen with a merge proposal at 80x24. Update with ``pytest --snapshot-update``
and look at the SVGs."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual.widgets import Input

from werkplaats.model import Participant
from werkplaats.store import SessionStore, create_session, resolve_session
from werkplaats.tips import add_tip, merge_tips, set_votes
from werkplaats.tui.factory import facilitator_app, projector_app

CLOCK = 1_800_000_000.0
TIPS = [
    ("Vraag het persoonlijk", "tafel 1", 9),
    ("Ga samen eten", "tafel 1", 6),
    ("Hang een prikbord bij de deur", "tafel 2", 4),
    ("Persoonlijk vragen werkt het best", "tafel 3", 0),
    ("Begin klein", "tafel 2", 6),
    ("Zet er iets tegenover", "tafel 3", 2),
    ("Spreek een vast moment af, bijvoorbeeld elke eerste dinsdag van de maand koffie",
     "tafel 4", 1),
    ("Gebruik de buurtapp", "tafel 4", 0),
    ("Maak ruimte in je hoofd", "tafel 3", 0),
    ("Klein beginnen", "tafel 4", 0),
]


async def workers_done(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the proposal threads have finished (older ones are cancelled, not failed)."""
    for _ in range(200):
        await pilot.pause(0.02)
        if all(worker.is_finished for worker in pilot.app.workers):
            break
    await pilot.pause()


def harvested_session(root: Path, *, merged: bool) -> Path:
    session = create_session("Buurtkamer De Linde", root=root, plan="wehelpen-workshop",
                             now=datetime(2026, 11, 23, 19, 30))
    path = resolve_session(session.id, root)
    with SessionStore(path, writer=True) as store, store.edit() as s:
        s.participants = [Participant(id=f"p{n:02d}", name=f"Mens {n}") for n in range(12)]
        s.round.index = 3
        for text, table, _ in TIPS:
            add_tip(s, text, group=table)
        if merged:
            merge_tips(s, ["t01", "t04"])
        for tip, (_, _, votes) in zip(list(s.tips), TIPS, strict=True):
            if tip.merged_into is None:
                set_votes(s, tip.id, votes)
    return path


def test_projector_ranked_list_80x24(snap_compare, data_root: Path) -> None:  # type: ignore[no-untyped-def]
    path = harvested_session(data_root, merged=True)
    app = projector_app(SessionStore(path, writer=False), root=data_root, clock=lambda: CLOCK)
    assert snap_compare(app, terminal_size=(80, 24))


def test_projector_ranked_list_160x45(snap_compare, data_root: Path) -> None:  # type: ignore[no-untyped-def]
    path = harvested_session(data_root, merged=True)
    app = projector_app(SessionStore(path, writer=False), root=data_root, clock=lambda: CLOCK)
    assert snap_compare(app, terminal_size=(160, 45))


def test_facilitator_tips_round_with_a_proposal_80x24(snap_compare, data_root: Path) -> None:  # type: ignore[no-untyped-def]
    path = harvested_session(data_root, merged=False)
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)

    async def proposals_found(pilot) -> None:  # type: ignore[no-untyped-def]
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False  # a blinking cursor would make the picture a coin toss
        await workers_done(pilot)
        assert pilot.app.screen.query_one("#tip-proposal").has_class("-shown")

    assert snap_compare(app, terminal_size=(80, 24), run_before=proposals_found)
