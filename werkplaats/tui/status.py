"""The status line shown in every round, on the laptop and on the projector."""

from __future__ import annotations

from textual.widgets import Static

from werkplaats.i18n import t
from werkplaats.model import Session


def status_text(session: Session, language: str) -> str:
    """``14 mensen · 16 vragen · 20 aanbod · 3 koppels``."""
    people = session.participants
    return t(
        "app.status",
        language,
        people=len(people),
        asks=sum(len([a for a in p.asks if a.strip()]) for p in people),
        offers=sum(len([o for o in p.offers if o.strip()]) for p in people),
        pairs=len(session.confirmed_pairs()),
    )


class StatusLine(Static):
    """Numbers of people, asks, offers and confirmed pairs."""

    def show(self, session: Session, language: str, extra: str = "") -> None:
        self.update(status_text(session, language) + (f"  {extra}" if extra else ""))
