"""QR codes of vCards: the module matrix (with ``qrcode``), PNG bytes and SVG text.

The matrix never includes the quiet zone; every renderer here (and ``terminal``) adds the
four light modules a scanner needs around the code. Payloads go in as UTF-8 bytes in one
byte segment, without ECI, which is what phone cameras read best.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from werkplaats.errors import WerkplaatsError

QUIET_ZONE = 4  # modules of light border a scanner needs, per the QR specification


class PayloadTooLarge(WerkplaatsError):
    """The text does not fit in the largest QR code."""


@dataclass(frozen=True)
class QRMatrix:
    """The dark (True) and light (False) modules of one QR code, quiet zone excluded."""

    rows: tuple[tuple[bool, ...], ...]
    version: int

    @property
    def size(self) -> int:
        return len(self.rows)

    def with_quiet_zone(self, quiet: int = QUIET_ZONE) -> list[list[bool]]:
        """The rows with ``quiet`` light modules added on every side."""
        width = self.size + 2 * quiet
        blank = [False] * width
        padded = [list(blank) for _ in range(quiet)]
        padded += [[False] * quiet + list(row) + [False] * quiet for row in self.rows]
        padded += [list(blank) for _ in range(quiet)]
        return padded


def qr_matrix(payload: str) -> QRMatrix:
    """Encode ``payload`` with error correction M (15 %), or L when M does not fit.

    The modules are exactly those of ``qrcode.make``; ``masking`` only makes it faster.
    """
    from qrcode.constants import ERROR_CORRECT_L, ERROR_CORRECT_M
    from qrcode.exceptions import DataOverflowError

    from werkplaats.contact.masking import encode_matrix

    data = payload.encode("utf-8")
    for level in (ERROR_CORRECT_M, ERROR_CORRECT_L):
        try:
            modules, version = encode_matrix(data, level)
        except (DataOverflowError, ValueError):
            continue
        return QRMatrix(tuple(tuple(row) for row in modules), version)
    raise PayloadTooLarge(f"{len(data)} bytes do not fit in a QR code (at most 2953)")


def fits_in_qr(payload: str) -> bool:
    """True when ``payload`` can be encoded (at error correction L, the roomiest level)."""
    return len(payload.encode("utf-8")) <= 2953


def png_bytes(matrix: QRMatrix, scale: int = 8, quiet: int = QUIET_ZONE) -> bytes:
    """A black-on-white 1-bit PNG, ``scale`` pixels per module, quiet zone included."""
    import numpy as np
    from PIL import Image

    light = ~np.pad(np.array(matrix.rows, dtype=bool), quiet)
    pixels = light.repeat(scale, axis=0).repeat(scale, axis=1)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PNG")
    return out.getvalue()


def svg_path(matrix: QRMatrix, quiet: int = QUIET_ZONE) -> str:
    """The dark modules as one SVG path, row by row in horizontal runs."""
    import numpy as np

    dark = np.pad(np.array(matrix.rows, dtype=np.int8), ((0, 0), (1, 1)))
    steps = np.diff(dark, axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)  # row-major order: the n-th end closes the n-th run
    return "".join(
        f"M{x + quiet} {y + quiet}h{n}v1h-{n}z"
        for y, x, n in zip(rows.tolist(), starts.tolist(), (ends - starts).tolist(),
                           strict=True)
    )


def svg_text(matrix: QRMatrix, quiet: int = QUIET_ZONE, css_size: str | None = None) -> str:
    """A standalone SVG: a white square (quiet zone included) with black modules.

    The background is drawn, not left transparent, so the code scans on any page colour.
    ``css_size`` (``"45mm"``) sets width and height; without it the SVG scales to fit.
    """
    width = matrix.size + 2 * quiet
    size = f' width="{css_size}" height="{css_size}"' if css_size else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {width}"{size}'
        ' shape-rendering="crispEdges">'
        f'<rect width="{width}" height="{width}" fill="#fff"/>'
        f'<path fill="#000" d="{svg_path(matrix, quiet)}"/></svg>'
    )
