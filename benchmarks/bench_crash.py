"""200 SIGKILLs of a writing process: lost edits and corrupt files (goal 0 and 0).

Baseline in the same run: the same loop with TinyDB's default JSONStorage, which rewrites
the file in place. Usage: python bench_crash.py [ITERATIONS]
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

WRITER = textwrap.dedent(
    """
    import sys
    from tinydb import TinyDB
    from tinydb.storages import JSONStorage
    from werkplaats.storage import AtomicJSONStorage
    path, tag, kind = sys.argv[1], sys.argv[2], sys.argv[3]
    storage = AtomicJSONStorage if kind == "atomic" else JSONStorage
    db = TinyDB(path, storage=storage)
    table = db.table("participants")
    notes = db.table("notes")
    n = 0
    while True:
        table.insert({"name": f"{tag}-{n}", "intro": "x" * 200})
        # an edit that shrinks the file now and then, as deleting a long intro does
        notes.upsert({"id": 1, "text": "y" * (50_000 if n % 2 else 10)}, lambda d: True)
        print(f"saved {tag}-{n}", flush=True)
        n += 1
    """
)


def run_loop(kind: str, iterations: int, seed: int) -> tuple[int, int, int]:
    """Returns (saved edits promised, edits lost, times the file could not be read)."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "session.json"
        promised: set[str] = set()
        lost = corrupt = 0
        for i in range(iterations):
            proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"k{i}", kind],
                                    stdout=subprocess.PIPE, text=True, env=os.environ)
            assert proc.stdout is not None
            proc.stdout.readline()
            time.sleep(rng.uniform(0, 0.05))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            out = proc.stdout.read()
            promised |= {line.split()[-1] for line in out.splitlines() if line.startswith("saved")}
            try:
                data = json.loads(path.read_text("utf-8"))
                names = {doc["name"] for doc in data.get("participants", {}).values()}
            except (ValueError, OSError):
                corrupt += 1
                path.unlink(missing_ok=True)  # start over, as a facilitator would have to
                promised.clear()
                continue
            lost += len(promised - names)
            promised &= names
        return len(promised), lost, corrupt


def main() -> None:
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    for kind in ("default", "atomic"):
        start = time.perf_counter()
        kept, lost, corrupt = run_loop(kind, iterations, seed=7)
        label = "TinyDB JSONStorage (baseline)" if kind == "default" else "werkplaats atomic store"
        print(f"{label:<32} {iterations} kills: {lost} lost edits, {corrupt} corrupt files, "
              f"{kept} saved edits checked ({time.perf_counter() - start:.0f} s)")
    print("goal for the atomic store: 0 lost, 0 corrupt")


if __name__ == "__main__":
    main()
