"""The matcher's shipped build artefacts: fresh, used without building, extended quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

from werkplaats.matching import build
from werkplaats.matching.vocabulary import load_vocabulary


def test_shipped_artefacts_fit_vocabulary_toml_and_the_code() -> None:
    assert build.stale() == [], "stale: run `python -m werkplaats.matching.build` and commit"


def test_the_builtin_vocabulary_comes_from_the_package_not_a_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("WERKPLAATS_CACHE", str(cache))
    vocab = load_vocabulary()
    assert vocab is build.load_builtin()
    assert not cache.exists()  # nothing had to be built or cached


def _assert_stale_until_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the patched sources the shipped artefact is stale; undone, it fits again."""
    build.load_builtin.cache_clear()
    try:
        assert build.load_builtin() is None
        assert str(build.VOCABULARY_ARTEFACT) in build.stale()
    finally:
        monkeypatch.undo()
        build.load_builtin.cache_clear()


def test_a_changed_vocabulary_file_makes_the_artefact_stale(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from werkplaats.matching import vocabulary

    changed = tmp_path / "vocabulary.toml"
    changed.write_bytes(vocabulary.BUILTIN.read_bytes() + b"\n# one more line\n")
    monkeypatch.setattr(vocabulary, "BUILTIN", changed)
    _assert_stale_until_undone(monkeypatch)


def test_a_user_file_is_built_on_top_of_the_shipped_vocabulary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("WERKPLAATS_CACHE", str(cache))
    extra = tmp_path / "extra.toml"
    extra.write_text('[concepts.klootschieten]\nnl = ["klootschieten", "kloot"]\n'
                     '[concepts.kapper]\nnl = ["coiffeur"]\n', encoding="utf-8")
    vocab = load_vocabulary(extra)
    builtin = build.load_builtin()
    assert builtin is not None and vocab is not builtin
    assert len(vocab.concepts) == len(builtin.concepts) + 1
    assert vocab.forms["nl"].items() >= builtin.forms["nl"].items()
    assert list(cache.glob("vocabulary-*.pickle"))  # cached in WERKPLAATS_CACHE, not ~/.cache


def test_known_words_come_from_the_shipped_lists() -> None:
    from werkplaats.matching.stems import is_known

    assert is_known("fiets", "nl") and is_known("kapper", "nl")
    assert is_known("hairdresser", "en") and not is_known("kapstr", "nl")


def test_another_own_key_table_makes_the_artefact_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats.matching import stems

    monkeypatch.setitem(stems.OWN_KEYS["nl"], "voorbeeldwoord", "=voorbeeldwoord")
    _assert_stale_until_undone(monkeypatch)
    assert build.load_builtin() is not None
