"""The words that carry a tip, reduced to keys that different phrasings of it share.

"Persoonlijk vragen werkt het best" and "Vraag het persoonlijk" both become the slots
*vraag* and *persoonlijk*: the text is folded (case, accents), split into words, stripped of
words that carry nothing, and each remaining word gets keys from its lemma (simplemma), its
stem (Snowball), a synonym group, a near spelling (rapidfuzz, for typos and
"neighbour"/"neighbor"), and a Dutch particle joined to it ("bel ... aan" = "aanbellen").
A compound gets a weaker *head* key for its last part ("prikbord" ~ "aanbodbord").
Works offline; the lemmatiser is imported lazily because loading it costs a few hundred ms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from werkplaats.tips.vocabulary import PARTICLES, STOPWORDS, SYNONYMS

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STEMMER_LANGUAGE = {"nl": "dutch", "en": "english"}
FUZZY_CUTOFF = 85.0  # rapidfuzz ratio for "the same word, spelt a little differently"
MIN_FUZZY_LENGTH = 5
MIN_HEAD_LENGTH = 3


@dataclass(frozen=True)
class Slot:
    """One word of a tip that carries meaning, with the keys it can match on."""

    word: str  # as written (folded), for explanations
    full: frozenset[str]  # a shared full key means "the same word"
    heads: frozenset[str]  # a shared head key means "related compound" (half weight)


@dataclass(frozen=True)
class TipTerms:
    slots: tuple[Slot, ...]

    def all_keys(self) -> set[str]:
        found: set[str] = set()
        for slot in self.slots:
            found |= slot.full
            found |= slot.heads
        return found


def fold(text: str) -> str:
    """Lower case without accents: "Één Café" -> "een cafe"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


class _Analyser:
    """Lemmas and stems for one session language, cached per word."""

    def __init__(self, language: str) -> None:
        import simplemma
        import snowballstemmer

        # One language only: each lemma dictionary costs 150-350 ms to load.
        self.language = language if language in _STEMMER_LANGUAGE else "nl"
        self._lemmatize = simplemma.lemmatize
        self._stemmer = snowballstemmer.stemmer(_STEMMER_LANGUAGE[self.language])
        self.root = lru_cache(maxsize=None)(self._root)

    def _root(self, word: str) -> tuple[str, str]:
        """(lemma, stem) of a folded word; compounds the lemmatiser splits lose the "_"."""
        lemma = fold(self._lemmatize(word, lang=self.language)).replace("_", "")
        return lemma, self._stemmer.stemWord(lemma)


def analyse(texts: Sequence[str], language: str = "nl") -> list[TipTerms]:
    """The slots of each text, with keys comparable across all of ``texts``."""
    analyser = _Analyser(language)
    tokenised = [words(text) for text in texts]
    content = [[w for w in ws if w not in STOPWORDS and not w.isdigit()] for ws in tokenised]
    vocabulary = {w for ws in content for w in ws}
    roots = {w: analyser.root(w) for w in vocabulary}
    stems = {stem for _, stem in roots.values()} | {lemma for lemma, _ in roots.values()}
    near = _near_spellings(sorted({stem for _, stem in roots.values()}))
    heads = _compound_heads(vocabulary | stems | set(SYNONYMS))

    def full_keys(word: str) -> set[str]:
        lemma, stem = roots[word] if word in roots else analyser.root(word)
        keys = {stem}
        for form in (word, lemma, stem):
            if form in SYNONYMS:
                keys.add(SYNONYMS[form])
        if stem in near:
            keys.add(near[stem])
        return keys

    result = []
    for all_words, kept in zip(tokenised, content, strict=True):
        particles = [w for w in all_words if w in PARTICLES]
        slots = []
        for word in kept:
            full = full_keys(word)
            lemma = roots[word][0]
            for particle in particles:
                if particle != word:
                    full |= full_keys(particle + lemma) - {particle + lemma}
            head_keys = {"h:" + k for k in full}
            for head in heads.get(word, ()):
                head_keys |= {"h:" + k for k in full_keys(head)}
            for particle in PARTICLES:  # "ophangen" is related to "hang"
                rest = word.removeprefix(particle)
                if rest != word and len(rest) >= MIN_HEAD_LENGTH + 1:
                    head_keys |= {"h:" + k for k in full_keys(rest)}
            slots.append(Slot(word, frozenset(full), frozenset(head_keys)))
        result.append(TipTerms(tuple(slots)))
    return result


def _near_spellings(stems: list[str]) -> dict[str, str]:
    """stem -> a shared key for stems spelt nearly alike ("neighbour"/"neighbor")."""
    long_stems = [s for s in stems if len(s) >= MIN_FUZZY_LENGTH]
    if len(long_stems) < 2:
        return {}
    from rapidfuzz import fuzz, process

    scores = process.cdist(long_stems, long_stems, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    near: dict[str, str] = {}
    for i, stem in enumerate(long_stems):
        alike = [long_stems[j] for j in scores[i].nonzero()[0] if j != i]
        if alike:
            near[stem] = "~" + min([stem, *alike])
    return near


def _compound_heads(vocabulary: set[str]) -> dict[str, list[str]]:
    """word -> the known words it ends with: "prikbord" -> ["bord"] when "bord" is known."""
    heads: dict[str, list[str]] = {}
    for word in vocabulary:
        found = [
            word[cut:]
            for cut in range(MIN_HEAD_LENGTH, len(word) - MIN_HEAD_LENGTH + 1)
            if word[cut:] in vocabulary and word[cut:] not in STOPWORDS
        ]
        if found:
            heads[word] = found
    return heads
