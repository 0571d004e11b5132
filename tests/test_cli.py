"""The command-line contract of the foundation: new, list, plans, import, export, forget."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from werkplaats.cli import main
from werkplaats.store import open_reader


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def snapshot_of(folder: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime for p in folder.rglob("*") if ".git" not in p.parts}


def test_new_prints_an_id_that_list_shows(data_root: Path) -> None:
    code, out = run("new", "Buurtkamer")
    assert code == 0
    session_id = out.strip()
    assert session_id.startswith("buurtkamer-")
    assert (data_root / "sessions" / f"{session_id}.json").is_file()
    code, out = run("list")
    assert session_id in out and "Buurtkamer" in out


def test_new_with_an_unknown_plan_names_the_plans(data_root: Path) -> None:
    code, out = run("new", "Buurtkamer", "--plan", "nope")
    assert code == 1
    assert "no session plan 'nope' (available: kort, wehelpen-workshop)" in out
    assert not (data_root / "sessions").exists() or not list((data_root / "sessions").iterdir())


def test_plans_lists_the_shipped_plans() -> None:
    code, out = run("plans", "--lang", "en")
    assert code == 0
    assert "wehelpen-workshop" in out and "kort" in out
    assert "Harvesting tips" in out


def test_import_and_export_samples_through_the_cli(samples, tmp_path: Path, data_root) -> None:
    repo = Path(__file__).resolve().parents[1]
    repo_before = snapshot_of(repo / "werkplaats")
    cwd_before = sorted(os.listdir(Path.cwd()))
    for path in samples:
        _, out = run("new", path.stem)
        session_id = out.strip()
        code, out = run("import", session_id, str(path))
        assert code == 0, out
        target = tmp_path / f"{path.stem}.json"
        code, out = run("export", session_id, "-o", str(target))
        assert code == 0, out
        original, exported = json.loads(path.read_text("utf-8")), json.loads(target.read_text())
        for before, after in zip(original["participants"], exported["participants"], strict=True):
            assert after["id"] == before["id"] and after["name"] == before["name"]
            assert after["asks"] == before.get("asks", [])
            assert after["offers"] == before.get("offers", [])
            assert after.get("contact", {}) == {k: v for k, v in before.get("contact", {}).items()
                                                if v}
            assert after["consent"] == {"share_contact": False, "in_summary": False,
                                        **before.get("consent", {})}
    assert snapshot_of(repo / "werkplaats") == repo_before
    assert sorted(os.listdir(Path.cwd())) == cwd_before


def test_export_to_stdout_is_a_bundle(demo_session) -> None:
    code, out = run("export", demo_session.id)
    assert code == 0
    bundle = json.loads(out)
    assert len(bundle["participants"]) == 14


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "nope", "x.json"], "no session 'nope'"),
        (["export", "nope"], "no session 'nope'"),
        (["forget", "nope", "p01"], "no session 'nope'"),
    ],
)
def test_unknown_session_is_one_sentence(args: list[str], message: str) -> None:
    code, out = run(*args)
    assert code == 1
    assert message in out and "Traceback" not in out


def test_import_of_a_missing_file(demo_session) -> None:
    code, out = run("import", demo_session.id, "/nowhere/list.csv")
    assert code == 1
    assert "/nowhere/list.csv: cannot read it" in out


def test_forget_removes_the_person_and_their_pairs(demo_session, data_root: Path) -> None:
    from werkplaats.model import Pair, PairStatus, Ref
    from werkplaats.store import open_writer

    with open_writer(demo_session.id, data_root) as store, store.edit() as session:
        a, b = session.participants[0], session.participants[1]
        a.asks.append("knippen")
        b.offers.append("ik ben kapster")
        session.pairs.append(Pair(Ref(a.id, len(a.asks) - 1), Ref(b.id, len(b.offers) - 1),
                                  PairStatus.CONFIRMED))
        session.round.speaker = b.id
        email = b.contact.email or "no-email"
        gone_name = b.name
    code, out = run("forget", demo_session.id, b.id)
    assert code == 0, out
    assert f"forgot {gone_name}" in out and "1 pairs" in out
    after = open_reader(demo_session.id, data_root).load()
    assert all(p.id != b.id for p in after.participants)
    assert after.pairs == [] and after.round.speaker is None
    raw = (data_root / "sessions" / f"{demo_session.id}.json").read_text("utf-8")
    assert gone_name not in raw and email not in raw
    code, out = run("forget", demo_session.id, b.id)
    assert code == 1 and f"no participant {b.id!r}" in out


def test_help_and_headless_commands_do_not_import_heavy_libraries(demo_session) -> None:
    for args in (["--help"], ["list"], ["export", demo_session.id]):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "werkplaats", *args],
            capture_output=True, text=True, env=os.environ, timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        imported = {line.split("|")[-1].strip().split(".")[0]
                    for line in proc.stderr.splitlines() if line.startswith("import time:")}
        too_heavy = {"textual", "scipy", "jinja2", "simplemma", "qrcode", "PIL"} & imported
        assert not too_heavy, f"{args}: imports {too_heavy}"


def test_headless_commands_never_import_textual(demo_session, tmp_path: Path) -> None:
    bundle = tmp_path / "b.json"
    code, out = run("export", demo_session.id, "-o", str(bundle))
    assert code == 0, out
    for args in (["pair", str(bundle), "--json"], ["tips", str(bundle), "--json"],
                 ["qr", demo_session.id, "-o", str(tmp_path / "qr")],
                 ["summary", demo_session.id, "-o", str(tmp_path / "sum")],
                 ["mail", demo_session.id, "--dry-run"]):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "werkplaats", *args],
            capture_output=True, text=True, env=os.environ, timeout=120,
        )
        assert proc.returncode == 0, (args, proc.stderr[-2000:])
        imported = {line.split("|")[-1].strip().split(".")[0]
                    for line in proc.stderr.splitlines() if line.startswith("import time:")}
        assert "textual" not in imported, args
