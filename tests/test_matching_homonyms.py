"""Homonyms: everyday words with two or more common senses, asked and offered in each sense.

Drawn up from the language, not from any room: a list of Dutch and English words with two
common meanings ("kaart" a map or a playing card, "bank" a sofa or a bank, "drive" a ride or a
hard disk, "light" a lamp or not heavy...). For each sense a need with asks and offers that use
the word in that sense, and traps: offers that use the same word in the other sense. One room
holds every offer and trap, so an ask has to find its own sense first above the threshold, and
a trap (the other sense) must stay under it.
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
class Need:
    asks: tuple[str, ...]
    offers: tuple[str, ...]
    traps: tuple[str, ...] = ()
    # needs of the other sense: their offers are traps for these asks too
    against: tuple[str, ...] = ()
    # needs of the same sense: their offers count as the own sense
    also: tuple[str, ...] = ()


NEEDS: dict[str, Need] = {
    # kaart: playing cards / a map / a ticket / a greeting card
    "kaartspel": Need(
        asks=("Wie wil er op dinsdagmiddag met mij klaverjassen?",
              "Looking for people to play bridge with on Sunday afternoons"),
        offers=("Ik speel graag kaart, klaverjassen en rikken",
                "Ik speel elke week kaart in het buurthuis",
                "Wie wil er een kaartje leggen? Ik speel graag pesten en jokeren"),
        traps=("Ik maak zelf wenskaarten voor verjaardagen",
               "I can help if your bank card is blocked"),
        against=("kaartlezen", "ovkaartje")),
    "kaartlezen": Need(
        asks=("Wie leert mij kaartlezen voor een lange wandeltocht?",
              "Can someone teach me to read a map and use a compass?"),
        offers=("Ik zet wandelroutes uit en loop graag met een stafkaart",
                "Ik kan goed kaartlezen en met een kompas omgaan"),
        against=("kaartspel",)),
    "ovkaartje": Need(
        asks=("Ik krijg geen kaartje voor de trein gekocht op mijn telefoon",
              "Can someone help me book a train ticket online?"),
        offers=("Ik help met de NS-app en de ov-chipkaart",
                "Ik help je een kaartje voor de trein te kopen in de app",
                "I can help you book tickets and trips on the internet"),
        against=("kaartspel", "leesclub")),
    # bank: money / a sofa / a river bank
    "bankzaken": Need(
        asks=("Ik snap niets van internetbankieren, wie helpt?",
              "Can someone help me with online banking? I keep getting locked out"),
        offers=("Ik werkte veertig jaar bij de bank en help met geldzaken",
                "Ik heb bij de Rabobank gewerkt en ken alles van sparen"),
        traps=("I organise litter picking along the river bank",),
        against=("bankstel",)),
    "bankstel": Need(
        asks=("Ik zoek een tweedehands bank voor de woonkamer",
              "Looking for a second-hand sofa, mine broke"),
        offers=("Ik geef een leren bankstel weg",
                "Ik heb een oude bank over, gratis op te halen"),
        against=("bankzaken",)),
    # brief/letter/post: an official letter / hand lettering / the postman
    "officiele_brief": Need(
        asks=("Ik snap de brief van de belastingdienst niet",
              "Can someone explain an official letter I got from the council?",
              "Wie helpt me met de post van de belastingdienst?",
              "I got a letter from the tax office and don't understand it"),
        offers=("Ik help met brieven van instanties en formulieren",
                "I help with official letters and forms",
                "I can help you sign the forms for your benefits"),
        traps=("I teach hand lettering and calligraphy",
               "Ik leer kinderen hun letters en cijfers",
               "I do hand lettering for wedding invitations",
               "Ik heb als postbode gewerkt en ken elke straat"),
        also=("rechtbank", "brief_schrijven")),
    # stem/stemmen: singing / voting / tuning
    "koor": Need(
        asks=("Ik zoek een koor om in te zingen",
              "I'd love to sing in a choir again"),
        offers=("Ik zing al jaren in een koor en we zoeken nieuwe leden",
                "Ik zing in een koor en heb een mooie stem"),
        traps=("Ik stem piano's, al dertig jaar",),
        against=("verkiezingen",)),
    "verkiezingen": Need(
        asks=("Ik weet niet hoe stemmen bij de gemeenteraadsverkiezingen werkt",),
        offers=("Ik leg graag uit hoe verkiezingen en stemmen bij de gemeente werken",
                "Ik leg graag uit hoe je moet stemmen bij de verkiezingen"),
        against=("koor",)),
    # stof: fabric / dust; windows / Windows; light cleaning / lights
    "naaien": Need(
        asks=("Wie kan gordijnen voor me naaien? Ik heb de stof al",
              "Can someone sew a dress from fabric I bought?"),
        offers=("Ik naai graag, kleding en gordijnen",),
        against=("schoonmaken",)),
    "schoonmaken": Need(
        asks=("Mijn huis zit onder het stof, wie helpt met schoonmaken?",
              "My windows need cleaning, I can't reach them"),
        offers=("Ik maak schoon bij ouderen in de buurt",
                "Ik help met stofzuigen en stof afnemen",
                "I'm a window cleaner",
                "I can help with light cleaning"),
        traps=("Ik verkoop lapjes stof voor quilts",),
        against=("naaien", "computer"),
        also=("was",)),  # doing someone's laundry is household help too
    # bus: a public bus / a van
    "ov_begeleiding": Need(
        asks=("Ik durf niet alleen met de bus naar het ziekenhuis",
              "I'm scared to take the bus on my own, can someone come along?"),
        offers=("Ik reis graag met ouderen mee in bus en trein",
                "Ik leg uit hoe je met de bus en de ov-chipkaart reist"),
        against=("bestelbus",)),
    "bestelbus": Need(
        asks=("Wie heeft een busje om een kast te vervoeren?",
              "Does anyone have a van to move a wardrobe?"),
        offers=("Ik heb een bestelbus en help graag met verhuizen",
                "Ik heb een busje en help bij verhuizingen"),
        against=("ov_begeleiding",),
        also=("verhuizen",)),
    # blad/bladeren: leaves / a newsletter
    "bladeren": Need(
        asks=("Wie helpt met bladeren harken in de herfst?",
              "Can someone rake the leaves in my garden?"),
        offers=("Ik doe graag tuinwerk, snoeien en harken",
                "Ik veeg graag de bladeren van de stoep",
                "In the fall I help neighbours rake leaves"),
        against=("buurtblad",)),
    "buurtblad": Need(
        asks=("Wie wil meeschrijven aan ons buurtblad?",),
        offers=("Ik schrijf graag stukjes voor de wijkkrant",
                "Ik bezorg het buurtblaadje in de wijk"),
        against=("bladeren",)),
    # kraan: a tap / a crane
    "kraan": Need(
        asks=("Mijn kraan lekt al weken",
              "My kitchen tap keeps dripping"),
        offers=("Ik ben loodgieter geweest", "I fix leaking taps"),
        traps=("Ik heb jaren op een kraan in de haven gewerkt",
               "I drove a crane on building sites")),
    # toets/organ: a test at school / a key / an organ donor
    "toets": Need(
        asks=("Mijn dochter heeft morgen een toets wiskunde, wie helpt haar oefenen?",),
        offers=("Ik geef bijles wiskunde aan scholieren",),
        also=("spelling",),
        traps=("Ik maak computers schoon, ook de toetsen van het toetsenbord",)),
    "orgel": Need(
        asks=("I'd love to learn to play the organ",),
        offers=("I play the church organ and give lessons",
                "I play the organ at church services"),
        traps=("I can tell you how to register as an organ donor",)),
    # sleutel/slot: a key, a lock / tinkering, 'tot slot'
    "sleutels": Need(
        asks=("Ik heb mijn sleutel verloren en kan niet naar binnen",
              "I locked myself out, I lost my keys",
              "Het slot van mijn voordeur klemt"),
        offers=("Ik ben slotenmaker",
                "Ik vervang sloten en cilinders",
                "Ik maak sleutels bij voor de buren"),
        traps=("Ik kook graag voor anderen, en tot slot bak ik ook nog taarten",),
        against=("brommer",)),
    "brommer": Need(
        asks=("Wie kan naar mijn brommer kijken? Hij start niet",),
        offers=("Ik sleutel graag aan auto's en brommers",
                "Ik sleutel graag aan oude brommers"),
        against=("sleutels",)),
    # bakken: baking / containers; haken: crochet / hooks
    "bakken": Need(
        asks=("Wie leert mij brood bakken?",),
        offers=("Ik bak elke week taart en brood",),
        traps=("Ik timmer houten bakken voor de moestuin",)),
    "haken": Need(
        asks=("Wie leert mij haken? Ik wil een sjaal maken",),
        offers=("Ik brei en haak al jaren",),
        traps=("Ik zet haken en planken op de muur voor je",)),
    # band: a tyre / a band
    "fietsband": Need(
        asks=("Mijn fietsband is lek, wie kan hem plakken?",),
        offers=("Ik repareer fietsen in mijn schuurtje",
                "Ik plak lekke banden"),
        against=("muziekband",)),
    "muziekband": Need(
        asks=("Ik zoek een band om bij te spelen als drummer",),
        offers=("Ik speel gitaar in een bandje en we jammen graag met nieuwe mensen",
                "Ik speel gitaar in een band"),
        against=("fietsband",)),
    # plant/bloem: a plant, flowers / a factory, flour
    "planten": Need(
        asks=("Wie past op mijn planten als ik op vakantie ben?",
              "Could someone water my plants while I'm away?",
              "Wie wil mijn bloemen water geven als ik weg ben?"),
        offers=("Ik geef graag planten water bij de buren",
                "Ik heb groene vingers en verzorg graag andermans tuin"),
        traps=("I worked at a chemical plant for thirty years",
               "Ik heb nog een zak bloem over van het bakken",
               "Ik heb een zak bloem en gist over voor wie wil bakken")),
    # boek/boeken: books / to book / the accounts
    "leesclub": Need(
        asks=("Ik zoek mensen om samen boeken te lezen en te bespreken",
              "Anyone fancy starting a book club?"),
        offers=("Ik lees veel en praat graag over boeken",
                "I love reading books and lend them out"),
        traps=("Ik boek graag reizen en vliegtickets voor anderen",
               "Ik kan de boeken van je vereniging bijhouden"),
        against=("ovkaartje",)),
    # poot: a dog's paw / a chair leg
    "stoelpoot": Need(
        asks=("De poot van mijn stoel is gebroken",),
        offers=("Ik repareer meubels",),
        traps=("Ik verzorg honden met een zere poot",)),
    # les/oefenen/course: language practice / other lessons, 'of course'
    "taal": Need(
        asks=("Ik wil mijn Nederlands oefenen met iemand",
              "I'd like to practise my Dutch with a native speaker"),
        offers=("Ik ben docent Nederlands geweest en oefen graag met nieuwkomers",),
        traps=("Ik geef autorijles",
               "Ik oefen graag met je voor je rijexamen",
               "Ik oefen de tafels van vermenigvuldiging met kinderen"),
        against=("boodschappen",)),
    # zaal: a hall to hire / indoor sport
    "zaal": Need(
        asks=("Wij zoeken een zaal voor een buurtfeest",),
        offers=("Wij verhuren een zaal voor feesten en bijeenkomsten",),
        traps=("Ik speel voetbal in de zaal op vrijdag",)),
    # tekenen: drawing / signing
    "tekenen": Need(
        asks=("Ik wil leren tekenen, vooral portretten",),
        offers=("Ik geef tekenles en schilderles",
                "Ik teken graag strips met kinderen"),
        against=("contract",)),
    "contract": Need(
        asks=("Ik moet een huurcontract tekenen maar snap het niet",),
        offers=("Ik was jurist en lees graag contracten mee",
                "Ik help je een huurcontract te tekenen en leg uit wat erin staat"),
        against=("tekenen",)),
    # schilderen/paint: walls / art
    "schilderen_huis": Need(
        asks=("Wie helpt mijn woonkamer te schilderen?",
              "Can someone paint my hallway? The walls are a mess"),
        offers=("Ik ben huisschilder geweest",
                "Ik verf kozijnen en deuren"),
        against=("schilderen_kunst",)),
    "schilderen_kunst": Need(
        asks=("Ik wil leren schilderen met aquarel",
              "I'd love to learn watercolour painting"),
        offers=("Ik ben kunstenaar en geef schilderles",
                "Ik schilder graag aquarellen en landschappen"),
        against=("schilderen_huis",),
        also=("tekenen",)),
    # strijken/iron: ironing / strings, metal
    "strijken": Need(
        asks=("Wie kan mijn overhemden strijken?",
              "Who could do my ironing? I can't stand long"),
        offers=("Ik strijk graag, doe ook je was",
                "Ik strijk graag voor een ander"),
        traps=("Ik speel viool in een strijkkwartet",
               "I weld iron gates and railings"),
        also=("was",)),  # the laundry offer irons too
    # uitlaten/walk: walking a dog / an exhaust, walking someone through
    "hond": Need(
        asks=("Wie kan mijn hond uitlaten als ik werk?",
              "Can someone walk my dog in the evening?"),
        offers=("Ik laat graag honden uit in het park",
                "I walk dogs for neighbours"),
        traps=("Ik repareer uitlaten van auto's",
               "I can walk you through online banking step by step")),
    # verband: a bandage / 'in verband met'
    "wond": Need(
        asks=("Wie kan mijn verband verschonen na de operatie?",),
        offers=("Ik ben wijkverpleegkundige",),
        traps=("In verband met mijn werk kan ik alleen 's avonds voorlezen",)),
    # passen: babysitting / trying on
    "oppassen": Need(
        asks=("Wie kan op mijn kinderen passen op woensdag?",),
        offers=("Ik pas graag op kinderen, ik heb er zelf drie",),
        traps=("Ik help met kleding passen en vermaken",)),
    # arm: an arm / poor; dish: a meal / a satellite dish
    "koken": Need(
        asks=("Ik heb mijn arm gebroken en kan niet zelf koken",
              "Can someone teach me to cook a simple dish?"),
        offers=("Ik kook graag een extra portie voor buren",
                "I love cooking and teaching recipes"),
        traps=("I install satellite dishes",)),
    # sign: sign language / signing up
    "gebarentaal": Need(
        asks=("Who can teach me sign language? My grandson is deaf",
              "Ik wil gebarentaal leren"),
        offers=("I teach sign language",),
        traps=("I help people sign up for the gym",
               "I paint shop signs by hand"),
        against=("officiele_brief",)),
    # nail: nails (care) / nailing
    "nagels": Need(
        asks=("My nails need cutting, I can't reach my feet anymore",),
        offers=("I'm a pedicure and do nails at home",),
        traps=("I can nail down loose floorboards",)),
    # light: lamps / not heavy
    "elektra": Need(
        asks=("My lights keep flickering, can an electrician look?",),
        offers=("I'm a retired electrician",),
        traps=("I'm happy to do light gardening",),
        against=("schoonmaken",)),
    # mouse: pests / a computer mouse
    "muizen": Need(
        asks=("There are mice in my kitchen, how do I get rid of them?",),
        offers=("I do pest control", "I catch mice and rats"),
        against=("computer",)),
    # computer: mouse, Windows, tablet, hard drive
    "computer": Need(
        asks=("I can't work the mouse on my laptop",
              "Can someone help me set up my new tablet?",
              "My hard drive is full and the laptop is slow"),
        offers=("I help with laptops and computers",
                "I help older people use a computer mouse and keyboard",
                "I help with tablets and smartphones",
                "I fix Windows laptops that won't update",
                "I can recover files from a broken hard drive"),
        traps=("I can sort your tablets into a weekly pill box",),
        against=("muizen", "rit")),
    # drive/lift: a ride / a hard drive, lifting
    "rit": Need(
        asks=("Can someone drive me to the hospital on Tuesday?",
              "Could someone give me a lift to the station?"),
        offers=("I have a car and give lifts to appointments",
                "I drive people to the hospital"),
        against=("computer", "verhuizen")),
    # train: a train / training
    "treinreis": Need(
        asks=("Can someone come with me on the train to Utrecht?",),
        offers=("I travel by train a lot and can accompany you",),
        against=("fitness",)),
    "fitness": Need(
        asks=("I want to get fit, who trains with me?",),
        offers=("I'm a personal trainer",
                "I help people get fit with outdoor bootcamp"),
        against=("treinreis",)),
    # park: a park / parking a car
    "park": Need(
        asks=("Who wants to walk in the park with me?",),
        offers=("I walk in the park every morning, join me",),
        traps=("I can help you park your car in tight spaces",)),
    # pool: swimming / billiards / carpool
    "zwemmen": Need(
        asks=("Who wants to go swimming with me in the pool?",),
        offers=("I swim three times a week, come along",),
        traps=("I play pool at the pub on Fridays",
               "I'd like to carpool to work")),
    # coach: a coach / a bus
    "coach": Need(
        asks=("I feel down and need a coach to get back on track",),
        offers=("I'm a life coach",),
        traps=("I drove a coach on tours through Europe",)),
    # match: a match / matchmaking
    "voetbal": Need(
        asks=("Who'll come and watch a football match with me?",),
        offers=("I go to every home game of our club",),
        traps=("I love matching people with the right volunteer job",)),
    # bat: an animal / cricket
    "vleermuis": Need(
        asks=("I found an injured bat in my attic",),
        offers=("I volunteer at a wildlife rescue centre",),
        traps=("I have a cricket bat and pads to lend",)),
    # mold: damp / moulds for casting
    "schimmel": Need(
        asks=("There's mold in my bathroom and the landlord does nothing",),
        offers=("I know my rights as a tenant and help with the housing corporation",),
        traps=("I make plaster molds for art",)),
    # suit: clothes / 'suits you'
    "pak": Need(
        asks=("I need a suit for a job interview",),
        offers=("I have men's suits to give away",),
        traps=("Whatever time suits you, I can help paint",)),
    # present: a gift / a presentation
    "presentatie": Need(
        asks=("I have to give a presentation at work and I'm nervous",),
        offers=("I coach people in public speaking",),
        traps=("I wrap presents beautifully",)),
    # table/tafel: furniture / times tables
    "tafel": Need(
        asks=("I'm looking for a dining table",
              "Ik zoek een eettafel voor een groot gezin"),
        offers=("I have a wooden dining table to give away",),
        traps=("I help kids learn their times tables",
               "Ik oefen de tafels van vermenigvuldiging met kinderen")),
    # move: moving house / exercise
    "verhuizen": Need(
        asks=("I'm moving house next month and need help carrying boxes",),
        offers=("I can help you move, I have a van",
                "I can help lift heavy furniture"),
        traps=("I want to help people move more, I lead a walking group",),
        also=("bestelbus",)),
    # fit: fitting things / fitness
    "gordijnrail": Need(
        asks=("Can someone fit a curtain rail for me?",),
        offers=("I do odd jobs around the house",
                "I can hang pictures and shelves"),
        also=("tocht", "ophangen"),
        against=("fitness",)),
    # hang: hang out / hang things
    "gezelschap": Need(
        asks=("Anyone want to hang out and have coffee sometime?",),
        offers=("I love a cup of coffee and a chat",),
        traps=("I can hang out the washing for you",),
        against=("gordijnrail",)),
    # cut: a haircut / cutting grass
    "kapper": Need(
        asks=("Can someone cut my hair at home?",),
        offers=("I used to be a hairdresser",),
        also=("haar_verven",),
        against=("heg",)),
    # markt: a market / the job market
    "werk": Need(
        asks=("Ik zoek werk, de arbeidsmarkt is zo lastig",),
        offers=("Ik help mensen met solliciteren en hun cv",),
        traps=("Ik sta op zaterdag op de markt met groente",)),
    # ------------------------------------------------------------ a second list
    # was: laundry / 'ik was' (I was)
    "was": Need(
        asks=("Wie kan af en toe mijn was doen? Ik kan niet meer bukken",),
        offers=("Ik doe graag de was en strijk voor anderen",),
        traps=("Ik was twintig jaar boekhouder",
               "Ik was vroeger juf op een basisschool"),
        also=("schoonmaken", "strijken")),
    # verven: hair / walls / wool
    "haar_verven": Need(
        asks=("Wie kan mijn haar verven? Ik krijg grijze uitgroei",),
        offers=("Ik ben kapster en kleur ook haar aan huis",),
        traps=("Ik verf wol en zijde in mooie kleuren",),
        against=("schilderen_huis",),
        also=("kapper",)),
    # knippen: hair / a hedge
    "heg": Need(
        asks=("Wie kan mijn heg knippen? Hij groeit over de stoep",
              "Can someone trim my hedge?"),
        offers=("Ik snoei graag heggen en struiken", "I cut grass and hedges"),
        against=("kapper",),
        also=("bladeren",)),
    # schilderij: hanging a painting / house painting
    "ophangen": Need(
        asks=("Wie helpt me een zwaar schilderij op te hangen?",),
        offers=("Ik hang schilderijen, planken en lampen op",),
        against=("schilderen_huis",)),
    # vissen: pet fish / fishing
    "vissen_voeren": Need(
        asks=("Wie voert mijn vissen als ik op vakantie ben?",),
        offers=("Ik pas op huisdieren, ook vissen en konijnen",),
        traps=("Ik ga elke zaterdag vissen aan de vaart",)),
    "hengelen": Need(
        asks=("Wie neemt mij mee vissen? Ik heb een hengel maar geen maatje",),
        offers=("Ik ben lid van de hengelsportvereniging en vis graag samen",),
        traps=("Ik voer de vissen in de vijver van de buren",)),
    # rijden: a ride / horse riding
    "vervoer": Need(
        asks=("Wie kan mij naar het ziekenhuis rijden?",),
        offers=("Ik heb een auto en rijd mensen naar afspraken",),
        traps=("Ik geef paardrijles op de manege",)),
    # virus: a computer virus / an illness
    "computervirus": Need(
        asks=("Mijn laptop heeft een virus, alles gaat traag",),
        offers=("Ik repareer computers en haal virussen weg",),
        also=("computer",),
        traps=("Ik heb een virus gehad en weet hoe vervelend dat is",)),
    # muis: a mouse / the pest
    "muis_nl": Need(
        asks=("Er zitten muizen in mijn keuken, wat moet ik doen?",),
        offers=("Ik bestrijd ongedierte",),
        traps=("Ik leer ouderen werken met de muis en het toetsenbord",),
        also=("muizen",)),
    # bed: furniture / bedridden
    "bed": Need(
        asks=("Ik zoek een tweede bed voor de logeerkamer",),
        offers=("Ik heb een eenpersoonsbed over, gratis op te halen",),
        against=("bloembed",)),
    "bloembed": Need(
        asks=("Can someone weed my flower beds?",),
        offers=("I love weeding and tidying borders",),
        against=("bed",),
        also=("bladeren", "heg")),
    "bedlegerig": Need(
        asks=("Ik lig al weken in bed met griep en kan niet naar de winkel",),
        offers=("Ik doe graag boodschappen voor buren",),
        against=("bed",),
        also=("boodschappen", "krukken")),
    # tocht: a draught / a trip
    "tocht": Need(
        asks=("Het tocht vreselijk bij mijn ramen",
              "There's a terrible draught from my front door"),
        offers=("Ik plaats tochtstrips en dichte kieren",
                "I fix draughty windows and doors"),
        traps=("Ik organiseer fietstochten voor ouderen",
               "Ik ga graag mee op tochten door de polder",
               "I love playing draughts and chess")),
    # stage: an internship / a stage
    "stage": Need(
        asks=("Ik zoek een stageplek voor mijn opleiding",),
        offers=("Ons bedrijf biedt stageplekken aan studenten",),
        traps=("I build stage sets for the theatre group",)),
    # dak: a roof / a roof over one's head
    "dak": Need(
        asks=("Mijn dak lekt als het regent",),
        offers=("Ik ben dakdekker geweest",),
        traps=("Ik help mensen die geen dak boven hun hoofd hebben",)),
    # licht: a lamp / light work
    "lamp": Need(
        asks=("Het licht in mijn gang doet het niet meer",),
        offers=("Ik ben elektricien",),
        traps=("Ik kan licht werk doen in huis en tuin",),
        also=("ophangen",)),
    # watch: babysit / a watch
    "watch": Need(
        asks=("Can someone watch my kids on Friday evening?",),
        offers=("I babysit for neighbours",),
        also=("oppassen",),
        traps=("I repair watches and clocks",)),
    # service: a car service / a church service
    "autoservice": Need(
        asks=("My car needs a service, who knows a good mechanic?",),
        offers=("I'm a retired car mechanic",),
        against=("orgel",),
        also=("brommer",)),  # who tinkers with cars and mopeds can service a car
    # fall: a fall / autumn
    "val": Need(
        asks=("I had a fall and now I'm scared to walk outside",),
        offers=("I walk with people who lost their confidence after a fall",),
        against=("bladeren",)),
    # shower: a shower / a baby shower
    "douche": Need(
        asks=("My shower is leaking, there's water everywhere",),
        offers=("I'm a plumber",),
        also=("kraan",),
        traps=("I organise baby showers and birthday parties",)),
    # tap: a tap / tap dancing
    "tapdance": Need(
        asks=("I'd love to learn tap dancing",),
        offers=("I teach tap and ballroom dancing",),
        against=("kraan",)),
    # glasses: spectacles / drinking glasses
    "bril": Need(
        asks=("I need new glasses, can someone come to the optician with me?",),
        offers=("I'm happy to go along to appointments",),
        traps=("I have wine glasses to lend for parties",)),
    # ring: a phone call / a ring
    "belmaatje": Need(
        asks=("I'm lonely, would someone give me a ring now and then?",),
        offers=("I phone lonely people for a chat every week",),
        traps=("I'm a goldsmith and resize rings",)),
    # court: a court case / a tennis court
    "rechtbank": Need(
        asks=("I have to go to court about my rent and I'm scared",),
        offers=("I was a lawyer and explain legal letters",),
        traps=("I play tennis and we have a court on Tuesdays",)),
    # run: errands / running
    "boodschappen": Need(
        asks=("Can someone run errands for me this week?",),
        offers=("I do shopping for neighbours",
                "Of course I can help with the shopping"),
        also=("bedlegerig", "krukken"),
        traps=("I run 5k every morning, join me",)),
    # chest: pain / furniture
    "borst": Need(
        asks=("I have chest pains, who can take me to the doctor?",),
        offers=("I drive people to medical appointments",),
        also=("rit",),
        traps=("I have a chest of drawers to give away",)),
    # cast: a plaster cast / a theatre cast
    "gips": Need(
        asks=("My arm is in a cast and I can't do the dishes",),
        offers=("I help with housework and washing up",),
        also=("schoonmaken", "was"),
        traps=("Our theatre group is looking for cast members",)),
    # draft: a draught / drafting
    "brief_schrijven": Need(
        asks=("Can someone help me draft a letter to my landlord?",),
        offers=("I write letters and emails for people",),
        against=("tocht",),
        also=("rechtbank", "officiele_brief")),
    # chair: chairing / a chair
    "voorzitter": Need(
        asks=("Who could chair our residents' meeting?",),
        offers=("I chaired meetings for years and lead discussions well",),
        traps=("I have folding chairs to lend",)),
    # table: table tennis / a table
    "tafeltennis": Need(
        asks=("Who wants to play table tennis with me?",),
        offers=("I play table tennis at the community centre",),
        traps=("I have an old kitchen table to give away",)),
    # board: board games / a board of a club
    "bordspel": Need(
        asks=("Anyone up for board games on a Sunday?",),
        offers=("I love board games and have a cupboard full",),
        traps=("I can serve on the board of your association",)),
    # ------------------------------------------------------------ a third list
    # row: rowing / an argument
    "roeien": Need(
        asks=("I'd like to try rowing on the river",),
        offers=("I coach at the rowing club",),
        traps=("I had a row with my neighbour and can advise on disputes",)),
    # spell: spelling / a magic spell
    "spelling": Need(
        asks=("Can someone help my son with spelling?",),
        offers=("I help with homework and spelling",),
        traps=("I can cast a spell, I'm a magician for kids' parties",),
        also=("toets",)),
    # leren: leather / to learn
    "leer": Need(
        asks=("Wie kan de rits van mijn leren jas repareren?",),
        offers=("Ik repareer tassen, jassen en ritsen",),
        traps=("Ik help kinderen leren fietsen",)),
    # vlooien: fleas / a flea market
    "vlooien": Need(
        asks=("Mijn kat heeft vlooien, hoe kom ik ervan af?",
              "My dog has fleas, what should I do?"),
        offers=("Ik ben dierenartsassistent geweest en weet veel van huisdieren",),
        also=("vissen_voeren",),
        traps=("Ik sta elke maand op de vlooienmarkt",
               "I run a stall at the flea market")),
    # bug: insects / software
    "bugs": Need(
        asks=("There are bugs eating my vegetables",),
        offers=("I grow organic vegetables and know about pests in the garden",),
        traps=("I fix bugs in websites and apps",)),
    # cookies: biscuits / web cookies
    "cookies": Need(
        asks=("What are those cookies every website asks me about?",),
        offers=("I help older people with the internet and privacy settings",),
        traps=("I bake cookies for the neighbours",)),
    # apple: the company / the fruit
    "apple": Need(
        asks=("Can someone help me with my Apple ID? I'm locked out of my iPhone",),
        offers=("I help with iPhones and iPads",),
        traps=("I have apples from my tree to give away",)),
    # lead: a dog lead / leading
    "riem": Need(
        asks=("My dog pulls on the lead, who can help me train him?",),
        offers=("I'm a dog trainer",),
        traps=("I lead a walking group on Sundays",)),
    # patient: patient (adj.) / a patient
    "ziekenbezoek": Need(
        asks=("My mother is a patient in hospital and would love a visitor",),
        offers=("I visit people in hospital and nursing homes",),
        also=("belmaatje", "gezelschap_en"),
        traps=("I'm a patient teacher for beginners on the guitar",)),
    # company: company (people) / a company (business)
    "gezelschap_en": Need(
        asks=("I'd love some company in the evenings, I live alone",),
        offers=("I'm happy to visit and keep someone company",),
        also=("belmaatje",),
        traps=("My company offers work placements for students",)),
    # steek: a sting / a stitch
    "steek": Need(
        asks=("Wie leert mij borduren? Ik ken alleen de kruissteek",),
        offers=("Ik borduur en naai al veertig jaar",),
        traps=("Ik weet wat je moet doen bij een wespensteek",)),
    # ------------------------------------------------------------ a fourth list (Dutch)
    # opvang: childcare / a shelter
    "kinderopvang": Need(
        asks=("Ik zoek opvang voor mijn kinderen na schooltijd",),
        offers=("Ik ben gastouder en heb nog plek na school",),
        also=("oppassen", "watch"),
        traps=("Ik werk als vrijwilliger bij de daklozenopvang",
               "Ik doe de opvang van nieuwe vrijwilligers in de bibliotheek")),
    # trap: stairs / kicking a ball
    "trap_op": Need(
        asks=("Wie helpt me mijn boodschappen de trap op te dragen?",),
        offers=("Ik help graag met sjouwen en tillen",),
        also=("boodschappen", "krukken", "bedlegerig"),
        traps=("Ik trap graag een balletje met de kinderen uit de straat",)),
    # krukken: crutches / stools
    "krukken": Need(
        asks=("Ik loop met krukken en kan geen boodschappen doen",),
        offers=("Ik doe boodschappen voor wie slecht ter been is",),
        traps=("Ik heb vier barkrukken over",),
        also=("boodschappen", "bedlegerig")),
    # rooster: a rota / a grill
    "rooster": Need(
        asks=("Wie helpt ons een rooster voor de vrijwilligers te maken?",),
        offers=("Ik maak graag planningen en roosters voor clubs",),
        traps=("Ik maak het rooster van je barbecue weer schoon",)),
}



# asks whose own sense loses to another field, or whose trap still pairs: see the reasons
KNOWN_ASKS: dict[tuple[str, int], str] = {
    ("rechtbank", 0):
        "nearness in meaning (semantic.py): 'court about my rent' is near a tenants' rights "
        "helper, who outranks the legal aid volunteer",
    ("rooster", 0):
        "nearness in meaning (semantic.py): 'rooster voor de vrijwilligers' is near 'Ik werk "
        "als vrijwilliger', which outranks the planner",
    ('koken', 0):
        "merged with the other vocabularies of the session: 'arm gebroken' now reads as "
        'someone who cannot get about, so the shopping helper outranks the cook',
    ("bankzaken", 0): "'internetbankieren' is read as three concepts at 0.4 each (0.419)",
    ("bankzaken", 1): "'online banking' is digital help as much as money: a laptop helper wins",
    ("wond", 0): "'operatie' is also exercise after surgery, which a walking group offers",
    ("pak", 0): "the job interview outweighs the suit: a CV helper ranks first",
    ("presentatie", 0): "'presentation' is split between giving a talk and being a speaker",
    ("tafel", 1): "furniture is one concept: a sofa offer ties with the table and wins",
    ("bril", 0): "'come along' (join me) is read as going along with someone, so a swimmer"
                 " outranks the companion",
    ("bed", 0): "furniture is one concept: a sofa offer ties with the bed and wins",
    ("stage", 0): "'stageplek' is split over two concepts and the offer's 'stageplekken' is"
                  " read as nothing (0.125)",
}
KNOWN_TRAPS: dict[str, str] = {}


def _ask_cases() -> list[tuple[str, int]]:
    return [(need, k) for need, spec in NEEDS.items() for k in range(len(spec.asks))]


@cache
def _room() -> tuple[Session, dict[str, list[Ref]], dict[str, list[Ref]],
                     dict[tuple[str, int], Ref]]:
    return room_of_specs(NEEDS, "homonyms", "woorden met twee betekenissen")


def _rank_cases() -> list[object]:
    return [pytest.param(need, k, id=f"{need}-{k}",
                         marks=[pytest.mark.xfail(reason=KNOWN_ASKS[need, k], strict=True)]
                         if (need, k) in KNOWN_ASKS else [])
            for need, k in _ask_cases()]


@pytest.mark.parametrize(("need", "k"), _rank_cases())
def test_the_own_sense_ranks_first_above_the_threshold(need: str, k: int) -> None:
    session, fitting, _, ask_refs = _room()
    ranked = rank_offers(session, ask_refs[(need, k)])
    assert ranked, f"nothing at all for {NEEDS[need].asks[k]!r}"
    best = ranked[0]
    helpful = fitting[need] + [r for other in NEEDS[need].also for r in fitting[other]]
    assert best.offer in helpful, (
        f"{NEEDS[need].asks[k]!r} -> {session.offer_text(best.offer)!r} ({best.score}: {best.why})")
    assert best.score >= DEFAULT_THRESHOLD, (
        f"{NEEDS[need].asks[k]!r} -> {best.score} ({best.why}), would stay open")


def _traps_of(need: str) -> list[tuple[str, int]]:
    """The traps of a need: its own traps, then the offers of the needs it is against."""
    return ([("", t) for t in range(len(NEEDS[need].traps))]
            + [(other, o) for other in NEEDS[need].against
               for o in range(len(NEEDS[other].offers))])


def _trap_cases() -> list[object]:
    cases: list[object] = []
    for need, k in _ask_cases():
        for other, t in _traps_of(need):
            tid = f"{need}-{k}-{other or 'trap'}{t}"
            marks = ([pytest.mark.xfail(reason=KNOWN_TRAPS[tid], strict=True)]
                     if tid in KNOWN_TRAPS else [])
            cases.append(pytest.param(need, k, other, t, marks=marks, id=tid))
    return cases


@pytest.mark.parametrize(("need", "k", "other", "t"), _trap_cases())
def test_the_other_sense_stays_under_the_threshold(need: str, k: int, other: str,
                                                    t: int) -> None:
    session, fitting, traps, ask_refs = _room()
    scores = {c.offer: c for c in rank_offers(session, ask_refs[(need, k)], limit=1000)}
    trap = fitting[other][t] if other else traps[need][t]
    got = scores.get(trap)
    assert got is None or got.score < DEFAULT_THRESHOLD, (
        f"{NEEDS[need].asks[k]!r} -> trap {session.offer_text(trap)!r} "
        f"({got.score}: {got.why})")
