"""The intro round's speaker queue: one fixed-height line per person, cheap at 300 people.

A :class:`~textual.widgets.DataTable` with one column and a row cursor: its rows are one line
high, so a long queue costs nothing to lay out (an ``OptionList`` measures every option's
wrapped height first). Home/End go to the first/last person, Enter picks the highlighted one.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from werkplaats.model import Participant


class SpeakerQueue(DataTable[Text]):
    """Who is waiting to speak (▶ the speaker), then who has spoken (✓, dimmed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("home", "scroll_top", "Top", show=False),
        Binding("end", "scroll_bottom", "Bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", show_header=False, zebra_stripes=False,
                         cell_padding=1)

    def on_mount(self) -> None:
        self.add_column("name", key="name")

    @property
    def highlighted_id(self) -> str | None:
        """The id of the highlighted person, or None for an empty queue."""
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key((self.cursor_row, 0)).row_key.value

    def show(self, waiting: list[Participant], spoken: list[Participant],
             speaker: str | None) -> None:
        """Fill the list, keeping the highlight on the same person where they are still there."""
        keep = self.highlighted_id
        self.clear()
        rows = [(Text(f"{'▶' if p.id == speaker else ' '} {p.name}", no_wrap=True,
                      overflow="ellipsis"), p.id) for p in waiting]
        rows += [(Text(f"✓ {p.name}", style="dim", no_wrap=True, overflow="ellipsis"), p.id)
                 for p in spoken]
        for cell, key in rows:
            self.add_row(cell, key=key)
        if not rows:
            return
        ids = [key for _, key in rows]
        self.move_cursor(row=ids.index(keep) if keep in ids else 0, animate=False)
