"""Registration CSV: what sign-up forms and Excel produce, and clear errors for bad files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from werkplaats.cli import main
from werkplaats.errors import ImportFileError
from werkplaats.registration import parse_registration


def test_dutch_excel_export_with_bom_and_semicolons() -> None:
    text = (
        "\ufeffNaam;E-mail;Telefoon;Toestemming\r\n"
        "Sjoukje de Boer;sjoukje@example.org;06-12345678;ja\r\n"
        '"van der Werff, Hylke";;+31 6 8765 4321;nee\r\n'
        "Jânke Hoekstra;janke@example.nl;;\r\n"
    )
    people = parse_registration(text, "aanmeldingen.csv")
    assert [p.name for p in people] == ["Sjoukje de Boer", "van der Werff, Hylke",
                                        "Jânke Hoekstra"]
    assert people[0].contact.email == "sjoukje@example.org"
    assert people[0].consent.share_contact and people[0].consent.in_summary
    assert not people[1].consent.share_contact
    assert not people[2].consent.share_contact  # empty consent is no


def test_english_headers_split_names_and_multiline_asks() -> None:
    text = (
        "First name,Last name,Email,Share contact,In summary,Ask,Offer\n"
        'Jort,Visser,jort@example.org,yes,no,"a haircut\nhelp with my bike",cooking\n'
    )
    [jort] = parse_registration(text)
    assert jort.name == "Jort Visser"
    assert jort.asks == ["a haircut", "help with my bike"]
    assert jort.offers == ["cooking"]
    assert jort.consent.share_contact and not jort.consent.in_summary


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("email;telefoon\na@example.org;0612345678\n", "line 1: no name column"),
        ("naam,email\nJort,jort@example.org\n,leeg@example.org\n", "line 3: no name"),
        ("naam,email\nJort,jort-at-example.org\n", "line 2: 'jort-at-example.org' is not an"),
        ("naam,toestemming\nJort,misschien\n", "line 2: consent 'misschien' is not yes or no"),
        ('naam,email\n"Jort\nVisser",a@example.org\nSjoukje,b@x\n', "line 4: 'b@x'"),
        ("naam,email\nJort,a@example.org,extra,velden\n", "line 2: 4 fields but the header"),
        ('naam,intro\nJort,"nooit gesloten\n', "line 2:"),
    ],
)
def test_bad_lines_are_named(text: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=rf"^registratie.csv {message}"):
        parse_registration(text, "registratie.csv")


def test_bad_csv_leaves_the_session_untouched(tmp_path: Path, demo_session, data_root) -> None:
    session_file = data_root / "sessions" / f"{demo_session.id}.json"
    before = session_file.read_bytes()
    bad = tmp_path / "registratie.csv"
    bad.write_text("naam;email\nAnna;anna@example.org\n;leeg@example.org\nBram;bram@example.org\n",
                   "utf-8")
    result = CliRunner().invoke(main, ["import", demo_session.id, str(bad)])
    assert result.exit_code == 1
    assert "registratie.csv line 3: no name" in result.output
    assert "Traceback" not in result.output
    assert session_file.read_bytes() == before


def test_not_utf8_is_explained(tmp_path: Path) -> None:
    from werkplaats.registration import read_registration

    latin = tmp_path / "oud.csv"
    latin.write_bytes("naam\nJort\nJ\xe2nke\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match=r"oud.csv line 3: not UTF-8"):
        read_registration(latin)


_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
NAMES = st.text(alphabet=_CHARS, min_size=1, max_size=30).filter(
    lambda s: s.strip() == s and s
) | st.sampled_from(
    ['Jânke "JJ"', "van der Werff, Hylke", "Dieuwke;Hylke", "שרה כהן", "Ayşe 👩‍🌾", "O'Neill"]
)
MULTILINE = st.lists(NAMES, max_size=3)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(NAMES, st.booleans(), MULTILINE), min_size=1, max_size=5),
       st.sampled_from([",", ";", "\t"]), st.booleans())
def test_csv_written_by_a_spreadsheet_reads_back(rows, delimiter: str, bom: bool) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["Naam", "Toestemming", "Vraag"])
    for name, consent, asks in rows:
        writer.writerow([name, "ja" if consent else "nee", "\n".join(asks)])
    text = ("\ufeff" if bom else "") + buffer.getvalue()
    people = parse_registration(text)
    assert [p.name for p in people] == [name for name, _, _ in rows]
    assert [p.consent.share_contact for p in people] == [c for _, c, _ in rows]
    assert [p.asks for p in people] == [[a.strip() for a in asks if a.strip()]
                                        for _, _, asks in rows]
