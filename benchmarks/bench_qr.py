"""QR files for 300 people in 150 confirmed pairs (goal: the whole `qr` command < 3 s).

Baselines measured in the same run on the same vCard payloads:
- bare: ``qrcode`` encoding only (QRCode(...).add_data().make(fit=True)), no files at all;
- naive: ``qrcode.make(payload).save(png)``, the one-liner most code uses, PNG only.
Ours writes PNG + SVG per card and the HTML sheet. Run: ``python benchmarks/bench_qr.py``.

Measured on the 2-core build machine (load ~1.2): bare encoding 6033 ms (1.00×), naive
qrcode.make → PNG 7237 ms (1.20×), write_contact_files 1536 ms (0.25×), the whole
``werkplaats qr`` process 1732 ms (0.29×; goal < 3 s met). Before ``contact/masking.py``
(plain qrcode.make(fit=True)) the command took 7.9 s (1.39×).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import median_ms

from werkplaats.contact import pair_cards
from werkplaats.contact.sheet import write_contact_files
from werkplaats.model import Consent, Contact, Pair, PairStatus, Participant, Ref
from werkplaats.store import SessionStore, create_session

GOAL_S = 3.0
PEOPLE = 300
FIRST = ["Sjoukje", "Jânke", "Dieuwke", "Hylke", "Mehmet", "Joëlle", "Fatima", "Kees", "Priya",
         "Youssef", "Grietje", "Kofi", "Anouk", "Tjitske", "Ruben", "Annemarie"]
LAST = ["van der Werff", "de Boer", "Yıldız", "Hoekstra", "El Amrani", "Verhoeven", "Bos",
        "Postma", "Kwakman", "Dijkstra", "Ramdin", "Benali", "Zwart", "Mensah"]
ASKS = ["Ik zoek iemand die kan knippen", "Mijn fiets heeft een slag in het voorwiel",
        "Brieven van de gemeente begrijp ik vaak maar half, daar wil ik hulp bij",
        "Wie past op mijn kat als ik in juli drie weken naar Ghana ga?"]
OFFERS = ["Ik kan fietsen repareren", "Ik was vroeger kapster, ik knip nog graag bij mensen thuis",
          "Formulieren invullen en lastige brieven uitzoeken vind ik stiekem leuk",
          "Ik ben gek op dieren en pas graag op je huisdier"]


def big_session(root: Path) -> str:
    rng = random.Random(6)
    session = create_session("Symposium Samen Sterk", root=root)
    with SessionStore(root / "sessions" / f"{session.id}.json", writer=True) as store:
        with store.edit() as s:
            s.participants = [
                Participant(
                    id=f"p{i:03d}",
                    name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    asks=[rng.choice(ASKS)],
                    offers=[rng.choice(OFFERS)],
                    contact=Contact(f"deelnemer{i}@example.nl", f"06-{rng.randrange(10**8):08d}"),
                    consent=Consent(share_contact=True, in_summary=True),
                )
                for i in range(1, PEOPLE + 1)
            ]
            s.pairs = [
                Pair(Ref(f"p{i:03d}", 0), Ref(f"p{i + 1:03d}", 0), PairStatus.CONFIRMED)
                for i in range(1, PEOPLE + 1, 2)
            ]
        return store.session.id if store.session else session.id


def bare_encoding(payloads: list[str]) -> None:
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    for payload in payloads:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
        code.add_data(payload.encode("utf-8"), optimize=0)
        code.make(fit=True)


def naive_png(payloads: list[str], folder: Path) -> None:
    import qrcode

    for n, payload in enumerate(payloads):
        qrcode.make(payload).save(folder / f"{n}.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        session_id = big_session(root)
        session = SessionStore(root / "sessions" / f"{session_id}.json", writer=False).load()
        cards = pair_cards(session)
        payloads = [side.vcard for card in cards for side in card.sides() if side.vcard]
        assert len(payloads) == PEOPLE
        size = sum(len(p.encode()) for p in payloads) / len(payloads)

        naive_dir = root / "naive"
        naive_dir.mkdir()
        bare = median_ms(lambda: bare_encoding(payloads), 3)
        naive = median_ms(lambda: naive_png(payloads, naive_dir), 3)
        ours = median_ms(lambda: write_contact_files(session, root / "ours"), 3)

        env = dict(os.environ, WERKPLAATS_HOME=str(root))
        argv = [sys.executable, "-m", "werkplaats", "qr", session_id, "-o", str(root / "cmd")]
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
            runs.append(time.perf_counter() - start)
        command = sorted(runs)[1]
        files = len(list((root / "cmd").iterdir()))

    print(f"{PEOPLE} people, {PEOPLE // 2} pairs, vCards of {size:.0f} bytes on average")
    print(f"bare qrcode encoding       {bare:8.0f} ms   1.00×")
    print(f"naive qrcode.make → PNG    {naive:8.0f} ms   {naive / bare:.2f}×  (PNG only)")
    print(f"write_contact_files        {ours:8.0f} ms   {ours / bare:.2f}×  (PNG+SVG+sheet)")
    print(f"`werkplaats qr` (process)  {command * 1000:8.0f} ms   {command * 1000 / bare:.2f}×"
          f"  ({files} files; goal < {GOAL_S:.0f} s: {'met' if command < GOAL_S else 'MISSED'})")


if __name__ == "__main__":
    main()
