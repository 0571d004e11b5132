"""Registration lists from sign-up forms and Excel: CSV with Dutch or English headers.

Accepts UTF-8 with or without BOM, ``,`` ``;`` or tab as separator, and quoted fields with
newlines. A file with any bad line is rejected whole with ``FILE line N: what is wrong``.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from werkplaats.errors import ImportFileError
from werkplaats.model import Consent, Contact, Participant

# Header spellings people use, after lower-casing and dropping spaces, dashes and dots.
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("naam", "name", "volledigenaam", "fullname", "voornaamenachternaam", "deelnemer"),
    "first": ("voornaam", "firstname", "givenname", "roepnaam"),
    "last": ("achternaam", "lastname", "surname", "familyname", "familienaam"),
    "email": ("email", "emailadres", "mail", "emailaddress", "mailadres"),
    "phone": ("telefoon", "phone", "telefoonnummer", "tel", "mobiel", "mobile", "phonenumber",
              "gsm", "telnr"),
    "consent": ("toestemming", "consent", "akkoord", "agree", "permission"),
    "share_contact": ("contactdelen", "sharecontact", "gegevensdelen", "toestemmingcontact",
                      "consentcontact", "sharecontactdetails"),
    "in_summary": ("insamenvatting", "insummary", "samenvatting", "toestemmingsamenvatting",
                   "consentsummary", "summary"),
    "intro": ("intro", "introductie", "voorstellen", "overmij", "aboutme", "wieben je"),
    "asks": ("vraag", "vragen", "ask", "asks", "hulpvraag", "ikzoek", "request"),
    "offers": ("aanbod", "offer", "offers", "ikkan", "ikbied", "talent", "talenten"),
}
YES = {"ja", "yes", "j", "y", "true", "waar", "1", "x", "✓", "✔", "akkoord", "ok", "agree",
       "akkoord.", "ja, graag"}
NO = {"", "nee", "no", "n", "false", "onwaar", "0", "-", "niet akkoord", "disagree"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}$")


def _key(header: str) -> str:
    return re.sub(r"[\s\-_.:/]+", "", header.strip().lstrip("\ufeff").lower())


def _column_roles(header: list[str], where: str) -> dict[str, int]:
    lookup = {spelling: role for role, spellings in HEADERS.items() for spelling in spellings}
    roles: dict[str, int] = {}
    for index, title in enumerate(header):
        role = lookup.get(_key(title))
        if role and role not in roles:
            roles[role] = index
    if "name" not in roles and "first" not in roles:
        raise ImportFileError(
            f"{where} line 1: no name column (expected a header such as 'naam' or 'name')"
        )
    return roles


def _yes_no(value: str, where: str, line: int, column: str) -> bool:
    word = value.strip().lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise ImportFileError(f"{where} line {line}: {column} {value!r} is not yes or no (ja/nee)")


def _items(cell: str) -> list[str]:
    return [part.strip() for part in cell.splitlines() if part.strip()]


def parse_registration(text: str, where: str = "registration.csv") -> list[Participant]:
    """Participants (ids ``r1``, ``r2``... to be renumbered by the importer) from CSV text."""
    text = text.lstrip("\ufeff")
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(f"{where}: the file is empty") from None
    except csv.Error as exc:
        raise ImportFileError(f"{where} line 1: {exc}") from None
    roles = _column_roles(header, where)
    people: list[Participant] = []
    line = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportFileError(f"{where} line {line}: {exc}") from None
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            raise ImportFileError(
                f"{where} line {start}: {len(row)} fields but the header has {len(header)}"
                f" (is there an unquoted '{delimiter}' in a value?)"
            )
        people.append(_person(row, roles, where, start, len(people) + 1))
    return people


def _person(row: list[str], roles: dict[str, int], where: str, line: int, n: int) -> Participant:
    def cell(role: str) -> str:
        index = roles.get(role)
        return row[index].strip() if index is not None and index < len(row) else ""

    name = cell("name") or " ".join(part for part in (cell("first"), cell("last")) if part)
    if not name:
        raise ImportFileError(f"{where} line {line}: no name")
    email = cell("email")
    if email and not _EMAIL.match(email):
        raise ImportFileError(f"{where} line {line}: {email!r} is not an email address")
    phone = cell("phone")
    if phone and not _PHONE.match(phone):
        raise ImportFileError(f"{where} line {line}: {phone!r} is not a phone number")
    both = _yes_no(cell("consent"), where, line, "consent") if "consent" in roles else False
    share = _yes_no(cell("share_contact"), where, line, "share_contact") if (
        "share_contact" in roles) else both
    summary = _yes_no(cell("in_summary"), where, line, "in_summary") if (
        "in_summary" in roles) else both
    return Participant(
        id=f"r{n}",
        name=name,
        intro=cell("intro"),
        asks=_items(cell("asks")),
        offers=_items(cell("offers")),
        contact=Contact(email=email, phone=phone),
        consent=Consent(share_contact=share, in_summary=summary),
    )


def read_registration(path: Path) -> list[Participant]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFileError(
            f"{path} line {line}: not UTF-8 text (save it from Excel as 'CSV UTF-8')"
        ) from None
    return parse_registration(text, str(path))
