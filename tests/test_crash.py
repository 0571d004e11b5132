"""Kill a writing process at random moments: the session always opens with every saved edit."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from werkplaats.model import Participant
from werkplaats.store import SessionStore, resolve_session

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 25


def kill_writer_at_random(path: Path, tag: str, rng: random.Random) -> list[str]:
    """Start a writer, SIGKILL it after a random delay, return what it reported as saved."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path), tag],
                            stdout=subprocess.PIPE, text=True, env=env)
    saved: list[str] = []
    assert proc.stdout is not None
    first = proc.stdout.readline()  # wait until it has really started writing
    saved.append(first.split()[-1])
    time.sleep(rng.uniform(0.0, 0.15))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    saved += [line.split()[-1] for line in proc.stdout.read().splitlines() if line.strip()]
    return saved


@pytest.mark.slow
def test_sigkill_while_saving_loses_nothing(demo_session, data_root: Path) -> None:
    path = resolve_session(demo_session.id, data_root)
    with SessionStore(path, writer=True) as store, store.edit() as session:
        # a bigger session makes each save take longer, so kills land mid-write
        session.participants += [Participant(id=f"x{i}", name=f"Extra {i}", intro="x" * 300)
                                 for i in range(300)]
    rng = random.Random(20261123)
    promised: list[str] = []
    for kill in range(KILLS):
        promised += kill_writer_at_random(path, f"k{kill}", rng)
        with SessionStore(path, writer=True) as store:  # opens, and cleans temp leftovers
            names = {p.name for p in store.load().participants}
        missing = [name for name in promised if name not in names]
        assert not missing, f"after kill {kill}: saved edits lost: {missing[:5]}"
    assert not list(path.parent.glob("*.tmp"))
    assert len(promised) > KILLS


def test_a_follower_never_sees_a_half_written_file(demo_session, data_root: Path) -> None:
    """The projector reads while the facilitator saves as fast as possible: every read works."""
    path = resolve_session(demo_session.id, data_root)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path), "live"],
                            stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        proc.stdout.readline()
        reader = SessionStore(path, writer=False)
        revisions = []
        for _ in range(300):
            session = reader.load()  # raises if it ever meets a torn file
            revisions.append(session.revision)
        assert revisions == sorted(revisions)
        assert revisions[-1] > revisions[0]
    finally:
        proc.kill()
        proc.wait()
