"""Summaries + outbox for 300 participants (goal < 2 s), and sending 300 mails (mails/s).

Baselines measured in the same run:
- writing the same summary and .eml bytes straight to disk (plain I/O, nothing rendered);
- smtplib.sendmail of the same 300 messages on one connection, without a ledger.

Run: python benchmarks/bench_summary_mail.py
"""

from __future__ import annotations

import os
import random
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 2.0
PEOPLE = 300
REPEAT = 3

ASKS = [
    "Ik zoek iemand die mijn haar kan knippen", "Mijn fiets heeft een lekke band",
    "Wie helpt me met mijn laptop, die is zo traag", "Ik wil beter Nederlands leren spreken",
    "Mijn tuin is een jungle geworden", "Wie kan er op mijn kat passen in de zomer",
    "Ik zoek een wandelmaatje voor de zondag", "Hulp bij brieven van de gemeente",
    "Ik wil leren koken voor weinig geld", "Mijn kraan lekt al weken",
    "Iemand die samen boodschappen wil doen", "Wie kan mijn kast ophalen met een bus",
]
OFFERS = [
    "Ik knip graag haar, was kapster", "Ik repareer fietsen in mijn schuur",
    "Ik ben handig met computers en telefoons", "Ik geef graag taalles aan buren",
    "Ik snoei heggen en maai gras", "Ik pas graag op huisdieren",
    "Ik wandel elke dag een uur", "Ik help met formulieren en brieven",
    "Ik kook voor de hele straat", "Ik ben loodgieter geweest",
    "Ik heb een bestelbus", "Ik bak taarten voor feestjes",
]
FIRST = ["Jânke", "Mehmet", "Joëlle", "Sjoerd", "Fatima", "Kees", "Annemarie", "Tjitske",
         "Ruben", "Anouk", "Priya", "Youssef", "Grietje", "Kofi", "Sanne", "Bram"]
LAST = ["de Boer", "Yıldız", "van der Meer", "Hoekstra", "El Amrani", "Verhoeven", "Bos",
        "Postma", "Kwakman", "Dijkstra", "Ramdin", "Benali", "Zwart", "Mensah"]


def big_session():  # type: ignore[no-untyped-def]
    from werkplaats.model import (
        Consent,
        Contact,
        Pair,
        PairStatus,
        Participant,
        Ref,
        Session,
        Tip,
    )

    rng = random.Random(7)
    people = []
    for i in range(1, PEOPLE + 1):
        people.append(Participant(
            id=f"p{i:03d}",
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            intro="Ik ben een buurtbewoner en ik houd van " + rng.choice(["fietsen", "lezen",
                                                                          "zwemmen", "koken"]),
            asks=rng.sample(ASKS, rng.randint(1, 2)),
            offers=rng.sample(OFFERS, rng.randint(1, 2)),
            contact=Contact(f"persoon{i}@example.org", f"06-{rng.randint(10000000, 99999999)}"),
            consent=Consent(share_contact=rng.random() < 0.8, in_summary=rng.random() < 0.85),
        ))
    pairs = []
    for i in range(0, PEOPLE - 1, 2):
        pairs.append(Pair(Ref(people[i].id, 0), Ref(people[i + 1].id, 0), PairStatus.CONFIRMED))
    tips = [Tip(f"t{i:02d}", f"Tip nummer {i}: vraag het gewoon", votes=rng.randint(0, 9))
            for i in range(1, 21)]
    return Session("bench", "Grote bewonersavond", created="2026-11-23T19:30:00",
                   participants=people, pairs=pairs, tips=tips)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def build_once(session, root: Path):  # type: ignore[no-untyped-def]
    """(summary s, outbox s, rebuild s, raw I/O s, files, messages) in a fresh folder."""
    from email.headerregistry import Address

    from werkplaats.mail import Outbox, build_outbox
    from werkplaats.summary import write_summaries

    sender = Address("Bewonersavond", addr_spec="avond@example.org")
    start = time.perf_counter()
    paths = write_summaries(session, root / "summary")
    summary_s = time.perf_counter() - start
    start = time.perf_counter()
    built = build_outbox(session, root, sender=sender)
    outbox_s = time.perf_counter() - start
    start = time.perf_counter()
    build_outbox(session, root, sender=sender)
    rebuild_s = time.perf_counter() - start
    outbox = Outbox(session.id, root)
    blobs = [p.read_bytes() for p in paths] + [
        outbox.message_path(e).read_bytes() for e in outbox.ledger().entries.values()]
    (root / "raw").mkdir()
    start = time.perf_counter()
    for i, blob in enumerate(blobs):
        (root / "raw" / f"{i}").write_bytes(blob)
    raw_s = time.perf_counter() - start
    return summary_s, outbox_s, rebuild_s, raw_s, len(paths), built.waiting


def main() -> None:
    base = Path(tempfile.mkdtemp(prefix="werkplaats-bench-"))
    os.environ["WERKPLAATS_CONFIG"] = str(base / "config")
    from werkplaats.mail import Outbox, send_outbox
    from werkplaats.mail.settings import MailSettings

    session = big_session()
    runs = [build_once(session, base / f"run{i}") for i in range(REPEAT)]
    summary_s, outbox_s, rebuild_s, raw_s = (statistics.median(r[i] for r in runs)
                                             for i in range(4))
    files, waiting = runs[0][4], runs[0][5]
    root = base / "run0"
    os.environ["WERKPLAATS_HOME"] = str(root)
    outbox = Outbox(session.id, root)
    entries = list(outbox.ledger().entries.values())

    total = summary_s + outbox_s
    print(f"{PEOPLE} participants, {files} summary files, {waiting} messages "
          f"(median of {REPEAT} runs)")
    print(f"summary (write_summaries)     {summary_s * 1000:7.0f} ms")
    print(f"outbox (build_outbox, first)  {outbox_s * 1000:7.0f} ms")
    print(f"outbox (rebuild, unchanged)   {rebuild_s * 1000:7.0f} ms")
    print(f"baseline: same bytes, raw I/O {raw_s * 1000:7.0f} ms")
    print(f"summary + outbox = {total:.2f} s (goal < {GOAL_SECONDS} s): "
          f"{'OK' if total < GOAL_SECONDS else 'MISSED'}; {total / raw_s:.0f}x raw I/O")

    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink

    controller = Controller(Sink(), hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        payloads = [outbox.read_message(e) for e in entries]
        start = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", controller.port) as smtp:
            for entry, payload in zip(entries, payloads, strict=True):
                smtp.sendmail("avond@example.org", [entry.to], payload)
        raw_send_s = time.perf_counter() - start

        settings = MailSettings(host="127.0.0.1", port=controller.port, plain=True,
                                sender="avond@example.org")
        start = time.perf_counter()
        report = send_outbox(session.id, settings, None, root)
        send_s = time.perf_counter() - start
    finally:
        controller.stop()
    n = len(report.sent)
    print(f"baseline: smtplib.sendmail    {len(entries) / raw_send_s:7.0f} mails/s "
          f"({raw_send_s:.2f} s)")
    print(f"send_outbox (ledger, fsync)   {n / send_s:7.0f} mails/s ({send_s:.2f} s, "
          f"{n} sent) = {send_s / raw_send_s:.1f}x the bare send")
    if n != len(entries):
        sys.exit("not every message was sent")


if __name__ == "__main__":
    main()
