"""Driving the facilitator app like a facilitator would, then reopening the session."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static, TextArea

from tests.tui_support import open_store, wait_for_proposals
from werkplaats.errors import SessionBusy
from werkplaats.model import Pair, PairStatus, Ref, Session
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui.app import SessionScreen
from werkplaats.tui.factory import facilitator_app
from werkplaats.tui.help import HelpScreen
from werkplaats.tui.offer_picker import OfferPicker
from werkplaats.tui.pairing_round import _pair_key

pytest.importorskip("werkplaats.matching")


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def text_of(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector, Static).content)


async def test_a_facilitator_runs_intro_and_pairing(demo_session: Session, data_root: Path):
    clock = FakeClock()
    app = facilitator_app(open_store(demo_session, data_root), root=data_root, clock=clock)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)

        # a walk-in in two keystrokes (plus the name)
        await pilot.press("ctrl+n")
        await pilot.press(*"Jort Visser", "enter")
        await pilot.pause()
        jort = app.editor.session.find_participant("Jort Visser")

        # pick Jort in the queue and type along while he talks
        queue = app.screen.query_one("#queue")
        queue.focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.editor.session.round.speaker == jort.id
        assert app.screen.query_one("#intro-text", TextArea).has_focus
        await pilot.press(*"Ik ben Jort en ik houd mijn haren liever kort.")
        await pilot.press("tab", *"Ik zoek iemand die kan knippen")
        await pilot.press("tab", *"Ik kan fietsen repareren")

        # the timer: start, let 20 seconds pass, extend by 30
        await pilot.press("f5")
        await pilot.pause()
        clock.now += 20
        app.screen.tick()
        assert text_of(app, "#timer") == "▶ 0:40"
        await pilot.press("f4")
        await pilot.pause()
        app.screen.tick()
        assert text_of(app, "#timer") == "▶ 1:10"

        # to the pairing round; proposals come from the matcher in a worker
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert app.editor.session.round.index == 1
        await pilot.press("p")
        await wait_for_proposals(app, pilot)
        session = app.editor.session
        proposed = [p for p in session.pairs if p.status is PairStatus.PROPOSED]
        assert proposed, [n.message for n in app._notifications]
        table = app.screen.query_one("#pairs", DataTable)
        assert table.has_focus

        # the proposal under the cursor (the best one) is confirmed...
        under_cursor = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        first = next(p for p in proposed if under_cursor == _pair_key(p))
        assert first.score == max(p.score or 0 for p in proposed)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("r")  # ...and the next one rejected
        await pilot.pause()
        statuses = [p.status for p in app.editor.session.pairs]
        assert statuses.count(PairStatus.CONFIRMED) == 1
        assert statuses.count(PairStatus.REJECTED) == 1
        confirmed = app.editor.session.confirmed_pairs()[0]
        assert (confirmed.ask, confirmed.offer) == (first.ask, first.offer)

        # pair an open ask by hand from the searchable list of offers
        open_table = app.screen.query_one("#open-asks", DataTable)
        open_table.focus()
        await pilot.pause()
        # the first open ask that is not the knitter's own (her offer is never hers to take)
        row = next(r for r in range(open_table.row_count)
                   if not str(open_table.coordinate_to_cell_key((r, 0)).row_key.value)
                   .startswith("p01#"))
        open_table.move_cursor(row=row)
        await pilot.pause()
        ask_key = open_table.coordinate_to_cell_key((row, 0)).row_key.value
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, OfferPicker)
        await pilot.press(*"brei")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        knitting = Ref("p01", 0)
        by_hand = [(p.offer, p.status) for p in app.editor.session.pairs if str(p.ask) == ask_key]
        assert (knitting, PairStatus.CONFIRMED) in by_hand

        # undo takes the hand pair back, and only that
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert not [p for p in app.editor.session.pairs
                    if str(p.ask) == ask_key and p.offer == knitting]
        assert len(app.editor.session.confirmed_pairs()) == 1

        await pilot.press("ctrl+q")

    # reopen: the same round, everything there
    reopened = SessionStore(resolve_session(demo_session.id, data_root), writer=True)
    try:
        session = reopened.load()
        assert session.round.index == 1
        jort = session.find_participant("Jort Visser")
        assert jort.intro == "Ik ben Jort en ik houd mijn haren liever kort."
        assert jort.asks == ["Ik zoek iemand die kan knippen"]
        assert jort.offers == ["Ik kan fietsen repareren"]
        assert session.round.timer_seconds == 90
        statuses = [p.status for p in session.pairs]
        assert statuses.count(PairStatus.CONFIRMED) == 1
        assert statuses.count(PairStatus.REJECTED) == 1
        assert not [p for p in session.pairs if str(p.ask) == ask_key and p.offer == knitting]
        app = facilitator_app(reopened, root=data_root, clock=clock)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            assert "2/4" in app.screen.sub_title
            assert app.screen.query_one("#pairs", DataTable).row_count == len(session.pairs)
    finally:
        reopened.close()


async def test_typed_card_stays_when_the_save_fails(demo_session: Session, data_root: Path,
                                                   monkeypatch: pytest.MonkeyPatch):
    import errno

    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=FakeClock())
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("f5")  # first speaker; the focus goes to the card
        await pilot.pause()
        intro = app.screen.query_one("#intro-text", TextArea)
        assert intro.has_focus

        def full_disk(_tables: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(store._db.storage, "write", full_disk)
        await pilot.press("end", *" Ik werk bij de gemeente.")
        await pilot.press("f8")  # next speaker: the card must be saved first, which fails
        await pilot.pause()
        assert "Ik werk bij de gemeente." in intro.text
        assert app.editor.session.round.speaker == "p01"
        assert any("schijf" in str(n.message) or "disk" in str(n.message)
                   for n in app._notifications)
        assert app.screen.query_one("#nudge", Static).has_class("-shown")
        monkeypatch.undo()
        await pilot.press("f8")
        await pilot.pause()
        assert "Ik werk bij de gemeente." in app.editor.session.participant("p01").intro
        assert app.editor.session.round.speaker == "p02"


async def test_help_palette_and_rounds_menu_by_keys(demo_session: Session, data_root: Path):
    app = facilitator_app(open_store(demo_session, data_root), root=data_root, language="en",
                          clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        hint = str(app.screen.query_one("#help-projector", Static).render())
        assert f"werkplaats projector {demo_session.id}" in hint
        await pilot.press("escape")
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.editor.session.round.index == 2
        # the palette finds a round action by name and runs it
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"previous round")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.editor.session.round.index == 1


async def test_second_writer_gets_a_clear_message(demo_session: Session, data_root: Path):
    store = open_store(demo_session, data_root)
    try:
        with pytest.raises(SessionBusy, match="already open"):
            open_store(demo_session, data_root)
    finally:
        store.close()


async def test_picker_opens_and_creates_sessions(demo_session: Session, data_root: Path):
    app = facilitator_app(None, root=data_root, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")  # help before a session is open: no projector line yet
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and not app.screen.query("#help-projector")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # the demo session is the only one: open it
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.editor.session.id == demo_session.id
        await pilot.press("ctrl+q")
    app = facilitator_app(None, root=data_root, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("tab", *"Buurtkamer De Linde", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.editor.session.title == "Buurtkamer De Linde"


async def test_palette_offers_workshop_actions_only(demo_session: Session, data_root: Path):
    from werkplaats.tui.bindings import active_actions

    app = facilitator_app(open_store(demo_session, data_root), root=data_root, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        described = [binding.description for _, binding, _ in active_actions(app.screen)]
        assert "Klok" in described and "Help" in described
        assert not {"Cursor up", "Page down", "Top", "Select"} & set(described)
        assert list(app.get_system_commands(app.screen)) == []


async def test_the_highlighted_pair_is_shown_in_full(demo_session: Session, data_root: Path):
    store = open_store(demo_session, data_root)
    with store.edit() as session:
        session.round.index = 1
        session.pairs.append(Pair(Ref("p01", 0), Ref("p02", 0), PairStatus.PROPOSED, 0.61,
                                  "thermostaat ~ cv-monteur"))
    app = facilitator_app(store, root=data_root, clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        detail = str(app.screen.query_one("#pair-detail", Static).render())
        session = app.editor.session
        assert "thermostaat ~ cv-monteur" in detail and "(0.61)" in detail
        assert session.ask_text(Ref("p01", 0)) in " ".join(detail.split())


async def test_escape_from_a_card_field_goes_back_to_the_speakers(demo_session: Session,
                                                                  data_root: Path):
    app = facilitator_app(open_store(demo_session, data_root), root=data_root,
                          clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        queue = app.screen.query_one("#queue", DataTable)
        queue.focus()
        await pilot.press("enter")  # the highlighted person speaks: the card takes the keys
        await pilot.pause()
        intro = app.screen.query_one("#intro-text", TextArea)
        assert intro.has_focus
        await pilot.press("end", *" Ook ik.")
        await pilot.press("escape")
        await pilot.pause()
        assert queue.has_focus and not intro.has_focus
        speaker = app.editor.session.find_participant(app.editor.session.round.speaker)
        assert speaker.intro.endswith("Ook ik.")  # saved on the way out, not lost
        await pilot.press("ctrl+q")
