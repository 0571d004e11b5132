"""vCards and their QR codes, read back with the real tools: zxing-cpp and vobject."""

from __future__ import annotations

import io

import pytest
import vobject
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from werkplaats.contact import ContactNotShared, can_share, vcard_for
from werkplaats.contact.qr import PayloadTooLarge, png_bytes, qr_matrix, svg_text
from werkplaats.contact.terminal import half_block_lines, text_size
from werkplaats.contact.vcard import clean_text, escape_text, normalise_phone, split_name
from werkplaats.errors import WerkplaatsError
from werkplaats.model import Consent, Contact, Participant

NOTE = "Werkplaats Buurtkamer 23-11: helpt met fietsen repareren"


def person(name: str = "Sjoukje van der Werff", email: str = "sjoukje@example.nl",
           phone: str = "06-12345678", share: bool = True) -> Participant:
    return Participant("p01", name, contact=Contact(email, phone), consent=Consent(share, True))


def decode_image(image: Image.Image) -> str:
    """The one QR code in ``image``, its bytes read as UTF-8 (what phone cameras do)."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, f"expected one QR code, found {len(found)}"
    return found[0].bytes.decode("utf-8")


def decode_png(data: bytes) -> str:
    return decode_image(Image.open(io.BytesIO(data)))


def rasterise_half_blocks(lines: list[str], scale: int = 6) -> Image.Image:
    """Draw terminal text as a terminal would (black on white): 1 column × 2 half rows."""
    top = {" ": False, "▀": True, "▄": False, "█": True}
    bottom = {" ": False, "▀": False, "▄": True, "█": True}
    width, height = len(lines[0]), 2 * len(lines)
    pixels = bytearray()
    for line in lines:
        for half in (top, bottom):
            pixels += bytes(0 if half[ch] else 255 for ch in line)
    image = Image.frombytes("L", (width, height), bytes(pixels))
    return image.resize((width * scale, height * scale), Image.Resampling.NEAREST)


def parsed(card: str) -> vobject.base.Component:
    return vobject.readOne(card)


def joined(value: str | list[str]) -> str:
    # vobject turns a structured-name part with commas into a list.
    return ",".join(value) if isinstance(value, list) else value


# -- the card itself ------------------------------------------------------------------------
def test_card_is_vcard_30_with_crlf_and_e164_phone() -> None:
    card = vcard_for(person(), NOTE)
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n")
    assert card.endswith("END:VCARD\r\n")
    assert "\n" not in card.replace("\r\n", "")
    read = parsed(card)
    assert read.fn.value == "Sjoukje van der Werff"
    assert read.n.value.given == "Sjoukje"
    assert read.n.value.family == "van der Werff"
    assert read.tel.value == "+31612345678"
    assert read.email.value == "sjoukje@example.nl"
    assert read.note.value == NOTE


def test_refuses_a_person_who_did_not_consent() -> None:
    with pytest.raises(ContactNotShared, match="did not agree"):
        vcard_for(person(share=False), NOTE)
    assert issubclass(ContactNotShared, WerkplaatsError)
    assert not can_share(person(share=False))
    assert not can_share(person(email="", phone=""))
    assert can_share(person(email=""))


def test_missing_email_or_phone_leaves_the_line_out() -> None:
    card = vcard_for(person(email=""), NOTE)
    assert "EMAIL" not in card and "TEL;TYPE=CELL:+31612345678" in card
    card = vcard_for(person(phone=""), "")
    assert "TEL" not in card and "NOTE" not in card


@pytest.mark.parametrize(
    ("name", "given", "family"),
    [
        ("Sjoukje van der Werff", "Sjoukje", "van der Werff"),
        ("Jânke de Boer", "Jânke", "de Boer"),
        ("Anna Maria van 't Hek", "Anna Maria", "van 't Hek"),
        ("Fatima El Amrani", "Fatima", "El Amrani"),
        ("Mehmet Yıldız", "Mehmet", "Yıldız"),
        ("Hylke", "Hylke", ""),
        ("Dieuwke  Hoekstra ", "Dieuwke", "Hoekstra"),
    ],
)
def test_split_name_keeps_particles_with_the_family_name(name: str, given: str,
                                                         family: str) -> None:
    assert split_name(name) == (given, family)


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("06-38172645", "NL", "+31638172645"),
        ("+31 6 2741 0938", "NL", "+31627410938"),
        ("0031 6 12345678", "NL", "+31612345678"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("bel me maar", "NL", "bel me maar"),
        ("", "NL", ""),
    ],
)
def test_phone_numbers_become_e164(typed: str, region: str, e164: str) -> None:
    assert normalise_phone(typed, region) == e164


def test_region_is_configurable() -> None:
    card = vcard_for(person(phone="0470 12 34 56"), NOTE, region="BE")
    assert parsed(card).tel.value == "+32470123456"


def test_escape_text_examples() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape_text("x\r\ny\rz\u2028w") == "x\\ny\\nz\\nw"
    assert escape_text("bell\x07\x00!") == "bell!"


@given(st.text())
def test_escaped_text_never_breaks_a_line_or_leaves_a_bare_separator(value: str) -> None:
    escaped = escape_text(value)
    assert escaped.splitlines() in ([], [escaped])
    # every , ; \ in the output is preceded by an odd run of backslashes
    i = 0
    while i < len(escaped):
        if escaped[i] == "\\":
            assert escaped[i + 1] in "\\,;n"
            i += 2
            continue
        assert escaped[i] not in ",;"
        i += 1


# -- through the QR code and back --------------------------------------------------------------
def test_png_decodes_to_the_same_card() -> None:
    card = vcard_for(person("Jânke de Boer"), NOTE)
    assert decode_png(png_bytes(qr_matrix(card))) == card
    assert parsed(decode_png(png_bytes(qr_matrix(card)))).fn.value == "Jânke de Boer"


def test_svg_has_a_white_background_and_scales() -> None:
    svg = svg_text(qr_matrix("hallo"), css_size="45mm")
    assert '<rect width="29" height="29" fill="#fff"/>' in svg
    assert 'width="45mm"' in svg and "viewBox" in svg


def test_svg_decodes_after_rendering() -> None:
    cairosvg = pytest.importorskip("cairosvg")
    card = vcard_for(person("Dieuwke Hylkema"), NOTE)
    png = cairosvg.svg2png(bytestring=svg_text(qr_matrix(card)).encode(), output_width=600)
    assert decode_png(png) == card


def test_terminal_half_blocks_decode_to_the_same_card() -> None:
    card = vcard_for(person("Hylke Sjoukje Dieuwke van der Werff"), NOTE)
    matrix = qr_matrix(card)
    lines = half_block_lines(matrix)
    assert set("".join(lines)) <= set(" ▀▄█")
    assert (len(lines[0]), len(lines)) == text_size(matrix)
    assert all(len(line) == len(lines[0]) for line in lines)
    assert lines[0].strip() == "" and lines[1].strip() == ""  # quiet zone of 4 module rows
    assert all(line[:4] == "    " for line in lines)  # and 4 module columns
    assert decode_image(rasterise_half_blocks(lines)) == card


def test_too_large_payload_is_one_clear_error() -> None:
    with pytest.raises(PayloadTooLarge, match="do not fit"):
        qr_matrix("x" * 3000)


# -- hostile names and notes ----------------------------------------------------------------
HOSTILE = st.sampled_from(
    ['"', "'", ";", ",", "\\", "\n", "\r\n", ":", "🙂", "👩‍👩‍👧", "שלום", "مرحبا", "\u202e",
     "Jânke", "Ø", "\t", "\\n", "=", "BEGIN:VCARD", "END:VCARD", " "]
)
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=8)), max_size=40).map("".join)
LONG_TEXT = st.text(min_size=200, max_size=400)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=HOSTILE_TEXT.filter(lambda s: clean_text(s).strip()),
       note=st.one_of(HOSTILE_TEXT, LONG_TEXT),
       email=st.one_of(st.emails(), HOSTILE_TEXT))
def test_hostile_names_and_notes_survive_qr_and_vobject(name: str, note: str,
                                                        email: str) -> None:
    card = vcard_for(person(name, email=email, phone="06 1234 5678"), note)
    decoded = decode_png(png_bytes(qr_matrix(card), scale=3))
    assert decoded == card
    read = parsed(decoded)
    assert read.fn.value == clean_text(name).strip()
    given_name, family = split_name(clean_text(name).strip())
    assert joined(read.n.value.given) == given_name
    assert joined(read.n.value.family) == family
    assert read.tel.value == "+31612345678"
    if clean_text(email).strip():
        assert read.email.value == clean_text(email).strip()
    if clean_text(note):
        assert read.note.value == clean_text(note)


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1, max_size=300).filter(lambda s: clean_text(s).strip()))
def test_any_name_comes_back_exactly_through_the_terminal_rendering(name: str) -> None:
    card = vcard_for(person(name), "")
    lines = half_block_lines(qr_matrix(card))
    read = parsed(decode_image(rasterise_half_blocks(lines, scale=3)))
    assert read.fn.value == clean_text(name).strip()


@pytest.mark.parametrize(
    "name", ["Sjoukje Hoekstra", "Jânke de Boer", "Dieuwke Zwart", "Hylke van der Werff",
             "Mehmet Yıldız", "Joëlle van der Meer"]
)
def test_scanners_guess_utf8_for_frisian_and_dutch_names(name: str) -> None:
    # A phone camera guesses the character set; zxing-cpp's guess must land on UTF-8 too.
    card = vcard_for(person(name), NOTE)
    image = Image.open(io.BytesIO(png_bytes(qr_matrix(card))))
    (found,) = zxingcpp.read_barcodes(image)
    assert found.text == card


@pytest.mark.parametrize("scale", [2, 3])
def test_scaled_terminal_rendering_decodes_too(scale: int) -> None:
    card = vcard_for(person("Jânke de Boer"), NOTE)
    matrix = qr_matrix(card)
    lines = half_block_lines(matrix, scale=scale)
    assert (len(lines[0]), len(lines)) == text_size(matrix, scale=scale)
    assert len(lines[0]) == (matrix.size + 8) * scale
    assert all(line[: 4 * scale] == " " * 4 * scale for line in lines)
    assert decode_image(rasterise_half_blocks(lines, scale=2)) == card
