"""A searchable list of the offers in the room, to pair an ask by hand or swap its offer.

It opens with the matcher's best candidates for the ask (worked out in a thread), and
typing filters every offer in the room by name and text. Each line shows how many pairs
already lean on that offer against its capacity, so nobody gets buried.
"""

from __future__ import annotations

import copy
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from werkplaats.i18n import t
from werkplaats.model import Ref, Session
from werkplaats.tui.dialogs import Dialog
from werkplaats.views import offer_load


def offer_line(session: Session, ref: Ref, load: dict[Ref, int], score: float | None = None,
               why: str = "") -> str:
    person = session.participant(ref.participant)
    used = load.get(ref, 0)
    capacity = f"{used}/{session.capacity}"
    if used >= session.capacity:
        capacity = f"[b]{capacity}[/b]"
    extra = f"  [dim]{score:.2f} {escape(why)}[/dim]" if score is not None else ""
    return f"{escape(person.first_name)}: {escape(session.offer_text(ref))}  ({capacity}){extra}"


class OfferPicker(Dialog[Ref | None]):
    """Pick an offer for ``ask``; Enter picks, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", show=False),
        Binding("down", "to_list", "List", show=False),
    ]

    def __init__(self, session: Session, ask: Ref, language: str, title: str) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.ask = ask
        self.language = language
        self.title_text = title
        self.ranked: list[tuple[Ref, float, str]] = []
        self.load = offer_load(session)

    def compose(self) -> ComposeResult:
        asker = self.session.participant(self.ask.participant)
        with Vertical(id="offer-box", classes="dialog-box"):
            yield Static(self.title_text, classes="dialog-title")
            yield Static(f"[b]{escape(asker.first_name)}[/b]: "
                         f"{escape(self.session.ask_text(self.ask))}", id="offer-ask")
            yield Input(placeholder=t("app.search_offers", self.language), id="offer-search")
            yield OptionList(id="offer-list")
            yield Static(t("app.picker_hint", self.language), classes="dialog-hint")

    def on_mount(self) -> None:
        self.show_offers("")
        self.rank_candidates()

    @work(thread=True, exclusive=True, group="rank")
    def rank_candidates(self) -> None:
        try:
            from werkplaats.matching import rank_offers
        except ImportError:
            return
        snapshot = copy.deepcopy(self.session)
        try:
            candidates = rank_offers(snapshot, self.ask, limit=20)
        except Exception:  # a matcher hiccup must not break pairing by hand
            return
        ranked = [(c.offer, float(c.score), c.why) for c in candidates]
        self.app.call_from_thread(self._ranked, ranked)

    def _ranked(self, ranked: list[tuple[Ref, float, str]]) -> None:
        self.ranked = ranked
        self.show_offers(self.query_one("#offer-search", Input).value)

    def all_offers(self) -> list[Ref]:
        return [ref for person in self.session.participants
                if person.id != self.ask.participant for ref in person.offer_refs()]

    def show_offers(self, query: str) -> None:
        words = query.casefold().split()
        scored = {ref: (score, why) for ref, score, why in self.ranked}
        order = [ref for ref, _, _ in self.ranked if ref.participant != self.ask.participant]
        order += [ref for ref in self.all_offers() if ref not in scored]
        options = []
        for ref in order:
            person = self.session.participant(ref.participant)
            haystack = f"{person.name} {self.session.offer_text(ref)}".casefold()
            if all(word in haystack for word in words):
                score, why = scored.get(ref, (None, ""))
                options.append(Option(offer_line(self.session, ref, self.load, score, why),
                                      id=str(ref)))
        listing = self.query_one("#offer-list", OptionList)
        listing.set_options(options)
        if options:
            listing.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_offers(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        listing = self.query_one("#offer-list", OptionList)
        option = listing.highlighted_option
        if option is not None and option.id is not None:
            self.answer(Ref.parse(option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.answer(Ref.parse(event.option.id))

    def action_to_list(self) -> None:
        self.query_one("#offer-list").focus()

    def action_cancel(self) -> None:
        self.answer(None)
