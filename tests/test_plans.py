"""Session plans from sessions/*.toml and the facilitator's own plans folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from werkplaats.errors import WerkplaatsError
from werkplaats.plans import available_plans, load_plan


def test_the_seed_workshop_has_its_four_rounds_in_both_languages() -> None:
    plan = load_plan("wehelpen-workshop")
    assert [r.kind for r in plan.rounds] == ["intro", "pairing", "contact", "tips"]
    for rnd in plan.rounds:
        assert rnd.title_in("nl") and rnd.title_in("en")
        assert rnd.title_in("nl") != rnd.title_in("en")
        assert rnd.prompt_in("nl") and rnd.prompt_in("en")
    assert plan.rounds[0].speaker_seconds > 0
    assert load_plan(None).name == "wehelpen-workshop"


def test_short_variant_is_shorter() -> None:
    assert load_plan("kort").minutes < load_plan("wehelpen-workshop").minutes


def test_own_plans_override_and_bad_plans_are_explained(data_root: Path) -> None:
    folder = data_root / "plans"
    folder.mkdir(parents=True)
    (folder / "kort.toml").write_text(
        'minutes = 5\n[[rounds]]\nkind = "intro"\ntitle.nl = "Snel"\n', "utf-8"
    )
    (folder / "stuk.toml").write_text('[[rounds]]\nkind = "dansen"\n', "utf-8")
    assert available_plans(data_root)["kort"] == folder / "kort.toml"
    assert load_plan("kort", data_root).minutes == 5
    with pytest.raises(WerkplaatsError, match=r"stuk.toml: rounds\[0\]: kind 'dansen'"):
        load_plan("stuk", data_root)
