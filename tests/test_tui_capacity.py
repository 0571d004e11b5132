"""K in the pairing round: how many asks one offer may take, set in the app, saved, undoable.

A facilitator in a small room lets one helper take two or three asks; before, that was only
possible with ``werkplaats pair --capacity``, and the room was asked about asks the one bike
mender could have taken.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from textual.widgets import DataTable, Static
from textual.widgets._footer import FooterKey

from tests.tui_support import open_store, wait_for_proposals
from werkplaats.model import PairStatus, Session
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui.bindings import active_actions
from werkplaats.tui.factory import facilitator_app
from werkplaats.tui.help import HelpScreen
from werkplaats.tui.pairing_round import next_capacity


def open_in_pairing_round(session: Session, root: Path) -> SessionStore:
    def to_pairing(edited: Session) -> None:
        edited.round.index = 1

    return open_store(session, root, to_pairing)


def on_disk(session: Session, root: Path) -> Session:
    reader = SessionStore(resolve_session(session.id, root), writer=False)
    return reader.load()


def title(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#pairs-title", Static).render())


def help_rows(screen: HelpScreen) -> list[tuple[str, str]]:
    """The (key, what it does) rows of the help screen, as a person reads them."""
    console = Console(width=200, record=True)
    for static in screen.query(Static):
        if isinstance(static.content, Table):
            console.print(static.content)
    rows = [re.split(r"\s{2,}", line.strip(), maxsplit=1)
            for line in console.export_text().splitlines()]
    return [(row[0], row[1]) for row in rows if len(row) == 2]


def notices(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(n.message) for n in app._notifications]


def test_k_cycles_one_to_five_and_wraps() -> None:
    assert [next_capacity(c) for c in (1, 2, 3, 4, 5)] == [2, 3, 4, 5, 1]
    assert next_capacity(8) == 1  # an imported capacity above the menu starts again at 1
    assert next_capacity(0) == 1


async def test_capacity_two_lets_one_offer_take_two_asks(demo_session: Session,
                                                         data_root: Path) -> None:
    pytest.importorskip("werkplaats.matching")
    app = facilitator_app(open_in_pairing_round(demo_session, data_root), root=data_root,
                          clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "max 1 per aanbod (K)" in title(app)

        await pilot.press("k")
        await pilot.pause()
        assert app.editor.session.capacity == 2
        assert on_disk(demo_session, data_root).capacity == 2  # saved at once
        assert "max 2 per aanbod (K)" in title(app)
        # said in the room's language, and nothing proposed behind the facilitator's back
        assert any("Druk op P" in n and "max 2" in n for n in notices(app)), notices(app)
        assert app.editor.session.pairs == []

        await pilot.press("p")
        await wait_for_proposals(app, pilot)
        proposed = [p for p in app.editor.session.pairs if p.status is PairStatus.PROPOSED]
        used = Counter(p.offer for p in proposed)
        assert max(used.values()) == 2, used
        assert max(used.values()) <= 2
        # the Cap column counts against the new capacity
        table = app.screen.query_one("#pairs", DataTable)
        caps = [str(table.get_cell_at((row, 5))) for row in range(table.row_count)]
        assert "2/2" in caps and all(cap.endswith("/2") for cap in caps), caps
        assert "max 2 per aanbod (K)" in title(app)
        await pilot.press("ctrl+q")

    reopened = SessionStore(resolve_session(demo_session.id, data_root), writer=True)
    try:
        session = reopened.load()
        assert session.capacity == 2
        assert Counter(p.offer for p in session.pairs).most_common(1)[0][1] == 2
        app = facilitator_app(reopened, root=data_root, clock=lambda: 1000.0)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert "max 2 per aanbod (K)" in title(app)
            await pilot.press("ctrl+q")
    finally:
        reopened.close()


async def test_ctrl_z_undoes_a_capacity_change(demo_session: Session, data_root: Path) -> None:
    app = facilitator_app(open_in_pairing_round(demo_session, data_root), root=data_root,
                          language="en", clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("k", "k")
        await pilot.pause()
        assert app.editor.session.capacity == 3
        assert any("Press P" in n for n in notices(app)), notices(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.editor.session.capacity == 2
        assert on_disk(demo_session, data_root).capacity == 2
        assert "max 2 per offer (K)" in title(app)
        assert any("capacity set to 3 per offer" in n for n in notices(app)), notices(app)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert on_disk(demo_session, data_root).capacity == 1
        assert "max 1 per offer (K)" in title(app)
        await pilot.press("k", "k", "k", "k", "k")  # 1 → 2 → 3 → 4 → 5 → 1
        await pilot.pause()
        assert app.editor.session.capacity == 1


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_k_is_in_help_and_palette_but_not_the_footer(demo_session: Session,
                                                           data_root: Path,
                                                           language: str) -> None:
    app = facilitator_app(open_in_pairing_round(demo_session, data_root), root=data_root,
                          language=language, clock=lambda: 1000.0)
    word = {"nl": "Capaciteit", "en": "Capacity"}[language]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not [k for k in app.screen.query(FooterKey) if k.description == word]
        found = [(keys, b) for keys, b, _ in active_actions(app.screen) if b.description == word]
        assert [(keys, b.id) for keys, b in found] == [("K", "pairing.capacity")]
        assert found[0][1].tooltip and "5" in found[0][1].tooltip
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert any(keys == "K" and word in does for keys, does in help_rows(app.screen))
        await pilot.press("escape")
        await pilot.pause()
        # the palette finds it by name and runs it
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*word.lower())
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.editor.session.capacity == 2


async def test_proposals_made_before_k_are_made_again(demo_session: Session,
                                                      data_root: Path) -> None:
    """P, then K while the matcher still runs: the pairs shown follow the new capacity."""
    pytest.importorskip("werkplaats.matching")
    from werkplaats.matching import propose_pairs
    from werkplaats.tui.pairing_round import PairingRound

    stale = propose_pairs(on_disk(demo_session, data_root)).pairs  # made with capacity 1
    app = facilitator_app(open_in_pairing_round(demo_session, data_root), root=data_root,
                          clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        pairing = app.screen.query_one(PairingRound)
        pairing.post_message(PairingRound.ProposalsReady(list(stale), capacity=1))
        await pilot.pause()
        await wait_for_proposals(app, pilot)
        used = Counter(p.offer for p in app.editor.session.pairs)
        assert max(used.values()) == 2, used
        # the stale proposals were never stored: one set of proposals, made with capacity 2
        assert [step.label for step in app.editor.history].count("voorstellen gemaakt") == 1
