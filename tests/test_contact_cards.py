"""Which confirmed pair gets which cards: the consent gate, the note, the fallback."""

from __future__ import annotations

import vobject

from werkplaats.contact import pair_card_at, pair_cards
from werkplaats.contact.cards import NOTE_LIMIT, meeting_label
from werkplaats.contact.qr import fits_in_qr
from werkplaats.model import Consent, Contact, Pair, PairStatus, Participant, Ref, Session
from werkplaats.views import shorten


def build_session(language: str = "nl") -> Session:
    def p(pid: str, name: str, share: bool | None, email: str, phone: str) -> Participant:
        consent = Consent(share_contact=bool(share), in_summary=True)
        return Participant(pid, name, asks=[f"vraag van {name}"], offers=[f"aanbod van {name}"],
                           contact=Contact(email, phone), consent=consent)

    people = [
        p("p01", "Jort Visser", True, "jort@example.org", "+31 6 12345678"),
        p("p02", "Sjoukje van der Werff", True, "sjoukje@example.nl", "06-23456789"),
        p("p03", "Hylke Zwart", False, "hylke@example.nl", "06-34567890"),
        p("p04", "Dieuwke Bos", None, "dieuwke@example.nl", ""),
        p("p05", "Jânke de Boer", True, "", ""),  # consented, but left nothing
    ]
    pairs = [
        Pair(Ref("p01", 0), Ref("p02", 0), PairStatus.CONFIRMED),
        Pair(Ref("p02", 0), Ref("p03", 0), PairStatus.CONFIRMED),
        Pair(Ref("p04", 0), Ref("p01", 0), PairStatus.CONFIRMED),
        Pair(Ref("p01", 0), Ref("p05", 0), PairStatus.CONFIRMED),
        Pair(Ref("p03", 0), Ref("p01", 0), PairStatus.PROPOSED),
        Pair(Ref("p03", 0), Ref("p02", 0), PairStatus.REJECTED),
    ]
    return Session("buurtkamer-20261123", "Buurtkamer", language=language,
                   created="2026-11-23T19:30:00", participants=people, pairs=pairs)


def test_only_confirmed_pairs_in_order() -> None:
    cards = pair_cards(build_session())
    assert [c.number for c in cards] == [1, 2, 3, 4]
    assert [(c.asker.person_id, c.helper.person_id) for c in cards] == [
        ("p01", "p02"), ("p02", "p03"), ("p04", "p01"), ("p01", "p05")]


def test_codes_only_when_both_consented() -> None:
    first, second, third, fourth = pair_cards(build_session())
    assert first.has_codes and first.fallback is None
    assert first.asker.vcard and first.helper.vcard
    for card in (second, third, fourth):
        assert not card.has_codes
        assert card.fallback == "vraag elkaar om contactgegevens"
        assert card.asker.vcard is None and card.helper.vcard is None
    assert pair_cards(build_session("en"))[1].fallback == "ask each other for contact details"


def test_no_detail_of_a_non_consenting_person_in_any_card() -> None:
    everything = repr(pair_cards(build_session()))
    for secret in ("hylke@example.nl", "34567890", "dieuwke@example.nl"):
        assert secret not in everything


def test_note_says_where_they_met_and_why() -> None:
    first = pair_cards(build_session())[0]
    helper = vobject.readOne(first.helper.vcard)
    asker = vobject.readOne(first.asker.vcard)
    assert helper.note.value == (
        "Werkplaats Buurtkamer 23-11: helpt — aanbod van Sjoukje van der Werff"
    )
    assert asker.note.value == "Werkplaats Buurtkamer 23-11: zoekt — vraag van Jort Visser"
    assert helper.tel.value == "+31623456789"
    assert first.asker.text == "vraag van Jort Visser"
    assert first.helper.text == "aanbod van Sjoukje van der Werff"


def test_meeting_label_without_a_date() -> None:
    session = build_session()
    session.created = ""
    assert meeting_label(session) == "Werkplaats Buurtkamer"


def test_long_offers_are_shortened_in_the_note_only() -> None:
    session = build_session()
    session.participants[1].offers[0] = "heel lang aanbod " * 200
    first = pair_cards(session)[0]
    note = vobject.readOne(first.helper.vcard).note.value
    assert len(note) <= NOTE_LIMIT + len("Werkplaats Buurtkamer 23-11: helpt — ")
    assert note.endswith("…")
    assert first.helper.text == session.participants[1].offers[0]
    assert fits_in_qr(first.helper.vcard)


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("kort", 10) == "kort"
    assert shorten("fietsen repareren en banden plakken", 20) == "fietsen repareren…"
    assert len(shorten("x" * 50, 20)) == 20


def test_pair_card_at_clamps_and_matches_pair_cards() -> None:
    session = build_session()
    cards = pair_cards(session)
    assert pair_card_at(session, 0) == cards[0]
    assert pair_card_at(session, 3) == cards[3]
    assert pair_card_at(session, 99) == cards[-1]
    assert pair_card_at(session, -5) == cards[0]
    session.pairs = []
    assert pair_card_at(session, 0) is None


def test_compact_card_is_the_same_person_without_the_note() -> None:
    first = pair_cards(build_session())[0]
    compact = vobject.readOne(first.helper.compact_vcard)
    assert "note" not in compact.contents
    assert compact.fn.value == "Sjoukje van der Werff" and compact.tel.value == "+31623456789"
    assert first.helper.first_name == "Sjoukje"
    assert all(card.asker.compact_vcard is None for card in pair_cards(build_session())[1:])
