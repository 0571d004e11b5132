"""Style sheets are read when first needed, so the first frame parses only what it shows.

The app starts with ``app.tcss`` (or ``projector.tcss``); a round's ``<kind>_round.tcss`` is
added when that round is first shown, ``dialogs.tcss`` when the first dialog opens. Every
rule parsed is checked against every widget, so fewer rules means a faster first frame.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App

HERE = Path(__file__).parent


def use_stylesheet(app: App[object], name: str) -> None:
    """Add ``werkplaats/tui/<name>`` to ``app``'s styles once (no-op if it does not exist)."""
    path = (HERE / name).resolve()
    if app.stylesheet.has_source(str(path)) or not path.is_file():
        return
    app.stylesheet.read(path)


def use_round_stylesheet(app: App[object], kind: str) -> None:
    use_stylesheet(app, f"{kind}_round.tcss")
