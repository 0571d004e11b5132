"""Benchmarks of the facilitator app and the projector: python benchmarks/bench_tui.py.

1. First frame of `werkplaats open` on a 300-person session, whole process, as a ratio to a
   bare Textual app (header, 300-row table, footer) started the same way. Goal ≤ 1.3×.
2. One facilitator action plus its durable save in a 1,000-person session. Goal < 50 ms.
3. Projector follow latency: from the writer's save to the projector's repaint. Goal < 500 ms.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from textual.app import App
from textual.widgets import DataTable, Footer, Header
class Bare(App):
    def compose(self):
        yield Header(); yield DataTable(); yield Footer()
    def on_mount(self):
        t = self.query_one(DataTable); t.add_columns("naam", "vraag")
        t.add_rows([(f"Persoon {i}", "Ik zoek iemand die kan knippen") for i in range(300)])
async def first_frame(pilot):
    await pilot.pause(); pilot.app.exit()
Bare().run(headless=True, size=(80, 24), auto_pilot=first_frame)
"""

OPEN = """
import sys
from werkplaats.store import open_writer
from werkplaats.tui.factory import facilitator_app
store = open_writer(sys.argv[1])
async def first_frame(pilot):
    await pilot.pause(); pilot.app.exit()
facilitator_app(store).run(headless=True, size=(80, 24), auto_pilot=first_frame)
"""


def make_session(people: int, root: Path) -> str:
    from werkplaats.model import Participant
    from werkplaats.store import SessionStore, create_session, resolve_session

    session = create_session(f"Bench {people}", root=root, plan="wehelpen-workshop")
    path = resolve_session(session.id, root)
    with SessionStore(path, writer=True) as store, store.edit() as s:
        for i in range(people):
            s.participants.append(Participant(
                id=f"p{i + 1:04d}", name=f"Persoon {i} Achternaam",
                intro="Ik ben een buurtbewoner die graag wandelt.",
                asks=[f"Ik zoek iemand die kan knippen {i}"],
                offers=[f"Ik kan fietsen repareren {i}", "Ik pas op kinderen"]))
    return session.id


def timed_runs(args: list[str], env: dict[str, str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_first_frame(root: Path) -> None:
    session_id = make_session(300, root)
    env = {**os.environ, "WERKPLAATS_HOME": str(root)}
    # interleaved, so a busy machine slows both the same way
    bare_runs, open_runs = [], []
    for _ in range(9):
        bare_runs.append(timed_runs([sys.executable, "-c", BARE], env, runs=1))
        open_runs.append(timed_runs([sys.executable, "-c", OPEN, session_id], env, runs=1))
    bare, opened = statistics.median(bare_runs), statistics.median(open_runs)
    print(f"first frame, 300 people: bare Textual {bare * 1000:.0f} ms, werkplaats open "
          f"{opened * 1000:.0f} ms, ratio {opened / bare:.2f}× (goal ≤ 1.3×)")


def bench_action(root: Path) -> None:
    from werkplaats.editing import SessionEditor
    from werkplaats.model import Ref
    from werkplaats.plans import load_plan
    from werkplaats.store import SessionStore, resolve_session

    session_id = make_session(1000, root)
    with SessionStore(resolve_session(session_id, root), writer=True) as store:
        store.load()
        editor = SessionEditor(store, load_plan("wehelpen-workshop"))
        times = {"set card": [], "pair by hand": [], "undo": []}
        for i in range(40):
            start = time.perf_counter()
            editor.set_card("p0001", intro=f"Ik ben Persoon, versie {i}.")
            times["set card"].append(time.perf_counter() - start)
            start = time.perf_counter()
            editor.pair_by_hand(Ref("p0002", 0), Ref(f"p{i + 3:04d}", 0))
            times["pair by hand"].append(time.perf_counter() - start)
            start = time.perf_counter()
            editor.undo()
            times["undo"].append(time.perf_counter() - start)
    for name, values in times.items():
        print(f"action + durable save, 1,000 people, {name}: median "
              f"{statistics.median(values) * 1000:.1f} ms, max {max(values) * 1000:.1f} ms "
              f"(goal < 50 ms)")


async def bench_follow(root: Path) -> None:
    from werkplaats.editing import SessionEditor
    from werkplaats.plans import load_plan
    from werkplaats.store import SessionStore, resolve_session
    from werkplaats.tui.factory import projector_app

    session_id = make_session(300, root)
    path = resolve_session(session_id, root)
    writer = SessionStore(path, writer=True)
    writer.load()
    editor = SessionEditor(writer, load_plan("wehelpen-workshop"))
    reader = SessionStore(path, writer=False)
    reader.load()
    app = projector_app(reader)
    latencies = []
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        for i in range(15):
            before = app.repaints
            start = time.perf_counter()
            editor.set_card("p0001", asks=[f"Ik zoek iemand die kan knippen, ronde {i}"])
            while app.repaints == before:
                await asyncio.sleep(0.005)
            latencies.append(time.perf_counter() - start)
            await pilot.pause(0.05)
    writer.close()
    reader.close()
    print(f"projector follow latency, 300 people (poll every 0.2 s): median "
          f"{statistics.median(latencies) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms "
          f"(goal < 500 ms)")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        os.environ["WERKPLAATS_HOME"] = str(root)
        bench_first_frame(root)
        bench_action(root)
        asyncio.run(bench_follow(root))


if __name__ == "__main__":
    main()
