"""vCard 3.0 text for one person who agreed to share their contact details.

Phone cameras on iOS and Android import vCard 3.0 from a QR code. This module writes it by
hand because the one library around (vobject) reorders properties and folds lines in ways
that make QR codes larger; the escaping lives in one small, property-tested function,
``escape_text``. Lines end in CRLF and are not folded: folding is optional in vCard 3.0,
every reader we target accepts long lines, and unfolded text keeps the QR code smaller.
"""

from __future__ import annotations

import re

from werkplaats.errors import WerkplaatsError
from werkplaats.model import Participant

DEFAULT_REGION = "NL"

# Dutch (and a few neighbouring) name particles: "Sjoukje van der Werff" files under the
# family name "van der Werff", not under "Werff".
_PARTICLES = frozenset(
    {
        "van", "von", "vande", "vander", "de", "der", "den", "het", "'t", "ter", "ten",
        "te", "in", "op", "aan", "uit", "bij", "la", "le", "du", "da", "di", "del",
        "della", "des", "dos", "das", "el", "al",
    }
)
# Every line break str.splitlines() knows, so no value can start a new vCard line.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# Other control characters have no place in a contact card.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


class ContactNotShared(WerkplaatsError):
    """A card was asked for someone who did not agree to share their contact details."""


def clean_text(value: str) -> str:
    """``value`` as it can travel in a vCard: every line break as ``\\n``, no control chars."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", value)).replace("\t", " ")


def escape_text(value: str) -> str:
    """Escape a vCard 3.0 TEXT value (RFC 2426 §4): backslash, comma, semicolon, newline."""
    value = clean_text(value)
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\n", "\\n")
    )


def split_name(name: str) -> tuple[str, str]:
    """(given, family) of a full name; Dutch particles belong to the family name."""
    words = name.split()
    if len(words) <= 1:
        return (name.strip(), "")
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _PARTICLES:
            return (" ".join(words[:i]), " ".join(words[i:]))
    return (" ".join(words[:-1]), words[-1])


def normalise_phone(phone: str, region: str = DEFAULT_REGION) -> str:
    """The phone number in E.164 (``+31612345678``); text that is no number stays as typed."""
    import phonenumbers

    text = " ".join(clean_text(phone).split())
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def can_share(person: Participant) -> bool:
    """True when ``person`` agreed to share contact details and left at least one."""
    return person.consent.share_contact and not person.contact.is_empty()


def vcard_for(person: Participant, note: str, region: str = DEFAULT_REGION) -> str:
    """The vCard 3.0 of ``person`` (CRLF line endings) with ``note`` saying where you met.

    Raises ContactNotShared if the person did not agree to share contact details: no code
    path can put a non-consenting person's email or phone into a card.
    """
    if not person.consent.share_contact:
        raise ContactNotShared(
            f"{person.name} ({person.id}) did not agree to share contact details"
        )
    name = clean_text(person.name).strip()
    given, family = split_name(name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{escape_text(family)};{escape_text(given)};;;",
        f"FN:{escape_text(name)}",
    ]
    phone = normalise_phone(person.contact.phone, region)
    if phone:
        lines.append(f"TEL;TYPE=CELL:{escape_text(phone)}")
    email = clean_text(person.contact.email).strip()
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape_text(email)}")
    if note:
        lines.append(f"NOTE:{escape_text(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def check_region(region: str) -> str:
    """``region`` as an upper-case country code phonenumbers knows, or a clear error."""
    import phonenumbers

    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise WerkplaatsError(f"unknown phone region {region!r}: use a country code such as NL")
    return code
