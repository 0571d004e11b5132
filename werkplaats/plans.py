"""Session plans: the rounds of a workshop with their prompts (nl, en) and timings.

Plans are TOML files. The ones shipped with the app live in the repository's ``sessions/``
folder (packaged as ``werkplaats/_plans``); a facilitator can add their own in
``<data folder>/plans/``, where a plan with the same name wins.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkplaats import locations
from werkplaats.errors import WerkplaatsError

DEFAULT_PLAN = "wehelpen-workshop"
ROUND_KINDS = ("intro", "pairing", "contact", "tips")
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Round:
    kind: str
    title: dict[str, str]
    prompt: dict[str, str]
    minutes: int = 0
    speaker_seconds: int = 0
    dots_per_person: int = 5
    max_per_tip: int = 3

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title.get("nl") or self.kind

    def prompt_in(self, language: str) -> str:
        return self.prompt.get(language) or self.prompt.get("nl") or ""


@dataclass(frozen=True)
class Plan:
    name: str
    title: dict[str, str]
    description: dict[str, str]
    minutes: int
    rounds: tuple[Round, ...] = field(default_factory=tuple)
    path: Path | None = None

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title.get("nl") or self.name

    def description_in(self, language: str) -> str:
        return self.description.get(language) or self.description.get("nl") or ""


def plan_dirs(root: Path | None = None) -> list[Path]:
    """Folders searched for plans, lowest priority first."""
    here = Path(__file__).resolve().parent
    return [here.parent / "sessions", here / "_plans", locations.data_dir(root) / "plans"]


def _texts(value: Any, where: str, key: str) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"nl": value}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise WerkplaatsError(f"{where}: '{key}' must be text per language (nl = ..., en = ...)")
    return dict(value)


def parse_plan(data: dict[str, Any], where: str, name: str) -> Plan:
    rounds = []
    for i, raw in enumerate(data.get("rounds", [])):
        at = f"{where}: rounds[{i}]"
        kind = raw.get("kind")
        if kind not in ROUND_KINDS:
            raise WerkplaatsError(f"{at}: kind {kind!r} is not one of {', '.join(ROUND_KINDS)}")
        for key in ("minutes", "speaker_seconds", "dots_per_person", "max_per_tip"):
            if not isinstance(raw.get(key, 0), int) or raw.get(key, 0) < 0:
                raise WerkplaatsError(f"{at}: {key} must be a whole number of 0 or more")
        rounds.append(
            Round(
                kind=kind,
                title=_texts(raw.get("title"), at, "title"),
                prompt=_texts(raw.get("prompt"), at, "prompt"),
                minutes=raw.get("minutes", 0),
                speaker_seconds=raw.get("speaker_seconds", 0),
                dots_per_person=raw.get("dots_per_person", 5) or 5,
                max_per_tip=raw.get("max_per_tip", 3) or 3,
            )
        )
    if not rounds:
        raise WerkplaatsError(f"{where}: a plan needs at least one [[rounds]] entry")
    return Plan(
        name=name,
        title=_texts(data.get("title"), where, "title"),
        description=_texts(data.get("description"), where, "description"),
        minutes=int(data.get("minutes", sum(r.minutes for r in rounds))),
        rounds=tuple(rounds),
    )


def read_plan(path: Path) -> Plan:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise WerkplaatsError(f"{path}: not a valid plan ({exc})") from None
    except OSError as exc:
        raise WerkplaatsError(f"{path}: cannot read it ({exc.strerror})") from None
    plan = parse_plan(data, str(path), path.stem)
    return Plan(plan.name, plan.title, plan.description, plan.minutes, plan.rounds, path)


def available_plans(root: Path | None = None) -> dict[str, Path]:
    """Plan name -> file; later folders override earlier ones."""
    found: dict[str, Path] = {}
    for folder in plan_dirs(root):
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = path
    return dict(sorted(found.items()))


def load_plan(name: str | None, root: Path | None = None) -> Plan:
    """The plan called ``name`` (the default plan when empty); unknown names are an error."""
    plans = available_plans(root)
    wanted = name or DEFAULT_PLAN
    if wanted not in plans:
        names = ", ".join(plans) or "none"
        raise WerkplaatsError(f"no session plan {wanted!r} (available: {names})")
    return read_plan(plans[wanted])
