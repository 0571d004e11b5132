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


def forget_files(
    session_id: str, person_id: str, root: Path | None = None, session: Session | None = None
) -> int:
    """Delete files written for this person: outbox mail and ledger entries, and (given the
    session without them) their summaries and QR codes in the folders ``qr``/``summary``
    wrote to, which are rewritten without them. Returns how many files went."""
    from werkplaats.exports import rewrite_exports
    from werkplaats.mail.outbox import forget_person_mail

    removed = forget_person_mail(session_id, person_id, root)
    if session is not None:
        before = {f for folder in _export_folders(session_id, root) for f in _files(folder)}
        folders = rewrite_exports(session, root)
        after = {f for folder in folders for f in _files(folder)}
        removed += len(before - after)
    return removed


def _export_folders(session_id: str, root: Path | None) -> list[Path]:
    from werkplaats.exports import recorded

    return [Path(e.folder) for e in recorded(session_id, root) if Path(e.folder).is_dir()]


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}
