"""A QR code as plain text for a terminal: half blocks, two module rows per text line.

Each character is one module wide and two modules high, so on a terminal whose cells are
about twice as high as wide every module comes out square (``scale`` makes each module
``scale`` columns wide and ``scale`` half-lines high, for a big screen). The characters
draw the DARK modules (``▀`` top, ``▄`` bottom, ``█`` both, space neither): show the text
dark-on-light (black foreground on a white background); the quiet zone is part of the text.

``screen_matrix`` is the smaller code for a screen that is short of room: error correction L,
because a sharp, flat screen has no stains or creases to correct. A screen may also narrow
the quiet zone to ``SCREEN_QUIET`` modules. Printed codes and ``werkplaats qr`` files keep
``qr.qr_matrix`` and the full quiet zone.
"""

from __future__ import annotations

from werkplaats.contact.qr import QUIET_ZONE, PayloadTooLarge, QRMatrix

# Half the specification's four modules. zxing-cpp still reads the rendered screen with one
# module, even with a dark terminal background right around it; two keep a margin for phone
# cameras, which are stricter about a light border than zxing is.
SCREEN_QUIET = 2

_HALF_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def screen_matrix(payload: str) -> QRMatrix:
    """``payload`` at error correction L (7 %): the smallest code, for a screen only."""
    from qrcode.constants import ERROR_CORRECT_L
    from qrcode.exceptions import DataOverflowError

    from werkplaats.contact.masking import encode_matrix

    data = payload.encode("utf-8")
    try:
        modules, version = encode_matrix(data, ERROR_CORRECT_L)
    except (DataOverflowError, ValueError) as error:
        raise PayloadTooLarge(f"{len(data)} bytes do not fit in a QR code") from error
    return QRMatrix(tuple(tuple(row) for row in modules), version)


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
