"""A QR code as plain text for a terminal: half blocks, two module rows per text line.

Each character is one module wide and two modules high, so on a terminal whose cells are
about twice as high as wide every module comes out square. The characters draw the DARK
modules (``▀`` top, ``▄`` bottom, ``█`` both, space neither): show the text dark-on-light
(black foreground on a white background) and the quiet zone is part of the text.
"""

from __future__ import annotations

from werkplaats.contact.qr import QUIET_ZONE, QRMatrix

_HALF_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def half_block_lines(matrix: QRMatrix, quiet: int = QUIET_ZONE) -> list[str]:
    """The code as text lines of equal width, quiet zone included (dark = block)."""
    rows = matrix.with_quiet_zone(quiet)
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return [
        "".join(_HALF_BLOCKS[top, bottom] for top, bottom in zip(upper, lower, strict=True))
        for upper, lower in zip(rows[0::2], rows[1::2], strict=True)
    ]


def half_block_text(matrix: QRMatrix, quiet: int = QUIET_ZONE) -> str:
    """``half_block_lines`` joined with newlines."""
    return "\n".join(half_block_lines(matrix, quiet))


def text_size(matrix: QRMatrix, quiet: int = QUIET_ZONE) -> tuple[int, int]:
    """(columns, lines) the text rendering takes."""
    width = matrix.size + 2 * quiet
    return (width, (width + 1) // 2)
