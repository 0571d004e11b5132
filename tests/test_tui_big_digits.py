"""BigDigits: Textual's digit glyphs stretched for the projector's countdown."""

from __future__ import annotations

from werkplaats.tui.big_digits import glyph_lines, stretch


def test_scale_one_is_textuals_digits() -> None:
    assert glyph_lines("0:43", bold=True) == stretch(glyph_lines("0:43", bold=True), 1, True)
    assert glyph_lines("0", bold=True) == ["┏━┓", "┃ ┃", "┗━┛"]


def test_a_stretched_zero_stays_a_closed_box() -> None:
    lines = stretch(glyph_lines("0", bold=True), 3, bold=True)
    assert len(lines) == 7 and {len(line) for line in lines} == {9}
    assert lines[0] == "┏━━━━━┓  "
    assert lines[-1] == "┗━━━━━┛  "
    for middle in lines[1:-1]:  # both sides run all the way down
        assert middle[0] == "┃" and middle[6] == "┃"


def test_a_colon_stays_in_the_middle_line() -> None:
    lines = stretch(glyph_lines(":", bold=True), 2, bold=True)
    assert [n for n, line in enumerate(lines) if ":" in line] == [2]
