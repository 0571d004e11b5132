"""Fast QR encoding of one byte segment: ``qrcode``'s tables and rules, fewer Python loops.

``qrcode`` picks the best of eight mask patterns by building the whole symbol eight times
in pure Python and scoring each; with its bit-by-bit buffers and polynomial class that is
about 19 ms a code here, 6 s for a hall of 300 people. This module takes from ``qrcode``
its tables (versions, Reed–Solomon blocks and generator polynomials, function patterns,
format and version bits) and does the rest faster: codewords with integer arithmetic and a
log-table Reed–Solomon remainder, placement, masking and the penalty score (ISO 18004
§7.8.3, counted exactly as ``qrcode.util.lost_point`` does) on numpy arrays. The result is
the very matrix ``qrcode.make`` makes; the tests compare them module by module.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

Bools = NDArray[np.bool_]

# 1:1:3:1:1 finder-like pattern with four light modules after (or before) it.
_FINDER_LIKE = ((1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1))


@cache
def _masks(size: int) -> Bools:
    """The eight mask patterns of a ``size``×``size`` symbol, True where a module flips."""
    i, j = np.indices((size, size))
    return np.stack(
        [
            (i + j) % 2 == 0,
            i % 2 == 0,
            j % 3 == 0,
            (i + j) % 3 == 0,
            (i // 2 + j // 3) % 2 == 0,
            (i * j) % 2 + (i * j) % 3 == 0,
            ((i * j) % 2 + (i * j) % 3) % 2 == 0,
            ((i * j) % 3 + (i + j) % 2) % 2 == 0,
        ]
    )


@cache
def _layout(version: int, error_correction: int) -> tuple[Bools, Bools, tuple[Any, Any]]:
    """(function pattern modules, data area, data module positions in placement order)."""
    import qrcode

    code = qrcode.QRCode(version=version, error_correction=error_correction)
    code.modules_count = size = version * 4 + 17
    code.modules = [[None] * size for _ in range(size)]
    code.setup_position_probe_pattern(0, 0)
    code.setup_position_probe_pattern(size - 7, 0)
    code.setup_position_probe_pattern(0, size - 7)
    code.setup_position_adjust_pattern()
    code.setup_timing_pattern()
    code.setup_type_info(True, 0)  # reserve the format area (all light while scoring)
    if version >= 7:
        code.setup_type_number(True)
    data_area = np.array([[cell is None for cell in row] for row in code.modules])
    fixed = np.array([[bool(cell) for cell in row] for row in code.modules])
    # The zigzag of qrcode.QRCode.map_data: column pairs from the right, up and down.
    rows, cols = [], []
    row, step = size - 1, -1
    for col in range(size - 1, 0, -2):
        if col <= 6:
            col -= 1
        while True:
            for c in (col, col - 1):
                if data_area[row, c]:
                    rows.append(row)
                    cols.append(c)
            row += step
            if row < 0 or row >= size:
                row -= step
                step = -step
                break
    return fixed, data_area, (np.array(rows), np.array(cols))


def penalties(symbols: Bools) -> list[int]:
    """The mask penalty of each symbol in a stack (k×n×n), counted like qrcode's lost_point."""
    count, size = symbols.shape[0], symbols.shape[1]
    scores = np.zeros(count, dtype=np.int64)
    for grid in (symbols, symbols.transpose(0, 2, 1)):
        # N1: runs of five or more same-coloured modules in a row or column score len - 2.
        edges = np.ones((count, size, size + 1), dtype=bool)
        edges[:, :, 1:size] = grid[:, :, 1:] != grid[:, :, :-1]
        starts = np.flatnonzero(edges)
        lengths = np.diff(starts)
        long_runs = lengths >= 5
        owner = starts[:-1][long_runs] // (size * (size + 1))
        scores += np.bincount(owner, lengths[long_runs] - 2, minlength=count).astype(np.int64)
        # N3: 40 for every finder-like pattern in a row or column.
        width = size - 10
        for pattern in _FINDER_LIKE:
            hit = np.ones((count, size, width), dtype=bool)
            for offset, dark in enumerate(pattern):
                window = grid[:, :, offset : offset + width]
                hit &= window if dark else ~window
            scores += 40 * hit.sum(axis=(1, 2))
    # N2: 3 for every 2×2 block of one colour.
    corner = symbols[:, :-1, :-1]
    same = ((corner == symbols[:, 1:, :-1]) & (corner == symbols[:, :-1, 1:])
            & (corner == symbols[:, 1:, 1:]))
    scores += 3 * same.sum(axis=(1, 2))
    # N4: 10 for every 5 % the share of dark modules is away from half.
    darks = symbols.sum(axis=(1, 2))
    balance = [int(abs(float(int(d)) / (size**2) * 100 - 50) / 5) * 10 for d in darks]
    return [int(s) + b for s, b in zip(scores, balance, strict=True)]


def penalty(symbol: Bools) -> int:
    """The mask penalty of one symbol."""
    return penalties(symbol[np.newaxis])[0]


def _fit_version(length: int, error_correction: int) -> tuple[int, int]:
    """(smallest version, its data codeword count) for ``length`` bytes in byte mode."""
    from qrcode import base
    from qrcode.exceptions import DataOverflowError

    for version in range(1, 41):
        count_bits = 8 if version < 10 else 16
        capacity = sum(b.data_count for b in base.rs_blocks(version, error_correction))
        if 4 + count_bits + 8 * length <= 8 * capacity:
            return version, capacity
    raise DataOverflowError(f"{length} bytes do not fit in a QR code")


def _data_codewords(data: bytes, version: int, capacity: int) -> bytes:
    """Mode indicator, count, data, terminator and padding, as in qrcode.util.create_data."""
    count_bits = 8 if version < 10 else 16
    value = (((0b0100 << count_bits) | len(data)) << (8 * len(data))) | int.from_bytes(data)
    bits = 4 + count_bits + 8 * len(data)
    terminator = min(8 * capacity - bits, 4)
    value, bits = value << terminator, bits + terminator
    value, bits = value << (-bits % 8), bits + (-bits % 8)
    words = value.to_bytes(bits // 8, "big")
    padding = (b"\xec\x11" * capacity)[: capacity - len(words)]
    return words + padding


@cache
def _generator_logs(ec_count: int) -> tuple[int, ...]:
    from qrcode import LUT, base

    return tuple(base.LOG_TABLE[c] for c in LUT.rsPoly_LUT[ec_count][1:])


def _rs_remainder(block: bytes, ec_count: int) -> list[int]:
    """The Reed–Solomon error correction codewords of one block."""
    from qrcode.base import EXP_TABLE, LOG_TABLE

    generator = _generator_logs(ec_count)
    remainder = [0] * ec_count
    for byte in block:
        factor = byte ^ remainder[0]
        remainder = [*remainder[1:], 0]
        if factor:
            log = LOG_TABLE[factor]
            remainder = [r ^ EXP_TABLE[(log + g) % 255] for r, g in zip(remainder, generator,
                                                                          strict=True)]
    return remainder


def _codewords(data: bytes, version: int, capacity: int, error_correction: int) -> bytes:
    """Data and error correction codewords, interleaved block by block."""
    from qrcode import base

    words = _data_codewords(data, version, capacity)
    data_blocks, ec_blocks, offset = [], [], 0
    for block in base.rs_blocks(version, error_correction):
        chunk = words[offset : offset + block.data_count]
        offset += block.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_rs_remainder(chunk, block.total_count - block.data_count))
    out = bytearray()
    for blocks in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in blocks)):
            out.extend(b[i] for b in blocks if i < len(b))
    return bytes(out)


def encode_matrix(data: bytes, error_correction: int) -> tuple[list[list[bool]], int]:
    """(modules without quiet zone, version) of ``data`` in one byte segment.

    Raises ``qrcode.exceptions.DataOverflowError`` when it does not fit.
    """
    import qrcode

    version, capacity = _fit_version(len(data), error_correction)
    codewords = _codewords(data, version, capacity, error_correction)
    fixed, data_area, order = _layout(version, error_correction)
    bits = np.unpackbits(np.frombuffer(codewords, dtype=np.uint8)).astype(bool)
    placed = np.zeros(len(order[0]), dtype=bool)  # remainder bits are light
    placed[: min(len(bits), len(placed))] = bits[: len(placed)]
    unmasked = fixed.copy()
    unmasked[order] = placed
    masks = _masks(fixed.shape[0]) & data_area
    scores = penalties(unmasked ^ masks)
    best = int(np.argmin(scores))  # the first of equals, as qrcode does
    # qrcode writes the format (and version) bits of the chosen mask.
    code = qrcode.QRCode(version=version, error_correction=error_correction, border=0)
    code.modules_count = fixed.shape[0]
    code.modules = (unmasked ^ masks[best]).tolist()
    code.setup_type_info(False, best)
    if version >= 7:
        code.setup_type_number(False)
    return code.modules, version
