"""Shared fixtures: every test gets its own data folder; sample bundles skip when absent."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from werkplaats.demo.session import create_demo_session
from werkplaats.model import Session
from werkplaats.store import SessionStore, resolve_session

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = SHARED / "samples"
FIXED_NOW = datetime(2026, 11, 23, 19, 30)


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Caches the app builds (vocabulary) go to a folder of this test run, not ~/.cache."""
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get("WERKPLAATS_CACHE")
    os.environ["WERKPLAATS_CACHE"] = str(folder)
    yield folder
    if before is None:
        os.environ.pop("WERKPLAATS_CACHE", None)
    else:
        os.environ["WERKPLAATS_CACHE"] = before


@pytest.fixture(autouse=True)
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder for each test, so no test ever touches the real one."""
    root = tmp_path / "data"
    monkeypatch.setenv("WERKPLAATS_HOME", str(root))
    monkeypatch.setenv("WERKPLAATS_CONFIG", str(tmp_path / "config"))
    monkeypatch.delenv("WERKPLAATS_SMTP_PASSWORD", raising=False)
    return root


def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.json")) if SAMPLES.is_dir() else []


@pytest.fixture
def samples() -> list[Path]:
    """The hand-labelled sample bundles in ../shared/samples (skips when they are absent)."""
    paths = sample_paths()
    if not paths:
        pytest.skip("../shared/samples is not beside the repository")
    return paths


@pytest.fixture
def demo_session(data_root: Path) -> Session:
    """A fresh copy of the built-in demo session, created at a fixed time."""
    return create_demo_session(data_root, now=FIXED_NOW)


@pytest.fixture
def demo_store(demo_session: Session, data_root: Path) -> Iterator[SessionStore]:
    """The demo session opened for writing, closed after the test."""
    store = SessionStore(resolve_session(demo_session.id, data_root), writer=True)
    store.load()
    yield store
    store.close()
