"""The shipped vocabulary files: readable, and every relation names a concept that exists."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from werkplaats.matching.vocabulary import builtin_files, read_builtin_raw


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.name)
def test_every_shipped_vocabulary_file_is_valid_toml_with_concepts(path: Path) -> None:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    assert data.get("concepts"), f"{path.name} has no [concepts.*] tables"


def test_every_relation_and_mode_names_a_concept_of_the_vocabulary() -> None:
    raw = read_builtin_raw()
    names = set(raw["concepts"])
    dangling = sorted(f"{name} -> {other}" for name, spec in raw["concepts"].items()
                      for other in spec.get("related", {}) if other not in names)
    assert not dangling, f"related to concepts that do not exist: {dangling}"
    for mode, spec in raw["modes"].items():
        assert set(spec.get("answered_by", [])) <= names, mode


def test_every_concept_has_words_and_sane_settings() -> None:
    raw = read_builtin_raw()
    for name, spec in raw["concepts"].items():
        assert spec.get("nl") or spec.get("en"), f"concept {name} has no words"
        assert 0 < float(spec.get("spec", 1.0)) <= 1, name
        assert all(0 < float(r) <= 1 for r in spec.get("related", {}).values()), name
