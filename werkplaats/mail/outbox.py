"""The outbox of a session: one ``.eml`` per participant and a ledger of what became of it.

Layout, under ``werkplaats.locations.outbox_dir(session_id)``::

    ledger.json          person id -> state, recipient, Message-ID, file, sha256, error
    p01/summary.eml      one folder per participant, so ``forget`` can remove it whole
    .lock                held while building or sending, so two processes never send at once

States: ``built`` (waiting), ``sending`` (handed to the server, reply not seen: it may or
may not have arrived, so it is never sent again without an explicit ``--resend``) and
``sent`` (the server said 250). The ledger is rewritten atomically after every change.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from werkplaats import locations
from werkplaats.errors import WerkplaatsError
from werkplaats.storage import write_atomically
from werkplaats.summary.render import file_stem

BUILT, SENDING, SENT = "built", "sending", "sent"
MESSAGE_NAME = "summary.eml"
LEDGER_NAME = "ledger.json"


class OutboxBusy(WerkplaatsError):
    """Another werkplaats process is building or sending this outbox."""


@dataclass
class Entry:
    """What the ledger knows about one participant's message."""

    person: str
    to: str
    message_id: str
    file: str
    sha256: str
    state: str = BUILT
    date: str = ""  # the Date header, kept so a rebuild gives the same bytes
    attempts: int = 0
    error: str = ""
    updated: str = ""


@dataclass
class Ledger:
    path: Path
    session: str
    entries: dict[str, Entry] = field(default_factory=dict)
    _lines: dict[str, tuple[tuple[object, ...], str]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def load(cls, path: Path, session_id: str) -> Ledger:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path, session_id)
        except (OSError, ValueError) as exc:
            raise WerkplaatsError(f"the outbox ledger {path} cannot be read ({exc})") from None
        entries = {pid: Entry(**raw) for pid, raw in data.get("messages", {}).items()}
        return cls(path, data.get("session", session_id), entries)

    def save(self) -> None:
        # One message a line: readable, and json's C encoder (no indent) keeps a save of
        # 300 entries well under a millisecond before the fsyncs.
        lines = ",\n".join(self._line(pid, e) for pid, e in sorted(self.entries.items()))
        text = (f'{{"version": 1, "session": {json.dumps(self.session, ensure_ascii=False)}, '
                f'"messages": {{\n{lines}\n}}}}\n')
        payload = text.encode("utf-8")
        try:
            write_atomically(self.path, payload)
        except OSError as exc:
            raise WerkplaatsError(f"cannot write the outbox ledger {self.path}: "
                                  f"{exc.strerror}") from None

    def _line(self, pid: str, entry: Entry) -> str:
        """The ledger line of one entry, serialised again only when the entry changed."""
        key = tuple(vars(entry).values())
        cached = self._lines.get(pid)
        if cached is None or cached[0] != key:
            line = (f"  {json.dumps(pid, ensure_ascii=False)}: "
                    f"{json.dumps(vars(entry), ensure_ascii=False)}")
            cached = self._lines[pid] = (key, line)
        return cached[1]

    def mark(self, entry: Entry, state: str, error: str = "") -> None:
        """Record a new state for ``entry`` and write the ledger before going on."""
        entry.state = state
        entry.error = error
        entry.updated = datetime.now().astimezone().isoformat(timespec="seconds")
        self.save()

    def in_state(self, state: str) -> list[Entry]:
        return [e for _, e in sorted(self.entries.items()) if e.state == state]


class Outbox:
    """The outbox folder of one session."""

    def __init__(self, session_id: str, root: Path | None = None) -> None:
        self.session_id = session_id
        self.folder = locations.outbox_dir(session_id, root)

    @property
    def ledger_path(self) -> Path:
        return self.folder / LEDGER_NAME

    def person_dir(self, person_id: str) -> Path:
        return self.folder / file_stem(person_id)

    def message_path(self, entry: Entry) -> Path:
        return self.folder / entry.file

    def ledger(self) -> Ledger:
        return Ledger.load(self.ledger_path, self.session_id)

    @contextlib.contextmanager
    def locked(self, wait: bool = False) -> Iterator[None]:
        """Hold the outbox lock; raises OutboxBusy if another process has it (unless wait)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.folder / ".lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise WerkplaatsError(f"cannot use the outbox {self.folder}: {exc.strerror}") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                    raise
                raise OutboxBusy(
                    f"the outbox of session {self.session_id!r} is in use by another werkplaats "
                    "process (sending?); wait until it is done"
                ) from None
            yield
        finally:
            os.close(fd)

    def write_message(self, entry: Entry, payload: bytes) -> bool:
        """Store the message file unless it already holds exactly ``payload``."""
        path = self.message_path(entry)
        entry.sha256 = hashlib.sha256(payload).hexdigest()
        if path.is_file() and path.read_bytes() == payload:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        # Replaced atomically but not fsynced: the ledger holds its sha256 and a message
        # that did not survive a power cut is refused at sending time and simply rebuilt.
        temp = path.with_name(f".{path.name}.tmp")
        temp.write_bytes(payload)
        os.replace(temp, path)
        return True

    def read_message(self, entry: Entry) -> bytes:
        """The stored message; raises if it is missing or not what the ledger says it is."""
        path = self.message_path(entry)
        try:
            payload = path.read_bytes()
        except OSError as exc:
            raise WerkplaatsError(f"cannot read {path}: {exc.strerror}") from None
        if hashlib.sha256(payload).hexdigest() != entry.sha256:
            raise WerkplaatsError(f"{path} changed since it was built; build the outbox again")
        return payload

    def drop(self, ledger: Ledger, person_id: str) -> int:
        """Remove a person's message folder and ledger entry; returns files removed."""
        removed = 0
        folder = self.person_dir(person_id)
        if folder.is_dir():
            removed = sum(1 for p in folder.rglob("*") if p.is_file())
            shutil.rmtree(folder)
        if ledger.entries.pop(person_id, None) is not None:
            ledger.save()
        return removed


def entry_date(entry: Entry | None, now: datetime) -> datetime:
    """The Date of a message: kept from its first build, so rebuilding changes nothing."""
    if entry is not None and entry.date:
        with contextlib.suppress(TypeError, ValueError):
            return parsedate_to_datetime(entry.date)
    return now


def forget_person_mail(session_id: str, person_id: str, root: Path | None = None) -> int:
    """Remove a person's outbox messages and ledger entries (waits for a running send)."""
    outbox = Outbox(session_id, root)
    if not outbox.folder.is_dir():
        return 0
    with outbox.locked(wait=True):
        return outbox.drop(outbox.ledger(), person_id)
