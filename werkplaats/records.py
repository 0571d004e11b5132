"""Plain JSON records for the session store: the model to and from TinyDB tables.

The store file is a TinyDB database with four tables: ``session`` (one document with the
title, settings and round state), ``participants``, ``pairs`` and ``tips``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from werkplaats.errors import StoreError
from werkplaats.model import (
    Consent,
    Contact,
    Pair,
    PairStatus,
    Participant,
    Ref,
    RoundState,
    Session,
    Tip,
)

FORMAT = 1
Tables = dict[str, dict[str, dict[str, Any]]]


def _numbered(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    # TinyDB document ids are strings of 1, 2, 3, ... and keep insertion order.
    return {str(i): record for i, record in enumerate(records, start=1)}


def _ordered(table: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    return [table[key] for key in sorted(table, key=int)]


def _person(p: Participant) -> dict[str, Any]:
    # Spelled out instead of dataclasses.asdict, which deep-copies and dominates save time.
    return {
        "id": p.id,
        "name": p.name,
        "intro": p.intro,
        "asks": list(p.asks),
        "offers": list(p.offers),
        "contact": {"email": p.contact.email, "phone": p.contact.phone},
        "consent": {
            "share_contact": p.consent.share_contact,
            "in_summary": p.consent.in_summary,
        },
    }


def session_to_tables(session: Session) -> Tables:
    meta = {
        "format": FORMAT,
        "id": session.id,
        "title": session.title,
        "language": session.language,
        "plan": session.plan,
        "created": session.created,
        "revision": session.revision,
        "capacity": session.capacity,
        "kept_apart": [list(ids) for ids in session.kept_apart],
        "round": asdict(session.round),
    }
    pairs = [
        {
            "ask": str(p.ask),
            "offer": str(p.offer),
            "status": p.status.value,
            "score": p.score,
            "why": p.why,
        }
        for p in session.pairs
    ]
    return {
        "session": {"1": meta},
        "participants": _numbered([_person(p) for p in session.participants]),
        "pairs": _numbered(pairs),
        "tips": _numbered([asdict(t) for t in session.tips]),
    }


def session_from_tables(tables: Tables, where: str) -> Session:
    """Build a Session; ``where`` names the file in the error message if the data is wrong."""
    try:
        meta = tables["session"]["1"]
        if meta.get("format", FORMAT) > FORMAT:
            raise StoreError(f"{where} was written by a newer werkplaats; update to open it")
        participants = [
            Participant(
                id=r["id"],
                name=r["name"],
                intro=r.get("intro", ""),
                asks=list(r.get("asks", [])),
                offers=list(r.get("offers", [])),
                contact=Contact(**r.get("contact", {})),
                consent=Consent(**r.get("consent", {})),
            )
            for r in _ordered(tables.get("participants", {}))
        ]
        pairs = [
            Pair(
                ask=Ref.parse(r["ask"]),
                offer=Ref.parse(r["offer"]),
                status=PairStatus(r.get("status", "proposed")),
                score=r.get("score"),
                why=r.get("why", ""),
            )
            for r in _ordered(tables.get("pairs", {}))
        ]
        tips = [Tip(**r) for r in _ordered(tables.get("tips", {}))]
        return Session(
            id=meta["id"],
            title=meta["title"],
            language=meta.get("language", "nl"),
            plan=meta.get("plan", ""),
            created=meta.get("created", ""),
            revision=meta.get("revision", 0),
            capacity=meta.get("capacity", 1),
            participants=participants,
            pairs=pairs,
            tips=tips,
            kept_apart=[list(ids) for ids in meta.get("kept_apart", [])],
            round=RoundState(**meta.get("round", {})),
        )
    except StoreError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(f"{where} is not a werkplaats session file ({exc!r})") from exc
