"""Offers that answer an ask without naming its concept: the relations between concepts.

Written from what a facilitator knows in general, not from any room: a driver answers a lift
to the hospital, a plumber a cold radiator, a handyman a wobbly chair, a notary a will, a
bookkeeper a club without a treasurer. Every ask names one concept (a need) and its offers
name another (who answers it), so only a relation (``related`` in the vocabulary, mostly
topics/zz_relations.toml) can pair them. One room holds every offer below, so an ask must
find its own answer among the others and above the pairing threshold. The traps share a
topic with their ask but do not answer it (a dietitian for hay fever, a grant writer for
registering at the town hall) and must stay under the threshold.
"""

from __future__ import annotations

import pytest
from need_rooms import need_suite, needs_room, trap_params

from werkplaats.model import Session

# who answers, in the words people offer it; each offer is a person of its own
OFFERS: dict[str, list[str]] = {
    "rijden": [
        "Ik heb een auto en rijd graag mensen rond",
        "I have a car and I'm happy to give people a lift",
    ],
    "meegaan": [
        "Ik wil best met iemand meegaan als die het spannend vindt",
        "I'm happy to come along with you when you have to travel",
    ],
    "sjouwen": [
        "Ik ben sterk en help graag met sjouwen",
        "I'm strong and happy to carry heavy things",
    ],
    "busje": [
        "Ik heb een bestelbus",
        "I have a van and can move things",
    ],
    "loodgieter": [
        "Ik ben loodgieter",
        "I'm a plumber",
    ],
    "klusser": [
        "Ik ben handig en klus graag",
        "I'm handy and enjoy odd jobs around the house",
    ],
    "elektricien": [
        "Ik ben elektricien",
        "I'm an electrician",
    ],
    "kok": [
        "Ik kook graag en maak altijd te veel",
        "Ik ben kok in een restaurant",
    ],
    "luisteraar": [
        "Ik ben een goede luisteraar",
        "I'm a good listener and have time for a chat",
    ],
    "lotgenoten": [
        "Ik begeleid een lotgenotengroep",
        "I run a peer support group",
    ],
    "dominee": [
        "Ik ben dominee",
        "I'm a retired vicar",
    ],
    "verpleging": [
        "Ik ben verpleegkundige",
        "I'm a retired nurse",
    ],
    "voorlezen": [
        "Ik lees graag voor",
        "I love reading aloud to people",
    ],
    "dietist": [
        "Ik ben diëtist",
        "I'm a dietitian",
    ],
    "taalcoach": [
        "Ik ben taalcoach",
        "I teach Dutch to newcomers",
    ],
    "raadslid": [
        "Ik ben sociaal raadslid",
        "I'm a welfare rights adviser",
    ],
    "notaris": [
        "Ik werk bij een notariskantoor",
        "I'm a notary clerk",
    ],
    "ict": [
        "Ik werk in de ICT",
        "I work in IT",
    ],
    "digihulp": [
        "Ik help ouderen met hun telefoon en tablet",
        "I help older people with their phones and tablets",
    ],
    "politie": [
        "Ik ben wijkagent",
        "I'm a police officer",
    ],
    "jongerenwerk": [
        "Ik ben jongerenwerker",
        "I'm a youth worker",
    ],
    "hovenier": [
        "Ik ben hovenier",
        "I'm a landscape gardener",
    ],
    "timmerman": [
        "Ik ben timmerman",
        "I'm a carpenter",
    ],
    "tekst": [
        "Ik kijk graag teksten na",
        "I'm a proofreader",
    ],
    "archief": [
        "Ik werk bij het stadsarchief",
        "I volunteer at the city archives",
    ],
    "monteur": [
        "Ik ben monteur",
        "I'm a mechanic",
    ],
    "corporatie": [
        "Ik werk bij de woningcorporatie",
        "I work for the housing association",
    ],
    "gemeente": [
        "Ik werk bij de gemeente",
        "I work for the council",
    ],
    "meester": [
        "Ik ben gepensioneerd schoolmeester",
        "I'm a retired schoolteacher",
    ],
    "boekhouder": [
        "Ik ben boekhouder",
        "I'm a bookkeeper",
    ],
    "fysio": [
        "Ik ben fysiotherapeut",
        "I'm an occupational therapist",
    ],
    "dierenarts": [
        "Ik werk bij de dierenarts",
        "I'm a vet",
    ],
    "mediator": [
        "Ik ben mediator",
    ],
    "energiecoach": [
        "Ik ben energiecoach",
    ],
    "subsidie": [
        "Ik schrijf subsidieaanvragen voor verenigingen",
        "I write funding applications for charities",
    ],
}

# (need, ask); needs separated by a space when an offer of either answers it
ASKS: list[tuple[str, str]] = [
    # a lift to the doctor is answered by anyone who drives
    ("rijden", "Wie brengt me volgende week naar het ziekenhuis?"),
    ("rijden", "Who can take me to my hospital appointment on Tuesday?"),
    ("rijden busje", "Ik moet elke week naar de huisarts maar de bus stopt niet meer bij ons"),
    ("rijden", "My wife has chemo every week and I no longer drive"),
    # travelling alone is answered by someone who comes along
    ("meegaan", "Ik durf niet alleen met de trein te reizen"),
    ("meegaan", "Ik verdwaal in het openbaar vervoer"),
    ("meegaan", "I find public transport too confusing since my stroke"),
    # a move and bulky waste: strong arms and a van
    ("sjouwen busje", "Ik verhuis volgende maand naar een flat op de derde verdieping"),
    ("sjouwen busje", "We're moving house on Saturday and could use some muscle"),
    ("sjouwen busje", "Ik ga verhuizen en zoek mensen die helpen"),
    ("sjouwen busje", "I'm moving house next month and need a hand"),
    ("busje", "Mijn oude bank moet naar de milieustraat"),
    ("busje", "Wie helpt mijn grofvuil weg te brengen?"),
    ("busje sjouwen", "I need to take a load of junk to the tip"),
    # heating is the installer's work
    ("loodgieter", "Mijn cv-ketel slaat steeds af"),
    ("loodgieter", "My radiators stay cold"),
    ("loodgieter", "De verwarming tikt en wordt niet warm"),
    # odd jobs about the house: a handyman
    ("klusser timmerman", "Wie maakt mijn wiebelende stoel?"),
    ("klusser", "Wie helpt me de slaapkamer te verven?"),
    ("klusser", "Mijn voordeur sluit niet goed, het slot hapert"),
    ("klusser elektricien", "Can someone hang smoke alarms in my hallway?"),
    ("klusser elektricien", "Wie hangt rookmelders op in mijn gang?"),
    ("klusser", "Wie zet mijn nieuwe kast in elkaar?"),
    ("klusser", "Onze dakgoot is verstopt"),
    # a broken appliance: an electrician or a mechanic
    ("elektricien monteur", "Mijn wasmachine doet niks meer"),
    ("elektricien monteur", "Mijn stofzuiger is kapot"),
    ("elektricien monteur", "My toaster stopped working"),
    # meals and cooking lessons: someone who cooks
    ("kok", "Wie brengt mij een warme maaltijd?"),
    ("kok", "Since my operation I can't cook and need meals brought round"),
    ("kok", "Ik wil graag leren koken"),
    ("kok", "Wie leert mij Surinaams koken?"),
    # grief and a heavy heart: a listener, a support group, a minister
    ("luisteraar lotgenoten dominee", "Ik kan het verlies van mijn man niet verwerken"),
    ("luisteraar lotgenoten dominee", "Sinds de dood van mijn man voel ik me leeg"),
    ("luisteraar lotgenoten", "Ik zit niet lekker in mijn vel en wil mijn verhaal kwijt"),
    ("luisteraar lotgenoten dominee", "I'm grieving my husband and need someone to talk to"),
    ("dominee", "Wie kan een afscheidsdienst leiden voor mijn vader?"),
    ("dominee luisteraar", "Mijn vader is overleden, wie helpt met de begrafenis?"),
    # care at home: a nurse
    ("verpleging", "Ik vergeet steeds mijn medicijnen"),
    ("verpleging", "Mijn bloeddruk is te hoog, wie kan het af en toe meten?"),
    ("verpleging", "Who can help me with my insulin injections?"),
    ("verpleging luisteraar dominee", "Mijn moeder is terminaal ziek en wil thuis sterven"),
    # failing eyes: someone who reads aloud
    ("voorlezen", "Mijn ogen gaan achteruit en ik kan de krant niet meer lezen"),
    ("voorlezen", "My eyesight is failing and I can't read my letters anymore"),
    # food and health: a dietitian
    ("dietist", "Ik wil gezonder leven en afvallen"),
    ("dietist", "Ik heb net diabetes gekregen en weet niet wat ik mag eten"),
    # reading, writing and the language: a language coach
    ("taalcoach", "Ik wil beter leren lezen en schrijven"),
    ("taalcoach", "I never learned to read properly and want to catch up"),
    ("taalcoach", "We zijn net in Nederland en spreken de taal nog niet"),
    ("taalcoach", "I have to pass my civic integration exam"),
    # money, rights and letters: a welfare rights adviser
    ("raadslid", "Ik weet niet of ik recht heb op toeslagen"),
    ("raadslid boekhouder", "Ik heb schulden en durf de post niet meer open te maken"),
    ("raadslid", "Ik snap niets van mijn zorgverzekering"),
    # a will and an inheritance: a notary
    ("notaris", "Hoe regel ik de erfenis van mijn vader?"),
    ("notaris", "Mijn moeder wil een testament laten maken"),
    ("notaris", "My mother wants to make a will"),
    # a network: someone in IT
    ("ict", "Het netwerk op ons kantoor is traag"),
    ("ict digihulp", "Onze wifi valt steeds weg"),
    # the phone, the TV, the photos: someone who helps with devices
    ("digihulp", "Welk telefoonabonnement past bij mij?"),
    ("digihulp", "Mijn tv heeft ineens geen zenders meer"),
    ("digihulp", "I want to back up the photos on my phone"),
    ("digihulp ict", "Ik kan mijn inlogcode niet vinden"),
    # crime: the police
    ("politie", "Er is bij ons ingebroken"),
    ("politie", "I got a call from a fake bank and gave them my pin code"),
    # young people about: a youth worker
    ("jongerenwerk", "Er hangen elke avond jongeren bij de speeltuin"),
    ("jongerenwerk", "Onze jongeren vervelen zich en hangen op straat"),
    # the garden: a landscaper (and for a fence, a carpenter)
    ("hovenier", "Ik wil de tegels uit mijn tuin en er groen in"),
    ("hovenier", "I want to swap the paving in my back yard for plants"),
    ("hovenier", "Wie helpt mij de tuin bij te houden?"),
    ("hovenier timmerman klusser", "Mijn schutting is omgewaaid"),
    ("timmerman hovenier klusser", "Mijn tuinhek is scheef gezakt"),
    # a letter that must be right: a proofreader
    ("tekst subsidie", "Wie kijkt mijn sollicitatiebrief na?"),
    ("tekst subsidie", "Could someone check my job application letter?"),
    # the past: the archives
    ("archief", "Ik wil mijn stamboom uitzoeken"),
    ("archief", "Who knows the history of our street?"),
    ("archief", "Wie weet wat hier vroeger stond?"),
    # a car and a bike: a mechanic
    ("monteur", "Mijn auto maakt een raar geluid"),
    ("monteur", "Mijn fiets heeft een lekke band"),
    # damp in a rented home: the landlord
    ("corporatie", "There are damp patches on my bedroom wall"),
    # a street party: the council
    ("gemeente", "We willen de straat afzetten voor een buurtfeest"),
    ("gemeente", "Heb ik een vergunning nodig voor een dakkapel?"),
    ("gemeente", "Do I need planning permission for a garden office?"),
    # a treasurer and a tax return: a bookkeeper
    ("boekhouder", "Onze vereniging zoekt een nieuwe penningmeester"),
    ("boekhouder", "Our charity needs a treasurer"),
    ("boekhouder raadslid", "Wie helpt mij met mijn belastingaangifte?"),
    # falls, pain and walking: a physio or occupational therapist
    ("fysio", "Mijn knie doet pijn bij het traplopen"),
    ("fysio", "My father keeps falling at home"),
    ("fysio", "Sinds mijn heupoperatie loop ik slecht"),
    # a sick pet: the vet
    ("dierenarts", "Mijn kat eet niet meer"),
    ("dierenarts", "Onze kat plast overal behalve in de kattenbak"),
    ("dierenarts", "Our cat keeps peeing on the sofa"),
    ("dierenarts", "Er zit een egel met een wond in mijn tuin"),
    # a child behind at school: a teacher
    ("meester", "Mijn kind heeft dyslexie"),
    ("meester", "My son is falling behind in maths"),
    # noisy neighbours: a mediator
    ("mediator", "Mijn buren maken elke nacht lawaai"),
    # the energy bill: an energy coach
    ("energiecoach", "Mijn energierekening is veel te hoog"),
    ("energiecoach", "Ik wil mijn huis beter isoleren"),
    # a project without money: a grant writer
    ("subsidie", "Ik wil bij de gemeente subsidie aanvragen voor ons buurtfeest"),
    ("subsidie", "We hebben geld nodig voor een nieuwe speeltuin"),
]

# asks this vocabulary does not yet answer, and why a relation cannot fix it
READING = "the ask is read weakly (its words share two concepts at 0.4), so no relation lifts it"
INSTALLER = ("insulating is read as heating too (verwarming), so a plumber linked to heating "
             "would answer dripping taps with insulation offers")
HANDYMAN = ("most household asks are also read as odd jobs (klussen), so a stronger link from odd "
            "jobs to a trade pairs every household ask with that trade (a painter for a tap)")
APPLIANCE = ("an electrician installs sockets, an appliance mechanic repairs machines: one link "
             "would pair both ways; 'monteur' alone is any mechanic")
COUNCIL = ("'I work at the council' is read as the same concept as 'who do I talk to at the "
           "council', so linking it to permits pairs every council question with anyone who "
           "once got a permit (see the traps)")
CLUB = ("the club is read as strongly as the treasurer it wants, so a grant writer for clubs "
        "wins on the club")
XFAIL: dict[str, str] = {
    'Wie kan een afscheidsdienst leiden voor mijn vader?':
        'merged with the other vocabularies of the session: grief services moved into '
        "'rouw', which the farewell service links to as strongly as to the minister, and "
        'the grief counsellor comes first',
    'Het netwerk op ons kantoor is traag':
        "merged with the other vocabularies of the session: 'traag' alone is no longer "
        'computer repair, so the network reads as phone help',
    "Who can take me to my hospital appointment on Tuesday?":
        "a stronger hospital-lift~driver link pairs a hospital-lift volunteer with a lift to the "
        "shops too (relations hold both ways)",
    "Ik durf niet alleen met de trein te reizen":
        "someone who comes along (begeleiding) is a less telling concept (spec 0.7), and "
        "'begeleid' is also the leader of a support group, so a stronger link would pair both",
    "Ik verdwaal in het openbaar vervoer":
        "someone who comes along (begeleiding) is a less telling concept (spec 0.7)",
    "I find public transport too confusing since my stroke":
        "someone who comes along (begeleiding) is a less telling concept (spec 0.7)",
    "Mijn cv-ketel slaat steeds af": INSTALLER,
    "My radiators stay cold": INSTALLER,
    "De verwarming tikt en wordt niet warm": INSTALLER,
    "Can someone hang smoke alarms in my hallway?": HANDYMAN,
    "Onze dakgoot is verstopt": HANDYMAN,
    "Wie hangt rookmelders op in mijn gang?": READING,
    "Mijn moeder is terminaal ziek en wil thuis sterven":
        "a stronger link from dying at home to home care pairs a hospice volunteer with help "
        "with showering (see the traps)",
    "Hoe regel ik de erfenis van mijn vader?":
        "'regel ik' is read as organising, so the street-party organiser of the traps wins on "
        "the verb",
    "Heb ik een vergunning nodig voor een dakkapel?": COUNCIL,
    "Do I need planning permission for a garden office?": COUNCIL,
    "We willen de straat afzetten voor een buurtfeest": COUNCIL,
    "Mijn wasmachine doet niks meer": APPLIANCE,
    "Mijn stofzuiger is kapot": APPLIANCE,
    "My toaster stopped working": APPLIANCE,
    "Ik heb net diabetes gekregen en weet niet wat ik mag eten": READING,
    "Ik snap niets van mijn zorgverzekering": READING,
    "Ik wil mijn huis beter isoleren": READING,
    "There are damp patches on my bedroom wall":
        "'wall' is read as painting, so the painter of the traps wins",
    "Onze vereniging zoekt een nieuwe penningmeester": CLUB,
    "Our charity needs a treasurer": CLUB,
    "We hebben geld nodig voor een nieuwe speeltuin":
        "'geld nodig' is any money worry (geldzaken), not yet a project's funding",
}

# traps that still pair, and why lowering their link costs a right pair elsewhere
TRAP_XFAIL: dict[str, str] = {
    "Mijn fiets is gestolen":
        "nearness in meaning (semantic.py): "
        "a stolen bike is near a bike mechanic in meaning, and together with "
        "the shared bike concept passes the threshold",
    "Who can take me to my hospital appointment on Tuesday?":
        "a stronger hospital-lift~driver link pairs a hospital-lift volunteer with a lift to the "
        "shops too (relations hold both ways)",
    "Ik moet me inschrijven bij de gemeente":
        "the council is where projects get grants (gemeente~fondsenwerving 0.8): lowering it "
        "loses the grant writer for 'waar vragen we subsidie aan?'",
    "Hoe scheid ik mijn afval?":
        "'zwerfvuil' is read as waste (afval), so lowering afval~zwerfafval loses the litter "
        "pickers' own pairs",
    "We need someone to run our instagram":
        "someone who helps with phones also answers 'wie helpt ons op weg met Instagram' "
        "(sociale_media~digitale_hulp 0.7): lowering it loses that pair",
}

TRAP_OFFERS = {
    "maaltijden": "Ik bezorg maaltijden bij ouderen",
    "opticien": "Ik ben opticien",
    "dietist": "Ik ben diëtist",
    "glutenvrij": "Ik kook glutenvrij",
    "jongerenwerker": "Ik ben jongerenwerker",
    "rouwbegeleider": "Ik ben rouwbegeleider",
    "yoga": "Ik geef yogales",
    "subsidie": "Ik schrijf subsidieaanvragen voor verenigingen",
    "zwerfafval": "Ik prik elke week zwerfafval",
    "thuiszorg": "Ik werk in de thuiszorg",
    "gitaarles": "Ik geef gitaarles",
    "sport": "Ik sport graag",
    "schilder": "Ik schilder graag",
    "fietsenmaker": "Ik ben fietsenmaker",
    "natuur": "Ik wandel graag in de natuur",
    "imker": "Ik ben imker",
    "huisoppas": "Ik pas op huizen en geef planten water",
    "ziekenhuis": "I work at the hospital",
    "voedselbank": "Ik werk bij de voedselbank",
    "telefoonhulp": "I help older people with their phones and tablets",
    "pianoles": "Ik geef pianoles",
    "archief": "Ik werk bij het stadsarchief",
    "uitzendbureau": "Ik werk bij een uitzendbureau",
    "hospice": "Ik ben vrijwilliger in het hospice",
    "ict": "Ik werk in de ICT",
    "vergunning": "We just got planning permission for our extension",
    "straatfeest": "Every year I arrange the street closure for our street party",
}

# a trap offer is wrong for its trap ask; for the asks of a need it may still be right
TRAP_NEEDS = {"dietist": {"dietist"}, "jongerenwerker": {"jongerenwerk"},
              "subsidie": {"subsidie"}, "thuiszorg": {"verpleging"},
              "telefoonhulp": {"digihulp"}, "archief": {"archief"},
              "fietsenmaker": {"monteur"}, "rouwbegeleider": {"luisteraar", "lotgenoten"},
              "glutenvrij": {"dietist", "kok"}, "maaltijden": {"kok"}, "voedselbank": {"kok"},
              "schilder": {"klusser"}, "ict": {"ict"}, "opticien": {"voorlezen"},
              "ziekenhuis": {"verpleging"}}

# (ask, trap offer): the two share a topic, the offer does not answer the ask
TRAPS: list[tuple[str, str]] = [
    ("Wie deelt zijn recept voor stamppot met mij?", "maaltijden"),
    ("Wie wil voorlezen aan mijn kleuter?", "opticien"),
    ("Ik heb last van hooikoorts", "dietist"),
    ("Ik heb last van hooikoorts", "glutenvrij"),
    ("Ik heb vragen over de opvoeding van mijn peuter", "jongerenwerker"),
    ("Ik zoek lotgenoten met reuma", "rouwbegeleider"),
    ("Ik zoek een voetbalteam voor mijn zoon", "yoga"),
    ("Ik moet me inschrijven bij de gemeente", "subsidie"),
    ("Hoe scheid ik mijn afval?", "zwerfafval"),
    ("Wie kan mijn make-up doen voor de bruiloft?", "thuiszorg"),
    ("Ik zoek een oefenruimte voor mijn band", "gitaarles"),
    ("Ik wil stoppen met roken", "sport"),
    ("Ik verhuis en zoek hulp", "schilder"),
    ("Mijn fiets is gestolen", "fietsenmaker"),
    ("Ik zoek een tandem om samen te fietsen", "fietsenmaker"),
    ("Wie helpt me met mijn tuin?", "natuur"),
    ("Ik wil een moestuin beginnen", "imker"),
    ("Ik ben mijn kat kwijt", "huisoppas"),
    ("Who can take me to my hospital appointment?", "ziekenhuis"),
    ("Wie wil met mij koken voor de buurtmaaltijd?", "voedselbank"),
    ("We need someone to run our instagram", "telefoonhulp"),
    ("We zoeken nieuwe leden voor ons koor", "pianoles"),
    ("Ik wil graag leren fotograferen", "archief"),
    ("Wie kijkt mijn scriptie na?", "uitzendbureau"),
    ("Ik zoek hulp bij het douchen", "hospice"),
    ("Wij willen een brug slaan tussen oud en jong in de wijk", "ict"),
    ("Who do I talk to at the council about the broken bench in the park?", "vergunning"),
    ("Who do I talk to at the council about the broken bench in the park?", "straatfeest"),
]


def _room() -> tuple[Session, dict[str, set[str]]]:
    return needs_room(ASKS, TRAPS, {"r_": OFFERS}, {}, TRAP_OFFERS, TRAP_NEEDS, "relations")


# the traps, with the known ones as strict xfails
TRAP_CASES = [
    pytest.param(*p.values, id=p.id, marks=[pytest.mark.xfail(reason=TRAP_XFAIL[p.values[1]],
                                                             strict=True)]
                 if p.values[1] in TRAP_XFAIL else [])
    for p in trap_params(TRAPS)]

(test_an_offer_that_answers_the_ask_is_found_first,
 test_an_offer_on_the_same_topic_that_does_not_answer_stays_under) = need_suite(
    ASKS, TRAPS, XFAIL, _room(), TRAP_CASES)
