"""The smaller on-screen code: error correction L, a narrower quiet zone, still read by zxing.

The half blocks are drawn as a terminal draws them (1 column × 2 half rows per character),
with dark cells all around as a dark terminal theme has them right outside the quiet zone:
the hardest case for a scanner looking for the code's light border.
"""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image, ImageOps

from werkplaats.contact import vcard_for
from werkplaats.contact.qr import PayloadTooLarge, qr_matrix
from werkplaats.contact.terminal import SCREEN_QUIET, half_block_lines, screen_matrix, text_size
from werkplaats.model import Consent, Contact, Participant

# name, email, phone: ordinary contact details, from a phone only to a long name and email
PEOPLE = [
    ("Grietje Zwart", "", "06-12847395"),
    ("Jânke de Boer", "janke.deboer@example.nl", "+31 6 2741 0938"),
    ("Sjoukje van der Werff", "sjoukje@example.nl", "06-23456789"),
    ("Fatima El Amrani", "fatima.elamrani@example.nl", "06-41927730"),
    ("Hylke Sjoukje van der Werff", "hylke.vanderwerff@buurtkamer-zwaluwhoek.nl",
     "06-98765432"),
]


def card_of(name: str, email: str, phone: str) -> str:
    return vcard_for(Participant("p01", name, contact=Contact(email, phone),
                                 consent=Consent(True, True)), "")


def read_screen(lines: list[str], dark_border: int = 3) -> zxingcpp.Barcode:
    """The one QR code in the rendered text, with ``dark_border`` dark cells around it."""
    width = len(lines[0])
    pixels = bytearray()
    for line in lines:
        pixels += bytes(0 if ch in "▀█" else 255 for ch in line)
        pixels += bytes(0 if ch in "▄█" else 255 for ch in line)
    image = Image.frombytes("L", (width, 2 * len(lines)), bytes(pixels))
    image = ImageOps.expand(image, border=2 * dark_border, fill=24)
    image = image.resize((image.width * 4, image.height * 4), Image.Resampling.NEAREST)
    (found,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return found


@pytest.mark.parametrize(("name", "email", "phone"), PEOPLE)
def test_screen_code_is_level_l_and_never_larger(name: str, email: str, phone: str) -> None:
    card = card_of(name, email, phone)
    small, printed = screen_matrix(card), qr_matrix(card)
    assert small.version <= printed.version
    found = read_screen(half_block_lines(small))
    assert found.ec_level == "L" and found.bytes.decode("utf-8") == card


@pytest.mark.parametrize("quiet", [SCREEN_QUIET, 3])
@pytest.mark.parametrize(("name", "email", "phone"), PEOPLE)
def test_narrow_quiet_zone_still_scans_beside_a_dark_screen(quiet: int, name: str, email: str,
                                                            phone: str) -> None:
    card = card_of(name, email, phone)
    matrix = screen_matrix(card)
    lines = half_block_lines(matrix, quiet)
    assert (len(lines[0]), len(lines)) == text_size(matrix, quiet)
    assert all(line[:quiet] == " " * quiet and line[-quiet:] == " " * quiet for line in lines)
    assert read_screen(lines).bytes.decode("utf-8") == card


def test_ordinary_details_fit_the_rows_of_a_100x30_terminal() -> None:
    # 27 lines are left for the round at 100x30 (title, status and footer take three).
    for name, email, phone in PEOPLE[:4]:
        assert text_size(screen_matrix(card_of(name, email, phone)), SCREEN_QUIET)[1] <= 27
    assert SCREEN_QUIET >= 2  # half the specification's border, never less


def test_too_large_for_a_screen_code_is_the_usual_error() -> None:
    with pytest.raises(PayloadTooLarge, match="do not fit"):
        screen_matrix("x" * 3000)
