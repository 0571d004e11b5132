"""Words that Snowball gives the stem of a word with another meaning keep a key of their own."""

from __future__ import annotations

from werkplaats.matching.reading import read_text
from werkplaats.matching.stems import stem
from werkplaats.matching.vocabulary import load_vocabulary


def test_parents_are_not_the_elderly_and_an_animation_studio_is_not_about_animals() -> None:
    assert stem("ouders", "nl") != stem("ouderen", "nl")
    assert stem("animation", "en") != stem("animals", "en")
    assert stem("engineer", "en") != stem("engine", "en")
    vocab = load_vocabulary()
    elderly = vocab.index_of("ouderen")
    pets = vocab.index_of("huisdieren")
    assert elderly in read_text("Ik help graag ouderen met boodschappen", vocab, "nl").concepts
    assert elderly not in read_text("Alle ouders van groep 5 zijn welkom", vocab, "nl").concepts
    assert pets in read_text("I love animals and can walk your dog", vocab, "en").concepts
    assert pets not in read_text("I run a small animation studio", vocab, "en").concepts


def test_the_commonest_words_name_no_need_on_their_own() -> None:
    """Words from the top of the language's frequency list, each colliding with a vocabulary
    word through its stem or lemma (zeker/zekering, follow/followers, see/saw) or too
    general to name a need alone (groep, brengen, vol)."""
    vocab = load_vocabulary()
    common = {
        "nl": "zeker rond bekend pas past vroeg geldt sociale valt groep lokale brengen vol "
              "vakantie kleine oude rechts afkomstig beperkt instellingen steken hen las bad "
              "zorgen leiding partij akkoord witte procent slaan baas paniek scherm gekoppeld "
              "slotte bijeen negatieve overwegen kiezen werker erf veren aansprakelijk "
              "deal zichtbaar",
        "en": "see following heard provide allowed record mind busy company fine leave felt "
              "development public market clear forget access physical improve generation plan "
              "rest support type drop power patients block produce screen setting tired formed "
              "tips cutting parking youd hospitality audit retrieved commission radical",
    }
    for lang, words in common.items():
        for word in words.split():
            assert read_text(word, vocab, lang, ask=True).concepts == {}, (lang, word)


def test_the_vocabulary_words_behind_those_collisions_still_name_their_need() -> None:
    vocab = load_vocabulary()
    cases = [("nl", "de zekering springt steeds", "elektra"),
             ("nl", "wie loopt er een rondje met mij", "wandelen"),
             ("nl", "kan iemand op mijn dochter passen", "oppas"),
             ("en", "my hearing is getting worse", "gehoor"),
             ("en", "how do I get more followers", "sociale_media"),
             ("en", "I need a saw for one afternoon", "gereedschap"),
             ("nl", "op ons plein wordt gedeald", "ondermijning"),
             ("nl", "we willen meer zichtbaarheid in de wijk", "promotie"),
             ("en", "the radicalisation of young men", "polarisatie")]
    for lang, text, concept in cases:
        assert vocab.index_of(concept) in read_text(text, vocab, lang, ask=True).concepts, text


def test_a_real_word_is_not_repaired_as_a_typo_but_a_typo_still_is() -> None:
    vocab = load_vocabulary()

    def names(text: str, lang: str) -> set[str]:
        return {vocab.concepts[c].name for c in read_text(text, vocab, lang, ask=True).concepts}

    assert names("We wonen in het oosten, ik zoek iemand in Oost", "nl") == set()  # not oogst
    assert "tuin" not in names("Er is nog plek achterin", "nl")  # not achtertuin
    assert "kleding" not in names("She's new here and shes shy", "en")  # not shoes
    assert "groente" in names("wie helpt met de ogst van de moestuin", "nl")  # a typo


def test_an_idiom_names_no_need_but_its_words_alone_still_do() -> None:
    vocab = load_vocabulary()

    def names(text: str, lang: str) -> set[str]:
        return {vocab.concepts[c].name for c in read_text(text, vocab, lang, ask=True).concepts}

    assert names("Ik wil op de hoogte blijven van wat er speelt", "nl") == set()
    assert "hoogte" in names("Wie durft op hoogte te werken? De dakgoot is verstopt", "nl")
    assert "schilderen" not in names("Hoe laat ik ons project beter uit de verf komen?", "nl")
    assert "schilderen" in names("Wie helpt me de verf op de muur te krijgen?", "nl")
    assert "hardlopen" not in names("I run a small repair café", "en")
    assert "hardlopen" in names("Anyone up for a morning run?", "en")


def test_a_weak_word_said_twice_is_no_context_for_itself() -> None:
    vocab = load_vocabulary()
    hair = vocab.index_of("haar")
    twice = read_text("Wie kan haar bezoeken en met haar praten in haar eigen taal?", vocab,
                      "nl", ask=True)
    cued = read_text("Wie kan mijn haar knippen? Het haar is veel te lang", vocab, "nl", ask=True)
    assert twice.concepts[hair][0] < 0.5  # "her", three times: still no hair
    assert vocab.index_of("kapper") in cued.concepts or cued.concepts[hair][0] >= 0.8


def test_a_short_text_without_small_words_gets_its_language_from_its_words() -> None:
    vocab = load_vocabulary()
    assert read_text("Retired heating engineer", vocab, "nl").lang == "en"
    assert read_text("Retired speech therapist", vocab, "nl").lang == "en"
    assert read_text("Gepensioneerd loodgieter", vocab, "en").lang == "nl"
    speech = vocab.index_of("logopedie")
    assert speech in read_text("Retired speech therapist", vocab, "nl").concepts
