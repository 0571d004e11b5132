"""Turn a typed or spoken ask/offer into tokens the matcher can compare.

Handles what a facilitator types at speed: case, accents, apostrophes (``m'n``), chat
abbreviations (``ff``, ``iemd``; the list lives in ``vocabulary.toml``), hyphenated words
(``cv-ketel``) and sentence ends, and guesses per text whether it is Dutch or English so
that a mixed room can be read text by text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

# Words that carry no meaning of their own for matching. They stay in the token stream
# (fixed phrases such as "op de koffie" need them) but never match or overlap alone.
# Kept as plain text because a word list is easier to read and extend that way.
NL_STOP = frozenset(
    """aan al alle alleen als altijd ben ben bij daar dan dat de deze die dit doe doen door
    dus een eens en er even ga gaan geen graag had heb hebben heeft hem het hier hij hoe
    hun ik in is ja je jij jou jouw kan kon kun kunnen maar me mee meer mij mijn mijne men
    met mn mogen moet moeten na naar natuurlijk nee niet niets nog nu of ok om omdat ons
    onze ook op over s t te tot u uit uw van veel voor waar wanneer want was wat we wel
    welke wie wij wil willen word worden wordt zal ze zelf zich zij zijn zn zo zou zoals
    zullen eigenlijk echt gewoon best beetje soms vaak weer iets iemand iedereen mensen
    persoon zoek zoeken zoekt help helpen hulp keer wie hebt kunt wilt vind vindt lijkt
    misschien eventueel bijvoorbeeld heel erg toch nou hoor hè dingen ding zeg maar ofzo
    enzo etc mensen iemd leuk fijn wel""".split()  # noqa: SIM905
)
EN_STOP = frozenset(
    """a about after all also am an and any anyone anybody are as at be been being but by
    can could did do does doesnt dont for from get got had has have having he her here
    him his how i if im in into is it its ive just me more most my no not now of off on
    once only or other our out over please really she so some someone somebody something
    than that the their them then there these they this those to too up us very was we
    were what when where which who will with would you your youre yours need needs
    looking look help helping anyone people person thing things lot bit maybe happy glad
    love like want wants wanted find very cant wont id ill theyre thats whats""".split()  # noqa: SIM905
)
# When something happens says nothing about what it is ("zondag om 10 uur" in a zumba offer
# and in a call for volunteers): days, months and units of time count as stopwords too.
NL_TIME = frozenset(
    """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag uur uren vanaf week weken
    maand maanden jaar jaren dag dagen ochtend middag avond morgen vandaag gisteren straks
    binnenkort januari februari maart april mei juni juli augustus september oktober
    november december""".split()  # noqa: SIM905
)
EN_TIME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday hour hours week weeks month
    months year years day days morning afternoon evening tomorrow today yesterday soon
    january february march april june july august september october november
    december""".split()  # noqa: SIM905
)
NL_STOP = NL_STOP | NL_TIME
EN_STOP = EN_STOP | EN_TIME
STOPWORDS = NL_STOP | EN_STOP

# One pass over a text finds its words, sentence ends and clause ends, in order (no groups:
# they make the search twice as slow). A clause end never holds a newline, which ends a
# sentence instead (" -\n" is no dash).
_PIECES = re.compile(r"[a-z0-9]+|[.;!?:()\n]+|[,—–]|[^\S\n]-[^\S\n]")
_SENTENCE_CHARS = frozenset(".;!?:()\n")
_JOINERS = re.compile(r"(?<=[a-z0-9])['’`-](?=[a-z0-9])")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
# Positions jump by this much at a sentence end, so a phrase never spans two sentences.
SENTENCE_GAP = 10
# "was" after these is the Dutch noun (the laundry), which the stopword "was" would hide;
# not after "je", which is as often "you" ("je was er niet")
_LAUNDRY_BEFORE = frozenset({"de", "mijn", "mn", "jouw", "onze", "hun", "uw", "natte",
                             "schone", "vuile", "witte", "bonte"})
_STOPS = {"nl": NL_STOP, "en": EN_STOP}
_NL_ONLY = NL_STOP - EN_STOP
_EN_ONLY = EN_STOP - NL_STOP


class Token(NamedTuple):
    """One word of a text: its cleaned surface form and position (sentence gaps included).

    ``parts`` are the pieces of a hyphenated word (``ikea-bed``): the reader falls back to
    them when the joined word (``ikeabed``) means nothing to it.
    """

    surface: str
    pos: int
    stop: bool
    parts: tuple[str, ...] = ()
    clause: int = 0  # counts sentence ends, commas and dashes before the word


def fold(text: str) -> str:
    """Lower-case and strip accents: ``Één Patiënt`` → ``een patient``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokenize(text: str, abbreviations: Mapping[str, str] | None = None,
             lang: str | None = None) -> list[Token]:
    """Split a text into tokens, expanding chat abbreviations; stopwords are marked.

    With ``lang`` only that language's stopwords count (English "van" is a vehicle).
    """
    stops = _STOPS.get(lang or "", STOPWORDS)
    words, positions, clauses, pieces = scan(text, abbreviations or {})
    return [Token(word, pos, word in stops or len(word) < 2, pieces.get(word, ()), clause)
            for word, pos, clause in zip(words, positions, clauses, strict=True)]


def scan(text: str, abbreviations: Mapping[str, str]
         ) -> tuple[list[str], list[int], list[int], dict[str, tuple[str, ...]]]:
    """The words of a text with their positions and clause numbers (as in :class:`Token`),
    and the pieces of its hyphenated words (joined word -> pieces).

    Plain lists, so that the reader, which reads thousands of texts, builds no tokens.
    """
    folded = fold(text)
    pieces = {m.group().replace("-", ""): tuple(m.group().split("-"))
              for m in _HYPHENATED.finditer(folded)} if "-" in folded else {}
    words: list[str] = []
    positions: list[int] = []
    clauses: list[int] = []
    pos = clause = 0
    if "-" in folded or "'" in folded or "’" in folded or "`" in folded:
        folded = _JOINERS.sub("", folded)  # most texts have none: the search costs more
    for piece in _PIECES.findall(folded):
        if not piece.isalnum():
            clause += 1  # a sentence end starts a new clause too, and leaves a gap
            if piece[0] in _SENTENCE_CHARS:
                pos += SENTENCE_GAP
        elif piece in abbreviations:
            for word in abbreviations[piece].split():
                words.append(word)
                positions.append(pos)
                clauses.append(clause)
                pos += 1
        else:
            if piece == "was" and words and words[-1] in _LAUNDRY_BEFORE:
                piece = "wasgoed"  # "de was doen": the laundry, not a form of "zijn"
            words.append(piece)
            positions.append(pos)
            clauses.append(clause)
            pos += 1
    return words, positions, clauses, pieces


def guess_language(tokens: list[Token], default: str = "nl") -> str:
    """``nl`` or ``en`` by counting function words; a tie keeps the room's language."""
    return language_of([t.surface for t in tokens], default)


def language_of(words: list[str], default: str = "nl") -> str:
    """:func:`guess_language` for plain words."""
    nl, en = language_votes(words)
    if nl > en:
        return "nl"
    if en > nl:
        return "en"
    return default if default in ("nl", "en") else "nl"


def language_votes(words: list[str]) -> tuple[int, int]:
    """How many of ``words`` are small words of only Dutch, and of only English."""
    return sum(map(_NL_ONLY.__contains__, words)), sum(map(_EN_ONLY.__contains__, words))


def stop_words(lang: str) -> frozenset[str]:
    """The stopwords of a text once its language is known."""
    return NL_STOP if lang == "nl" else EN_STOP


def restop(tokens: list[Token], lang: str) -> list[Token]:
    """Mark stopwords again once the language of the text is known."""
    stops = stop_words(lang)
    changed = [(t, t.surface in stops or len(t.surface) < 2) for t in tokens]
    return [t if stop == t.stop else t._replace(stop=stop) for t, stop in changed]
