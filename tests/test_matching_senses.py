"""A light verb names a different need with each noun beside it (topics/senses.toml):
"de muziek verzorgen" is no care, "een gesprek voeren" no feeding, "host the evening" no web
hosting, "run the bar" no running. Each case: a sentence, the concept it must name, and where
it matters a concept it must not name."""

from __future__ import annotations

import pytest

from werkplaats.matching.reading import read_text
from werkplaats.matching.vocabulary import load_vocabulary


def names(text: str, lang: str) -> set[str]:
    vocab = load_vocabulary()
    return {vocab.concepts[c].name for c in read_text(text, vocab, lang, ask=True).concepts}


# (lang, sentence, must name, must not name or None)
CASES = [
    # houden / maken: a talk or a chat
    ("nl", "Wie wil er een praatje houden op onze bijeenkomst?", "spreker", "gezelschap"),
    ("nl", "Ik wil gewoon een praatje maken met iemand", "gezelschap", "spreker"),
    ("nl", "Ik zoek iemand die een lezing wil houden over de wijk", "spreker", None),
    ("nl", "Wie houdt de notulen bij?", "notuleren", None),
    ("nl", "Ik kan mijn tuin niet meer bijhouden", "tuin", None),
    # verzorgen: hosting part of an evening, not care
    ("nl", "Wie wil een avond verzorgen voor de buurt?", "spreker", "thuiszorg"),
    ("nl", "Wie kan de muziek verzorgen op het feest?", "dj", "thuiszorg"),
    ("nl", "Wie kan de koffie en thee verzorgen?", "koffie", "thuiszorg"),
    ("nl", "Wie wil de opening verzorgen?", "spreker", "thuiszorg"),
    ("nl", "Wie kan de inleiding verzorgen op het symposium?", "spreker", "thuiszorg"),
    ("nl", "Wie kan het geluid verzorgen?", "geluidsapparatuur", "thuiszorg"),
    ("nl", "Wie kan de techniek verzorgen bij het optreden?", "geluidsapparatuur", "thuiszorg"),
    ("nl", "Wie kan de aankleding verzorgen?", "feestmateriaal", "thuiszorg"),
    ("nl", "Wie kan de verslaglegging verzorgen?", "notuleren", "thuiszorg"),
    ("nl", "Wie kan de kat verzorgen in de vakantie?", "huisdieren", "thuiszorg"),
    ("nl", "Wie kan de paarden verzorgen?", "huisdieren", "thuiszorg"),
    ("nl", "Wie kan de bloemen verzorgen in de kerk?", "planten", "thuiszorg"),
    ("nl", "Wie verzorgt het vervoer naar de excursie?", "vervoer", "thuiszorg"),
    ("nl", "Wie kan de nieuwsbrief verzorgen?", "promotie", "thuiszorg"),
    ("nl", "Wie kan de vertaling verzorgen?", "tolk", "thuiszorg"),
    ("nl", "Wie kan de administratie verzorgen?", "formulieren", "thuiszorg"),
    ("nl", "Wie kan de begeleiding verzorgen van de groep?", "begeleiding", "thuiszorg"),
    ("nl", "Wie kan de catering verzorgen?", "eten_verzorgen", "thuiszorg"),
    # ... while caring for a person still is care
    ("nl", "Wie kan mijn moeder verzorgen na de operatie?", "thuiszorg", None),
    ("nl", "Ik verzorg mijn zieke man", "mantelzorg", None),
    # voeren: conducting, not feeding
    ("nl", "Wie kan de administratie voeren?", "formulieren", "huisdieren"),
    ("nl", "Wie kan de boekhouding voeren?", "geldzaken", "huisdieren"),
    ("nl", "Wie kan de regie voeren?", "gespreksleiding", "huisdieren"),
    ("nl", "Wie kan campagne voeren voor het park?", "participatie", "huisdieren"),
    ("nl", "Wie kan actie voeren tegen de kap van de bomen?", "participatie", "huisdieren"),
    ("nl", "Wie kan het gesprek voeren met de wethouder?", "participatie", "huisdieren"),
    ("nl", "Wie kan de pen voeren voor de notulen?", "notuleren", "huisdieren"),
    ("nl", "Ik wil een gesprek voeren in het Nederlands", "taaloefenen", "huisdieren"),
    ("nl", "Wie wil het woord voeren namens de buurt?", "spreker", "huisdieren"),
    ("nl", "Wie kan mijn kat voeren?", "huisdieren", None),
    ("nl", "Wie kan de vissen voeren?", "huisdieren", None),
    ("nl", "Wie kan de eendjes voeren met de kleinkinderen?", "huisdieren", None),
    # leiden, begeleiden, voorzitten: leading a conversation
    ("nl", "Wie kan het gesprek begeleiden?", "gespreksleiding", "taaloefenen"),
    ("nl", "Wie kan de discussie begeleiden?", "gespreksleiding", None),
    ("nl", "Wie kan de vergadering leiden?", "gespreksleiding", None),
    ("nl", "Wie kan de discussie leiden?", "gespreksleiding", None),
    ("nl", "Wie kan een tafel leiden?", "gespreksleiding", "meubels"),
    ("nl", "Wie kan een avond vullen?", "spreker", None),
    ("nl", "Wie kan het programma vullen?", "spreker", None),
    # passen: sewing, not babysitting
    ("nl", "Wie kan een broek passen en vermaken?", "naaien", "oppas"),
    ("nl", "Ik zoek iemand om jurken aan te passen", "naaien", "oppas"),
    ("nl", "Wie kan de kleren aanpassen?", "naaien", None),
    ("nl", "Wie kan op mijn kinderen passen?", "oppas", None),
    # doen, zetten, brengen, halen
    ("nl", "Wie wil de afwas doen na het eten?", "schoonmaken", None),
    ("nl", "Kan iemand de ramen doen?", "schoonmaken", None),
    ("nl", "Ik zoek iemand om mee te doen aan de quiz", "spelletjes", None),
    ("nl", "Ik speel graag bingo", "spelletjes", None),
    ("nl", "Wie kan de container aan de straat zetten?", "afval", "schoonmaken"),
    ("nl", "Wie helpt een hek neer te zetten?", "schutting", None),
    ("nl", "Ik zet me graag in voor de buurt", "vrijwilligers", None),
    ("nl", "Kan iemand een advertentie online zetten?", "promotie", None),
    ("nl", "Ik wil de eerste stap zetten naar werk", None, "lopen"),
    ("nl", "Wie helpt het nieuws naar buiten brengen?", "promotie", None),
    ("nl", "Wie kan mij ophalen van het station?", "vervoer", None),
    ("nl", "Wie kan brood halen bij de bakker?", "boodschappen", None),
    ("nl", "Ik zoek iemand om kennis te maken met de buurt", "kennismaken", None),
    ("nl", "Wie kan een verslag maken van de avond?", "notuleren", "tekstcorrectie"),
    ("nl", "Wie kan ons feedback geven op ons plan?", None, "geluidsapparatuur"),
    # lopen, slaan, leggen, trekken, draaien, steken
    ("nl", "Het liep allemaal anders", None, "lopen"),
    ("nl", "Ik loop vast met mijn administratie", "formulieren", "lopen"),
    ("nl", "Wie wil meelopen met de avondvierdaagse?", "wandelen", None),
    ("nl", "Ik sla dit over", None, "groente"),
    ("nl", "Wie kan de trom slaan in de band?", "instr_slagwerk", "fiets"),
    ("nl", "Wie kan een spijker in de muur slaan?", "klussen", "schilderen"),
    ("nl", "Wie wil een balletje slaan op de tennisbaan?", "sport", None),
    ("nl", "Wie kan een brug slaan tussen jong en oud?", "verbinding", None),
    ("nl", "Wie kan een kabel leggen naar de schuur?", "elektra", None),
    ("nl", "Wie ziet het verband tussen de twee projecten?", None, "medisch"),
    ("nl", "Ik zit met mijn handen in het haar over de belasting", "belasting", "haar"),
    ("nl", "Wie wil een muurtje optrekken?", "metselwerk", "schilderen"),
    ("nl", "Wie kan mensen trekken naar ons buurtfeest?", "promotie", None),
    ("nl", "Wie kan een bardienst draaien?", "horeca", None),
    ("nl", "Wie wil pottendraaien leren?", "creatief", None),
    ("nl", "Wie kan de bar runnen?", "horeca", None),
    ("nl", "Wie wil de kantine runnen op zaterdag?", "horeca", "zaal"),
    # regelen, aansluiten, dekken, wegwijs
    ("nl", "Wie kan de muziek regelen?", "dj", None),
    ("nl", "Wie kan het water aansluiten?", "loodgieter", "kennismaken"),
    ("nl", "Wie kan de printer aansluiten?", "digitale_hulp", "kennismaken"),
    ("nl", "Wie kan het gas afsluiten?", "loodgieter", None),
    ("nl", "Wie kan de kosten dekken?", "fondsenwerving", None),
    ("nl", "Wie kan mij wegwijs maken in de zorg?", "zorg_wegwijs", "zorgen_maken"),
    # English
    ("en", "Who could run the bar at our party?", "horeca", "hardlopen"),
    ("en", "Can someone run the kitchen on Saturday?", "horeca", "hardlopen"),
    ("en", "Can someone run our social media?", "sociale_media", "hardlopen"),
    ("en", "Can someone run me to the hospital?", "ziekenvervoer", "hardlopen"),
    ("en", "Who wants to run with me in the mornings?", "hardlopen", None),
    ("en", "Who can run the sound desk?", "geluidsapparatuur", "hardlopen"),
    ("en", "Who can host the evening?", "spreker", "website"),
    ("en", "Who can host a guest for a week?", "logeren", "website"),
    ("en", "Who can host a dinner for newcomers?", "samen_eten", "website"),
    ("en", "Who can put me up for a night?", "logeren", "klussen"),
    ("en", "Who can book a venue for us?", "zaal", "boeken"),
    ("en", "Who can book a taxi for my father?", "vervoer", "boeken"),
    ("en", "I read a book about the war", "boeken", None),
    ("en", "Who can take down the decorations?", "feestmateriaal", "schilderen"),
    ("en", "Who can give feedback on my CV?", "sollicitatie", "geluidsapparatuur"),
    ("en", "Who can hold a workshop on repair?", "spreker", "houtbewerking"),
    ("en", "Who can hold a talk at the symposium?", "spreker", None),
    ("en", "Who can fill in for the speaker?", "spreker", "geluidsapparatuur"),
    ("en", "Who can chair the panel?", "gespreksleiding", "meubels"),
    ("en", "Who can moderate the discussion?", "gespreksleiding", None),
    ("en", "Who can keep the minutes?", "notuleren", None),
    ("en", "Who can keep my mother company?", "gezelschap", None),
    ("en", "Who can show me around the neighbourhood?", "kennismaken", None),
    ("en", "Who can give a tour of the neighbourhood?", "cultuur", None),
    ("en", "Who can do the washing up?", "schoonmaken", None),
    ("en", "Who can do the sound?", "geluidsapparatuur", None),
    ("en", "Who can handle the sound?", "geluidsapparatuur", None),
    ("en", "Who can cover the costs?", "fondsenwerving", None),
    ("en", "Who can serve on our board?", "bestuur_zoeken", None),
    ("en", "Who can draw people to our event?", "promotie", "creatief"),
    ("en", "Who can fix the date for the meeting?", None, "repareren"),
    ("en", "Who can bring me to the station?", "vervoer", None),
    ("en", "Who can sort out the music for the party?", "dj", None),
]


@pytest.mark.parametrize(("lang", "text", "must", "must_not"), CASES,
                         ids=[case[1] for case in CASES])
def test_a_verb_and_its_noun_name_their_need(lang: str, text: str, must: str | None,
                                             must_not: str | None) -> None:
    found = names(text, lang)
    if must:
        assert must in found, found
    if must_not:
        assert must_not not in found, found
