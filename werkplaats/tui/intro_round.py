"""The intro round: a speaker queue, the speaker's card, a countdown, walk-ins and the nudge.

The facilitator types what the speaker says into the card (intro, one ask per line, one offer
per line). The card is saved a moment after typing stops, before every other action, and on
leaving the round; a failed save leaves the text in place and says so. Email, phone and consent
go through a small dialog (F2, and with a walk-in's name on Ctrl+N): the 80x24 card has no
room for four more fields, so it shows one line of what they mean (QR code? mail?). The
projector shows who speaks, a big countdown and the speaker's asks and offers as they are
typed - never an email or a phone number.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.timer import Timer
from textual.widgets import Digits, Label, Static, TextArea

from werkplaats.model import Participant
from werkplaats.nudge import nudge_for
from werkplaats.tui.big_digits import BigDigits
from werkplaats.tui.contact_card import (
    ContactDialog,
    ContactForm,
    contact_summary,
    form_notice,
    store_contact,
)
from werkplaats.tui.guard import guard_callback
from werkplaats.tui.rounds import (
    FacilitatorRound,
    ProjectorRound,
    fit_columns,
    share_width,
    table_room,
)
from werkplaats.tui.speaker_queue import SpeakerQueue
from werkplaats.views import format_seconds, speaker_queue, timer_remaining

SAVE_AFTER_SECONDS = 0.8


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


class IntroRound(FacilitatorRound):
    """The facilitator's intro round."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f5", "toggle_timer", "app.key_timer", id="intro.timer", tooltip="app.tip_timer"),
        Binding("f4", "extend", "app.key_extend", id="intro.extend", tooltip="app.tip_extend"),
        Binding("f3", "skip", "app.key_skip", id="intro.skip", tooltip="app.tip_skip"),
        Binding("f8", "next_speaker", "app.key_next_speaker", id="intro.next",
                tooltip="app.tip_next_speaker"),
        Binding("ctrl+n", "walk_in", "app.key_walk_in", id="intro.walk_in", key_display="^N",
                tooltip="app.tip_walk_in"),
        # Not in the footer (it would push F1 past 80 columns): the card's contact line
        # names F2, and help and the palette list it. (F6 would not do: text fields use it.)
        Binding("f2", "contact", "app.key_contact", id="intro.contact",
                tooltip="app.tip_contact", show=False),
        # From a card field back to the speakers, without Shift+Tab through every field.
        Binding("escape", "to_queue", "app.key_to_queue", id="intro.to_queue",
                tooltip="app.tip_to_queue", show=False),
    ]

    card_pid: str | None = None
    _save_timer: Timer | None = None
    _want_card_focus = False

    def compose(self) -> ComposeResult:
        _ = self.context.t
        with Horizontal(id="intro-columns"):
            with Vertical(id="queue-pane"):
                yield Static(id="queue-title", classes="pane-title")
                yield SpeakerQueue(id="queue")
            with Vertical(id="card"):
                with Horizontal(id="card-head"):
                    yield Static(id="speaker-name")
                    yield Static(id="timer")
                yield Label(_("app.card_intro"), classes="field-label")
                yield TextArea(id="intro-text", soft_wrap=True, show_line_numbers=False,
                               placeholder=_("app.card_intro_placeholder"), disabled=True)
                yield Static(id="nudge")
                yield Label(_("app.card_asks"), classes="field-label")
                yield TextArea(id="asks-text", soft_wrap=True,
                               placeholder=_("app.card_asks_placeholder"), disabled=True)
                yield Label(_("app.card_offers"), classes="field-label")
                yield TextArea(id="offers-text", soft_wrap=True,
                               placeholder=_("app.card_offers_placeholder"), disabled=True)
                yield Static(id="card-contact")

    def on_mount(self) -> None:
        self.session_changed()

    def focus_first(self) -> None:
        target = "#intro-text" if self.card_pid is not None else "#queue"
        self.query_one(target).focus()

    def selected_person(self) -> str | None:
        queue = self.query_one("#queue", SpeakerQueue)
        if queue.has_focus and queue.highlighted_id is not None:
            return queue.highlighted_id
        return self.card_pid

    # -- painting --------------------------------------------------------------------------
    def session_changed(self) -> None:
        session = self.context.session
        _ = self.context.t
        queue = speaker_queue(session)
        spoken = [p for p in session.participants if p.id in session.round.spoken]
        speakers = self.query_one("#queue", SpeakerQueue)
        # one column as wide as the pane: a long name ends in "…" instead of being cut off
        fit_columns(speakers, share_width(table_room(speakers), {}, {"name": 1}))
        speakers.show(queue, spoken, session.round.speaker)
        self.query_one("#queue-title", Static).update(_("app.queue_title", waiting=len(queue)))
        speaker = self._speaker()
        self._load_card(speaker)
        self.clock_tick(self.context.clock())

    def _speaker(self) -> Participant | None:
        session = self.context.session
        pid = session.round.speaker
        if pid is None:
            return None
        try:
            return session.participant(pid)
        except Exception:
            return None

    def _load_card(self, person: Participant | None) -> None:
        _ = self.context.t
        fields = [self.query_one(f"#{name}-text", TextArea) for name in ("intro", "asks", "offers")]
        name = self.query_one("#speaker-name", Static)
        contact = self.query_one("#card-contact", Static)
        if person is None:
            self.card_pid = None
            name.update(_("app.no_speaker"))
            contact.update("")
            for field in fields:
                if not field.disabled:
                    field.disabled = True
                if field.text:
                    field.load_text("")
            return
        self.card_pid = person.id
        name.update(f"[b]{escape(person.name)}[/b]")
        contact.update(escape(contact_summary(person, self.context.language)))
        for field, value in zip(fields, (person.intro, "\n".join(person.asks),
                                         "\n".join(person.offers)), strict=True):
            if field.disabled:
                field.disabled = False
            if field.text.strip() != value.strip():
                field.load_text(value)
        self._show_nudge(person.intro)
        if self._want_card_focus:
            self._want_card_focus = False
            fields[0].focus()
            fields[0].move_cursor(fields[0].document.end)  # type along after what is there

    def _show_nudge(self, intro: str) -> None:
        verdict = nudge_for(intro)
        nudge = self.query_one("#nudge", Static)
        self.query_one("#intro-text").set_class(verdict.job_like, "-job")
        nudge.set_class(verdict.job_like, "-shown")
        nudge.update(self.context.t("app.nudge", words=escape(", ".join(verdict.words[:3])))
                     if verdict.job_like else "")

    def clock_tick(self, now: float) -> None:
        state = self.context.session.round
        timer = self.query_one("#timer", Static)
        if state.speaker is None:
            timer.update("")
            return
        remaining = timer_remaining(state, now)
        running = state.timer_running_since is not None
        timer.update(f"{'▶' if running else '⏸'} {format_seconds(remaining)}")
        timer.set_class(running, "-running")
        timer.set_class(remaining < 0, "-over")
        timer.set_class(0 <= remaining <= 10, "-low")

    # -- typing ------------------------------------------------------------------------------
    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # Tabbing into a field that holds text goes on where the text ends, so a new ask or
        # offer is never glued in front of the old ones.
        field = event.widget
        if isinstance(field, TextArea) and field.text:
            field.move_cursor(field.document.end)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "intro-text":
            self._show_nudge(event.text_area.text)
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_AFTER_SECONDS, guard_callback(self, self.flush))

    def flush(self) -> bool:
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        pid = self.card_pid
        if pid is None or not self.is_mounted:
            return True
        intro = self.query_one("#intro-text", TextArea).text
        asks = _lines(self.query_one("#asks-text", TextArea).text)
        offers = _lines(self.query_one("#offers-text", TextArea).text)
        person = self.context.session.participant(pid)
        if (intro.strip(), asks, offers) == (person.intro, person.asks, person.offers):
            return True
        done = self.perform(lambda e: e.set_card(pid, intro=intro, asks=asks, offers=offers))
        return done is not None

    # -- actions -----------------------------------------------------------------------------
    def on_data_table_row_selected(self, event: SpeakerQueue.RowSelected) -> None:
        event.stop()
        pid = event.row_key.value
        if pid is None or not self.flush():
            return
        if self.perform(lambda e: e.select_speaker(pid) or True) is not None:
            self._want_card_focus = True

    def action_toggle_timer(self) -> None:
        if self.flush() and self.perform(lambda e: e.toggle_timer() or True):
            self._focus_card()

    def _focus_card(self) -> None:
        """After choosing a speaker the facilitator types: the intro field gets the focus."""
        self._want_card_focus = self.query_one("#queue").has_focus

    def action_extend(self) -> None:
        if self.flush():
            self.perform(lambda e: e.extend_timer() or True)

    def action_skip(self) -> None:
        if self.flush():
            self.perform(lambda e: e.next_speaker(done=False) or True)

    def action_next_speaker(self) -> None:
        if not self.flush():
            return
        following = self.perform(lambda e: e.next_speaker(done=True) or "")
        if following:
            self._focus_card()
        elif following == "":
            self.notify(self.context.t("app.everyone_spoke"))

    def action_to_queue(self) -> None:
        if self.flush():
            self.query_one("#queue").focus()

    def action_walk_in(self) -> None:
        self._ask_contact(None, ContactForm("", "", "", False, False))

    def action_contact(self) -> None:
        if not self.flush():
            return
        pid = self.selected_person()
        if pid is None:
            self.notify(self.context.t("app.contact_nobody"))
            return
        self._ask_contact(pid, ContactForm.of(self.context.session.participant(pid)))

    def _ask_contact(self, pid: str | None, form: ContactForm) -> None:
        """The contact dialog for person ``pid`` (None: a walk-in), filled in with ``form``."""

        def answered(typed: ContactForm | None) -> None:
            if typed is None:
                return
            unsaved = self._save_contact(pid, typed)
            if unsaved is not None:  # what was typed comes back to be saved again, never lost
                self._ask_contact(unsaved or None, typed)

        dialog = ContactDialog(form, self.context.language, walk_in=pid is None)
        self.app.push_screen(dialog, guard_callback(self, answered))

    def _save_contact(self, pid: str | None, form: ContactForm) -> str | None:
        """Add the walk-in (``pid`` None) and store the details; None when all was saved.

        After a failed save: the person's id ("" if the walk-in was not added yet)."""
        if not self.flush():
            return pid or ""
        _ = self.context.t
        walk_in = pid is None
        if pid is None:
            added = self.perform(lambda e: e.add_walk_in(form.name))
            if added is None:
                return ""
            pid = added.id
            self.notify(_("app.walk_in_added", name=added.name))
        person = self.context.session.participant(pid)
        if form.differs_from(person):
            label = _("app.did_contact", name=person.first_name)
            change = store_contact(pid, form)
            if self.perform(lambda e: e.apply(label, change)) is None:
                return pid
            if not walk_in:
                self.notify(_("app.contact_saved", name=person.name))
        notice = form_notice(form, self.context.language)
        if notice:
            self.notify(notice, title=person.name, severity="warning", markup=False)
        return None


WIDE = 120  # columns from which the projector spreads out (see projector.tcss)


def spaced(name: str) -> str:
    """``JOËLLE`` → ``J O Ë L L E``: a name as a banner, readable from the back of a hall."""
    return " ".join(name.upper())


class IntroProjector(ProjectorRound):
    """Who speaks, a big countdown, what they ask and offer, and who comes next.

    On a wide screen the name is spelled out big, and the asks and offers stand in two
    framed boxes side by side; at 80 columns they are two lines under the countdown.
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="intro-stage"):
            yield Static(self.context.t("app.now_speaking"), id="now-label")
            yield Static(id="speaker-banner")
            yield BigDigits(id="countdown")
            with Horizontal(id="speaker-lines"):
                yield Static(id="speaker-asks", classes="speaker-line")
                yield Static(id="speaker-offers", classes="speaker-line")
            yield Static(id="up-next")

    def on_mount(self) -> None:
        self.session_changed()

    def session_changed(self) -> None:
        session = self.context.session
        _ = self.context.t
        wide = self.app.size.width >= WIDE
        countdown = self.query_one("#countdown", BigDigits)
        countdown.scale = 1 if not wide else 4 if self.app.size.height >= 40 else 2
        queue = speaker_queue(session)
        speaker = next((p for p in queue if p.id == session.round.speaker), None)
        banner = self.query_one("#speaker-banner", Static)
        asks = self.query_one("#speaker-asks", Static)
        offers = self.query_one("#speaker-offers", Static)
        if speaker is None:
            banner.update(_("app.projector_waiting"))
            for box in (asks, offers):
                box.update("")
                box.display = False
        else:
            banner.update(escape(spaced(speaker.first_name) if wide else speaker.first_name))
            for box, items, key, title in ((asks, speaker.asks, "app.projector_asks",
                                            "app.projector_asks_title"),
                                           (offers, speaker.offers, "app.projector_offers",
                                            "app.projector_offers_title")):
                box.display = bool(items)
                if wide:
                    box.border_title = _(title)
                    box.update("\n".join(f"• {escape(item)}" for item in items))
                else:
                    box.border_title = None
                    box.update(_(key, text=escape(" · ".join(items))))
        following = [p.first_name for p in queue if p.id != session.round.speaker][:4]
        self.query_one("#up-next", Static).update(
            _("app.up_next", names=escape(", ".join(following))) if following else ""
        )
        self.clock_tick(self.context.clock())

    def clock_tick(self, now: float) -> None:
        state = self.context.session.round
        digits = self.query_one("#countdown", Digits)
        if state.speaker is None:
            digits.update("")
            return
        remaining = timer_remaining(state, now)
        digits.update(format_seconds(remaining))
        digits.set_class(remaining < 0, "-over")
        digits.set_class(0 <= remaining <= 10, "-low")
