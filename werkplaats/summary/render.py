"""Rendering summaries with jinja2 templates (``templates/``) as Markdown and as HTML.

The HTML environment autoescapes everything; the Markdown environment escapes every value
for Markdown (and folds line breaks) through ``finalize``, so a name like ``*Jort*`` or
``<script>`` stays text in both. The HTML pages carry their CSS inline and load nothing
from anywhere: they open offline, in a browser or a mail program.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from werkplaats.errors import WerkplaatsError
from werkplaats.i18n import LANGUAGES, translator
from werkplaats.model import Session
from werkplaats.summary.build import (
    GroupSummary,
    OrganiserSummary,
    PersonalSummary,
    SessionFacts,
    group_summary,
    organiser_summary,
    personal_summary,
)

if TYPE_CHECKING:
    import jinja2

Summary = GroupSummary | PersonalSummary | OrganiserSummary
_TEMPLATE = {GroupSummary: "group", PersonalSummary: "personal", OrganiserSummary: "organiser"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_SPACES = re.compile(r"\s+")
_SAFE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def markdown_text(value: Any) -> str:
    """A value as literal Markdown text on one line."""
    if value is None:
        return ""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(value)))


def file_stem(person_id: str) -> str:
    """A file or folder name for a participant id; odd ids get a stable hashed name."""
    if _SAFE_STEM.match(person_id):
        return person_id
    return "x-" + hashlib.sha256(person_id.encode("utf-8")).hexdigest()[:16]


@cache
def _environment(kind: str) -> jinja2.Environment:
    import jinja2

    loader = jinja2.PackageLoader("werkplaats.summary", "templates")
    if kind == "html":
        env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    else:
        env = jinja2.Environment(
            loader=loader,
            autoescape=False,
            finalize=markdown_text,
            undefined=jinja2.StrictUndefined,
        )
    env.trim_blocks = True
    env.lstrip_blocks = True
    return env


def render(summary: Summary, kind: str, language: str | None = None) -> str:
    """``summary`` as ``"md"`` or ``"html"`` text in ``language`` (default: its own)."""
    lang = language or summary.language
    template = _environment(kind).get_template(f"{_TEMPLATE[type(summary)]}.{kind}.j2")
    return template.render(s=summary, _=translator(lang), lang=lang)


@dataclass(frozen=True)
class SummarySet:
    group: GroupSummary
    organiser: OrganiserSummary
    personal: list[PersonalSummary]


def summaries(session: Session, language: str | None = None) -> SummarySet:
    """All summaries of ``session`` as data."""
    lang = language or session.language
    if lang not in LANGUAGES:
        raise WerkplaatsError(f"no summaries in language {lang!r} (choose from nl, en)")
    facts = SessionFacts(session, lang)
    return SummarySet(
        group=group_summary(facts),
        organiser=organiser_summary(facts),
        personal=[personal_summary(facts, person) for person in session.participants],
    )


def write_summaries(session: Session, folder: Path, language: str | None = None) -> list[Path]:
    """Write group, organiser and personal summaries (``.md`` and ``.html``) into ``folder``."""
    made = summaries(session, language)
    written: list[Path] = []
    try:
        (folder / "personal").mkdir(parents=True, exist_ok=True)
        for name, summary in (("group", made.group), ("organiser", made.organiser)):
            written += _write_both(summary, folder / name)
        for personal in made.personal:
            written += _write_both(personal, folder / "personal" / file_stem(personal.person_id))
        # a person forgotten (or without mail consent now) keeps no summary from an earlier run
        for old in (folder / "personal").glob("*"):
            if old.suffix in (".md", ".html") and old not in written:
                old.unlink()
    except OSError as exc:
        raise WerkplaatsError(f"cannot write summaries to {folder}: {exc.strerror}") from None
    return written


def _write_both(summary: Summary, base: Path) -> list[Path]:
    paths = []
    for kind in ("md", "html"):
        path = base.with_name(f"{base.name}.{kind}")
        path.write_text(render(summary, kind), encoding="utf-8")
        paths.append(path)
    return paths
