"""The session store: durable saves, revisions, one writer, read-only followers, rollback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tinydb import TinyDB

from tests.conftest import FIXED_NOW
from werkplaats.errors import SessionBusy, SessionNotFound, StoreError
from werkplaats.model import Participant
from werkplaats.storage import AtomicJSONStorage
from werkplaats.store import (
    SessionStore,
    create_session,
    list_sessions,
    open_reader,
    open_writer,
    resolve_session,
)


def test_new_session_lives_in_the_data_folder(data_root: Path) -> None:
    session = create_session("Buurtkamer De Linde", root=data_root, now=FIXED_NOW)
    assert session.id == "buurtkamer-de-linde-20261123"
    assert (data_root / "sessions" / f"{session.id}.json").is_file()
    again = create_session("Buurtkamer De Linde", root=data_root, now=FIXED_NOW)
    assert again.id == "buurtkamer-de-linde-20261123-2"
    assert [info.id for info in list_sessions(data_root)] == [again.id, session.id]


def test_file_is_a_tinydb_database_with_tables(demo_session, data_root: Path) -> None:
    path = resolve_session(demo_session.id, data_root)
    db = TinyDB(path, storage=AtomicJSONStorage, read_only=True)
    assert set(db.tables()) >= {"session", "participants", "tips"}
    assert len(db.table("participants")) == len(demo_session.participants)


def test_every_save_bumps_the_revision_and_reaches_disk(demo_store: SessionStore) -> None:
    before = demo_store.session.revision
    with demo_store.edit() as session:
        session.participants.append(Participant(id="p99", name="Hylke"))
    assert session.revision == before + 1
    on_disk = json.loads(demo_store.path.read_text("utf-8"))
    assert on_disk["session"]["1"]["revision"] == before + 1
    assert any(p["name"] == "Hylke" for p in on_disk["participants"].values())


def test_a_failing_edit_changes_nothing(demo_store: SessionStore) -> None:
    text_before = demo_store.path.read_bytes()
    with pytest.raises(RuntimeError), demo_store.edit() as session:
        session.participants.clear()
        raise RuntimeError("facilitator pressed the wrong key")
    assert demo_store.path.read_bytes() == text_before
    assert len(demo_store.session.participants) == 14


def test_second_writer_gets_a_clear_error(demo_store: SessionStore, data_root: Path) -> None:
    with pytest.raises(SessionBusy, match="already open in another werkplaats window"):
        open_writer(demo_store.session.id, data_root)
    # a reader is always welcome
    assert open_reader(demo_store.session.id, data_root).load().id == demo_store.session.id


def test_reader_follows_the_writer_and_never_writes(demo_store: SessionStore, data_root) -> None:
    reader = open_reader(demo_store.session.id, data_root)
    assert reader.reload_if_changed() is None
    with demo_store.edit() as session:
        session.participants[0].intro = "Ik ben Sjoukje en ik knip graag haar."
    followed = reader.reload_if_changed()
    assert followed is not None
    assert followed.participants[0].intro == "Ik ben Sjoukje en ik knip graag haar."
    with pytest.raises(StoreError, match="read-only"):
        reader.save(followed)


def test_unknown_session_names_the_ones_that_exist(demo_session, data_root) -> None:
    with pytest.raises(SessionNotFound, match=r"no session 'nope'.*buurtavond"):
        resolve_session("nope", data_root)
    assert resolve_session("buurtavond", data_root).stem == demo_session.id


def test_stale_temp_files_are_cleaned_when_a_writer_opens(demo_session, data_root) -> None:
    path = resolve_session(demo_session.id, data_root)
    leftover = path.parent / f".{path.name}.abc123.tmp"
    leftover.write_text("half a session")
    SessionStore(path, writer=True).close()
    assert not leftover.exists()


def test_damaged_file_gives_one_sentence(data_root: Path) -> None:
    folder = data_root / "sessions"
    folder.mkdir(parents=True)
    (folder / "kapot.json").write_text('{"session": {"1": {"id": "kapot"', "utf-8")
    with pytest.raises(StoreError, match=r"kapot\.json is damaged"):
        open_reader("kapot", data_root)


def test_full_disk_keeps_the_last_saved_session(demo_session, data_root: Path) -> None:
    """A real write failure (file size limit, like a full disk) leaves the file intact."""
    path = resolve_session(demo_session.id, data_root)
    before = path.read_bytes()
    script = textwrap.dedent(
        f"""
        import resource, signal
        from pathlib import Path
        from werkplaats.errors import StoreError
        from werkplaats.store import SessionStore
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        store = SessionStore(Path({str(path)!r}), writer=True)
        session = store.load()
        resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))
        try:
            with store.edit() as s:
                s.participants[0].intro = "x" * 100_000
        except StoreError as exc:
            print("ERROR", exc)
        print("INTRO", len(store.session.participants[0].intro))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
        env={**os.environ},
    )
    assert "ERROR could not save session" in result.stdout, result.stderr
    assert "INTRO 100000" not in result.stdout  # the in-memory session was rolled back too
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.tmp"))


def test_records_round_trip_every_field(demo_session) -> None:
    from werkplaats.model import Pair, PairStatus, Ref
    from werkplaats.records import session_from_tables, session_to_tables

    demo_session.pairs.append(Pair(Ref("p01", 0), Ref("p02", 0), PairStatus.REJECTED, 0.4, "x"))
    demo_session.tips[1].merged_into = demo_session.tips[0].id
    demo_session.round.speaker = "p03"
    assert session_from_tables(session_to_tables(demo_session), "here") == demo_session
