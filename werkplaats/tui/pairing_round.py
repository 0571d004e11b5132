"""The pairing round: the matcher's proposals, confirm/reject/swap/by hand, open asks.

Proposals come from :func:`werkplaats.matching.propose_pairs`, run in a thread so the screen
never freezes; they arrive as a message and are stored as proposed pairs. Confirmed and
rejected pairs stay when new proposals are made. The projector shows the confirmed pairs and
asks the room about the open asks ("wie kent iemand die…?").

How many asks one offer may answer (``Session.capacity``) is set here with K, 1 to 5. The
change is saved and undoable like any other, but it does not re-propose by itself: the
facilitator presses P when the room is ready, and confirmed pairs stay as they are.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import ClassVar

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.markup import escape
from textual.message import Message
from textual.widgets import DataTable, Static

from werkplaats.errors import WerkplaatsError
from werkplaats.model import Pair, PairStatus, Ref, Session
from werkplaats.tui.guard import guard_callback
from werkplaats.tui.rounds import (
    FacilitatorRound,
    ProjectorRound,
    clip,
    fit_columns,
    share_width,
    table_room,
)
from werkplaats.views import offer_load, open_asks, pair_topic

STATUS_MARK = {PairStatus.PROPOSED: "?", PairStatus.CONFIRMED: "✓", PairStatus.REJECTED: "✗"}
STATUS_ORDER = {PairStatus.PROPOSED: 0, PairStatus.CONFIRMED: 1, PairStatus.REJECTED: 2}
MOST_PER_OFFER = 5  # K cycles 1..5; more rarely helps in a room, and stays a CLI matter


def _capacity(session: Session) -> int:
    """The capacity the matcher uses (it reads anything below 1 as 1)."""
    return max(1, session.capacity)


def next_capacity(capacity: int) -> int:
    """K's next value: 1 → 2 → … → 5 → 1; a capacity above 5 (from an import) wraps to 1."""
    return capacity + 1 if 1 <= capacity < MOST_PER_OFFER else 1


def _cell(text: str, width: int, style: str = "") -> Text:
    return Text(clip(text, width), style=style)


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
        # out of the footer (80 columns); the pairs' title line names K, F1 and Ctrl+P list it
        Binding("k", "capacity", "app.key_capacity", id="pairing.capacity",
                tooltip="app.tip_capacity", show=False),
    ]

    class ProposalsReady(Message):
        def __init__(self, pairs: list[Pair] | None, problem: str = "", *,
                     capacity: int = 1) -> None:
            super().__init__()
            self.pairs = pairs
            self.problem = problem
            self.capacity = capacity  # what the matcher was given: K may have changed it since

    def compose(self) -> ComposeResult:
        yield Static(id="pairs-title", classes="pane-title")
        yield DataTable(id="pairs", cursor_type="row", zebra_stripes=True)
        yield Static(id="pair-detail")
        yield Static(id="open-title", classes="pane-title")
        yield DataTable(id="open-asks", cursor_type="row")

    def on_mount(self) -> None:
        _ = self.context.t
        # the widths are set on every repaint, from the room the table has (see rounds.py)
        pairs = self.query_one("#pairs", DataTable)
        pairs.add_column(" ", key="mark", width=1)
        pairs.add_column(_("app.col_ask"), key="ask", width=1)
        pairs.add_column(_("app.col_offer"), key="offer", width=1)
        pairs.add_column(_("app.col_score"), key="score", width=1)
        pairs.add_column(_("app.col_why"), key="why", width=1)
        pairs.add_column(_("app.col_capacity"), key="load", width=1)
        asks = self.query_one("#open-asks", DataTable)
        asks.add_column(_("app.col_name"), key="name", width=1)
        asks.add_column(_("app.col_ask"), key="ask", width=1)
        self.session_changed()

    def focus_first(self) -> None:
        self.query_one("#pairs").focus()

    # -- painting --------------------------------------------------------------------------
    def session_changed(self) -> None:
        if not self.is_mounted:
            return
        session = self.context.session
        _ = self.context.t
        self._paint_pairs()
        waiting = open_asks(session)
        asks = self.query_one("#open-asks", DataTable)
        names = [session.participant(ref.participant).first_name for ref in waiting]
        name_width = max([cell_len(_("app.col_name")), *map(cell_len, names)])
        room = table_room(asks)
        widths = share_width(room, {"name": min(name_width, room // 3)}, {"ask": 1})
        fit_columns(asks, widths)
        keep_ask = asks.cursor_row
        asks.clear()
        for ref, name in zip(waiting, names, strict=True):
            asks.add_row(_cell(name, widths["name"]),
                         _cell(session.ask_text(ref), widths["ask"]), key=str(ref))
        if waiting:
            asks.move_cursor(row=min(keep_ask, len(waiting) - 1))
        self.query_one("#open-title", Static).update(_("app.open_title", count=len(waiting)))
        self._paint_detail()

    def _paint_pairs(self) -> None:
        session = self.context.session
        _ = self.context.t
        load = offer_load(session)
        table = self.query_one("#pairs", DataTable)
        pairs = sorted(session.pairs, key=lambda p: (STATUS_ORDER[p.status], -(p.score or 0)))
        capacity = _capacity(session)
        loads = [f"{load.get(pair.offer, 0)}/{capacity}" for pair in pairs]
        # the short columns as wide as their label or longest value, the texts share the rest
        fixed = {
            "mark": 1,
            "score": max(4, cell_len(_("app.col_score"))),
            "load": max([cell_len(_("app.col_capacity")), *map(len, loads)]),
        }
        widths = share_width(table_room(table), fixed, {"ask": 3, "offer": 3, "why": 2})
        fit_columns(table, widths)
        keep = table.cursor_row
        table.clear()
        for pair, used in zip(pairs, loads, strict=True):
            asker = session.participant(pair.ask.participant).first_name
            helper = session.participant(pair.offer.participant).first_name
            style = {"?": "", "✓": "bold", "✗": "dim strike"}[STATUS_MARK[pair.status]]
            over = load.get(pair.offer, 0) > capacity
            table.add_row(
                STATUS_MARK[pair.status],
                _cell(f"{asker}: {session.ask_text(pair.ask)}", widths["ask"], style),
                _cell(f"{helper}: {session.offer_text(pair.offer)}", widths["offer"], style),
                "" if pair.score is None else f"{pair.score:.2f}",
                _cell(pair.why, widths["why"], "dim" if style == "" else style),
                Text(used, style="bold" if over else ""),
                key=_pair_key(pair),
            )
        if pairs:
            table.move_cursor(row=min(keep, len(pairs) - 1))
        counts = {status: sum(1 for p in pairs if p.status is status) for status in PairStatus}
        per_offer = _("app.pairs_capacity", capacity=capacity)
        if pairs:
            title = _("app.pairs_title", proposed=counts[PairStatus.PROPOSED],
                      confirmed=counts[PairStatus.CONFIRMED],
                      rejected=counts[PairStatus.REJECTED]) + f" · {per_offer}"
        else:  # three zeros say nothing, and the hint must fit in 80 columns
            title = f"{_('app.pairs_heading')} · {per_offer}  {_('app.pairs_empty_hint')}"
        self.query_one("#pairs-title", Static).update(title)

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
        self.post_message(self.ProposalsReady(list(result.pairs),
                                              capacity=_capacity(snapshot)))

    def on_pairing_round_proposals_ready(self, message: ProposalsReady) -> None:
        message.stop()
        self.query_one("#pairs", DataTable).loading = False
        if message.pairs is None:
            self.notify(message.problem, title=self.context.t("app.no_proposals"),
                        severity="error", timeout=10)
            return
        if message.capacity != _capacity(self.context.session):
            # K was pressed while P ran: the facilitator asked for proposals, so make them
            # again with the capacity the title line now shows
            self.query_one("#pairs", DataTable).loading = True
            self.find_proposals()
            return
        added = self.perform(lambda e: e.apply_proposals(message.pairs or []))
        if added is not None:
            self.notify(self.context.t("app.proposals_made", count=added))
            self.query_one("#pairs").focus()

    def action_capacity(self) -> None:
        """K: one more ask per offer (5 wraps to 1); P then proposes with it."""
        _ = self.context.t
        capacity = next_capacity(self.context.session.capacity)

        def set_capacity(session: Session) -> int:
            session.capacity = capacity
            return capacity

        label = _("app.did_capacity", capacity=capacity)
        if self.perform(lambda e: e.apply(label, set_capacity)) is not None:
            self.notify(_("app.capacity_changed", capacity=capacity),
                        title=_("app.key_capacity"))

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

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "pairs":
            self._paint_detail()

    def _paint_detail(self) -> None:
        """The highlighted pair in full: the table cuts ask, offer and reason at 80 columns."""
        detail = self.query_one("#pair-detail", Static)
        pair = self._selected_pair()
        if pair is None:
            detail.update("")
            return
        session = self.context.session
        try:
            asker = session.participant(pair.ask.participant).first_name
            helper = session.participant(pair.offer.participant).first_name
            ask, offer = session.ask_text(pair.ask), session.offer_text(pair.offer)
        except (WerkplaatsError, IndexError):
            detail.update("")
            return
        score = f" ({pair.score:.2f})" if pair.score is not None else ""
        why = f"[b]{escape(pair.why)}[/b]{score}\n" if pair.why else ""
        detail.update(f"{why}[b]{escape(asker)}[/b]: {escape(ask)}\n"
                      f"[b]{escape(helper)}[/b]: {escape(offer)}")

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


WIDE = 120  # columns from which the projector spreads out (see projector.tcss)


def share_rows(wanted: tuple[int, int], room: int) -> tuple[int, int]:
    """Split ``room`` lines between two lists that want ``wanted`` lines; each gets its need
    when both fit, else the smaller keeps what it needs up to half and the other the rest."""
    first, second = wanted
    if first + second <= room:
        return first, second
    half = room // 2
    if first <= half:
        return first, room - first
    if second <= half:
        return room - second, second
    return half, room - half


def fitted(lines: list[Text], rows: int, more: Callable[[int], str]) -> list[Text]:
    """``lines`` cut to ``rows``, the last row saying how many were left out."""
    if len(lines) <= rows:
        return lines
    kept = lines[: max(0, rows - 1)]
    return [*kept, Text(more(len(lines) - len(kept)), style="italic")]


class PairingProjector(ProjectorRound):
    """Confirmed pairs, newest first, and the open asks as a call to the room.

    Every line is one screen line (cut with … when too long), so the number that fits is
    known: what does not fit is counted ("… en nog 5"). From 120 columns the pairs stand in
    two columns and every line gets a blank line under it.
    """

    def compose(self) -> ComposeResult:
        _ = self.context.t
        with Vertical(id="pairing-stage"):
            with Vertical(id="pairs-section"):
                yield Static(id="pairs-heading", classes="projector-heading")
                yield Static(id="pair-lines", classes="projector-lines")
            with Vertical(id="open-section"):
                yield Static(_("app.who_knows"), id="open-heading", classes="projector-call")
                yield Static(id="open-lines", classes="projector-lines")

    def on_mount(self) -> None:
        self.session_changed()

    def session_changed(self) -> None:
        if not self.is_mounted:
            return
        session = self.context.session
        _ = self.context.t
        wide = self.app.size.width >= WIDE
        width = max(20, (self.size.width or self.app.size.width) - 4)
        height = self.size.height or max(8, self.app.size.height - 6)
        columns = 2 if wide else 1
        step = 2 if wide else 1  # a blank line under every line on a wide screen
        confirmed = list(reversed(session.confirmed_pairs()))
        pair_lines = []
        for pair in confirmed:
            asker = session.participant(pair.ask.participant).first_name
            helper = session.participant(pair.offer.participant).first_name
            line = Text.assemble((f"{asker} ↔ {helper}", "bold"), f" — {pair_topic(session, pair)}")
            pair_lines.append(line)
        waiting = open_asks(session)
        open_lines = [
            Text.assemble((session.participant(ref.participant).first_name, "bold"),
                          f"  {' '.join(session.ask_text(ref).split())}")
            for ref in waiting
        ]
        self.query_one("#pairs-heading", Static).update(
            _("app.projector_pairs", count=len(confirmed))
        )
        # the headings (with their margins) take their lines first; n rows take n*step-gap
        gap = step - 1
        headings = (3 if wide else 2) + ((5 if wide else 2) if waiting else 0)
        room = max(2, (height - headings + (2 * gap if waiting else gap)) // step)
        pair_rows = max(1, -(-len(pair_lines) // columns))
        pair_room, open_room = share_rows((pair_rows, len(open_lines)), room)
        if not waiting:
            pair_room = room
        pairs_box = self.query_one("#pair-lines", Static)
        if pair_lines:
            shown = fitted(pair_lines, pair_room * columns,
                           lambda n: _("app.projector_more_pairs", n=n))
            pairs_box.update(self._grid(shown, columns, width, step))
        else:
            pairs_box.update(_("app.projector_no_pairs"))
        pairs_box.styles.height = max(1, min(pair_room, pair_rows) * step - gap)
        self.query_one("#open-section").display = bool(waiting) or not pair_lines
        open_box = self.query_one("#open-lines", Static)
        if open_lines:
            # the blank lines go before any ask does: the asks then fill the lines left
            lines_left = height - headings - (min(pair_room, pair_rows) * step - gap)
            open_step = step if len(open_lines) * step - gap <= lines_left else 1
            rows = open_room if open_step == step else max(open_room, lines_left)
            shown = fitted(open_lines, max(1, rows),
                           lambda n: _("app.projector_more_asks", n=n))
            open_box.update(self._grid(shown, 1, width, open_step))
        else:
            open_box.update(_("app.projector_all_answered"))

    @staticmethod
    def _grid(lines: list[Text], columns: int, width: int, step: int) -> Table:
        """``lines`` in ``columns`` columns (filled down, then across), one screen line each."""
        table = Table.grid(expand=True, padding=(0, 4 if columns > 1 else 0))
        for _ in range(columns):
            table.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        rows = -(-len(lines) // columns)
        for row in range(rows):
            cells = [lines[c * rows + row] if c * rows + row < len(lines) else Text("")
                     for c in range(columns)]
            for cell in cells:
                cell.no_wrap, cell.overflow = True, "ellipsis"
            table.add_row(*cells)
            if step > 1 and row < rows - 1:
                table.add_row(*[Text("") for _ in range(columns)])
        return table
