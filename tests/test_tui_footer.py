"""Every round's footer keys fit in an 80-column terminal, in both languages.

Rare keys are left out of the footer (they stay in help F1 and the command palette); the
rest must be readable in full on a small laptop window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from werkplaats.model import Session
from werkplaats.store import SessionStore, resolve_session
from werkplaats.tui.factory import facilitator_app


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("round_index", [0, 1, 2, 3])
async def test_the_footer_fits_at_80_columns(demo_session: Session, data_root: Path,
                                             round_index: int, language: str) -> None:
    path = resolve_session(demo_session.id, data_root)
    with SessionStore(path, writer=True) as store, store.edit() as session:
        session.round.index = round_index
    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=data_root, language=language, clock=lambda: 1000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        keys = []
        for _ in range(50):  # a loaded machine may need more than one frame for the footer
            await pilot.pause(0.1)
            keys = list(app.screen.query(FooterKey))
            if keys:
                break
        assert keys, "the footer shows keys"
        shown = [key for key in keys if key.region.width and key.region.right <= 80]
        cut = [f"{key.key_display} {key.description}" for key in keys if key not in shown]
        assert not cut, f"round {round_index} ({language}): cut off at 80 columns: {cut}"
        assert any(key.key_display == "F1" for key in shown)  # help is always in reach
        assert any(key.key_display == "F9" for key in shown)  # and the other rounds
