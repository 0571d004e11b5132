"""Weigh what a text names: ambiguous and weak words by context, the need against its setting.

A concept said twice weighs a little more than one said in passing; in an ask, a concept
named only as a setting ("bij mijn tuin") or in a background clause weighs less than the need.
"""

from __future__ import annotations

from collections.abc import Set
from functools import lru_cache
from typing import TYPE_CHECKING

from werkplaats.matching.vocabulary import Vocabulary

if TYPE_CHECKING:
    from werkplaats.matching.reading import Profile, _Word

AMBIGUOUS_WEIGHT = 0.5  # a word with several meanings and no context counts half for each
WEAK_WEIGHT = 0.4  # a weak word (a language name) without context
SINGLE_MENTION = 0.2  # a concept named once weighs 0.8, twice 0.9, three times 0.95
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



FIRST_ALTERNATIVE = frozenset({0})

# A match: the concepts a term (or a word's terms) names, the words that said so, and the
# indexes of the units it covers.
Match = tuple[tuple[int, ...], str, set[int]]


def weigh(matches: list[Match], units: list[_Word], places: list[int], vocab: Vocabulary,
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
            # the same word said twice ("haar ... haar": her, twice) is no context for itself
            others = {c for m, (other, said, _) in enumerate(matches)
                      if m != n and said != surface for c in other}
            keys = set().union(*[u.context_keys for i, u in enumerate(units) if i not in ids])
            supported = [c for c in senses if _has_context(c, others, keys, vocab)]
        if clause_of is not None:
            where: Set[int] = {clause_of[i] for i in ids}
        else:
            where = FIRST_ALTERNATIVE if ids else frozenset()
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


def _head_concepts(matches: list[Match], surfaces: list[str], vocab: Vocabulary) -> set[int]:
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
