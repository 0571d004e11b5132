"""Words in one place: user-facing text per language (nl, en) from ``werkplaats/words/*.toml``.

Each TOML file holds one area of the app (``app.toml``, ``contact.toml``...) with a ``[nl]``
and an ``[en]`` table; keys are looked up as ``"area.key"``. A key missing in English falls
back to Dutch, and a key missing everywhere shows itself, so a gap is visible, not fatal.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


@cache
def _catalog() -> dict[str, dict[str, str]]:
    words: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    folder = resources.files("werkplaats.words")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        area = entry.name.removesuffix(".toml")
        data = tomllib.loads(entry.read_text("utf-8"))
        for lang in LANGUAGES:
            for key, text in data.get(lang, {}).items():
                words[lang][f"{area}.{key}"] = text
    return words


def t(key: str, language: str = DEFAULT_LANGUAGE, /, **values: Any) -> str:
    """The text for ``key`` ("area.key") in ``language``, with ``{name}`` fields filled in."""
    catalog = _catalog()
    text = catalog.get(language, {}).get(key) or catalog[DEFAULT_LANGUAGE].get(key) or key
    return text.format(**values) if values else text


def translator(language: str):  # type: ignore[no-untyped-def]
    """A ``t`` bound to one language: ``_ = translator("en"); _("app.quit")``."""

    def bound(key: str, /, **values: Any) -> str:
        return t(key, language, **values)

    return bound
