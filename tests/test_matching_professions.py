"""Occupations and the problems they answer, found from occupations rather than from rooms.

A very common pair shares no word at all: the ask names a problem ("die thermostaat krijg ik
niet ingesteld"), the offer names a job ("ik ben installateur geweest"). They only meet when the
occupation is in the vocabulary and linked to the needs it answers.

The list follows the major groups of the occupational classifications (CBS BRC / ISCO): trades
and technicians, care and health, education, administration, finance and law, IT, transport,
hospitality and retail, agriculture and animals, culture and media, public service and social
work. Each occupation offers in Dutch and often in English, in the ways people say it ("ik was X",
"oud-X", "gepensioneerd X", "X in ruste", "retired X", "former X", "I worked as a X"); each ask
names the problem and shares no content word with its occupation.

One room holds every offer; for each ask an offer of the right occupation (or of one named in
``also``, equally right) must come first and reach the threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pytest

from werkplaats.matching import rank_offers
from werkplaats.matching.api import DEFAULT_THRESHOLD
from werkplaats.model import Participant, Ref, Session


@dataclass(frozen=True)
class Job:
    offers: tuple[str, ...]
    asks: tuple[str, ...]
    also: tuple[str, ...] = ()


J = Job

JOBS: dict[str, Job] = {
    # ------------------------------------------------------------ building and installation
    "loodgieter": J(("Ik was loodgieter", "Retired plumber"),
                    ("Mijn wc blijft doorlopen en de afvoer van het aanrecht zit verstopt",
                     "The kitchen sink is blocked and the tap drips all night"),
                    also=("installateur",)),
    "installateur": J(("Ik ben dertig jaar installateur geweest", "Retired heating engineer"),
                      ("Die nieuwe thermostaat krijg ik niet ingesteld",
                       "My boiler keeps cutting out"),
                      also=("loodgieter",)),
    "elektricien": J(("Oud-elektricien", "Former electrician"),
                     ("In de keuken springt steeds de stroom eruit",
                      "The fuse keeps tripping when I switch on the kettle")),
    "timmerman": J(("Ik werkte als timmerman", "I worked as a joiner"),
                   ("De deur van mijn schuur sleept over de grond en sluit niet meer",),
                   also=("meubelmaker", "klusjesman")),
    "schilder": J(("Ik was huisschilder", "Retired painter and decorator"),
                  ("De kozijnen bladderen af en moeten in de verf",),
                  also=("behanger",)),
    "stukadoor": J(("Gepensioneerd stukadoor", "Former plasterer"),
                   ("Er zitten grote gaten en scheuren in mijn plafond",)),
    "tegelzetter": J(("Ik was tegelzetter", "I used to be a tiler"),
                     ("De voegen in mijn douche zijn zwart en brokkelen af",)),
    "dakdekker": J(("Oud-dakdekker", "Retired roofer"),
                   ("Het lekt bij de schoorsteen als het hard regent",)),
    "metselaar": J(("Ik werkte als metselaar", "Former bricklayer"),
                   ("Mijn tuinmuurtje staat scheef en de stenen liggen los",),
                   also=("aannemer", "stratenmaker")),
    "aannemer": J(("Ik had een aannemersbedrijf", "Retired builder"),
                  ("We willen een aanbouw achter ons huis, waar moeten we op letten?",),
                  also=("architect", "metselaar")),
    "architect": J(("Ik ben architect", "Retired architect"),
                   ("Wie kan tekeningen maken voor een dakkapel op ons huis?",),
                   also=("aannemer",)),
    "glaszetter": J(("Ik was glaszetter",),
                    ("Na de storm zit er een barst in mijn ruit",)),
    "slotenmaker": J(("Oud-slotenmaker", "Former locksmith"),
                     ("Mijn sleutel is afgebroken in de voordeur",)),
    "stratenmaker": J(("Ik was stratenmaker",),
                      ("De tegels op mijn oprit liggen scheef en ik struikel erover",),
                      also=("hovenier",)),
    "vloerenlegger": J(("Ik werkte als vloerenlegger",),
                       ("Ik wil laminaat in de woonkamer maar krijg de planken niet recht",),
                       also=("timmerman", "klusjesman")),
    "behanger": J(("Ik was behanger",),
                  ("Het papier laat los van de muren in de slaapkamer",),
                  also=("schilder",)),
    "klusjesman": J(("Ik ben klusjesman", "Handyman, happy to help"),
                    ("Wie kan een paar planken en een spiegel aan de muur hangen?",),
                    also=("timmerman", "conciërge")),
    "conciërge": J(("Ik was conciërge op een school", "Former caretaker"),
                   ("Mijn rolluik zit vast en er moet een plankje opgehangen worden",),
                   also=("klusjesman", "timmerman")),
    "schoorsteenveger": J(("Ik ben schoorsteenveger geweest",),
                          ("Mijn open haard trekt niet goed en het rookt in de kamer",)),
    "keukenmonteur": J(("Ik monteerde keukens",),
                       ("Mijn nieuwe aanrecht en kastjes moeten geplaatst worden",),
                       also=("timmerman", "klusjesman")),
    "energiecoach": J(("Ik ben energiecoach",),
                      ("Mijn stroomrekening is veel te hoog, hoe kan ik besparen?",
                       "Het tocht bij alle ramen en het gas kost me een fortuin")),
    "zonnepanelen": J(("Ik installeer zonnepanelen",),
                      ("Is mijn dak geschikt om zelf stroom op te wekken?",),
                      also=("energiecoach",)),
    # ------------------------------------------------------------ repair and crafts
    "automonteur": J(("Ik was automonteur", "Retired car mechanic"),
                     ("Mijn auto maakt een raar geluid bij het remmen",
                      "My car won't start on cold mornings")),
    "fietsenmaker": J(("Oud-fietsenmaker", "I used to run a bike shop"),
                      ("Mijn ketting springt er steeds af en de versnelling hapert",)),
    "witgoedmonteur": J(("Ik was witgoedmonteur", "Former appliance engineer"),
                        ("Mijn wasmachine pompt het water niet weg",
                         "My fridge is making a loud buzzing noise")),
    "meubelmaker": J(("Ik ben meubelmaker", "Retired cabinet maker"),
                     ("De poot van mijn eettafel zit los en hij wiebelt",),
                     also=("timmerman",)),
    "stoffeerder": J(("Oud-stoffeerder", "Former upholsterer"),
                     ("De bekleding van mijn fauteuil is versleten en gescheurd",)),
    "schoenmaker": J(("Ik was schoenmaker", "Retired cobbler"),
                     ("De hak van mijn laars is afgebroken",)),
    "naaister": J(("Ik werkte als naaister", "I used to be a seamstress"),
                  ("Mijn broek is te lang en moet ingekort worden",
                   "The zip on my coat is broken")),
    "horlogemaker": J(("Ik was horlogemaker",),
                      ("Mijn oude klok staat stil en tikt niet meer",)),
    "goudsmid": J(("Oud-goudsmid", "Former jeweller"),
                  ("Mijn trouwring is te klein geworden",)),
    "lasser": J(("Ik was lasser", "I worked as a welder"),
                ("Het ijzeren hek is doorgeroest en een spijl is afgebroken",)),
    "pianostemmer": J(("Ik was pianostemmer",),
                      ("Het klavier van mijn moeder klinkt vals",)),
    "boekbinder": J(("Ik was boekbinder",),
                    ("De rug van mijn oude bijbel is kapot en de bladzijden vallen eruit",)),
    "glazenwasser": J(("Ik was glazenwasser", "Former window cleaner"),
                      ("Ik kan niet meer bij de bovenramen om ze te lappen",),
                      also=("schoonmaker",)),
    "schoonmaker": J(("Ik werkte als schoonmaakster", "I worked as a cleaner"),
                     ("Ik kan niet meer stofzuigen en dweilen, het huis is een stofboel",)),
    "ongediertebestrijder": J(("Oud-ongediertebestrijder", "Former pest controller"),
                              ("Er lopen muizen in mijn keuken",
                               "We have rats under the shed")),
    "verhuizer": J(("Ik werkte bij een verhuisbedrijf", "Former removal man"),
                   ("Ik ga kleiner wonen en krijg mijn kast en dozen niet naar de derde "
                    "etage",),
                   also=("vrachtwagenchauffeur",)),
    # ------------------------------------------------------------ IT and media
    "systeembeheerder": J(("Ik werkte als systeembeheerder", "I worked in IT support"),
                          ("Mijn laptop is traag en zit vol virussen",
                           "My wifi keeps dropping out"),
                          also=("helpdesk", "programmeur")),
    "helpdesk": J(("Ik werkte op een computerhelpdesk",),
                  ("Mijn printer doet het niet meer sinds de update",),
                  also=("systeembeheerder",)),
    "programmeur": J(("Ik ben programmeur", "Software developer"),
                     ("Onze vereniging wil een eigen site met een aanmeldformulier",),
                     also=("webdesigner", "systeembeheerder")),
    "webdesigner": J(("Freelance webdesigner",),
                     ("Onze buurtvereniging heeft geen internetpagina, wie bouwt er een?",),
                     also=("programmeur",)),
    "grafisch": J(("Ik ben grafisch ontwerper", "Graphic designer"),
                  ("We hebben een logo en een affiche nodig voor ons buurtfeest",)),
    "fotograaf": J(("Ik was fotograaf", "Former wedding photographer"),
                   ("Wie maakt er mooie plaatjes van ons trouwfeest?",)),
    "cameraman": J(("Ik werkte als cameraman",),
                   ("Wie kan een filmpje van ons project opnemen en monteren?",)),
    "journalist": J(("Ik ben journalist", "Retired reporter"),
                    ("Wie schrijft een stukje over ons initiatief in de wijkkrant?",),
                    also=("redacteur",)),
    "redacteur": J(("Ik werkte als eindredacteur", "Former proofreader"),
                   ("Kan iemand mijn scriptie nalezen op spelfouten?",)),
    "marketing": J(("Ik werk in de marketing", "I work in communications"),
                   ("Niemand komt op onze activiteiten af, hoe worden we beter bekend?",)),
    "geluidstechnicus": J(("Ik werkte als geluidstechnicus", "Former sound engineer"),
                          ("Onze microfoon en versterker piepen tijdens de voorstelling",),
                          also=("dj",)),
    "dj": J(("Ik draai als DJ",),
            ("Wie zorgt voor de muziek en de boxen op ons straatfeest?",),
            also=("geluidstechnicus", "muzikant")),
    # ------------------------------------------------------------ health and care
    "verpleegkundige": J(("Ik ben verpleegkundige", "Retired nurse"),
                         ("Mijn vader heeft een wond aan zijn been die niet geneest",
                          "Who could change the dressing on my mum's leg?"),
                         also=("huisarts", "thuiszorg")),
    "huisarts": J(("Gepensioneerd huisarts", "Retired GP"),
                  ("Ik maak me zorgen over een vlek op mijn huid die groter wordt",),
                  also=("verpleegkundige",)),
    "thuiszorg": J(("Ik werkte in de thuiszorg", "Former care worker"),
                   ("Mijn moeder kan zichzelf niet meer wassen en aankleden",),
                   also=("verpleegkundige",)),
    "fysiotherapeut": J(("Oud-fysiotherapeut", "Retired physiotherapist"),
                        ("Na mijn knieoperatie moet ik oefeningen doen om weer goed te lopen",
                         "My back has been stiff and sore for months")),
    "apotheek": J(("Ik was apothekersassistente", "Former pharmacist"),
                  ("Ik slik acht soorten pillen en raak de weg kwijt",)),
    "tandarts": J(("Ik was tandarts", "Former dental hygienist"),
                  ("Mijn tandvlees bloedt bij het poetsen",)),
    "dietist": J(("Ik ben diëtist", "Dietitian"),
                 ("Mijn suiker is te hoog, wat mag ik nog eten?",)),
    "logopedist": J(("Ik werkte als logopedist", "Retired speech therapist"),
                    ("Mijn zoontje stottert en is moeilijk te verstaan",)),
    "psycholoog": J(("Ik ben psycholoog", "Retired psychologist"),
                    ("Ik slaap slecht en pieker de hele nacht",),
                    also=("verslavingszorg",)),
    "kraamzorg": J(("Ik was kraamverzorgster", "Former midwife"),
                   ("Onze baby is net geboren en de borstvoeding lukt niet",)),
    "ergotherapeut": J(("Ik ben ergotherapeut", "Occupational therapist"),
                       ("Mijn moeder komt moeilijk uit haar stoel en uit bad, welke "
                        "hulpmiddelen zijn er?",),
                       also=("thuiszorg", "fysiotherapeut")),
    "pedicure": J(("Ik ben pedicure", "Retired chiropodist"),
                  ("Ik kan niet meer bij mijn tenen om mijn nagels te knippen",)),
    "dierenarts": J(("Oud-dierenarts", "Retired vet"),
                    ("Mijn kat eet niet meer en braakt steeds",),
                    also=("dierenasiel",)),
    "dominee": J(("Ik was dominee", "Retired vicar"),
                 ("Mijn vrouw is overleden en ik weet niet hoe ik verder moet",),
                 also=("psycholoog", "uitvaart")),
    "uitvaart": J(("Ik werkte als uitvaartverzorger", "Former funeral director"),
                  ("Mijn moeder ligt op sterven, wat moet er geregeld worden voor de "
                   "begrafenis?",)),
    "opticien": J(("Oud-opticien",),
                  ("Ik zie steeds waziger en mijn leesbril helpt niet meer",)),
    "audicien": J(("Ik was audicien",),
                  ("Mijn hoorapparaat piept en ik versta niemand op verjaardagen",)),
    "masseur": J(("Ik ben masseur", "Massage therapist"),
                 ("Mijn nek en schouders zitten helemaal vast",),
                 also=("fysiotherapeut",)),
    "kapper": J(("Ik was twintig jaar kapster", "I used to be a barber"),
                ("Mijn lokken zijn veel te lang en ik kom de deur niet uit",)),
    "schoonheid": J(("Ik ben schoonheidsspecialiste", "Beautician"),
                    ("Wie kan mijn wenkbrauwen epileren en me opmaken voor de bruiloft?",)),
    "personal_trainer": J(("Ik werk als personal trainer", "Fitness instructor"),
                          ("Ik wil fitter worden maar weet niet hoe ik moet beginnen",),
                          also=("gymleraar",)),
    "ambulance": J(("Ik was ambulanceverpleegkundige", "Former paramedic"),
                   ("Wie leert ons buurtteam reanimeren en wat te doen bij een "
                    "hartstilstand?",),
                   also=("verpleegkundige", "brandweer")),
    "verslavingszorg": J(("Ik werkte in de verslavingszorg",),
                         ("Mijn broer drinkt veel te veel en ik weet niet hoe ik hem help",),
                         also=("psycholoog", "maatschappelijk")),
    # ------------------------------------------------------------ education and children
    "juf": J(("Ik was juf op een basisschool", "Retired primary school teacher"),
             ("Mijn dochter loopt achter met lezen en rekenen",),
             also=("remedial", "wiskundeleraar")),
    "wiskundeleraar": J(("Oud-wiskundeleraar", "Former maths teacher"),
                        ("Mijn zoon haalt onvoldoendes voor algebra en breuken",),
                        also=("juf",)),
    "remedial": J(("Ik was remedial teacher",),
                  ("Mijn zoon heeft dyslexie en raakt achter op school",),
                  also=("juf", "logopedist")),
    "nt2": J(("Ik ben NT2-docent", "Former ESOL teacher"),
             ("Ik woon pas een jaar hier en wil de taal beter leren spreken",),
             also=("tolk",)),
    "tolk": J(("Ik werk als beëdigd vertaler", "Retired interpreter"),
              ("Mijn diploma's uit Syrië moeten officieel overgezet worden",),
              also=("nt2",)),
    "muziekleraar": J(("Ik gaf muziekles", "Former music teacher"),
                      ("Ik wil gitaar leren spelen",),
                      also=("muzikant",)),
    "bibliothecaris": J(("Ik was bibliothecaris", "Retired librarian"),
                        ("Mijn kleindochter van tien leest niet graag, welke boeken passen?",),
                        also=("juf",)),
    "historicus": J(("Ik ben historicus", "Historian"),
                    ("Ik wil weten wat er vroeger in ons straatje stond",)),
    "pedagoog": J(("Ik ben pedagoog", "Parenting coach"),
                  ("Mijn peuter heeft elke dag driftbuien en ik weet niet wat ik moet doen",),
                  also=("kinderopvang",)),
    "kinderopvang": J(("Ik werk in de kinderopvang", "Former nanny"),
                      ("Wie kan woensdagmiddag op mijn kinderen passen?",),
                      also=("juf",)),
    "jongerenwerker": J(("Ik ben jongerenwerker", "Youth worker"),
                        ("Er hangen 's avonds tieners rond bij het speeltuintje en ze "
                         "vervelen zich",),
                        also=("wijkagent",)),
    "loopbaancoach": J(("Ik werk als loopbaancoach", "Career coach"),
                       ("Ik ben ontslagen en weet niet wat voor baan bij me past",),
                       also=("recruiter",)),
    "recruiter": J(("Ik werkte bij personeelszaken", "Former recruiter"),
                   ("Wie kijkt mijn cv en motivatiebrief na?",),
                   also=("loopbaancoach",)),
    "gymleraar": J(("Ik was gymleraar", "Former PE teacher"),
                   ("Mijn zoon is onhandig met ballen en durft niet mee te doen met sport",),
                   also=("voetbaltrainer", "personal_trainer")),
    "voetbaltrainer": J(("Ik was voetbaltrainer",),
                        ("Ons jeugdelftal zoekt iemand die zaterdag de jongens begeleidt",),
                        also=("gymleraar",)),
    "zwemleraar": J(("Ik was zwemonderwijzer", "Former swimming instructor"),
                    ("Mijn dochter van zeven durft niet met haar hoofd onder water",)),
    "rijinstructeur": J(("Oud-rijinstructeur", "Retired driving instructor"),
                        ("Mijn kleinzoon moet oefenen voor zijn rijexamen",)),
    "dansdocent": J(("Ik was dansdocent",),
                    ("Wij willen leren salsa'en voor onze bruiloft",)),
    # ------------------------------------------------------------ office, money and law
    "boekhouder": J(("Ik was boekhouder", "Retired accountant"),
                    ("Wie helpt met mijn aangifte inkomstenbelasting?",
                     "Our club's books need checking before the general meeting"),
                    also=("belastingadviseur", "penningmeester")),
    "belastingadviseur": J(("Oud-belastingadviseur",),
                           ("Ik moet voor het eerst aangifte doen als zzp'er",),
                           also=("boekhouder",)),
    "secretaresse": J(("Ik was directiesecretaresse", "Former PA"),
                      ("Wie wil notuleren bij onze bewonersvergadering?",
                       "Mijn papieren en post liggen in stapels, ik krijg het niet op orde"),
                      also=("boekhouder",)),
    "notaris": J(("Oud-notaris", "Retired solicitor"),
                 ("Ik wil een testament laten maken en weet niet waar te beginnen",),
                 also=("advocaat",)),
    "advocaat": J(("Ik was advocaat", "Former lawyer"),
                  ("Mijn huisbaas wil me uit mijn woning zetten",),
                  also=("jurist", "woningcorporatie")),
    "jurist": J(("Ik ben jurist",),
                ("Ik heb een boete gekregen die volgens mij onterecht is",),
                also=("advocaat",)),
    "mediator": J(("Ik ben mediator", "Trained mediator"),
                  ("Met mijn bovenburen is het al maanden ruzie over lawaai",)),
    "bank": J(("Ik werkte bij de bank", "Former bank clerk"),
              ("Hoe maak ik geld over met de app op mijn telefoon?",)),
    "financieel": J(("Ik was financieel adviseur", "Retired financial adviser"),
                    ("Kan ik mijn hypotheek oversluiten nu de rente lager is?",)),
    "schuldhulp": J(("Ik ben schuldhulpverlener", "Debt adviser"),
                    ("Ik kom elke maand geld tekort en de aanmaningen stapelen zich op",),
                    also=("maatschappelijk",)),
    "verzekering": J(("Ik werkte bij een verzekeraar",),
                     ("Welke zorgpolis past het best bij mij?",)),
    "makelaar": J(("Oud-makelaar", "Former estate agent"),
                  ("We willen ons huis verkopen, wat is het waard?",)),
    "pensioen": J(("Ik was pensioenadviseur",),
                  ("Ik word volgend jaar 67, hoeveel AOW krijg ik dan?",)),
    "bedrijfsadviseur": J(("Ik ben bedrijfsadviseur", "Small business adviser"),
                          ("Ik wil voor mezelf beginnen als zzp'er, waar moet ik op letten?",),
                          also=("belastingadviseur",)),
    "penningmeester": J(("Ik ben jarenlang penningmeester geweest",),
                        ("Onze vereniging weet niet hoe je een begroting en jaarrekening "
                         "opstelt",),
                        also=("boekhouder",)),
    # ------------------------------------------------------------ public service
    "gemeente": J(("Ik werkte bij de gemeente", "Former council officer"),
                  ("Mijn paspoort is verlopen, wat moet ik regelen?",)),
    "wijkagent": J(("Oud-politieagent", "Retired police officer"),
                   ("Er is bij mij ingebroken, hoe beveilig ik mijn huis beter?",),
                   also=("beveiliger",)),
    "brandweer": J(("Ik was brandweerman", "Retired firefighter"),
                   ("Hoeveel rookmelders heb ik nodig en waar hang ik ze op?",)),
    "beveiliger": J(("Ik werk als beveiliger", "Security guard"),
                    ("Wie houdt op ons buurtfeest een oogje op de ingang en de kassa?",),
                    also=("wijkagent",)),
    "wethouder": J(("Oud-wethouder", "Former councillor"),
                   ("Hoe krijgen we de gemeente zover dat er een zebrapad komt?",),
                   also=("gemeente",)),
    "maatschappelijk": J(("Oud-maatschappelijk werker", "Retired social worker"),
                         ("Ik heb het financieel zwaar en weet niet bij welke instantie ik "
                          "moet aankloppen",),
                         also=("schuldhulp",)),
    "opbouwwerker": J(("Ik ben opbouwwerker", "Community worker"),
                      ("Hoe krijgen we de bewoners van onze flat meer bij elkaar?",)),
    "mantelzorgmakelaar": J(("Ik werk als mantelzorgmakelaar",),
                            ("Ik zorg al jaren voor mijn man met dementie en ik ben op",),
                            also=("thuiszorg", "maatschappelijk")),
    "ouderenadviseur": J(("Ik was ouderenadviseur",),
                         ("Mijn vader van 85 woont alleen en redt het niet meer, welke "
                          "hulp is er?",),
                         also=("thuiszorg", "mantelzorgmakelaar")),
    "vluchtelingenwerk": J(("Ik werkte bij VluchtelingenWerk",),
                           ("Ik heb net een verblijfsvergunning en weet niet hoe alles "
                            "hier werkt",),
                           also=("nt2",)),
    "woningcorporatie": J(("Ik werkte bij een woningcorporatie",),
                          ("Mijn huurwoning heeft al maanden schimmel en de verhuurder "
                           "doet niets",),
                          also=("jurist", "advocaat")),
    "bestuurder": J(("Ik was directeur van een stichting", "Former charity chief executive"),
                    ("Ons buurthuis zoekt een voorzitter en weet niet hoe een bestuur "
                     "werkt",),
                    also=("penningmeester",)),
    "fondsenwerver": J(("Ik was fondsenwerver", "Former fundraiser"),
                       ("Onze speeltuin heeft geld nodig, waar vragen we subsidie aan?",)),
    "evenementen": J(("Ik werkte als evenementenorganisator", "Event planner"),
                     ("We willen een straatfeest houden maar weten niet waar te beginnen",)),
    # ------------------------------------------------------------ food, shops, hospitality
    "kok": J(("Ik ben kok geweest", "Former chef"),
             ("Sinds mijn vrouw weg is krijg ik geen warme maaltijd meer op tafel",),
             also=("catering",)),
    "bakker": J(("Oud-bakker", "Retired baker"),
                ("Mijn zelfgemaakte brood rijst niet en blijft plat",),
                also=("banketbakker",)),
    "banketbakker": J(("Ik was banketbakker",),
                      ("Wie kan een verjaardagstaart maken voor mijn dochter?",),
                      also=("bakker",)),
    "catering": J(("Ik had een cateringbedrijf",),
                  ("We verwachten honderd gasten op ons buurtfeest, wie verzorgt het "
                   "eten?",),
                  also=("kok",)),
    "horeca": J(("Ik werkte in de horeca", "Former barman"),
                ("Wie staat er achter de tap tijdens onze buurtborrel?",)),
    "bloemist": J(("Ik was bloemist", "Florist"),
                  ("Wie kan de tafels versieren met boeketten voor ons feest?",)),
    "reisleider": J(("Ik was reisleider", "Former travel agent"),
                    ("Ik wil met de trein door Europa maar weet niet hoe ik dat plan",)),
    # ------------------------------------------------------------ transport
    "taxichauffeur": J(("Ik was taxichauffeur", "Retired bus driver"),
                       ("Ik moet dinsdag naar het ziekenhuis en kan er niet zelf komen",)),
    "vrachtwagenchauffeur": J(("Oud-vrachtwagenchauffeur", "Former lorry driver"),
                              ("Wie rijdt met een grote bestelbus mijn spullen naar mijn "
                               "nieuwe adres?",),
                              also=("verhuizer",)),
    "conducteur": J(("Ik was conducteur bij de NS", "Retired train guard"),
                    ("Hoe werkt inchecken met de OV-chipkaart? Ik durf niet alleen met "
                     "de trein",),
                    also=("reisleider",)),
    "schipper": J(("Ik was schipper", "Retired sailor"),
                  ("Ik wil leren zeilen op de plas",)),
    # ------------------------------------------------------------ land, animals, nature
    "hovenier": J(("Ik ben hovenier", "Retired gardener"),
                  ("Mijn heg is veel te hoog en het gras staat tot mijn knieën",
                   "My lawn is full of moss and weeds"),
                  also=("boomverzorger",)),
    "boomverzorger": J(("Ik was boomverzorger", "Former tree surgeon"),
                       ("De grote eik naast mijn huis heeft dode takken boven het dak",),
                       also=("hovenier",)),
    "kweker": J(("Ik had een kwekerij", "Retired nurseryman"),
                ("Mijn tomatenplanten krijgen gele bladeren",),
                also=("hovenier", "boer")),
    "boer": J(("Ik was boer", "Retired farmer"),
              ("Mijn kippen leggen geen eieren meer",)),
    "imker": J(("Ik ben imker", "Beekeeper"),
               ("Er hangt een zwerm bijen in mijn boom",)),
    "boswachter": J(("Ik was boswachter", "Former park ranger"),
                    ("Welke vogels en paddenstoelen zien we in het park? Wie leidt een "
                     "natuurwandeling met kinderen?",),
                    also=("bioloog",)),
    "bioloog": J(("Ik ben bioloog",),
                 ("Welke insecten en egels leven er in onze buurt en hoe help ik ze?",),
                 also=("boswachter",)),
    "hondentrainer": J(("Ik ben hondentrainer", "Dog trainer"),
                       ("Mijn labrador trekt aan de lijn en blaft naar iedereen",)),
    "dierenasiel": J(("Ik werkte in een dierenasiel",),
                     ("Wie zorgt voor mijn kat als ik op vakantie ben?",),
                     also=("dierenarts",)),
    "trimsalon": J(("Ik heb een trimsalon",),
                   ("De vacht van mijn poedel zit vol klitten",),
                   also=("hondentrainer", "dierenasiel")),
    # ------------------------------------------------------------ culture
    "muzikant": J(("Ik ben beroepsmuzikant", "Professional musician"),
                  ("Wie speelt er live op ons buurtfeest?",),
                  also=("dj",)),
    "dirigent": J(("Ik was dirigent", "Former choirmaster"),
                  ("Ons koor zoekt iemand die de repetities leidt",)),
    "kunstenaar": J(("Ik ben beeldend kunstenaar", "Artist"),
                    ("Ik wil leren tekenen en aquarelleren",)),
    "regisseur": J(("Ik was regisseur", "Former theatre director"),
                   ("Onze amateurgroep wil een voorstelling op de planken brengen",)),
    "schrijver": J(("Ik ben schrijver", "Author"),
                   ("Ik wil mijn herinneringen op papier zetten voor mijn kleinkinderen",)),
    "acteur": J(("Ik was acteur",),
                ("Ik moet een toespraak houden op de bruiloft van mijn dochter en ben "
                 "zenuwachtig",),
                also=("regisseur",)),
}


# Cases the professions topic file cannot fix without hurting others: (job, ask index) -> why
_TIE = ('an occupation of a broader concept (bouw, juridisch, geldzaken, huisdieren, '
        'verzorging...) ties with or beats it; telling them apart needs an own beroep_ '
        'concept with cues per trade')
_EN = ("a short English offer is now read as English when its words say so, but where a "
       "word is Dutch too ('Former music teacher': music, teacher) the text stays Dutch and "
       "a generic word of it wins, or the English job sits in a broad concept and ties")
_WORD = ('a word of the ask has another, stronger reading (te lang: clothes; passen: '
         'childminding; rijst: rice; oogje: eyes; stapel papieren: insurers; weet niet '
         'waar: organising)')
_BELOW = ('the occupation is linked to the need but stays below the threshold or behind a '
          'closer neighbour')
KNOWN: dict[tuple[str, int], str] = {
    ('tegelzetter', 0): _TIE,
    ('aannemer', 0): _TIE,
    ('architect', 0): _BELOW,
    ('glaszetter', 0): _BELOW,
    ('stratenmaker', 0): _TIE,
    ('vloerenlegger', 0): _TIE,
    ('klusjesman', 0): _TIE,
    ('schoorsteenveger', 0): _TIE,
    ('keukenmonteur', 0): _TIE,
    ('meubelmaker', 0): _TIE,
    ('cameraman', 0): _TIE,
    ('journalist', 0): _TIE,
    ('marketing', 0): _TIE,
    ('dj', 0): _EN,
    ('apotheek', 0): _TIE,
    ('ergotherapeut', 0): _BELOW,
    ('dominee', 0): _BELOW,
    ('schoonheid', 0): _TIE,
    ('tolk', 0): _BELOW,
    ('muziekleraar', 0): _EN,
    ('bibliothecaris', 0): _WORD,
    ('loopbaancoach', 0): _BELOW,
    ('voetbaltrainer', 0): _BELOW,
    ('boekhouder', 1): _WORD,
    ('belastingadviseur', 0): _TIE,
    ('secretaresse', 1): _WORD,
    ('advocaat', 0): _TIE,
    ('jurist', 0): _TIE,
    ('bank', 0): _TIE,
    ('financieel', 0): _EN,
    ('schuldhulp', 0): _TIE,
    ('bedrijfsadviseur', 0): _TIE,
    ('gemeente', 0): _BELOW,
    ('beveiliger', 0): _WORD,
    ('wethouder', 0): _BELOW,
    ('maatschappelijk', 0): _TIE,
    ('ouderenadviseur', 0): _BELOW,
    ('bestuurder', 0): _TIE,
    ('vrachtwagenchauffeur', 0): _EN,
    ('boer', 0): _TIE,
    ('muzikant', 0): _EN,
    ('acteur', 0): _EN,
}


def _cases() -> list[object]:
    return [pytest.param(job, k, id=f"{job}-{k}",
                         marks=[pytest.mark.xfail(reason=KNOWN[job, k], strict=True)]
                         if (job, k) in KNOWN else [])
            for job, spec in JOBS.items() for k in range(len(spec.asks))]


@cache
def _room() -> tuple[Session, dict[str, list[Ref]], dict[tuple[str, int], Ref]]:
    """Every offer as one person each; all asks from one person who offers nothing."""
    people: list[Participant] = []
    fitting: dict[str, list[Ref]] = {}
    asks: list[str] = []
    ask_refs: dict[tuple[str, int], Ref] = {}
    for job, spec in JOBS.items():
        for k, text in enumerate(spec.offers):
            people.append(Participant(f"{job}-o{k}", f"Aanbieder {job} {k}", offers=[text]))
            fitting.setdefault(job, []).append(Ref(f"{job}-o{k}", 0))
        for k, text in enumerate(spec.asks):
            ask_refs[(job, k)] = Ref("vrager", len(asks))
            asks.append(text)
    people.append(Participant("vrager", "Vrager", asks=asks))
    session = Session(id="beroepen", title="beroepen", language="nl", participants=people)
    return session, fitting, ask_refs


def test_every_also_names_a_job() -> None:
    for job, spec in JOBS.items():
        assert set(spec.also) <= set(JOBS), job


@pytest.mark.parametrize(("job", "k"), _cases())
def test_the_occupation_ranks_first_above_the_threshold(job: str, k: int) -> None:
    session, fitting, ask_refs = _room()
    ask = JOBS[job].asks[k]
    ranked = rank_offers(session, ask_refs[(job, k)])
    assert ranked, f"nothing at all for {ask!r}"
    best = ranked[0]
    helpful = [ref for name in (job, *JOBS[job].also) for ref in fitting[name]]
    assert best.offer in helpful, (
        f"{ask!r} -> {session.offer_text(best.offer)!r} ({best.score}: {best.why})")
    assert best.score >= DEFAULT_THRESHOLD, (
        f"{ask!r} -> {best.score} ({best.why}), would stay open")
