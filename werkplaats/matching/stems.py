"""Reduce a word to comparison keys per language: its Snowball stem, and its lemma's stem.

Two keys because neither tool is enough alone: the lemmatiser (simplemma) knows irregular
forms (``geknipt`` → ``knippen``, ``taught`` → ``teach``) but maps some Dutch nouns oddly
(``fiets`` → ``fietsen``); the stemmer folds regular forms (``tuinieren``/``tuinier``).
Two words match when they share a key. The Porter variant of the Dutch stemmer is used
because the newer one merges unrelated words (``gerechten`` → ``recht``, ``plantjes`` →
``plan``).

Loading simplemma's dictionaries costs most of a second, so it happens only when the
vocabulary is built (ahead of time, see ``build``): the lemma keys that matter are those of
vocabulary words, so the vocabulary keeps a table "inflected form → lemma key" for exactly
those (``build_form_table``), and reading a text needs the stemmer and the shipped list of
known words only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

LANGUAGES = ("nl", "en")
_SNOWBALL_NAMES = {"nl": "dutch_porter", "en": "english"}
_PLAIN = re.compile(r"[a-z]+")


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(_SNOWBALL_NAMES[lang])


MIN_STEM = 4  # a stem shorter than this is too short to tell words apart (roken/rok)
# Words whose stem (and lemma) they share with a word of another meaning: they get a key of
# their own. "ouders" (parents) and "ouderen" (the elderly) both stem to "ouder"; "animation"
# and "animals" to "anim"; "engineer" and "engine" to "engin"; "rekening" (a bill) and
# "rekenen" (sums) to "reken".
OWN_KEYS = {
    "nl": {"ouders": "ouders", "oudste": "oudste", "rekening": "rekening",
           "rekeningen": "rekening"},
    "en": {"animation": "animation", "animations": "animation", "animator": "animation",
           "engineer": "engineer", "engineers": "engineer", "engineering": "engineer"},
}
# The same for a vocabulary word whose stem is one of the commonest words of the language
# with another meaning: "zekering" (a fuse) must not be found in every "zeker" (surely),
# "followers" not in "follow", "hearing" (aid) not in "I heard". Found by reading which of
# the language's few thousand most frequent words named a concept on their own.
_OWN = {
    "nl": ["zekering zekeringen", "rondje rondjes", "bekendheid naamsbekendheid",
           "vroeger", "oudere", "gevlucht", "passen", "stekken stekje stekjes", "schaatsen schaats",
           "beperking beperkingen", "instelling instellingen", "letteren", "socials",
           # and common words that would otherwise meet a vocabulary word
           "hennen", "sla", "lassen lasser lassers laswerk", "baasje baasjes",
           "akkoorden", "witten", "procenten", "zorg", "bidden", "partijtje partijtjes",
           "koppeling", "negatieven", "zelfstandige zelfstandigen",
           "koerden koerdisch", "spaans spaanse", "sloot",
           "bevalling bevallingen", "belast", "stallen stalling", "ingezakt",
           "regeling regelingen", "verzorgende verzorgenden", "kies",
           "werkster werksters", "erven", "vereniging verenigingen", "bramen", "reu",
           "kitten kittens", "tikkie", "aanspraak", "terminaal", "drukte",
           "geldt", "past", "bad", "afkomstig", "rechts", "natuurlijk natuurlijke",
           "verenigde verenigd", "slotte", "bijeen", "zichtbaarheid",
           "gedeald dealen"],
    "en": ["publicity", "followers follower", "mindfulness", "programming",
           "programmer programmers", "marketing", "marketer marketers", "marketeer",
           "hearing", "developer developers", "recorder recorders", "provider providers",
           "clearing", "accountant accountants", "nature", "forgetful", "felting",
           "allowance allowances", "accessible", "physics", "removal removals",
           "influencer influencers", "improv", "generator generators",
           "references reference", "conservation", "attachment attachments", "boxing",
           "leaves", "pricing", "busy", "droppings", "typing", "planning", "settings",
           "cuttings", "blocked", "parking", "formed",
           "inflatable inflatables", "minimalism", "moderator moderators", "mechanic mechanics",
           "detective", "revision", "hosting", "commissioning",
           "radicalization radicalisation radicalized radicalised",
           "hospital hospitals", "audition auditions", "retriever retrievers",
           "tribunal tribunals", "gps"],
}
for _lang, _groups in _OWN.items():
    for _group in _groups:
        _words = _group.split()
        # "=" keeps the key apart from every stem ("improv" is also the stem of "improve")
        OWN_KEYS[_lang].update({w: "=" + _words[0] for w in _words})


def own_keys_digest() -> str:
    """A short digest of OWN_KEYS: builds made with another table are stale."""
    import hashlib

    table = repr(sorted((lang, sorted(keys.items())) for lang, keys in OWN_KEYS.items()))
    return hashlib.sha256(table.encode()).hexdigest()[:12]


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str) -> str:
    """The Snowball stem (short words and numbers stay as they are).

    A stem is never cut below ``MIN_STEM`` letters: ``roken`` (to smoke) would become
    ``rok`` (a skirt) and ``muren`` ``mur``. Such a word keeps its own form; its lemma's
    key (``muur``) still joins it to its other forms.
    """
    if len(word) < 3 or word.isdigit():
        return word
    own = OWN_KEYS[lang].get(word)
    if own is not None:
        return own
    stemmed = str(_stemmer(lang).stemWord(word))
    return stemmed if len(stemmed) >= MIN_STEM else word


@lru_cache(maxsize=50_000)
def full_keys(word: str, lang: str) -> frozenset[str]:
    """Both keys of a word, using the lemmatiser (for vocabulary terms, at build time)."""
    if len(word) < 3 or word.isdigit():
        return frozenset((word,))
    if word in OWN_KEYS[lang]:
        return frozenset((OWN_KEYS[lang][word],))
    import simplemma

    lemma = simplemma.lemmatize(word, lang=lang).casefold()
    return frozenset((stem(word, lang), stem(lemma, lang)))


def build_form_table(lang: str, wanted: set[str]) -> dict[str, str]:
    """Every dictionary form whose lemma's key is in ``wanted`` (and differs from its own)."""
    table: dict[str, str] = {}
    lemma_key: dict[str, str] = {}
    for form, lemma in dictionary_pairs(lang):
        key = lemma_key.get(lemma)
        if key is None:
            key = lemma_key[lemma] = stem(lemma, lang)
        # an own key is reached by the forms OWN_KEYS lists only ("las" is not "lassen")
        if key in wanted and len(form) >= 3 and key != stem(form, lang) and (
                form not in OWN_KEYS[lang]) and not key.startswith("="):
            table[form] = key
    return table


def dictionary_pairs(lang: str) -> list[tuple[str, str]]:
    """simplemma's (form, lemma) pairs for ``lang``, folded like texts are (slow: build only)."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DefaultDictionaryFactory,
    )

    from werkplaats.matching.normalise import fold

    def text(value: Any) -> str:
        return fold(value.decode() if isinstance(value, bytes) else str(value))

    return [(text(k), text(v)) for k, v in DefaultDictionaryFactory().get_dictionary(lang).items()]


def is_known(word: str, lang: str) -> bool:
    """Whether ``word`` is a word of ``lang`` (a form or lemma in simplemma's dictionary)."""
    words = known_words(lang)
    i = bisect_left(words, word)
    return i < len(words) and words[i] == word


def word_list(lang: str) -> list[str]:
    """Every plain word (a-z only) of simplemma's dictionary, sorted (slow: build only)."""
    every = {w for pair in dictionary_pairs(lang) for w in pair}
    return sorted(w for w in every if _PLAIN.fullmatch(w))


def is_real_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a word of ``lang`` for simplemma or for a spelling dictionary.

    Only typo repair asks this: a word a dictionary knows was written on purpose. Compound
    splitting keeps asking ``is_known``, whose list has few compounds.
    """
    if is_known(word, lang) or word in OWN_KEYS[lang]:
        return True
    words = _dictionary(lang)
    i = bisect_left(words, word)
    return i < len(words) and words[i] == word


@lru_cache(maxsize=2)
def _dictionary(lang: str) -> list[str]:
    from werkplaats.matching.build import load_dictionary

    return load_dictionary(lang)


@lru_cache(maxsize=2)
def known_words(lang: str) -> list[str]:
    """The sorted word list shipped with the package, or else built and cached on disk."""
    from werkplaats.matching.build import load_words

    return load_words(lang)


def other_language(lang: str) -> str:
    return "en" if lang == "nl" else "nl"
