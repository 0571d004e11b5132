"""The extension point for rounds: how a round of the plan gets its screens.

Every round kind of a plan (``intro``, ``pairing``, ``contact``, ``tips``) has two widgets:

* a **facilitator widget** (subclass of :class:`FacilitatorRound`) shown in ``werkplaats open``,
* a **projector widget** (subclass of :class:`ProjectorRound`) shown in ``werkplaats projector``.

They live in ``werkplaats/tui/<kind>_round.py`` as ``<Kind>Round`` and ``<Kind>Projector``
(``contact_round.ContactRound`` / ``ContactProjector``, ``tips_round.TipsRound`` /
``TipsProjector``; ``intro_round`` and ``pairing_round`` are worked examples). The modules are
imported defensively by :func:`round_widgets`: when one is missing or fails to import, the app
shows a calm placeholder for that round and everything else keeps working.

How a round widget works
------------------------
Constructor: ``Widget(context)`` where ``context`` is a :class:`RoundContext` (facilitator) or
:class:`ProjectorContext` (projector). Both give you:

* ``context.session`` - the current :class:`werkplaats.model.Session` (always read it through the
  context: after a failed save the store replaces the object, so do not keep your own reference);
* ``context.round`` - the :class:`werkplaats.plans.Round` (title, prompt, minutes...);
* ``context.index`` - the round's position in the plan;
* ``context.language`` and ``context.t("area.key", **fields)`` - words from the catalogs
  (keep your own words in ``werkplaats/words/<area>.toml``);
* ``context.clock()`` - seconds since the epoch; injected so tests and snapshots are stable.

Facilitator widgets change the session **only** through ``self.perform(action)``, where
``action`` takes the :class:`werkplaats.editing.SessionEditor` and calls one of its methods
(``editor.confirm_pair(...)``) or, for round-specific changes, the generic
``editor.apply(label, change)`` with ``change(session)`` editing the session in place. Each call
is saved durably at once; ``perform`` returns the action's result, or ``None`` when the save
failed - then a notification was shown and the widget should keep what the person typed.
After every successful action (and after undo) the app calls ``session_changed()`` on the
visible round widget: re-read ``context.session`` and repaint there. Text that is typed but not
yet saved must be saved in ``flush()`` (the app calls it before undo, a round move or quitting);
``focus_first()`` puts the focus where the facilitator starts when the round is shown.

The projector never writes. It polls the session file a few times per second and calls
``session_changed()`` on its round widget when the file changed. Show first names
(``Participant.first_name``) and ask/offer texts only - no intros, contact details or surnames.

Both kinds get ``clock_tick(now)`` once a second (for countdowns); the default does nothing.

A bug in a round widget must not close the app in front of a room: the base classes wrap the
``on_*`` and ``action_*`` handlers and the hooks above (see :mod:`werkplaats.tui.guard`), so an
unexpected exception becomes a notification and a log entry. Wrap your own ``push_screen``
callbacks and timers with :func:`werkplaats.tui.guard.guard_callback` for the same protection.
Errors a person can act on are still yours to handle with your own words.

Bindings: a round widget may declare ``BINDINGS`` with ids ``"<kind>.<action>"`` and a short
description; they appear in the footer, in the help screen (F1) and in the command palette
(ctrl+p). The app keeps these keys for itself: ``f1``, ``?``, ``ctrl+p``, ``ctrl+q``,
``ctrl+z`` (undo), ``f9`` (rounds menu), ``ctrl+pageup`` / ``ctrl+pagedown`` (previous / next
round), ``escape``. Plain letters reach a round widget only while the focus is not in a text
field; bindings meant to work while typing should use function keys or ctrl+letter.

Tables: Textual's ``DataTable`` widens an auto-width column to its longest cell but never narrows
it again, so after the window shrinks the last columns slide out of view. Give a round's tables
fixed column widths with :func:`share_width` and :func:`fit_columns` in ``session_changed``
(which ``on_resize`` calls) and cut the cells to those widths with :func:`clip`.

Styles go in ``werkplaats/tui/<kind>_round.tcss`` (both apps read it when a round of that
kind is first shown, see :mod:`werkplaats.tui.styles`); scope them by your widget's type or
id (``ContactRound #qr {...}``) and use theme variables (``$primary``, ``$warning``...), no
literal colours. The projector runs a high-contrast theme with big text: keep its widgets sparse.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from rich.cells import cell_len, set_cell_size
from rich.markup import escape
from textual.message import Message
from textual.widget import Widget
from textual.widgets import DataTable, Static
from textual.widgets.data_table import ColumnKey

from werkplaats.errors import WerkplaatsError
from werkplaats.i18n import t as translate
from werkplaats.model import Session
from werkplaats.plans import Round
from werkplaats.tui.guard import Guarded
from werkplaats.views import shorten

if TYPE_CHECKING:
    from werkplaats.editing import SessionEditor

T = TypeVar("T")


@dataclass
class ProjectorContext:
    """What a projector widget may read: the session as last loaded, never written."""

    get_session: Callable[[], Session]
    round: Round
    index: int
    language: str
    clock: Callable[[], float]

    @property
    def session(self) -> Session:
        return self.get_session()

    def t(self, key: str, /, **values: Any) -> str:
        return translate(key, self.language, **values)


@dataclass
class RoundContext(ProjectorContext):
    """What a facilitator widget gets: the projector's view plus the session editor."""

    editor: SessionEditor | None = None


class SessionChanged(Message):
    """Posted after an action was saved; the app refreshes the visible round widget."""


class FacilitatorRound(Guarded, Widget):
    """Base class of the facilitator's widget for one round (see the module docstring)."""

    def __init__(self, context: RoundContext, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="round")
        self.context = context

    def perform(self, action: Callable[[SessionEditor], T]) -> T | None:
        """Run ``action(editor)``; saved durably. ``None`` (and a notification) if it failed."""
        assert self.context.editor is not None
        try:
            result = action(self.context.editor)
        except WerkplaatsError as exc:
            self.notify(
                f"{exc}. {self.context.t('app.save_failed_hint')}",
                title=self.context.t("app.save_failed"),
                severity="error",
                timeout=12,
            )
            return None
        self.post_message(SessionChanged())
        return result

    def session_changed(self) -> None:
        """The session changed (an action, undo, a round move): repaint from the context."""

    def on_resize(self) -> None:
        # Rounds lay out for their width; a hidden round repaints when it is shown again.
        if self.display:
            self.session_changed()

    def clock_tick(self, now: float) -> None:
        """Called once a second with the injected clock's time."""

    def flush(self) -> bool:
        """Save anything typed but not saved yet; False if that failed (keep the text then).

        The app calls this before undo, a round move and quitting.
        """
        return True

    def selected_person(self) -> str | None:
        """The id of the person the facilitator points at (offered when forgetting someone).

        None unless this round really has someone selected: forgetting cannot be undone, so
        the dialog must never be pre-filled with a person nobody chose."""
        return None

    def focus_first(self) -> None:
        """Put the focus where the facilitator starts in this round (called when shown)."""
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus()
                return


class ProjectorRound(Guarded, Widget):
    """Base class of the projector's (read-only) widget for one round."""

    def __init__(self, context: ProjectorContext, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="round")
        self.context = context

    def session_changed(self) -> None:
        """The session file changed: repaint from ``self.context.session``."""

    def on_resize(self) -> None:
        if self.display:
            self.session_changed()

    def clock_tick(self, now: float) -> None:
        """Called once a second with the injected clock's time."""


def table_room(table: DataTable[Any]) -> int:
    """The cells a table's columns may fill, padding included, with room kept for a vertical
    scrollbar: rows added later must not push the last column out of view."""
    width = table.content_size.width or table.app.size.width
    return max(0, width - table.styles.scrollbar_size_vertical)


def share_width(room: int, fixed: Mapping[str, int], shares: Mapping[str, int], *,
                padding: int = 1, least: int = 4) -> dict[str, int]:
    """Column widths (without cell padding) for a table ``room`` cells wide.

    The ``fixed`` columns get their width; the ``shares`` columns split what is left in
    proportion to their share, each at least ``least``. Rounding leftovers go to the
    columns with the biggest shares, so the columns fill the room exactly when they fit.
    """
    widths = dict(fixed)
    left = room - sum(fixed.values()) - 2 * padding * (len(fixed) + len(shares))
    total = sum(shares.values()) or 1
    wanted = {key: max(least, left * share // total) for key, share in shares.items()}
    spare = left - sum(wanted.values())
    for key in sorted(shares, key=lambda k: -shares[k]):
        if spare <= 0:
            break
        wanted[key] += 1
        spare -= 1
    widths.update(wanted)
    return widths


def clip(text: str, width: int) -> str:
    """``text`` on one line of at most ``width`` cells, cut with "…" when longer.

    Cut after a whole word when that keeps most of the line; otherwise inside the long word,
    which says more in a narrow column than a lone first word ("Mijn thermos…", not "Mijn…").
    """
    text = " ".join(text.split())
    if cell_len(text) <= width:
        return text
    at_word = shorten(text, width)
    if width * 2 // 3 <= cell_len(at_word) <= width:
        return at_word
    return set_cell_size(text, max(0, width - 1)).rstrip() + "…"


def fit_columns(table: DataTable[Any], widths: Mapping[str, int]) -> None:
    """Give the table's columns these widths; they stay until the next call.

    Call it before ``table.clear()`` and adding the rows again: clearing makes the table
    measure its columns anew, so the new widths show in the same repaint."""
    for key, width in widths.items():
        column = table.columns[ColumnKey(key)]
        column.auto_width = False
        column.width = max(1, width)


@dataclass(frozen=True)
class RoundWidgets:
    facilitator: type[FacilitatorRound] | None
    projector: type[ProjectorRound] | None
    problem: str = ""


ROUND_MODULES: dict[str, tuple[str, str, str]] = {
    "intro": ("werkplaats.tui.intro_round", "IntroRound", "IntroProjector"),
    "pairing": ("werkplaats.tui.pairing_round", "PairingRound", "PairingProjector"),
    "contact": ("werkplaats.tui.contact_round", "ContactRound", "ContactProjector"),
    "tips": ("werkplaats.tui.tips_round", "TipsRound", "TipsProjector"),
}


def round_widgets(kind: str) -> RoundWidgets:
    """The widget classes for a round kind; missing pieces come back as None with a reason."""
    if kind not in ROUND_MODULES:
        return RoundWidgets(None, None, f"unknown round kind {kind!r}")
    module_name, facilitator_name, projector_name = ROUND_MODULES[kind]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            return RoundWidgets(None, None, f"{module_name}: {exc}")
        return RoundWidgets(None, None, "")
    except Exception as exc:  # a half-written module of a colleague must not stop the app
        return RoundWidgets(None, None, f"{module_name}: {exc!r}")
    facilitator = getattr(module, facilitator_name, None)
    projector = getattr(module, projector_name, None)
    return RoundWidgets(facilitator, projector)


class RoundPlaceholder(Static):
    """Shown calmly where a round has no widget (yet)."""

    def __init__(self, context: ProjectorContext, problem: str = "") -> None:
        text = context.t("app.round_later", title=context.round.title_in(context.language))
        if problem:
            text += f"\n\n[dim]{escape(problem)}[/dim]"
        super().__init__(text, classes="round placeholder")
        self.context = context

    def session_changed(self) -> None:
        pass

    def clock_tick(self, now: float) -> None:
        pass
