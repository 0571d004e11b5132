"""Who may be named, reached or mailed, and scrubbing free text before others read it.

The rules, in one place:

* a person's **name** appears in someone else's summary only if their ``in_summary`` is yes;
* a person's **contact details** appear in someone else's summary (and as a vCard) only if
  both ``share_contact`` and ``in_summary`` are yes — a card always carries the name, so a
  person who keeps their name out of summaries is not reachable through one either;
* the **organiser** sees no names, emails or phone numbers at all.

Free text (asks, offers, tips) can mention a name or a number, so every text shown to
someone other than its writer goes through a ``Redactor`` first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from werkplaats.model import Participant

HIDDEN = "…"
# A plain address check: enough to refuse garbage and header tricks, not a full RFC 5322 parser.
EMAIL_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Nine or more digits with the usual separators: Dutch and international phone numbers.
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])\+?\d(?:[\s\-./()]{0,2}\d){8,}(?!\w)")


def may_name(person: Participant) -> bool:
    """May this person's name appear in someone else's summary?"""
    return person.consent.in_summary


def may_reach(person: Participant) -> bool:
    """May this person's contact details appear in someone else's summary or mail?"""
    return (
        person.consent.share_contact
        and person.consent.in_summary
        and not person.contact.is_empty()
    )


def has_valid_email(person: Participant) -> bool:
    return bool(EMAIL_ADDRESS.match(person.contact.email.strip()))


def gets_mail(person: Participant) -> bool:
    """A person is mailed their summary if they left a usable address and gave any consent."""
    consent = person.consent
    return has_valid_email(person) and (consent.share_contact or consent.in_summary)


def name_parts(name: str) -> list[str]:
    """The full name and each capitalised part of it that is long enough to be telling."""
    parts = [name.strip()] if name.strip() else []
    parts += [w for w in re.findall(r"\w[\w'’-]*", name) if len(w) >= 3 and w[0].isupper()]
    return parts


class Redactor:
    """Replaces the names of ``hidden`` people, email addresses and phone numbers in text."""

    def __init__(self, hidden: Iterable[Participant]) -> None:
        parts = {part for person in hidden for part in name_parts(person.name)}
        ordered = sorted(parts, key=len, reverse=True)
        self._names = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")
            if ordered
            else None
        )

    def __call__(self, text: str) -> str:
        text = _EMAIL_IN_TEXT.sub(HIDDEN, text)
        text = _PHONE_IN_TEXT.sub(HIDDEN, text)
        if self._names is not None:
            text = self._names.sub(HIDDEN, text)
        return text

    def keeps(self, word: str) -> bool:
        """False if ``word`` is (part of) a hidden name."""
        return self._names is None or self._names.fullmatch(word) is None
