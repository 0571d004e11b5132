"""The reader's one-pass tokeniser and its per-word memo read texts as before, in any order."""

from __future__ import annotations

import pytest

from werkplaats.matching import reading
from werkplaats.matching.normalise import tokenize
from werkplaats.matching.reading import read_text
from werkplaats.matching.vocabulary import load_vocabulary


@pytest.mark.parametrize(("text", "expected"), [
    # a dash between spaces ends a clause, but " -" before a newline does not: the newline
    # ends the sentence
    ("Wie helpt? Ik - of jij, morgen.\nKlaar -\nja",
     [("wie", 0, 0), ("helpt", 1, 0), ("ik", 12, 1), ("of", 13, 2), ("jij", 14, 2),
      ("morgen", 15, 3), ("klaar", 26, 4), ("ja", 37, 5)]),
    # every comma or dash counts, even two in a row; brackets and semicolons end sentences
    ("a,,b — c – d (e) f;g",
     [("a", 0, 0), ("b", 1, 2), ("c", 2, 3), ("d", 3, 4), ("e", 14, 5), ("f", 25, 6),
      ("g", 36, 7)]),
])
def test_positions_and_clauses_count_sentence_and_clause_ends(
        text: str, expected: list[tuple[str, int, int]]) -> None:
    assert [(t.surface, t.pos, t.clause) for t in tokenize(text)] == expected


def test_joined_words_keep_their_pieces_and_abbreviations_expand() -> None:
    tokens = tokenize("m'n ikea-bed, ff kijken", {"ff": "even"})
    assert [(t.surface, t.pos, t.clause, t.parts) for t in tokens] == [
        ("mn", 0, 0, ()), ("ikeabed", 1, 0, ("ikea", "bed")), ("even", 2, 1, ()),
        ("kijken", 3, 1, ())]


def _forget_words() -> None:
    reading._words_read.cache_clear()
    reading._resolve.cache_clear()


@pytest.mark.parametrize(("first", "second"), [
    ("Ik zoek een ikeabed", "Wie helpt met mijn ikea-bed?"),  # joined, then hyphenated
    ("Wie helpt met mijn ikea-bed?", "Ik zoek een ikeabed"),
    ("Wie kan mijn fietsband plakken?", "I can fix a bike"),  # a word in either language
])
def test_a_text_reads_the_same_whatever_was_read_before(first: str, second: str) -> None:
    vocab = load_vocabulary()
    _forget_words()
    alone = read_text(second, vocab, "nl", ask=True)
    _forget_words()
    read_text(first, vocab, "nl", ask=True)
    read_text(first, vocab, "en", ask=False)
    after = read_text(second, vocab, "nl", ask=True)
    assert after == alone


def test_the_matcher_pauses_the_cycle_collector_only_while_it_runs() -> None:
    import gc

    from werkplaats.bundle import parse_bundle
    from werkplaats.errors import WerkplaatsError
    from werkplaats.matching import propose_pairs, rank_offers
    from werkplaats.model import Ref

    session = parse_bundle({"title": "t", "language": "nl", "participants": [
        {"id": "a", "name": "A", "asks": ["Wie repareert mijn fiets?"], "offers": []},
        {"id": "b", "name": "B", "asks": [], "offers": ["Ik repareer fietsen"]}]}, "room")
    assert gc.isenabled()
    assert propose_pairs(session).pairs
    assert gc.isenabled()
    with pytest.raises(WerkplaatsError):  # after an error too
        propose_pairs(session, capacity=0)
    assert gc.isenabled()
    gc.disable()
    try:
        rank_offers(session, Ref("a", 0))
        assert not gc.isenabled()  # a caller that had it off keeps it off
    finally:
        gc.enable()
