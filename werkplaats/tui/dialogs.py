"""Small dialogs of the facilitator app: a walk-in's name, the rounds menu.

Every dialog is a :class:`Dialog`: it answers once. Keys arrive in bursts (a held Enter, a
terminal that sends two at once), and a second answer would dismiss the screen below.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from werkplaats.i18n import t
from werkplaats.plans import Plan
from werkplaats.tui.guard import Guarded
from werkplaats.tui.styles import use_stylesheet

R = TypeVar("R")


class Dialog(Guarded, ModalScreen[R]):
    """A modal screen that is dismissed at most once (see the module docstring)."""

    answered = False

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        use_stylesheet(self.app, "dialogs.tcss")

    def answer(self, result: R | None) -> None:
        if self.answered or not self.is_current:
            return
        self.answered = True
        self.dismiss(result)


class RoundsMenu(Dialog[int | None]):
    """The rounds of the plan; Enter goes to the highlighted one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f9", "cancel", "Cancel", show=False)
    ]

    def __init__(self, plan: Plan, current: int, language: str) -> None:
        super().__init__(classes="dialog")
        self.plan = plan
        self.current = current
        self.language = language

    def compose(self) -> ComposeResult:
        options = []
        for i, plan_round in enumerate(self.plan.rounds):
            mark = "▶" if i == self.current else " "
            minutes = f" · {plan_round.minutes} min" if plan_round.minutes else ""
            options.append(
                Option(f"{mark} {i + 1}. {plan_round.title_in(self.language)}{minutes}", id=str(i))
            )
        with Vertical(id="rounds-box", classes="dialog-box"):
            yield Static(t("app.rounds_title", self.language), classes="dialog-title")
            yield OptionList(*options, id="rounds-list")
            yield Static(t("app.rounds_hint", self.language), classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = self.current

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.answer(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.answer(None)


class ForgetDialog(Dialog[str | None]):
    """Who is to be forgotten: the selected person's name, editable; Enter forgets."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, name: str, language: str) -> None:
        super().__init__(classes="dialog")
        self.name_given = name
        self.language = language
        self.pending: str | None = None  # the name Enter was pressed on once

    def compose(self) -> ComposeResult:
        _ = self.language
        with Vertical(id="forget-box", classes="dialog-box"):
            yield Static(t("app.forget_title", _), classes="dialog-title")
            yield Static(t("app.forget_body", _), id="forget-body")
            yield Input(self.name_given, placeholder=t("app.forget_placeholder", _),
                        id="forget-name")
            yield Static(t("app.forget_hint", _), id="forget-hint", classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Forgetting cannot be undone: the first Enter asks, the second Enter forgets."""
        event.stop()
        key = event.value.strip()
        if not key:
            return
        if key == self.pending:
            self.answer(key)
            return
        self.pending = key
        self.query_one("#forget-hint", Static).update(
            t("app.forget_confirm", self.language, name=key))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.pending = None  # a changed name must be confirmed anew
        self.query_one("#forget-hint", Static).update(t("app.forget_hint", self.language))

    def action_cancel(self) -> None:
        self.answer(None)
