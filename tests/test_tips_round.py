"""The tips round in the facilitator app, pressed like a facilitator, and the projector
following it from the session file."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from werkplaats.model import Participant
from werkplaats.store import SessionStore, create_session, resolve_session
from werkplaats.tips import rank_tips
from werkplaats.tui.factory import facilitator_app, projector_app
from werkplaats.tui.tips_round import TipsRound

TIPS_ROUND = 3  # intro, pairing, contact, tips in the wehelpen-workshop plan
CLOCK = 1_800_000_000.0


def tips_session(root: Path, people: int = 6) -> Path:
    """An empty session in its tips round, with ``people`` in the room."""
    session = create_session("Tips avond", root=root, plan="wehelpen-workshop")
    path = resolve_session(session.id, root)
    with SessionStore(path, writer=True) as store, store.edit() as s:
        s.participants = [Participant(id=f"p{n:02d}", name=f"Mens {n}") for n in range(people)]
        s.round.index = TIPS_ROUND
    return path


def table_texts(round_widget: TipsRound) -> list[str]:
    table = round_widget.query_one("#tips", DataTable)
    return [str(table.get_row_at(row)[1]) for row in range(table.row_count)]


async def wait_for_proposals(pilot, round_widget: TipsRound) -> None:  # type: ignore[no-untyped-def]
    """Wait until the proposal threads have finished (older ones are cancelled, not failed)."""
    for _ in range(200):
        await pilot.pause(0.02)
        if all(worker.is_finished for worker in pilot.app.workers):
            break
    await pilot.pause()


async def test_enter_tips_merge_vote_and_see_the_ranking(data_root: Path) -> None:
    path = tips_session(data_root)
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=(80, 24)) as pilot:
        round_widget = app.screen.query_one(TipsRound)
        # table 1 types two tips, table 2 one
        await pilot.click("#tip-table")
        await pilot.press(*"tafel 1", "enter")
        assert app.focused is not None and app.focused.id == "tip-text"
        await pilot.press(*"Vraag het persoonlijk", "enter")
        await pilot.press(*"Begin klein", "enter")
        await pilot.press("shift+tab", *"tafel 2", "enter")  # focus selects the old table
        await pilot.press(*"Persoonlijk vragen werkt het best", "enter")
        assert [(t.text, t.group) for t in store.session.tips] == [
            ("Vraag het persoonlijk", "tafel 1"),
            ("Begin klein", "tafel 1"),
            ("Persoonlijk vragen werkt het best", "tafel 2"),
        ]
        # the near-duplicate is proposed, and merged with F5
        await wait_for_proposals(pilot, round_widget)
        proposal = str(round_widget.query_one("#tip-proposal", Static).render())
        assert "Vraag het persoonlijk" in proposal and "Persoonlijk vragen" in proposal
        await pilot.press("f5")
        await pilot.pause()
        assert store.session.tips[2].merged_into == "t01"
        assert table_texts(round_widget) == [
            "Vraag het persoonlijk  [+1]", "  ↳ Persoonlijk vragen werkt het best", "Begin klein"
        ]
        # the vote: F8 on the first tip, type the counts down the list
        await pilot.press("tab")
        assert app.focused is round_widget.query_one("#tips")
        await pilot.press("up", "up", "f8", *"5", "enter")  # the merged line is skipped
        await pilot.press(*"2", "enter")
        # a count the room cannot have given is refused and nothing changes
        await pilot.press("up", "up", "f8", *"30", "enter")
        await pilot.pause()
        assert [t.votes for t in store.session.tips] == [5, 2, 0]
        assert any("hoogstens 18 stemmen" in n.message for n in app._notifications)
        await pilot.press("f8")  # close the vote field
        await pilot.press("down", "down", "plus")  # one more vote for "Begin klein"
        await pilot.pause()
        ranked = rank_tips(store.session)
        assert [(r.text, r.votes, r.tip_ids) for r in ranked] == [
            ("Vraag het persoonlijk", 5, ("t01", "t03")),
            ("Begin klein", 3, ("t02",)),
        ]
        assert "2 tips · 8 stippen" in str(round_widget.query_one("#tips-title", Static).render())
        # undo the merge with F7 on the merged tip
        await pilot.press("up", "f7")
        await pilot.pause()
        assert all(t.merged_into is None for t in store.session.tips)
        # and ctrl+z brings the merge back
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert store.session.tips[2].merged_into == "t01"
    # the projector, a second process in the room, shows the ranking from the file
    reader = SessionStore(path, writer=False)
    projector = projector_app(reader, root=data_root, clock=lambda: CLOCK)
    async with projector.run_test(size=(80, 24)) as pilot:
        ranking = str(projector.query_one("#tips-ranking", Static).render())
        first, second = (line for line in ranking.splitlines() if line.strip())
        assert first.startswith(" 1. Vraag het persoonlijk") and first.endswith("●●●●● 5")
        assert second.startswith(" 2. Begin klein") and second.endswith("●●● 3")


async def test_rejected_proposal_stays_apart(data_root: Path) -> None:
    path = tips_session(data_root)
    with SessionStore(path, writer=True) as store, store.edit() as s:
        from werkplaats.tips import add_tip

        add_tip(s, "Begin klein", group="tafel 1")
        add_tip(s, "Klein beginnen", group="tafel 2")
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=(80, 24)) as pilot:
        round_widget = app.screen.query_one(TipsRound)
        await wait_for_proposals(pilot, round_widget)
        assert [p.tip_ids for p in round_widget.proposals] == [("t01", "t02")]
        await pilot.press("f6")
        await wait_for_proposals(pilot, round_widget)
        assert round_widget.proposals == []
        assert not round_widget.query_one("#tip-proposal").has_class("-shown")
        assert all(t.merged_into is None for t in store.session.tips)
    store.close()
    # kept apart for good: reopening the session does not propose the pair again
    assert SessionStore(path, writer=False).load().kept_apart == [["t01", "t02"]]
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=(80, 24)) as pilot:
        round_widget = app.screen.query_one(TipsRound)
        await wait_for_proposals(pilot, round_widget)
        assert round_widget.proposals == []
    store.close()


async def test_projector_follows_the_facilitator_live(data_root: Path) -> None:
    path = tips_session(data_root)
    reader = SessionStore(path, writer=False)
    projector = projector_app(reader, root=data_root, clock=lambda: CLOCK, poll_seconds=0.05)
    async with projector.run_test(size=(80, 24)) as pilot:
        ranking = projector.query_one("#tips-ranking", Static)
        assert "zodra de tafels" in str(ranking.render())
        with SessionStore(path, writer=True) as store, store.edit() as s:
            from werkplaats.tips import add_tip, set_votes

            add_tip(s, "Ga samen eten", group="tafel 3")
            set_votes(s, "t01", 4)
        for _ in range(40):
            await pilot.pause(0.05)
            if "Ga samen eten" in str(ranking.render()):
                break
        assert " 1. Ga samen eten" in str(ranking.render())
