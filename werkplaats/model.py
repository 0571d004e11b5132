"""The typed model of a workshop session: people, their asks and offers, pairs and tips.

Everything in the app passes these dataclasses around; the store and the bundle module
convert them to and from JSON at the edges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from werkplaats.errors import WerkplaatsError

_REF = re.compile(r"^(?P<pid>.+)#(?P<index>\d+)$")


@dataclass(frozen=True, order=True)
class Ref:
    """Points at one ask or one offer of a participant: ``p01#0``."""

    participant: str
    index: int

    def __str__(self) -> str:
        return f"{self.participant}#{self.index}"

    @classmethod
    def parse(cls, text: str) -> Ref:
        match = _REF.match(text) if isinstance(text, str) else None
        if match is None:
            raise WerkplaatsError(f"{text!r} is not a reference like 'p01#0'")
        return cls(match["pid"], int(match["index"]))


@dataclass
class Contact:
    email: str = ""
    phone: str = ""

    def is_empty(self) -> bool:
        return not (self.email or self.phone)


@dataclass
class Consent:
    """What a person agreed to. Anything not given explicitly is *no*."""

    share_contact: bool = False
    in_summary: bool = False


@dataclass
class Participant:
    id: str
    name: str
    intro: str = ""
    asks: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    contact: Contact = field(default_factory=Contact)
    consent: Consent = field(default_factory=Consent)

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name

    def ask_refs(self) -> list[Ref]:
        return [Ref(self.id, i) for i in range(len(self.asks))]

    def offer_refs(self) -> list[Ref]:
        return [Ref(self.id, i) for i in range(len(self.offers))]


class PairStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


@dataclass
class Pair:
    """An ask of one person matched with an offer of another."""

    ask: Ref
    offer: Ref
    status: PairStatus = PairStatus.PROPOSED
    score: float | None = None
    why: str = ""


@dataclass
class Tip:
    id: str
    text: str
    detail: str = ""
    group: str = ""
    votes: int = 0
    merged_into: str | None = None


@dataclass
class RoundState:
    """Where the facilitator is in the plan, and the speaker timer of the intro round."""

    index: int = 0
    speaker: str | None = None
    spoken: list[str] = field(default_factory=list)
    timer_seconds: int = 0
    timer_running_since: float | None = None
    timer_elapsed: float = 0.0
    contact_pair: int = 0
    # QR codes on the projector can be scanned by the whole room, not just the pair:
    # they appear there only after the facilitator chose so for this session.
    codes_on_projector: bool = False


@dataclass
class Session:
    id: str
    title: str
    language: str = "nl"
    plan: str = ""
    created: str = ""
    revision: int = 0
    capacity: int = 1
    participants: list[Participant] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    tips: list[Tip] = field(default_factory=list)
    # Tip ids the facilitator chose to keep apart: never proposed for merging again.
    kept_apart: list[list[str]] = field(default_factory=list)
    round: RoundState = field(default_factory=RoundState)

    def participant(self, pid: str) -> Participant:
        for person in self.participants:
            if person.id == pid:
                return person
        raise WerkplaatsError(f"session {self.id!r} has no participant {pid!r}")

    def find_participant(self, key: str) -> Participant:
        """Find a person by id, or by a name that identifies exactly one person."""
        for person in self.participants:
            if person.id == key:
                return person
        wanted = key.casefold().strip()
        hits = [p for p in self.participants if p.name.casefold() == wanted]
        if not hits:
            hits = [p for p in self.participants if p.name.casefold().startswith(wanted)]
        if len(hits) == 1:
            return hits[0]
        if hits:
            names = ", ".join(f"{p.name} ({p.id})" for p in hits)
            raise WerkplaatsError(f"{key!r} matches more than one person: {names}")
        raise WerkplaatsError(f"session {self.id!r} has no participant {key!r}")

    def ask_text(self, ref: Ref) -> str:
        return self.participant(ref.participant).asks[ref.index]

    def offer_text(self, ref: Ref) -> str:
        return self.participant(ref.participant).offers[ref.index]

    def next_participant_id(self) -> str:
        taken = {p.id for p in self.participants}
        n = len(self.participants) + 1
        while f"p{n:02d}" in taken:
            n += 1
        return f"p{n:02d}"

    def next_tip_id(self) -> str:
        taken = {t.id for t in self.tips}
        n = len(self.tips) + 1
        while f"t{n:02d}" in taken:
            n += 1
        return f"t{n:02d}"

    def confirmed_pairs(self) -> list[Pair]:
        return [p for p in self.pairs if p.status is PairStatus.CONFIRMED]
