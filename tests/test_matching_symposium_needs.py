"""The needs of a symposium or professional room, asked and offered the way people write them.

Every ask meets one room holding the offers of all these needs (professions, past jobs,
experience, hobbies), so an ask must find its own need among look-alikes, not just any offer.
Asks come formal, informal, as chat with typos and long with a setting; at least one per need
shares no content word with its offers. Traps share a word but not a meaning and must stay
under the pairing threshold.
"""

from __future__ import annotations

from need_rooms import need_suite, needs_room

from werkplaats.model import Session

OFFERS: dict[str, list[str]] = {
    "venue": [
        "Ik ben beheerder van het buurthuis, daar is overdag vaak een zaal vrij",
        "Wij hebben in het wijkcentrum een ruimte die je gratis kunt gebruiken",
        "Our school lets out its gym hall and canteen in the evenings",
        "Ik heb een leeg winkelpand aan de Dorpsstraat dat je tijdelijk mag gebruiken",
    ],
    "funding": [
        "Ik ben fondsenwerver en schrijf al jaren aanvragen bij fondsen",
        "Als subsidieadviseur weet ik welke regelingen er zijn",
        "I used to write grant applications for a charity",
    ],
    "volunteers": [
        "Ik werk bij de vrijwilligerscentrale en koppel mensen aan organisaties",
        "Ik heb tijd over sinds mijn pensioen en wil graag ergens de handen uit de mouwen steken",
        "I run the volunteer centre in town",
    ],
    "lived": [
        "Ik heb zelf jaren schulden gehad en weet hoe dat voelt",
        "Ik heb als kind in de jeugdzorg gezeten en vertel daar open over",  # a speaker too
        "I was homeless for two years, happy to share what that was like",
    ],
    "speaker": [
        "Ik geef graag een presentatie over mijn werk als wijkagent",
        "Ik vertel graag over de geschiedenis van de wijk, met oude foto's",
        "I give talks about climate adaptation at schools and meetings",
    ],
    "council": [
        "Ik werk bij de gemeente en ken de weg in het stadhuis",
        "Ik ben twintig jaar ambtenaar geweest, ik weet bij wie je moet zijn",
        "I work for the city council in the social domain",
    ],
    "comms": [
        "Ik ben communicatieadviseur en help graag met jullie berichten",
        "Ik beheer de social media van een sportclub, facebook en instagram",
        "Graphic designer, I make flyers and posters",
    ],
    "research": [
        "Ik ben onderzoeker aan de hogeschool, lectoraat sociale veerkracht",
        "Als data-analist werk ik dagelijks met cijfers en dashboards",
        "Ik studeer sociologie en zoek een onderwerp voor mijn afstudeeronderzoek",
    ],
    "partners": [
        "Wij zijn een welzijnsorganisatie en zoeken partners in de wijk",
        "Onze stichting wil graag samenwerken met andere initiatieven",
        "We are a housing association looking for community partners",
    ],
    "reach": [
        "Ik ben jongerenwerker in Noord",
        "Ik woon hier veertig jaar en ken iedereen in de wijk",
        "Ik ben sleutelfiguur in de Turkse gemeenschap",
    ],
    "interns": [
        "Ik ben stagecoördinator bij de hogeschool, opleiding social work",
        "Ik begeleid als docent studenten die een stageplek zoeken",
        "I coordinate placements for social work students at the university",
    ],
    "interpreter": [
        "Ik spreek Arabisch en Nederlands en wil best meegaan als tolk",
        "Ik spreek vloeiend Turks en help graag met vertalen",
        "I'm a certified Polish interpreter",
    ],
    "training": [
        "Ik ben trainer en geef trainingen gespreksvaardigheden",
        "Ik geef workshops over omgaan met agressie voor professionals",
        "I run training sessions on facilitation for community workers",
    ],
}

# an offer that answers a second need as well (it says it tells its story openly)
ALSO = {"Ik heb als kind in de jeugdzorg gezeten en vertel daar open over": {"speaker"}}

# a trap offer is wrong for its trap ask; for the asks of a need it may still be right
TRAP_NEEDS = {"verhaal": {"speaker", "lived"}, "netwerk_mensen": {"reach"},
              "data_analist": {"research"}}

TRAP_OFFERS = {
    "gym": "Ik geef elke dinsdag bootcamp in de gymzaal",
    "begeleid_persoon": "Ik begeleid mensen met dementie bij het boodschappen doen",
    "netwerk_pc": "Ik leg computernetwerken aan in kantoren",
    "netwerk_mensen": "Ik heb een groot netwerk in de wijk",
    "verhaal": "Ik vertel graag mijn verhaal als ervaringsdeskundige op bijeenkomsten",
    "data_analist": "Data-analist, ik maak dashboards",
}

# (need, ask); two needs separated by a space when either offer is right
ASKS: list[tuple[str, str]] = [
    ("venue", "Wij zoeken een zaal voor ons symposium van 80 personen"),
    ("venue", "Plek om te vergaderen met de bewonerscommissie, liefst gratis"),
    ("venue", "heeft iemd een ruimte voor onze inloop op woensdagochtend?? budget is nul"),
    ("venue", "Voor ons buurtproject met kinderen zijn we op zoek naar een locatie waar we "
              "elke week kunnen samenkomen"),
    ("venue", "We need a venue for our neighbourhood meeting in March"),
    ("venue", "Waar kunnen we met twintig man bij elkaar komen zonder te betalen?"),
    ("funding", "Hoe kom ik aan subsidie voor ons buurtfestival?"),
    ("funding", "wie weet welke fondsen geld geven voor een moestuinproject"),
    ("funding", "Onze begroting sluit niet, we missen nog vijfduizend euro"),
    ("funding", "We need funding for our youth project"),
    ("funding", "Er is geen geld meer om de huur van de inloop te betalen, wie weet een potje?"),
    ("volunteers", "Wij zoeken vrijwilligers voor de voedselbank"),
    ("volunteers", "we komen handen tekort bij de kledingbank, wie helpt"),
    ("volunteers", "Hoe werf je vrijwilligers die ook blijven?"),
    ("volunteers", "We need more volunteers for the repair cafe"),
    ("volunteers", "Bij het koffie-uurtje staan steeds dezelfde drie mensen, er moeten er meer bij "
                   "die meehelpen"),
    ("lived", "Wij zoeken een ervaringsdeskundige voor ons armoedeproject"),
    ("lived", "Iemand die het zelf heeft meegemaakt, om mee te denken over ons beleid"),
    ("lived", "We are looking for people with lived experience of debt"),
    ("lived", "Voor de training aan hulpverleners willen we iemand die weet hoe het is om "
              "aan de andere kant van de tafel te zitten"),
    ("speaker", "Wie wil een gastles geven op onze basisschool?"),
    ("speaker", "Gezocht: spreker voor de opening van ons congres"),
    ("speaker", "iemand die kan komen vertellen over zn vak op de beroepenavond"),
    ("speaker", "Looking for a speaker for our climate evening"),
    ("speaker", "Op onze ouderavond willen we dat iemand een half uur het woord neemt over "
                "opvoeden in twee culturen"),
    ("council", "Bij wie moet ik zijn bij de gemeente voor een bankje in het park?"),
    ("council", "Ik zoek de juiste ambtenaar voor ons plan met de speeltuin"),
    ("council", "welk loket van de gemeente gaat over straatfeesten eigenlijk"),
    ("council", "Who do I talk to at the council about our community garden?"),
    ("council", "Ons initiatief loopt vast in het stadhuis, wie weet hoe dat daar werkt?"),
    ("comms", "Wie helpt ons met een nieuwsbrief?"),
    ("comms", "onze facebookpagina bijhouden lukt niet meer"),
    ("comms", "We willen een flyer voor de buurtmaaltijd"),
    ("comms", "Meer bereik voor onze activiteiten, mensen weten niet dat we bestaan"),
    ("comms", "Can someone help with our social media?"),
    ("research", "Wij willen een effectmeting van ons project"),
    ("research", "Hoe laten we zien wat het oplevert aan het fonds?"),
    ("research", "Wie heeft cijfers per wijk over eenzaamheid?"),
    ("research", "We need someone to evaluate our programme"),
    ("research", "wie kan ff een enquete opzetten onder bewoners"),
    ("partners", "Wij zoeken een samenwerkingspartner voor ons project"),
    ("partners", "Gezocht: partner uit het sociaal domein voor een aanvraag"),
    ("partners", "We are looking for partner organisations in the neighbourhood"),
    ("partners", "Met welke organisaties kunnen we samen optrekken rond eenzaamheid?"),
    ("reach", "Hoe bereiken we jongeren in de wijk?"),
    ("reach", "De mensen die we het hardst nodig hebben komen nooit"),
    ("reach", "How do we reach young people?"),
    ("reach", "we krijgen de turkse moeders niet binnen bij de inloop"),
    ("interns", "Wij zoeken een stagiair voor ons buurtproject"),
    # a sociology student looking for a thesis subject fits this ask as well as a placement office
    ("interns research", "We hebben studenten nodig voor een onderzoek in de wijk"),
    ("interns", "Looking for interns for our community centre"),
    ("interns", "Is er een opleiding die leerlingen bij ons kan laten meedraaien?"),
    ("interpreter", "Wij zoeken een tolk bij huisbezoeken aan Syrische gezinnen"),
    ("interpreter", "Iemand die Arabisch spreekt voor een gesprek met een nieuwe buurvrouw"),
    ("interpreter", "need a translator for turkish speaking residents"),
    ("interpreter", "De moeder van een leerling verstaat ons niet, ze spreekt alleen Pools"),
    ("training", "Wij zoeken een training voor onze vrijwilligers"),
    ("training", "Workshop omgaan met agressie voor ons team"),
    ("training", "We want to train our staff in having difficult conversations"),
    ("training", "Onze medewerkers aan de balie weten niet goed hoe ze boze mensen kalm krijgen"),
]

# asks this vocabulary does not yet answer, and why a fix here would hurt other rooms
XFAIL = {
    "heeft iemd een ruimte voor onze inloop op woensdagochtend?? budget is nul":
        "reads venue, company (inloop) and money (budget) at once; the venue offer lands just "
        "under the threshold, and pointing inloop or budget at venues would pair them elsewhere",
    "Waar kunnen we met twintig man bij elkaar komen zonder te betalen?":
        "'bij elkaar komen' is as often company as a place; no cue in the text says 'room'",
    "Bij het koffie-uurtje staan steeds dezelfde drie mensen, er moeten er meer bij die meehelpen":
        "'steeds dezelfde mensen' is read as reach (work.toml), and the ask is half about reach",
}

# (ask, trap offer): the trap shares a word with the ask, not its meaning
TRAPS: list[tuple[str, str]] = [
    ("Wij zoeken een zaal voor ons symposium van 80 personen", "gym"),
    ("Wie kan onze stagiairs begeleiden bij hun opdracht?", "begeleid_persoon"),
    ("Wie heeft een netwerk bij de gemeente voor ons plan?", "netwerk_pc"),
    ("Het netwerk op ons kantoor is steeds traag", "netwerk_mensen"),
    ("Ik wil mijn verhaal doen over de overlast van de buren", "verhaal"),
    ("Wie helpt de data voor de buurtbarbecue te prikken?", "data_analist"),
]


def _room() -> tuple[Session, dict[str, set[str]]]:
    return needs_room(ASKS, TRAPS, {"": OFFERS}, ALSO, TRAP_OFFERS, TRAP_NEEDS, "symposium")


(test_an_ask_finds_an_offer_of_its_own_need,
 test_a_shared_word_without_shared_meaning_stays_under_the_threshold) = need_suite(
    ASKS, TRAPS, XFAIL, _room())
