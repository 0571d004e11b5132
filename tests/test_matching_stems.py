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
