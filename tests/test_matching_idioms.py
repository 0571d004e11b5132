"""Set phrases (topics/idioms.toml) name no need, or the need they really mean
(topics/idioms_meaning.toml), while their words used literally still name theirs."""

from __future__ import annotations

import pytest

from werkplaats.matching.reading import read_text
from werkplaats.matching.vocabulary import load_vocabulary


def names(text: str, lang: str) -> set[str]:
    vocab = load_vocabulary()
    return {vocab.concepts[c].name for c in read_text(text, vocab, lang, ask=True).concepts}


IDIOMS = [
    ("nl", "We moeten echt aan de bak, het jaar is bijna om"),
    ("nl", "Eerst willen we in kaart brengen wat er al is"),
    ("nl", "Ik zet niet alles op één kaart"),
    ("nl", "Dat speelt ons mooi in de kaart"),
    ("nl", "Laten we open kaart spelen"),
    ("nl", "Ik was helemaal van de kaart na dat nieuws"),
    ("nl", "Het loopt hier op rolletjes"),
    ("nl", "In de loop van het jaar komt er meer"),
    ("nl", "Hij wil altijd voorop lopen"),
    ("nl", "Ik liep een blauwtje bij de buurvrouw"),
    ("nl", "Het project liep in de soep"),
    ("nl", "Ze trapte flink op de rem"),
    ("nl", "Bij hem moet je op eieren lopen"),
    ("nl", "Hij kijkt eerst de kat uit de boom"),
    ("nl", "Dat is een kat in de zak"),
    ("nl", "Ze rende rond als een kip zonder kop"),
    ("nl", "Daar kraait geen haan naar"),
    ("nl", "Je moet een gegeven paard niet in de bek kijken"),
    ("nl", "Je spant het paard achter de wagen"),
    ("nl", "Dat is appels met peren vergelijken"),
    ("nl", "Ik heb nog een appeltje te schillen met hem"),
    ("nl", "Die kaartjes gingen als warme broodjes"),
    ("nl", "Dat was de kers op de taart"),
    ("nl", "Nu zitten we met de gebakken peren"),
    ("nl", "De soep wordt niet zo heet gegeten"),
    ("nl", "Dat is geen zuivere koffie"),
    ("nl", "Ik zou niet in zijn schoenen willen staan"),
    ("nl", "Ik trok de stoute schoenen aan"),
    ("nl", "Zij heeft de broek aan thuis"),
    ("nl", "We steken alles in een nieuw jasje"),
    ("nl", "Ze zat met de handen in het haar"),
    ("nl", "Even een hart onder de riem steken"),
    ("nl", "Hij ziet door de bomen het bos niet meer"),
    ("nl", "Het gras is altijd groener aan de overkant"),
    ("nl", "Hij heeft het onderspit gedolven"),
    ("nl", "Daar zit muziek in"),
    ("nl", "Dat raakte een gevoelige snaar"),
    ("nl", "Dat is een verhaal apart"),
    ("nl", "Ik ben de film kwijt"),
    ("nl", "Met kunst en vliegwerk is het gelukt"),
    ("nl", "Hij heeft zijn lesje geleerd"),
    ("nl", "Daar moeten we lessen uit trekken"),
    ("nl", "Ze heeft haar op de tanden"),
    ("nl", "Dat is een schot voor open doel, een gat in de markt"),
    ("nl", "Hij ging door het dak van woede"),
    ("nl", "Het is alsof je tegen een muur oploopt"),
    ("nl", "Met de rug tegen de muur staan"),
    ("nl", "Ik kwam uit de kast toen ik twintig was"),
    ("nl", "We maken schoon schip"),
    ("nl", "Dat was stof tot nadenken"),
    ("nl", "Dat was zout in de wond strijken"),
    ("nl", "Ze heeft oog voor detail"),
    ("nl", "We moeten dit onder ogen zien"),
    ("nl", "We ontvangen iedereen met open armen"),
    ("nl", "Hij kreeg voet aan de grond in de wijk"),
    ("nl", "Hij hield voet bij stuk"),
    ("nl", "Dat vergt veel voeten in de aarde"),
    ("nl", "Het is een glazen plafond"),
    ("nl", "Gooi het kind niet met het badwater weg"),
    ("nl", "Zo verdien ik mijn brood"),
    ("nl", "Het huis komt onder de hamer"),
    ("nl", "Er ging een lampje branden"),
    ("nl", "We kregen eindelijk groen licht"),
    ("nl", "We zoeken het tot op de bodem uit"),
    ("nl", "Ik heb er een duit in het zakje gedaan"),
    ("nl", "Ze zijn in de gordijnen gejaagd"),
    ("nl", "We moeten koers houden"),
    ("en", "That was a real game changer"),
    ("en", "It is just a drop in the ocean"),
    ("en", "Let's not break the bank"),
    ("en", "We hope to break even this year"),
    ("en", "We want to break the cycle"),
    ("en", "Who will break the news to her?"),
    ("en", "Thanks for bringing me up to speed"),
    ("en", "We need to build bridges between groups"),
    ("en", "It's all going down the drain"),
    ("en", "Let's not put the cart before the horse"),
    ("en", "Hold your horses"),
    ("en", "He let the cat out of the bag"),
    ("en", "It's raining cats and dogs"),
    ("en", "Sorry, pardon my french"),
    ("en", "It's all greek to me"),
    ("en", "Let's go dutch tonight"),
    ("en", "That is double dutch to me"),
    ("en", "I quit cold turkey"),
    ("en", "We're running late"),
    ("en", "The project is up and running"),
    ("en", "I ran into an old friend"),
    ("en", "We don't want to run the risk"),
    ("en", "I'm running low on energy"),
    ("en", "That's the tip of the iceberg"),
    ("en", "We reached a tipping point"),
    ("en", "We need to iron out the details"),
    ("en", "She hit the nail on the head"),
    ("en", "We need to see the bigger picture"),
    ("en", "Can you shed light on this?"),
    ("en", "It went through the roof"),
    ("en", "We live under one roof"),
    ("en", "He's barking up the wrong tree"),
    ("en", "Don't beat around the bush"),
    ("en", "The grass is always greener"),
    ("en", "They are fat cats"),
    ("en", "No worries, see you then"),
    ("en", "That's the icing on the cake"),
    ("en", "It's a pipe dream"),
    ("en", "It felt like talking to a brick wall"),
    ("en", "Put yourself in their shoes"),
    ("en", "We are walking on eggshells"),
    ("en", "Let's walk the talk"),
    ("en", "He'll walk you through it"),
    ("en", "I want to take part in it"),
    ("en", "That ship has sailed"),
    ("en", "It was plain sailing"),
    ("en", "Let's crack on"),
    ("en", "She cracked a joke"),
    ("en", "Please step on it"),
    ("en", "I don't want to step on anyone's toes"),
    ("en", "That was music to my ears"),
    ("en", "Just pull the plug"),
    ("en", "We need to weed out the errors"),
    ("en", "He has a screw loose"),
    ("en", "It was a real light bulb moment"),
    ("en", "Money doesn't grow on trees"),
    ("en", "Let's get our ducks in a row"),
]


@pytest.mark.parametrize(("lang", "text"), IDIOMS)
def test_an_idiom_names_no_need(lang: str, text: str) -> None:
    assert names(text, lang) == set()


MEANINGS = [
    ("nl", "Hoe zetten we ons buurthuis op de kaart?", "promotie"),
    ("nl", "We moeten beter aan de weg timmeren", "promotie"),
    ("nl", "Het gaat vooral van mond tot mond", "promotie"),
    ("nl", "We willen de boer op gaan in de wijk", "bereik"),
    ("nl", "Wie wil de mouwen opstropen voor het buurtfeest?", "vrijwilligers"),
    ("nl", "Ik wil graag mijn steentje bijdragen", "vrijwilligers"),
    ("nl", "Het bestuur zoekt nieuw bloed", "vrijwilligers"),
    ("nl", "Laten we de handen ineen slaan", "samenwerking"),
    ("nl", "Hoe krijgen we eenzaamheid hoog op de agenda?", "beleid"),
    ("en", "How do we put our cafe on the map?", "promotie"),
    ("en", "Most people hear of us by word of mouth", "promotie"),
    ("en", "Who can help us roll up our sleeves on Saturday?", "vrijwilligers"),
    ("en", "Anyone with a green thumb?", "tuin"),
    ("en", "I can run errands for you", "boodschappen"),
    ("en", "How do I save for a rainy day?", "geldzaken"),
]


@pytest.mark.parametrize(("lang", "text", "concept"), MEANINGS)
def test_an_idiom_names_the_need_it_means(lang: str, text: str, concept: str) -> None:
    found = names(text, lang)
    assert concept in found, found


LITERAL = [
    ("nl", "Wie helpt de kat uit de boom te halen?", "huisdieren"),
    ("nl", "Ik zoek iemand die mijn kat kan voeren", "huisdieren"),
    ("nl", "Wie wil met mij kaarten op dinsdag?", "spel_kaarten"),
    ("nl", "Wie kan mijn schoenen repareren?", "schoenreparatie"),
    ("nl", "Ik zoek nette schoenen voor een sollicitatie", "kleding"),
    ("nl", "Ik kook graag soep voor de buren", "koken"),
    ("nl", "Wie bakt er een taart voor het feest?", "bakken"),
    ("nl", "Wie kan mijn broek inkorten?", "naaien"),
    ("nl", "Wie helpt me de gordijnen op te hangen?", "naaien"),
    ("nl", "Wie kan de muur in de woonkamer schilderen?", "schilderen"),
    ("nl", "Mijn dak lekt, wie kan kijken?", "hoogte"),
    ("nl", "Wie kan mijn kast in elkaar zetten?", "meubels"),
    ("nl", "Wie wil er samen met mij lopen in het park?", "wandelen"),
    ("nl", "Het licht in de gang doet het niet, de lamp is kapot", "elektra"),
    ("nl", "Mijn paard moet beslagen worden", "huisdieren"),
    ("nl", "Wie speelt viool en wil een strijkkwartet beginnen?", "instr_strijk"),
    ("nl", "Wie leest mijn kind een verhaal voor?", "voorlezen"),
    ("en", "My cat needs feeding while I am away", "huisdieren"),
    ("en", "Can someone fix the brakes on my bike?", "fietsreparatie"),
    ("en", "Anyone up for a morning run?", "hardlopen"),
    ("en", "I need help to paint my living room wall", "schilderen"),
    ("en", "Who can fix my leaking roof?", "hoogte"),
    ("en", "I'd love to learn Greek", "taal_grieks"),
    ("en", "I want to practise my Dutch", "nederlands"),
    ("en", "Who can iron my shirts?", "strijken"),
    ("en", "My dog needs a walk every day", "hond"),
    ("en", "Who can help me with my garden, the grass is too long", "tuin"),
]


@pytest.mark.parametrize(("lang", "text", "concept"), LITERAL)
def test_the_words_of_an_idiom_still_name_their_need(lang: str, text: str, concept: str) -> None:
    found = names(text, lang)
    assert concept in found, found
