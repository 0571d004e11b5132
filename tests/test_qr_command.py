"""``werkplaats qr SESSION -o DIR`` on the demo session with mixed consent, read back for real."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import vobject
import zxingcpp
from click.testing import CliRunner
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PIL import Image

from werkplaats.cli import main
from werkplaats.contact import pair_cards
from werkplaats.contact.sheet import write_contact_files
from werkplaats.contact.vcard import clean_text, normalise_phone
from werkplaats.model import Consent, Contact, Pair, PairStatus, Participant, Ref, Session
from werkplaats.store import SessionStore

# (ask, offer) in the demo: p07 said no, p12 said no, p14 gave no consent at all.
PAIRS = [("p01#0", "p02#0"), ("p02#0", "p09#1"), ("p03#0", "p14#0"), ("p04#0", "p09#0"),
         ("p06#0", "p12#1"), ("p13#1", "p11#0"), ("p07#1", "p04#1"), ("p08#0", "p10#0")]
REJECTED = ("p14#1", "p06#0")


def confirm_pairs(store: SessionStore, pairs: list[tuple[str, str]] = PAIRS) -> Session:
    with store.edit() as session:
        session.pairs = [Pair(Ref.parse(a), Ref.parse(o), PairStatus.CONFIRMED)
                         for a, o in pairs]
        session.pairs.append(Pair(Ref.parse(REJECTED[0]), Ref.parse(REJECTED[1]),
                                  PairStatus.REJECTED))
    return session


def run_qr(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["qr", *args])
    return result.exit_code, result.output


def decode_file(path: Path) -> str:
    image = Image.open(path) if path.suffix == ".png" else svg_image(path)
    (found,) = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return found.bytes.decode("utf-8")


def svg_image(path: Path) -> Image.Image:
    cairosvg = pytest.importorskip("cairosvg")
    png = cairosvg.svg2png(bytestring=path.read_bytes(), output_width=500)
    return Image.open(io.BytesIO(png))


def secrets_of(session: Session, people: list[str]) -> list[str]:
    """Every form in which a person's email or phone could show up."""
    found = []
    for pid in people:
        contact = session.participant(pid).contact
        if contact.email:
            found += [contact.email, contact.email.split("@")[0]]
        if contact.phone:
            digits = re.sub(r"\D", "", contact.phone)
            found += [contact.phone, normalise_phone(contact.phone), digits[-8:],
                      " ".join(digits[-8:][i:i + 2] for i in range(0, 8, 2))]
    return found


def test_writes_both_codes_of_every_consenting_pair(demo_store: SessionStore,
                                                    tmp_path: Path) -> None:
    session = confirm_pairs(demo_store)
    out = tmp_path / "qr"
    code, output = run_qr(session.id, "-o", str(out))
    assert code == 0, output
    assert "8 paarkaarten en 10 QR-codes" in output
    assert "3 paren vragen elkaar zelf om contactgegevens" in output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [f"pair-{n:02d}-{pid}.{ext}" for n, pid in
         [(1, "p01"), (1, "p02"), (2, "p02"), (2, "p09"), (4, "p04"), (4, "p09"),
          (6, "p13"), (6, "p11"), (8, "p08"), (8, "p10")]
         for ext in ("png", "svg")] + ["pair-cards.html"]
    )
    for path in sorted(out.glob("pair-[0-9]*")):
        card = vobject.readOne(decode_file(path))
        person = session.participant(path.stem.split("-")[2])
        assert card.fn.value == person.name
        if person.contact.phone:
            assert card.tel.value == normalise_phone(person.contact.phone)
        else:
            assert "tel" not in card.contents
        if person.contact.email:
            assert card.email.value == person.contact.email
        assert card.note.value.startswith("Werkplaats Buurtavond De Zwaluwhoek 23-11: ")


def test_note_tells_the_asker_what_the_helper_offers(demo_store: SessionStore,
                                                     tmp_path: Path) -> None:
    session = confirm_pairs(demo_store)
    run_qr(session.id, "-o", str(tmp_path))
    helper = vobject.readOne(decode_file(tmp_path / "pair-01-p02.png"))
    asker = vobject.readOne(decode_file(tmp_path / "pair-01-p01.png"))
    assert helper.note.value == ("Werkplaats Buurtavond De Zwaluwhoek 23-11: helpt — "
                                 + session.offer_text(Ref("p02", 0)))
    assert asker.note.value.endswith("zoekt — " + session.ask_text(Ref("p01", 0)))


def test_no_contact_detail_of_a_non_consenting_person_in_any_file(
    demo_store: SessionStore, tmp_path: Path
) -> None:
    session = confirm_pairs(demo_store)
    out = tmp_path / "qr"
    assert run_qr(session.id, "-o", str(out))[0] == 0
    refusers = [p.id for p in session.participants if not p.consent.share_contact]
    assert refusers == ["p07", "p12", "p14"]
    secrets = secrets_of(session, refusers)
    assert len(secrets) >= 10
    texts = []
    for path in out.iterdir():
        texts.append(path.read_bytes().decode("utf-8", errors="replace"))
        if path.suffix in (".png", ".svg"):
            texts.append(decode_file(path))
    for secret in secrets:
        for text in texts:
            assert secret not in text, secret
    # ...while the consenting people's details are there, so the grep can find things.
    assert any(session.participant("p02").contact.phone.replace("-", "")[1:] in t
               for t in texts)


def test_the_sheet_shows_every_confirmed_pair_and_needs_nothing_from_outside(
    demo_store: SessionStore, tmp_path: Path
) -> None:
    session = confirm_pairs(demo_store)
    run_qr(session.id, "-o", str(tmp_path))
    html = (tmp_path / "pair-cards.html").read_text("utf-8")
    assert html.count('<section class="card"') == len(PAIRS)
    assert html.count("<svg ") == 10
    assert html.count("vraag elkaar om contactgegevens") == 3
    assert "@page { size: A4" in html
    assert "Jânke de Boer ↔ Mehmet Yıldız" in html
    assert "Paar 3 van 8" in html
    assert "Mijn thermostaat snap ik niet" in html
    for outside in ("http://", "https://", "src=", "@import", "url(", "<link", "<script"):
        assert outside not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_the_sheet_escapes_what_people_typed(demo_store: SessionStore, tmp_path: Path) -> None:
    with demo_store.edit() as session:
        session.participants[0].name = "<script>alert('x')</script> & Co"
    confirm_pairs(demo_store)
    run_qr(session.id, "-o", str(tmp_path))
    html = (tmp_path / "pair-cards.html").read_text("utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp; Co" in html


def test_english_sheet(demo_store: SessionStore, tmp_path: Path) -> None:
    session = confirm_pairs(demo_store)
    code, output = run_qr(session.id, "-o", str(tmp_path), "--language", "en")
    assert code == 0 and "wrote 8 pair cards and 10 QR codes" in output
    html = (tmp_path / "pair-cards.html").read_text("utf-8")
    assert '<html lang="en">' in html and "ask each other for contact details" in html
    note = vobject.readOne(decode_file(tmp_path / "pair-01-p02.png")).note.value
    assert ": helps — " in note


def test_withdrawn_consent_removes_the_old_files(demo_store: SessionStore,
                                                 tmp_path: Path) -> None:
    session = confirm_pairs(demo_store)
    run_qr(session.id, "-o", str(tmp_path))
    assert (tmp_path / "pair-01-p02.png").exists()
    (tmp_path / "notes.txt").write_text("mine")
    with demo_store.edit() as changed:
        changed.participant("p02").consent.share_contact = False
    run_qr(session.id, "-o", str(tmp_path))
    assert not list(tmp_path.glob("pair-0[12]-*"))
    assert (tmp_path / "notes.txt").read_text() == "mine"  # not ours: left alone
    assert "mehmet" not in (tmp_path / "pair-cards.html").read_text("utf-8").casefold().replace(
        "mehmet yıldız", "")


def test_no_confirmed_pairs_still_writes_a_sheet(demo_session: Session, tmp_path: Path) -> None:
    code, output = run_qr(demo_session.id, "-o", str(tmp_path / "leeg"))
    assert code == 0
    assert "heeft nog geen bevestigde paren" in output
    assert "Er zijn nog geen bevestigde paren." in (tmp_path / "leeg" / "pair-cards.html"
                                                    ).read_text("utf-8")


def test_mistakes_are_one_sentence(demo_store: SessionStore, tmp_path: Path) -> None:
    session = confirm_pairs(demo_store)
    code, output = run_qr("geen-sessie", "-o", str(tmp_path))
    assert code == 1 and output.startswith("Error: no session 'geen-sessie'")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, output = run_qr(session.id, "-o", str(blocker / "sub"))
    assert code == 1 and output.startswith("Error: cannot write the QR files")
    assert "Traceback" not in output
    code, output = run_qr(session.id, "-o", str(tmp_path), "--region", "Nederland")
    assert code == 1 and "unknown phone region 'Nederland'" in output


def test_reads_a_session_that_is_open_for_writing(demo_store: SessionStore,
                                                  tmp_path: Path) -> None:
    # The facilitator app holds the writer lock during the workshop; qr only reads.
    session = confirm_pairs(demo_store)
    assert run_qr(session.id, "-o", str(tmp_path))[0] == 0


def test_qr_command_does_not_import_textual() -> None:
    code = (
        "import sys; from click.testing import CliRunner; from werkplaats.cli import main; "
        "r = CliRunner().invoke(main, ['qr', '--help']); assert r.exit_code == 0, r.output; "
        "assert 'textual' not in sys.modules and 'jinja2' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


HOSTILE_PIECES = st.sampled_from(
    ['"', "'", ";", ",", "\\", "\n", ":", "🙂", "שלום", "مرحبا", "Jânke", "<b>", "&amp;",
     "van der", " ", "\\n", "END:VCARD"]
)
HOSTILE = st.lists(st.one_of(HOSTILE_PIECES, st.text(max_size=6)), min_size=1,
                   max_size=25).map("".join)


@settings(max_examples=25, deadline=None)
@given(names=st.tuples(HOSTILE, HOSTILE), ask=HOSTILE, offer=HOSTILE, title=HOSTILE)
def test_written_files_of_hostile_people_read_back_exactly(
    names: tuple[str, str], ask: str, offer: str, title: str
) -> None:
    assume(all(clean_text(n).strip() for n in names) and title.strip())
    people = [
        Participant(f"p0{n + 1}", name, asks=[ask], offers=[offer],
                    contact=Contact(f"mens{n}@example.nl", f"06-1234567{n}"),
                    consent=Consent(share_contact=True))
        for n, name in enumerate(names)
    ]
    session = Session("s", title, created="2026-11-23T19:30:00", participants=people,
                      pairs=[Pair(Ref("p01", 0), Ref("p02", 0), PairStatus.CONFIRMED)])
    (card,) = pair_cards(session)
    with tempfile.TemporaryDirectory() as tmp:
        files = write_contact_files(session, Path(tmp))
        assert len(files.codes) == 4
        for side, person, n in ((card.asker, people[0], 0), (card.helper, people[1], 1)):
            read = vobject.readOne(decode_file(Path(tmp) / f"pair-01-p0{n + 1}.png"))
            assert read.fn.value == clean_text(person.name).strip()
            assert read.tel.value == f"+3161234567{n}"
            assert read.email.value == f"mens{n}@example.nl"
            assert read.note.value == vobject.readOne(side.vcard).note.value
            assert read.note.value.startswith("Werkplaats ")
        html = (Path(tmp) / "pair-cards.html").read_text("utf-8")
        assert html.count("<svg ") == 2
        # what people typed is escaped: the only tags in a card are the template's own
        typed_tags = html.split("<main>")[1].count("<b>")
        assert typed_tags == 2  # the two bold names, never a "<b>" someone typed
