"""What neighbours exchange, from a service catalogue rather than from workshop rooms.

The list below follows the categories of a time bank or neighbourhood-help platform
("burenhulp", "ruilkring", WeHelpen, Nextdoor): household and repairs, garden and animals,
transport and errands, computers/phones/TV, paperwork and money, language and learning, care
and company, children and school, food and cooking, sewing and crafts, sport and exercise,
music and art, moving and lending things, events and the neighbourhood.

CATALOGUE (services marked * are asked and offered in test_matching_everyday_needs.py):
  household & repairs   kraan/afvoer (loodgieter), stopcontact/stoppen (elektricien),
                        lamp ophangen*, kast in elkaar*, behangen, kozijnen verven,
                        ramen lappen, strijken, wasmachine/witgoed, slot/sleutel,
                        rookmelders, tocht/energie besparen, muizen/ongedierte, verwarming*
  garden & animals      heg en gras*, boom snoeien, tegels eruit/vergroenen, hond uitlaten,
                        kat voeren tijdens vakantie, planten water geven, ziek huisdier
  transport & errands   rijden naar ziekenhuis*, fiets*, boodschappen, pakket/retour,
                        medicijnen ophalen, verhuizen, grofvuil wegbrengen, auto start niet,
                        rijexamen oefenen, leren reizen met trein en bus
  computers/phones/TV   beeldbellen/whatsapp*, tv-zenders/decoder, wifi/printer/trage laptop,
                        foto's van de telefoon bewaren, internetbankieren, videobanden
  paperwork & money     belasting/formulieren*, geld tekort/schulden, bezwaar maken,
                        cv/sollicitatie, huurverhoging, zorgverzekering kiezen,
                        brief vertalen
  language & learning   Nederlands oefenen*, Engels, lezen en schrijven, bijles wiskunde,
                        gitaarles, schaken
  care & company        gezelschap*, wandelmaatje, mantelzorg ontlasten, voorlezen,
                        rouw
  children & school     oppas*, huiswerk, kinderfeest, babyspullen, zwemmen
  food & cooking        koken*, taart bakken, jam inmaken
  sewing & crafts       kleding vermaken, haken/breien, schoenen, stoel bekleden
  sport & exercise      hardlopen, bewegen voor ouderen, voetbaltraining
  music & art           koor, tekenen/schilderen, fotograaf, DJ/geluid
  moving & lending      boormachine, ladder, partytent/tafels, opslag
  events & neighbourhood straatfeest, zwerfafval, buurtkrant, burenruzie

One room holds every offer below, so an ask must find its own service among all the others.
Each service has a plain ask and one that shares no content word with its offers (some in chat
spelling), and offers from people who do it for a living, did it once, or do it as a hobby.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pytest
from need_rooms import room_of_specs

from werkplaats.matching import rank_offers
from werkplaats.matching.api import DEFAULT_THRESHOLD
from werkplaats.model import Ref, Session


@dataclass(frozen=True)
class Service:
    asks: tuple[str, ...]
    offers: tuple[str, ...]
    traps: tuple[str, ...] = ()
    # services whose offers honestly help too
    also: tuple[str, ...] = ()


SERVICES: dict[str, Service] = {
    # ------------------------------------------------------------ household & repairs
    "loodgieter": Service(
        asks=("Wie kan mijn verstopte afvoer ontstoppen?",
              "mijn kraan blijft druppen",
              "Het water in de douche blijft staan en ruikt vies"),
        offers=("Ik ben loodgieter geweest", "Retired plumber, happy to help"),
    ),
    "elektricien": Service(
        asks=("Wie kan een extra stopcontact aanleggen in de keuken?",
              "Steeds valt alles uit als ik de waterkoker en de magnetron tegelijk aanzet",
              "the power keeps tripping when I use the oven"),
        offers=("Ik ben elektricien", "Qualified electrician, small jobs welcome"),
    ),
    "behangen": Service(
        asks=("Wie helpt mij behangen in de slaapkamer?",
              "De oude bloemetjesbaan moet van de muur en er moet iets nieuws op"),
        offers=("Ik ben behanger van beroep",),
        also=("huisschilder",),  # a painter and decorator hangs wallpaper too
    ),
    "huisschilder": Service(
        asks=("Mijn kozijnen moeten nodig geverfd worden",
              "het houtwerk aan de voorkant bladdert helemaal af",
              "Can someone paint my living room walls?"),
        offers=("Ik heb dertig jaar als huisschilder gewerkt", "I'm a painter and decorator"),
        also=("behangen",),
    ),
    "ramen": Service(
        asks=("Wie wil mijn ramen lappen? ik kan niet meer op een trapje",
              "Ik zie bijna niet meer naar buiten, zo vies zijn de ruiten"),
        offers=("Ik ben glazenwasser", "I clean windows, inside and out"),
        also=("schoonmaken",),
    ),
    "schoonmaken": Service(
        asks=("Wie helpt mij met het huishouden? stofzuigen en dweilen lukt niet meer",
              "Na mijn heupoperatie ligt overal stof en de badkamer is smerig"),
        offers=("Ik maak graag schoon, ook bij anderen", "Ik werkte als huishoudelijke hulp"),
        also=("ramen",),
    ),
    "strijken": Service(
        asks=("Wie wil mijn overhemden strijken?",
              "Er ligt een berg gekreukte blouses die ik niet glad krijg"),
        offers=("Ik strijk graag, met de radio aan",),
    ),
    "witgoed": Service(
        asks=("Mijn wasmachine pompt het water niet meer weg",
              "De vaatwasser geeft een foutcode en doet niks meer",
              "my fridge stopped cooling"),
        offers=("Ik heb twintig jaar witgoed gerepareerd",
                "Ik ben monteur van huishoudelijke apparaten geweest"),
    ),
    "slot": Service(
        asks=("Ik ben mijn sleutels kwijt, wie kan het slot vervangen?",
              "De cilinder van mijn voordeur draait zo stroef, ik krijg hem amper open"),
        offers=("Ik ben slotenmaker",),
    ),
    "rookmelder": Service(
        asks=("Wie kan rookmelders ophangen in mijn huis?",
              "Ik wil een piepje krijgen als er ergens brand ontstaat"),
        offers=("Ik ben vrijwilliger bij de brandweer",),
    ),
    "energie": Service(
        asks=("Hoe krijg ik mijn energierekening omlaag?",
              "Het tocht overal langs de deuren en ik stook me arm"),
        offers=("Ik ben energiecoach in de wijk", "I help neighbours insulate and save energy"),
    ),
    "ongedierte": Service(
        asks=("Ik heb muizen in de keuken, wie weet raad?",
              "'s Nachts hoor ik geritsel achter de plinten en er liggen keutels"),
        offers=("Ik werk bij een ongediertebestrijder",),
    ),
    # ------------------------------------------------------------ garden & animals
    "boom": Service(
        asks=("Wie kan mijn appelboom snoeien?",
              "De takken hangen over de schutting tot bij de buren"),
        offers=("Ik ben boomverzorger", "Ik heb als hovenier gewerkt"),
    ),
    "tegels": Service(
        asks=("Wie helpt mij tegels uit mijn tuin te halen voor meer groen?",
              "Achter mijn huis is alles versteend en er groeit geen sprietje"),
        offers=("Ik ben stratenmaker", "Ik doe mee met tegelwippen in de buurt"),
        also=("boom",),
    ),
    "hond": Service(
        asks=("Wie wil mijn hond uitlaten als ik werk?",
              "Mijn viervoeter moet drie keer per dag naar buiten en ik slecht ter been"),
        offers=("Ik heb een hondenuitlaatservice", "I love dogs and walk every day"),
        also=("kat",),  # a pet sitter walks dogs too
    ),
    "kat": Service(
        asks=("Wie voert mijn kat als ik op vakantie ben?",
              "mn poes heeft 2 weken eten en een schone bak nodig terwijl ik weg ben"),
        offers=("Ik pas graag op huisdieren als de baasjes weg zijn",),
    ),
    "planten": Service(
        asks=("Wie geeft mijn planten water tijdens de vakantie?",
              "Mijn monstera en vetplantjes verdrogen als ik drie weken weg ben"),
        offers=("Ik geef graag de kamerplanten water als je weg bent",),
    ),
    "dierziek": Service(
        asks=("Mijn konijn eet niet meer, wie weet iets van dieren?",
              "Ik denk dat mijn parkiet ziek is, hij zit de hele dag stil op de bodem"),
        offers=("Ik ben dierenartsassistente geweest",),
    ),
    # ------------------------------------------------------------ transport & errands
    "boodschappen": Service(
        asks=("Wie kan boodschappen voor me doen?",
              "Mijn koelkast is leeg en ik kom de deur niet uit",
              "could someone pick up some groceries for me"),
        offers=("Ik ga elke week naar de supermarkt en neem graag wat mee",
                "I can do your shopping"),
    ),
    "pakket": Service(
        asks=("Wie kan een pakketje voor me ophalen bij het postpunt?",
              "Ik moet een retourzending terugsturen maar kom niet bij de winkel"),
        offers=("Ik kom dagelijks langs het postkantoor",),
    ),
    "medicijnen": Service(
        asks=("Wie haalt mijn medicijnen op bij de apotheek?",
              "mn pillen zijn op en ik kan nie weg"),
        offers=("Ik haal graag medicijnen op voor buren",),
        also=("boodschappen",),
    ),
    "verhuizen": Service(
        asks=("Wie helpt me verhuizen zaterdag?",
              "Ik ga naar een kleiner appartement en alle dozen moeten naar drie hoog"),
        offers=("Ik heb bij een verhuisbedrijf gewerkt", "I have a van and strong arms"),
    ),
    "grofvuil": Service(
        asks=("Wie kan mijn oude bank naar de milieustraat brengen?",
              "Er staat een kapotte matras in de gang die weg moet"),
        offers=("Ik heb een aanhangwagen en rijd vaak naar de stort",),
        also=("verhuizen",),
    ),
    "auto": Service(
        asks=("Mijn auto start niet meer, wie kijkt er even naar?",
              "Er brandt een oranje lampje op het dashboard en de motor hapert"),
        offers=("Ik ben automonteur", "I used to be a car mechanic"),
    ),
    "rijexamen": Service(
        asks=("Wie wil met mij oefenen voor mijn rijexamen?",
              "Over twee weken moet ik op voor mijn rijbewijs en ik wil nog kilometers maken"),
        offers=("Ik was rijinstructeur",),
    ),
    "ov": Service(
        asks=("Wie leert mij met de trein reizen en inchecken met de ov-chipkaart?",
              "Ik durf niet alleen naar de stad, ik weet niet welk perron of welke lijn"),
        offers=("Ik ben conducteur geweest bij de NS",),
    ),
    # ------------------------------------------------------------ computers, phones, TV
    "tv": Service(
        asks=("Mijn televisie heeft geen zenders meer",
              "Sinds het nieuwe kastje van de provider blijft het beeld zwart"),
        offers=("Ik stel tv's en decoders in, heb in een elektronicazaak gewerkt",),
    ),
    "computer": Service(
        asks=("Mijn printer doet het niet meer",
              "mn laptop is super traag geworden, virus??",
              "the wifi keeps dropping in my bedroom"),
        offers=("Ik ben systeembeheerder", "I fix laptops and home networks"),
    ),
    "fotos": Service(
        asks=("Wie helpt mij de foto's van mijn telefoon op een usb-stick te zetten?",
              "Ik heb honderden vakantiekiekjes op mijn mobiel en wil ze bewaren als hij "
              "stukgaat"),
        offers=("Ik help graag met foto's ordenen en back-ups maken",),
        also=("computer",),
    ),
    "bankieren": Service(
        asks=("Wie leert me internetbankieren?",
              "Ik wil geld overmaken zonder naar het kantoor in de stad te gaan"),
        offers=("Ik was bankmedewerker en leg graag de bank-app uit",),
    ),
    "video": Service(
        asks=("Wie kan mijn oude videobanden op de computer zetten?",
              "In een doos liggen VHS-cassettes van onze bruiloft die ik wil bewaren"),
        offers=("Ik digitaliseer oude films en dia's",),
    ),
    # ------------------------------------------------------------ paperwork & money
    "schulden": Service(
        asks=("Ik kom elke maand geld tekort",
              "De aanmaningen stapelen zich op en ik durf de envelop niet open te maken"),
        offers=("Ik ben vrijwilliger bij Schuldhulpmaatje", "Ik ben budgetcoach"),
    ),
    "bezwaar": Service(
        asks=("Wie helpt me een bezwaarschrift schrijven?",
              "De gemeente heeft mijn aanvraag afgewezen en ik wil daartegenin gaan"),
        offers=("Ik ben jurist", "Ik werk bij het juridisch loket"),
    ),
    "cv": Service(
        asks=("Wie helpt met mijn cv en sollicitatiebrief?",
              "Ik zoek een baan maar weet niet hoe ik mezelf op papier moet presenteren"),
        offers=("Ik ben loopbaancoach", "I was a recruiter in HR"),
    ),
    "huur": Service(
        asks=("Mijn huisbaas verhoogt de huur veel te veel",
              "De verhuurder repareert de schimmel niet, wat kan ik doen?"),
        offers=("Ik zit in het bestuur van de huurdersvereniging",),
        also=("bezwaar",),  # a lawyer knows tenancy law
    ),
    "zorgverzekering": Service(
        asks=("Welke zorgverzekering past bij mij?",
              "Ik weet niet of ik volgend jaar het eigen risico hoger moet zetten"),
        offers=("Ik werkte bij een zorgverzekeraar",),
    ),
    "vertalen": Service(
        asks=("Wie kan een brief uit het Arabisch vertalen?",
              "Ik heb een document in het Pools en snap er geen woord van"),
        offers=("Ik ben tolk en vertaler Arabisch en Pools",),
    ),
    # ------------------------------------------------------------ language & learning
    "engels": Service(
        asks=("Ik wil mijn Engels verbeteren voor mijn werk",
              "I'd like to practise my English conversation"),
        offers=("I'm a native English speaker, happy to chat",),
    ),
    "lezen": Service(
        asks=("Ik kan niet goed lezen en schrijven, wie helpt mij?",
              "Als ik een brief krijg laat ik hem altijd door mijn dochter voorlezen want de "
              "letters lukken me niet"),
        offers=("Ik ben vrijwilliger bij het Taalhuis en help volwassenen met lezen en schrijven",),
    ),
    "bijles": Service(
        asks=("Mijn dochter heeft bijles wiskunde nodig",
              "mn zoon haalt alleen maar onvoldoendes voor algebra"),
        offers=("Ik ben wiskundedocent", "I tutor maths and physics"),
        also=("huiswerk",),
    ),
    "gitaar": Service(
        asks=("Ik wil gitaar leren spelen",
              "Ik wil akkoorden leren op mijn zes snaren"),
        offers=("Ik geef gitaarles",),
    ),
    "schaken": Service(
        asks=("Wie leert mij schaken?",
              "Wie wil een potje tegen me spelen met paard, toren en loper"),
        offers=("Ik ben lid van de schaakclub",),
    ),
    # ------------------------------------------------------------ care & company
    "wandelmaatje": Service(
        asks=("Wie wil samen met mij wandelen?",
              "Ik wil elke ochtend een rondje door het park maar niet alleen"),
        offers=("Ik loop elke dag een uur buiten en vind aanspraak onderweg fijn",
                "I'm a keen walker"),
    ),
    "mantelzorg": Service(
        asks=("Ik zorg voor mijn man met dementie en heb nooit eens vrij",
              "Sinds mijn moeder bij ons inwoont kom ik nergens meer aan toe"),
        offers=("Ik neem graag een middag de zorg over zodat mantelzorgers even op adem komen",
                "Ik was verpleegkundige"),
    ),
    "voorlezen": Service(
        asks=("Wie leest mijn post voor? mijn ogen zijn slecht",
              "Ik ben bijna blind en mis de krant"),
        offers=("Ik lees graag voor aan mensen die slecht zien",),
    ),
    "rouw": Service(
        asks=("Mijn moeder is overleden en ik heb het er zo moeilijk mee",
              "Sinds de begrafenis van mijn broer huil ik elke dag"),
        offers=("Ik ben rouwbegeleider", "Ik heb zelf een kind verloren en praat daar open over"),
        also=("gezelschap",),
    ),
    # ------------------------------------------------------------ children & school
    "huiswerk": Service(
        asks=("Wie helpt mijn zoon met zijn huiswerk?",
              "mn dochter zit in de brugklas en raakt het overzicht van haar schoolwerk kwijt"),
        offers=("Ik ben juf geweest en help graag met huiswerk", "I tutor teenagers"),
        also=("bijles",),
    ),
    "kinderfeest": Service(
        asks=("Wie helpt bij het kinderfeestje van mijn dochter?",
              "Mijn zoon wordt zes en ik wil iets leuks voor tien kleuters"),
        offers=("Ik schmink kinderen en doe spelletjes op feestjes",),
    ),
    "babyspullen": Service(
        asks=("Heeft iemand een kinderwagen over?",
              "We krijgen een tweeling en hebben nog niks, geen bedje en geen rompertjes"),
        offers=("Ik heb nog babykleding en een box over",),
    ),
    "zwemmen": Service(
        asks=("Mijn kind heeft zwemles nodig maar het is te duur",
              "Mijn dochter is bang in het water en durft het diepe niet in"),
        offers=("Ik ben zweminstructeur",),
    ),
    # ------------------------------------------------------------ food & cooking
    "taart": Service(
        asks=("Wie bakt een taart voor het verjaardagsfeest van mijn moeder?",
              "Ik wil leren hoe je een luchtig biscuitdeeg maakt"),
        offers=("Ik ben banketbakker", "I bake cakes for every occasion"),
    ),
    "inmaken": Service(
        asks=("Ik heb een boom vol pruimen, wie leert me jam maken?",
              "Hoe bewaar ik al die tomaten en bonen uit mijn moestuin voor de winter?"),
        offers=("Ik maak elk jaar jam en zet groente in het zuur",),
    ),
    # ------------------------------------------------------------ sewing & crafts
    "vermaken": Service(
        asks=("Wie kan mijn broek inkorten?",
              "Deze jurk zit te ruim om mijn middel, kan iemand hem passend maken?",
              "the zip on my coat is broken"),
        offers=("Ik ben coupeuse", "I sew and do alterations"),
    ),
    "haken": Service(
        asks=("Ik wil leren haken",
              "Wie leert me een sjaal maken met wol en pennen?"),
        offers=("Ik brei en haak al mijn hele leven",),
    ),
    "schoenen": Service(
        asks=("De hak van mijn laars is eraf",
              "mn zolen zijn helemaal versleten"),
        offers=("Ik ben schoenmaker geweest",),
    ),
    "stoffeerder": Service(
        asks=("Wie kan mijn stoel opnieuw bekleden?",
              "De zitting van oma's fauteuil is versleten en de vering steekt erdoor"),
        offers=("Ik ben stoffeerder",),
    ),
    # ------------------------------------------------------------ sport & exercise
    "hardlopen": Service(
        asks=("Wie wil samen hardlopen?",
              "Ik wil van de bank af en over een paar maanden 5 kilometer halen"),
        offers=("Ik ben hardlooptrainer bij de atletiekclub",),
    ),
    "ouderengym": Service(
        asks=("Ik ben 80 en wil graag wat meer bewegen",
              "Mijn spieren worden stijf van het zitten, wat kan ik oefenen op mijn leeftijd?"),
        offers=("Ik geef stoelyoga voor senioren", "Ik ben fysiotherapeut"),
    ),
    "voetbal": Service(
        asks=("Mijn zoon wil voetballen, wie traint de kinderen op het veldje?",
              "Op het pleintje trappen de jongens elke dag een balletje, wie wil ze coachen?"),
        offers=("Ik ben voetbaltrainer bij de jeugd",),
    ),
    # ------------------------------------------------------------ music & art
    "koor": Service(
        asks=("Ik zoek een koor om mee te zingen",
              "Ik zing graag onder de douche maar wil het eens met anderen"),
        offers=("Ik dirigeer een buurtkoor",),
    ),
    "tekenen": Service(
        asks=("Ik wil leren tekenen en schilderen",
              "Ik wil mijn kleinkinderen kunnen portretteren met potlood"),
        offers=("Ik ben kunstenaar en geef tekenles", "Ik schilder graag aquarellen van bloemen"),
    ),
    "fotograaf": Service(
        asks=("Wie maakt foto's op onze bruiloft?",
              "Ik wil mooie portretten van ons gezin voor opa en oma"),
        offers=("Ik ben fotograaf",),
    ),
    "dj": Service(
        asks=("Wie kan muziek draaien op ons buurtfeest?",
              "Er moet wat swingen op het straatfeest, wie heeft speakers en een mengpaneel?"),
        offers=("Ik ben DJ en heb een eigen geluidsset",),
    ),
    # ------------------------------------------------------------ moving & lending things
    "boormachine": Service(
        asks=("Mag ik ergens een boormachine lenen?",
              "Ik heb een klopboor nodig voor één gaatje in beton"),
        offers=("Ik leen mijn gereedschap graag uit",),
    ),
    "ladder": Service(
        asks=("Heeft iemand een hoge ladder die ik mag lenen?",
              "Ik moet bij de dakgoot kunnen en kom er niet bij"),
        offers=("Ik heb een ladder en een steiger om uit te lenen",),
    ),
    "partytent": Service(
        asks=("Wie heeft een partytent voor ons straatfeest?",
              "We zoeken statafels en een overkapping voor als het regent bij de barbecue"),
        offers=("Ik heb een partytent en klaptafels om te lenen",),
    ),
    "opslag": Service(
        asks=("Wie heeft ruimte voor mijn spullen tijdens de verbouwing?",
              "Mijn kano past niet in mijn flat, is er ergens een plekje droog?"),
        offers=("Ik heb een lege garage die je kunt gebruiken",),
    ),
    # ------------------------------------------------------------ events & neighbourhood
    "straatfeest": Service(
        asks=("Wie helpt mee een straatfeest te organiseren?",
              "Ik wil dat de buren elkaar eens leren kennen, met een barbecue op straat"),
        offers=("Ik heb vaak buurtfeesten georganiseerd",),
        also=("partytent", "dj"),
    ),
    "zwerfafval": Service(
        asks=("Wie prikt er mee zwerfafval in het park?",
              "Overal in het plantsoen liggen blikjes en chipszakken"),
        offers=("Ik ruim elke week zwerfvuil op in de wijk",),
    ),
    "buurtkrant": Service(
        asks=("Wie helpt mee een buurtkrant te maken?",
              "We willen iedereen in de straat op de hoogte houden met een blaadje in de bus"),
        offers=("Ik ben journalist geweest", "Ik ben grafisch vormgever"),
    ),
    "burenruzie": Service(
        asks=("Mijn bovenburen maken elke nacht lawaai",
              "Ik heb ruzie met de buren over de schutting en we praten niet meer"),
        offers=("Ik ben buurtbemiddelaar",),
    ),
    # a service also named above, so that "also" can point to it
    "gezelschap": Service(
        asks=("Ik zit de hele dag alleen en zie niemand",),
        offers=("Ik kom graag op de koffie voor een praatje",),
    ),
}


def _ask_cases() -> list[tuple[str, int]]:
    return [(name, k) for name, spec in SERVICES.items() for k in range(len(spec.asks))]


@cache
def _room() -> tuple[Session, dict[str, list[Ref]], dict[str, list[Ref]],
                     dict[tuple[str, int], Ref]]:
    return room_of_specs(SERVICES, "services", "diensten in de buurt")


# (service, ask) -> why it does not pass yet: left after the first pass of services.toml
KNOWN: dict[tuple[str, int], str] = {
    ('lezen', 1):
        "merged with the other vocabularies of the session: 'voorlezen' (a daughter reads "
        'the letters aloud) reaches the reader for poor sight before the literacy volunteer',
    ('elektricien', 1): "first pass: 'waterkoker' pairs another service",
    ('behangen', 1): 'first pass: open',
    ('strijken', 0): "first pass: 'overhemden strijken' pairs another service",
    ('rookmelder', 0): "first pass: 'rookmelder ophangen' pairs another service",
    ('dierziek', 0): "first pass: 'dieren' pairs another service",
    ('dierziek', 1): "first pass: 'parkiet ziek' pairs another service",
    ('medicijnen', 1): "first pass: 'pillen zijn op' pairs another service",
    ('computer', 0): "first pass: 'printer' pairs another service",
    ('computer', 2): "first pass: 'wifi keeps dropping' pairs another service",
    ('bezwaar', 0): 'first pass: open',
    ('zorgverzekering', 0): "first pass: 'past' pairs another service",
    ('zorgverzekering', 1): "first pass: 'hoger' pairs another service",
    ('vertalen', 1): 'first pass: open',
    ('engels', 0): "first pass: 'werk' pairs another service",
    ('kinderfeest', 0): 'first pass: open',
    ('kinderfeest', 1): "first pass: 'kleuters' pairs another service",
    ('babyspullen', 0): 'first pass: open',
    ('voetbal', 1): "first pass: 'coachen' pairs another service",
    ('fotograaf', 0): "first pass: 'fotos op onze bruiloft' pairs another service",
    ('fotograaf', 1): "first pass: 'mooie portretten' pairs another service",
    ('ladder', 1): 'first pass: open',
    ('buurtkrant', 0): 'first pass: open',
    ('buurtkrant', 1): 'first pass: open',
}


def _cases() -> list[object]:
    return [pytest.param(name, k, id=f"{name}-{k}",
                         marks=[pytest.mark.xfail(reason=KNOWN[name, k], strict=True)]
                         if (name, k) in KNOWN else [])
            for name, k in _ask_cases()]


def _helpful(name: str) -> list[Ref]:
    _, fitting, _, _ = _room()
    return fitting[name] + [ref for other in SERVICES[name].also for ref in fitting[other]]


@pytest.mark.parametrize(("name", "k"), _cases())
def test_the_fitting_offer_ranks_first_above_the_threshold(name: str, k: int) -> None:
    session, _, _, ask_refs = _room()
    ranked = rank_offers(session, ask_refs[(name, k)])
    ask = SERVICES[name].asks[k]
    assert ranked, f"nothing at all for {ask!r}"
    best = ranked[0]
    assert best.offer in _helpful(name), (
        f"{ask!r} -> {session.offer_text(best.offer)!r} ({best.score}: {best.why})")
    assert best.score >= DEFAULT_THRESHOLD, (
        f"{ask!r} -> {best.score} ({best.why}), would stay open")


# (service, ask) -> why an offer of another service still reaches the threshold
KNOWN_DISTRACTORS: dict[tuple[str, int], str] = {
    ('elektricien', 1):
        "first pass: 'waterkoker' reaches 'Ik ben monteur van huishoudelijke appara'",
    ('huisschilder', 1): "first pass: 'houtwerk' reaches 'Ik ben stoffeerder'",
    ('schoonmaken', 1): "first pass: 'heupoperatie' reaches 'Ik ben fysiotherapeut'",
    ('strijken', 0): "first pass: 'overhemden strijken' reaches 'Ik ben glazenwasser'",
    ('rookmelder', 0): "first pass: 'rookmelder ophangen' reaches 'Ik ben elektricien'",
    ('boom', 0): "first pass: 'appelboom' reaches 'Ik maak elk jaar jam en zet groente in h'",
    ('hond', 0): "first pass: 'hond uitlaten' reaches 'Ik ben dierenartsassistente geweest'",
    ('hond', 1): "first pass: 'slecht ter been' reaches 'Ik ga elke week naar de supermarkt en ne'",
    ('kat', 0): "first pass: 'vakantie' reaches 'Ik geef graag de kamerplanten water als '",
    ('kat', 1): "first pass: 'weg ben' reaches 'Ik geef graag de kamerplanten water als '",
    ('planten', 0):
        "first pass: 'planten water geven' reaches 'Ik pas graag op huisdieren als de baasje'",
    ('planten', 1): "first pass: 'monstera' reaches 'Ik schilder graag aquarellen van bloemen'",
    ('dierziek', 0): "first pass: 'dieren' reaches 'Ik pas graag op huisdieren als de baasje'",
    ('dierziek', 1): "first pass: 'parkiet ziek' reaches 'Ik heb een hondenuitlaatservice'",
    ('boodschappen', 1):
        "first pass: 'kom de deur niet uit' reaches 'Ik kom graag op de koffie voor een praat'",
    ('verhuizen', 0): "first pass: 'verhuizen' reaches 'Ik heb een aanhangwagen en rijd vaak naa'",
    ('computer', 0): 'first pass: \'printer\' reaches "Ik stel tv\'s en decoders in, heb in een "',
    ('computer', 1):
        'first pass: \'laptop traag\' reaches "Ik help graag met foto\'s ordenen en back"',
    ('computer', 2):
        'first pass: \'wifi keeps dropping\' reaches "Ik stel tv\'s en decoders in, heb in een "',
    ('fotos', 0):
        'first pass: \'fotos van mijn telefoon\' reaches "Ik digitaliseer oude films en dia\'s"',
    ('fotos', 1): 'first pass: \'mobiel\' reaches "Ik stel tv\'s en decoders in, heb in een "',
    ('schulden', 0):
        "first pass: 'kom geld tekort' reaches 'Ik was bankmedewerker en leg graag de ba'",
    ('schulden', 1):
        "first pass: 'envelop niet open' reaches 'Ik was bankmedewerker en leg graag de ba'",
    ('lezen', 1): "first pass: 'voorlezen' reaches 'Ik lees graag voor aan mensen die slecht'",
    ('mantelzorg', 0):
        "first pass: 'zorg voor mijn man' reaches 'Ik kom graag op de koffie voor een praat'",
    ('rouw', 0): "first pass: 'is overleden' reaches 'Ik kom dagelijks langs het postkantoor'",
    ('rouw', 1): "first pass: 'begrafenis' reaches 'Ik kom dagelijks langs het postkantoor'",
    ('huiswerk', 1): "first pass: 'overzicht' reaches 'Ik heb vaak buurtfeesten georganiseerd'",
    ('taart', 0):
        "first pass: 'verjaardagsfeest' reaches 'Ik schmink kinderen en doe spelletjes op'",
    ('inmaken', 0): "first pass: 'boom' reaches 'Ik ben boomverzorger'",
    ('voetbal', 0): "first pass: 'voetballen' reaches 'Ik geef stoelyoga voor senioren'",
    ('fotograaf', 0):
        'first pass: \'fotos op onze bruiloft\' reaches "Ik digitaliseer oude films en dia\'s"',
    ('fotograaf', 1):
        'first pass: \'mooie portretten\' reaches "Ik digitaliseer oude films en dia\'s"',
    ('dj', 0): "first pass: 'buurtfeest' reaches 'Ik heb vaak buurtfeesten georganiseerd'",
    ('dj', 1): "first pass: 'speakers' reaches 'Ik heb een partytent en klaptafels om te'",
    ('gezelschap', 0): "first pass: 'zie niemand' reaches 'Ik kom dagelijks langs het postkantoor'",
}


@pytest.mark.parametrize(("name", "k"), [
    pytest.param(name, k, id=f"{name}-{k}",
                 marks=[pytest.mark.xfail(reason=KNOWN_DISTRACTORS[name, k], strict=True)]
                 if (name, k) in KNOWN_DISTRACTORS else [])
    for name, k in _ask_cases()])
def test_offers_of_other_services_and_traps_stay_below_the_threshold(name: str, k: int) -> None:
    session, _, _, ask_refs = _room()
    helpful = set(_helpful(name))
    wrong = [c for c in rank_offers(session, ask_refs[(name, k)], limit=1000)
             if c.offer not in helpful and c.score >= DEFAULT_THRESHOLD]
    assert not wrong, f"{SERVICES[name].asks[k]!r} -> " + "; ".join(
        f"{session.offer_text(c.offer)!r} ({c.score}: {c.why})" for c in wrong)
