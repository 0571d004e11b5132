"""A TinyDB storage that never tears a file: temp file, fsync, ``os.replace``, fsync the folder.

TinyDB's own JSONStorage rewrites the file in place, so a process killed mid-write can leave
a broken file behind. This one writes a complete new file next to the old one and swaps it
in, so a reader sees either the old or the new database, never a mix. Read-only instances
(the projector) never write and never create the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

TEMP_SUFFIX = ".tmp"


def temp_prefix(path: Path) -> str:
    return f".{path.name}."


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace ``path`` with ``payload`` so that a crash leaves the old or the new content."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=temp_prefix(path), suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    fsync_dir(path.parent)


def remove_stale_temp_files(path: Path) -> int:
    """Delete temp files a killed writer left behind; returns how many were removed."""
    removed = 0
    for leftover in path.parent.glob(f"{temp_prefix(path)}*{TEMP_SUFFIX}"):
        try:
            leftover.unlink()
            removed += 1
        except FileNotFoundError:
            pass
    return removed


class AtomicJSONStorage(Storage):
    """TinyDB storage with atomic, durable writes; ``read_only=True`` for followers."""

    def __init__(self, path: str | Path, read_only: bool = False, **_: Any) -> None:
        self.path = Path(path)
        self.read_only = read_only

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw:
            return None
        data: dict[str, dict[str, Any]] = json.loads(raw)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path} is opened read-only")
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomically(self.path, payload)

    def close(self) -> None:
        pass
