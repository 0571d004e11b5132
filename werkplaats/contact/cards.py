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

NOTE_LIMIT = 160  # characters; a longer note makes the code too dense to scan from afar


@dataclass(frozen=True)
class CardSide:
    """One person of a pair: who, the ask or offer that brought them there, their vCard."""

    person_id: str
    name: str
    text: str
    vcard: str | None


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


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.") + "…"


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
    language = language or session.language
    label = meeting_label(session)
    cards = []
    for number, pair in enumerate(session.confirmed_pairs(), start=1):
        asker = session.participant(pair.ask.participant)
        helper = session.participant(pair.offer.participant)
        ask, offer = session.ask_text(pair.ask), session.offer_text(pair.offer)
        both = can_share(asker) and can_share(helper)
        asker_card = helper_card = None
        if both:
            asker_note = t("contact.note_asker", language, event=label, ask=ask)
            helper_note = t("contact.note_helper", language, event=label, offer=offer)
            asker_card = fitting_vcard(asker, asker_note, region)
            helper_card = fitting_vcard(helper, helper_note, region)
        cards.append(
            PairCard(
                number=number,
                pair=pair,
                asker=CardSide(asker.id, asker.name, ask, asker_card),
                helper=CardSide(helper.id, helper.name, offer, helper_card),
                fallback=None if both else t("core.ask_each_other", language),
            )
        )
    return cards
