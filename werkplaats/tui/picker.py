"""The session picker of ``werkplaats open`` without a session: open one or start a new one."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from werkplaats.errors import WerkplaatsError
from werkplaats.i18n import t
from werkplaats.store import create_session, list_sessions, resolve_session
from werkplaats.tui.guard import Guarded


class SessionPickerScreen(Guarded, Screen[None]):
    """A list of the sessions on this laptop, newest first, and a field for a new title."""

    def __init__(self, root: Path | None, language: str) -> None:
        super().__init__()
        self.root = root
        self.language = language

    def compose(self) -> ComposeResult:
        _ = self.language
        yield Header(icon="≡")
        with Vertical(id="picker"):
            yield Static(t("app.picker_title", _), classes="pane-title")
            yield OptionList(id="sessions")
            yield Static(t("app.picker_new", _), classes="pane-title")
            yield Input(placeholder=t("app.picker_new_placeholder", _), id="new-title")
            yield Static(t("app.picker_keys", _), classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "werkplaats"
        self.sub_title = t("app.picker_sub", self.language)
        options = []
        for info in list_sessions(self.root):
            when = info.created[:16].replace("T", " ")
            options.append(Option(
                f"[b]{escape(info.title)}[/b]  [dim]{info.id} · {when} · "
                f"{t('app.people', self.language, count=info.participants)}[/dim]",
                id=str(info.path),
            ))
        listing = self.query_one("#sessions", OptionList)
        listing.set_options(options)
        if options:
            listing.highlighted = 0
            listing.focus()
        else:
            self.query_one("#new-title").focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.app.open_session_file(Path(event.option.id))  # type: ignore[attr-defined]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            session = create_session(event.value, root=self.root, language=self.language)
            path = resolve_session(session.id, self.root)
        except WerkplaatsError as exc:
            self.notify(str(exc), severity="error")
            return
        self.app.open_session_file(path)  # type: ignore[attr-defined]
