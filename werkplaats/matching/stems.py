"""Reduce a word to comparison keys per language: its Snowball stem, and its lemma's stem.

Two keys because neither tool is enough alone: the lemmatiser (simplemma) knows irregular
forms (``geknipt`` → ``knippen``, ``taught`` → ``teach``) but maps some Dutch nouns oddly
(``fiets`` → ``fietsen``); the stemmer folds regular forms (``tuinieren``/``tuinier``).
Two words match when they share a key. The Porter variant of the Dutch stemmer is used
because the newer one merges unrelated words (``gerechten`` → ``recht``, ``plantjes`` →
``plan``). Both tools load on first use only (simplemma's Dutch dictionary costs a quarter
of a second, and the command line must start fast); every word is reduced once (cached).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LANGUAGES = ("nl", "en")
_SNOWBALL_NAMES = {"nl": "dutch_porter", "en": "english"}


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL_NAMES[lang])


@lru_cache(maxsize=200_000)
def word_keys(word: str, lang: str) -> frozenset[str]:
    """The keys under which ``word`` is compared in ``lang`` (``knipt`` → knipt, knipp)."""
    if len(word) < 3 or word.isdigit():
        return frozenset((word,))
    import simplemma

    stem = _stemmer(lang).stemWord
    lemma = simplemma.lemmatize(word, lang=lang).casefold()
    return frozenset((str(stem(word)), str(stem(lemma))))


def canonical_key(word: str, lang: str) -> str:
    """One key per word, for counting shared words (the lemma's stem where it differs)."""
    return max(word_keys(word, lang), key=lambda k: (len(k), k))


@lru_cache(maxsize=200_000)
def is_known(word: str, lang: str) -> bool:
    """Whether the lemmatiser's dictionary knows ``word`` (used before guessing a typo)."""
    import simplemma

    return bool(simplemma.is_known(word, lang=lang))


def other_language(lang: str) -> str:
    return "en" if lang == "nl" else "nl"
