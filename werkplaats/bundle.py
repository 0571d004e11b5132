"""Bundle JSON: the exchange format of the product contract (import, export, validation).

A bundle holds participants (with asks, offers, contact and consent), tips and confirmed
pairs. Unknown keys are ignored on import and never written on export; a missing consent
means *no*. A wrong field is reported as one sentence naming the file and the place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from werkplaats.errors import ImportFileError, WerkplaatsError
from werkplaats.model import (
    Consent,
    Contact,
    Pair,
    PairStatus,
    Participant,
    Ref,
    Session,
    Tip,
)


class _Reader:
    """Typed access to untrusted JSON with messages like ``x.json: participants[2].name ...``."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, place: str, problem: str) -> ImportFileError:
        return ImportFileError(f"{self.where}: {place} {problem}")

    def obj(self, value: Any, place: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(place, "must be an object")
        return value

    def text(self, value: Any, place: str, *, required: bool = False) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise self.fail(place, "must be text" if value is not None else "is missing")
        if required and not value.strip():
            raise self.fail(place, "is empty")
        return value

    def texts(self, value: Any, place: str) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(place, "must be a list of texts")
        return list(value)

    def flag(self, value: Any, place: str) -> bool:
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail(place, "must be true or false")
        return value

    def count(self, value: Any, place: str) -> int:
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(place, "must be a whole number of 0 or more")
        return value


def parse_bundle(data: Any, where: str = "bundle") -> Session:
    """Turn bundle JSON into a Session (id ``bundle``); raises ImportFileError on bad input."""
    r = _Reader(where)
    top = r.obj(data, "the top level")
    people_raw = top.get("participants")
    if not isinstance(people_raw, list):
        raise r.fail("'participants'", "must be a list")
    people: list[Participant] = []
    seen: set[str] = set()
    for i, raw in enumerate(people_raw):
        at = f"participants[{i}]"
        raw = r.obj(raw, at)
        pid = r.text(raw.get("id"), f"{at}.id", required=True)
        if pid in seen:
            raise r.fail(f"{at}.id", f"{pid!r} is used twice")
        seen.add(pid)
        contact = r.obj(raw.get("contact") or {}, f"{at}.contact")
        consent = r.obj(raw.get("consent") or {}, f"{at}.consent")
        people.append(
            Participant(
                id=pid,
                name=r.text(raw.get("name"), f"{at}.name", required=True),
                intro=r.text(raw.get("intro"), f"{at}.intro"),
                asks=r.texts(raw.get("asks"), f"{at}.asks"),
                offers=r.texts(raw.get("offers"), f"{at}.offers"),
                contact=Contact(
                    email=r.text(contact.get("email"), f"{at}.contact.email"),
                    phone=r.text(contact.get("phone"), f"{at}.contact.phone"),
                ),
                consent=Consent(
                    share_contact=r.flag(
                        consent.get("share_contact"), f"{at}.consent.share_contact"
                    ),
                    in_summary=r.flag(consent.get("in_summary"), f"{at}.consent.in_summary"),
                ),
            )
        )
    title = r.text(top.get("title"), "'title'") or Path(where).stem
    session = Session(
        id="bundle", title=title, language=r.text(top.get("language"), "'language'") or "nl"
    )
    session.participants = people
    session.tips = _parse_tips(r, top.get("tips"))
    session.pairs = _parse_pairs(r, top.get("pairs"), session)
    return session


def _parse_tips(r: _Reader, raw_tips: Any) -> list[Tip]:
    if raw_tips is None:
        return []
    if not isinstance(raw_tips, list):
        raise r.fail("'tips'", "must be a list")
    tips = []
    for i, raw in enumerate(raw_tips):
        at = f"tips[{i}]"
        raw = r.obj(raw, at)
        tips.append(
            Tip(
                id=f"t{i + 1:02d}",
                text=r.text(raw.get("text"), f"{at}.text", required=True),
                detail=r.text(raw.get("detail"), f"{at}.detail"),
                group=r.text(raw.get("group"), f"{at}.group"),
                votes=r.count(raw.get("votes"), f"{at}.votes"),
            )
        )
    return tips


def _parse_pairs(r: _Reader, raw_pairs: Any, session: Session) -> list[Pair]:
    if raw_pairs is None:
        return []
    if not isinstance(raw_pairs, list):
        raise r.fail("'pairs'", "must be a list")
    people = {p.id: p for p in session.participants}
    pairs = []
    for i, raw in enumerate(raw_pairs):
        at = f"pairs[{i}]"
        raw = r.obj(raw, at)
        try:
            ask = Ref.parse(r.text(raw.get("ask"), f"{at}.ask", required=True))
            offer = Ref.parse(r.text(raw.get("offer"), f"{at}.offer", required=True))
        except WerkplaatsError as exc:
            raise r.fail(at, f"has a bad reference: {exc}") from None
        if ask.participant not in people or ask.index >= len(people[ask.participant].asks):
            raise r.fail(f"{at}.ask", f"{str(ask)!r} is not an ask in this bundle")
        if offer.participant not in people or offer.index >= len(people[offer.participant].offers):
            raise r.fail(f"{at}.offer", f"{str(offer)!r} is not an offer in this bundle")
        if ask.participant == offer.participant:
            raise r.fail(at, "pairs a person with their own offer")
        pairs.append(Pair(ask=ask, offer=offer, status=PairStatus.CONFIRMED))
    return pairs


def read_bundle(path: Path) -> Session:
    """Read and validate a bundle file."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"{path} line {exc.lineno}: not valid JSON ({exc.msg})") from None
    return parse_bundle(data, str(path))


def bundle_from_session(session: Session) -> dict[str, Any]:
    """The bundle of a session: participants, tips and its confirmed pairs."""
    participants = []
    for p in session.participants:
        person: dict[str, Any] = {"id": p.id, "name": p.name, "intro": p.intro,
                                  "asks": list(p.asks), "offers": list(p.offers)}
        contact = {k: v for k, v in (("email", p.contact.email), ("phone", p.contact.phone)) if v}
        if contact:
            person["contact"] = contact
        person["consent"] = {"share_contact": p.consent.share_contact,
                             "in_summary": p.consent.in_summary}
        participants.append(person)
    tips = []
    for t in session.tips:
        tip: dict[str, Any] = {"text": t.text}
        if t.detail:
            tip["detail"] = t.detail
        if t.group:
            tip["group"] = t.group
        tip["votes"] = t.votes
        tips.append(tip)
    return {
        "title": session.title,
        "language": session.language,
        "participants": participants,
        "tips": tips,
        "pairs": [{"ask": str(p.ask), "offer": str(p.offer)} for p in session.confirmed_pairs()],
    }


def dump_bundle(session: Session) -> str:
    return json.dumps(bundle_from_session(session), ensure_ascii=False, indent=2) + "\n"
