"""The README's screenshots, made the same way every time: python docs/make_screenshots.py.

Builds the demo session in a temporary data folder at a fixed moment, plays a bit of a
workshop through :class:`werkplaats.editing.SessionEditor` (three people have spoken, the
fourth is on the clock; the matcher's proposals applied, five pairs confirmed, one rejected;
near-duplicate tips merged and the dot vote counted), then takes SVG screenshots with
``App.run_test`` at a fixed size and a fixed clock, and turns each into a PNG (cairosvg, with
the SVG's web font swapped for DejaVu Sans Mono so it renders monospaced).

Writes into ``docs/``: facilitator-{intro,pairing,tips}.svg/png at 100×30, facilitator-contact
at 130×45 (two QR codes need the room),
projector-intro-80x24, projector-pairing-160x45 and projector-tips-160x45.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))

from werkplaats.demo.session import create_demo_session  # noqa: E402
from werkplaats.editing import SessionEditor  # noqa: E402
from werkplaats.model import PairStatus, Session  # noqa: E402
from werkplaats.plans import load_plan  # noqa: E402
from werkplaats.store import SessionStore, resolve_session  # noqa: E402

NOW = datetime(2026, 11, 23, 19, 30).timestamp() + 3600  # an hour into the evening
SPOKEN = 3  # speakers done before the screenshot
CONFIRMED = 5  # proposals confirmed (the best ones); the sixth is rejected
MERGES = [["t01", "t05"], ["t04", "t10"], ["t02", "t07"]]  # lead first
VOTES = {"t01": 7, "t02": 5, "t04": 6, "t03": 3, "t09": 4, "t06": 2, "t08": 1}

# the contact round needs room for two QR codes: the laptop's terminal at full screen
FACILITATOR = [("intro", 0, (100, 30)), ("pairing", 1, (100, 30)), ("contact", 2, (130, 45)),
               ("tips", 3, (100, 30))]
PROJECTOR = [("intro", 0, (80, 24)), ("pairing", 1, (160, 45)), ("tips", 3, (160, 45))]


def play_the_workshop(root: Path) -> Path:
    """The demo session with an evening's worth of actions, saved; returns its path."""
    from werkplaats.matching import propose_pairs
    from werkplaats.tips import merge_tips, set_votes

    session = create_demo_session(root, now=datetime(2026, 11, 23, 19, 30))
    path = resolve_session(session.id, root)
    with SessionStore(path, writer=True) as store:
        store.load()
        clock = [NOW - 15 * 60]
        editor = SessionEditor(store, load_plan(session.plan, root), clock=lambda: clock[0])
        editor.start_timer()
        for _ in range(SPOKEN):
            clock[0] += 150
            editor.next_speaker(done=True)
        clock[0] = NOW - 38  # the fourth speaker started 38 seconds ago
        editor.start_timer()
        editor.go_to_round(1)
        editor.apply_proposals(propose_pairs(editor.session).pairs)
        proposed = sorted((p for p in editor.session.pairs if p.status is PairStatus.PROPOSED),
                          key=lambda p: -(p.score or 0))
        for pair in proposed[:CONFIRMED]:
            editor.confirm_pair(pair.ask, pair.offer)
        if len(proposed) > CONFIRMED:
            editor.reject_pair(proposed[CONFIRMED].ask, proposed[CONFIRMED].offer)

        def harvest(s: Session) -> None:
            for ids in MERGES:
                merge_tips(s, ids)
            for tip_id, votes in VOTES.items():
                set_votes(s, tip_id, votes)

        editor.apply("tips", harvest)
    return path


def set_round(path: Path, index: int) -> None:
    with SessionStore(path, writer=True) as store, store.edit() as session:
        session.round.index = index


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let workers (tip proposals) finish and the screen paint; no blinking cursor."""
    for _ in range(100):
        await pilot.pause(0.02)
        if all(worker.is_finished for worker in pilot.app.workers):
            break
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause(0.1)


async def facilitator_shot(path: Path, root: Path, name: str, size: tuple[int, int]) -> Path:
    from werkplaats.tui.factory import facilitator_app

    store = SessionStore(path, writer=True)
    store.load()
    app = facilitator_app(store, root=root, clock=lambda: NOW)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        return Path(app.save_screenshot(filename=f"facilitator-{name}.svg", path=str(DOCS)))


async def projector_shot(path: Path, root: Path, name: str, size: tuple[int, int]) -> Path:
    from werkplaats.tui.factory import projector_app

    reader = SessionStore(path, writer=False)
    reader.load()
    app = projector_app(reader, root=root, clock=lambda: NOW)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        filename = f"projector-{name}-{size[0]}x{size[1]}.svg"
        shot = Path(app.save_screenshot(filename=filename, path=str(DOCS)))
    reader.close()
    return shot


def to_png(svg: Path) -> Path:
    import cairosvg

    png = svg.with_suffix(".png")
    text = svg.read_text("utf-8").replace("Fira Code", "DejaVu Sans Mono")
    cairosvg.svg2png(bytestring=text.encode("utf-8"), write_to=str(png))
    return png


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["WERKPLAATS_HOME"] = str(root)
        os.environ["WERKPLAATS_CONFIG"] = str(root / "config")
        path = play_the_workshop(root)
        shots = []
        for name, index, size in FACILITATOR:
            set_round(path, index)
            shots.append(await facilitator_shot(path, root, name, size))
        for name, index, size in PROJECTOR:
            set_round(path, index)
            shots.append(await projector_shot(path, root, name, size))
    for svg in shots:
        print(svg.relative_to(DOCS.parent), to_png(svg).relative_to(DOCS.parent))


if __name__ == "__main__":
    asyncio.run(main())
