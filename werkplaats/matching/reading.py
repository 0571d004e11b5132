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
from collections.abc import Set
from dataclasses import dataclass, field
from functools import lru_cache

from werkplaats.matching.normalise import STOPWORDS, language_of, scan, stop_words
from werkplaats.matching.stems import is_known, other_language, stem
from werkplaats.matching.vocabulary import Term, Vocabulary

WINDOW = 5  # the words of a phrase (any order) lie within this many positions
MAX_GAP = 3  # an ordered phrase such as "op de koffie" may skip this many words per step
STOP_GAP = 1  # ... but after a small word only this many small words ("uit kan laten"):
# a word with content in between breaks the phrase ("te lang" is not "te knotten langs")
AMBIGUOUS_WEIGHT = 0.5  # a word with several meanings and no context counts half for each
WEAK_WEIGHT = 0.4  # a weak word (a language name) without context
TYPO_CUTOFF = 84  # rapidfuzz ratio for accepting a typo repair
SINGLE_MENTION = 0.2  # a concept named once weighs 0.8, twice 0.9, three times 0.95
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
# A concept named only as the setting of another ("bij mijn tuin") weighs this share.
SIDE_WEIGHT = 0.5
# A concept named only in a background clause of an ask ("mijn maatje is verhuisd, ik zoek
# iemand om te schaken") weighs this share: less than the need, more than a setting.
BACKGROUND_WEIGHT = 0.7
SIDE_PREPOSITIONS = {"nl": frozenset({"bij", "in", "naast", "achter", "rond", "rondom"}),
                     "en": frozenset({"at", "in", "near", "beside", "behind", "around"})}
# In an ask, the first concept after the word that asks ("wie kan mijn heg...", "looking for a
# drummer") is the need's head; an unrelated concept named once beside it weighs this share.
OFF_HEAD_WEIGHT = 0.75
REQUEST_WORDS = frozenset({"zoek", "zoeken", "zoekt", "gezocht", "wie", "iemand", "nodig",
                           "help", "helpen", "hulp", "looking", "need", "needs", "someone",
                           "somebody", "anyone", "anybody", "who", "wanted", "seeking"})
BACKGROUND_STARTS = {"nl": frozenset({"maar", "omdat", "want", "sinds", "zodat", "nadat"}),
                     "en": frozenset({"but", "because", "since", "so", "after"})}
HELP_WORDS = frozenset({"hulp", "help", "helpen", "helpt", "hand", "handje", "helping",
                        "assistance", "support", "steun", "ondersteuning", "advies", "advice",
                        "interested", "good", "goed", "handig", "ervaring", "experience",
                        "expert", "verstand", "thuis", "bezig", "involved",
                        # a wish for the place makes it part of the need ("liefst in de natuur")
                        "liefst", "voorkeur", "preferably", "ideally", "rather", "graag"})
# "take in my trousers — or lend me a sewing machine": words that start an alternative. A
# way of asking (a marker such as "wants a thing") holds for its own alternative and the
# ones after it, so an ask that first names a service is not marked as wanting a thing.
ALTERNATIVES = {"nl": frozenset({"of", "ofwel", "anders"}),
                "en": frozenset({"or", "otherwise", "alternatively"})}


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


_FIRST_ALTERNATIVE = frozenset({0})

# A match: the concepts a term (or a word's terms) names, the words that said so, and the
# indexes of the units it covers.
_Match = tuple[tuple[int, ...], str, set[int]]


def read_text(text: str, vocab: Vocabulary, default_lang: str = "nl",
              ask: bool = False) -> Profile:
    """What ``text`` is about; an ``ask`` also tells its need from its setting."""
    surfaces, positions, _, pieces = scan(text, vocab.abbreviations)
    lang = language_of(surfaces, default_lang)
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
    matches: list[_Match] = []
    for term, ids in _phrases(units, places, lang, vocab):
        if ids.isdisjoint(used):
            used |= ids
            matches.append(((term.concept,), term.surface, ids))
    profile = Profile(lang)
    words, terms = profile.words, profile.terms
    for i, unit in enumerate(units):  # one pass: single words, then what a profile keeps
        if i in used:
            explained = True
        elif unit.senses:
            matches.append((unit.senses, unit.surface, {i}))
            used.add(i)
            explained = True
        else:
            explained = False
        if unit.word_key is not None:
            (terms if explained else words).setdefault(unit.word_key, unit.surface)
    _weigh(matches, units, places, vocab, profile, ask)
    if "goods" in vocab.mode_factors and _asks_or_offers_a_thing(" ".join(surfaces), ask):
        profile.markers.add("goods")
    return profile


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
        # The dictionary check comes last: it loads the lemmatiser, and hits are rare.
        if hit is not None and not is_known(word, lang):
            return candidate_lang, vocab.keys(hit[0], candidate_lang)
    return None


def _phrases(units: list[_Word], places: list[int], lang: str, vocab: Vocabulary
             ) -> list[tuple[Term, set[int]]]:
    """Every phrase of the vocabulary found in the text, longest first."""
    found = []
    present = frozenset().union(*[u.phrase_keys for u in units])
    for term in _phrase_candidates(present, lang, vocab):
        ids = (_find_ordered(term, units, places) if term.ordered
               else _find_window(term, units, places))
        if ids is not None:
            found.append((term, ids))
    return found


@lru_cache(maxsize=100_000)
def _phrase_candidates(present: frozenset[str], lang: str, vocab: Vocabulary
                       ) -> tuple[Term, ...]:
    """The phrases whose every word occurs among ``present`` (the keys of a text that some
    phrase has), longest first: the same for every text with the same phrase words."""
    index = vocab.phrases[lang]
    candidates: dict[Term, None] = {}
    for key in sorted(k for k in present if k in index):
        for term in index[key]:
            if term not in candidates and not any(map(present.isdisjoint, term.keys)):
                candidates[term] = None
    return tuple(sorted(candidates, key=lambda t: (-len(t.keys), t.surface)))


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


def _weigh(matches: list[_Match], units: list[_Word], places: list[int], vocab: Vocabulary,
           profile: Profile, ask: bool) -> None:
    """Resolve ambiguous and weak words by context, then keep the best weight per concept.

    A concept said twice (``bestelbus``, ``iets groots``) weighs a little more than one
    said in passing, which tells the main need of a text from a side remark.
    """
    if not matches:
        return
    best: dict[int, tuple[float, str]] = {}
    count: dict[int, int] = {}
    concepts = vocab.concepts
    surfaces = [u.surface for u in units]
    alternatives = ALTERNATIVES.get(profile.lang, frozenset())
    clause_of: list[int] | None = None  # which alternative each unit belongs to (None: 0)
    if not alternatives.isdisjoint(surfaces):
        clause_of, clause = [], 0
        for surface in surfaces:
            clause += surface in alternatives
            clause_of.append(clause)
    side, background = _side_units(surfaces, places, units, profile.lang) if ask else (
        set(), set())
    aside: dict[int, bool] = {}  # concept -> every mention of it is a side remark
    behind: dict[int, bool] = {}  # concept -> every mention of it is background
    marked: dict[str, set[int]] = {}  # marker -> the alternatives that name it
    topics: set[int] = set()  # the alternatives that name a topic
    for n, (senses, surface, ids) in enumerate(matches):
        supported: list[int] = []
        if len(senses) > 1 or concepts[senses[0]].weak:  # context only when it matters
            others = {c for m, (other, _, _) in enumerate(matches) if m != n for c in other}
            keys = set().union(*[u.context_keys for i, u in enumerate(units) if i not in ids])
            supported = [c for c in senses if _has_context(c, others, keys, vocab)]
        if clause_of is not None:
            where: Set[int] = {clause_of[i] for i in ids}
        else:
            where = _FIRST_ALTERNATIVE if ids else frozenset()
        on_side = side.issuperset(ids)
        in_background = background.issuperset(ids)
        for cid in senses:
            concept = concepts[cid]
            if len(senses) > 1:
                weight = (1.0 if cid in supported else 0.0) if supported else AMBIGUOUS_WEIGHT
            else:
                weight = 1.0 if not concept.weak or cid in supported else WEAK_WEIGHT
            if weight <= 0:
                continue
            if concept.marker:
                # "op stage; wie past op mijn konijn?": a setting or background asks nothing
                if not all(i in side or i in background for i in ids):
                    marked.setdefault(concept.marker, set()).update(where)
                continue
            topics |= where
            count[cid] = count.get(cid, 0) + 1
            aside[cid] = aside.get(cid, True) and on_side
            behind[cid] = behind.get(cid, True) and in_background
            if weight > best.get(cid, (0.0, ""))[0]:
                best[cid] = (weight, surface)
    # A marker covers its own alternative and the ones after it ("borrow a drill or a
    # ladder"); an alternative before it that names a topic asks for something else.
    if marked:
        profile.markers.update(m for m, where in marked.items()
                               if all(t >= min(where) for t in topics))
    heads = _head_concepts(matches, surfaces, vocab) if ask else set()
    has_main = not all(aside.values())
    in_front = any(behind.values()) and any(not aside[c] and not behind[c] for c in best)
    for cid, (weight, surface) in best.items():
        weight *= 1.0 - SINGLE_MENTION * 0.5 ** (count[cid] - 1)
        if has_main and aside[cid]:
            weight *= SIDE_WEIGHT  # "een bijenkast bij mijn tuin": the garden is the setting
        elif behind[cid] and in_front:
            weight *= BACKGROUND_WEIGHT
        elif heads and cid not in heads and count[cid] == 1 and not any(
                h in concepts[cid].links or cid in concepts[h].links for h in heads):
            weight *= OFF_HEAD_WEIGHT  # "wie kan mijn heg knotten langs de sloot": not locks
        profile.concepts[cid] = (weight, surface)


def _head_concepts(matches: list[_Match], surfaces: list[str], vocab: Vocabulary) -> set[int]:
    """The concepts of the first topic named after the word that asks, if any."""
    request = next(filter(REQUEST_WORDS.__contains__, surfaces), None)
    if request is None:
        return set()
    start = surfaces.index(request)  # the first request word is the first of its kind
    first, heads = len(surfaces), set()
    for senses, _, ids in matches:
        topics = {c for c in senses if not vocab.concepts[c].marker}
        place = min(ids)
        if topics and start < place < first:
            first, heads = place, topics
    return heads


def _side_units(surfaces: list[str], places: list[int], units: list[_Word], lang: str
                ) -> tuple[set[int], set[int]]:
    """Units that name a setting, and units of background clauses, rather than the need.

    "een bijenkast bij mijn tuin", "piano stemmen in de woonkamer": the words right after
    a preposition of place (small words between allowed) say where, not what. After a
    word of help or of preference the same preposition names the need itself ("hulp bij
    de aangifte", "het liefst in de natuur"). In an ask that asks in one sentence or
    clause ("ik zoek iemand die..."), the other sentences and the clauses after "maar",
    "omdat", "zodat"... are background.
    """
    side: set[int] = set()
    background: set[int] = set()
    # A clause that asks ("ik zoek iemand die wil schaken") names the need; the clauses
    # around it ("mijn schaakmaatje is verhuisd", "zodat ik even weg kan") the background.
    if not REQUEST_WORDS.isdisjoint(surfaces):
        starts = BACKGROUND_STARTS.get(lang, frozenset())
        clause_of, clause, last = [], 0, places[0]
        for surface, place in zip(surfaces, places, strict=True):
            clause += surface in starts or place - last > 1
            clause_of.append(clause)
            last = place
        asking = {c for c, s in zip(clause_of, surfaces, strict=True) if s in REQUEST_WORDS}
        if clause_of[-1] != clause_of[0]:  # more than one clause (the numbers only grow)
            background.update(i for i, c in enumerate(clause_of) if c not in asking)
    places_of_side = SIDE_PREPOSITIONS.get(lang, frozenset())
    if places_of_side.isdisjoint(surfaces):
        return side - background, background
    for i, surface in enumerate(surfaces):
        if surface not in places_of_side or (i > 0 and surfaces[i - 1] in HELP_WORDS):
            continue
        for j in range(i + 1, min(len(units), i + 4)):
            if places[j] - places[j - 1] > 1 or surfaces[j] in places_of_side:
                break
            if not units[j].stop:
                side.add(j)
                break
    return side - background, background


@lru_cache(maxsize=10_000)
def _context_of(cid: int, vocab: Vocabulary) -> frozenset[int]:
    return frozenset(vocab.context_of(cid))


def _has_context(cid: int, others: set[int], keys: set[str], vocab: Vocabulary) -> bool:
    return not (_context_of(cid, vocab).isdisjoint(others)
                and vocab.concepts[cid].cues.isdisjoint(keys))
