"""Which confirmed pair gets which cards: the consent gate of the contact round.

A pair exchanges QR codes only when both people agreed to share their contact details
(and left an email or phone). Otherwise neither card is made and the pair sees the
fallback "vraag elkaar om contactgegevens": no contact detail of someone who did not
agree is ever put into a card, a file or a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from werkplaats.contact.qr import fits_in_qr
from werkplaats.contact.vcard import DEFAULT_REGION, can_share, vcard_for
from werkplaats.errors import WerkplaatsError
from werkplaats.i18n import t
from werkplaats.model import Pair, Participant, Session
from werkplaats.views import shorten

NOTE_LIMIT = 160  # characters; a longer note makes the code too dense to scan from afar


@dataclass(frozen=True)
class CardSide:
    """One person of a pair: who, the ask or offer that brought them there, their vCard."""

    person_id: str
    name: str
    text: str
    vcard: str | None
    compact_vcard: str | None = None  # the same card without the note: a smaller QR code

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else self.name


@dataclass(frozen=True)
class PairCard:
    """A confirmed pair as the contact round shows and prints it."""

    number: int  # 1-based position among the confirmed pairs
    pair: Pair
    asker: CardSide
    helper: CardSide
    fallback: str | None  # "vraag elkaar om contactgegevens" when there are no codes

    @property
    def has_codes(self) -> bool:
        return self.fallback is None

    def sides(self) -> tuple[CardSide, CardSide]:
        return (self.asker, self.helper)


def meeting_label(session: Session) -> str:
    """"Werkplaats Buurtkamer 23-11": where and when the pair met, for the card's note."""
    try:
        day = datetime.fromisoformat(session.created).strftime("%d-%m")
    except ValueError:
        day = ""
    return t("contact.note_event", session.language, title=session.title, date=day).strip()


def fitting_vcard(person: Participant, note: str, region: str = DEFAULT_REGION) -> str:
    """``vcard_for`` with ``note`` shortened (or dropped) until the card fits a QR code."""
    for limit in (NOTE_LIMIT, 80, 0):
        card = vcard_for(person, shorten(note, limit) if limit else "", region)
        if fits_in_qr(card):
            return card
    raise WerkplaatsError(
        f"the contact details of {person.name} ({person.id}) are too long for a QR code"
    )


def pair_cards(
    session: Session, region: str = DEFAULT_REGION, language: str | None = None
) -> list[PairCard]:
    """A PairCard for every confirmed pair, in the session's order."""
    confirmed = session.confirmed_pairs()
    label = meeting_label(session)
    return [
        _card(session, number, pair, region, language or session.language, label)
        for number, pair in enumerate(confirmed, start=1)
    ]


def pair_card_at(
    session: Session, position: int, region: str = DEFAULT_REGION, language: str | None = None
) -> PairCard | None:
    """The PairCard of the confirmed pair at ``position`` (0-based, clamped); None if none."""
    confirmed = session.confirmed_pairs()
    if not confirmed:
        return None
    position = max(0, min(position, len(confirmed) - 1))
    return _card(session, position + 1, confirmed[position], region,
                 language or session.language, meeting_label(session))


def _card(session: Session, number: int, pair: Pair, region: str, language: str,
          label: str) -> PairCard:
    asker = session.participant(pair.ask.participant)
    helper = session.participant(pair.offer.participant)
    ask, offer = session.ask_text(pair.ask), session.offer_text(pair.offer)
    sides = [CardSide(asker.id, asker.name, ask, None), CardSide(helper.id, helper.name, offer,
                                                                  None)]
    both = can_share(asker) and can_share(helper)
    if both:
        notes = (t("contact.note_asker", language, event=label, ask=ask),
                 t("contact.note_helper", language, event=label, offer=offer))
        sides = [
            CardSide(person.id, person.name, side.text, fitting_vcard(person, note, region),
                     vcard_for(person, "", region))
            for person, side, note in zip((asker, helper), sides, notes, strict=True)
        ]
    return PairCard(
        number=number,
        pair=pair,
        asker=sides[0],
        helper=sides[1],
        fallback=None if both else t("core.ask_each_other", language),
    )
