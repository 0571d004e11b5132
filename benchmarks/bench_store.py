"""One edit + durable save in a 1,000-participant session (goal < 50 ms).

Baseline in the same run: writing the same bytes once with fsync + os.replace, i.e. the
least any durable save of this session can cost on this disk.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from _timing import median_ms

from werkplaats.model import Consent, Contact, Participant
from werkplaats.records import session_to_tables
from werkplaats.storage import write_atomically
from werkplaats.store import SessionStore, create_session

GOAL_MS = 50.0


def big_session(root: Path, people: int) -> SessionStore:
    session = create_session("Groot symposium", root=root)
    store = SessionStore(root / "sessions" / f"{session.id}.json", writer=True)
    with store.edit() as s:
        s.participants = [
            Participant(
                id=f"p{i:04d}",
                name=f"Deelnemer {i}",
                intro="Ik ben een buurtbewoner die graag wandelt en soms kookt voor de buren.",
                asks=["Iemand die mijn fietsband kan plakken"],
                offers=["Ik help graag met formulieren invullen", "Ik kan oppassen"],
                contact=Contact(email=f"p{i}@example.org", phone="+31 6 12345678"),
                consent=Consent(share_contact=i % 3 != 0, in_summary=True),
            )
            for i in range(people)
        ]
    return store


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = big_session(Path(tmp), 1000)
        size = store.path.stat().st_size
        counter = iter(range(10**9))

        def edit() -> None:
            with store.edit() as s:
                s.participants[500].intro = f"Ik ben nummer 500, versie {next(counter)}"

        payload = json.dumps(session_to_tables(store.session), ensure_ascii=False).encode()
        raw = Path(tmp) / "raw.json"
        base = median_ms(lambda: write_atomically(raw, payload), repeat=40)
        ms = median_ms(edit, repeat=40)
        store.close()
    print(f"session file: {size / 1024:.0f} KiB, 1,000 participants")
    print(f"bare durable write of the same bytes: {base:6.2f} ms")
    print(f"edit + durable save:                  {ms:6.2f} ms   {ms / base:4.2f}x the bare write")
    print(f"goal < {GOAL_MS:.0f} ms: {'OK' if ms < GOAL_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
