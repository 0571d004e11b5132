"""The projector: a read-only second process that follows the session live.

It never writes. A few times a second it asks the store whether the session file changed
(a cheap ``stat``) and, if so, reloads it and repaints: the round's title and prompt, the
round's projector widget and the status line. High contrast and big type, readable from the
back of a hall; only first names and ask/offer texts are shown.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widgets import Static

from werkplaats.errors import WerkplaatsError
from werkplaats.model import Session
from werkplaats.plans import Plan
from werkplaats.store import SessionStore
from werkplaats.tui.app import css_paths, plan_for
from werkplaats.tui.bindings import translate_bindings
from werkplaats.tui.guard import Guarded, GuardedApp
from werkplaats.tui.rounds import ProjectorContext, ProjectorRound, RoundPlaceholder, round_widgets
from werkplaats.tui.status import StatusLine
from werkplaats.tui.styles import use_round_stylesheet
from werkplaats.tui.theme import PROJECTOR_THEME

POLL_SECONDS = 0.2


class ProjectorApp(Guarded, GuardedApp):
    """``werkplaats projector SESSION``: the audience view."""

    TITLE = "werkplaats"
    CSS_PATH: ClassVar[list[str | Path]] = css_paths("projector.tcss")
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (120, "-wide")]
    ENABLE_COMMAND_PALETTE = False
    GUARD_HOOKS: ClassVar[dict[str, object]] = {"poll": None, "tick": None, "repaint": None}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q,ctrl+q,escape", "quit", "app.key_quit", id="projector.quit", show=False),
    ]

    def __init__(
        self,
        store: SessionStore,
        *,
        root: Path | None = None,
        language: str | None = None,
        clock: Callable[[], float] = time.time,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        super().__init__()
        if store.session is None:
            store.load()
        self.store = store
        self.root = root
        self.clock = clock
        self.poll_seconds = poll_seconds
        self.language = language or self.session.language
        self.plan: Plan = plan_for(self.session.plan, root)
        self.shown_round: tuple[int, str] | None = None
        self.round_widget: ProjectorRound | RoundPlaceholder | None = None
        self.mounted_rounds: dict[int, ProjectorRound | RoundPlaceholder] = {}
        self.repaints = 0  # counted for tests and the follow-latency benchmark
        self.repainting = asyncio.Lock()
        translate_bindings(self, self.language)
        self.register_theme(PROJECTOR_THEME)
        self.theme = PROJECTOR_THEME.name

    @property
    def session(self) -> Session:
        assert self.store.session is not None
        return self.store.session

    def compose(self) -> ComposeResult:
        with Container(id="projector-head"):
            yield Static(id="round-title")
            yield Static(id="round-prompt")
        yield Container(id="projector-body")
        yield StatusLine(id="projector-status")

    async def on_mount(self) -> None:
        await self.repaint()
        self.set_interval(self.poll_seconds, self.poll)
        self.set_interval(1.0, self.tick)

    def round_index(self) -> int:
        return max(0, min(self.session.round.index, len(self.plan.rounds) - 1))

    async def poll(self) -> None:
        try:
            changed = self.store.reload_if_changed()
        except WerkplaatsError:
            return  # the writer is between files or the disk hiccuped: try again next poll
        if changed is not None:
            await self.repaint()

    async def repaint(self) -> None:
        """Show the session as loaded: swap the round widget when the round changed."""
        async with self.repainting:  # a poll during a round swap waits for the swap
            await self._repaint()

    async def _repaint(self) -> None:
        index = self.round_index()
        plan_round = self.plan.rounds[index]
        if self.shown_round != (index, plan_round.kind) and index in self.mounted_rounds:
            # shown before: hidden, never removed (painting a widget being removed crashes)
            for shown in self.mounted_rounds.values():
                shown.display = False
            self.round_widget = self.mounted_rounds[index]
            self.round_widget.display = True
            self.shown_round = (index, plan_round.kind)
            self.round_widget.session_changed()
        elif self.shown_round != (index, plan_round.kind):
            context = ProjectorContext(
                get_session=lambda: self.session,
                round=plan_round,
                index=index,
                language=self.language,
                clock=self.clock,
            )
            widgets = round_widgets(plan_round.kind)
            use_round_stylesheet(self, plan_round.kind)
            widget: ProjectorRound | RoundPlaceholder
            if widgets.projector is not None:
                widget = widgets.projector(context, id=f"projector-{plan_round.kind}")
            else:
                widget = RoundPlaceholder(context, widgets.problem)
            body = self.query_one("#projector-body", Container)
            for shown in self.mounted_rounds.values():
                shown.display = False
            self.mounted_rounds[index] = widget
            self.round_widget = widget
            self.shown_round = (index, plan_round.kind)
            await body.mount(widget)
        elif self.round_widget is not None and self.round_widget.is_mounted:
            self.round_widget.session_changed()
        self.query_one("#round-title", Static).update(plan_round.title_in(self.language))
        self.query_one("#round-prompt", Static).update(plan_round.prompt_in(self.language))
        self.query_one(StatusLine).show(self.session, self.language)
        self.repaints += 1

    def tick(self) -> None:
        widget = self.round_widget
        if widget is not None and widget.is_mounted and widget.is_attached:
            widget.clock_tick(self.clock())
