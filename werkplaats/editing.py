"""The facilitator's actions on a session, each saved durably as it happens, with undo.

:class:`SessionEditor` wraps the one writing :class:`~werkplaats.store.SessionStore`. Every
method is one action a facilitator takes in the room (add a walk-in, type a speaker's card,
start the timer, confirm a pair, move to the next round...). It changes the session inside
``store.edit()``, so the change is on disk when the method returns, or - when the save fails,
say on a full disk - the session is as it was and a :class:`~werkplaats.errors.StoreError`
says why. Changes to people, pairs and tips can be undone; timer and round moves cannot (they
are not mistakes one wants back, and undoing content never rewinds the clock).

The module also holds small read-only views both screens use: the speaker queue, the timer's
remaining seconds, open asks, offer load, and a pair's topic for the projector.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from werkplaats.errors import WerkplaatsError
from werkplaats.i18n import t
from werkplaats.model import Pair, PairStatus, Participant, Ref, RoundState, Session
from werkplaats.records import Tables, session_from_tables, session_to_tables
from werkplaats.views import speaker_queue

if TYPE_CHECKING:
    from werkplaats.forget import Forgotten
    from werkplaats.plans import Plan
    from werkplaats.store import SessionStore

T = TypeVar("T")
DEFAULT_SPEAKER_SECONDS = 60
EXTEND_SECONDS = 30
HISTORY_LIMIT = 100


@dataclass(frozen=True)
class UndoStep:
    label: str
    before: Tables


class SessionEditor:
    """All changes the facilitator app makes to a session go through here."""

    def __init__(
        self,
        store: SessionStore,
        plan: Plan | None = None,
        *,
        language: str = "nl",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.plan = plan
        self.language = language
        self.clock = clock
        self.history: list[UndoStep] = []
        if store.session is None:
            store.load()

    @property
    def session(self) -> Session:
        """The current session (read it anew after each action: a failed save replaces it)."""
        assert self.store.session is not None
        return self.store.session

    def _t(self, key: str, **values: Any) -> str:
        return t(f"app.{key}", self.language, **values)

    # -- the generic action -------------------------------------------------------------
    def apply(self, label: str, change: Callable[[Session], T], *, undoable: bool = True) -> T:
        """Run ``change(session)`` and save; remembered for undo when ``undoable``."""
        before = self._saved_tables() if undoable else None
        with self.store.edit() as session:
            result = change(session)
        if before is not None:
            self.history.append(UndoStep(label, before))
            del self.history[:-HISTORY_LIMIT]
        return result

    def _saved_tables(self) -> Tables:
        saved = self.store.last_saved()
        return saved if saved is not None else session_to_tables(self.session)

    @property
    def can_undo(self) -> bool:
        return bool(self.history)

    def undo(self) -> str | None:
        """Undo the last change to people, pairs or tips; returns what was undone."""
        if not self.history:
            return None
        step = self.history[-1]
        restored = session_from_tables(step.before, str(self.store.path))

        def put_back(session: Session) -> None:
            session.participants = restored.participants
            session.pairs = restored.pairs
            session.tips = restored.tips
            session.kept_apart = restored.kept_apart
            session.capacity = restored.capacity
            present = {p.id for p in session.participants}
            state = session.round
            state.spoken = [pid for pid in state.spoken if pid in present]
            if state.speaker is not None and state.speaker not in present:
                state.speaker = None

        self.apply(step.label, put_back, undoable=False)
        self.history.pop()
        return step.label

    # -- privacy -------------------------------------------------------------------------
    def forget(self, key: str) -> Forgotten:
        """Remove a person (id or name) and their pairs, for good: the undo history goes too.

        The history holds earlier copies of the session, so keeping it would keep the person.
        Files written for them (outbox mail) are removed by the caller with
        :func:`werkplaats.forget.forget_files`, which needs the data folder.
        """
        from werkplaats.forget import forget_person

        forgotten = self.apply(self._t("did_forget", name=key),
                               lambda session: forget_person(session, key), undoable=False)
        self.history.clear()
        return forgotten

    # -- rounds --------------------------------------------------------------------------
    def round_count(self) -> int:
        return len(self.plan.rounds) if self.plan is not None else 1

    def go_to_round(self, index: int) -> int:
        """Move to round ``index`` of the plan (clamped); stored so reopening resumes there."""
        index = max(0, min(index, self.round_count() - 1))

        def move(session: Session) -> int:
            session.round.index = index
            return index

        return self.apply(self._t("did_round"), move, undoable=False)

    def speaker_seconds(self) -> int:
        if self.plan is not None:
            for plan_round in self.plan.rounds:
                if plan_round.kind == "intro" and plan_round.speaker_seconds:
                    return plan_round.speaker_seconds
        return DEFAULT_SPEAKER_SECONDS

    # -- the speaker's card --------------------------------------------------------------
    def add_walk_in(self, name: str) -> Participant:
        """Add someone who just walked in, at the end of the speaker queue."""
        name = " ".join(name.split())
        if not name:
            raise WerkplaatsError(self._t("walk_in_needs_name"))

        def add(session: Session) -> Participant:
            person = Participant(id=session.next_participant_id(), name=name)
            session.participants.append(person)
            return person

        return self.apply(self._t("did_walk_in", name=name), add)

    def set_card(
        self,
        pid: str,
        *,
        intro: str | None = None,
        asks: Iterable[str] | None = None,
        offers: Iterable[str] | None = None,
    ) -> bool:
        """Store what was typed on a speaker's card; False (and no save) if nothing changed."""
        person = self.session.participant(pid)
        new_intro = person.intro if intro is None else intro.strip()
        new_asks = person.asks if asks is None else _clean_lines(asks)
        new_offers = person.offers if offers is None else _clean_lines(offers)
        if (new_intro, new_asks, new_offers) == (person.intro, person.asks, person.offers):
            return False

        def write(session: Session) -> bool:
            there = session.participant(pid)
            there.intro, there.asks, there.offers = new_intro, new_asks, new_offers
            session.pairs = [p for p in session.pairs if _pair_points_somewhere(session, p)]
            return True

        return self.apply(self._t("did_card", name=person.first_name), write)

    # -- the speaker timer ---------------------------------------------------------------
    def select_speaker(self, pid: str) -> None:
        self.session.participant(pid)  # an unknown id is an error before anything changes
        seconds = self.speaker_seconds()
        self.apply("speaker", lambda s: _reset_timer(s.round, pid, seconds), undoable=False)

    def start_timer(self) -> None:
        def start(session: Session) -> None:
            state = session.round
            if state.speaker is None:
                queue = speaker_queue(session)
                if not queue:
                    raise WerkplaatsError(self._t("nobody_to_speak"))
                _reset_timer(state, queue[0].id, self.speaker_seconds())
            if state.timer_running_since is None:
                state.timer_running_since = self.clock()

        self.apply("start", start, undoable=False)

    def pause_timer(self) -> None:
        def pause(session: Session) -> None:
            state = session.round
            if state.timer_running_since is not None:
                state.timer_elapsed += max(0.0, self.clock() - state.timer_running_since)
                state.timer_running_since = None

        self.apply("pause", pause, undoable=False)

    def toggle_timer(self) -> bool:
        """Start or pause; True when the timer runs afterwards."""
        if self.session.round.timer_running_since is None:
            self.start_timer()
            return True
        self.pause_timer()
        return False

    def extend_timer(self, seconds: int = EXTEND_SECONDS) -> None:
        def extend(session: Session) -> None:
            session.round.timer_seconds += seconds

        self.apply("extend", extend, undoable=False)

    def next_speaker(self, *, done: bool = True) -> str | None:
        """Move to the next person in the queue; ``done`` marks the current one as spoken.

        With ``done=False`` (skip) the current speaker stays in the queue for later.
        Returns the new speaker's id, or None when everyone has spoken.
        """
        seconds = self.speaker_seconds()

        def move(session: Session) -> str | None:
            state = session.round
            current = state.speaker
            if done and current is not None and current not in state.spoken:
                state.spoken.append(current)
            ids = [p.id for p in session.participants]
            start = ids.index(current) + 1 if current in ids else 0
            rotated = ids[start:] + ids[:start]
            waiting = [pid for pid in rotated if pid not in state.spoken and pid != current]
            if not waiting and not done and current is not None:
                waiting = [current]
            following = waiting[0] if waiting else None
            _reset_timer(state, following, seconds)
            return following

        return self.apply("next", move, undoable=False)

    # -- pairs ---------------------------------------------------------------------------
    def apply_proposals(self, pairs: Iterable[Pair]) -> int:
        """Replace the open proposals with the matcher's; confirmed and rejected stay."""
        offered = list(pairs)

        def propose(session: Session) -> int:
            kept = [p for p in session.pairs if p.status is not PairStatus.PROPOSED]
            decided = {(p.ask, p.offer) for p in kept}
            settled_asks = {p.ask for p in kept if p.status is PairStatus.CONFIRMED}
            added = 0
            for pair in offered:
                if pair.status is not PairStatus.PROPOSED or pair.ask in settled_asks:
                    continue
                if (pair.ask, pair.offer) in decided or _own_offer(pair):
                    continue
                kept.append(Pair(pair.ask, pair.offer, PairStatus.PROPOSED, pair.score, pair.why))
                added += 1
            session.pairs = kept
            return added

        return self.apply(self._t("did_propose"), propose)

    def _set_status(self, ask: Ref, offer: Ref, status: PairStatus, label: str) -> Pair:
        def change(session: Session) -> Pair:
            pair = _find_pair(session, ask, offer)
            pair.status = status
            return pair

        return self.apply(label, change)

    def confirm_pair(self, ask: Ref, offer: Ref) -> Pair:
        label = self._pair_label("did_confirm", ask, offer)
        return self._set_status(ask, offer, PairStatus.CONFIRMED, label)

    def reject_pair(self, ask: Ref, offer: Ref) -> Pair:
        label = self._pair_label("did_reject", ask, offer)
        return self._set_status(ask, offer, PairStatus.REJECTED, label)

    def pair_by_hand(self, ask: Ref, offer: Ref, *, replacing: Ref | None = None) -> Pair:
        """Pair an ask with an offer the facilitator chose; confirmed at once.

        With ``replacing`` (swap) the ask's pair with that offer is dropped first.
        """
        session = self.session
        session.ask_text(ask)
        session.offer_text(offer)  # both must exist before anything changes
        if ask.participant == offer.participant:
            raise WerkplaatsError(self._t("own_offer"))
        why = self._t("by_hand")

        def pair(session: Session) -> Pair:
            replaced = {offer, replacing}
            session.pairs = [
                p for p in session.pairs
                if not (p.ask == ask and (p.offer in replaced or p.status is PairStatus.PROPOSED))
            ]
            made = Pair(ask, offer, PairStatus.CONFIRMED, None, why)
            session.pairs.append(made)
            return made

        key = "did_swap" if replacing is not None else "did_hand"
        return self.apply(self._pair_label(key, ask, offer), pair)

    def _pair_label(self, key: str, ask: Ref, offer: Ref) -> str:
        session = self.session
        return self._t(
            key,
            asker=session.participant(ask.participant).first_name,
            helper=session.participant(offer.participant).first_name,
        )


# -- helpers ------------------------------------------------------------------------------
def _reset_timer(state: RoundState, speaker: str | None, seconds: int) -> None:
    state.speaker = speaker
    state.timer_seconds = seconds
    state.timer_running_since = None
    state.timer_elapsed = 0.0


def _clean_lines(lines: Iterable[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines if line.strip()]


def _own_offer(pair: Pair) -> bool:
    return pair.ask.participant == pair.offer.participant


def _pair_points_somewhere(session: Session, pair: Pair) -> bool:
    try:
        session.ask_text(pair.ask)
        session.offer_text(pair.offer)
    except (IndexError, WerkplaatsError):
        return False
    return True


def _find_pair(session: Session, ask: Ref, offer: Ref) -> Pair:
    for pair in session.pairs:
        if pair.ask == ask and pair.offer == offer:
            return pair
    raise WerkplaatsError(f"session {session.id!r} has no pair {ask} – {offer}")
