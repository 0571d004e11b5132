"""Find the vocabulary's phrases in a text: words close together in any order, or in order.

"fiets repareren" also finds "repareer je fiets" (within ``WINDOW`` positions); a phrase with
small words in it ("op de koffie") keeps its order, with short gaps only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from werkplaats.matching.vocabulary import Term, Vocabulary

if TYPE_CHECKING:
    from werkplaats.matching.reading import _Word

WINDOW = 5  # the words of a phrase (any order) lie within this many positions
MAX_GAP = 3  # an ordered phrase such as "op de koffie" may skip this many words per step
STOP_GAP = 1  # ... but after a small word only this many small words ("uit kan laten"):
# a word with content in between breaks the phrase ("te lang" is not "te knotten langs")


def find_phrases(units: list[_Word], places: list[int], lang: str, vocab: Vocabulary
             ) -> list[tuple[Term, set[int]]]:
    """Every phrase of the vocabulary found in the text, longest first."""
    found = []
    present = frozenset().union(*[u.phrase_keys for u in units])
    for term in _phrase_candidates(present, lang, vocab):
        ids = (_find_ordered(term, units, places) if term.ordered
               else _find_window(term, units, places))
        if ids:  # a phrase found only in small words ("look in on") names nothing
            found.append((term, ids))
    return found


@lru_cache(maxsize=100_000)
def _phrase_candidates(present: frozenset[str], lang: str, vocab: Vocabulary
                       ) -> tuple[Term, ...]:
    """The phrases whose every word occurs among ``present`` (the keys of a text that some
    phrase has), longest first: the same for every text with the same phrase words."""
    index = _anchors(lang, vocab)
    candidates: dict[Term, None] = {}
    for key in present:
        for term in index.get(key, ()):
            if not any(map(present.isdisjoint, term.keys)):
                candidates[term] = None
    return tuple(sorted(candidates, key=lambda t: (-len(t.keys), t.surface, t.concept)))


@lru_cache(maxsize=8)
def _anchors(lang: str, vocab: Vocabulary) -> dict[str, list[Term]]:
    """Each phrase under the keys of one of its words, the one fewest phrases share.

    A phrase can only be found where all its words are, so one word is enough to look it
    up by; the rarest keeps the candidates of a text few (a common word such as "helpen"
    is in hundreds of phrases).
    """
    index = vocab.phrases[lang]
    anchors: dict[str, list[Term]] = {}
    seen: set[Term] = set()
    for terms in index.values():
        for term in terms:
            if term in seen:
                continue
            seen.add(term)
            words = [keys for keys, stop in zip(term.keys, term.stops, strict=True) if not stop]
            rarest = min(words, key=lambda keys: sum(len(index.get(k, ())) for k in keys))
            for key in rarest:
                anchors.setdefault(key, []).append(term)
    return anchors


def _find_window(term: Term, units: list[_Word], places: list[int]) -> set[int] | None:
    options_of = [[i for i, u in enumerate(units) if not u.keys.isdisjoint(keys)]
                  for keys in term.keys]
    if not all(options_of):
        return None
    for anchor in options_of[0]:
        chosen = {anchor}
        at = places[anchor]
        for options in options_of[1:]:
            chosen.add(min(options, key=lambda i: abs(places[i] - at)))
        spread = [places[i] for i in chosen]
        if len(chosen) == len(term.keys) and max(spread) - min(spread) <= WINDOW:
            return chosen
    return None


def _find_ordered(term: Term, units: list[_Word], places: list[int]) -> set[int] | None:
    def extend(k: int, last: int) -> list[int] | None:
        if k == len(term.keys):
            return []
        for i in range(last + 1, len(units)):
            # A small word binds to the word after it ("te lang"); a separable particle at
            # the end may come late ("schuift ... aan").
            gap = STOP_GAP if k > 0 and term.stops[k - 1] else MAX_GAP
            if last >= 0 and places[i] - places[last] > gap + 1:
                break
            if k > 0 and term.stops[k - 1] and not all(u.stop for u in units[last + 1:i]):
                break
            if not units[i].keys.isdisjoint(term.keys[k]):
                rest = extend(k + 1, i)
                if rest is not None:
                    return [i, *rest]
        return None

    chosen = extend(0, -1)
    return {i for i in chosen if not units[i].stop} if chosen is not None else None
