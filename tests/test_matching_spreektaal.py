"""Everyday needs as neighbours type them in a buurtapp and say them on a neighbourhood evening.

Written from the register, not from any room: spreektaal and chat Dutch (kapot, stuk, doet
raar, hapert, fixen, checken, ff, mn, kan iemand, wie is er handig met, de sos, het uwv, de
corporatie, een lift, de bieb, pinnen), chat English, and offers in the same plain words.
Every ask meets one room holding all the offers below, so it must find its own need among
look-alikes. Traps share a (slang) word with an ask but not its meaning and must stay under
the pairing threshold.
"""

from __future__ import annotations

from need_rooms import need_suite, needs_room

from werkplaats.model import Session

OFFERS: dict[str, list[str]] = {
    "witgoed": [
        "Ik ben witgoedmonteur, wasmachines en drogers zijn mijn vak",
        "Ik fix bijna alles met een stekker eraan",
        "I repair household appliances, washers and fridges",
    ],
    "loodgieter": [
        "Ik ben loodgieter en kom ook ff langs voor een kleine lekkage",
        "Handig met kranen, afvoeren en de wc",
        "I'm a plumber, happy to help with leaks",
    ],
    "fiets": [
        "Ik sleutel graag aan fietsen, band plakken is zo gepiept",
        "Oud-fietsenmaker, ik kijk graag naar je fiets",
        "I fix bikes for free on Saturdays",
    ],
    "brommer": [
        "Ik sleutel aan brommers en scooters",
        "Ik ben monteur bij een tweewielerzaak, ook scooters",
    ],
    "lift": [
        "Ik heb een auto en breng mensen graag naar de dokter of het ziekenhuis",
        "Ik rijd vrijwillig voor de buurtauto, ook naar afspraken",
        "I have a car and I'm happy to drive neighbours to appointments",
    ],
    "boodschappen": [
        "Ik ga elke dag naar de supermarkt en neem graag wat mee",
        "Ik doe graag boodschappen voor buren die slecht ter been zijn",
        "Happy to pick up groceries for anyone who is stuck at home",
    ],
    "hond": [
        "Ik laat graag honden uit, ben toch elke dag buiten",
        "Hondenliefhebber, ik wandel graag met je hond",
        "I love dogs and walk them for neighbours",
    ],
    "huisdier": [
        "Ik pas op katten en konijnen als je weg bent",
        "Ik kom graag je huisdieren eten geven tijdens je vakantie",
        "I pet-sit cats while you are away",
    ],
    "oppas": [
        "Ik ben 17 en pas graag op kinderen, ook 's avonds",
        "Oppasoma met tijd over, ik pas graag op de kleintjes",
        "I'm an experienced babysitter",
    ],
    "computer": [
        "Ik werk in de ICT en help graag als je computer het niet doet",
        "Ik maak trage laptops weer snel",
        "I'm good with computers and can fix most laptop problems",
    ],
    "telefoon": [
        "Ik help ouderen met hun smartphone en apps",
        "Ik leg geduldig uit hoe whatsapp en beeldbellen werken",
        "I help people with their phones and tablets",
    ],
    "tv": [
        "Ik ben handig met televisies, zenders en afstandsbedieningen",
        "Ik sluit je tv en decoder aan en stel hem in",
    ],
    "post": [
        "Ik help met brieven en formulieren van instanties",
        "Ik was ambtenaar en weet hoe je een formulier invult",
        "I help people make sense of official letters and forms",
    ],
    "belasting": [
        "Ik vul elk jaar belastingaangiftes in voor mensen",
        "Ik help met toeslagen aanvragen bij de belastingdienst",
    ],
    "geld": [
        "Ik ben budgetcoach en help je je geldzaken op orde te krijgen",
        "Ik heb zelf schulden gehad en help anderen eruit te komen",
        "I volunteer as a debt adviser",
    ],
    "uitkering": [
        "Ik ken de weg bij de sociale dienst en het UWV",
        "Ik help mensen met hun bijstand en andere uitkeringen",
    ],
    "corporatie": [
        "Ik zit in het bestuur van de huurdersvereniging",
        "Ik help huurders als de verhuurder niets doet aan gebreken",
    ],
    "verhuizen": [
        "Ik heb een busje en sterke armen voor je verhuizing",
        "Ik help graag met sjouwen bij een verhuizing",
        "I can help you move, I have a van",
    ],
    "klussen": [
        "Ik ben klusjesman, van plankje ophangen tot kast in elkaar zetten",
        "Ik ben handig met de boormachine en doe graag kleine klusjes",
        "I'm a handyman and can put up shelves or assemble furniture",
    ],
    "schilderen": [
        "Ik ben schilder en verf graag je muren",
        "Ik help graag met behangen en witten",
        "I'm a decorator, painting walls and ceilings",
    ],
    "tuin": [
        "Ik ben hovenier en onderhoud tuinen",
        "Ik tuinier graag en help met snoeien en maaien",
        "I love gardening and can mow lawns",
    ],
    "schoonmaak": [
        "Ik maak graag schoon bij mensen die het zelf niet kunnen",
        "Ik poets en lap ramen voor buren",
        "I can clean your house once a week",
    ],
    "gezelschap": [
        "Ik kom graag bij je op de koffie voor een praatje",
        "Ik ben een gezellige kletskous en heb tijd om langs te komen",
        "I enjoy visiting lonely neighbours for a chat",
    ],
    "wandelen": [
        "Ik wandel elke ochtend een rondje door het park, loop gerust mee",
        "Ik zoek ook een wandelmaatje",
        "I go for a walk every day and like company",
    ],
    "eten": [
        "Ik kook altijd te veel en deel graag een bord eten",
        "Ik breng graag een warme maaltijd langs bij wie niet kan koken",
        "I cook extra meals for neighbours",
    ],
    "taal": [
        "Ik ben taalmaatje en oefen graag Nederlands met nieuwkomers",
        "Ik praat graag Nederlands met je zodat je het leert",
        "I help newcomers practise their Dutch",
    ],
    "huiswerk": [
        "Ik geef bijles wiskunde en rekenen",
        "Ik help kinderen met hun huiswerk",
        "I tutor secondary school students in maths",
    ],
    "kapper": [
        "Ik ben kapster en knip ook aan huis",
        "Ik knip de hele familie, doe ook pony's en baarden",
        "I'm a hairdresser and do home visits",
    ],
    "naaien": [
        "Ik heb een naaimachine en verstel graag kleding",
        "Ik kan broeken inkorten en ritsen vervangen",
        "I do alterations and small sewing repairs",
    ],
    "verwarming": [
        "Ik ben installateur en ken cv-ketels van binnen en buiten",
        "Ik kijk graag naar je verwarming en thermostaat",
        "I'm a heating engineer",
    ],
    "elektra": [
        "Ik ben elektricien",
        "Ik hang lampen op en vervang stopcontacten",
        "I'm an electrician",
    ],
    "slot": [
        "Ik ben slotenmaker",
        "Ik vervang sloten en cilinders",
    ],
    "grofvuil": [
        "Ik heb een aanhanger en breng je oude troep naar de stort",
        "Ik help met grofvuil wegbrengen",
    ],
    "gereedschap": [
        "Ik leen mijn gereedschap uit: boormachine, ladder, schuurmachine",
        "I lend out my tools, drill and ladder",
    ],
    "auto": [
        "Ik ben automonteur",
        "Ik sleutel aan auto's en heb startkabels",
        "I'm a car mechanic",
    ],
    "cv": [
        "Ik ben recruiter en kijk graag naar je cv en sollicitatiebrief",
        "Ik help met solliciteren en oefen sollicitatiegesprekken",
        "I work in HR and can review your CV",
    ],
    "tekst": [
        "Ik ben docent Nederlands en corrigeer graag teksten",
        "Ik lees je tekst na op spelfouten",
        "I proofread English texts",
    ],
    "opruimen": [
        "Ik ben professional organizer en help je huis opruimen",
        "Ik help graag met uitmisten van zolder en schuur",
        "I help people declutter their homes",
    ],
    "ongedierte": [
        "Ik ben ongediertebestrijder, muizen en wespen",
        "Ik weet hoe je muizen en mieren uit huis krijgt",
    ],
    "buren": [
        "Ik ben buurtbemiddelaar en help buren die ruzie hebben",
        "Ik bemiddel bij burenruzies over geluid en overlast",
    ],
    "juridisch": [
        "Ik ben jurist en geef gratis advies",
        "Ik werk bij het juridisch loket",
        "I'm a lawyer and give free advice",
    ],
    "mantelzorg": [
        "Ik neem graag de zorg voor je moeder een middag over zodat je even rust hebt",
        "Ik ben vrijwilliger in de respijtzorg voor mantelzorgers",
    ],
    "bank": [
        "Ik help ouderen met internetbankieren en pinnen",
        "Ik leg uit hoe de bankapp werkt",
    ],
    "energie": [
        "Ik ben energiecoach en help je besparen op je energierekening",
        "Ik geef tips om minder gas en stroom te verbruiken",
    ],
    "feest": [
        "Ik verhuur een springkussen en organiseer kinderfeestjes",
        "Ik help graag met het organiseren van een verjaardag voor kinderen",
    ],
    "sport": [
        "Ik ben personal trainer en sport graag met mensen",
        "Ik zoek ook een maatje om mee te sporten",
        "I go to the gym and like a training buddy",
    ],
    "muziek": [
        "Ik geef gitaarles",
        "Ik speel piano en geef les aan beginners",
    ],
    "foto": [
        "Ik ben fotograaf en fotografeer ook feestjes",
        "Ik maak graag foto's op bruiloften en verjaardagen",
    ],
    "apotheek": [
        "Ik haal graag medicijnen op bij de apotheek voor buren",
        "I collect prescriptions for housebound neighbours",
    ],
    "bieb": [
        "Ik ga elke week naar de bibliotheek en neem graag boeken mee voor anderen",
    ],
    "zwerfafval": [
        "Ik prik elke zaterdag zwerfafval in de wijk, doe mee!",
        "I litter-pick in the park every week",
    ],
    "vocht": [
        "Ik ben bouwkundige en weet veel van vocht en schimmel in huis",
    ],
    "fietsles": [
        "Ik geef fietsles aan volwassenen die het nooit geleerd hebben",
    ],
    "babyspullen": [
        "Ik heb nog babykleertjes, een box en een kinderwagen over",
        "I have a cot and a pram to give away",
    ],
    "ov": [
        "Ik reis veel met bus en trein en leg graag uit hoe de ov-chipkaart werkt",
    ],
    "pakket": [
        "Ik ben overdag thuis en neem graag pakketjes aan voor de buren",
    ],
    "planten": [
        "Ik geef graag de planten water als de buren weg zijn",
    ],
    "kliko": [
        "Ik zet graag de containers van buren aan de straat",
    ],
    "rolstoel": [
        "Ik duw graag een rolstoel, ga graag mee naar buiten",
    ],
    "strijken": [
        "Ik strijk graag met de radio aan",
    ],
    "vertalen": [
        "Ik spreek Arabisch en Nederlands en vertaal graag",
        "I translate letters from Dutch into English for newcomers",
    ],
    "deelauto": [
        "Ik heb een auto die ik uitleen aan buren",
    ],
}

# offers that honestly answer a second need too
ALSO: dict[str, set[str]] = {
    "Ik fix bijna alles met een stekker eraan": {"tv", "elektra"},
    "Ik ben handig met de boormachine en doe graag kleine klusjes": {"elektra"},
    "I'm a handyman and can put up shelves or assemble furniture": {"elektra"},
    "Ik ben klusjesman, van plankje ophangen tot kast in elkaar zetten": {"elektra", "slot"},
    "Ik heb een busje en sterke armen voor je verhuizing": {"grofvuil"},
    "I can help you move, I have a van": {"grofvuil"},
    "Ik help graag met sjouwen bij een verhuizing": {"grofvuil"},
    "I help people with their phones and tablets": {"computer", "bank"},
    "Ik help ouderen met hun smartphone en apps": {"bank"},
    "Ik werk in de ICT en help graag als je computer het niet doet": {"telefoon"},
    "I'm good with computers and can fix most laptop problems": {"telefoon"},
    "Ik ken de weg bij de sociale dienst en het UWV": {"post"},
    "Ik help met brieven en formulieren van instanties": {"uitkering", "belasting"},
    "Ik was ambtenaar en weet hoe je een formulier invult": {"uitkering", "belasting"},
    "I help people make sense of official letters and forms": {"uitkering", "belasting"},
    "Ik ben budgetcoach en help je je geldzaken op orde te krijgen": {"post", "belasting"},
    "Ik heb een auto en breng mensen graag naar de dokter of het ziekenhuis": {"boodschappen"},
    "Ik rijd vrijwillig voor de buurtauto, ook naar afspraken": {"boodschappen"},
    "Ik ben installateur en ken cv-ketels van binnen en buiten": {"loodgieter"},
    "I'm a heating engineer": {"loodgieter"},
    "Ik ben loodgieter en kom ook ff langs voor een kleine lekkage": {"verwarming"},
    "Ik help huurders als de verhuurder niets doet aan gebreken": {"juridisch"},
    "Ik ben jurist en geef gratis advies": {"corporatie"},
    "Ik werk bij het juridisch loket": {"corporatie"},
    "I'm a lawyer and give free advice": {"corporatie"},
    "Ik ben een gezellige kletskous en heb tijd om langs te komen": {"mantelzorg"},
    "Ik ben energiecoach en help je besparen op je energierekening": {"geld"},
}

# (need, ask); needs separated by a space when an offer of either is right
ASKS: list[tuple[str, str]] = [
    ("witgoed", "mn wasmachine doet raar, hij pompt niet meer af"),
    ("witgoed", "wasmachine kapot 😩 kan iemand ff kijken?"),
    ("witgoed", "De droger doet het niet meer, wie is er handig mee?"),
    ("witgoed", "my washing machine broke down, anyone handy?"),
    ("loodgieter", "de kraan in de keuken lekt al dagen"),
    ("loodgieter", "wc blijft maar doorlopen, wie kan dat fixen?"),
    ("loodgieter", "afvoer van de douche zit verstopt, help!"),
    ("loodgieter", "my kitchen tap keeps dripping"),
    ("fiets", "mn band is lek, wie kan em plakken?"),
    ("fiets", "fiets doet raar, ketting loopt er steeds af"),
    ("fiets", "mijn fiets is stuk en ik moet morgen naar werk"),
    ("fiets", "my bike has a flat, can someone fix it?"),
    ("brommer", "mn brommer start niet meer, wie weet er iets van?"),
    ("brommer", "scooter hapert bij optrekken, iemand verstand van scooters?"),
    ("lift", "kan iemand me een lift geven naar de huisarts?"),
    ("lift", "wie kan mn moeder za naar het ziekenhuis brengen?"),
    ("lift", "Ik moet dinsdag naar de tandarts maar heb geen vervoer"),
    ("lift", "need a lift to the hospital on friday"),
    ("boodschappen", "ben ziek, kan iemand ff boodschappen voor me doen?"),
    ("boodschappen", "wie kan wat spulletjes voor me halen bij de supermarkt?"),
    ("boodschappen", "can someone grab some groceries for me, stuck at home"),
    ("hond", "wie kan mn hond uitlaten? lig plat met mn rug"),
    ("hond", "hondje moet 3x per dag uit maar ik kan niet lopen"),
    ("hond", "can anyone walk my dog this week?"),
    ("huisdier", "wie voert mn kat als ik op vakantie ben?"),
    ("huisdier", "oppas gezocht voor mn konijnen, ben 2 weken weg"),
    ("huisdier", "need someone to feed my cats while I'm away"),
    ("oppas", "wie kan za avond babysitten?"),
    ("oppas", "oppas nodig voor mn kids vrijdagavond"),
    ("oppas", "looking for a babysitter for saturday night"),
    ("computer", "mn laptop is super traag geworden"),
    ("computer", "pc start niet meer op, wie kan ff kijken?"),
    ("computer", "laptop doet raar, krijg steeds een blauw scherm"),
    ("computer", "my laptop keeps crashing, anyone good with computers?"),
    ("telefoon", "kan iemand ff whatsapp op mn telefoon zetten?"),
    ("telefoon", "mn mobiel updaten lukt niet, wie helpt?"),
    ("telefoon", "snap niks van mn nieuwe smartphone"),
    ("telefoon", "can someone help me set up my new phone?"),
    ("tv", "mn tv doet het niet meer, geen beeld"),
    ("tv", "wie kan de zenders op mn tv instellen?"),
    ("post", "brief gehad van de gemeente, snap er niks van"),
    ("post uitkering", "moet een formulier van het uwv invullen, wie helpt?"),
    ("post uitkering", "post van de sos, wat moet ik ermee?"),
    ("post", "got a letter from the council and I don't understand it"),
    ("belasting post", "wie kan mn belastingaangifte doen?"),
    ("belasting post", "moet toeslag aanvragen maar weet niet hoe"),
    ("belasting post", "can someone help me with my tax return?"),
    ("geld", "kom niet rond deze maand, er zit niks meer in de pot"),
    ("geld", "heb schulden en weet niet waar te beginnen"),
    ("geld", "I'm drowning in debt and need help"),
    ("uitkering", "gedoe met mn uitkering bij de sociale dienst"),
    ("uitkering", "mijn bijstand is stopgezet, wat nu?"),
    ("corporatie", "de corporatie doet niks aan de schimmel in mn huis"),
    ("corporatie", "huisbaas repareert niks, wat kan ik doen?"),
    ("corporatie", "my landlord won't fix the leak"),
    ("verhuizen", "ga verhuizen, wie helpt sjouwen?"),
    ("verhuizen", "wie heeft een busje om mn spullen te verhuizen?"),
    ("verhuizen", "moving house next week, need help carrying boxes"),
    ("klussen", "wie kan een ikea kast in elkaar zetten?"),
    ("klussen gereedschap", "klusje: plank ophangen, heb geen boor"),
    ("klussen", "wie is er handig met een boormachine?"),
    ("klussen", "can someone put up a few shelves for me?"),
    ("schilderen", "mn woonkamer moet geverfd, wie helpt?"),
    ("schilderen", "wie wil mn slaapkamer witten?"),
    ("schilderen", "need someone to paint my living room"),
    ("tuin", "mn tuin is een jungle geworden"),
    ("tuin", "wie kan de heg ff snoeien?"),
    ("tuin", "grasmaaier kapot en het gras staat hoog"),
    ("tuin", "my garden is overgrown, anyone like gardening?"),
    ("schoonmaak", "kan iemand helpen mn huis te poetsen?"),
    ("schoonmaak", "wie lapt mn ramen? kan zelf de trap niet op"),
    ("schoonmaak", "need help cleaning my flat"),
    ("gezelschap", "voel me wat alleen, iemand zin in een bakkie?"),
    ("gezelschap", "wie komt er ff langs voor een praatje?"),
    ("gezelschap", "zou het fijn vinden als iemand af en toe langs komt om te kletsen"),
    ("gezelschap", "feeling lonely, would love a chat over coffee"),
    ("wandelen", "wie gaat er mee een rondje lopen?"),
    ("wandelen", "zoek een wandelmaatje voor de zondag"),
    ("wandelen", "anyone fancy a walk in the park?"),
    ("eten", "kan niet meer zelf koken, wie heeft een bordje over?"),
    ("eten", "wie kookt er een pannetje mee voor mij?"),
    ("eten", "could someone bring me a hot meal now and then?"),
    ("taal", "wil beter nederlands praten, wie oefent met me?"),
    ("taal", "mn nederlands is nog niet goed, zoek iemand om mee te praten"),
    ("taal", "I want to practise my Dutch with a neighbour"),
    ("huiswerk", "mn zoon loopt vast met wiskunde, wie geeft bijles?"),
    ("huiswerk", "dochter snapt niks van breuken, iemand die kan uitleggen?"),
    ("huiswerk", "need a maths tutor for my son"),
    ("kapper", "wie kan mn haar ff bijknippen?"),
    ("kapper", "mn pony hangt in mn ogen, wie knipt?"),
    ("kapper", "can someone cut my hair at home?"),
    ("naaien", "broek is te lang, wie kan em inkorten?"),
    ("naaien", "rits van mn jas is kapot"),
    ("naaien", "can someone take up my trousers?"),
    ("verwarming", "cv doet raar, geen warm water meer"),
    ("verwarming", "verwarming blijft koud, ketel hapert"),
    ("verwarming", "my boiler keeps cutting out"),
    ("elektra", "stroom valt steeds uit in de keuken"),
    ("elektra", "wie kan een lamp ophangen in mn gang?"),
    ("elektra", "stopcontact doet het niet meer"),
    ("elektra", "the lights keep tripping the fuse"),
    ("slot", "sleutel kwijt en buitengesloten!!"),
    ("slot", "slot van de voordeur zit vast"),
    ("grofvuil", "oude bank moet weg, wie heeft een aanhanger?"),
    ("grofvuil", "wie helpt troep naar de stort brengen?"),
    ("gereedschap", "mag ik ff een boormachine lenen?"),
    ("gereedschap", "wie heeft een ladder te leen?"),
    ("gereedschap", "can I borrow a drill for an hour?"),
    ("auto", "auto start niet, accu leeg denk ik"),
    ("auto", "wie heeft startkabels? auto wil niet"),
    ("auto", "my car won't start this morning"),
    ("cv", "kan iemand ff mn cv checken?"),
    ("cv", "wie helpt me met een sollicitatiebrief?"),
    ("cv", "can someone look over my CV?"),
    ("tekst", "wie kan mn tekst checken op spelfouten?"),
    ("tekst", "kan iemand mn brief ff nalezen?"),
    ("opruimen", "mn huis is een puinhoop, wie helpt opruimen?"),
    ("opruimen", "zolder moet uitgemest, help!"),
    ("opruimen", "need help decluttering my flat"),
    ("ongedierte", "muizen in huis, wat moet ik doen?"),
    ("ongedierte", "wespennest onder mn dak"),
    ("buren", "buren maken elke nacht herrie, wie kan bemiddelen?"),
    ("buren", "ruzie met de buren over de schutting"),
    ("juridisch", "ben ontslagen, wat zijn mn rechten?"),
    ("juridisch", "wie weet iets van huurrecht?"),
    ("juridisch", "I need some legal advice"),
    ("mantelzorg", "zorg voor mn moeder en ben op, iemand die ff overneemt?"),
    ("mantelzorg", "ik ben mantelzorger en heb nooit een dag vrij"),
    ("bank", "mn oma kan niet meer pinnen, wie helpt?"),
    ("bank", "hoe werkt die bankapp nou?"),
    ("energie", "energierekening is veel te hoog, wie heeft tips?"),
    ("energie", "hoe bespaar ik op gas?"),
    ("feest", "wie helpt met een kinderfeestje voor mn dochter?"),
    ("feest", "zoontje wordt 6, wie heeft een springkussen?"),
    ("sport", "wie wil samen sporten? kom niet van de bank af"),
    ("sport", "zoek een maatje om mee te fitnessen"),
    ("muziek", "wil gitaar leren spelen, wie geeft les?"),
    ("muziek", "ik wil graag piano leren"),
    ("foto", "wie maakt foto's op mn verjaardag?"),
    ("foto", "looking for someone to take photos at our party"),
    ("apotheek lift", "wie kan mn medicijnen ophalen bij de apotheek?"),
    ("apotheek lift", "can someone collect my prescription?"),
    ("computer telefoon", "mn wifi doet het niet meer"),
    ("computer telefoon", "internet valt steeds weg, wie weet er iets van?"),
    ("bieb", "wie brengt mn boeken terug naar de bieb?"),
    ("zwerfafval", "overal peuken en blikjes op straat, wie ruimt mee op?"),
    ("zwerfafval", "so much litter on our street, anyone want to help clean it up?"),
    ("vocht corporatie", "schimmel in de badkamer, wat moet ik doen?"),
    ("fietsles", "mn moeder wil leren fietsen, ze is 50"),
    ("fietsles", "my wife never learned to ride a bike"),
    ("babyspullen", "heeft iemand een kinderwagen over? baby komt in mei"),
    ("babyspullen", "zoek babykleertjes maat 56"),
    ("ov", "hoe werkt die ov-chipkaart nou?"),
    ("ov", "snap niks van de trein, wie legt uit hoe je reist?"),
    ("tuin", "kheb hulp nodig met mn tuin, zsm aub"),
    ("hond", "kan iemand za mn hond uitlaten ivm mn knie?"),
    ("oppas", "kzoek iemand die wo middag op mn kids past"),
    ("computer", "mn comp doet raar, iig start ie heel traag op"),
    ("pakket", "wie kan mn pakketje aannemen? ben de hele dag weg"),
    ("planten", "wie geeft mn planten water als ik op vakantie ben?"),
    ("kliko", "wie zet dinsdag mn kliko aan de straat?"),
    ("rolstoel", "wie kan mn moeder in de rolstoel ff duwen naar de markt?"),
    ("strijken schoonmaak", "stapel strijkgoed, wie helpt?"),
    ("vertalen", "kan iemand deze brief ff vertalen naar het arabisch?"),
    ("vertalen", "can someone translate a letter from the council for me?"),
    ("klussen gereedschap", "wie hangt mn gordijnen op?"),
    ("deelauto", "kan ik ergens een auto lenen voor een dagje?"),
]

# (ask, trap name); the trap shares a (slang) word with the ask, not its meaning
TRAPS: list[tuple[str, str]] = [
    ("kan iemand me een lift geven naar de huisarts?", "liftmonteur"),
    ("kom niet rond deze maand, er zit niks meer in de pot", "potje"),
    ("mn wasmachine doet raar, hij pompt niet meer af", "stuk_schrijven"),
    ("mn laptop is super traag geworden", "traag_leren"),
    ("scooter hapert bij optrekken, iemand verstand van scooters?", "haperen_praten"),
    ("kan iemand ff mn cv checken?", "checken_buren"),
    ("mn tv doet het niet meer, geen beeld", "beeld_klei"),
    ("mn oma kan niet meer pinnen, wie helpt?", "punaises"),
    ("wie kan mn haar ff bijknippen?", "stylist"),
    ("mn band is lek, wie kan em plakken?", "band_jongeren"),
    ("wie is er handig met een boormachine?", "handig_koken"),
    ("wie kan mn belastingaangifte doen?", "aangifte_politie"),
    ("wie komt er ff langs voor een praatje?", "praatjes_podcast"),
    ("voel me wat alleen, iemand zin in een bakkie?", "bakkie_frituur"),
    ("mn tuin is een jungle geworden", "jungle_dans"),
    ("wie heeft een busje om mn spullen te verhuizen?", "spullen_sorteren"),
    ("mijn fiets is stuk en ik moet morgen naar werk", "stuk_schrijven"),
    ("need a lift to the hospital on friday", "liftmonteur"),
    ("overal peuken en blikjes op straat, wie ruimt mee op?", "stoppen_roken"),
    ("rits van mn jas is kapot", "kapot_moe"),
    ("wie kan mn hond uitlaten? lig plat met mn rug", "uitlaten_mening"),
    ("scooter hapert bij optrekken, iemand verstand van scooters?", "scootmobiel"),
]

TRAP_OFFERS: dict[str, str] = {
    "liftmonteur": "Ik ben liftmonteur en onderhoud liften in flats",
    "potje": "Ik speel graag een potje schaak in het buurthuis",
    "stuk_schrijven": "Ik schrijf graag een stuk voor de buurtkrant",
    "traag_leren": "Ik help kinderen die wat trager leren met lezen",
    "haperen_praten": "Ik help kinderen die haperen bij het praten, ik ben logopedist",
    "checken_buren": "Ik check graag ff of de oudere buren oké zijn",
    "beeld_klei": "Ik maak beelden van klei en geef workshops boetseren",
    "punaises": "Ik verzamel pins en buttons van festivals",
    "stylist": "Ik ben interieurstylist en style graag je woonkamer",
    "band_jongeren": "Ik heb een goede band met de jongeren in de buurt",
    "handig_koken": "Ik ben handig in de keuken en kook graag",
    "aangifte_politie": "Ik ben wijkagent en help bij aangifte van inbraak",
    "praatjes_podcast": "Ik maak een podcast met praatjes over de buurt",
    "bakkie_frituur": "Ik heb een snackbar en bak de beste patat",
    "jungle_dans": "Ik geef dansles op junglemuziek en drum and bass",
    "spullen_sorteren": "Ik sorteer tweedehands spullen bij de kringloop",
    "stoppen_roken": "Ik help mensen stoppen met roken",
    "kapot_moe": "Ik ben vaak kapot na mijn werk, maar in het weekend speel ik graag schaak",
    "uitlaten_mening": "Ik laat me graag uit over de plannen voor ons plein",
    "scootmobiel": "Ik rijd zelf in een scootmobiel en weet welke winkels toegankelijk zijn",
}

# what a trap honestly answers after all (so it may win an ask of that need)
TRAP_NEEDS: dict[str, set[str]] = {
    "checken_buren": {"gezelschap"},
    "handig_koken": {"eten"},
    "aangifte_politie": set(),
    "traag_leren": {"huiswerk"},
}

# asks this vocabulary does not yet answer, and why
XFAIL: dict[str, str] = {
    'overal peuken en blikjes op straat, wie ruimt mee op?':
        "'blikjes op straat' links to the bin helper's 'container aan de straat' as strongly "
        'as to litter picking; nearness in meaning decided it while the neighbourhoods '
        'counted repeated texts, and no longer does',
    'de corporatie doet niks aan de schimmel in mn huis':
        'nearness in meaning (semantic.py): '
        'the building surveyor who knows damp and mould outranks the '
        "tenants' helper (an answer too, but not the one this suite asks for)",
    "my landlord won't fix the leak":
        "nearness in meaning (semantic.py): "
        "the plumber outranks the tenants' helper (an answer too, but not the "
        "one this suite asks for)",
    'mn mobiel updaten lukt niet, wie helpt?':
        'merged with the other vocabularies of the session: TV help now answers phone help '
        'at 0.7 (relations), and the TV helper ties and comes first',
    'wie kan mn moeder in de rolstoel ff duwen naar de markt?':
        "merged with the other vocabularies of the session: 'rolstoel duwen' and the "
        'mobility scooter are one concept (mobiliteit), so the scooter rider ties and comes'
        ' first',
    "kan niet meer zelf koken, wie heeft een bordje over?":
        "'wie heeft ... over' marks the ask as wanting a thing, and a neighbour who cooks names "
        "no thing",
    "dochter snapt niks van breuken, iemand die kan uitleggen?":
        "'breuken' is also broken bones; nothing else in the ask names school",
    "kan iemand ff mn cv checken?":
        "'cv' is also the boiler ('cv laten checken'); only the other words could tell",
    "so much litter on our street, anyone want to help clean it up?":
        "'clean up' is tidying a home (opruimen) and weighs more than the litter on the street",
    "ben ontslagen, wat zijn mn rechten?":
        "'ontslagen' marks the ask as looking for work, which a lawyer does not offer",
}


def _room() -> tuple[Session, dict[str, set[str]]]:
    return needs_room(ASKS, TRAPS, {"s_": OFFERS}, ALSO, TRAP_OFFERS, TRAP_NEEDS, "spreektaal")


(test_an_ask_finds_an_offer_of_its_own_need,
 test_a_shared_word_without_shared_meaning_stays_under_the_threshold) = need_suite(
    ASKS, TRAPS, XFAIL, _room())
