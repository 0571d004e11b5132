"""The one writer of a session file, and read-only followers for the projector.

A session is one TinyDB file in the user data folder. The facilitator's process holds an
exclusive lock and saves after every action (atomically, see ``storage``); every save bumps
the session's revision so followers can tell that something changed. If a save fails (a
full disk, say) the file and the in-memory session both stay at the last saved state.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tinydb import TinyDB

from werkplaats import locations
from werkplaats.errors import SessionBusy, SessionNotFound, StoreError
from werkplaats.model import Session
from werkplaats.records import Tables, session_from_tables, session_to_tables
from werkplaats.storage import AtomicJSONStorage, remove_stale_temp_files

TABLES = ("session", "participants", "pairs", "tips")


def _explain(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "no permission to write there"
    return exc.strerror or str(exc)


class SessionStore:
    """Loads and saves one session file. Writers hold a lock; readers never write."""

    def __init__(self, path: Path, *, writer: bool) -> None:
        self.path = path
        self.writer = writer
        self._lock_handle: int | None = None
        self._saved: Tables | None = None
        self._signature: tuple[int, int, int] | None = None
        self.session: Session | None = None
        if writer:
            self._acquire_lock()
            remove_stale_temp_files(path)
        self._db = TinyDB(path, storage=AtomicJSONStorage, read_only=not writer)

    # -- locking -------------------------------------------------------------------------
    @property
    def lock_path(self) -> Path:
        return self.path.with_suffix(".lock")

    def _acquire_lock(self) -> None:
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise SessionBusy(
                f"session {self.path.stem!r} is already open in another werkplaats window "
                f"(process {holder}); close it there first (to forget a person, use F10 there)"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._lock_handle = fd

    def close(self) -> None:
        self._db.close()
        if self._lock_handle is not None:
            fcntl.flock(self._lock_handle, fcntl.LOCK_UN)
            os.close(self._lock_handle)
            self._lock_handle = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------
    def _stat_signature(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def load(self) -> Session:
        """Read the session from disk (and keep it as ``self.session``)."""
        signature = self._stat_signature()
        try:
            tables = self._db.storage.read()
        except json.JSONDecodeError as exc:
            raise StoreError(f"session file {self.path} is damaged ({exc})") from exc
        except OSError as exc:
            raise StoreError(f"cannot read session file {self.path}: {_explain(exc)}") from exc
        if tables is None:
            raise SessionNotFound(f"session file {self.path} does not exist or is empty")
        session = session_from_tables(tables, str(self.path))
        self._saved, self._signature, self.session = tables, signature, session
        return session

    def last_saved(self) -> Tables | None:
        """The tables of the last load or save. Never mutated afterwards: a free snapshot."""
        return self._saved

    def changed_on_disk(self) -> bool:
        """Cheap check for followers: has another process saved since our last load?"""
        return self._stat_signature() != self._signature

    def reload_if_changed(self) -> Session | None:
        """For followers: the new session if the file changed, else None."""
        if not self.changed_on_disk():
            return None
        return self.load()

    # -- writing -------------------------------------------------------------------------
    def save(self, session: Session) -> None:
        """Durably save ``session`` as the next revision; on failure nothing changes."""
        if not self.writer:
            raise StoreError(f"session {session.id!r} is opened read-only")
        session.revision += 1
        tables = session_to_tables(session)
        try:
            self._db.storage.write(tables)
        except OSError as exc:
            session.revision -= 1
            raise StoreError(f"could not save session {session.id!r}: {_explain(exc)}") from exc
        self._saved, self._signature, self.session = tables, self._stat_signature(), session

    @contextlib.contextmanager
    def edit(self) -> Iterator[Session]:
        """Change the session in a block; saved at the end, rolled back if anything fails."""
        session = self.session if self.session is not None else self.load()
        try:
            yield session
            self.save(session)
        except BaseException:
            if self._saved is not None:
                self.session = session_from_tables(self._saved, str(self.path))
            raise

    def table(self, name: str) -> list[dict[str, object]]:
        """Raw documents of one table, for tools that want TinyDB queries."""
        return list(self._db.table(name).all())


# -- sessions on this laptop -----------------------------------------------------------------
@dataclass(frozen=True)
class SessionInfo:
    id: str
    title: str
    created: str
    participants: int
    path: Path


def _slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:40].rstrip("-") or "sessie"


def create_session(
    title: str,
    *,
    root: Path | None = None,
    plan: str = "",
    language: str = "nl",
    now: datetime | None = None,
) -> Session:
    """Make a new, empty session file and return the session (id like ``buurtkamer-20261123``)."""
    if not title.strip():
        raise StoreError("a session needs a title")
    now = now or datetime.now()
    folder = locations.sessions_dir(root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the sessions folder {folder}: {_explain(exc)}") from exc
    base = f"{_slug(title)}-{now:%Y%m%d}"
    session_id, n = base, 1
    while (folder / f"{session_id}.json").exists():
        n += 1
        session_id = f"{base}-{n}"
    session = Session(
        id=session_id,
        title=title.strip(),
        language=language,
        plan=plan,
        created=now.isoformat(timespec="seconds"),
    )
    with SessionStore(folder / f"{session_id}.json", writer=True) as store:
        store.save(session)
    return session


def list_sessions(root: Path | None = None) -> list[SessionInfo]:
    """The sessions in the data folder, newest first; unreadable files are skipped."""
    folder = locations.sessions_dir(root)
    infos = []
    for path in folder.glob("*.json"):
        try:
            session = SessionStore(path, writer=False).load()
        except StoreError:
            continue
        infos.append(
            SessionInfo(session.id, session.title, session.created, len(session.participants), path)
        )
    return sorted(infos, key=lambda info: (info.created, info.id), reverse=True)


def resolve_session(key: str, root: Path | None = None) -> Path:
    """The file of a session given its id or an unambiguous start of it."""
    folder = locations.sessions_dir(root)
    exact = folder / f"{key}.json"
    if exact.is_file():
        return exact
    hits = sorted(folder.glob(f"{glob_escape(key)}*.json")) if key else []
    if len(hits) == 1:
        return hits[0]
    if hits:
        names = ", ".join(h.stem for h in hits)
        raise SessionNotFound(f"{key!r} matches more than one session: {names}")
    known = ", ".join(info.id for info in list_sessions(root)[:5])
    hint = f" (sessions here: {known})" if known else " (no sessions yet: werkplaats new TITLE)"
    raise SessionNotFound(f"no session {key!r} in {folder}{hint}")


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def open_writer(key: str, root: Path | None = None) -> SessionStore:
    store = SessionStore(resolve_session(key, root), writer=True)
    try:
        store.load()
    except BaseException:
        store.close()
        raise
    return store


def open_reader(key: str, root: Path | None = None) -> SessionStore:
    store = SessionStore(resolve_session(key, root), writer=False)
    store.load()
    return store
