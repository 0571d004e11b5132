"""The tips round: type tips per table, merge near-duplicates, count the dot vote, rank.

The facilitator types a table ("tafel 2") once and then one tip after another (Enter adds).
Near-duplicates are looked for in a thread after every change and offered one proposal at a
time (F5 merge, F6 keep apart); F7 undoes a merge. F8 enters the vote count of the
highlighted tip and moves on to the next, so a whole vote is typed down the list; + and -
add or take away one vote. The projector shows the ranking, big, and follows every change.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.message import Message
from textual.widgets import DataTable, Input, Static

from werkplaats.model import Session
from werkplaats.tips import (
    MergeProposal,
    RankedTip,
    VoteLimitError,
    VoteRules,
    add_tip,
    delete_tip,
    find_tip,
    group_members,
    group_votes,
    merge_proposals,
    merge_tips,
    rank_tips,
    set_votes,
    unmerge,
    voters_in,
    votes_cast,
)
from werkplaats.tui.big_digits import glyph_lines, stretch
from werkplaats.tui.rounds import (
    FacilitatorRound,
    ProjectorRound,
    RoundContext,
    clip,
    fit_columns,
    share_width,
    table_room,
)

WIDE = 120  # columns from which the projector spreads out (see projector.tcss)


def _short(text: str, width: int) -> str:
    return text if cell_len(text) <= width else set_cell_size(text, max(1, width - 1)) + "…"


def _place(entry: RankedTip) -> str:
    """The place shown (`` 3.``); a tip without votes has none yet, not "5." behind a tie."""
    return f"{entry.place:>2}." if entry.votes else "  ·"


def _dots(votes: int) -> str:
    return "●" * min(votes, 10) + ("+" if votes > 10 else "")


class TipsRound(FacilitatorRound):
    """The facilitator's tips round."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f5", "accept", "tips.key_accept", id="tips.accept", tooltip="tips.tip_accept"),
        Binding("f6", "reject", "tips.key_reject", id="tips.reject", tooltip="tips.tip_reject"),
        Binding("f7", "unmerge", "tips.key_unmerge", id="tips.unmerge",
                tooltip="tips.tip_unmerge"),
        Binding("f8", "votes", "tips.key_votes", id="tips.votes", tooltip="tips.tip_votes"),
        Binding("ctrl+t", "new_tip", "tips.key_new", id="tips.new", key_display="^T",
                tooltip="tips.tip_new", show=False),  # the field is right there; in F1 help
        Binding("plus,equals_sign", "vote(1)", "tips.key_vote_up", id="tips.vote_up",
                show=False),
        Binding("minus", "vote(-1)", "tips.key_vote_down", id="tips.vote_down", show=False),
        Binding("delete", "delete", "tips.key_delete", id="tips.delete", show=False,
                tooltip="tips.tip_delete"),
    ]

    class ProposalsReady(Message):
        def __init__(self, generation: int, proposals: list[MergeProposal]) -> None:
            super().__init__()
            self.generation = generation
            self.proposals = proposals

    def __init__(self, context: RoundContext, *, id: str | None = None) -> None:
        super().__init__(context, id=id)
        # dots per person and maximum per tip, as the session's plan sets them
        self.rules = VoteRules(context.round.dots_per_person, context.round.max_per_tip)
        self.proposals: list[MergeProposal] = []
        self._generation = 0  # proposals found for an older state are dropped
        self._voting: str | None = None  # the tip whose count is being typed

    def compose(self) -> ComposeResult:
        _ = self.context.t
        with Horizontal(id="tip-entry"):
            yield Input(placeholder=_("tips.table_placeholder"), id="tip-table")
            yield Input(placeholder=_("tips.text_placeholder"), id="tip-text")
        yield Static(id="tip-proposal")
        yield Static(id="tips-title", classes="pane-title")
        yield DataTable(id="tips", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="vote-row"):
            yield Static(id="vote-label")
            yield Input(id="vote-count", type="integer", max_length=4)

    def on_mount(self) -> None:
        _ = self.context.t
        table = self.query_one("#tips", DataTable)
        # the widths are set on every repaint, from the room the table has (see rounds.py)
        table.add_column(_("tips.col_votes"), key="votes", width=5)
        table.add_column(_("tips.col_tip"), key="tip", width=1)
        table.add_column(_("tips.col_table"), key="table", width=12)
        self.session_changed()

    def focus_first(self) -> None:
        # The tip itself comes first; the table is optional and one Shift+Tab away.
        self.query_one("#tip-text").focus()

    # -- painting --------------------------------------------------------------------------
    def session_changed(self) -> None:
        if not self.is_mounted:
            return
        session = self.context.session
        self._paint_table(session)
        self._paint_title(session)
        self._paint_proposal()
        self._generation += 1
        self.find_proposals(self._generation, copy.deepcopy(session.tips), session.language,
                            [frozenset(ids) for ids in session.kept_apart])

    def _paint_table(self, session: Session) -> None:
        _ = self.context.t
        table = self.query_one("#tips", DataTable)
        groups = group_members(session.tips)
        names = [tip.group for tip in session.tips]
        votes = [str(sum(tip.votes for tip in members)) for members in groups.values()]
        # the votes and the table name as wide as they need (a name at most 12), the tip the rest
        fixed = {
            "votes": max([cell_len(_("tips.col_votes")), *map(len, votes)]),
            "table": max([cell_len(_("tips.col_table")), *(min(12, cell_len(n)) for n in names)]),
        }
        widths = share_width(table_room(table), fixed, {"tip": 1})
        fit_columns(table, widths)
        width, place = widths["tip"], widths["table"]
        keep = table.cursor_row
        table.clear()
        for (lead, members), count in zip(groups.items(), votes, strict=True):
            more = f"  [+{len(members) - 1}]" if len(members) > 1 else ""
            table.add_row(
                Text(count, style="bold"),
                Text(clip(members[0].text, width - len(more)) + more),
                Text(clip(members[0].group, place), style="dim"),
                key=lead,
            )
            for member in members[1:]:
                table.add_row(
                    Text(str(member.votes) if member.votes else "", style="dim"),
                    Text("  ↳ " + clip(member.text, width - 4), style="dim"),
                    Text(clip(member.group, place), style="dim"),
                    key=member.id,
                )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))

    def _paint_title(self, session: Session) -> None:
        _ = self.context.t
        units = len(group_members(session.tips))
        title = _("tips.title", tips=units, cast=votes_cast(session))
        voters = voters_in(session)
        if voters is not None:
            title += "  " + _("tips.dots_left", left=self.rules.dots_per_person * voters
                              - votes_cast(session), dots=self.rules.dots_per_person,
                              most=self.rules.max_per_tip)
        self.query_one("#tips-title", Static).update(title)

    def _paint_proposal(self) -> None:
        _ = self.context.t
        box = self.query_one("#tip-proposal", Static)
        tips = {tip.id: tip for tip in self.context.session.tips}
        live = [p for p in self.proposals if all(i in tips for i in p.tip_ids)]
        box.set_class(bool(live), "-shown")
        if not live:
            box.update("")
            return
        first = live[0]
        lines = [_("tips.proposal", why=escape(first.why))]
        lines += [f"  • {escape(tips[i].text)}" for i in first.tip_ids]
        more = _("tips.proposals_more", n=len(live) - 1) if len(live) > 1 else ""
        lines.append(f"[b]{_('tips.proposal_keys')}[/b]  {more}")
        box.update("\n".join(lines))

    # -- proposals, found in a thread --------------------------------------------------------
    @work(thread=True, exclusive=True, group="tip-proposals")
    def find_proposals(self, generation: int, tips: list, language: str,
                       kept_apart: list[frozenset[str]]) -> None:
        found = merge_proposals(tips, language=language, rejected=kept_apart)
        self.post_message(self.ProposalsReady(generation, found))

    def on_tips_round_proposals_ready(self, message: ProposalsReady) -> None:
        message.stop()
        if message.generation != self._generation or not self.is_mounted:
            return
        self.proposals = message.proposals
        self._paint_proposal()

    # -- which tip is meant --------------------------------------------------------------------
    def _selected(self) -> str | None:
        table = self.query_one("#tips", DataTable)
        if table.row_count == 0:
            self.notify(self.context.t("tips.select_tip_first"))
            return None
        return table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value

    def _change(self, label: str, change: Callable[[Session], object]) -> object | None:
        return self.perform(lambda e: e.apply(label, change))

    # -- typing tips -----------------------------------------------------------------------------
    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "tip-table":
            self.query_one("#tip-text").focus()
        elif event.input.id == "tip-text":
            self._add(event.input)
        elif event.input.id == "vote-count":
            self._enter_votes(event.value)

    def _add(self, field: Input) -> None:
        text = field.value.strip()
        if not text:
            return
        table_name = self.query_one("#tip-table", Input).value
        label = self.context.t("tips.did_add", text=_short(text, 30))
        if self._change(label, lambda s: add_tip(s, text, group=table_name)) is not None:
            field.value = ""
            tips = self.query_one("#tips", DataTable)
            tips.move_cursor(row=tips.row_count - 1)

    def action_new_tip(self) -> None:
        self.query_one("#tip-text").focus()

    # -- merges ----------------------------------------------------------------------------------
    def action_accept(self) -> None:
        tips = {tip.id for tip in self.context.session.tips}
        live = [p for p in self.proposals if all(i in tips for i in p.tip_ids)]
        if not live:
            self.notify(self.context.t("tips.proposals_none"))
            return
        ids = list(live[0].tip_ids)
        self.proposals = live[1:]
        self._change(self.context.t("tips.did_merge", n=len(ids)),
                     lambda s: merge_tips(s, ids))

    def action_reject(self) -> None:
        if not self.proposals:
            self.notify(self.context.t("tips.proposals_none"))
            return
        first, self.proposals = self.proposals[0], self.proposals[1:]
        self._change(self.context.t("tips.did_keep_apart"),
                     lambda s: s.kept_apart.append(sorted(first.tip_ids)))

    def action_unmerge(self) -> None:
        tip_id = self._selected()
        if tip_id is None:
            return
        tip = find_tip(self.context.session.tips, tip_id)
        if tip.merged_into is None and not any(
            other.merged_into == tip_id for other in self.context.session.tips
        ):
            self.notify(self.context.t("tips.not_merged"))
            return
        self._change(self.context.t("tips.did_unmerge"), lambda s: unmerge(s, tip_id))

    def action_delete(self) -> None:
        tip_id = self._selected()
        if tip_id is not None:
            self._change(self.context.t("tips.did_delete"), lambda s: delete_tip(s, tip_id))

    # -- the dot vote ------------------------------------------------------------------------------
    def action_votes(self) -> None:
        if self._voting is not None:
            self._close_vote()
            return
        tip_id = self._selected()
        if tip_id is None:
            return
        self._open_vote(tip_id)

    def _open_vote(self, tip_id: str) -> None:
        session = self.context.session
        tip = find_tip(session.tips, tip_id)
        self._voting = tip_id
        self.query_one("#vote-label", Static).update(
            self.context.t("tips.votes_for", text=escape(_short(tip.text, 40)))
        )
        self.query_one("#vote-row").add_class("-shown")
        field = self.query_one("#vote-count", Input)
        # Empty, with the count as a hint: fast typing can never land behind an old number.
        field.value = ""
        field.placeholder = self.context.t("tips.votes_now", n=group_votes(session, tip_id))
        field.focus()

    def _enter_votes(self, value: str) -> None:
        tip_id = self._voting
        if tip_id is None:
            return
        if value.strip() and self._save_votes(tip_id, int(value)) is None:
            return
        following = self._next_lead(tip_id)
        if following is None:
            self._close_vote()
            return
        table = self.query_one("#tips", DataTable)
        table.move_cursor(row=table.get_row_index(following))
        self._open_vote(following)

    def _next_lead(self, tip_id: str) -> str | None:
        """The next tip down the list that is voted on (merged tips go with their lead)."""
        leads_in_order = list(group_members(self.context.session.tips))
        table = self.query_one("#tips", DataTable)
        row = table.get_row_index(tip_id)
        for later in range(row + 1, table.row_count):
            key = table.coordinate_to_cell_key((later, 0)).row_key.value
            if key in leads_in_order:
                return key
        return None

    def _save_votes(self, tip_id: str, votes: int) -> object | None:
        trial = copy.deepcopy(self.context.session)
        try:  # check the limits first: a count the room cannot have given is a typo, not a save
            set_votes(trial, tip_id, votes, rules=self.rules)
        except VoteLimitError as exc:
            message = (self.context.t(f"tips.limit_{exc.reason}", **exc.values)
                       if exc.reason else str(exc))
            self.notify(message, title=self.context.t("tips.vote_refused"), severity="warning")
            return None
        label = self.context.t("tips.did_votes", n=votes)
        return self._change(label, lambda s: set_votes(s, tip_id, votes, rules=self.rules))

    def _close_vote(self) -> None:
        self._voting = None
        self.query_one("#vote-row").remove_class("-shown")
        self.query_one("#tips").focus()

    def on_descendant_blur(self, event: object) -> None:
        if self._voting is not None and not self.query_one("#vote-count").has_focus:
            self.call_after_refresh(self._hide_vote_if_left)

    def _hide_vote_if_left(self) -> None:
        if self._voting is not None and not self.query_one("#vote-count").has_focus:
            self._voting = None
            self.query_one("#vote-row").remove_class("-shown")

    def action_vote(self, step: int) -> None:
        if not self.query_one("#tips").has_focus:
            return
        tip_id = self._selected()
        if tip_id is not None:
            current = group_votes(self.context.session, tip_id)
            self._save_votes(tip_id, max(0, current + step))


class TipsProjector(ProjectorRound):
    """The ranking, big: place, tip and its votes; merged tips count once."""

    def compose(self) -> ComposeResult:
        with Vertical(id="tips-stage"):
            yield Static(id="tips-heading", classes="projector-heading")
            yield Static(id="tips-ranking")

    def on_mount(self) -> None:
        self.session_changed()

    def session_changed(self) -> None:
        if not self.is_mounted:
            return
        _ = self.context.t
        session = self.context.session
        ranked = rank_tips(session)
        self.query_one("#tips-heading", Static).update(
            _("tips.projector_heading", tips=len(ranked), cast=votes_cast(session))
        )
        size = self.size if self.size.width else self.app.size
        ranking = self.query_one("#tips-ranking", Static)
        if not ranked:
            ranking.update(_("tips.projector_empty"))
        elif size.width >= WIDE and size.height >= 24:
            ranking.update(self._podium(ranked, size.width - 8, size.height - 4))
        else:
            ranking.update(self._list(ranked, max(30, size.width - 4), size.height))

    def _list(self, ranked: list[RankedTip], width: int, height: int) -> str:
        """One line per tip with a blank line between (80 columns)."""
        rows = max(1, (height - 1) // 2)
        shown = ranked if len(ranked) <= rows else ranked[: rows - 1]
        lines = []
        for entry in shown:
            votes = f"{_dots(entry.votes)} {entry.votes}"
            place = _place(entry)
            text = _short(entry.text, width - len(place) - len(votes) - 3)
            gap = " " * max(1, width - len(place) - cell_len(text) - len(votes) - 2)
            style = "$primary b" if entry.place <= 3 and entry.votes else "b"
            lines.append(f"[{style}]{place} {escape(text)}[/]{gap}[$primary b]{votes}[/]")
        if len(shown) < len(ranked):
            more = self.context.t("tips.projector_more", n=len(ranked) - len(shown))
            lines.append(f"[dim]{more}[/dim]")
        return "\n\n".join(lines)

    def _podium(self, ranked: list[RankedTip], width: int, height: int) -> Text:
        """A wide screen: the top three's places and votes in big digits, air between.

        A tip with a big place takes 3 lines, the others 1; one blank line under each.
        """
        primary = self.app.theme_variables.get("primary")
        accent = Style.parse(primary) if primary else Style()
        big_style = accent + Style(bold=True)
        votes_width = max(len(_dots(entry.votes)) for entry in ranked) + 2 + 6
        text_width = max(10, width - 8 - votes_width - 4)
        out = Text(no_wrap=True, overflow="crop")
        bigs = sum(1 for entry in ranked if entry.place <= 3 and entry.votes > 0)
        scale = 2 if bigs * 6 + (len(ranked) - bigs) * 2 <= height else 1
        tall = 3 + 2 * (scale - 1)
        used, shown = 0, 0
        for n, entry in enumerate(ranked):
            big = entry.place <= 3 and entry.votes > 0
            need = (tall if big else 1) + 1
            if used + need > height - (2 if n < len(ranked) - 1 else 0):
                break
            tip = _short(entry.text, text_width).ljust(text_width)
            dots = _dots(entry.votes)
            if big:
                places = stretch(glyph_lines(str(entry.place), bold=True), scale, bold=True)
                counts = stretch(glyph_lines(str(entry.votes), bold=True), scale, bold=True)
                for row in range(tall):
                    middle = row == tall // 2
                    out.append(places[row].rjust(6) + "  ", big_style)
                    out.append(tip if middle else " " * text_width, big_style)
                    out.append("  " + (dots if middle else " " * len(dots)).rjust(
                        votes_width - 6 - 2), accent + Style(bold=True))
                    out.append("  " + counts[row].ljust(6) + "\n", big_style)
            else:
                out.append(_place(entry).rjust(6) + "  ", "bold")
                out.append(tip, "bold")
                out.append("  " + dots.rjust(votes_width - 6 - 2), accent + Style(bold=True))
                out.append("  " + str(entry.votes).center(3).ljust(6) + "\n", accent)
            out.append("\n")
            used, shown = used + need, shown + 1
        if shown < len(ranked):
            more = self.context.t("tips.projector_more", n=len(ranked) - shown)
            out.append(" " * 8 + more, "dim")
        return out
