"""A walk-in's (and anyone's) email, phone and consent, typed in the intro round.

Ctrl+N asks a walk-in's name with their details; F2 opens the details of the person on the
card or in the queue. Everything is saved through the session editor (on disk at once,
undoable), consent is no unless ticked, and a doubtful address is kept as typed.
"""

from __future__ import annotations

import errno
import io
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Checkbox, Input, Static

from tests.tui_support import open_store
from werkplaats.contact.cards import pair_cards
from werkplaats.editing import SessionEditor
from werkplaats.model import Ref, Session
from werkplaats.plans import load_plan
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui.app import SessionScreen
from werkplaats.tui.contact_card import ContactDialog, phone_problem
from werkplaats.tui.factory import facilitator_app, projector_app


def messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(n.message) for n in app._notifications]


def card_line(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#card-contact", Static).content)


async def test_a_walk_in_with_email_phone_and_consent_is_saved_and_gets_a_vcard(
        demo_session: Session, data_root: Path) -> None:
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ContactDialog)
        # a walk-in's consent starts as no
        assert [box.value for box in dialog.query(Checkbox)] == [False, False]
        await pilot.press(*"Jort Visser", "tab", *"jort@example.org", "tab", *"06 1234 5678")
        await pilot.press("tab", "space", "tab", "space")  # both consents ticked
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        jort = app.editor.session.find_participant("Jort Visser")

        # his turn: the card says what the consent means, then he says what he asks
        app.screen.query_one("#queue").focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.editor.session.round.speaker == jort.id
        assert "QR-code ✓" in card_line(app) and "mail ✓" in card_line(app)
        assert "jort@example.org" not in card_line(app)  # the card says what, not the address
        await pilot.press("tab", *"Ik zoek iemand die kan knippen")
        await pilot.press("ctrl+q")
        await pilot.pause()

    reopened = SessionStore(resolve_session(demo_session.id, data_root), writer=True)
    try:
        session = reopened.load()
        jort = session.find_participant("Jort Visser")
        assert (jort.contact.email, jort.contact.phone) == ("jort@example.org", "06 1234 5678")
        assert (jort.consent.share_contact, jort.consent.in_summary) == (True, True)
        assert jort.asks == ["Ik zoek iemand die kan knippen"]

        editor = SessionEditor(reopened, load_plan(session.plan))
        editor.pair_by_hand(Ref(jort.id, 0), Ref("p01", 0))  # Jânke shares her details too
        card = pair_cards(editor.session)[-1]
        assert card.has_codes
        assert card.asker.person_id == jort.id and card.asker.vcard is not None
        assert "EMAIL;TYPE=INTERNET:jort@example.org" in card.asker.vcard
        assert "TEL;TYPE=CELL:+31612345678" in card.asker.vcard
    finally:
        reopened.close()


async def test_enter_after_the_name_adds_a_walk_in_without_consent(demo_session: Session,
                                                                  data_root: Path) -> None:
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+n")
        await pilot.press(*"Sjoukje", "enter")
        await pilot.pause()
        sjoukje = app.editor.session.find_participant("Sjoukje")
        assert sjoukje.contact.is_empty()
        assert not (sjoukje.consent.share_contact or sjoukje.consent.in_summary)
        assert app.editor.history[-1].label == "binnenloper Sjoukje toegevoegd"
        # the name is needed: Enter on an empty name adds nobody
        await pilot.press("ctrl+n", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ContactDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.editor.session.participants) == 15


async def test_f2_fixes_an_imported_email_on_the_spot_and_undo_takes_it_back(
        demo_session: Session, data_root: Path) -> None:
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, language="en", clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")  # Jânke speaks; the focus is in her card
        await pilot.pause()
        before = app.editor.session.participant("p01").contact.email
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, ContactDialog)
        email = app.screen.query_one("#contact-email", Input)
        assert email.has_focus and email.value == before
        email.value = "janke.boer@example.nl"
        await pilot.press("enter")
        await pilot.pause()
        janke = app.editor.session.participant("p01")
        assert janke.contact.email == "janke.boer@example.nl"
        assert janke.consent.share_contact and janke.consent.in_summary  # left as they were
        # on disk at once
        on_disk = SessionStore(store.path, writer=False).load()
        assert on_disk.participant("p01").contact.email == "janke.boer@example.nl"
        assert app.editor.history[-1].label == "contact details of Jânke"
        app.screen.action_undo()
        await pilot.pause()
        assert app.editor.session.participant("p01").contact.email == before


async def test_f2_in_the_queue_opens_the_highlighted_person(demo_session: Session,
                                                            data_root: Path) -> None:
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#queue").focus()
        await pilot.press("down", "down", "f2")  # Joëlle, third in the queue
        await pilot.pause()
        assert isinstance(app.screen, ContactDialog)
        assert app.screen.form.name == "Joëlle van der Meer"
        await pilot.press("escape")
        await pilot.pause()
        assert app.editor.session.round.speaker is None  # looking is not choosing a speaker


async def test_nobody_chosen_says_so(demo_session: Session, data_root: Path) -> None:
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.set_focus(None)  # no speaker yet and no row pointed at
        await pilot.pause()
        app.screen.query_one("#round-intro").action_contact()
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert any("Kies eerst iemand" in m for m in messages(app))


@pytest.mark.parametrize(("field", "typed", "words"), [
    ("email", "jort.example.org", "mist een @"),
    ("phone", "bel me maar", "niet te lezen"),
])
async def test_doubtful_details_get_one_calm_line_and_are_kept(
        demo_session: Session, data_root: Path, field: str, typed: str, words: str) -> None:
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+n", *"Jort", "tab")
        if field == "phone":
            await pilot.press("tab")
        await pilot.press(*typed)
        notice = app.screen.query_one("#contact-notice", Static)
        assert not str(notice.content)  # no nagging while typing
        await pilot.press("tab")  # leaving the field
        await pilot.pause()
        assert words in str(notice.content)
        await pilot.press("enter")
        await pilot.pause()
        jort = app.editor.session.find_participant("Jort")
        assert getattr(jort.contact, field) == typed  # kept as typed
        assert any(words in m for m in messages(app))


async def test_the_notice_goes_as_soon_as_the_address_is_right(demo_session: Session,
                                                               data_root: Path) -> None:
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+n", *"Jort", "tab", *"jort.example.org", "tab")
        await pilot.pause()
        notice = app.screen.query_one("#contact-notice", Static)
        assert str(notice.content)
        email = app.screen.query_one("#contact-email", Input)
        email.value = "jort@example.org"
        await pilot.pause()
        assert not str(notice.content)


async def test_details_typed_when_the_save_fails_come_back(demo_session: Session,
                                                           data_root: Path,
                                                           monkeypatch: pytest.MonkeyPatch):
    store = open_store(demo_session, data_root)
    app = facilitator_app(store, root=data_root, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await pilot.pause()

        def full_disk(_tables: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(store._db.storage, "write", full_disk)
        await pilot.press("f2")
        await pilot.pause()
        app.screen.query_one("#contact-phone", Input).value = "06 99887766"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ContactDialog)  # back, with what was typed
        assert app.screen.query_one("#contact-phone", Input).value == "06 99887766"
        assert app.editor.session.participant("p01").contact.phone == "+31 6 2741 0938"
        monkeypatch.undo()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.editor.session.participant("p01").contact.phone == "06 99887766"


async def test_the_projector_never_shows_a_walk_ins_email_or_phone(demo_session: Session,
                                                                   data_root: Path) -> None:
    path = resolve_session(demo_session.id, data_root)
    with SessionStore(path, writer=True) as store:
        store.load()
        editor = SessionEditor(store, load_plan(demo_session.plan), clock=lambda: 1000.0)
        jort = editor.add_walk_in("Jort Visser")
        editor.set_card(jort.id, asks=["Ik zoek iemand die kan knippen"])

        def details(session: Session) -> bool:
            person = session.participant(jort.id)
            person.contact.email, person.contact.phone = "jort@example.org", "06 1234 5678"
            person.consent.share_contact = person.consent.in_summary = True
            return True

        editor.apply("details", details)
        editor.select_speaker(jort.id)
    for size in ((80, 24), (160, 45)):
        reader = SessionStore(path, writer=False)
        reader.load()
        app = projector_app(reader, root=data_root, clock=lambda: 1000.0)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            console = Console(width=200, record=True, file=io.StringIO())
            for widget in app.screen.query(Static):
                console.print(widget.content)
            text = console.export_text()
            assert "knippen" in text  # Jort is on the wall...
            for secret in ("jort@example.org", "1234", "Visser"):
                assert secret not in text  # ...but not his details or surname
        reader.close()


def test_phones_phonenumbers_can_read() -> None:
    assert not phone_problem("06 1234 5678")
    assert not phone_problem("+44 20 7946 0958")
    assert not phone_problem("")
    assert phone_problem("bel me maar")
    assert phone_problem("12")
