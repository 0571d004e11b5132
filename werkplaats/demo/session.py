"""A fresh copy of the built-in demo session, so `werkplaats demo` needs no set-up."""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources
from pathlib import Path

from werkplaats.bundle import parse_bundle
from werkplaats.importing import add_to_session
from werkplaats.model import Session
from werkplaats.store import SessionStore, create_session, resolve_session

DEMO_PLAN = "wehelpen-workshop"


def demo_bundle_text() -> str:
    return resources.files("werkplaats.demo").joinpath("demo_bundle.json").read_text("utf-8")


def create_demo_session(root: Path | None = None, now: datetime | None = None) -> Session:
    """Write a new session filled with the demo people and tips; returns it."""
    demo = parse_bundle(json.loads(demo_bundle_text()), "demo_bundle.json")
    created = create_session(
        demo.title, root=root, plan=DEMO_PLAN, language=demo.language, now=now
    )
    with SessionStore(resolve_session(created.id, root), writer=True) as store:
        with store.edit() as session:
            add_to_session(session, demo.participants, demo.tips, demo.pairs)
        return session
