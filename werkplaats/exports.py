"""Which folders a session's files were written to, so ``forget`` can reach them too.

``werkplaats qr`` and ``werkplaats summary`` write outside the data folder, wherever the
facilitator asks. They note the folder here (``<data>/exports/<session>.json``, written
atomically); forgetting a person then rewrites those folders from the session without them,
which also removes the files that were theirs alone.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from werkplaats import locations
from werkplaats.model import Session
from werkplaats.storage import write_atomically

KINDS = ("qr", "summary")


@dataclass(frozen=True)
class Export:
    kind: str
    folder: str
    language: str | None = None
    region: str = "NL"


def _record_file(session_id: str, root: Path | None) -> Path:
    return locations.data_dir(root) / "exports" / f"{session_id}.json"


def recorded(session_id: str, root: Path | None = None) -> list[Export]:
    path = _record_file(session_id, root)
    try:
        rows = json.loads(path.read_text("utf-8"))
        return [Export(**row) for row in rows if row.get("kind") in KINDS]
    except (OSError, ValueError, TypeError):
        return []


def record(session_id: str, export: Export, root: Path | None = None) -> None:
    """Remember that ``export.folder`` holds files of this session (idempotent)."""
    export = Export(export.kind, str(Path(export.folder).resolve()), export.language,
                    export.region)
    rows = [e for e in recorded(session_id, root)
            if (e.kind, e.folder) != (export.kind, export.folder)]
    path = _record_file(session_id, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps([asdict(e) for e in [*rows, export]], ensure_ascii=False, indent=1)
    write_atomically(path, payload.encode("utf-8"))


def rewrite_exports(session: Session, root: Path | None = None) -> list[Path]:
    """Write every recorded folder again from ``session``; returns the folders rewritten."""
    done = []
    for export in recorded(session.id, root):
        folder = Path(export.folder)
        if not folder.is_dir():
            continue
        if export.kind == "summary":
            from werkplaats.summary import write_summaries

            write_summaries(session, folder, export.language)
        else:
            from werkplaats.contact.sheet import write_contact_files

            write_contact_files(session, folder, region=export.region, language=export.language)
        done.append(folder)
    return done


def forget_exports(session_id: str, root: Path | None = None) -> None:
    _record_file(session_id, root).unlink(missing_ok=True)
