"""A QR code as plain text for a terminal: half blocks, two module rows per text line.

Each character is one module wide and two modules high, so on a terminal whose cells are
about twice as high as wide every module comes out square (``scale`` makes each module
``scale`` columns wide and ``scale`` half-lines high, for a big screen). The characters
draw the DARK modules (``▀`` top, ``▄`` bottom, ``█`` both, space neither): show the text
dark-on-light (black foreground on a white background); the quiet zone is part of the text.
"""

from __future__ import annotations

from werkplaats.contact.qr import QUIET_ZONE, QRMatrix

_HALF_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def half_block_lines(matrix: QRMatrix, quiet: int = QUIET_ZONE, scale: int = 1) -> list[str]:
    """The code as text lines of equal width, quiet zone included (dark = block)."""
    rows = [
        [dark for dark in row for _ in range(scale)]
        for row in matrix.with_quiet_zone(quiet)
        for _ in range(scale)
    ]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return [
        "".join(_HALF_BLOCKS[top, bottom] for top, bottom in zip(upper, lower, strict=True))
        for upper, lower in zip(rows[0::2], rows[1::2], strict=True)
    ]


def half_block_text(matrix: QRMatrix, quiet: int = QUIET_ZONE, scale: int = 1) -> str:
    """``half_block_lines`` joined with newlines."""
    return "\n".join(half_block_lines(matrix, quiet, scale))


def text_size(matrix: QRMatrix, quiet: int = QUIET_ZONE, scale: int = 1) -> tuple[int, int]:
    """(columns, lines) the text rendering takes."""
    width = (matrix.size + 2 * quiet) * scale
    return (width, (width + 1) // 2)
