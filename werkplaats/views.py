"""Read-only views of a session that the facilitator's screens and the projector share.

The speaker's remaining time, the speaker queue, how much each offer is leaned on, the asks
still open, and what a pair is about. Pure functions of a Session (and a clock time).
"""

from __future__ import annotations

from werkplaats.model import Pair, PairStatus, Participant, Ref, RoundState, Session


def timer_remaining(state: RoundState, now: float) -> float:
    """Seconds left for the current speaker (negative when they run over)."""
    elapsed = state.timer_elapsed
    if state.timer_running_since is not None:
        elapsed += max(0.0, now - state.timer_running_since)
    return state.timer_seconds - elapsed


def format_seconds(seconds: float) -> str:
    """``1:05``, or ``-0:12`` when over time."""
    whole = int(seconds) if seconds >= 0 else -int(-seconds + 0.999)
    sign = "-" if whole < 0 else ""
    whole = abs(whole)
    return f"{sign}{whole // 60}:{whole % 60:02d}"


def speaker_queue(session: Session) -> list[Participant]:
    """People who have not spoken yet, the current speaker first, then in order."""
    state = session.round
    people = session.participants
    ids = [p.id for p in people]
    start = ids.index(state.speaker) if state.speaker in ids else 0
    rotated = people[start:] + people[:start]
    return [p for p in rotated if p.id not in state.spoken]


def offer_load(session: Session) -> dict[Ref, int]:
    """How many confirmed or proposed pairs lean on each offer."""
    load: dict[Ref, int] = {}
    for pair in session.pairs:
        if pair.status is not PairStatus.REJECTED:
            load[pair.offer] = load.get(pair.offer, 0) + 1
    return load


def open_asks(session: Session) -> list[Ref]:
    """Asks with no confirmed or proposed pair: the room is asked 'who knows someone?'."""
    covered = {p.ask for p in session.pairs if p.status is not PairStatus.REJECTED}
    return [ref for person in session.participants for ref in person.ask_refs()
            if ref not in covered and person.asks[ref.index].strip()]


def pair_topic(session: Session, pair: Pair) -> str:
    """What a pair is about, short, for the projector: the ask side of the reason."""
    if "~" in pair.why:
        return pair.why.split("~", 1)[0].strip()
    return shorten(session.ask_text(pair.ask), 40)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, with "…" if cut: after a whole word
    when that keeps at least half of it, else inside the long word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"
