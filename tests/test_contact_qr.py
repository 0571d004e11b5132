"""The fast encoder gives exactly the matrix ``qrcode`` gives, and it scans."""

from __future__ import annotations

import io

import numpy as np
import pytest
import qrcode
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q
from qrcode.exceptions import DataOverflowError
from qrcode.util import MODE_8BIT_BYTE, QRData, lost_point

from werkplaats.contact.masking import encode_matrix, penalty
from werkplaats.contact.qr import png_bytes, qr_matrix

LEVELS = st.sampled_from([ERROR_CORRECT_L, ERROR_CORRECT_M, ERROR_CORRECT_Q, ERROR_CORRECT_H])


def reference(data: bytes, level: int) -> qrcode.QRCode:
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(QRData(data, mode=MODE_8BIT_BYTE))
    code.make(fit=True)
    return code


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=700), level=LEVELS)
def test_same_modules_as_qrcode(data: bytes, level: int) -> None:
    code = reference(data, level)
    modules, version = encode_matrix(data, level)
    assert version == code.version
    assert modules == code.get_matrix()


@pytest.mark.parametrize("length", [0, 17, 271, 1000, 1500, 2331])
def test_same_modules_at_version_boundaries(length: int) -> None:
    data = bytes(range(256)) * 10
    modules, version = encode_matrix(data[:length], ERROR_CORRECT_M)
    code = reference(data[:length], ERROR_CORRECT_M)
    assert (modules, version) == (code.get_matrix(), code.version)


@settings(max_examples=60, deadline=None)
@given(size=st.sampled_from([21, 25, 45]), seed=st.integers(0, 2**32 - 1),
       density=st.floats(0.05, 0.95))
def test_penalty_counts_like_qrcode(size: int, seed: int, density: float) -> None:
    grid = np.random.default_rng(seed).random((size, size)) < density
    assert penalty(grid) == lost_point(grid.tolist())


def test_overflow_is_qrcode_s_error() -> None:
    with pytest.raises(DataOverflowError):
        encode_matrix(b"x" * 2332, ERROR_CORRECT_M)
    assert qr_matrix("x" * 2500).version == 37  # too big for level M: falls back to L


def test_largest_code_scans() -> None:
    text = "Jânke 🙂 " * 200
    matrix = qr_matrix(text)
    image = Image.open(io.BytesIO(png_bytes(matrix, scale=4)))
    (found,) = zxingcpp.read_barcodes(image)
    assert found.bytes.decode("utf-8") == text
