"""The contact round: one confirmed pair at a time, both QR codes big enough to scan.

The facilitator's laptop (turned towards the pair) and the projector show the same pair:
``session.round.contact_pair`` keeps the position, so the projector follows the laptop.
A pair in which both people agreed to share shows their vCards as QR codes drawn with half
blocks (one module = one column × half a line, quiet zone included, dark on light); any
other pair shows "vraag elkaar om contactgegevens" and no contact detail at all.

When the two codes do not fit side by side, the screen shows the same cards without their
note at error correction L (a smaller code: a screen needs no damage repaired), then one
code at a time: the facilitator switches with W, the projector takes turns every few
seconds. On a low screen (a laptop at 100×30) the one code takes every line and the words
go beside it, its quiet zone narrowed to two modules if need be (``views_to_try``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from werkplaats.contact.cards import CardSide, PairCard, pair_card_at
from werkplaats.contact.qr import QUIET_ZONE, QRMatrix, qr_matrix
from werkplaats.contact.terminal import (
    SCREEN_QUIET,
    half_block_lines,
    screen_matrix,
    text_size,
)
from werkplaats.model import Session
from werkplaats.tui.rounds import FacilitatorRound, ProjectorContext, ProjectorRound
from werkplaats.views import shorten

BOX_MARGIN = 2  # columns left and right of each code (see contact_round.tcss)
CAPTION = 1  # lines under a code
ABOVE = 4  # lines above the codes: the pair, what they ask and offer, a blank line
PANEL = 24  # columns at least for the words beside a code (the last resort of a low screen)
WHY_LIMIT = 140  # characters of an ask or offer beside a code: a few lines of the narrow panel
TURN_SECONDS = 8  # the projector shows one code at a time for this long
MAX_SCALE = 3  # a module is at most 3 columns wide on a very big screen


@lru_cache(maxsize=64)
def cached_matrix(payload: str) -> QRMatrix:
    return qr_matrix(payload)


@lru_cache(maxsize=64)
def cached_screen_matrix(payload: str) -> QRMatrix:
    return screen_matrix(payload)


@dataclass(frozen=True)
class CodeView:
    """How a pair's codes fit: which sides (0 asker, 1 helper), full or compact, how big.

    A compact code is the card without its note at error correction L; ``beside`` puts the
    words to the right of the one code instead of above it, so the code has every line.
    """

    sides: tuple[int, ...]
    compact: bool
    scale: int = 1  # terminal columns (and half lines) per module
    quiet: int = QUIET_ZONE  # light modules around the code
    beside: bool = False


def payload(side: CardSide, compact: bool) -> str:
    text = side.compact_vcard if compact else side.vcard
    assert text is not None
    return text


def code_matrix(side: CardSide, compact: bool) -> QRMatrix:
    """The full card as printed (M), or the compact one at L: only ever seen on a screen."""
    if compact:
        return cached_screen_matrix(payload(side, compact))
    return cached_matrix(payload(side, compact))


def needed_size(card: PairCard, view: CodeView) -> tuple[int, int]:
    """(columns, lines) ``view`` takes with its words; one code at a time needs room for
    the larger of the two, so that switching with W always works."""
    sizes = [text_size(code_matrix(side, view.compact), view.quiet, view.scale)
             for side in card.sides()]
    if len(view.sides) == 2:
        width = sum(w + 2 * BOX_MARGIN for w, _ in sizes)
    else:
        width = max(w for w, _ in sizes) + 2 * BOX_MARGIN
    height = max(h for _, h in sizes)
    if view.beside:
        return (width + PANEL, height)
    return (width, ABOVE + height + CAPTION)


def views_to_try(side: int) -> list[CodeView]:
    """From the most to the least generous, each at scale 1 (``choose_view`` scales up):
    both codes (full, then compact), one code (full, then compact), then the compact code
    with its words beside it, its quiet zone narrowed step by step to SCREEN_QUIET."""
    views = [CodeView(sides, compact) for sides in ((0, 1), (side,)) for compact in (False, True)]
    views += [CodeView((side,), True, quiet=quiet, beside=True)
              for quiet in range(QUIET_ZONE, SCREEN_QUIET - 1, -1)]
    return views


def choose_view(card: PairCard, width: int, height: int, side: int) -> CodeView | None:
    """The first of ``views_to_try`` that fits ``width`` × ``height`` cells, or None.

    Each at the largest scale (up to MAX_SCALE) that fits. One code at a time shows ``side``.
    """
    for view in views_to_try(side):
        for scale in range(MAX_SCALE, 0, -1):
            scaled = replace(view, scale=scale)
            needed_width, needed_height = needed_size(card, scaled)
            if needed_width <= width and needed_height <= height:
                return scaled
    return None


def smallest_size(card: PairCard) -> tuple[int, int]:
    """(columns, lines) the last resort of ``views_to_try`` needs: what a window must give."""
    return needed_size(card, views_to_try(1)[-1])


class ContactStage:
    """What both screens share: the pair's names and texts, the codes or the fallback."""

    context: ProjectorContext
    full_names: ClassVar[bool] = True
    shown_side = 1  # which code shows when only one fits: 1 the helper's (the asker scans first)

    def compose(self) -> ComposeResult:
        yield Static(id="contact-head")
        yield Static(id="contact-ask", classes="contact-why")
        yield Static(id="contact-offer", classes="contact-why")
        with Horizontal(id="contact-codes"):
            for n in (0, 1):
                with Vertical(id=f"code-box-{n}", classes="code-box"):
                    yield Static(id=f"code-{n}", classes="qr")
                    yield Static(id=f"caption-{n}", classes="qr-caption")
        yield Static(id="contact-message")

    def current_card(self) -> PairCard | None:
        session = self.context.session
        return pair_card_at(session, session.round.contact_pair, language=self.context.language)

    def codes_allowed(self) -> bool:
        """The laptop always shows the codes; the projector only when the facilitator said so."""
        return True

    def person_name(self, side: CardSide) -> str:
        return side.name if self.full_names else side.first_name

    def show_pair(self) -> None:
        """Show the current pair in the space there is (no codes: the names stand out)."""
        if not self.is_mounted:  # type: ignore[attr-defined]
            return
        self._show_pair()
        codes = self.query_one("#contact-codes")  # type: ignore[attr-defined]
        self.set_class(not codes.display, "-no-codes")  # type: ignore[attr-defined]
        if not codes.display:
            self.set_class(False, "-beside")  # type: ignore[attr-defined]

    def _show_pair(self) -> None:
        _ = self.context.t
        query = self.query_one  # type: ignore[attr-defined]
        card = self.current_card()
        head = query("#contact-head", Static)
        ask, offer = query("#contact-ask", Static), query("#contact-offer", Static)
        codes, message = query("#contact-codes"), query("#contact-message", Static)
        if card is None:
            head.update(_("contact.no_pairs_round"))
            ask.update("")
            offer.update("")
            codes.display, message.display = False, False
            return
        total = len(self.context.session.confirmed_pairs())
        asker, helper = self.person_name(card.asker), self.person_name(card.helper)
        head.update(Text.assemble(
            (_("contact.pair_number", number=card.number, total=total) + "  ", "dim"),
            (f"{asker} ↔ {helper}", "bold"),
        ))
        for widget, who, verb, text in ((ask, asker, "contact.asks", card.asker.text),
                                        (offer, helper, "contact.offers", card.helper.text)):
            line = Text.assemble((who, "bold"), f" {_(verb)}: {' '.join(text.split())}")
            line.no_wrap, line.overflow = True, "ellipsis"
            widget.update(line)
        if not card.has_codes:
            codes.display, message.display = False, True
            message.set_class(True, "-fallback")
            message.update(card.fallback or "")
            return
        if not self.codes_allowed():
            codes.display, message.display = False, True
            message.set_class(False, "-fallback")
            message.update(_("contact.codes_on_laptop"))
            return
        room = self.content_size  # type: ignore[attr-defined]
        view = choose_view(card, room.width, room.height, self.shown_side)
        if view is None:
            app_size = self.app.size  # type: ignore[attr-defined]
            width, height = smallest_size(card)
            width += max(0, app_size.width - room.width)
            height += max(0, app_size.height - room.height)
            codes.display, message.display = False, True
            message.set_class(False, "-fallback")
            message.update(_("contact.too_small", width=width, height=height))
            return
        codes.display, message.display = True, False
        self.set_class(view.beside, "-beside")  # type: ignore[attr-defined]
        for n in (0, 1):
            box = query(f"#code-box-{n}")
            box.display = n < len(view.sides)
            if n >= len(view.sides):
                continue
            side = card.sides()[view.sides[n]]
            other = card.sides()[1 - view.sides[n]]
            lines = half_block_lines(code_matrix(side, view.compact), view.quiet, view.scale)
            query(f"#code-{n}", Static).update(Text("\n".join(lines), no_wrap=True,
                                                    overflow="crop"))
            caption: str | Text = (
                _("contact.code_of", name=self.person_name(side)) if len(view.sides) == 2
                else _("contact.scan_turn", scanner=self.person_name(other),
                       owner=self.person_name(side)))
            if view.beside:
                caption = self.words_beside(card, str(caption), total)
            query(f"#caption-{n}", Static).update(caption)

    def words_beside(self, card: PairCard, scan_turn: str, total: int) -> Text:
        """Whose code it is first, then what the head and the lines above would have said."""
        _ = self.context.t
        lines: list[str | tuple[str, str]] = [
            (scan_turn, "bold"), "\n\n",
            (_("contact.pair_number", number=card.number, total=total), "dim"),
        ]
        for side, verb in ((card.asker, "contact.asks"), (card.helper, "contact.offers")):
            lines += ["\n", (self.person_name(side), "bold"),
                      f" {_(verb)}: {shorten(side.text, WHY_LIMIT)}"]
        return Text.assemble(*lines)


class ContactRound(ContactStage, FacilitatorRound):
    """The facilitator's contact round: the laptop turned towards the pair."""

    can_focus = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n,right,pagedown", "next_pair", "contact.key_next", id="contact.next",
                tooltip="contact.tip_next", key_display="N"),
        Binding("p,left,pageup", "previous_pair", "contact.key_previous",
                id="contact.previous", tooltip="contact.tip_previous", key_display="P"),
        Binding("w", "switch_code", "contact.key_switch", id="contact.switch",
                tooltip="contact.tip_switch"),
        Binding("b", "toggle_projector_codes", "contact.key_projector",
                id="contact.projector_codes", tooltip="contact.tip_projector"),
    ]

    def on_mount(self) -> None:
        self.show_pair()

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_pair)

    def session_changed(self) -> None:
        self.show_pair()

    def focus_first(self) -> None:
        self.focus()

    def _move(self, step: int) -> None:
        session = self.context.session
        total = len(session.confirmed_pairs())
        if not total:
            return
        here = max(0, min(session.round.contact_pair, total - 1))
        there = here + step
        if not 0 <= there < total:
            self.notify(self.context.t("contact.last_pair" if step > 0 else "contact.first_pair"))
            return

        def move(changed: Session) -> bool:
            changed.round.contact_pair = there
            return True

        label = self.context.t("contact.pair_number", number=there + 1, total=total)
        if self.perform(lambda editor: editor.apply(label, move, undoable=False)):
            self.shown_side = 1  # a new pair starts with the helper's code

    def action_next_pair(self) -> None:
        self._move(+1)

    def action_previous_pair(self) -> None:
        self._move(-1)

    def action_toggle_projector_codes(self) -> None:
        def toggle(changed: Session) -> bool:
            changed.round.codes_on_projector = not changed.round.codes_on_projector
            return changed.round.codes_on_projector

        shown = self.perform(lambda editor: editor.apply(
            self.context.t("contact.key_projector"), toggle, undoable=False))
        if shown is not None:
            self.notify(self.context.t("contact.projector_on" if shown
                                       else "contact.projector_off"))

    def action_switch_code(self) -> None:
        self.shown_side = 1 - self.shown_side
        self.show_pair()


class ContactProjector(ContactStage, ProjectorRound):
    """The same pair big on the projector: first names, the codes, or the fallback."""

    full_names: ClassVar[bool] = False

    def codes_allowed(self) -> bool:
        return self.context.session.round.codes_on_projector

    def on_mount(self) -> None:
        self.shown_side = self._turn(self.context.clock())
        self.show_pair()

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_pair)

    def session_changed(self) -> None:
        self.show_pair()

    def clock_tick(self, now: float) -> None:
        side = self._turn(now)
        if side != self.shown_side:
            self.shown_side = side
            self.show_pair()

    @staticmethod
    def _turn(now: float) -> int:
        return 1 - int(now // TURN_SECONDS) % 2
