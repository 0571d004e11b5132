"""The pairing round: the matcher's proposals, confirm/reject/swap/by hand, open asks.

Proposals come from :func:`werkplaats.matching.propose_pairs`, run in a thread so the screen
never freezes; they arrive as a message and are stored as proposed pairs. Confirmed and
rejected pairs stay when new proposals are made. The projector shows the confirmed pairs and
asks the room about the open asks ("wie kent iemand die…?").
"""

from __future__ import annotations

import copy
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical
from textual.markup import escape
from textual.message import Message
from textual.widgets import DataTable, Static

from werkplaats.editing import offer_load, open_asks, pair_topic
from werkplaats.model import Pair, PairStatus, Ref
from werkplaats.tui.guard import guard_callback
from werkplaats.tui.rounds import FacilitatorRound, ProjectorRound

STATUS_MARK = {PairStatus.PROPOSED: "?", PairStatus.CONFIRMED: "✓", PairStatus.REJECTED: "✗"}
STATUS_ORDER = {PairStatus.PROPOSED: 0, PairStatus.CONFIRMED: 1, PairStatus.REJECTED: 2}


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "…"


def _pair_key(pair: Pair) -> str:
    return f"{pair.ask}|{pair.offer}"


class PairingRound(FacilitatorRound):
    """The facilitator's pairing round."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p,f5", "propose", "app.key_propose", id="pairing.propose",
                tooltip="app.tip_propose", key_display="P"),
        Binding("c", "confirm", "app.key_confirm", id="pairing.confirm",
                tooltip="app.tip_confirm"),
        Binding("r", "reject", "app.key_reject", id="pairing.reject", tooltip="app.tip_reject"),
        Binding("s", "swap", "app.key_swap", id="pairing.swap", tooltip="app.tip_swap"),
        Binding("h", "by_hand", "app.key_by_hand", id="pairing.by_hand",
                tooltip="app.tip_by_hand"),
    ]

    class ProposalsReady(Message):
        def __init__(self, pairs: list[Pair] | None, problem: str = "") -> None:
            super().__init__()
            self.pairs = pairs
            self.problem = problem

    def compose(self) -> ComposeResult:
        yield Static(id="pairs-title", classes="pane-title")
        yield DataTable(id="pairs", cursor_type="row", zebra_stripes=True)
        yield Static(id="open-title", classes="pane-title")
        yield DataTable(id="open-asks", cursor_type="row")

    def on_mount(self) -> None:
        _ = self.context.t
        pairs = self.query_one("#pairs", DataTable)
        pairs.add_column(" ", key="mark", width=1)
        pairs.add_column(_("app.col_ask"), key="ask")
        pairs.add_column(_("app.col_offer"), key="offer")
        pairs.add_column(_("app.col_score"), key="score", width=5)
        pairs.add_column(_("app.col_why"), key="why")
        pairs.add_column(_("app.col_capacity"), key="load", width=3)
        asks = self.query_one("#open-asks", DataTable)
        asks.add_column(_("app.col_name"), key="name")
        asks.add_column(_("app.col_ask"), key="ask")
        self.session_changed()

    def focus_first(self) -> None:
        self.query_one("#pairs").focus()

    def on_resize(self) -> None:
        self.session_changed()

    # -- painting --------------------------------------------------------------------------
    def session_changed(self) -> None:
        if not self.is_mounted:
            return
        session = self.context.session
        _ = self.context.t
        width = max(60, self.size.width or 80)
        room = width - 26  # marks, score, capacity, cell padding and the scrollbar
        text_width = max(12, room * 3 // 8)
        why_width = max(8, room - 2 * text_width)
        load = offer_load(session)
        table = self.query_one("#pairs", DataTable)
        keep = table.cursor_row
        table.clear()
        pairs = sorted(session.pairs, key=lambda p: (STATUS_ORDER[p.status], -(p.score or 0)))
        for pair in pairs:
            asker = session.participant(pair.ask.participant).first_name
            helper = session.participant(pair.offer.participant).first_name
            style = {"?": "", "✓": "bold", "✗": "dim strike"}[STATUS_MARK[pair.status]]
            used = load.get(pair.offer, 0)
            table.add_row(
                STATUS_MARK[pair.status],
                Text(_short(f"{asker}: {session.ask_text(pair.ask)}", text_width), style=style),
                Text(_short(f"{helper}: {session.offer_text(pair.offer)}", text_width),
                     style=style),
                "" if pair.score is None else f"{pair.score:.2f}",
                Text(_short(pair.why, why_width), style="dim" if style == "" else style),
                Text(f"{used}/{session.capacity}",
                     style="bold" if used > session.capacity else ""),
                key=_pair_key(pair),
            )
        if pairs:
            table.move_cursor(row=min(keep, len(pairs) - 1))
        counts = {status: sum(1 for p in pairs if p.status is status) for status in PairStatus}
        title = _("app.pairs_title", proposed=counts[PairStatus.PROPOSED],
                  confirmed=counts[PairStatus.CONFIRMED], rejected=counts[PairStatus.REJECTED])
        if not pairs:
            title += "  " + _("app.pairs_empty_hint")
        self.query_one("#pairs-title", Static).update(title)
        waiting = open_asks(session)
        asks = self.query_one("#open-asks", DataTable)
        keep_ask = asks.cursor_row
        asks.clear()
        for ref in waiting:
            person = session.participant(ref.participant)
            asks.add_row(Text(person.first_name), Text(_short(session.ask_text(ref), width - 16)),
                          key=str(ref))
        if waiting:
            asks.move_cursor(row=min(keep_ask, len(waiting) - 1))
        self.query_one("#open-title", Static).update(_("app.open_title", count=len(waiting)))

    # -- which pair or ask is meant --------------------------------------------------------
    def _selected_pair(self) -> Pair | None:
        table = self.query_one("#pairs", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        for pair in self.context.session.pairs:
            if _pair_key(pair) == key:
                return pair
        return None

    def _selected_open_ask(self) -> Ref | None:
        table = self.query_one("#open-asks", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        return Ref.parse(key) if key else None

    def selected_person(self) -> str | None:
        if self.query_one("#open-asks").has_focus:
            ask = self._selected_open_ask()
            return ask.participant if ask is not None else None
        pair = self._selected_pair()
        return pair.ask.participant if pair is not None else None

    def _need_pair(self) -> Pair | None:
        pair = self._selected_pair() if self.query_one("#pairs").has_focus else None
        if pair is None:
            self.notify(self.context.t("app.select_pair_first"))
        return pair

    # -- actions -----------------------------------------------------------------------------
    def action_propose(self) -> None:
        self.query_one("#pairs", DataTable).loading = True
        self.find_proposals()

    @work(thread=True, exclusive=True, group="propose")
    def find_proposals(self) -> None:
        try:
            from werkplaats.matching import propose_pairs
        except ImportError as exc:
            self.post_message(self.ProposalsReady(None, str(exc)))
            return
        snapshot = copy.deepcopy(self.context.session)
        try:
            result = propose_pairs(snapshot)
        except Exception as exc:  # shown as a notification, the session stays as it was
            self.post_message(self.ProposalsReady(None, str(exc)))
            return
        self.post_message(self.ProposalsReady(list(result.pairs)))

    def on_pairing_round_proposals_ready(self, message: ProposalsReady) -> None:
        message.stop()
        self.query_one("#pairs", DataTable).loading = False
        if message.pairs is None:
            self.notify(message.problem, title=self.context.t("app.no_proposals"),
                        severity="error", timeout=10)
            return
        added = self.perform(lambda e: e.apply_proposals(message.pairs or []))
        if added is not None:
            self.notify(self.context.t("app.proposals_made", count=added))
            self.query_one("#pairs").focus()

    def action_confirm(self) -> None:
        pair = self._need_pair()
        if pair is not None:
            ask, offer = pair.ask, pair.offer
            self.perform(lambda e: e.confirm_pair(ask, offer))

    def action_reject(self) -> None:
        pair = self._need_pair()
        if pair is not None:
            ask, offer = pair.ask, pair.offer
            self.perform(lambda e: e.reject_pair(ask, offer))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "pairs":
            self.action_confirm()
        else:
            self.action_by_hand()

    def action_swap(self) -> None:
        pair = self._need_pair()
        if pair is not None:
            self._pick(pair.ask, replacing=pair.offer)

    def action_by_hand(self) -> None:
        if self.query_one("#open-asks").has_focus:
            ask = self._selected_open_ask()
        else:
            pair = self._selected_pair()
            ask = pair.ask if pair is not None else self._selected_open_ask()
        if ask is None:
            self.notify(self.context.t("app.nothing_open"))
            return
        self._pick(ask)

    def _pick(self, ask: Ref, replacing: Ref | None = None) -> None:
        from werkplaats.tui.offer_picker import OfferPicker

        _ = self.context.t
        title = _("app.swap_title") if replacing is not None else _("app.by_hand_title")

        def chosen(offer: Ref | None) -> None:
            if offer is not None:
                self.perform(lambda e: e.pair_by_hand(ask, offer, replacing=replacing))

        self.app.push_screen(
            OfferPicker(self.context.session, ask, self.context.language, title),
            guard_callback(self, chosen),
        )


class PairingProjector(ProjectorRound):
    """Confirmed pairs, newest first, and the open asks as a call to the room."""

    def compose(self) -> ComposeResult:
        _ = self.context.t
        with Container(id="pairing-stage"):
            with Vertical(id="pairs-column"):
                yield Static(id="pairs-heading", classes="projector-heading")
                yield Vertical(id="pair-lines")
            with Vertical(id="open-column"):
                yield Static(_("app.who_knows"), classes="projector-heading")
                yield Vertical(id="open-lines")

    def on_mount(self) -> None:
        self.session_changed()

    def session_changed(self) -> None:
        session = self.context.session
        _ = self.context.t
        confirmed = list(reversed(session.confirmed_pairs()))
        lines = []
        for pair in confirmed:
            asker = session.participant(pair.ask.participant).first_name
            helper = session.participant(pair.offer.participant).first_name
            topic = escape(pair_topic(session, pair))
            lines.append(f"[b]{escape(asker)} ↔ {escape(helper)}[/b] — {topic}")
        self.query_one("#pairs-heading", Static).update(
            _("app.projector_pairs", count=len(confirmed))
        )
        self._show_lines("#pair-lines", lines or [_("app.projector_no_pairs")])
        waiting = open_asks(session)
        open_lines = [
            f"• {escape(session.ask_text(ref))} "
            f"[dim]({escape(session.participant(ref.participant).first_name)})[/dim]"
            for ref in waiting
        ]
        self._show_lines("#open-lines", open_lines or [_("app.projector_all_answered")])

    def _show_lines(self, selector: str, lines: list[str]) -> None:
        """One Static per line (spaced out on a wide screen), reusing what is there."""
        box = self.query_one(selector, Vertical)
        there = list(box.query_children(Static))
        for widget, line in zip(there, lines, strict=False):
            widget.update(line)
        for widget in there[len(lines):]:
            widget.remove()
        if len(lines) > len(there):
            box.mount_all(Static(line, classes="projector-line") for line in lines[len(there):])
