"""The facilitator's actions on a session: saved at once, undoable, with an injected clock."""

from __future__ import annotations

import pytest

from werkplaats.editing import SessionEditor
from werkplaats.errors import WerkplaatsError
from werkplaats.model import Pair, PairStatus, Ref
from werkplaats.plans import load_plan
from werkplaats.store import SessionStore
from werkplaats.views import (
    format_seconds,
    offer_load,
    open_asks,
    pair_topic,
    speaker_queue,
    timer_remaining,
)


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def editor(demo_store: SessionStore, clock: FakeClock) -> SessionEditor:
    return SessionEditor(demo_store, load_plan("wehelpen-workshop"), clock=clock)


def reread(store: SessionStore):
    return SessionStore(store.path, writer=False).load()


def test_walk_in_and_card_are_on_disk_at_once(editor: SessionEditor, demo_store: SessionStore):
    person = editor.add_walk_in("  Jort   Visser ")
    assert person.name == "Jort Visser"
    editor.set_card(person.id, intro="Ik ben Jort.", asks=["Ik zoek iemand die kan knippen", ""],
                    offers=["Ik kan fietsen repareren"])
    on_disk = reread(demo_store).participant(person.id)
    assert on_disk.intro == "Ik ben Jort."
    assert on_disk.asks == ["Ik zoek iemand die kan knippen"]
    assert on_disk.offers == ["Ik kan fietsen repareren"]


def test_unchanged_card_is_not_saved_again(editor: SessionEditor):
    person = editor.session.participants[0]
    revision = editor.session.revision
    assert editor.set_card(person.id, intro=person.intro) is False
    assert editor.session.revision == revision


def test_walk_in_needs_a_name(editor: SessionEditor):
    with pytest.raises(WerkplaatsError):
        editor.add_walk_in("   ")


def test_timer_start_pause_extend_with_injected_clock(editor: SessionEditor, clock: FakeClock):
    editor.start_timer()
    state = editor.session.round
    first = editor.session.participants[0].id
    assert state.speaker == first
    assert timer_remaining(state, clock.now) == 60
    clock.now += 25
    assert timer_remaining(editor.session.round, clock.now) == 35
    editor.pause_timer()
    clock.now += 100
    assert timer_remaining(editor.session.round, clock.now) == 35
    editor.extend_timer()
    assert timer_remaining(editor.session.round, clock.now) == 65
    editor.toggle_timer()
    clock.now += 70
    assert format_seconds(timer_remaining(editor.session.round, clock.now)) == "-0:05"


def test_next_marks_spoken_and_skip_keeps_in_queue(editor: SessionEditor):
    ids = [p.id for p in editor.session.participants]
    editor.select_speaker(ids[0])
    assert editor.next_speaker(done=False) == ids[1]  # skip: the first stays in the queue
    assert ids[0] in [p.id for p in speaker_queue(editor.session)]
    assert editor.next_speaker(done=True) == ids[2]
    assert ids[1] in editor.session.round.spoken
    assert speaker_queue(editor.session)[0].id == ids[2]


def test_round_moves_are_stored_and_clamped(editor: SessionEditor, demo_store: SessionStore):
    assert editor.go_to_round(2) == 2
    assert reread(demo_store).round.index == 2
    assert editor.go_to_round(99) == 3


def test_pairs_confirm_reject_hand_swap_and_undo(editor: SessionEditor, demo_store: SessionStore):
    people = editor.session.participants
    a, b, c = people[0], people[1], people[2]
    proposals = [
        Pair(Ref(a.id, 0), Ref(b.id, 0), score=0.8, why="thermostaat ~ cv-monteur"),
        Pair(Ref(b.id, 0), Ref(c.id, 0), score=0.4, why="brieven ~ formulieren"),
        Pair(Ref(c.id, 0), Ref(c.id, 0), score=0.9, why="own offer"),
    ]
    assert editor.apply_proposals(proposals) == 2  # never a person's own offer
    editor.confirm_pair(Ref(a.id, 0), Ref(b.id, 0))
    editor.reject_pair(Ref(b.id, 0), Ref(c.id, 0))
    # new proposals keep what was decided and never bring a rejected pair back
    assert editor.apply_proposals(proposals) == 0
    made = editor.pair_by_hand(Ref(b.id, 0), Ref(a.id, 1))
    assert made.status is PairStatus.CONFIRMED and made.why == "met de hand"
    swapped = editor.pair_by_hand(Ref(b.id, 0), Ref(a.id, 0), replacing=Ref(a.id, 1))
    statuses = {(str(p.ask), str(p.offer)): p.status for p in reread(demo_store).pairs}
    assert statuses[(str(swapped.ask), str(swapped.offer))] is PairStatus.CONFIRMED
    assert (f"{b.id}#0", f"{a.id}#1") not in statuses
    assert pair_topic(editor.session, editor.session.pairs[0]) == "thermostaat"
    assert offer_load(editor.session)[Ref(b.id, 0)] == 1

    assert editor.undo() is not None  # the swap
    assert editor.undo() is not None  # the pair by hand
    assert editor.undo() is not None  # the second proposals
    assert editor.undo() is not None  # the rejection
    on_disk = reread(demo_store)
    by_key = {(str(p.ask), str(p.offer)): p.status for p in on_disk.pairs}
    assert by_key[(f"{b.id}#0", f"{c.id}#0")] is PairStatus.PROPOSED
    assert by_key[(f"{a.id}#0", f"{b.id}#0")] is PairStatus.CONFIRMED


def test_undo_keeps_the_round_and_timer(editor: SessionEditor, clock: FakeClock):
    walk_in = editor.add_walk_in("Sjoukje")
    editor.go_to_round(1)
    editor.start_timer()
    assert editor.undo() is not None
    assert walk_in.id not in {p.id for p in editor.session.participants}
    assert editor.session.round.index == 1
    assert editor.session.round.timer_running_since == clock.now
    assert editor.undo() is None


def test_own_offer_by_hand_is_refused(editor: SessionEditor):
    person = editor.session.participants[0]
    with pytest.raises(WerkplaatsError):
        editor.pair_by_hand(Ref(person.id, 0), Ref(person.id, 0))


def test_removing_an_ask_drops_pairs_that_pointed_at_it(editor: SessionEditor):
    a, b = editor.session.participants[:2]
    editor.pair_by_hand(Ref(a.id, 0), Ref(b.id, 0))
    editor.set_card(a.id, asks=[])
    assert editor.session.pairs == []
    assert Ref(a.id, 0) not in open_asks(editor.session)


def test_failed_save_changes_nothing(editor: SessionEditor, demo_store: SessionStore,
                                     monkeypatch: pytest.MonkeyPatch):
    import errno

    def full_disk(_tables: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    before = reread(demo_store)
    monkeypatch.setattr(demo_store._db.storage, "write", full_disk)
    with pytest.raises(WerkplaatsError, match="disk is full"):
        editor.add_walk_in("Hylke")
    assert editor.session.participants == before.participants
    assert not editor.can_undo


def test_a_hand_pair_gets_a_short_topic_for_the_projector() -> None:
    from werkplaats.model import Participant, Session
    from werkplaats.views import shorten

    session = Session(id="s", title="t", participants=[
        Participant("p1", "Jort", asks=["Ik zoek iemand die mijn haar kan knippen want het is "
                                         "veel te lang geworden deze winter"]),
        Participant("p2", "Sjoukje", offers=["Ik knip"]),
    ])
    topic = pair_topic(session, Pair(Ref("p1", 0), Ref("p2", 0), PairStatus.CONFIRMED))
    assert topic == "Ik zoek iemand die mijn haar kan…"
    assert len(topic) <= 40
    assert shorten("kort", 40) == "kort"
