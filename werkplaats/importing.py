"""Adding people, tips and pairs from a bundle or a registration list to a session.

Everything is checked before anything is added, so a bad file changes nothing. Ids that
are already taken in the session get a fresh id (pairs follow); a registration row for
someone who is already there (same name and email) is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from werkplaats.bundle import read_bundle
from werkplaats.errors import ImportFileError
from werkplaats.model import Pair, Participant, Ref, Session, Tip
from werkplaats.registration import read_registration


@dataclass
class ImportReport:
    added: int = 0
    skipped: int = 0
    tips: int = 0
    pairs: int = 0

    def sentence(self, where: str) -> str:
        parts = [f"{self.added} {'person' if self.added == 1 else 'people'}"]
        if self.tips:
            parts.append(f"{self.tips} tips")
        if self.pairs:
            parts.append(f"{self.pairs} pairs")
        text = f"added {', '.join(parts)} from {where}"
        if self.skipped:
            text += f" ({self.skipped} already there, skipped)"
        return text


def read_import_file(path: Path) -> tuple[list[Participant], list[Tip], list[Pair]]:
    """People, tips and pairs from a ``.json`` bundle or a ``.csv`` registration list."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        bundle = read_bundle(path)
        return bundle.participants, bundle.tips, bundle.pairs
    if suffix in (".csv", ".txt", ".tsv"):
        return read_registration(path), [], []
    raise ImportFileError(f"{path}: unknown kind of file (expected .json bundle or .csv list)")


def _same_person(a: Participant, b: Participant) -> bool:
    return a.name.casefold() == b.name.casefold() and a.contact.email == b.contact.email


def add_to_session(
    session: Session, people: list[Participant], tips: list[Tip], pairs: list[Pair]
) -> ImportReport:
    """Add what was read to ``session`` in place and say what happened."""
    report = ImportReport()
    new_ids: dict[str, str] = {}
    keep_ids = not session.participants
    for person in people:
        if any(_same_person(person, there) for there in session.participants):
            report.skipped += 1
            continue
        taken = {p.id for p in session.participants}
        pid = person.id if keep_ids and person.id not in taken else session.next_participant_id()
        new_ids[person.id] = pid
        session.participants.append(replace(person, id=pid))
        report.added += 1
    for tip in tips:
        session.tips.append(replace(tip, id=session.next_tip_id(), merged_into=None))
        report.tips += 1
    for pair in pairs:
        if pair.ask.participant in new_ids and pair.offer.participant in new_ids:
            session.pairs.append(
                replace(
                    pair,
                    ask=Ref(new_ids[pair.ask.participant], pair.ask.index),
                    offer=Ref(new_ids[pair.offer.participant], pair.offer.index),
                )
            )
            report.pairs += 1
    return report
