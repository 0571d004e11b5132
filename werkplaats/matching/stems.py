"""Reduce a word to a comparison key per language: lemma first, then a Snowball stem.

The lemmatiser (simplemma) knows irregular forms (``geknipt`` → ``knippen``, ``taught`` →
``teach``); the stemmer folds what is left (``tuinieren``/``tuinier``). Both are loaded on
first use only, because simplemma's Dutch dictionary costs a quarter of a second and the
command line must start fast. Every word is reduced once per process (cached).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("nl", "en")
_SNOWBALL_NAMES = {"nl": "dutch", "en": "english"}


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL_NAMES[lang])


@lru_cache(maxsize=200_000)
def word_key(word: str, lang: str) -> str:
    """The key under which ``word`` is compared in ``lang`` (``kapsters`` → ``kapster``)."""
    if len(word) < 3 or word.isdigit():
        return word
    import simplemma

    lemma = simplemma.lemmatize(word, lang=lang)
    return str(_stemmer(lang).stemWord(lemma.casefold()))


@lru_cache(maxsize=200_000)
def is_known(word: str, lang: str) -> bool:
    """Whether the lemmatiser's dictionary knows ``word`` (used before guessing a typo)."""
    import simplemma

    return bool(simplemma.is_known(word, lang=lang))


def other_language(lang: str) -> str:
    return "en" if lang == "nl" else "nl"
