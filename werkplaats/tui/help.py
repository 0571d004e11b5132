"""The help screen (F1 or ?): every key that works where you are, and what it does."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from werkplaats.i18n import t
from werkplaats.tui.bindings import active_actions
from werkplaats.tui.guard import Guarded
from werkplaats.tui.styles import use_stylesheet


class HelpScreen(Guarded, ModalScreen[None]):
    """A list of the bindings active on the screen below; any of Esc, F1, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "dismiss", "Close", show=False)
    ]

    def __init__(self, below: Screen, language: str, session_id: str = "") -> None:
        super().__init__(classes="dialog")
        use_stylesheet(self.app, "dialogs.tcss")
        self.below = below
        self.language = language
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=True, header_style="bold")
        table.add_column(t("app.help_key", self.language), no_wrap=True, style="bold")
        table.add_column(t("app.help_action", self.language))
        for keys, binding, _node in active_actions(self.below):
            table.add_row(keys, binding.description + (f" – {binding.tooltip}"
                                                       if binding.tooltip else ""))
        with VerticalScroll(id="help-box"):
            yield Static(t("app.help_title", self.language), classes="dialog-title")
            yield Static(table)
            yield Static(t("app.help_footer", self.language), classes="dialog-hint")
            if self.session_id:  # the projector needs the id, shown nowhere else in the app
                yield Static(t("app.help_projector", self.language, session=self.session_id),
                             id="help-projector", classes="dialog-hint")
