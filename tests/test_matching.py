"""Unit tests of the matcher: normalisation, reading, scoring rules and the assignment."""

from __future__ import annotations

from itertools import pairwise

import pytest

from werkplaats.matching import Candidate, propose_pairs, rank_offers
from werkplaats.matching.normalise import fold, guess_language, tokenize
from werkplaats.matching.reading import read_text
from werkplaats.matching.vocabulary import load_vocabulary
from werkplaats.model import Pair, PairStatus, Participant, Ref, Session


def room(*people: tuple[str, list[str], list[str]], language: str = "nl") -> Session:
    return Session(id="t", title="test", language=language, participants=[
        Participant(pid, f"Naam {pid}", asks=asks, offers=offers) for pid, asks, offers in people])


def concepts(text: str, lang: str = "nl") -> set[str]:
    vocab = load_vocabulary()
    return {vocab.concepts[c].name for c in read_text(text, vocab, lang).concepts}


def test_fold_lowercases_and_strips_accents() -> None:
    assert fold("Één Patiënt in Groningen") == "een patient in groningen"


def test_chat_abbreviations_are_expanded() -> None:
    vocab = load_vocabulary()
    words = [t.surface for t in tokenize("iemd die ff mn fiets kan maken", vocab.abbreviations)]
    assert words[:4] == ["iemand", "die", "even", "mijn"]


def test_the_laundry_is_a_word_but_a_past_tense_of_zijn_is_not() -> None:
    def content(text: str) -> list[str]:
        return [t.surface for t in tokenize(text, lang="nl") if not t.stop]

    assert content("wie kan mijn was doen") == ["wasgoed"]
    assert content("de natte was ophangen") == ["natte", "wasgoed", "ophangen"]
    assert content("ik was er niet, je was weg") == ["weg"]


def test_language_is_guessed_per_text() -> None:
    assert guess_language(tokenize("Someone who can fix my bike")) == "en"
    assert guess_language(tokenize("Iemand die mijn fiets kan maken")) == "nl"
    assert guess_language(tokenize("fiets"), default="en") == "en"


def test_word_forms_typos_and_compounds_reach_the_concept() -> None:
    assert "kapper" in concepts("Wie heeft mijn haar ooit zo mooi geknipt?")
    assert "kapper" in concepts("ik zoek een goede kapstr")
    assert "fietsreparatie" in concepts("Mijn fietsband is lek")
    assert "belasting" in concepts("hulp bij de belastingaangifte")


def test_a_word_with_two_meanings_is_read_in_context() -> None:
    assert "meubels" in concepts("Ik zoek een bank om op te zitten, de mijne is ingezakt")
    assert "geldzaken" not in concepts("Ik zoek een bank om op te zitten, de mijne is ingezakt")
    assert "geldzaken" in concepts("Ik help met bankzaken en internetbankieren")
    assert "samen_muziek" in concepts("Ik zoek een band om in te spelen, ik speel gitaar")


def test_dutch_ask_meets_english_offer() -> None:
    session = room(("p1", ["Iemand die mijn haar wil knippen"], []),
                   ("p2", [], ["I used to be a hairdresser"]),
                   ("p3", [], ["I can bake bread"]))
    result = propose_pairs(session)
    assert [(str(p.ask), str(p.offer)) for p in result.pairs] == [("p1#0", "p2#0")]
    assert "knippen" in result.pairs[0].why and "hairdresser" in result.pairs[0].why
    assert 0 < (result.pairs[0].score or 0) <= 1


def test_paraphrase_without_shared_words() -> None:
    session = room(("p1", ["Die nieuwe thermostaat krijg ik niet ingesteld"], []),
                   ("p2", [], ["Ik ben dertig jaar installateur geweest"]))
    assert [str(p.offer) for p in propose_pairs(session).pairs] == ["p2#0"]


def test_shared_word_without_shared_meaning_stays_open() -> None:
    session = room(("p1", ["Ik zoek een bank om op te zitten"], []),
                   ("p2", [], ["Ik help met bankzaken en internetbankieren"]))
    result = propose_pairs(session)
    assert result.pairs == [] and result.open == [Ref("p1", 0)]


def test_never_pairs_a_person_with_their_own_offer() -> None:
    session = room(("p1", ["Iemand die mijn heg wil snoeien"], ["Snoeien en tuinieren"]))
    assert propose_pairs(session).open == [Ref("p1", 0)]
    assert rank_offers(session, Ref("p1", 0)) == []


def test_capacity_limits_how_many_asks_one_offer_answers() -> None:
    people = [(f"a{k}", ["Wie helpt met mijn tuin?"], []) for k in range(3)]
    session = room(*people, ("g", [], ["Tuinieren en snoeien"]))
    assert len(propose_pairs(session).pairs) == 1
    assert len(propose_pairs(session, capacity=2).pairs) == 2
    assert len(propose_pairs(session, capacities={Ref("g", 0): 3}).pairs) == 3


def test_confirmed_pairs_stay_and_use_capacity_rejected_pairs_never_return() -> None:
    session = room(("a", ["Wie helpt met mijn tuin?"], []), ("b", ["Mijn heg moet gesnoeid"], []),
                   ("g", [], ["Tuinieren en snoeien"]))
    session.pairs = [Pair(Ref("b", 0), Ref("g", 0), PairStatus.CONFIRMED)]
    result = propose_pairs(session)
    assert result.pairs == [session.pairs[0]] and result.open == [Ref("a", 0)]
    session.pairs = [Pair(Ref("a", 0), Ref("g", 0), PairStatus.REJECTED)]
    result = propose_pairs(session)
    assert [(str(p.ask), str(p.offer)) for p in result.pairs] == [("b#0", "g#0")]
    assert Ref("g", 0) not in [c.offer for c in rank_offers(session, Ref("a", 0))]


def test_every_ask_appears_exactly_once() -> None:
    session = room(("a", ["Wie helpt met mijn tuin?", "Ik zoek een huis"], ["Koken"]),
                   ("b", ["Iemand om mee te wandelen"], ["Tuinieren"]),
                   ("c", ["Kookles"], ["Ik wandel elke dag"]))
    result = propose_pairs(session)
    refs = [p.ask for p in result.pairs] + result.open
    assert sorted(refs) == sorted(r for p in session.participants for r in p.ask_refs())


def test_threshold_decides_what_stays_open() -> None:
    session = room(("a", ["Wie wil met mij wandelen?"], []),
                   ("b", [], ["Ik laat graag honden uit"]))
    score = rank_offers(session, Ref("a", 0))[0].score
    assert propose_pairs(session, threshold=score - 0.01).pairs
    assert not propose_pairs(session, threshold=score + 0.01).pairs


def test_same_room_gives_the_same_pairs() -> None:
    people = [(f"a{k}", ["Iemand die mijn fiets kan maken"], []) for k in range(4)]
    helpers = [(f"h{k}", [], ["Ik repareer fietsen"]) for k in range(3)]
    first = propose_pairs(room(*people, *helpers))
    for _ in range(3):
        again = propose_pairs(room(*people, *helpers))
        assert [(p.ask, p.offer, p.score) for p in again.pairs] == \
            [(p.ask, p.offer, p.score) for p in first.pairs]
    # Ties go to the offer earlier in the room.
    assert [str(p.offer) for p in first.pairs] == ["h0#0", "h1#0", "h2#0"]


def test_rank_offers_best_first() -> None:
    session = room(("a", ["Hulp met videobellen op mijn tablet"], []),
                   ("b", [], ["Ik bak taarten"]), ("c", [], ["Ik help met tablets en telefoons"]))
    ranked = rank_offers(session, Ref("a", 0))
    assert isinstance(ranked[0], Candidate) and ranked[0].offer == Ref("c", 0)
    assert all(x.score >= y.score for x, y in pairwise(ranked))


def test_an_ask_for_a_thing_is_not_answered_by_a_service() -> None:
    session = room(("a", ["A second-hand bike for my daughter"], []),
                   ("b", [], ["I fix bikes and lamps"]), language="en")
    assert propose_pairs(session).open == [Ref("a", 0)]


def test_user_vocabulary_extends_the_builtin_one(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("WERKPLAATS_CACHE", str(tmp_path / "cache"))
    session = room(("a", ["Wie gaat er mee klootschieten?"], []),
                   ("b", [], ["Onze klootschietclub heeft nog plek"]))
    assert propose_pairs(session).pairs == []
    home = tmp_path / "home"
    home.mkdir()
    (home / "vocabulary.toml").write_text(
        '[concepts.klootschieten]\nnl = ["klootschieten", "klootschietclub", "kloot"]\n',
        encoding="utf-8")
    monkeypatch.setenv("WERKPLAATS_HOME", str(home))
    assert [str(p.offer) for p in propose_pairs(session).pairs] == ["b#0"]


def test_a_user_phrase_of_small_words_names_nothing_and_breaks_nothing(tmp_path,
                                                                         monkeypatch) -> None:
    # "look" is a small word to the reader: the phrase is found in small words only, which
    # once crashed reading every ask that held it
    monkeypatch.setenv("WERKPLAATS_CACHE", str(tmp_path / "cache"))
    home = tmp_path / "home"
    home.mkdir()
    (home / "vocabulary.toml").write_text(
        '[concepts.even_kijken]\nen = ["look in on", "looks in on"]\n', encoding="utf-8")
    monkeypatch.setenv("WERKPLAATS_HOME", str(home))
    session = room(("a", ["Could someone look in on my mum while I'm away?"], []),
                   ("b", [], ["I visit older people for a cup of tea"]), language="en")
    result = propose_pairs(session)
    assert len(result.pairs) + len(result.open) == 1
    assert all(c.offer == Ref("b", 0) for c in rank_offers(session, Ref("a", 0)))


def test_a_bad_capacity_is_refused() -> None:
    from werkplaats.errors import WerkplaatsError

    with pytest.raises(WerkplaatsError):
        propose_pairs(room(("a", ["x"], [])), capacity=0)


def test_each_language_is_its_own_concept() -> None:
    session = room(("a", ["Does anyone speak Portuguese?"], []),
                   ("b", [], ["I speak Polish, it is my mother tongue"]),
                   ("c", ["Wie kan een brief uit het Pools vertalen?"], []), language="en")
    result = propose_pairs(session)
    assert result.open == [Ref("a", 0)]
    assert [(str(p.ask), str(p.offer)) for p in result.pairs] == [("c#0", "b#0")]


def test_the_specific_need_outweighs_a_generic_repair_word() -> None:
    session = room(("a", ["Someone to fix my leaking radiator"], []),
                   ("h", [], ["Handyman, I have all the tools"]),
                   ("e", [], ["Heating engineer, twenty years"]), language="en")
    assert rank_offers(session, Ref("a", 0))[0].offer == Ref("e", 0)


def test_a_profession_answers_the_problem_it_solves() -> None:
    session = room(("a", ["Ik ben mijn sleutel kwijt en sta buitengesloten"], []),
                   ("b", [], ["Ik was dertig jaar slotenmaker"]),
                   ("c", ["Ik wil mijn rijbewijs halen, wie oefent met me?"], []),
                   ("d", [], ["Gepensioneerd rijinstructeur"]))
    pairs = {(str(p.ask), str(p.offer)) for p in propose_pairs(session).pairs}
    assert pairs == {("a#0", "b#0"), ("c#0", "d#0")}


def test_a_hyphenated_word_falls_back_to_its_parts() -> None:
    assert "meubels" in concepts("Mijn IKEA-bed staat nog in dozen")
    assert "verwarming" in concepts("De cv-ketel doet raar")


def test_a_small_word_of_a_fixed_phrase_binds_to_the_next_word() -> None:
    # "te lang" (clothes) is not "zit te janken als ik lange diensten draai"
    assert "naaien" not in concepts("Mijn hond zit te janken als ik lange diensten draai")
    assert "naaien" in concepts("Mijn broek is te lang")
    # a separable particle may come late: "schuift ... aan"
    assert "samen_eten" in concepts("Er schuift altijd wel iemand aan bij het eten")


def test_walking_needs_context_for_the_plain_verb() -> None:
    assert "wandelen" not in concepts("Mijn scheiding loopt uit de hand")
    session = room(("a", ["De ketting van mijn fiets loopt er steeds af"], []),
                   ("w", [], ["Ik wandel elke dag in het bos"]),
                   ("f", [], ["Ik heb jaren in een rijwielzaak gestaan"]))
    assert rank_offers(session, Ref("a", 0))[0].offer == Ref("f", 0)


def test_the_language_someone_does_not_speak_is_not_the_need() -> None:
    session = room(("a", ["Wie spreekt Turks? Mijn buurvrouw spreekt geen Nederlands"], []),
                   ("b", [], ["Ik vertaal Arabisch - Nederlands"]))
    assert propose_pairs(session).open == [Ref("a", 0)]


def test_one_instrument_or_game_is_not_another() -> None:
    session = room(("a", ["I want to learn to play the guitar"], []),
                   ("d", [], ["Drum lessons for any age, I bring the djembes"]),
                   ("c", ["Ik zoek iemand om mee te schaken"], []),
                   ("k", [], ["Een avond koffie en een potje klaverjassen"]), language="en")
    assert sorted(map(str, propose_pairs(session).open)) == ["a#0", "c#0"]
    session.participants.append(
        Participant("g", "Naam g", asks=[], offers=["Ik tokkel al jaren op snaarinstrumenten"]))
    assert rank_offers(session, Ref("a", 0))[0].offer == Ref("g", 0)


def test_a_country_names_its_language_next_to_a_conversation() -> None:
    assert "arabisch" in concepts("Mijn buurvrouw komt uit Syrië, een gesprek lukt niet")


def test_when_something_happens_is_no_topic() -> None:
    session = room(("a", ["Vrijwilligers voor het opruimen na het feest, zondag vanaf acht uur"],
                    []),
                   ("z", [], ["Zumba in het park, elke zondag om 10 uur"]))
    assert propose_pairs(session).open == [Ref("a", 0)]


def test_of_two_offers_with_the_same_concept_the_one_in_the_asks_words_wins() -> None:
    session = room(("a", ["Hulp bij wiskunde voor mijn dochter in de brugklas"], []),
                   ("r", [], ["Kinderen helpen met rekenen en lezen"]),
                   ("w", [], ["Bijles wiskunde, veertig jaar gegeven"]))
    assert rank_offers(session, Ref("a", 0))[0].offer == Ref("w", 0)


def test_wanting_a_thing_holds_only_for_its_own_alternative() -> None:
    vocab = load_vocabulary()
    either = read_text("Who can take in my trousers — or lend me a sewing machine?", vocab, "en")
    assert "goods" not in either.markers
    assert "goods" in read_text("Can I borrow a drill or a ladder?", vocab, "en").markers
    assert "goods" in read_text("Wie wil mij een naaimachine lenen?", vocab, "nl").markers
    session = room(("a", ["Who can take in my trousers, or lend me a sewing machine?"], []),
                   ("s", [], ["Retired seamstress: I take in trousers and fix zips"]),
                   language="en")
    assert [str(p.offer) for p in propose_pairs(session).pairs] == ["s#0"]


def test_the_setting_of_an_ask_is_not_its_need() -> None:
    session = room(("a", ["Ik wil graag een bijenkast bij mijn tuin"], []),
                   ("t", [], ["Ik help met tuinieren en snoeien"]))
    assert propose_pairs(session).open == [Ref("a", 0)]
    session.participants.append(Participant("i", "Naam i", asks=[], offers=["Ik ben imker"]))
    assert [str(p.offer) for p in propose_pairs(session).pairs] == ["i#0"]
    # After a word of help or of preference the same preposition names the need itself.
    helped = room(("a", ["Hulp bij mijn tuin, het is een jungle"], []),
                  ("t", [], ["Ik help met tuinieren en snoeien"]))
    assert [str(p.offer) for p in propose_pairs(helped).pairs] == ["t#0"]


def test_a_known_word_is_not_split_and_no_stem_is_cut_too_short() -> None:
    from werkplaats.matching.stems import stem

    # "handleiding" is a word of its own, not a hand and a pipe.
    assert "loodgieter" not in concepts("Ik snap de handleiding van mijn wasmachine niet")
    assert "moestuin" in concepts("Wie doet mee met de buurtmoestuin?")  # unknown: split
    # "roken" (to smoke) must not become "rok" (a skirt), nor "muren" "mur".
    assert stem("roken", "nl") == "roken" and stem("muren", "nl") == "muren"
    assert "naaien" not in concepts("De vorige bewoner rookte veel")
    assert "schilderen" in concepts("De muren moeten geverfd worden")


def test_the_clause_that_asks_names_the_need_and_the_rest_is_background() -> None:
    session = room(("a", ["Mijn schaakmaatje is verhuisd. Ik zoek iemand die wil schaken."], []),
                   ("v", [], ["Ik ben sterk en help graag met sjouwen als iemand gaat verhuizen"]),
                   ("s", [], ["Ik speel graag een potje schaak in de buurtkamer"]))
    assert propose_pairs(session).pairs[0].offer == Ref("s", 0)
    # A way of asking in the background ("op stage") does not mark the need.
    vocab = load_vocabulary()
    pets = read_text("Ik ga twee weken op stage. Wie zorgt er dan voor mijn konijn?", vocab,
                     "nl", ask=True)
    assert "job" not in pets.markers


def test_new_families_hearing_storage_scams_and_sign_language() -> None:
    assert "gehoor" in concepts("Mijn hoorapparaat fluit steeds")
    assert "gehoor" in concepts("I have worn hearing aids for twenty years", "en")
    assert "opslag" in concepts("In onze berging past niets meer")
    assert "oplichting" in concepts("Ik leg uit hoe je nepberichten herkent")
    session = room(("a", ["I want to learn Dutch Sign Language to talk with my deaf son"], []),
                   ("d", [], ["I'm Dutch and happy to chat so you can practise Dutch"]),
                   language="en")
    assert propose_pairs(session).open == [Ref("a", 0)]


def test_a_background_clause_weighs_less_than_the_need_and_more_than_a_setting() -> None:
    vocab = load_vocabulary()
    profile = read_text("Mijn schaakmaatje is verhuisd. Ik zoek iemand die wil schaken.", vocab,
                        "nl", ask=True)
    need = {vocab.concepts[c].name: w for c, (w, _) in profile.concepts.items()}
    assert 0.5 * need["spel_schaken"] < need["verhuizen"] < need["spel_schaken"]


def test_a_past_profession_answers_the_needs_its_work_solved() -> None:
    assert "beroep_kraamzorg" in concepts("Ik was kraamverzorgster, bij negenhonderd gezinnen")
    assert "beroep_archief" in concepts("I was a librarian for thirty years", "en")
    session = room(("a", ["Wij krijgen ons eerste kindje en ik weet niet hoe je een luier omdoet"],
                    []),
                   ("k", [], ["Ik was kraamverzorgster, bij zo'n negenhonderd gezinnen."]),
                   ("t", [], ["Ik help graag met snoeien en maaien in de tuin"]))
    assert propose_pairs(session).pairs[0].offer == Ref("k", 0)
    # weaker than a direct match: an offer that names the need itself wins
    vocab = load_vocabulary()
    link = vocab.concepts[vocab.index_of("beroep_kraamzorg")].related["baby"]
    assert 0 < link < 1


def test_a_content_word_inside_a_fixed_phrase_breaks_it() -> None:
    # "te lang" (clothes) is not "te knotten langs": only small words may sit in between
    assert "naaien" not in concepts("Wie kan mijn wilgen te knotten langs de sloot?")
    assert "hond" in concepts("Iemand die mijn hond overdag uit kan laten")


def test_the_need_head_outweighs_an_unrelated_side_concept() -> None:
    vocab = load_vocabulary()
    profile = read_text("Wie kan mijn heg knotten naast de garage?", vocab, "nl", ask=True)
    names = {vocab.concepts[c].name: w for c, (w, _) in profile.concepts.items()}
    # the hedge (garden) is what is asked; the garage is named once, unrelated to it
    assert names["tuin"] > names["auto"]
    plain = read_text("De garage", vocab, "nl", ask=True)
    assert names["auto"] < max(w for w, _ in plain.concepts.values())


def test_an_offer_that_misses_the_main_need_counts_less(monkeypatch) -> None:
    from werkplaats.matching import scoring

    session = room(("a", ["Wie kan mijn heg knotten naast de garage?"], []),
                   ("l", [], ["Ik heb een garage en sleutel aan auto's"]),
                   ("g", [], ["Ik snoei heggen en bomen"]))
    with_penalty = {c.offer: c.score for c in rank_offers(session, Ref("a", 0))}
    monkeypatch.setattr(scoring, "COVER_FACTOR", 1.0)
    without = {c.offer: c.score for c in rank_offers(session, Ref("a", 0))}
    # the mechanic only answers the garage named beside the hedge: its score drops
    assert with_penalty[Ref("l", 0)] == pytest.approx(0.7 * without[Ref("l", 0)], abs=0.002)
    # the gardener answers the need and keeps its score
    assert with_penalty[Ref("g", 0)] == pytest.approx(without[Ref("g", 0)])


def test_a_distance_in_kilometres_is_no_running() -> None:
    assert "hardlopen" not in concepts("Ik fiets elke zaterdag veertig kilometer langs de rivier")
    session = room(("a", ["Ik zoek iemand om op zondagochtend mee te gaan hardlopen"], []),
                   ("b", [], ["Ik fiets elke zaterdag veertig kilometer langs de rivier"]))
    assert propose_pairs(session).open == [Ref("a", 0)]


def test_learning_to_swim_is_not_answered_by_someone_who_swims_laps() -> None:
    assert "zwemles" in concepts("Mijn dochter wil leren zwemmen, maar ze is bang voor water")
    session = room(("a", ["Mijn dochter van acht wil leren zwemmen, maar is bang voor water"], []),
                   ("b", [], ["Ik zwem elke ochtend baantjes in het zwembad en zoek gezelschap"]),
                   ("c", ["Wie gaat er mee baantjes zwemmen?"], []))
    result = propose_pairs(session)
    assert Ref("a", 0) in result.open
    assert [(str(p.ask), str(p.offer)) for p in result.pairs] == [("c#0", "b#0")]
    teacher = room(("a", ["Mijn zoon wil leren zwemmen"], []), ("b", [], ["Ik was zwemleraar"]))
    assert [str(p.offer) for p in propose_pairs(teacher).pairs] == ["b#0"]


def test_a_foreign_driving_licence_is_no_ask_for_a_lift() -> None:
    assert concepts("Ik heb een rijbewijs uit Eritrea") >= {"rijles"}
    assert "vervoer" not in concepts("Ik heb een rijbewijs uit Eritrea")
    session = room(("a", ["Ik heb een rijbewijs uit Eritrea en moet hier opnieuw autorijden "
                          "leren, maar lessen zijn te duur."], []),
                   ("b", [], ["Ik heb een auto en rijd je graag naar de huisarts of de apotheek."]))
    assert propose_pairs(session).open == [Ref("a", 0)]


def test_playing_football_is_no_game_of_chess() -> None:
    assert "spelletjes" not in concepts("Ik speel zaalvoetbal op dinsdag")
    assert "spelletjes" in concepts("Ik speel graag een spelletje")
    session = room(("a", ["Mijn schaakmaatje is verhuisd en ik zoek iemand die wil schaken."], []),
                   ("b", [], ["Ik speel zaalvoetbal op dinsdag en we zoeken nog spelers."]))
    assert propose_pairs(session).open == [Ref("a", 0)]


def test_who_has_a_thing_wants_the_thing_not_a_trade() -> None:
    vocab = load_vocabulary()
    assert "goods" in read_text("heeft iemand een aggregaat?", vocab, "nl", True).markers
    assert "goods" in read_text("does anyone have a trailer?", vocab, "en", True).markers
    assert "goods" not in read_text("heeft iemand een idee voor mijn fiets?", vocab, "nl",
                                    True).markers
    assert "goods" in read_text("we hebben een kabelhaspel in de schuur", vocab, "nl").markers
    session = room(("a", ["heeft iemand een aggregaat? stroom uit de huizen gaat aan het eind "
                          "vd straat niet lukken"], []),
                   ("b", [], ["ik was elektricien, ik kijk wel of de stoppen het houden"]),
                   ("c", ["Wie heeft er een aanhanger voor de tafels?"], []),
                   ("d", [], ["ik heb een aanhanger achter mn auto"]))
    result = propose_pairs(session)
    assert result.open == [Ref("a", 0)]
    assert [(str(p.ask), str(p.offer)) for p in result.pairs] == [("c#0", "d#0")]


def test_an_ask_to_rent_a_thing_is_not_answered_by_someone_bringing_one() -> None:
    vocab = load_vocabulary()
    ask = "my kids wanna do a bouncy castle, anyone know where to rent one cheap?"
    assert "goods" in read_text(ask, vocab, "en", True).markers
    session = room(("a", [ask], []),
                   ("b", [], ["we'll bring our inflatable pool + water guns for the little ones"]),
                   language="en")
    assert propose_pairs(session).open == [Ref("a", 0)]
