"""The contact round pressed like a facilitator, and the projector following it.

The QR codes on screen are read back for real: the half-block text of each code widget is
drawn as a terminal draws it (1 column × 2 half rows per character) and decoded with
zxing-cpp; at laptop size (100x30) with dark cells around it, as a dark theme draws them.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import vobject
import zxingcpp
from PIL import Image, ImageOps
from textual.widgets import Static

from werkplaats.contact import pair_cards
from werkplaats.contact.terminal import SCREEN_QUIET
from werkplaats.demo.session import create_demo_session
from werkplaats.model import Consent, Contact, Pair, PairStatus, Participant, Ref, Session
from werkplaats.store import SessionStore, create_session, resolve_session
from werkplaats.tui.contact_round import (
    CodeView,
    ContactProjector,
    ContactRound,
    choose_view,
    needed_size,
)
from werkplaats.tui.factory import facilitator_app, projector_app

CONTACT_ROUND = 2  # intro, pairing, contact, tips in the wehelpen-workshop plan
CLOCK = 1_800_000_000.0
BIG, MEDIUM, SMALL, LAPTOP = (160, 50), (100, 44), (80, 24), (100, 30)
SECRET_EMAIL, SECRET_PHONE = "hylke.geheim@example.nl", "06-98765432"


def contact_session(root: Path) -> Path:
    """Three confirmed pairs; in the second one Hylke did not agree to share."""
    session = create_session("Buurtkamer", root=root, plan="wehelpen-workshop")
    path = resolve_session(session.id, root)

    def person(pid: str, name: str, share: bool, email: str, phone: str) -> Participant:
        return Participant(pid, name, asks=[f"{name.split()[0]} zoekt hulp bij de tuin"],
                           offers=[f"{name.split()[0]} kan fietsen repareren"],
                           contact=Contact(email, phone), consent=Consent(share, True))

    with SessionStore(path, writer=True) as store, store.edit() as s:
        s.participants = [
            person("p01", "Jort Visser", True, "jort@example.org", "+31 6 12345678"),
            person("p02", "Sjoukje van der Werff", True, "sjoukje@example.nl", "06-23456789"),
            person("p03", "Hylke Zwart", False, SECRET_EMAIL, SECRET_PHONE),
            person("p04", "Jânke de Boer", True, "janke@example.nl", ""),
        ]
        s.pairs = [
            Pair(Ref("p01", 0), Ref("p02", 0), PairStatus.CONFIRMED),
            Pair(Ref("p03", 0), Ref("p01", 0), PairStatus.CONFIRMED),
            Pair(Ref("p04", 0), Ref("p02", 0), PairStatus.CONFIRMED),
            Pair(Ref("p02", 0), Ref("p03", 0), PairStatus.PROPOSED),
        ]
        s.round.index = CONTACT_ROUND
    return path


def static_text(widget: Static) -> str:
    return str(widget.render())


def decode_code(widget: Static, dark_border: int = 0) -> str:
    """Draw the widget's half blocks as a terminal does and read the QR code."""
    lines = static_text(widget).split("\n")
    width = max(len(line) for line in lines)
    pixels = bytearray()
    for line in lines:
        line = line.ljust(width)
        pixels += bytes(0 if ch in "▀█" else 255 for ch in line)
        pixels += bytes(0 if ch in "▄█" else 255 for ch in line)
    image = Image.frombytes("L", (width, 2 * len(lines)), bytes(pixels))
    image = ImageOps.expand(image, border=2 * dark_border, fill=24)
    image = image.resize((image.width * 4, image.height * 4), Image.Resampling.NEAREST)
    (found,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return found.bytes.decode("utf-8")


def shown_codes(round_widget: ContactRound | ContactProjector, dark_border: int = 0) -> list[str]:
    codes = []
    for n in (0, 1):
        box = round_widget.query_one(f"#code-box-{n}")
        if round_widget.query_one("#contact-codes").display and box.display:
            code = round_widget.query_one(f"#code-{n}", Static)
            # the whole code is on screen, not cropped by the round's edge
            assert round_widget.region.contains_region(code.region)
            assert code.region.height == len(static_text(code).split("\n"))
            codes.append(decode_code(code, dark_border))
    return codes


def message(round_widget: ContactRound | ContactProjector) -> str:
    widget = round_widget.query_one("#contact-message", Static)
    return static_text(widget) if widget.display else ""


def caption(round_widget: ContactRound | ContactProjector, n: int) -> str:
    return static_text(round_widget.query_one(f"#caption-{n}", Static))


def saved_position(path: Path) -> int:
    return SessionStore(path, writer=False).load().round.contact_pair


async def test_one_pair_at_a_time_with_both_codes(data_root: Path) -> None:
    path = contact_session(data_root)
    store = SessionStore(path, writer=True)
    store.load()
    cards = pair_cards(store.session)
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=BIG) as pilot:
        await pilot.pause()
        round_widget = app.screen.query_one(ContactRound)
        assert app.focused is round_widget
        head = static_text(round_widget.query_one("#contact-head", Static))
        assert "Paar 1 van 3" in head and "Jort Visser ↔ Sjoukje van der Werff" in head
        assert "Jort Visser vraagt: Jort zoekt hulp bij de tuin" in static_text(
            round_widget.query_one("#contact-ask", Static))
        # both full cards (with the note) side by side, and they scan
        assert shown_codes(round_widget) == [cards[0].asker.vcard, cards[0].helper.vcard]
        assert caption(round_widget, 0) == "contact van Jort Visser"
        assert vobject.readOne(shown_codes(round_widget)[1]).tel.value == "+31623456789"

        # next pair: Hylke did not agree, so no code and no detail of anyone
        await pilot.press("n")
        await pilot.pause()
        assert saved_position(path) == 1
        assert "Paar 2 van 3" in static_text(round_widget.query_one("#contact-head", Static))
        assert shown_codes(round_widget) == []
        assert message(round_widget) == "vraag elkaar om contactgegevens"
        screen_text = "\n".join(static_text(w) for w in round_widget.query(Static))
        for secret in (SECRET_EMAIL, "98765432", "jort@example.org", "12345678"):
            assert secret not in screen_text

        await pilot.press("right")  # the arrow keys work too
        await pilot.pause()
        assert saved_position(path) == 2
        assert shown_codes(round_widget) == [cards[2].asker.vcard, cards[2].helper.vcard]
        await pilot.press("n")  # already the last pair: stays, says so
        await pilot.pause()
        assert saved_position(path) == 2
        await pilot.press("p", "p")
        await pilot.pause()
        assert saved_position(path) == 0
        assert shown_codes(round_widget) == [cards[0].asker.vcard, cards[0].helper.vcard]

        # B puts the codes on the projector too (saved, so the projector follows), B again not
        assert not SessionStore(path, writer=False).load().round.codes_on_projector
        await pilot.press("b")
        await pilot.pause()
        assert SessionStore(path, writer=False).load().round.codes_on_projector
        await pilot.press("b")
        await pilot.pause()
        assert not SessionStore(path, writer=False).load().round.codes_on_projector


async def test_position_survives_reopening(data_root: Path) -> None:
    path = contact_session(data_root)
    store = SessionStore(path, writer=True)
    store.load()
    async with facilitator_app(store, root=data_root, clock=lambda: CLOCK).run_test(
            size=BIG) as pilot:
        await pilot.press("n", "n")
        await pilot.pause()
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=BIG) as pilot:
        await pilot.pause()
        head = static_text(app.screen.query_one("#contact-head", Static))
        assert "Paar 3 van 3" in head and "Jânke de Boer" in head


async def test_narrow_screen_shows_smaller_codes_then_one_at_a_time(data_root: Path) -> None:
    path = contact_session(data_root)
    store = SessionStore(path, writer=True)
    store.load()
    card = pair_cards(store.session)[0]
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=(130, 40)) as pilot:
        await pilot.pause()
        round_widget = app.screen.query_one(ContactRound)
        # no room for both full cards: the same cards without their note
        assert shown_codes(round_widget) == [card.asker.compact_vcard, card.helper.compact_vcard]
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=MEDIUM) as pilot:
        await pilot.pause()
        round_widget = app.screen.query_one(ContactRound)
        # one code: the helper's first (the asker scans it), W shows the other one
        assert shown_codes(round_widget) == [card.helper.vcard]
        assert caption(round_widget, 0) == "Jort Visser scant: contact van Sjoukje van der Werff"
        await pilot.press("w")
        await pilot.pause()
        assert shown_codes(round_widget) == [card.asker.vcard]
        assert caption(round_widget, 0) == "Sjoukje van der Werff scant: contact van Jort Visser"
        await pilot.press("n", "p")  # a new pair starts with the helper's code again
        await pilot.pause()
        assert shown_codes(round_widget) == [card.helper.vcard]


async def test_too_small_says_how_big_the_window_must_be(data_root: Path) -> None:
    path = contact_session(data_root)
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        round_widget = app.screen.query_one(ContactRound)
        assert shown_codes(round_widget) == []
        text = message(round_widget)
        assert text.startswith("Te weinig ruimte voor de QR-code")
        width, height = (int(n) for n in text.split("minstens ")[1].split(" ")[0].split("×"))
        assert width > SMALL[0] or height > SMALL[1]
    # ...and at that size it does fit
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=(max(width, 60), height)) as pilot:
        await pilot.pause()
        assert len(shown_codes(app.screen.query_one(ContactRound))) == 1


async def test_no_confirmed_pairs_yet(data_root: Path) -> None:
    path = contact_session(data_root)
    with SessionStore(path, writer=True) as store, store.edit() as s:
        s.pairs = []
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=BIG) as pilot:
        await pilot.press("n", "w", "p")
        await pilot.pause()
        round_widget = app.screen.query_one(ContactRound)
        assert "Nog geen bevestigde paren" in static_text(
            round_widget.query_one("#contact-head", Static))
        assert shown_codes(round_widget) == []


async def test_projector_follows_the_laptop(data_root: Path) -> None:
    path = contact_session(data_root)
    reader = SessionStore(path, writer=False)
    reader.load()
    cards = pair_cards(reader.session)
    now = [CLOCK]
    app = projector_app(reader, root=data_root, clock=lambda: now[0], poll_seconds=0.05)
    async with app.run_test(size=BIG) as pilot:
        await pilot.pause()
        stage = app.screen.query_one(ContactProjector)
        head = static_text(stage.query_one("#contact-head", Static))
        assert "Jort ↔ Sjoukje" in head and "Visser" not in head  # first names only
        # the codes stay on the laptop until the facilitator puts them on the projector
        assert shown_codes(stage) == []
        assert message(stage) == "Scan de QR-code op het scherm van de begeleider."
        with SessionStore(path, writer=True) as writer, writer.edit() as s:
            s.round.codes_on_projector = True
        for _ in range(40):
            await pilot.pause(0.05)
            if shown_codes(stage):
                break
        assert shown_codes(stage) == [cards[0].asker.vcard, cards[0].helper.vcard]
        # the facilitator moves on
        with SessionStore(path, writer=True) as writer, writer.edit() as s:
            s.round.contact_pair = 1
        for _ in range(40):
            await pilot.pause(0.05)
            if message(stage):
                break
        assert message(stage) == "vraag elkaar om contactgegevens"
        assert shown_codes(stage) == []


async def test_projector_takes_turns_when_one_code_fits(data_root: Path) -> None:
    path = contact_session(data_root)
    with SessionStore(path, writer=True) as writer, writer.edit() as s:
        s.round.codes_on_projector = True
    reader = SessionStore(path, writer=False)
    reader.load()
    card = pair_cards(reader.session)[0]
    app = projector_app(reader, root=data_root, clock=lambda: CLOCK, poll_seconds=0.05)
    async with app.run_test(size=(90, 44)) as pilot:
        await pilot.pause()
        stage = app.screen.query_one(ContactProjector)
        first = shown_codes(stage)
        assert len(first) == 1 and first[0] in (card.asker.vcard, card.helper.vcard)
        stage.clock_tick(CLOCK + 8)
        await pilot.pause()
        second = shown_codes(stage)
        assert len(second) == 1 and {first[0], second[0]} == {card.asker.vcard,
                                                               card.helper.vcard}
        assert caption(stage, 0) in ("Jort scant: contact van Sjoukje",
                                     "Sjoukje scant: contact van Jort")


def test_choose_view_prefers_both_codes_then_the_biggest_scale(data_root: Path) -> None:
    card = pair_cards(SessionStore(contact_session(data_root), writer=False).load())[0]
    assert choose_view(card, 600, 200, 1) == CodeView((0, 1), False, 3)
    assert choose_view(card, 160, 46, 1) == CodeView((0, 1), False, 1)
    assert choose_view(card, 90, 40, 0) == CodeView((0,), False, 1)
    assert choose_view(card, 90, 40, 1) == CodeView((1,), False, 1)
    assert choose_view(card, 60, 20, 1) is None


async def test_laptop_100x30_one_code_on_every_line_words_beside(data_root: Path) -> None:
    path = contact_session(data_root)
    store = SessionStore(path, writer=True)
    store.load()
    card = pair_cards(store.session)[0]
    app = facilitator_app(store, root=data_root, clock=lambda: CLOCK)
    async with app.run_test(size=LAPTOP) as pilot:
        await pilot.pause()
        round_widget = app.screen.query_one(ContactRound)
        # the compact card (no note, level L) scans, even with the dark screen right around it
        assert shown_codes(round_widget, dark_border=3) == [card.helper.compact_vcard]
        assert round_widget.has_class("-beside")
        assert not round_widget.query_one("#contact-head").display
        # nothing a person needs is lost: whose code it is first, then the pair and why
        words = caption(round_widget, 0)
        assert words.startswith("Jort Visser scant: contact van Sjoukje van der Werff\n")
        assert "Paar 1 van 3" in words
        assert "Jort Visser vraagt: Jort zoekt hulp bij de tuin" in words
        assert "Sjoukje van der Werff biedt: Sjoukje kan fietsen repareren" in words
        await pilot.press("w")
        await pilot.pause()
        assert shown_codes(round_widget, dark_border=3) == [card.asker.compact_vcard]
        assert caption(round_widget, 0).startswith(
            "Sjoukje van der Werff scant: contact van Jort Visser\n")
        # a pair without consent still shows no detail, and the head comes back
        await pilot.press("n")
        await pilot.pause()
        assert shown_codes(round_widget) == []
        assert message(round_widget) == "vraag elkaar om contactgegevens"
        assert not round_widget.has_class("-beside")
        assert round_widget.query_one("#contact-head").display


async def test_projector_low_screen_shows_one_code_with_first_names(data_root: Path) -> None:
    # The projector's heading and status take four lines (the laptop's three): at 100x31 its
    # round has the 27 lines Sjoukje's card (version 8 at level L) needs, as at 100x30 below.
    path = contact_session(data_root)
    with SessionStore(path, writer=True) as writer, writer.edit() as s:
        s.round.codes_on_projector = True
    reader = SessionStore(path, writer=False)
    reader.load()
    card = pair_cards(reader.session)[0]
    app = projector_app(reader, root=data_root, clock=lambda: CLOCK, poll_seconds=0.05)
    async with app.run_test(size=(100, 31)) as pilot:
        await pilot.pause()
        stage = app.screen.query_one(ContactProjector)
        (shown,) = shown_codes(stage, dark_border=3)
        assert shown in (card.asker.compact_vcard, card.helper.compact_vcard)
        assert caption(stage, 0).split("\n")[0] in ("Jort scant: contact van Sjoukje",
                                                    "Sjoukje scant: contact van Jort")


def demo_pairs(session: Session) -> Session:
    """The demo session with every person who shares paired with the next one who does."""
    sharing = [p for p in session.participants
               if p.consent.share_contact and p.asks and p.offers]
    session.pairs = [Pair(Ref(a.id, 0), Ref(b.id, 0), PairStatus.CONFIRMED)
                     for a, b in pairwise(sharing)]
    return session


def test_every_demo_pair_fits_a_laptop_at_100x30(data_root: Path) -> None:
    cards = pair_cards(demo_pairs(create_demo_session(data_root)))
    assert len(cards) >= 8
    for card in cards:
        for side in (0, 1):
            # 98 × 27 cells: 100x30 less the title, status, footer and the round's padding
            view = choose_view(card, 98, 27, side)
            assert view is not None and view.quiet >= SCREEN_QUIET, card.asker.name
            width, height = needed_size(card, view)
            assert width <= 98 and height <= 27


def test_choose_view_steps_down_to_level_l_then_words_beside(data_root: Path) -> None:
    card = pair_cards(SessionStore(contact_session(data_root), writer=False).load())[0]
    assert choose_view(card, 128, 37, 1) == CodeView((0, 1), True, 1)
    assert choose_view(card, 98, 41, 1) == CodeView((1,), False, 1)
    assert choose_view(card, 98, 27, 1) == CodeView((1,), True, 1, quiet=2, beside=True)
    assert choose_view(card, 78, 21, 1) is None  # 80x24: Sjoukje's card needs 27 lines
