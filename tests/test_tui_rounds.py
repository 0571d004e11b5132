"""Moving between rounds never removes a round's widgets: they are hidden and shown again.

Textual can paint a widget in the same tick it is being removed, and a text area painted
after its removal crashes the app (seen once in CI). Hidden rounds cannot be painted.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from werkplaats.model import Session
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui.app import SessionScreen
from werkplaats.tui.factory import facilitator_app, projector_app


async def test_rounds_are_hidden_not_removed(demo_session: Session, data_root: Path) -> None:
    store = SessionStore(resolve_session(demo_session.id, data_root), writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, clock=lambda: 1_800_000_000.0)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        intro = screen.round_widget
        card = screen.query_one("#offers-text", TextArea)
        for _ in range(3):  # quickly there and back, with the clock ticking meanwhile
            await pilot.press("ctrl+pagedown", "ctrl+pagedown", "ctrl+pageup", "ctrl+pageup")
            screen.tick()
            await pilot.pause()
        assert screen.round_widget is intro and intro.display
        assert card.is_attached  # the same text area, never unmounted
        others = [w for i, w in screen.mounted_rounds.items() if w is not intro]
        assert others and all(w.is_attached and not w.display for w in others)
        assert SessionStore(store.path, writer=False).load().round.index == 0
    store.close()


async def test_projector_keeps_rounds_mounted(demo_session: Session, data_root: Path) -> None:
    path = resolve_session(demo_session.id, data_root)
    reader = SessionStore(path, writer=False)
    reader.load()
    app = projector_app(reader, root=data_root, clock=lambda: 1_800_000_000.0, poll_seconds=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        first = app.round_widget
        for index in (1, 0, 1, 0):
            with SessionStore(path, writer=True) as writer, writer.edit() as s:
                s.round.index = index
            for _ in range(40):
                await pilot.pause(0.05)
                if app.shown_round is not None and app.shown_round[0] == index:
                    break
        assert app.round_widget is first and first is not None and first.display
        assert len(app.mounted_rounds) == 2
        assert all(w.is_attached for w in app.mounted_rounds.values())
