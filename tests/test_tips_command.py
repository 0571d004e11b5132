"""``werkplaats tips BUNDLE [--json]``: the headless grouping and ranking."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from werkplaats.cli import main

DEMO_BUNDLE = Path(__file__).resolve().parents[1] / "werkplaats" / "demo" / "demo_bundle.json"


def write_bundle(path: Path, tips: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"title": "t", "participants": [], "tips": tips}), "utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_json_groups_and_ranking_use_bundle_indexes(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "b.json", [
        {"text": "Vraag het persoonlijk", "group": "tafel 1", "votes": 1},
        {"text": "Begin klein", "group": "tafel 2", "votes": 4},
        {"text": "Zet een bankje voor je deur"},
        {"text": "Persoonlijk vragen werkt het best", "group": "tafel 3", "votes": 2},
        {"text": "Klein beginnen", "group": "tafel 1"},
        {"text": "Vraag om hulp", "votes": 2},
    ])
    code, out = run("tips", str(bundle), "--json")
    assert code == 0, out
    assert json.loads(out) == {
        "groups": [[0, 3], [1, 4]],
        "ranking": [
            {"tips": [1, 4], "text": "Begin klein", "votes": 4},
            {"tips": [0, 3], "text": "Vraag het persoonlijk", "votes": 3},
            {"tips": [5], "text": "Vraag om hulp", "votes": 2},
            {"tips": [2], "text": "Zet een bankje voor je deur", "votes": 0},
        ],
    }


def test_every_tip_appears_once_in_the_demo_ranking() -> None:
    code, out = run("tips", str(DEMO_BUNDLE), "--json")
    assert code == 0, out
    report = json.loads(out)
    assert report["groups"] == [[1, 6]]
    indexes = sorted(i for entry in report["ranking"] for i in entry["tips"])
    assert indexes == list(range(10))


def test_text_output_names_groups_tables_and_reasons() -> None:
    code, out = run("tips", str(DEMO_BUNDLE))
    assert code == 0, out
    assert "Lijken hetzelfde te zeggen (vraag, hulp):" in out
    assert "[1] Vraag zelf ook eens om hulp (tafel 2)" in out
    assert "0 stemmen · genoemd door 2 tafels (tafel 2, tafel 1)" in out


def test_english_bundle_without_tips(tmp_path: Path) -> None:
    bundle = tmp_path / "en.json"
    bundle.write_text(json.dumps({"title": "x", "language": "en", "participants": []}), "utf-8")
    code, out = run("tips", str(bundle))
    assert code == 0
    assert "No duplicate tips found." in out and "No tips yet." in out


def test_bad_bundle_is_one_sentence(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "bad.json", [{"text": "ok"}, {"text": ""}])
    code, out = run("tips", str(bundle))
    assert code == 1
    assert out.strip() == f"Error: {bundle}: tips[1].text is empty"
    code, out = run("tips", str(tmp_path / "missing.json"))
    assert code == 1 and "no such file" in out and "Traceback" not in out


def test_loading_the_command_imports_nothing_heavy() -> None:
    code = (
        "import sys, werkplaats.cli, werkplaats.commands.tips; "
        "heavy = {'simplemma', 'rapidfuzz', 'textual', 'scipy', 'jinja2'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
