"""Removing a person and everything derived from them (pairs, speaker state, outbox mail)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from werkplaats.model import Participant, Session


@dataclass
class Forgotten:
    person: Participant
    pairs: int
    files: int


def forget_person(session: Session, key: str) -> Forgotten:
    """Remove the person with id or name ``key`` and every pair with their asks or offers."""
    person = session.find_participant(key)
    session.participants.remove(person)
    before = len(session.pairs)
    session.pairs = [
        pair
        for pair in session.pairs
        if person.id not in (pair.ask.participant, pair.offer.participant)
    ]
    state = session.round
    if state.speaker == person.id:
        state.speaker = None
    state.spoken = [pid for pid in state.spoken if pid != person.id]
    return Forgotten(person, before - len(session.pairs), 0)


def forget_files(session_id: str, person_id: str, root: Path | None = None) -> int:
    """Delete files written for this person (outbox messages and their ledger entries)."""
    from werkplaats.mail.outbox import forget_person_mail

    return forget_person_mail(session_id, person_id, root)
