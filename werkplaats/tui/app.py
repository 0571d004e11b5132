"""The facilitator's app: one screen per session that shows the current round of the plan.

:class:`FacilitatorApp` starts on the session picker (``werkplaats open`` without a session) or
straight on a :class:`SessionScreen`. The session screen hosts the widget of the current round
(see :mod:`werkplaats.tui.rounds`), a status line and the footer; it owns the keys that work in
every round: the rounds menu, next/previous round, undo. Every change goes through the
:class:`~werkplaats.editing.SessionEditor`, so it is on disk before the screen repaints.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Header

from werkplaats.editing import SessionEditor
from werkplaats.errors import WerkplaatsError
from werkplaats.i18n import t
from werkplaats.plans import Plan, Round, load_plan
from werkplaats.store import SessionStore
from werkplaats.tui.bindings import ActionCommands, describe_key, translate_bindings
from werkplaats.tui.footer import WorkshopFooter
from werkplaats.tui.guard import Guarded, GuardedApp, guard_callback
from werkplaats.tui.rounds import (
    FacilitatorRound,
    RoundContext,
    RoundPlaceholder,
    SessionChanged,
    round_widgets,
)
from werkplaats.tui.status import StatusLine
from werkplaats.tui.styles import use_round_stylesheet
from werkplaats.tui.theme import FACILITATOR_THEME

HERE = Path(__file__).parent


def css_paths(*names: str) -> list[str | Path]:
    """The app's own style sheets; rounds and dialogs add theirs when shown (see styles)."""
    return [HERE / name for name in names]


def plan_for(session_plan: str, root: Path | None) -> Plan:
    """The session's plan; an unknown plan falls back to the default so the session opens."""
    try:
        return load_plan(session_plan, root)
    except WerkplaatsError:
        return load_plan(None, root)


class SessionScreen(Guarded, Screen[None]):
    """The session, round by round. Keys here work in every round."""

    GUARD_HOOKS: ClassVar[dict[str, object]] = {"tick": None, "refresh_session": None,
                                                 "settle_focus": None, "flush": True}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f9", "rounds", "app.key_rounds", id="app.rounds", tooltip="app.tip_rounds"),
        Binding("ctrl+pagedown", "next_round", "app.key_next_round", id="app.next_round",
                show=False, priority=True),
        Binding("ctrl+pageup", "previous_round", "app.key_previous_round",
                id="app.previous_round", show=False, priority=True),
        Binding("ctrl+z", "undo", "app.key_undo", id="app.undo", tooltip="app.tip_undo"),
        Binding("f10", "forget", "app.key_forget", id="app.forget", tooltip="app.tip_forget",
                show=False),
    ]

    def __init__(self, editor: SessionEditor, plan: Plan, language: str,
                 clock: Callable[[], float]) -> None:
        super().__init__()
        self.editor = editor
        self.plan = plan
        self.language = language
        self.clock = clock
        self.round_widget: FacilitatorRound | RoundPlaceholder | None = None
        # Rounds once shown stay mounted and are hidden, never removed: Textual can paint a
        # widget in the same tick it is being removed, which crashes on its cleared styles.
        self.mounted_rounds: dict[int, FacilitatorRound | RoundPlaceholder] = {}
        self.moving = asyncio.Lock()  # one round move at a time, however fast keys come
        translate_bindings(self, language)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield Container(id="round-body")
        yield StatusLine(id="status")
        yield WorkshopFooter(compact=True, show_command_palette=False)

    async def on_mount(self) -> None:
        await self.show_round(self.editor.session.round.index)
        self.set_interval(1.0, self.tick)

    # -- rounds ----------------------------------------------------------------------------
    @property
    def round_index(self) -> int:
        return max(0, min(self.editor.session.round.index, len(self.plan.rounds) - 1))

    def current_round(self) -> Round:
        return self.plan.rounds[self.round_index]

    async def show_round(self, index: int) -> None:
        """Show the widget of round ``index`` (clamped to the plan), mounting it the first time."""
        index = max(0, min(index, len(self.plan.rounds) - 1))
        body = self.query_one("#round-body", Container)
        if self.focused is not None:
            self.set_focus(None)  # the old round's widgets hide; the footer must not follow them
        for shown in self.mounted_rounds.values():
            shown.display = False
        known = self.mounted_rounds.get(index)
        if known is not None:
            self.round_widget = known
            known.display = True
            self.refresh_session()
        else:
            widget = self.round_widget_for(index)
            self.mounted_rounds[index] = widget
            self.round_widget = widget
            await body.mount(widget)
            if widget is not self.round_widget:
                return  # another move overtook this one
            self.refresh_session(round_widget=False)  # the new widget painted itself on mount
        if isinstance(self.round_widget, FacilitatorRound):
            self.round_widget.focus_first()
        self.call_after_refresh(self.settle_focus)

    def round_widget_for(self, index: int) -> FacilitatorRound | RoundPlaceholder:
        plan_round = self.plan.rounds[index]
        context = RoundContext(
            get_session=lambda: self.editor.session,
            round=plan_round,
            index=index,
            language=self.language,
            clock=self.clock,
            editor=self.editor,
        )
        widgets = round_widgets(plan_round.kind)
        use_round_stylesheet(self.app, plan_round.kind)
        widget: FacilitatorRound | RoundPlaceholder
        if widgets.facilitator is not None:
            widget = widgets.facilitator(context, id=f"round-{plan_round.kind}")
            translate_bindings(widget, self.language)
        else:
            widget = RoundPlaceholder(context, widgets.problem)
        return widget

    def on_screen_resume(self) -> None:
        self.call_after_refresh(self.settle_focus)

    def settle_focus(self) -> None:
        """After a round change behind a dialog the remembered focus may be gone: fix it."""
        focused = self.focused
        body = self.query_one("#round-body")
        if focused is not None and focused.is_attached and body in focused.ancestors:
            return
        if focused is not None and body not in focused.ancestors and focused.is_attached:
            return  # something outside the round (fine)
        self.set_focus(None)
        if isinstance(self.round_widget, FacilitatorRound):
            self.round_widget.focus_first()

    def refresh_session(self, round_widget: bool = True) -> None:
        session = self.editor.session
        plan_round = self.current_round()
        self.title = session.title
        self.sub_title = t("app.round_of", self.language, number=self.round_index + 1,
                           total=len(self.plan.rounds), title=plan_round.title_in(self.language))
        self.query_one(StatusLine).show(session, self.language)
        widget = self.round_widget
        if round_widget and widget is not None and widget.is_mounted:
            widget.session_changed()

    def on_session_changed(self, message: SessionChanged) -> None:
        message.stop()
        self.refresh_session()

    def tick(self) -> None:
        widget = self.round_widget
        if widget is not None and widget.is_mounted and widget.is_attached:
            widget.clock_tick(self.clock())

    def flush(self) -> bool:
        """Save what is typed in the round; False (with a notification) if that failed."""
        widget = self.round_widget
        return widget.flush() if isinstance(widget, FacilitatorRound) else True

    def run_edit(self, action: Callable[[], object]) -> object | None:
        try:
            return action()
        except WerkplaatsError as exc:
            self.notify(f"{exc}. {t('app.save_failed_hint', self.language)}",
                        title=t("app.save_failed", self.language), severity="error", timeout=12)
            return None

    async def go_to_round(self, index: int) -> None:
        async with self.moving:
            index = max(0, min(index, len(self.plan.rounds) - 1))
            if index == self.round_index and self.round_widget is not None:
                return  # asked twice (a key pressed twice): already there
            if not self.flush():
                return
            if self.run_edit(lambda: self.editor.go_to_round(index)) is None:
                return
            await self.show_round(index)

    async def action_next_round(self) -> None:
        if self.round_index + 1 < len(self.plan.rounds):
            await self.go_to_round(self.round_index + 1)
        else:
            self.notify(t("app.last_round", self.language))

    async def action_previous_round(self) -> None:
        if self.round_index > 0:
            await self.go_to_round(self.round_index - 1)
        else:
            self.notify(t("app.first_round", self.language))

    def action_rounds(self) -> None:
        from werkplaats.tui.dialogs import RoundsMenu

        async def chosen(index: int | None) -> None:
            if index is not None and index != self.round_index:
                await self.go_to_round(index)

        self.app.push_screen(RoundsMenu(self.plan, self.round_index, self.language),
                             guard_callback(self, chosen))

    def action_undo(self) -> None:
        if not self.flush():
            return
        if not self.editor.can_undo:
            self.notify(t("app.nothing_to_undo", self.language))
            return
        label = self.run_edit(self.editor.undo)
        if label is not None:
            self.notify(t("app.undone", self.language, what=label))
            self.refresh_session()


    def action_forget(self) -> None:
        """Forget a person on the spot (the CLI cannot while the session is open here)."""
        from werkplaats.tui.dialogs import ForgetDialog

        if not self.flush():
            return
        widget = self.round_widget
        pid = widget.selected_person() if isinstance(widget, FacilitatorRound) else None
        session = self.editor.session
        name = next((p.name for p in session.participants if p.id == pid), "")

        def forget(key: str | None) -> None:
            if key:
                self.forget(key)

        self.app.push_screen(ForgetDialog(name, self.language), guard_callback(self, forget))

    def forget(self, key: str) -> None:
        from werkplaats.forget import forget_files

        _ = self.language
        try:
            forgotten = self.editor.forget(key)
        except WerkplaatsError as exc:
            self.notify(str(exc), title=t("app.cannot_forget", _), severity="error", timeout=12)
            return
        files = 0
        try:
            files = forget_files(self.editor.session.id, forgotten.person.id,
                                 getattr(self.app, "root", None), self.editor.session)
        except (WerkplaatsError, OSError) as exc:
            self.notify(str(exc), title=t("app.cannot_forget", _), severity="error", timeout=12)
        self.notify(t("app.forgotten", _, name=forgotten.person.name, pairs=forgotten.pairs,
                      files=files))
        self.refresh_session()


class FacilitatorApp(GuardedApp):
    """``werkplaats open`` / ``werkplaats demo``: run a session from the laptop."""

    TITLE = "werkplaats"
    CSS_PATH: ClassVar[list[str | Path]] = css_paths("app.tcss")
    COMMANDS = App.COMMANDS | {ActionCommands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1,question_mark", "help", "app.key_help", id="app.help", key_display="F1"),
        Binding("ctrl+q", "quit", "app.key_quit", id="app.quit", key_display="^Q", show=False),
    ]

    def __init__(
        self,
        store: SessionStore | None = None,
        *,
        root: Path | None = None,
        language: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.root = root
        self.clock = clock
        self.store = store
        self.fixed_language = language
        session = store.session if store is not None else None
        self.language = language or (session.language if session is not None else "nl")
        self.editor: SessionEditor | None = None
        translate_bindings(self, self.language)
        self.register_theme(FACILITATOR_THEME)
        self.theme = FACILITATOR_THEME.name

    def get_key_display(self, binding: Binding) -> str:
        return describe_key(binding)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Every action of ours is in the palette through ActionCommands, in the session's
        # language; Textual's own (theme, maximize, screenshot) would only add English noise.
        return ()

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            placeholder = t("app.palette_placeholder", self.language)
            self.push_screen(CommandPalette(placeholder=placeholder, id="--command-palette"))

    def on_mount(self) -> None:
        if self.store is not None:
            self.push_screen(self.session_screen(self.store))
        else:
            from werkplaats.tui.picker import SessionPickerScreen

            self.push_screen(SessionPickerScreen(self.root, self.language))

    def session_screen(self, store: SessionStore) -> SessionScreen:
        session = store.session if store.session is not None else store.load()
        self.language = self.fixed_language or session.language
        plan = plan_for(session.plan, self.root)
        self.editor = SessionEditor(store, plan, language=self.language, clock=self.clock)
        return SessionScreen(self.editor, plan, self.language, self.clock)

    def open_session_file(self, path: Path) -> bool:
        """Open a session picked in the picker; a notification when it cannot be opened."""
        try:
            store = SessionStore(path, writer=True)
        except WerkplaatsError as exc:
            self.notify(str(exc), title=t("app.cannot_open", self.language), severity="error",
                        timeout=12)
            return False
        try:
            store.load()
        except WerkplaatsError as exc:
            store.close()
            self.notify(str(exc), title=t("app.cannot_open", self.language), severity="error")
            return False
        self.store = store
        self.switch_screen(self.session_screen(store))
        return True

    def action_help(self) -> None:
        from werkplaats.tui.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        session_id = self.editor.session.id if self.editor is not None else ""
        self.push_screen(HelpScreen(self.screen, self.language, session_id))

    async def action_quit(self) -> None:
        screen = self.screen
        if isinstance(screen, SessionScreen) and not screen.flush():
            return
        self.exit()

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()
