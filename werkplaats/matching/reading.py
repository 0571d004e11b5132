"""Read one ask or offer: which concepts of the vocabulary it speaks about, and in which words.

Steps, in order: tokens and language (``normalise``); a key per word (``stems``), falling
back to the other language for loanwords, to the parts of a Dutch compound
(``fietsband`` → ``fiets`` + ``band``) and to the closest vocabulary word for a typo
(``kapstr`` → ``kapster``); phrases before single words, so that ``oppas voor mijn planten``
is about plants and not about children; and finally context for words with more than one
meaning (``bank`` to sit on or to bank with) and for words that are weak alone
(``Italiaans`` is a language only next to ``oefenen`` or ``les``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from werkplaats.matching.normalise import STOPWORDS, language_votes, scan, stop_words
from werkplaats.matching.phrases import find_phrases
from werkplaats.matching.stems import is_known, is_real_word, other_language, stem
from werkplaats.matching.vocabulary import Term, Vocabulary
from werkplaats.matching.weighing import Match, weigh

TYPO_CUTOFF = 84  # rapidfuzz ratio for accepting a typo repair
# "niet achter een computer": the words after these are what the person does *not* want.
NEGATIONS = (("niet", "achter"), ("not", "behind"), ("in", "plaats", "van"),
             ("instead", "of"), ("geen", "zin", "in"),
             # "spreekt geen Nederlands": the language named is the one missing
             ("spreekt", "geen"), ("spreek", "geen"), ("spreken", "geen"),
             ("spreekt", "nauwelijks"), ("speaks", "no"), ("doesnt", "speak"),
             ("dont", "speak"), ("cant", "speak"), ("speaks", "hardly"))
NEGATED_SPAN = 3
_NEGATION_STARTS = {n[0] for n in NEGATIONS}
_NEGATIONS_FROM = {start: [n for n in NEGATIONS if n[0] == start] for start in _NEGATION_STARTS}

@dataclass(frozen=True, slots=True, eq=False)  # slots: the fastest attributes to read
class _Word:
    """How one word is read in a text of one language: the same in every text, so it is
    worked out once per word (``_read_word``) and a text only looks its words up."""

    surface: str
    keys: frozenset[str]  # keys in the text's language (used for phrases)
    lang: str  # the language whose vocabulary this word matched in
    match_keys: frozenset[str]  # the keys to look up in that language's single-word index
    stop: bool
    senses: tuple[int, ...]  # the concepts of its one-word terms, in order (none for a stop)
    word_key: str | None  # its key among a profile's words or terms (None: not kept there)
    context_keys: frozenset[str]  # keys it offers as context to another word
    phrase_keys: frozenset[str]  # its keys that some phrase of the vocabulary has


@dataclass
class Profile:
    """What one text is about: concept index -> (weight, the words that said so)."""

    lang: str
    concepts: dict[int, tuple[float, str]] = field(default_factory=dict)
    markers: set[str] = field(default_factory=set)
    words: dict[str, str] = field(default_factory=dict)  # leftover content keys -> surface
    terms: dict[str, str] = field(default_factory=dict)  # keys of the words concepts came from




def read_text(text: str, vocab: Vocabulary, default_lang: str = "nl",
              ask: bool = False) -> Profile:
    """What ``text`` is about; an ``ask`` also tells its need from its setting."""
    surfaces, positions, _, pieces = scan(text, vocab.abbreviations)
    lang = _language(surfaces, default_lang)
    skip = _negated(surfaces)
    if skip:
        kept = [i for i in range(len(surfaces)) if i not in skip]
        surfaces = [surfaces[i] for i in kept]
        positions = [positions[i] for i in kept]
    # The units: a word, or the parts of a compound, each with the position of its word.
    if pieces:
        reads = [_read_word(surface, lang, pieces.get(surface, ()), vocab)
                 for surface in surfaces]
    else:  # no hyphenated word: every word from the memo (a dict: the cheapest look-up)
        known = _words_read(lang, vocab)
        reads = [known[surface] if surface in known else _remember(surface, lang, vocab)
                 for surface in surfaces]
    units = [unit for read in reads for unit in read]
    if len(units) == len(reads) and all(reads):
        places = positions  # one unit per word, as is usual
    else:
        places = [pos for read, pos in zip(reads, positions, strict=True) for _ in read]
    used: set[int] = set()
    matches: list[Match] = []
    concepts, idioms = vocab.concepts, _idioms(vocab)
    for term, ids in find_phrases(units, places, lang, vocab):
        if ids.isdisjoint(used):
            used |= ids
            if not concepts[term.concept].idiom:
                matches.append(((term.concept,), term.surface, ids))
    profile = Profile(lang)
    words, terms = profile.words, profile.terms
    for i, unit in enumerate(units):  # one pass: single words, then what a profile keeps
        if i in used:
            explained = True
        elif unit.senses:
            # a one-word idiom ("closeknit") names nothing, like an idiom phrase
            senses = unit.senses if idioms.isdisjoint(unit.senses) else tuple(
                c for c in unit.senses if c not in idioms)
            if senses:
                matches.append((senses, unit.surface, {i}))
            used.add(i)
            explained = True
        else:
            explained = False
        if unit.word_key is not None:
            (terms if explained else words).setdefault(unit.word_key, unit.surface)
    weigh(matches, units, places, vocab, profile, ask)
    if "goods" in vocab.mode_factors and _asks_or_offers_a_thing(" ".join(surfaces), ask):
        profile.markers.add("goods")
    return profile


def _language(surfaces: list[str], default: str) -> str:
    """The text's language by its small words; with none to tell ("Retired heating engineer",
    "Oud-installateur"), by the words only one of the two languages' dictionaries knows."""
    nl, en = language_votes(surfaces)
    if nl == en:
        nl = sum(1 for w in surfaces if is_real_word(w, "nl") and not is_real_word(w, "en"))
        en = sum(1 for w in surfaces if is_real_word(w, "en") and not is_real_word(w, "nl"))
    if nl != en:
        return "nl" if nl > en else "en"
    return default if default in ("nl", "en") else "nl"


def _asks_or_offers_a_thing(said: str, ask: bool) -> bool:
    # Each way of saying it holds one of these words: most texts skip the slower search.
    if ask:
        return ("heeft" in said or "heb jij" in said or "have" in said or " got" in said) and (
            _HAVE.search(said) is not None)
    return ("heb" in said or "have" in said or "ve got" in said) and (
        _HAS.search(said) is not None)


# "heeft iemand een aggregaat?", "wie heeft er een partytent", "does anyone have a ladder":
# an ask to have a thing (not a tip, an idea or time)
_HAVE = re.compile(
    r"\b(?:heeft iemand|wie heeft|heb jij|heeft u|anyone have|anybody have|anyone got"
    r"|anybody got|someone have)\b(?: er)? (?:een|a|an) (?!idee|tip|tips|ervaring|tijd|zin"
    r"|idea|tips?\b|experience|time\b)")
# "we hebben een kabelhaspel in de schuur", "I have a trailer": an offer of a thing
_HAS = re.compile(r"\b(?:heb|hebben|have|i've got|we've got)\b(?: er| nog)? (?:een|a|an) ")


@lru_cache(maxsize=8)
def _idioms(vocab: Vocabulary) -> frozenset[int]:
    return frozenset(i for i, c in enumerate(vocab.concepts) if c.idiom)


@lru_cache(maxsize=8)
def _words_read(lang: str, vocab: Vocabulary) -> dict[str, tuple[_Word, ...]]:
    """The words of texts in ``lang`` read so far (written whole): surface -> units."""
    return {}


def _remember(surface: str, lang: str, vocab: Vocabulary) -> tuple[_Word, ...]:
    known = _words_read(lang, vocab)
    if len(known) >= 100_000:
        known.clear()  # a long-running app meets new words forever
    known[surface] = _read_word(surface, lang, (), vocab)
    return known[surface]


def _read_word(surface: str, lang: str, parts: tuple[str, ...], vocab: Vocabulary
               ) -> tuple[_Word, ...]:
    """The units one word of a text in ``lang`` gives (``parts``: the pieces it was written
    in, ``ikea-bed``)."""
    resolved = _resolve(surface, surface in stop_words(lang) or len(surface) < 2, lang, vocab)
    if parts and not any(_indexed(r[3], r[2], vocab) for r in resolved):
        # "ikea-bed": the joined word means nothing, its pieces may ("ikea" + "bed").
        resolved = tuple(r for part in parts if len(part) >= 2
                         for r in _resolve(part, part in STOPWORDS, lang, vocab))
    words = []
    for word, keys, match_lang, match_keys, stop in resolved:
        terms = () if stop else _single_terms(match_keys, match_lang, vocab)
        words.append(_Word(word, keys, match_lang, match_keys, stop,
                           tuple(sorted({t.concept for t in terms})),
                           None if stop or len(word) < 3 else stem(word, lang),
                           keys | match_keys, keys & _phrase_words(lang, vocab)))
    return tuple(words)


@lru_cache(maxsize=8)
def _phrase_words(lang: str, vocab: Vocabulary) -> frozenset[str]:
    """Every key of every word of the phrases of ``lang`` (small words included)."""
    terms = {term: None for terms in vocab.phrases[lang].values() for term in terms}
    return frozenset().union(*[keys for term in terms for keys in term.keys])


@lru_cache(maxsize=100_000)
def _single_terms(keys: frozenset[str], lang: str, vocab: Vocabulary) -> list[Term]:
    """The one-word terms a word's keys find, in a fixed order, once per distinct word."""
    index = vocab.single[lang]
    return list({t: None for k in sorted(keys) for t in index.get(k, ())})


def _negated(words: list[str]) -> set[int]:
    """Indexes of the words a negation rules out ("niet achter een computer")."""
    if _NEGATION_STARTS.isdisjoint(words):
        return set()
    skip: set[int] = set()
    for i, word in enumerate(words):
        for negation in _NEGATIONS_FROM.get(word, ()):
            if tuple(words[i:i + len(negation)]) == negation:
                end = i + len(negation)
                skip.update(range(end, min(len(words), end + NEGATED_SPAN)))
    return skip


@lru_cache(maxsize=100_000)
def _resolve(surface: str, stop: bool, lang: str, vocab: Vocabulary
             ) -> tuple[tuple[str, frozenset[str], str, frozenset[str], bool], ...]:
    """How one word is read, once per word: own language, loanword, compound or typo."""
    keys = vocab.keys(surface, lang)
    if stop or _indexed(keys, lang, vocab):
        return ((surface, keys, lang, keys, stop),)
    other = other_language(lang)
    other_keys = vocab.keys(surface, other)
    if _indexed(other_keys, other, vocab) and not is_known(surface, lang):
        return ((surface, keys, other, other_keys, stop),)
    if lang == "nl" and len(surface) >= 7 and not is_known(surface, "nl"):
        parts = _compound_parts(surface, vocab)
        if parts:
            return tuple((p, k, "nl", k, False) for p, k in parts)
    repaired = _repair_typo(surface, lang, vocab)
    if repaired is not None:
        return ((surface, keys, repaired[0], repaired[1], False),)
    return ((surface, keys, lang, keys, stop),)


def _indexed(keys: frozenset[str], lang: str, vocab: Vocabulary) -> bool:
    return any(k in vocab.single[lang] or k in vocab.phrases[lang] for k in keys)


# Endings that make a new word rather than name a second thing: "ondernemerschap" is not
# about sheep (schapen), "beterschap" neither.
_SUFFIXES = frozenset({"schap", "schappen", "heid", "heden", "lingen", "achtig", "achtige",
                       "baar", "bare", "zaam", "zame", "loos", "loze", "isme", "ismen"})


def _compound_parts(word: str, vocab: Vocabulary) -> list[tuple[str, frozenset[str]]]:
    """Known parts of a Dutch compound: a vocabulary word at its end or at its start.

    The rest of the word must be a word too (``buurvrouw`` is not ``buurv`` + ``rouw``),
    parts have four letters or more and are no function words (``bijhouden`` is not
    ``bij`` + ``houden``), and a linking -s- or -en- may sit between the parts.
    """
    def indexed(part: str) -> frozenset[str] | None:
        keys = vocab.keys(part, "nl")
        ok = len(part) >= 4 and part not in STOPWORDS and _indexed(keys, "nl", vocab)
        return keys if ok else None

    def word_like(part: str) -> str | None:
        for form in (part, part.removesuffix("s"), part.removesuffix("en")):
            if len(form) >= 3 and form not in STOPWORDS and (
                    indexed(form) is not None or is_known(form, "nl")):
                return form
        return None

    for cut in range(4, len(word) - 3):  # the longest head first
        if word[cut:] in _SUFFIXES:
            continue
        head_keys = indexed(word[cut:])
        modifier = word_like(word[:cut])
        if head_keys is not None and modifier is not None:
            parts = [(word[cut:], head_keys)]
            mod_keys = indexed(modifier)
            return [(modifier, mod_keys), *parts] if mod_keys is not None else parts
    for cut in range(len(word) - 4, 3, -1):
        mod_keys = indexed(word[:cut])
        if mod_keys is not None and word_like(word[cut:]) is not None:
            return [(word[:cut], mod_keys)]
    return []


def _repair_typo(word: str, lang: str, vocab: Vocabulary
                 ) -> tuple[str, frozenset[str]] | None:
    """The vocabulary word a typo was meant to be, unless the word is a real word itself."""
    if len(word) < 4 or word.isdigit():
        return None
    from rapidfuzz import fuzz, process

    for candidate_lang in (lang, other_language(lang)):
        hit = process.extractOne(word, vocab.surfaces[candidate_lang], scorer=fuzz.ratio,
                                 score_cutoff=TYPO_CUTOFF)
        # The dictionary check comes last: it loads the word lists, and hits are rare.
        if hit is not None and not (is_real_word(word, lang)
                                    or is_real_word(word, other_language(lang))):
            return candidate_lang, vocab.keys(hit[0], candidate_lang)
    return None
