"""The professional register of a symposium: what professionals of the social domain ask for,
and how the people who can answer name their role.

Written from a catalogue of the needs of professionals in welfare, care, housing, education,
culture, sport, sustainability, safety, work and income, health, poverty and integration (drawn
up from what these fields are about, not from any room), and of about a hundred roles with
what each can answer. Every ask meets one room that holds these offers and those of the two
earlier symposium suites, so it must find its own need among look-alikes; needs separated by
a space accept an offer of either. Traps share a word every professional says (wijk,
bewoners, project, gemeente, partner, training, monitor...) but not a meaning, and must stay
under the pairing threshold.
"""

from __future__ import annotations

from need_rooms import need_suite, needs_room
from test_matching_symposium_needs import ALSO as FIRST_ALSO
from test_matching_symposium_needs import OFFERS as FIRST_OFFERS
from test_matching_symposium_needs2 import ALSO as SECOND_ALSO
from test_matching_symposium_needs2 import OFFERS as SECOND_OFFERS

from werkplaats.model import Session

OFFERS: dict[str, list[str]] = {
    "borging": [
        "Ik help initiatieven om na de pilotfase structureel gefinancierd te worden",
        "Als programmamanager heb ik drie pilots in de reguliere begroting van de gemeente "
        "gekregen",
        "I advise projects on long-term funding once the pilot grant ends",
    ],
    "fonds": [
        "Ik ben subsidiespecialist en ken de Europese fondsen",
        "Ik werk als programmamanager bij een vermogensfonds",
        "Ik ben MVO-manager bij een bouwbedrijf en we steunen maatschappelijke projecten",
    ],
    "wijkbudget": [
        "Ik beoordeel bij de gemeente de aanvragen voor het bewonersbudget",
        "Ik zit in de commissie van het initiatievenfonds van ons stadsdeel",
    ],
    "onderwijspartner": [
        "Ik ben directeur van een basisschool in Zuid",
        "Ik ben schoolleider van een vmbo-school die graag de wijk in gaat",
        "I'm the head teacher of a primary school",
    ],
    "corporatie": [
        "Ik ben wijkconsulent bij een woningcorporatie",
        "Als sociaal beheerder bij de woningbouwvereniging ken ik alle complexen in Oost",
        "I work as a neighbourhood officer for a housing association",
    ],
    "zorgpartner": [
        "Ik ben praktijkondersteuner bij een huisartsenpraktijk",
        "Ik ben welzijnscoach, huisartsen verwijzen via welzijn op recept naar mij",
        "I'm a social prescribing link worker at a GP surgery",
    ],
    "ondernemers": [
        "Ik ben voorzitter van de ondernemersvereniging in het centrum",
        "Als winkelstraatmanager ken ik alle winkeliers in de straat",
    ],
    "venue": [
        "Wij hebben een buurtkamer die overdag vaak leeg staat",
        "De bibliotheek heeft zalen die maatschappelijke organisaties gratis mogen gebruiken",
        "Our community centre has meeting rooms for hire at low rates",
    ],
    "statushouders": [
        "Ik ben klantmanager inburgering bij de gemeente",
        "Ik werk bij VluchtelingenWerk als maatschappelijk begeleider",
        "Ik ben zelf statushouder en ken veel Eritrese gezinnen in de stad",
    ],
    "laaggeletterd": [
        "Ik ben regiocoördinator bij Stichting Lezen & Schrijven",
        "Ik ben taalvrijwilliger en help volwassenen die moeite hebben met lezen en schrijven",
    ],
    "eenzame_ouderen": [
        "Ik ben ouderenadviseur en leg huisbezoeken af bij 75-plussers",
        "Als wijkverpleegkundige kom ik bij veel ouderen thuis",
        "I run a befriending service for isolated older people",
    ],
    "jongeren_in_beeld": [
        "Ik werk bij het RMC en zoek voortijdig schoolverlaters op",
        "Als trajectbegeleider help ik jongeren zonder startkwalificatie aan school of werk",
        "I'm a youth engagement worker for young people not in education or employment",
    ],
    "ouders": [
        "Ik ben ouder- en kindadviseur op twee basisscholen",
        "Als oudercontactpersoon op een brede school ken ik veel moeders",
    ],
    "lived_armoede": [
        "Ik ben ervaringsdeskundige armoede en geef voorlichting aan professionals",
        "Ik ben opgegroeid in de bijstand en denk graag mee over armoedebeleid",
    ],
    "cijfers": [
        "Ik werk bij de afdeling onderzoek en statistiek van de gemeente",
        "Ik ben epidemioloog bij de GGD en maak de gezondheidsmonitor",
        "I build dashboards with neighbourhood statistics for local government",
    ],
    "evaluatie": [
        "Ik ben lector aan de hogeschool en doe praktijkgericht onderzoek naar wijkaanpakken",
        "Ik werk als evaluatieonderzoeker bij een onderzoeksbureau",
        "I'm an evaluation consultant for charities and councils",
    ],
    "businesscase": [
        "Ik maak maatschappelijke businesscases voor gemeenten",
        "Als econoom reken ik uit wat preventie de samenleving bespaart",
    ],
    "politiek": [
        "Ik ben gemeenteraadslid voor een lokale partij",
        "Ik werk als beleidsadviseur wonen bij de gemeente",
        "I'm a councillor on the city's social affairs committee",
    ],
    "vergunning": [
        "Ik ben vergunningverlener bij de gemeente",
        "Ik werk bij het evenementenbureau van de gemeente en behandel vergunningsaanvragen",
    ],
    "vrijwilligers_werven": [
        "Ik ben vrijwilligersmakelaar in de gemeente",
        "Ik werk bij het steunpunt vrijwilligerswerk en help organisaties aan vrijwilligers",
    ],
    "vog": [
        "Ik adviseer vrijwilligersorganisaties over de VOG, verzekeringen en "
        "vrijwilligersvergoedingen",
        "Ik werk bij Justis en ken de regels rond de verklaring omtrent het gedrag",
    ],
    "campagne": [
        "Ik ben campagnestrateeg bij een reclamebureau",
        "Ik ben woordvoerder bij de gemeente en schrijf persberichten",
        "I run social media campaigns for non-profits",
    ],
    "video": [
        "Ik ben videomaker en maak korte films voor maatschappelijke organisaties",
        "I'm a filmmaker who makes short documentaries about local projects",
    ],
    "meldcode": [
        "Ik ben aandachtsfunctionaris huiselijk geweld en geef trainingen over de meldcode",
        "Ik werk bij Veilig Thuis",
        "I train professionals to recognise signs of domestic abuse",
    ],
    "intervisie": [
        "Ik ben supervisor en begeleid intervisiegroepen van hulpverleners",
        "Als coach begeleid ik teams bij moreel beraad en casuïstiekbespreking",
    ],
    "privacy": [
        "Ik ben functionaris gegevensbescherming bij een gemeente",
        "Ik adviseer welzijnsorganisaties over het delen van persoonsgegevens",
    ],
    "speaker": [
        "Ik ben spreker en trainer over inclusie en diversiteit",
        "Ik houd lezingen over eenzaamheid onder ouderen",
    ],
    "huisvesting": [
        "Ik werk als woonconsulent bij de corporatie en ken de urgentieregels",
        "Ik ben begeleider bij een Skaeve Huse en Housing First project",
    ],
    "energiearmoede": [
        "Ik werk bij het energieloket van de gemeente",
        "Als energiefixer kom ik bij huurders thuis om tocht te dichten en te besparen",
        "I do home energy visits for households struggling with their bills",
    ],
    "energiecoop": [
        "Ik zit in het bestuur van een energiecoöperatie",
        "Ik ben projectleider energietransitie bij de gemeente",
    ],
    "vroegsignalering": [
        "Ik werk in de vroegsignalering van schulden bij de gemeente",
        "Ik ben schuldhulpmaatje bij SchuldHulpMaatje",
    ],
    "jeugdhulp": [
        "Ik ben schoolmaatschappelijk werker",
        "Ik werk als jeugdconsulent in het wijkteam",
        "I'm a family support worker in the local youth team",
    ],
    "kunstenaar": [
        "Ik ben beeldend kunstenaar en maak kunstwerken samen met buurtbewoners",
        "Als community artist maak ik theater met mensen uit de wijk",
    ],
    "bewegen": [
        "Ik ben buurtsportcoach",
        "Ik ben fysiotherapeut en geef valpreventietrainingen aan ouderen",
        "I'm a physical activity coach for people who never exercise",
    ],
    "ondermijning": [
        "Ik ben preventiewerker en geef voorlichting over drugscriminaliteit aan jongeren",
        "Ik werk als projectleider ondermijning bij de gemeente",
    ],
    "werk": [
        "Ik ben werkconsulent bij het Werkplein",
        "Ik ben re-integratiecoach bij een re-integratiebureau",
        "I'm an employment adviser at the job centre",
    ],
    "regelingen": [
        "Ik ben sociaal raadsman en help mensen met toeslagen en regelingen",
        "Ik zit bij de formulierenbrigade",
    ],
    "gezondheid": [
        "Ik werk als gezondheidsbevorderaar bij de GGD",
        "Ik ben diëtist en geef voorlichting over gezonde voeding",
    ],
    "dementie": [
        "Ik ben casemanager dementie",
        "Ik geef trainingen om winkels en verenigingen dementievriendelijk te maken",
    ],
    "mantelzorgers": [
        "Ik ben mantelzorgconsulent bij het steunpunt mantelzorg",
        "I'm a carers' support worker",
    ],
    "taalmaatjes": [
        "Ik coördineer de taalmaatjes in de bibliotheek",
        "Ik ben NT2-docent en leid taalcoaches op",
    ],
    "cultuursensitief": [
        "Ik geef trainingen cultuursensitief werken aan hulpverleners",
        "I train care workers in culturally sensitive practice",
    ],
    "vergroenen": [
        "Ik ben landschapsarchitect en ontwerp groene schoolpleinen",
        "Ik werk bij IVN natuureducatie",
    ],
    "projectplan": [
        "Ik ben projectleider en schrijf projectplannen voor maatschappelijke initiatieven",
        "I'm a freelance project manager in the social sector",
    ],
    "rechtsvorm": [
        "Ik ben notaris en richt stichtingen en verenigingen op",
        "Ik adviseer bewonersinitiatieven over statuten en rechtsvorm",
    ],
    "boekhouding": [
        "Ik ben boekhouder voor stichtingen en verenigingen",
        "Ik ben penningmeester geweest en ken de ANBI-regels",
    ],
    "aanbesteding": [
        "Ik ben inkoopadviseur bij de gemeente",
        "Ik schrijf tenders voor zorg- en welzijnsorganisaties",
    ],
    "sociale_kaart": [
        "Ik beheer de sociale kaart van onze gemeente",
        "Als wegwijzer in het sociaal domein weet ik welke organisatie wat doet",
    ],
    "toegankelijk": [
        "Ik ben ervaringsdeskundige toegankelijkheid en zit zelf in een rolstoel",
        "Ik adviseer gemeenten over het VN-verdrag handicap",
        "I'm an accessibility consultant for public buildings",
    ],
    "polarisatie": [
        "Ik geef trainingen over het omgaan met polarisatie",
        "Als dialoogbegeleider breng ik groepen bij elkaar als het schuurt in een buurt",
        "I facilitate dialogue between communities after tensions",
    ],
    "leefstijl": [
        "Ik ben leefstijlcoach en begeleid de gecombineerde leefstijlinterventie",
        "I'm a lifestyle coach working with GPs",
    ],
    "cultuurparticipatie": [
        "Ik ben cultuurcoach en breng kinderen in aanraking met kunst",
        "Ik programmeer het wijktheater en wil nieuw publiek",
        "I run arts outreach for a theatre",
    ],
    "wonen_ouderen": [
        "Ik ben woonadviseur voor senioren en help bij verhuizen naar een passende woning",
        "Ik werk aan woonzorgconcepten bij een corporatie",
        "I advise older people on adapting their homes so they can stay independent",
    ],
    "mentaal": [
        "Ik geef trainingen suïcidepreventie aan professionals",
        "Ik werk bij een inloop voor jongeren met psychische klachten",
        "I'm a youth mental health first aid instructor",
    ],
    "sportclub": [
        "Ik ben verenigingsadviseur bij de sportkoepel",
        "Als bestuurder van een voetbalclub wil ik de club openstellen voor de buurt",
        "I help sports clubs open up to the whole community",
    ],
    "casusregie": [
        "Ik zit het casusoverleg van het wijkteam voor",
        "Ik ben procesregisseur bij complexe casuïstiek",
    ],
}

# offers that answer a second need as well
ALSO: dict[str, set[str]] = {
    "Ik ben subsidiespecialist en ken de Europese fondsen": {"funding", "geldtekort"},
    "Ik werk als programmamanager bij een vermogensfonds": {"funding", "geldtekort"},
    "Ik ben zelf statushouder en ken veel Eritrese gezinnen in de stad": {"lived", "reach"},
    "Ik ben ervaringsdeskundige armoede en geef voorlichting aan professionals": {"lived",
                                                                                  "speaker"},
    "Ik ben opgegroeid in de bijstand en denk graag mee over armoedebeleid": {"lived"},
    "Ik werk als beleidsadviseur wonen bij de gemeente": {"council", "huisvesting"},
    "Ik ben gemeenteraadslid voor een lokale partij": {"council"},
    "Ik ben lector aan de hogeschool en doe praktijkgericht onderzoek naar wijkaanpakken":
        {"research", "impact"},
    "Ik werk als evaluatieonderzoeker bij een onderzoeksbureau": {"research", "impact"},
    "I'm an evaluation consultant for charities and councils": {"research", "impact"},
    "Ik ben woordvoerder bij de gemeente en schrijf persberichten": {"comms", "comms2"},
    "I run social media campaigns for non-profits": {"comms"},
    "Ik werk bij het steunpunt vrijwilligerswerk en help organisaties aan vrijwilligers":
        {"volunteers"},
    "Ik ben vrijwilligersmakelaar in de gemeente": {"volunteers"},
    "Ik ben spreker en trainer over inclusie en diversiteit": {"cultuursensitief"},
    "Ik ben schuldhulpmaatje bij SchuldHulpMaatje": {"geldzorgen"},
    "Ik werk in de vroegsignalering van schulden bij de gemeente": {"geldzorgen"},
    "Ik beheer de sociale kaart van onze gemeente": {"council"},
    "Als wegwijzer in het sociaal domein weet ik welke organisatie wat doet": {"council"},
    "Ik ben penningmeester geweest en ken de ANBI-regels": {"bestuur"},
    "Ik ben werkconsulent bij het Werkplein": {"werkgever"},
    "Ik ben re-integratiecoach bij een re-integratiebureau": {"werkgever"},
    # a volunteer coordinator knows how to recruit as well as how to keep them
    "Ik ben vrijwilligerscoördinator bij de voedselbank en ken het klappen van de zweep":
        {"behoud", "volunteers", "vrijwilligers_werven"},
}

# (need, ask); needs separated by a space when an offer of either is right
ASKS: list[tuple[str, str]] = [
    ("borging", "Het geld is op na de pilot, hoe gaan we door?"),
    ("borging", "Hoe borgen we ons project als de subsidie volgend jaar stopt?"),
    ("borging", "We zoeken structurele financiering in plaats van elk jaar een nieuwe aanvraag"),
    ("borging", "The pilot worked but the funding ends in June, how do we keep it going?"),
    ("fonds funding geldtekort", "Waar halen we het geld vandaan voor de tweede fase?"),
    ("fonds funding geldtekort", "We zoeken cofinanciering voor een Europees project"),
    ("fonds funding geldtekort", "Welk bedrijf wil ons maatschappelijk project sponsoren?"),
    ("fonds funding geldtekort", "Which foundations fund projects against loneliness?"),
    ("wijkbudget fonds funding", "Hoe vraag ik geld aan uit het wijkbudget voor ons "
                                 "bewonersinitiatief?"),
    ("wijkbudget fonds funding", "Is er een potje bij de gemeente voor initiatieven van "
                                 "bewoners?"),
    ("onderwijspartner", "We zoeken een partner uit het onderwijs voor ons leesproject"),
    ("onderwijspartner", "Welke school wil aanhaken bij ons programma over gezonde voeding?"),
    ("onderwijspartner", "We are looking for a school to partner with on our reading project"),
    ("corporatie", "Een woningcorporatie die wil aanhaken bij onze aanpak in de flat"),
    ("corporatie", "Hoe krijgen we de verhuurder mee in ons plan voor de binnentuin?"),
    ("corporatie", "Looking for a housing association to join our tenants project"),
    ("zorgpartner", "We willen dat huisartsen patiënten doorverwijzen naar onze wandelgroep"),
    ("zorgpartner", "Hoe krijgen we de eerstelijnszorg mee in ons programma tegen "
                    "eenzaamheid?"),
    ("zorgpartner", "How do we get GPs to refer lonely patients to our activities?"),
    ("ondernemers", "Hoe krijgen we de winkeliers mee in ons plan voor de winkelstraat?"),
    ("ondernemers", "We zoeken lokale ondernemers die willen meedoen aan de buurtaanpak"),
    ("venue zaal avond", "Waar kunnen we een netwerkbijeenkomst houden met veertig professionals?"),
    ("venue zaal avond", "Is er een buurthuis met ruimte voor ons taalcafé?"),
    ("venue zaal avond", "We need a meeting room for a training day for twenty care workers"),
    ("statushouders", "Hoe bereik je statushouders in onze gemeente?"),
    ("statushouders", "We willen nieuwkomers met een verblijfsvergunning betrekken bij de "
                      "sportclub"),
    ("statushouders", "How do we reach refugees who were recently housed in our town?"),
    ("laaggeletterd taal", "Hoe bereiken we laaggeletterden met onze informatie?"),
    ("laaggeletterd taal", "Veel van onze cliënten kunnen onze brieven niet goed lezen"),
    ("laaggeletterd taal", "How do we reach adults with low literacy?"),
    ("eenzame_ouderen", "Hoe bereik je eenzame ouderen die de deur niet meer uitkomen?"),
    ("eenzame_ouderen", "Ouderen die alleen thuis zitten zien we nooit bij onze activiteiten"),
    ("eenzame_ouderen", "How do we find isolated older people in the neighbourhood?"),
    ("jongeren_in_beeld", "Veel jongeren in de wijk zitten thuis zonder school of werk"),
    ("jongeren_in_beeld", "Hoe krijgen we voortijdig schoolverlaters weer in beeld?"),
    ("jongeren_in_beeld", "How do we reach young people who dropped out of school and have "
                          "no job?"),
    ("ouders", "Ouders komen nooit naar de ouderavond"),
    ("ouders", "Hoe vergroten we de ouderbetrokkenheid op onze school?"),
    ("ouders", "How do we get parents more involved in the school?"),
    ("lived_armoede lived", "We zoeken iemand die zelf in armoede heeft geleefd voor onze "
                            "klankbordgroep"),
    ("lived_armoede lived", "Ons armoedebeleid is geschreven zonder mensen die het zelf "
                            "meemaken"),
    ("lived_armoede lived", "We want people who have lived in poverty to help shape our "
                            "policy"),
    ("cijfers research", "Waar vind ik cijfers over armoede per wijk?"),
    ("cijfers research", "We willen een dashboard met de resultaten van onze buurtaanpak"),
    ("cijfers research", "Hoeveel ouderen wonen er alleen in onze wijk? Wie heeft die "
                         "gegevens?"),
    ("cijfers research", "Where can I find statistics on health per neighbourhood?"),
    ("evaluatie research impact", "Het fonds vraagt om een effectmeting maar we hebben geen "
                                  "onderzoeker"),
    ("evaluatie research impact", "Wie kan onze interventie onderzoeken en de werkzame "
                                  "elementen beschrijven?"),
    ("evaluatie research impact", "We want an independent evaluation of our programme"),
    ("businesscase", "Hoeveel bespaart ons project de gemeente eigenlijk?"),
    ("businesscase", "We willen een maatschappelijke kosten-batenanalyse van onze aanpak"),
    ("businesscase", "How can we show the council how much money our prevention work saves?"),
    ("politiek council beleid", "Hoe krijg ik ons plan op de agenda van de gemeenteraad?"),
    ("politiek council beleid", "Bij welke wethouder moet ik zijn met dit voorstel?"),
    ("politiek council beleid", "How do I get local politicians interested in our project?"),
    ("vergunning", "Welke vergunning heb ik nodig om een zeecontainer op het plein te zetten?"),
    ("vergunning", "Mogen we zonder vergunning een buurtfeest op straat houden?"),
    ("vergunning", "Do we need a permit for a street festival?"),
    # a coordinator of language buddies finds volunteers for language coaching as well
    ("vrijwilligers_werven volunteers taalmaatjes", "We hebben dringend nieuwe vrijwilligers "
                                                    "nodig voor de taalcoaching"),
    ("vrijwilligers_werven volunteers", "Hoe werven we vrijwilligers onder jonge mensen?"),
    ("vrijwilligers_werven volunteers", "We struggle to recruit volunteers for our food "
                                        "project"),
    ("vog", "Moeten onze vrijwilligers een VOG aanvragen?"),
    ("vog", "Zijn onze vrijwilligers eigenlijk verzekerd als er iets gebeurt?"),
    ("vog", "Mogen we onze vrijwilligers een onkostenvergoeding geven?"),
    ("campagne comms comms2", "We willen een campagne om mantelzorgers te laten weten dat we "
                              "er zijn"),
    ("campagne comms comms2", "Niemand weet dat ons inloopspreekuur bestaat"),
    ("campagne comms comms2", "We need a campaign to make our services known"),
    ("video", "Wie maakt een korte film over ons project voor de fondsen?"),
    ("video", "We willen een video waarin deelnemers vertellen wat het project ze brengt"),
    ("video", "Looking for someone to film our project for the funders"),
    ("meldcode", "Onze vrijwilligers zien soms signalen van huiselijk geweld, wat moeten ze "
                 "doen?"),
    ("meldcode", "Hoe werkt de meldcode kindermishandeling voor ons team?"),
    ("meldcode", "Our staff need training in spotting domestic violence"),
    ("intervisie training", "Ons team loopt vast op zware casussen en wil intervisie"),
    ("intervisie training", "We zoeken iemand die moreel beraad begeleidt"),
    ("intervisie training", "Our frontline workers need peer supervision"),
    ("privacy", "Mogen we gegevens van deelnemers delen met de huisarts?"),
    ("privacy", "Hebben we een verwerkersovereenkomst nodig met ons registratiesysteem?"),
    ("privacy", "Can we share client data with the local youth team?"),
    ("speaker gespreksleider", "We zoeken een inspirerende spreker over eenzaamheid voor onze "
                               "jaarbijeenkomst"),
    ("speaker gespreksleider", "Wie wil een keynote geven op ons congres over inclusie?"),
    ("huisvesting", "Waar vinden jongeren die uit de jeugdzorg komen een woning?"),
    ("huisvesting", "Hoe komt een gezin dat dakloos dreigt te worden aan woonruimte?"),
    ("huisvesting", "Young people leaving care cannot find housing"),
    ("energiearmoede", "Veel huurders in ons complex kunnen de energierekening niet betalen"),
    ("energiearmoede", "Hoe helpen we bewoners in tochtige huizen met hoge stookkosten?"),
    ("energiearmoede", "Many tenants are in fuel poverty this winter"),
    ("energiecoop", "We willen als buurt een energiecoöperatie oprichten"),
    ("energiecoop", "Hoe krijgen we zonnepanelen op het dak van het buurthuis?"),
    ("energiecoop", "We want to start a community energy project"),
    ("vroegsignalering geldzorgen", "Hoe signaleren we eerder dat gezinnen in de schulden "
                                    "raken?"),
    ("vroegsignalering geldzorgen", "Mensen komen pas bij ons als de deurwaarder al voor de "
                                    "deur staat"),
    ("vroegsignalering geldzorgen", "How can we spot debt problems earlier?"),
    ("jeugdhulp", "Een leerling heeft het thuis zwaar, bij wie kan ik terecht?"),
    ("jeugdhulp", "Waar kan een gezin met opvoedvragen terecht in de wijk?"),
    ("jeugdhulp", "A pupil has problems at home, who do I turn to?"),
    ("kunstenaar", "We zoeken een kunstenaar voor een participatieproject met bewoners"),
    ("kunstenaar", "Wie maakt met ouderen een voorstelling over hun leven?"),
    ("kunstenaar", "Looking for an artist to make a mural with local kids"),
    ("bewegen", "Hoe krijgen we inactieve ouderen aan het bewegen?"),
    ("bewegen", "We zoeken sportaanbod voor kinderen met overgewicht"),
    ("bewegen", "How do we get people who never exercise to be more active?"),
    ("ondermijning overlast", "Jongeren in de wijk worden geronseld als drugskoerier"),
    ("ondermijning overlast", "Er wordt in ons portiek gedeald, wie pakt dat aan?"),
    ("ondermijning overlast", "Kids on our estate are being recruited by drug gangs"),
    ("werk werkgever", "Hoe krijgen we mensen in de bijstand aan het werk?"),
    ("werk werkgever", "Veel deelnemers willen werken maar weten niet hoe ze moeten beginnen"),
    ("werk werkgever", "How do we help people on benefits back into work?"),
    ("regelingen", "Welke regelingen zijn er voor mensen met een laag inkomen?"),
    ("regelingen", "Veel gezinnen laten toeslagen liggen waar ze recht op hebben"),
    ("regelingen", "People don't claim the benefits they're entitled to"),
    ("gezondheid", "We willen ouders voorlichten over gezonde voeding"),
    ("gezondheid", "Hoe verbeteren we de gezondheid van mensen in een achterstandswijk?"),
    ("gezondheid", "We want to run a healthy eating programme for families"),
    ("dementie", "Hoe wordt onze wijk dementievriendelijk?"),
    ("dementie", "Onze vrijwilligers weten niet hoe ze met mensen met dementie moeten omgaan"),
    ("dementie", "How can our library become dementia friendly?"),
    ("mantelzorgers", "Hoe bereiken we mantelzorgers die zichzelf niet zo noemen?"),
    ("mantelzorgers", "Wie ondersteunt overbelaste mantelzorgers in de wijk?"),
    ("mantelzorgers", "How do we support young carers at school?"),
    ("taalmaatjes", "We zoeken taalmaatjes voor nieuwkomers"),
    ("taalmaatjes", "Wie leidt onze vrijwilligers op tot taalcoach?"),
    ("cultuursensitief", "Hoe werken we cultuursensitief met gezinnen uit andere culturen?"),
    ("cultuursensitief", "Ons team mist kennis van andere culturen"),
    ("cultuursensitief", "Our staff need training in working with families from other "
                         "cultures"),
    ("vergroenen", "We willen het schoolplein vergroenen"),
    ("vergroenen", "Wie ontwerpt een groen plein waar kinderen kunnen spelen?"),
    ("vergroenen", "We want to turn our concrete playground into a green one"),
    ("projectplan", "Wie helpt ons een projectplan te schrijven?"),
    ("projectplan", "We hebben een idee maar geen plan van aanpak"),
    ("projectplan", "We need help writing a project plan"),
    ("rechtsvorm", "Moeten we een stichting of een vereniging oprichten?"),
    ("rechtsvorm", "Ons bewonersinitiatief wil een rechtspersoon worden"),
    ("rechtsvorm", "Should our group become a charity or an association?"),
    ("boekhouding bestuur", "Hoe krijgen we de ANBI-status voor onze stichting?"),
    ("boekhouding bestuur", "Wie helpt onze stichting met de jaarrekening?"),
    ("aanbesteding", "Hoe schrijven we in op een aanbesteding van de gemeente?"),
    ("aanbesteding", "De gemeente besteedt het welzijnswerk opnieuw aan, hoe doen we mee?"),
    ("aanbesteding", "How do we bid for a council tender?"),
    ("sociale_kaart council", "Is er een overzicht van alle organisaties in de wijk en wat ze "
                              "doen?"),
    ("sociale_kaart council", "Naar welke organisatie kan ik iemand met geldzorgen en "
                              "eenzaamheid doorverwijzen?"),
    ("toegankelijk", "Is onze nieuwe locatie wel toegankelijk voor mensen met een beperking?"),
    ("toegankelijk", "Hoe maken we ons festival toegankelijk voor rolstoelgebruikers en "
                     "slechtzienden?"),
    ("toegankelijk", "We want our events to be accessible to disabled people"),
    ("polarisatie", "Er zijn spanningen tussen groepen bewoners sinds de komst van het azc"),
    ("polarisatie", "Hoe gaan we om met polarisatie in de klas?"),
    ("polarisatie", "How do we deal with tensions between communities in our area?"),
    ("leefstijl gezondheid", "Veel bewoners hebben overgewicht en diabetes, wie begeleidt ze "
                             "naar een gezondere leefstijl?"),
    ("leefstijl gezondheid", "We zoeken een leefstijlprogramma voor volwassenen met "
                             "overgewicht"),
    ("leefstijl gezondheid", "Looking for a lifestyle programme for adults with diabetes"),
    ("cultuurparticipatie", "Hoe krijgen we meer kinderen uit de wijk naar het theater?"),
    # the families the museum never sees are a matter of reach as much as of culture
    ("cultuurparticipatie bereik2 reach", "Veel gezinnen komen nooit in een museum"),
    ("cultuurparticipatie", "How do we get more families from our area to cultural events?"),
    ("wonen_ouderen", "Ouderen willen langer thuis wonen maar hun huis is niet geschikt"),
    ("wonen_ouderen", "Hoe helpen we senioren doorstromen naar een kleinere woning?"),
    ("wonen_ouderen", "Older residents want to stay in their own homes as long as possible"),
    ("mentaal", "Veel jongeren in onze groep hebben somberheidsklachten, wie kan helpen?"),
    ("mentaal", "Hoe herken je dat een jongere aan zelfdoding denkt?"),
    ("mentaal", "Young people in our club struggle with their mental health"),
    ("sportclub", "Welke sportvereniging wil kinderen uit de opvang laten meetrainen?"),
    ("sportclub", "Hoe krijgen we sportclubs mee in ons beweegprogramma?"),
    ("sportclub", "We want to partner with a local sports club"),
    ("casusregie", "Bij één gezin zijn acht hulpverleners betrokken en niemand heeft de regie"),
    ("casusregie", "We willen een casusoverleg met school, wijkteam en politie"),
    ("casusregie", "Too many agencies are involved with one family and nobody coordinates"),
]

# asks this vocabulary does not yet answer, and why a fix here would hurt other rooms
XFAIL: dict[str, str] = {
    "Looking for a housing association to join our tenants project":
        "nearness in meaning (semantic.py): 'We are a housing association looking for "
        "community partners' (filed under another need of this suite) is nearer and wins",
    "People don't claim the benefits they're entitled to":
        "merged with the other vocabularies of the session: 'entitled to' reads as an "
        'income scheme that a klantmanager at the gemeente answers too',
    'Onze vrijwilligers weten niet hoe ze met mensen met dementie moeten omgaan':
        'merged with the other vocabularies of the session: dementia sits under mantelzorg,'
        " so the carers' consultant outranks the dementia trainer",
    "Welke school wil aanhaken bij ons programma over gezonde voeding?":
        "the ask names its topic (healthy food) as plainly as the partner it wants, and a "
        "dietitian or health promoter shares the topic",
    "Can we share client data with the local youth team?":
        "'youth team' is a sports team in vocabulary.toml, so the family support worker in "
        "the youth team shares 'sport' with the ask",
    "How can we show the council how much money our prevention work saves?":
        "'money' and 'council' read as money matters and paperwork, which the debt workers "
        "at the gemeente share; only 'saves' is the business case",
    "Veel huurders in ons complex kunnen de energierekening niet betalen":
        "'huurders' and 'complex' are the housing association's words and its officer wins "
        "by a hair over the energy fixer",
    "Welke regelingen zijn er voor mensen met een laag inkomen?":
        "'welke regelingen' is also funds for projects; the welfare rights adviser ties with "
        "the benefits officer",
    "How can our library become dementia friendly?":
        "dementia is one concept with caring (mantelzorg) in vocabulary.toml, so a carers' "
        "consultant ranks with the dementia case manager",
    "Wie leidt onze vrijwilligers op tot taalcoach?":
        "'leidt ... op' is a separable verb the phrases do not bridge, so 'vrijwilligers' "
        "decides and the volunteer centre wins",
    "Our staff need training in working with families from other cultures":
        "the trainer in culturally sensitive practice also reads as care work and ranks a "
        "hair under the trainer in conversation skills",
    "Naar welke organisatie kan ik iemand met geldzorgen en eenzaamheid doorverwijzen?":
        "the ask names the problems it refers for, and the debt workers answer one of them "
        "fully",
    "Hoe herken je dat een jongere aan zelfdoding denkt?":
        "suicide is a mental-health word like the ggz peer worker's psychosis, and nothing "
        "in the ask says it wants a training in recognising the signs",
}

# a trap offer is wrong for its trap ask; for the asks of a need it may still be right
TRAP_NEEDS: dict[str, set[str]] = {
    "fondsenwerver": {"fonds", "funding", "geldtekort"},
    "wijkregisseur": {"council", "council2"},
    "projectleider": {"projectplan"},
    "evaluatie": {"evaluatie", "research", "impact"},
    "monitor": {"cijfers", "research"},
    "dashboard": {"cijfers", "research"},
    "meldcode": {"meldcode"},
    "beleid": {"politiek", "council", "beleid", "huisvesting"},
    "bewonerspanel": {"meedenken"},
    "samenwerking": {"partners"},
    "corporatie": {"corporatie"},
    "organisatie": set(),
    "piloot": set(),
    "sleutelfiguur": {"reach"},
    "sportkoepel": {"sportclub"},
    "polarisatie": {"polarisatie"},
    "wijkconsulent": {"corporatie"},
    "wegwijzer": {"sociale_kaart", "council"},
}

TRAP_OFFERS = {
    "fondsenwerver": "Ik ben fondsenwerver voor culturele projecten",
    "wijkregisseur": "Ik ben wijkregisseur bij de gemeente",
    "projectleider": "Ik ben projectleider bij de gemeente",
    "evaluatie": "Ik werk als evaluatieonderzoeker in de zorg",
    "monitor": "Ik maak de jeugdmonitor bij de GGD",
    "dashboard": "Ik bouw dashboards voor gemeenten",
    "meldcode": "Ik geef trainingen over de meldcode huiselijk geweld",
    "beleid": "Ik werk als beleidsadviseur bij de gemeente",
    "bewonerspanel": "Ik begeleid het bewonerspanel van de gemeente",
    "samenwerking": "Wij zoeken samenwerkingspartners voor ons jongerenproject",
    "corporatie": "Onze woningcorporatie zoekt partners in de wijk",
    "organisatie": "Ik ben organisatieadviseur in de zorg",
    "piloot": "Ik ben jaren piloot geweest bij de KLM",
    "sleutelfiguur": "Ik ben sleutelfiguur in de Marokkaanse gemeenschap",
    "sportkoepel": "Ik ben verenigingsadviseur bij de sportkoepel",
    "polarisatie": "Ik geef trainingen over het omgaan met polarisatie en spanningen",
    "wijkconsulent": "Ik ben wijkconsulent bij een woningcorporatie in deze wijk",
    "wegwijzer": "Als wegwijzer in het sociaal domein weet ik welke organisatie wat doet",
}

# (ask, trap offer): the trap shares a word with the ask, not its meaning
TRAPS: list[tuple[str, str]] = [
    ("Het pensioenfonds reageert niet op mijn brief", "fondsenwerver"),
    ("Ik verhuis naar een andere wijk en zoek hulp met sjouwen", "wijkregisseur"),
    ("Wie helpt mijn zoon met zijn schoolproject over vulkanen?", "projectleider"),
    ("Mijn evaluatie op het werk ging slecht, wie kan me coachen?", "evaluatie"),
    ("Mijn computermonitor geeft geen beeld meer", "monitor"),
    ("Er brandt een lampje op het dashboard van mijn auto", "dashboard"),
    ("Ik zoek een trainer voor mijn hardloopgroep", "meldcode"),
    ("Ik verhuis naar een andere gemeente en zoek een huisarts", "beleid"),
    ("Ik zoek een bewoner die mijn plantjes water geeft als ik weg ben", "bewonerspanel"),
    ("Mijn buurman en ik werken niet goed samen bij het onderhoud van de schutting",
     "samenwerking"),
    ("Mijn partner is ziek en ik zoek hulp in de huishouding", "corporatie"),
    ("Wie helpt mij mijn zolder te organiseren?", "organisatie"),
    ("Het geld is op na de pilot, hoe gaan we door?", "piloot"),
    ("Hoe bereik ik het station met mijn rolstoel?", "sleutelfiguur"),
    ("Ik zoek een club om te leren tennissen", "sportkoepel"),
    ("Er staat spanning op de kabel naar mijn schuur en de stoppen slaan door", "polarisatie"),
    ("Ik zoek iemand om mee te wandelen in de wijk", "wijkconsulent"),
    ("Onze organisatie verhuist, wie helpt met dozen sjouwen?", "wegwijzer"),
]


def _room() -> tuple[Session, dict[str, set[str]]]:
    also = {**FIRST_ALSO, **SECOND_ALSO, **ALSO}
    return needs_room(ASKS, TRAPS, {"p_": OFFERS, "b_": FIRST_OFFERS, "c_": SECOND_OFFERS},
                      also, TRAP_OFFERS, TRAP_NEEDS, "professional")


(test_an_ask_finds_an_offer_of_its_own_need,
 test_a_shared_word_without_shared_meaning_stays_under_the_threshold) = need_suite(
    ASKS, TRAPS, XFAIL, _room())
