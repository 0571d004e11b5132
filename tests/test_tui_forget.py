"""Forgetting someone on the spot, inside the app that holds the session's lock."""

from __future__ import annotations

from datetime import UTC, datetime
from email.headerregistry import Address
from pathlib import Path

import pytest
from textual.widgets import Input

from werkplaats.errors import SessionBusy
from werkplaats.mail import Outbox, build_outbox
from werkplaats.model import Pair, PairStatus, Ref, Session
from werkplaats.store import SessionStore, open_writer, resolve_session
from werkplaats.tui.dialogs import ForgetDialog
from werkplaats.tui.factory import facilitator_app


def session_with_mail(demo_session: Session, root: Path) -> SessionStore:
    store = SessionStore(resolve_session(demo_session.id, root), writer=True)
    with store.edit() as s:
        s.pairs = [Pair(Ref.parse("p01#0"), Ref.parse("p02#0"), PairStatus.CONFIRMED),
                   Pair(Ref.parse("p04#0"), Ref.parse("p01#0"), PairStatus.CONFIRMED)]
        build_outbox(s, sender=Address("Buurtkamer", addr_spec="buurtkamer@example.org"),
                     now=datetime(2026, 11, 23, 21, 0, tzinfo=UTC))
    return store


async def test_forget_the_highlighted_person_everywhere(demo_session: Session,
                                                        data_root: Path) -> None:
    store = session_with_mail(demo_session, data_root)
    outbox = Outbox(demo_session.id, data_root)
    assert (outbox.folder / "p01").is_dir()
    app = facilitator_app(store, root=data_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        with pytest.raises(SessionBusy, match="F10"):  # the CLI points here
            open_writer(demo_session.id, data_root)
        await pilot.press("ctrl+z")  # something to undo first: forgetting must clear it
        await pilot.press("f10")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ForgetDialog)
        assert dialog.query_one(Input).value == "Jânke de Boer"  # highlighted in the queue
        await pilot.press("escape")  # changed her mind: nothing happens
        await pilot.pause()
        assert app.editor.session.find_participant("p01")

        await pilot.press("f10", "enter")  # one Enter only asks: it cannot be undone
        await pilot.pause()
        assert isinstance(app.screen, ForgetDialog)
        assert app.editor.session.find_participant("p01")
        await pilot.press("enter")  # the second Enter forgets
        await pilot.pause()
        session = app.editor.session
        assert "p01" not in {p.id for p in session.participants}
        assert all("p01" not in (pair.ask.participant, pair.offer.participant)
                   for pair in session.pairs)
        assert not app.editor.can_undo  # no copy of her stays in the undo history
        assert any("Jânke de Boer" in n.message and "2" in n.message
                   for n in app._notifications)
        assert app.screen.query_one("#queue").row_count == 13

        # a name that does not exist: a sentence, the app goes on
        await pilot.press("f10", *"Niemand Bekend", "enter", "enter")
        await pilot.pause()
        assert app.is_running and len(app.editor.session.participants) == 13

    assert not (outbox.folder / "p01").exists()
    assert "p01" not in outbox.ledger().entries
    reopened = SessionStore(resolve_session(demo_session.id, data_root), writer=False).load()
    saved = resolve_session(demo_session.id, data_root).read_text("utf-8")
    assert "janke.deboer@example.nl" not in saved and "2741 0938" not in saved
    assert len(reopened.participants) == 13


async def test_no_one_is_offered_for_forgetting_outside_a_selection(demo_session: Session,
                                                                    data_root: Path) -> None:
    store = session_with_mail(demo_session, data_root)
    app = facilitator_app(store, root=data_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+pagedown", "ctrl+pagedown", "ctrl+pagedown")  # tips round
        await pilot.pause()
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, ForgetDialog)
        assert app.screen.query_one(Input).value == ""
        await pilot.press("enter", "enter")  # nothing typed: nothing happens
        await pilot.pause()
        assert len(app.editor.session.participants) == 14
