"""What the TUI tests share: a writable store on a session, and waiting for the matcher."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from werkplaats.model import Session
from werkplaats.store import SessionStore, resolve_session


def open_store(session: Session, root: Path,
               prepare: Callable[[Session], None] | None = None) -> SessionStore:
    """The session opened for writing, after ``prepare`` changed and saved it (if given)."""
    store = SessionStore(resolve_session(session.id, root), writer=True)
    store.load()
    if prepare is not None:
        with store.edit() as edited:
            prepare(edited)
    return store


async def wait_for_proposals(app: Any, pilot: Any) -> None:
    """Let the proposals worker finish and its message reach the session (a few loop turns)."""
    await app.workers.wait_for_complete()
    for _ in range(50):
        await pilot.pause(0.05)
        if app.editor.session.pairs:
            return
