"""The footer, rebuilt once per burst of binding changes instead of once per change.

Textual's ``Footer`` recomposes after every ``bindings_updated`` signal; opening a session
sends three in a row (screen shown, round mounted, focus set), so the first frame was
followed by two more rebuilds of all its keys. This footer coalesces them: one rebuild after
the next refresh, whatever number of signals came in before it.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class WorkshopFooter(Footer):
    """A ``Footer`` that recomposes at most once per refresh."""

    _rebuild_pending = False

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or self._rebuild_pending:
            return
        if self.is_attached and screen is self.screen:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild)

    async def _rebuild(self) -> None:
        self._rebuild_pending = False
        await self.recompose()
