"""A facilitator that types as fast as it can: used by the crash test and the crash benchmark.

Usage: python crash_writer.py SESSION_FILE TAG. Each edit adds one participant named
``TAG-N`` and rewrites an intro; after every save returns it prints ``saved TAG-N``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from werkplaats.model import Participant
from werkplaats.store import SessionStore


def main() -> None:
    path, tag = Path(sys.argv[1]), sys.argv[2]
    store = SessionStore(path, writer=True)
    store.load()
    n = 0
    while True:
        with store.edit() as session:
            session.participants.append(Participant(id=f"{tag}-{n}", name=f"{tag}-{n}"))
            session.participants[0].intro = f"rewritten by {tag}-{n}"
        print(f"saved {tag}-{n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
