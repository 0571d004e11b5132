"""Builds the apps for the thin click commands, so the commands hold no UI code."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from werkplaats.store import SessionStore

if TYPE_CHECKING:
    from werkplaats.tui.app import FacilitatorApp
    from werkplaats.tui.projector import ProjectorApp


def facilitator_app(
    store: SessionStore | None = None,
    *,
    root: Path | None = None,
    language: str | None = None,
    clock: Callable[[], float] = time.time,
) -> FacilitatorApp:
    """The facilitator's app on an opened (writing) store, or on the picker when None.

    The app closes the store when it exits.
    """
    from werkplaats.tui.app import FacilitatorApp

    return FacilitatorApp(store, root=root, language=language, clock=clock)


def projector_app(
    store: SessionStore,
    *,
    root: Path | None = None,
    language: str | None = None,
    clock: Callable[[], float] = time.time,
    poll_seconds: float = 0.2,
) -> ProjectorApp:
    """The read-only audience view that follows ``store``'s file."""
    from werkplaats.tui.projector import ProjectorApp

    return ProjectorApp(store, root=root, language=language, clock=clock,
                        poll_seconds=poll_seconds)
