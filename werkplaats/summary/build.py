"""The three summaries as plain data: the group's, each participant's and the organiser's.

Everything a template may show is decided here, with the rules of ``privacy``: a person
who is not named appears as ``None`` (the template says "someone from the group"), contact
details are only filled in for people who may be reached, and every text written by
someone else than the reader is scrubbed by a ``Redactor``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from werkplaats.model import Pair, Participant, Ref, Session
from werkplaats.summary.privacy import Redactor, may_name, may_reach
from werkplaats.summary.ranking import Theme, TipLine, keywords, ranked_tips, stemmer, themes

SUGGESTIONS = 5  # open asks suggested to one person


@dataclass(frozen=True)
class Counts:
    people: int
    asks: int
    offers: int
    pairs: int
    open_asks: int
    paired_people: int


@dataclass(frozen=True)
class PairLine:
    asker: str | None
    ask: str
    helper: str | None
    offer: str


@dataclass(frozen=True)
class OpenAsk:
    who: str | None
    text: str


@dataclass(frozen=True)
class Reach:
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class HelpLine:
    """One confirmed pair seen from one side: the other person, the ask and the offer."""

    other_id: str
    other: str | None
    ask: str
    offer: str
    reach: Reach | None


@dataclass(frozen=True)
class OwnAsk:
    text: str
    open: bool


@dataclass(frozen=True)
class GroupSummary:
    title: str
    date: str
    language: str
    counts: Counts
    tips: list[TipLine]
    pairs: list[PairLine]
    open_asks: list[OpenAsk]
    connectors: list[str]


@dataclass(frozen=True)
class PersonalSummary:
    person_id: str
    name: str
    first_name: str
    title: str
    date: str
    language: str
    intro: str
    asks: list[OwnAsk]
    offers: list[str]
    helped_by: list[HelpLine]
    helping: list[HelpLine]
    might_answer: list[OpenAsk]
    tips: list[TipLine]

    @property
    def reachable_partners(self) -> list[str]:
        """Ids of the partners whose contact card goes with this summary, each once."""
        ids = [line.other_id for line in self.helped_by + self.helping if line.reach]
        return list(dict.fromkeys(ids))


@dataclass(frozen=True)
class OrganiserSummary:
    title: str
    date: str
    language: str
    counts: Counts
    ask_themes: list[Theme]
    offer_themes: list[Theme]
    open_asks: list[str]
    tips: list[TipLine]


@dataclass
class SessionFacts:
    """What all three summaries need, worked out once per session."""

    session: Session
    language: str
    people: dict[str, Participant] = field(init=False)
    pairs: list[Pair] = field(init=False)

    def __post_init__(self) -> None:
        self.people = {p.id: p for p in self.session.participants}
        self.pairs = [p for p in self.session.confirmed_pairs() if self._valid(p)]

    def _valid(self, pair: Pair) -> bool:
        asker = self.people.get(pair.ask.participant)
        helper = self.people.get(pair.offer.participant)
        return (
            asker is not None
            and helper is not None
            and pair.ask.index < len(asker.asks)
            and pair.offer.index < len(helper.offers)
        )

    @cached_property
    def date(self) -> str:
        return self.session.created[:10]

    @cached_property
    def to_others(self) -> Redactor:
        """Scrubs text shown to other participants: names of people who stay unnamed."""
        return Redactor(p for p in self.session.participants if not may_name(p))

    def to_reader(self, reader: Participant) -> Redactor:
        """Scrubs text shown to ``reader``, their own words included: only their name stays."""
        if may_name(reader):
            return self.to_others
        return Redactor(
            p for p in self.session.participants if not may_name(p) and p.id != reader.id
        )

    @cached_property
    def to_organiser(self) -> Redactor:
        return Redactor(self.session.participants)

    @cached_property
    def paired_asks(self) -> set[Ref]:
        return {pair.ask for pair in self.pairs}

    @cached_property
    def open_refs(self) -> list[Ref]:
        return [
            ref
            for person in self.session.participants
            for ref in person.ask_refs()
            if ref not in self.paired_asks and person.asks[ref.index].strip()
        ]

    @cached_property
    def tips(self) -> list[TipLine]:
        return ranked_tips(self.session)

    def counts(self) -> Counts:
        paired = {p.ask.participant for p in self.pairs} | {p.offer.participant for p in self.pairs}
        return Counts(
            people=len(self.session.participants),
            asks=sum(len(p.asks) for p in self.session.participants),
            offers=sum(len(p.offers) for p in self.session.participants),
            pairs=len(self.pairs),
            open_asks=len(self.open_refs),
            paired_people=len(paired),
        )

    def first_name(self, pid: str) -> str | None:
        person = self.people[pid]
        return person.first_name if may_name(person) else None

    def full_name(self, pid: str) -> str | None:
        person = self.people[pid]
        return person.name if may_name(person) else None

    def reach(self, pid: str) -> Reach | None:
        person = self.people[pid]
        if not may_reach(person):
            return None
        return Reach(person.name, person.contact.email.strip(), person.contact.phone.strip())

    def tips_for(self, redact: Redactor) -> list[TipLine]:
        return [TipLine(redact(t.text), redact(t.detail), t.votes) for t in self.tips]

    @cached_property
    def suggestions(self) -> dict[str, list[Ref]]:
        """Per person: open asks of others that share a telling word with their offers."""
        stem = stemmer(self.language)
        ask_words = [
            (ref, set(keywords(self.session.ask_text(ref), stem))) for ref in self.open_refs
        ]
        found: dict[str, list[Ref]] = defaultdict(list)
        for person in self.session.participants:
            offered = {k for offer in person.offers for k in keywords(offer, stem)}
            if not offered:
                continue
            for ref, words in ask_words:
                if ref.participant != person.id and words & offered:
                    found[person.id].append(ref)
                    if len(found[person.id]) == SUGGESTIONS:
                        break
        return found


def group_summary(facts: SessionFacts) -> GroupSummary:
    """Tips, pairs (first names and what), the open asks as a call, and the numbers."""
    redact = facts.to_others
    session = facts.session
    pairs = [
        PairLine(
            asker=facts.first_name(pair.ask.participant),
            ask=redact(session.ask_text(pair.ask)),
            helper=facts.first_name(pair.offer.participant),
            offer=redact(session.offer_text(pair.offer)),
        )
        for pair in facts.pairs
    ]
    helps: Counter[str] = Counter(pair.offer.participant for pair in facts.pairs)
    helped = {pair.ask.participant for pair in facts.pairs}
    connectors = [
        person.first_name
        for person in session.participants
        if may_name(person)
        and (helps[person.id] >= 2 or (helps[person.id] >= 1 and person.id in helped))
    ]
    return GroupSummary(
        title=session.title,
        date=facts.date,
        language=facts.language,
        counts=facts.counts(),
        tips=facts.tips_for(redact),
        pairs=pairs,
        open_asks=[
            OpenAsk(facts.first_name(ref.participant), redact(session.ask_text(ref)))
            for ref in facts.open_refs
        ],
        connectors=connectors,
    )


def personal_summary(facts: SessionFacts, person: Participant) -> PersonalSummary:
    """What one participant said, who helps them, whom they help, and what they might answer.

    Even their own words go through the redactor: an ask that names someone who stays
    unnamed ("vraag het Priya") must not carry that name into a mail.
    """
    redact = facts.to_reader(person)
    session = facts.session
    helped_by = [
        HelpLine(
            other_id=pair.offer.participant,
            other=facts.full_name(pair.offer.participant),
            ask=redact(person.asks[pair.ask.index]),
            offer=redact(session.offer_text(pair.offer)),
            reach=facts.reach(pair.offer.participant),
        )
        for pair in facts.pairs
        if pair.ask.participant == person.id
    ]
    helping = [
        HelpLine(
            other_id=pair.ask.participant,
            other=facts.full_name(pair.ask.participant),
            ask=redact(session.ask_text(pair.ask)),
            offer=redact(person.offers[pair.offer.index]),
            reach=facts.reach(pair.ask.participant),
        )
        for pair in facts.pairs
        if pair.offer.participant == person.id
    ]
    return PersonalSummary(
        person_id=person.id,
        name=person.name,
        first_name=person.first_name,
        title=session.title,
        date=facts.date,
        language=facts.language,
        intro=redact(person.intro),
        asks=[OwnAsk(redact(text), ref not in facts.paired_asks)
              for ref, text in zip(person.ask_refs(), person.asks, strict=True)],
        offers=[redact(offer) for offer in person.offers],
        helped_by=helped_by,
        helping=helping,
        might_answer=[
            OpenAsk(facts.first_name(ref.participant), redact(session.ask_text(ref)))
            for ref in facts.suggestions.get(person.id, [])
        ],
        tips=facts.tips_for(redact),
    )


def organiser_summary(facts: SessionFacts) -> OrganiserSummary:
    """Counts, themes, open asks and tips: no names, emails or phone numbers at all."""
    redact = facts.to_organiser
    people = facts.session.participants
    return OrganiserSummary(
        title=facts.session.title,
        date=facts.date,
        language=facts.language,
        counts=facts.counts(),
        # the texts are read in the language they were said in, whatever the summary's language
        ask_themes=themes((a for p in people for a in p.asks), facts.session.language,
                          redact.keeps),
        offer_themes=themes((o for p in people for o in p.offers), facts.session.language,
                            redact.keeps),
        open_asks=[redact(facts.session.ask_text(ref)) for ref in facts.open_refs],
        tips=facts.tips_for(redact),
    )
