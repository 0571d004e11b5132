"""A bug in a round widget must not close the app in front of a room; keys in bursts neither."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from tests.tui_support import open_store
from werkplaats.model import Session
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui import rounds
from werkplaats.tui.app import SessionScreen
from werkplaats.tui.dialogs import RoundsMenu
from werkplaats.tui.factory import facilitator_app
from werkplaats.tui.guard import log_path
from werkplaats.tui.intro_round import IntroProjector, IntroRound


class BrokenIntroRound(IntroRound):
    """The intro round with two bugs: the clock key and every keystroke in a field raise."""

    def action_toggle_timer(self) -> None:
        raise ZeroDivisionError("a bug in the clock key")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        super().on_text_area_changed(event)
        if "boem" in event.text_area.text:
            raise KeyError("a bug while typing")


__all__ = ["BrokenIntroProjector", "BrokenIntroRound"]
BrokenIntroProjector = IntroProjector


@pytest.fixture
def broken_intro(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(rounds.ROUND_MODULES, "intro",
                        (__name__, "BrokenIntroRound", "BrokenIntroProjector"))


async def test_a_bug_in_a_round_becomes_a_notification(
    broken_intro: None, demo_session: Session, data_root: Path
) -> None:
    app = facilitator_app(open_store(demo_session, data_root), root=data_root)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen.round_widget, BrokenIntroRound)
        await pilot.press("enter")  # Jânke speaks; the focus goes to her card
        await pilot.pause()
        await pilot.press("f5")  # the broken clock key
        await pilot.press(*" boem")  # the broken field handler, several times
        await pilot.pause(1.0)  # past the card's save delay

        assert app.is_running and app.return_code is None
        assert isinstance(app.screen, SessionScreen)
        kinds = {type(problem) for problem in app.problems}
        assert kinds == {ZeroDivisionError, KeyError}
        assert any(n.severity == "error" and "ZeroDivisionError" in n.message
                   for n in app._notifications)
        log = log_path(data_root).read_text(encoding="utf-8")
        assert "a bug in the clock key" in log and "a bug while typing" in log

        # the app still works: the next speaker, and the typed words were saved
        await pilot.press("f8")
        await pilot.pause()
        assert app.editor.session.round.speaker == "p02"

    reopened = SessionStore(resolve_session(demo_session.id, data_root), writer=False).load()
    assert reopened.participant("p01").intro.endswith(" boem")
    assert reopened.round.spoken == ["p01"]


async def test_a_key_burst_in_the_rounds_menu_moves_once(demo_session: Session,
                                                         data_root: Path) -> None:
    """Seen in tmux: F9, Down, Enter, Enter arriving at once closed the app."""
    app = facilitator_app(open_store(demo_session, data_root), root=data_root)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        menu = app.screen
        assert isinstance(menu, RoundsMenu)
        menu.answer(1)
        menu.answer(0)  # the second Enter of the burst, before the menu is gone
        await pilot.press("f9", "enter")  # and the menu again, with a second move queued
        await pilot.pause()
        await pilot.press("ctrl+pageup", "ctrl+pageup")
        await pilot.pause(0.3)
        assert app.is_running and not app.problems
        assert isinstance(app.screen, SessionScreen)
        assert app.editor.session.round.index == 0
        assert app.screen.round_widget is not None and app.screen.round_widget.is_mounted
