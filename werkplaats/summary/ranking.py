"""The ranked tips and the recurring themes of asks and offers, for the summaries.

Tips come from ``werkplaats.tips.rank_tips`` (near-duplicates merged, counted once); while
that module is not there, tips are ranked here by votes, with merged tips folded into the
tip they were merged into. Themes are the words that come back in several asks (or offers):
stemmed, stop words dropped, each shown in its most common spelling.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from werkplaats.model import Session


@dataclass(frozen=True)
class TipLine:
    text: str
    detail: str
    votes: int


def ranked_tips(session: Session) -> list[TipLine]:
    """The session's tips, best first, merged duplicates counted once."""
    try:
        from werkplaats.tips import rank_tips
    except ImportError:
        return _ranked_by_votes(session)
    details = {tip.id: tip.detail for tip in session.tips}
    lines = []
    for ranked in rank_tips(session):
        detail = getattr(ranked, "detail", "") or next(
            (details[i] for i in ranked.tip_ids if details.get(i)), ""
        )
        lines.append(TipLine(ranked.text, detail, ranked.votes))
    return lines


def _ranked_by_votes(session: Session) -> list[TipLine]:
    by_id = {tip.id: tip for tip in session.tips}
    votes: Counter[str] = Counter()
    for tip in session.tips:
        head = tip
        seen = {tip.id}
        while head.merged_into and head.merged_into in by_id and head.merged_into not in seen:
            seen.add(head.merged_into)
            head = by_id[head.merged_into]
        votes[head.id] += tip.votes
    heads = [tip for tip in session.tips if tip.id in votes]
    order = {tip.id: i for i, tip in enumerate(session.tips)}
    heads.sort(key=lambda tip: (-votes[tip.id], order[tip.id]))
    return [TipLine(tip.text, tip.detail, votes[tip.id]) for tip in heads]


# -- themes -------------------------------------------------------------------------------
_STOP = frozenset(
    """
    aan al alle alles als altijd ander andere anders bij daar dat de den der deze die dit doe
    doen door dus een eens eigen en er even graag had heb hebben heeft hem het hier hij hoe
    hun iemand iets ik in is ja je jij jou jouw kan kom komen kun kunnen laat maar me mee meer
    men met mij mijn moet na naar niet niets nog nodig nu of ook om omdat op over samen soms
    te tot uit van veel voor vaak want wat we wel wie wil willen word worden zal ze zelf zich
    zij zijn zo zoals zoek zoeken zou goed echt beetje keer hulp helpen help iedereen mensen
    geen nieuwe nieuw elke weken week halen maken neem gerust graag vindt vind lekker
    weet weten gewoon eigenlijk steeds eerst even wilt alleen hele heel grote groot klein
    kleine kunt waar waarmee wanneer
    a about all also an and any anyone are as at be been but by can could do for from get
    have he her here him his how i if in into is it its just like me more my need of on one
    or our out so some someone something than that the their them then there they this to
    up us very want was we what when who will with would you your looking find offer ask
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Theme:
    word: str
    count: int

    @property
    def label(self) -> str:
        return f"{self.word} ({self.count})"


def stemmer(language: str) -> Callable[[str], str]:
    import snowballstemmer

    stemmer = snowballstemmer.stemmer("dutch" if language == "nl" else "english")
    cache: dict[str, str] = {}

    def stem(word: str) -> str:
        if word not in cache:
            cache[word] = stemmer.stemWord(word)
        return cache[word]

    return stem


def keywords(
    text: str, stem: Callable[[str], str], keep: Callable[[str], bool] = lambda _: True
) -> dict[str, str]:
    """The telling words of ``text``: stem -> the spelling used, stop words and short words out."""
    found: dict[str, str] = {}
    for raw in _WORD.findall(text):
        word = raw.lower()
        if len(word) < 4 or word in _STOP or not keep(raw):
            continue
        found.setdefault(stem(word), word)
    return found


def themes(
    texts: Iterable[str],
    language: str,
    keep: Callable[[str], bool] = lambda _: True,
    limit: int = 8,
) -> list[Theme]:
    """What recurs in at least two of ``texts`` (written in ``language``), most frequent first.

    With the matcher's vocabulary at hand, a theme is a concept ("kapper" found through
    "knippen" or "haar"), shown in the words people used; otherwise a recurring word stem.
    """
    texts = list(texts)
    try:
        from werkplaats.matching.reading import read_text
        from werkplaats.matching.vocabulary import load_vocabulary
    except ImportError:
        return _word_themes(texts, language, keep, limit)
    vocab = load_vocabulary()
    counts: Counter[int] = Counter()
    spellings: dict[int, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for concept, (_weight, said) in read_text(text, vocab, language).concepts.items():
            known = vocab.concepts[concept]
            if known.marker or known.weak or known.spec < 0.8:
                continue  # a way of asking or a generic word ("fiets", "tijd") is no theme
            if all(keep(word) for word in said.split()):
                counts[concept] += 1
                # Dutch concept names are readable labels ("fietsreparatie", "oppas")
                label = _concept_label(known.name) if language == "nl" else said.lower()
                spellings[concept][label] += 1
    return _most_common(counts, spellings, limit)


def _concept_label(name: str) -> str:
    return name.removeprefix("beroep_").replace("_", " ")


def _word_themes(
    texts: list[str], language: str, keep: Callable[[str], bool], limit: int
) -> list[Theme]:
    stem = stemmer(language)
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for key, word in keywords(text, stem, keep).items():
            counts[key] += 1
            spellings[key][word] += 1
    return _most_common(counts, spellings, limit)


def _most_common(
    counts: Counter[Any], spellings: dict[Any, Counter[str]], limit: int
) -> list[Theme]:
    common = [(key, n) for key, n in counts.items() if n >= 2]
    common.sort(key=lambda item: (-item[1], spellings[item[0]].most_common(1)[0][0]))
    return [Theme(spellings[key].most_common(1)[0][0], n) for key, n in common[:limit]]
