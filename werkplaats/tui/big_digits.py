"""Textual's ``Digits``, stretched: a countdown readable from the back of a hall.

:class:`BigDigits` draws the same 3×3 box-drawing glyphs as :class:`textual.widgets.Digits`
and stretches them ``scale`` times: every line that runs on to the right (``━``) or down
(``┃``) is drawn longer, so ``0:43`` at scale 3 is 7 lines high and 3 times as wide.
At scale 1 it is exactly ``Digits``.
"""

from __future__ import annotations

from typing import cast

from rich.align import Align, AlignMethod
from rich.text import Text
from textual.app import RenderResult
from textual.geometry import Size
from textual.renderables.digits import DIGITS, DIGITS3X3, DIGITS3X3_BOLD
from textual.renderables.digits import Digits as Glyphs
from textual.widgets import Digits

RIGHT = frozenset("┏┗┣━╺╋┳┻╭╰├─╶┼┌└┬┴╪═")
DOWN = frozenset("┏┓┃┣┫╻┳╋╭╮│├┤╷┌┐┬┼╫")


def glyph_lines(value: str, bold: bool) -> list[str]:
    """The three lines ``Digits`` draws for ``value``."""
    font = DIGITS3X3_BOLD if bold else DIGITS3X3
    rows: list[list[str]] = [[], [], []]
    for character in value.translate(Glyphs.REPLACEMENTS):
        try:
            position = DIGITS.index(character) * 3
        except ValueError:
            pieces = [" ", " ", character]
        else:
            pieces = [font[position + n].ljust(3) for n in range(3)]
        for row, piece in zip(rows, pieces, strict=True):
            row.append(piece)
    return ["".join(row) for row in rows]


def stretch(lines: list[str], scale: int, bold: bool) -> list[str]:
    """``lines`` of box-drawing glyphs, ``scale`` times as wide and (nearly) as high."""
    if scale <= 1:
        return lines
    across, down = ("━", "┃") if bold else ("─", "│")
    width = max(len(line) for line in lines)
    lines = [line.ljust(width) for line in lines]
    tall: list[str] = []
    for n, line in enumerate(lines):
        tall.append(line)
        if n < len(lines) - 1:
            filler = "".join(down if c in DOWN else " " for c in line)
            tall.extend([filler] * (scale - 1))
    return ["".join(c + (across if c in RIGHT else " ") * (scale - 1) for c in line)
            for line in tall]


class BigDigits(Digits):
    """``Digits`` drawn ``scale`` times bigger (set ``scale`` and the widget re-lays out)."""

    def __init__(self, value: str = "", *, scale: int = 1, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(value, id=id, classes=classes)
        self._scale = max(1, scale)

    @property
    def scale(self) -> int:
        return self._scale

    @scale.setter
    def scale(self, scale: int) -> None:
        scale = max(1, scale)
        if scale != self._scale:
            self._scale = scale
            self.refresh(layout=True)

    def _lines(self) -> list[str]:
        bold = self.rich_style.bold is True
        return stretch(glyph_lines(self.value, bold), self._scale, bold)

    def render(self) -> RenderResult:
        style = self.rich_style
        text = Text("\n".join(self._lines()), style=style, no_wrap=True, end="")
        align = self.styles.text_align
        method = "left" if align not in {"left", "center", "right"} else align
        return Align(text, cast(AlignMethod, method), style)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return max((len(line) for line in self._lines()), default=0)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return 3 + 2 * (self._scale - 1)
