"""Reduce a word to comparison keys per language: its Snowball stem, and its lemma's stem.

Two keys because neither tool is enough alone: the lemmatiser (simplemma) knows irregular
forms (``geknipt`` → ``knippen``, ``taught`` → ``teach``) but maps some Dutch nouns oddly
(``fiets`` → ``fietsen``); the stemmer folds regular forms (``tuinieren``/``tuinier``).
Two words match when they share a key. The Porter variant of the Dutch stemmer is used
because the newer one merges unrelated words (``gerechten`` → ``recht``, ``plantjes`` →
``plan``).

Loading simplemma's dictionaries costs most of a second, so it happens only when the
vocabulary is built (and that result is cached on disk): the lemma keys that matter are
those of vocabulary words, so the vocabulary keeps a table "inflected form → lemma key" for
exactly those (``build_form_table``), and reading a text needs the stemmer only.
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from typing import Any

LANGUAGES = ("nl", "en")
_SNOWBALL_NAMES = {"nl": "dutch_porter", "en": "english"}


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL_NAMES[lang])


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """The Snowball stem (short words and numbers stay as they are)."""
    if len(word) < 3 or word.isdigit():
        return word
    return str(_stemmer(lang).stemWord(word))


@lru_cache(maxsize=50_000)
def full_keys(word: str, lang: str) -> frozenset[str]:
    """Both keys of a word, using the lemmatiser (for vocabulary terms, at build time)."""
    if len(word) < 3 or word.isdigit():
        return frozenset((word,))
    import simplemma

    lemma = simplemma.lemmatize(word, lang=lang).casefold()
    return frozenset((stem(word, lang), stem(lemma, lang)))


def build_form_table(lang: str, wanted: set[str]) -> dict[str, str]:
    """Every dictionary form whose lemma's key is in ``wanted`` (and differs from its own)."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DefaultDictionaryFactory,
    )

    table: dict[str, str] = {}
    stemmer = _stemmer(lang)
    for raw_form, raw_lemma in DefaultDictionaryFactory().get_dictionary(lang).items():
        form = raw_form.decode() if isinstance(raw_form, bytes) else str(raw_form)
        lemma = raw_lemma.decode() if isinstance(raw_lemma, bytes) else str(raw_lemma)
        form = form.casefold()
        key = str(stemmer.stemWord(lemma.casefold())) if len(lemma) >= 3 else lemma
        if key in wanted and len(form) >= 3 and key != stem(form, lang):
            table[form] = key
    return table


def is_known(word: str, lang: str) -> bool:
    """Whether ``word`` is a word of ``lang`` (a form or lemma in simplemma's dictionary)."""
    return known_words(lang).contains(word)


class WordList:
    """A sorted word list searched by bisection: loads in milliseconds, unlike a big set."""

    def __init__(self, words: list[str]) -> None:
        self.blob = "\n".join(words)
        starts = [0]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        self.starts = array("I", starts)
        self.count = len(words)

    def word(self, i: int) -> str:
        end = self.blob.find("\n", self.starts[i])
        return self.blob[self.starts[i]:end if end >= 0 else len(self.blob)]

    def contains(self, word: str) -> bool:
        lo, hi = 0, self.count
        while lo < hi:
            mid = (lo + hi) // 2
            if self.word(mid) < word:
                lo = mid + 1
            else:
                hi = mid
        return lo < self.count and self.word(lo) == word


@lru_cache(maxsize=2)
def known_words(lang: str) -> WordList:
    """All words of simplemma's dictionary, from a disk cache (built once per version)."""
    import pickle

    import simplemma

    from werkplaats.matching.vocabulary import cache_dir, write_cache

    path = cache_dir() / f"words-{lang}-{getattr(simplemma, '__version__', 'x')}.pickle"
    try:
        with path.open("rb") as fh:
            words = pickle.load(fh)
        if isinstance(words, WordList):
            return words
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DefaultDictionaryFactory,
    )

    def text(value: Any) -> str:
        return value.decode() if isinstance(value, bytes) else str(value)

    found = DefaultDictionaryFactory().get_dictionary(lang)
    every = {text(k).casefold() for k in found} | {text(v).casefold() for v in found.values()}
    words = WordList(sorted(w for w in every if "\n" not in w))
    write_cache(path, words)
    return words


def other_language(lang: str) -> str:
    return "en" if lang == "nl" else "nl"
