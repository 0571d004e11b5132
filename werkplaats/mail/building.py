"""Building the outbox: the summary mail of every participant who may be mailed.

Building again is safe at any time: a message that was sent, or that may have been
(``sending``), is left alone; a waiting one is rebuilt from the current session with the
same Message-ID and Date, so an unchanged summary gives byte-identical files; a person
who can no longer be mailed loses their waiting message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.utils import format_datetime
from pathlib import Path

from werkplaats.errors import WerkplaatsError
from werkplaats.mail.message import build_message, message_domain, message_id
from werkplaats.mail.outbox import (
    BUILT,
    MESSAGE_NAME,
    SENDING,
    SENT,
    Entry,
    Outbox,
    entry_date,
)
from werkplaats.model import Participant, Session
from werkplaats.summary.privacy import has_valid_email
from werkplaats.summary.render import file_stem, summaries


@dataclass
class BuildReport:
    folder: Path
    built: list[str] = field(default_factory=list)  # new or changed messages
    unchanged: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)  # already sent: left alone
    unsure: list[str] = field(default_factory=list)  # may have arrived: left alone
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (person id, why)
    removed: list[str] = field(default_factory=list)

    @property
    def waiting(self) -> int:
        return len(self.built) + len(self.unchanged)


def why_not_mailed(person: Participant) -> str | None:
    """None if ``person`` gets their summary by mail, else the reason in a few words."""
    if not person.contact.email.strip():
        return "no email address"
    if not has_valid_email(person):
        return "email address not usable"
    if not (person.consent.share_contact or person.consent.in_summary):
        return "no consent"
    return None


def build_outbox(
    session: Session,
    root: Path | None = None,
    *,
    sender: Address | None = None,
    language: str | None = None,
    now: datetime | None = None,
    dry_run: bool = False,
    resend: Iterable[str] = (),
) -> BuildReport:
    """Write (or with ``dry_run`` only plan) the outbox of ``session``; see the module doc.

    ``resend`` names people (id or name) whose unsure message may be sent once more.
    """
    now = now or datetime.now().astimezone()
    outbox = Outbox(session.id, root)
    report = BuildReport(outbox.folder)
    with outbox.locked():
        ledger = outbox.ledger()
        for key in resend:
            pid = session.find_participant(key).id
            entry = ledger.entries.get(pid)
            if entry is None or entry.state != SENDING:
                state = entry.state if entry else "not in the outbox"
                raise WerkplaatsError(
                    f"--resend {key}: only a message whose delivery is unsure can be sent "
                    f"again, and this one is {state}"
                )
            if not dry_run:
                entry.state = BUILT
        made = {s.person_id: s for s in summaries(session, language).personal}
        present = {p.id for p in session.participants}
        for person in session.participants:
            entry = ledger.entries.get(person.id)
            reason = why_not_mailed(person)
            if entry is not None and entry.state in (SENT, SENDING):
                (report.sent if entry.state == SENT else report.unsure).append(person.id)
                continue
            if reason is not None:
                report.skipped.append((person.id, reason))
                if entry is not None:
                    report.removed.append(person.id)
                    if not dry_run:
                        outbox.drop(ledger, person.id)
                continue
            msgid = entry.message_id if entry else message_id(
                session.id, person.id, message_domain(sender)
            )
            date = entry_date(entry, now)
            payload = build_message(made[person.id], person, session, sender=sender,
                                    msgid=msgid, date=date)
            new = Entry(
                person=person.id,
                to=person.contact.email.strip(),
                message_id=msgid,
                file=f"{file_stem(person.id)}/{MESSAGE_NAME}",
                sha256="",
                date=format_datetime(date),
                attempts=entry.attempts if entry else 0,
            )
            if dry_run:
                changed = entry is None or entry.sha256 != _sha(payload)
            else:
                changed = outbox.write_message(new, payload)
                new.updated = now.isoformat(timespec="seconds")
                ledger.entries[person.id] = new
            (report.built if changed or entry is None else report.unchanged).append(person.id)
        for pid in [pid for pid, e in ledger.entries.items() if pid not in present]:
            if ledger.entries[pid].state == BUILT:
                report.removed.append(pid)
                if not dry_run:
                    outbox.drop(ledger, pid)
        if not dry_run:
            ledger.save()
    return report


def _sha(payload: bytes) -> str:
    import hashlib

    return hashlib.sha256(payload).hexdigest()
