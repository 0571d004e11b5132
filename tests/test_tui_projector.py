"""The projector follows a writer live and never writes; it shows nothing private."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from textual.widgets import Static

from werkplaats.editing import SessionEditor
from werkplaats.model import Ref, Session
from werkplaats.plans import load_plan
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui.factory import projector_app


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """The words of every Static on the screen (some hold a rich Table or Text)."""
    console = Console(width=200, record=True, file=io.StringIO())
    for widget in app.screen.query(Static):
        console.print(widget.content)
    return console.export_text()


async def wait_for(pilot, condition, tries: int = 60) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def test_a_running_projector_shows_the_writers_changes(demo_session: Session,
                                                             data_root: Path):
    path = resolve_session(demo_session.id, data_root)
    writer = SessionStore(path, writer=True)
    writer.load()
    editor = SessionEditor(writer, load_plan(demo_session.plan), clock=lambda: 1000.0)
    reader = SessionStore(path, writer=False)
    reader.load()
    app = projector_app(reader, root=data_root, clock=lambda: 1010.0, poll_seconds=0.05)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert "Zo meteen" in screen_text(app)

            editor.start_timer()  # Jânke speaks; the clock has run 10 s on the projector
            assert await wait_for(pilot, lambda: "Jânke" in screen_text(app))
            assert "de Boer" not in screen_text(app)  # first names only

            editor.go_to_round(1)
            editor.pair_by_hand(Ref("p02", 0), Ref("p01", 0))
            # two saves may reach the projector in one poll or in two; it settles on both
            assert await wait_for(pilot, lambda: "Mehmet ↔ Jânke" in screen_text(app)
                                  and "1 koppels" in screen_text(app))
            text = screen_text(app)
            assert "Wie kent iemand die" in text
            for person in editor.session.participants:  # nothing private on the wall
                assert person.contact.email not in text or not person.contact.email
                assert person.contact.phone not in text or not person.contact.phone
    finally:
        reader.close()
    revision = writer.session.revision if writer.session else 0
    writer.close()
    assert SessionStore(path, writer=False).load().revision == revision
