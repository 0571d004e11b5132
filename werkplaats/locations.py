"""Where werkplaats keeps its files: sessions and outboxes in the user data folder.

Session files hold personal data, so they never live in the current directory or in the
repository. ``--data DIR`` or ``WERKPLAATS_HOME`` moves everything to another folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "werkplaats"


def data_dir(override: Path | str | None = None) -> Path:
    """The root folder for this user's sessions: --data, else WERKPLAATS_HOME, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("WERKPLAATS_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder for settings such as SMTP (WERKPLAATS_CONFIG overrides it)."""
    env = os.environ.get("WERKPLAATS_CONFIG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def sessions_dir(root: Path | str | None = None) -> Path:
    return data_dir(root) / "sessions"


def session_file(session_id: str, root: Path | str | None = None) -> Path:
    return sessions_dir(root) / f"{session_id}.json"


def outbox_dir(session_id: str, root: Path | str | None = None) -> Path:
    """Mail for one session waits here until it is sent."""
    return data_dir(root) / "outbox" / session_id
