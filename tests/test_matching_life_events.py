"""Life events and everyday situations: people describe what happened, not the service.

Written from a catalogue of life events (a birth, twins, a death, a divorce, moving, going to
live smaller, retirement, an operation, a broken limb, chemotherapy, a burn-out, job loss, a
first job, arriving in the country, a child starting secondary school, a teenager, ageing
parents, dementia, a hospital stay, a new puppy, buying a first house, debts, a long winter
alone...), not from any room. Each ask tells the situation the way people say it; a
facilitator hears the need at once, and the offers name the service. Every ask meets one room
holding all these offers, so it must find its own need among look-alikes. Traps share a word
of the situation but not its need and must stay under the pairing threshold.
"""

from __future__ import annotations

from need_rooms import need_suite, needs_room

from werkplaats.model import Session

OFFERS: dict[str, list[str]] = {
    "oppas": ["Ik pas graag op kinderen, ook 's avonds", "I'm an experienced babysitter"],
    "kapper": ["Ik ben kapster en knip ook aan huis", "I cut hair at home"],
    "boodschappen": ["Ik doe graag boodschappen voor iemand die slecht ter been is",
                     "I can run errands for a neighbour"],
    "verhuizen": ["Ik help met verhuizen, ik heb een bestelbus", "I help people move house"],
    "opruimen": ["Ik help mensen met opruimen en ontspullen",
                 "Professional organiser: I help you declutter"],
    "juridisch": ["Ik ben jurist huurrecht en arbeidsrecht", "I give free legal advice"],
    "rouw": ["Ik ben rouwbegeleider", "I volunteer in bereavement support"],
    "uitvaart": ["Ik werk als uitvaartbegeleider", "I'm a funeral director"],
    "schulden": ["Ik ben vrijwilliger bij de schuldhulpverlening",
                 "I help people get their debts and budget in order"],
    "werk": ["Ik help met solliciteren en een goed cv", "Career coach, I help jobseekers"],
    "nederlands": ["Ik geef Nederlandse les aan nieuwkomers", "I teach Dutch to newcomers"],
    "maaltijd": ["Ik kook graag een extra portie voor wie dat nodig heeft",
                 "I bring home-cooked meals to people who can't cook"],
    "gezelschap": ["Ik kom graag op de koffie bij iemand die alleen is",
                   "I like visiting people for a chat and a cup of tea"],
    "vervoer": ["Ik rijd mensen naar het ziekenhuis en de dokter",
                "I drive people to medical appointments"],
    "mantelzorg": ["Ik neem de zorg een middag over zodat de mantelzorger even weg kan",
                   "I give family carers a few hours of respite"],
    "dementie": ["Ik ga als vrijwilliger wandelen met mensen met dementie",
                 "I volunteer with people living with dementia"],
    "hond": ["Ik laat graag honden uit", "I'm a dog walker"],
    "hondentraining": ["Ik ben hondentrainer en geef puppycursussen", "I train dogs"],
    "huiswerk": ["Ik geef bijles wiskunde en scheikunde", "I tutor secondary school pupils"],
    "formulieren": ["Ik help met formulieren en brieven van instanties",
                    "I help people with their paperwork"],
    "babyspullen": ["Ik heb babykleertjes, een wieg en een kinderwagen over",
                    "I have baby clothes and a cot to give away"],
    "opvoeding": ["Ik ben pedagoog en geef opvoedadvies", "I'm a parenting coach"],
    "digitaal": ["Ik help ouderen met hun telefoon en computer",
                 "I help people with their smartphone and laptop"],
    "klussen": ["Ik ben klusjesman, handig met alles in huis",
                "Handyman, I fix things in the house"],
    "tuin": ["Ik onderhoud tuinen, ook wieden en snoeien", "I do gardening for people"],
    "schoonmaken": ["Ik maak schoon bij mensen thuis", "I clean houses"],
    "psychisch": ["Ik ben psycholoog", "I'm a counsellor"],
    "fysio": ["Ik ben fysiotherapeut", "I'm a physiotherapist"],
    "makelaar": ["Ik ben makelaar", "I'm an estate agent"],
    "erfenis": ["Ik werk op een notariskantoor, testamenten en erfenissen",
                "I help with wills and inheritance"],
    "pensioen": ["Ik ken de weg in pensioen en AOW", "I give advice about pensions"],
    "mediator": ["Ik ben scheidingsbemiddelaar", "I'm a family mediator"],
    "fietsles": ["Ik geef fietsles aan volwassenen", "I teach adults to ride a bike"],
    "dieroppas": ["Ik zorg voor je huisdieren als je weg bent",
                  "I look after cats and other pets when you're away"],
    "wegwijs": ["Ik help nieuwkomers hun weg te vinden in Nederland",
                "I help newcomers find their way here"],
    "planten": ["Ik geef je planten water als je er niet bent", "I water plants for people"],
    "sloten": ["Ik ben slotenmaker", "I fit new locks"],
    "logopedie": ["Ik was logopedist", "I'm a speech therapist"],
    "dieet": ["Ik ben diëtist", "I'm a dietitian"],
    "meubels": ["Ik heb een tafel en stoelen over", "I have a sofa and a wardrobe to give away"],
    "voorlezen": ["Ik lees graag voor aan mensen die slecht zien",
                  "I read letters and the paper aloud to people with poor eyesight"],
    "kennismaken": ["Ik organiseer een welkomstkoffie voor nieuwe bewoners",
                    "I like showing new neighbours around the area"],
    "lotgenoten": ["Ik leid een lotgenotengroep voor ouders",
                   "I run a peer support group for parents"],
}

# an offer that honestly answers another need too
ALSO: dict[str, set[str]] = {
    "Ik kom graag op de koffie bij iemand die alleen is": {"rouw"},
    "I like visiting people for a chat and a cup of tea": {"rouw"},
    "Ik ga als vrijwilliger wandelen met mensen met dementie": {"mantelzorg"},
    "I volunteer with people living with dementia": {"mantelzorg"},
    "Ik help met verhuizen, ik heb een bestelbus": {"opruimen"},
    "I help people move house": {"opruimen"},
    "Ik help mensen met opruimen en ontspullen": {"verhuizen"},
    "Professional organiser: I help you declutter": {"verhuizen"},
    "Ik help met formulieren en brieven van instanties": {"schulden", "wegwijs"},
    "I help people with their paperwork": {"schulden", "wegwijs"},
    "Ik help nieuwkomers hun weg te vinden in Nederland": {"formulieren", "nederlands"},
    "I help newcomers find their way here": {"formulieren", "nederlands"},
    "Ik geef Nederlandse les aan nieuwkomers": {"wegwijs"},
    "I teach Dutch to newcomers": {"wegwijs"},
    "Ik ben psycholoog": {"rouw"},
    "I'm a counsellor": {"rouw"},
    "Ik ben rouwbegeleider": {"psychisch"},
    "I volunteer in bereavement support": {"psychisch"},
    "Ik zorg voor je huisdieren als je weg bent": {"hond"},
    "I look after cats and other pets when you're away": {"hond"},
    "Ik ben jurist huurrecht en arbeidsrecht": {"mediator"},
    "I give free legal advice": {"mediator"},
    "Ik neem de zorg een middag over zodat de mantelzorger even weg kan": {"dementie"},
    "I give family carers a few hours of respite": {"dementie"},
}

# (need, ask); needs separated by a space when an offer of either is right
ASKS: list[tuple[str, str]] = [
    # a birth, twins, a single parent
    ("oppas", "Sinds de tweeling er is komen we nooit meer de deur uit"),
    ("oppas", "We willen eindelijk weer eens samen uit eten, maar wie let er dan op de kleine?"),
    ("oppas", "Our baby is six months old and we haven't had an evening out since"),
    ("oppas", "Als alleenstaande moeder heb ik nooit eens een avondje voor mezelf"),
    # hair
    ("kapper", "Mijn pony hangt in mijn ogen"),
    ("kapper", "Ik lig na mijn operatie nog thuis en mijn haar groeit over mijn oren"),
    ("kapper", "My fringe is in my eyes and I can't get to the salon"),
    ("kapper", "Mijn vader zit in een rolstoel en zijn haar is veel te lang"),
    # a broken limb, an operation: errands
    ("boodschappen", "Ik heb mijn enkel gebroken en kan de trap niet af met de vuilniszak"),
    ("boodschappen", "Met mijn been in het gips kom ik niet bij de winkel"),
    ("boodschappen", "Sinds mijn heupoperatie kan ik geen zware tassen tillen"),
    ("boodschappen", "I'm on crutches for six weeks and the fridge is empty"),
    ("boodschappen", "Mijn moeder komt haar flat niet meer uit en haar koelkast is leeg"),
    # moving, going to live smaller
    ("verhuizen opruimen", "We gaan kleiner wonen en de zolder staat vol"),
    ("verhuizen", "Eind van de maand krijg ik de sleutel van mijn nieuwe flat en alles moet "
                  "er nog heen"),
    ("verhuizen", "We got the keys to our new place and have a sofa and a fridge to shift"),
    ("verhuizen opruimen", "Mijn moeder gaat naar een aanleunwoning en haar spullen moeten mee"),
    # a house to be emptied
    ("opruimen", "Het huis van mijn overleden vader moet leeg voor de eerste van de maand"),
    ("opruimen", "Na dertig jaar in dit huis weet ik niet waar ik moet beginnen met al die "
                 "spullen"),
    ("opruimen", "My mum's house has to be emptied before it's sold"),
    # a landlord, an employer
    ("juridisch", "My landlord wants me out by March"),
    ("juridisch", "De verhuurder wil me eruit hebben omdat hij het huis wil verkopen"),
    ("juridisch", "Mijn werkgever heeft me op staande voet op straat gezet, mag dat?"),
    ("juridisch", "My boss fired me without notice, is that even legal?"),
    # a death: grief
    ("rouw gezelschap", "Sinds mijn vrouw er niet meer is zit ik de hele dag alleen in huis"),
    ("rouw", "Mijn moeder is vorige maand overleden en ik kan het niet goed verwerken"),
    ("rouw", "I lost my husband last spring and I still can't talk about it"),
    ("rouw", "Ons kindje is doodgeboren en niemand weet wat ze tegen ons moeten zeggen"),
    # a death: what to arrange
    ("uitvaart", "Mijn vader is vannacht gestorven, wat moeten we nu allemaal regelen?"),
    ("uitvaart", "Dad passed away this morning and I have no idea what to arrange"),
    ("uitvaart", "Mijn moeder wil zelf nog vastleggen hoe haar afscheid eruit moet zien"),
    # debts
    ("schulden", "Er liggen allemaal aanmaningen op de mat en ik kom niet meer rond"),
    ("schulden", "Sinds de scheiding lukt het niet meer om de huur te betalen"),
    ("schulden", "The bills keep piling up and I can't keep up"),
    ("schulden", "Aan het eind van de maand is er nooit meer geld over"),
    # job loss, a first job
    ("werk", "Ik ben na twintig jaar mijn baan kwijtgeraakt door een reorganisatie"),
    ("werk", "Ik ben net afgestudeerd en krijg nergens een reactie op mijn brieven"),
    ("werk", "I was made redundant and haven't written a CV in twenty years"),
    ("werk", "Mijn zoon is van school af en zit de hele dag thuis, hij wil wel aan de slag"),
    # arriving in the country
    ("nederlands", "Ik ben net in Nederland en versta de buren niet"),
    ("nederlands", "We have just arrived in the Netherlands and I want to speak with my "
                   "neighbours"),
    ("nederlands", "Mijn schoonmoeder woont hier al jaren maar spreekt alleen Turks"),
    ("wegwijs", "Wij zijn net gekomen uit Oekraïne en weten niet hoe alles hier werkt"),
    ("wegwijs", "We just arrived from Afghanistan, how do doctors and schools work here?"),
    ("fietsles", "Ik woon pas in Nederland en heb nooit leren fietsen"),
    ("fietsles", "I came from Eritrea and never learned to ride a bike"),
    # a birth, an operation, chemo: meals
    ("maaltijd", "Na de bevalling komt het er niet van om te koken"),
    ("maaltijd", "Mijn vader kookt niet meer sinds mijn moeder er niet meer is"),
    ("maaltijd", "I've just had surgery and can't stand at the stove"),
    ("maaltijd", "Met de chemo heb ik geen energie om voor mezelf te koken"),
    # retirement, a long winter alone
    ("gezelschap", "Sinds mijn pensioen zit ik maar thuis en zie ik niemand"),
    ("gezelschap", "De winter is lang als je alleen woont"),
    ("gezelschap rouw", "Since my wife died the days are very long and quiet"),
    ("gezelschap", "Mijn kinderen wonen ver weg en er komt hier nooit iemand langs"),
    # treatment, no car
    ("vervoer", "Ik moet drie keer per week naar de bestraling en mag zelf niet rijden"),
    ("vervoer", "Na mijn staaroperatie mag ik een tijd niet autorijden, hoe kom ik bij de "
                "oogarts?"),
    ("vervoer", "I can't drive after my hip replacement and have physio twice a week"),
    ("vervoer", "Mijn moeder moet naar de dialyse en de taxi is te duur"),
    # caring for someone
    ("mantelzorg", "Ik zorg dag en nacht voor mijn man en ben helemaal op"),
    ("mantelzorg", "Ik kan nooit eens weg omdat mijn moeder niet alleen kan zijn"),
    ("mantelzorg", "I look after my disabled son full time and haven't had a day off in years"),
    # dementia
    ("dementie", "Mijn vader vergeet steeds meer en raakt de weg kwijt als hij gaat wandelen"),
    ("dementie", "Mijn moeder herkent ons soms niet meer"),
    ("dementie", "My dad keeps forgetting things and gets lost on his own"),
    # a dog and an operation or a hospital stay
    ("hond", "Sinds mijn knieoperatie kan ik niet met de hond naar buiten"),
    ("hond dieroppas", "I'm in hospital next week, who takes the dog out?"),
    ("hond", "We werken allebei hele dagen en de pup zit dan alleen"),
    # a new dog
    ("hondentraining", "Onze nieuwe pup plast overal en trekt aan de lijn"),
    ("hondentraining", "We adopted a rescue dog and he barks at everyone"),
    ("hondentraining", "Onze asielhond bijt als je hem aanraakt"),
    # a child starting secondary school, exams
    ("huiswerk", "Mijn dochter zit sinds september op de middelbare en haalt alleen maar "
                 "onvoldoendes"),
    ("huiswerk", "Our son started secondary school and is failing maths"),
    ("huiswerk", "Mijn zoon zit in zijn examenjaar en ik kan hem niet meer helpen met "
                 "scheikunde"),
    # post nobody reads
    ("formulieren", "Er ligt een stapel brieven van de Belastingdienst en het UWV die ik niet "
                    "snap"),
    ("formulieren", "Since my husband died I have to do all the paperwork he always did"),
    ("formulieren", "Mijn vader kan zijn post niet meer lezen sinds zijn beroerte"),
    # pregnancy
    ("babyspullen", "We krijgen in mei ons eerste kindje en hebben nog helemaal niks"),
    ("babyspullen", "We're expecting twins and need a second cot"),
    ("babyspullen", "Ik ben zwanger en heb geen geld voor een kinderwagen"),
    # a teenager, a toddler
    ("opvoeding", "Mijn zoon van veertien komt alleen nog zijn kamer uit om te eten"),
    ("opvoeding", "Onze dochter van drie heeft elke dag driftbuien en wij weten het niet meer"),
    ("opvoeding", "Our teenager won't talk to us anymore and skips school"),
    # screens after a loss, after retirement
    ("digitaal", "Mijn man deed altijd alles op de computer en nu hij er niet meer is snap ik "
                 "er niks van"),
    ("digitaal", "Mijn kleinkinderen sturen foto's maar ik krijg ze niet open op mijn "
                 "telefoon"),
    ("digitaal", "Since I retired there's no colleague to ask when my laptop acts up"),
    # a first house, a widow alone
    ("klussen", "We hebben net ons eerste huis gekocht en alles moet nog opgeknapt worden"),
    ("klussen", "We just bought an old house and nothing in it works properly"),
    ("klussen", "Sinds mijn man overleden is, is er niemand meer die een lamp ophangt of "
                "een kraan maakt"),
    # a garden after an operation
    ("tuin", "Ik kom na mijn heupoperatie niet meer in de tuin en het onkruid groeit hoog"),
    ("tuin", "Sinds mijn knie versleten is kan ik niet meer bukken om te wieden"),
    ("tuin", "The garden has turned into a jungle since I got ill"),
    # a house after an operation, pregnancy, ageing
    ("schoonmaken", "Sinds mijn rugoperatie kan ik niet stofzuigen en het huis wordt een "
                    "zwijnenstal"),
    ("schoonmaken", "I'm eight months pregnant and can't bend down to clean the bathroom"),
    ("schoonmaken", "Mijn vader woont alleen en zijn huis wordt steeds viezer"),
    # burn-out, low
    ("psychisch", "Ik zit thuis met een burn-out en kom mijn bed niet uit"),
    ("psychisch werk", "Since I lost my job I can't sleep and I feel down all the time"),
    ("psychisch", "Na de scheiding voel ik me zo somber dat ik nergens zin in heb"),
    # rehabilitation
    ("fysio", "Na mijn knieoperatie moet ik weer leren lopen"),
    ("fysio", "Since my stroke my left arm won't do what I want"),
    ("fysio", "Na de chemo ben ik mijn conditie helemaal kwijt"),
    # selling a house
    ("makelaar", "We gaan scheiden en het huis moet verkocht worden"),
    ("makelaar verhuizen", "Mijn ouders gaan naar een verzorgingshuis en hun huis moet in "
                           "de verkoop"),
    ("makelaar", "We're emigrating and need to sell the flat"),
    # an estate
    ("erfenis", "Mijn vader is overleden en we weten niet hoe we zijn bezit moeten verdelen"),
    ("erfenis", "Ik wil regelen wat er met mijn spaargeld gebeurt als ik er niet meer ben"),
    ("erfenis", "We just got married and want to sort out who gets what if one of us dies"),
    # retirement
    ("pensioen", "Ik word volgend jaar 67 en weet niet wat ik dan krijg"),
    ("pensioen", "I'm retiring next year and have no idea what I'll get each month"),
    ("pensioen schulden", "Wanneer kan ik stoppen met werken zonder dat het geld tekortkomt?"),
    # a divorce
    ("mediator", "We gaan uit elkaar en komen er samen niet uit wie de kinderen wanneer heeft"),
    ("mediator", "My partner and I are separating and we keep fighting about the house"),
    ("mediator", "Mijn ex en ik kunnen geen normaal gesprek meer voeren over de kinderen"),
    # pets during a stay away
    ("dieroppas", "Ik moet een week het ziekenhuis in, wie zorgt er dan voor mijn katten?"),
    ("dieroppas", "We're flying to my father's funeral abroad, who will feed the cat?"),
    # plants during a stay away
    ("planten", "Ik lig zes weken in het revalidatiecentrum en mijn planten gaan dood"),
    ("planten", "We go abroad for three months and the plants will dry out"),
    # a burglary, a former partner with a key
    ("sloten", "Er is vannacht bij ons ingebroken en de achterdeur gaat niet meer op slot"),
    ("sloten", "We were burgled last week and I don't feel safe with the old locks"),
    ("sloten", "Mijn ex heeft nog een sleutel van mijn huis"),
    # a stroke: words
    ("logopedie", "Sinds zijn beroerte komt mijn man moeilijk uit zijn woorden"),
    ("logopedie", "Since her stroke my mother can't find her words"),
    # a diagnosis: diabetes
    ("dieet", "De huisarts zei dat ik suiker heb en nu weet ik niet meer wat ik mag eten"),
    ("dieet", "I was just diagnosed with diabetes and don't know what I can still eat"),
    # a first room, a flat after a divorce
    ("meubels", "Ik krijg volgende week mijn eerste eigen kamer maar heb nog helemaal niks erin"),
    ("meubels", "My first flat is completely empty, not even a chair"),
    ("meubels", "Na de scheiding zit ik in een lege flat zonder tafel of bed"),
    # failing eyesight
    ("voorlezen", "Mijn ogen gaan zo achteruit dat ik de krant niet meer kan lezen"),
    ("voorlezen formulieren", "My eyesight is going and I can't read my letters anymore"),
    # new in the street
    ("kennismaken", "We wonen hier sinds de zomer en kennen nog steeds niemand in de straat"),
    ("kennismaken", "We're new in the street and don't know a soul yet"),
    # a child's diagnosis
    ("lotgenoten", "Onze zoon heeft net de diagnose autisme gekregen en we voelen ons alleen"),
    ("lotgenoten", "Our son was diagnosed with ADHD and we'd like to meet parents who've been "
                   "there"),
    # a sick child on a working day
    ("oppas", "Mijn dochter heeft koorts en kan niet naar de opvang, maar ik moet werken"),
    ("oppas", "My son is home sick and I have to go to work"),
]

# asks this vocabulary does not yet answer, and why
XFAIL: dict[str, str] = {
    "I can't drive after my hip replacement and have physio twice a week":
        "nearness in meaning (semantic.py): "
        "the physio named as the destination lifts the physiotherapist "
        "above the drivers",
    "Our son was diagnosed with ADHD and we'd like to meet parents who've been there":
        "merged with the other vocabularies of the session: 'parents' reaches a pedagogue's"
        " parenting advice, which outranks the parents' group",
    "Our baby is six months old and we haven't had an evening out since":
        "'evening' and 'out' are both small words, so no phrase can be made of 'an evening out'",
    "Als alleenstaande moeder heb ik nooit eens een avondje voor mezelf":
        "'alleenstaande moeder' is read as parenting as strongly as the evening is read as "
        "babysitting, and the pedagogue's parenting advice wins by a hair",
    "Mijn schoonmoeder woont hier al jaren maar spreekt alleen Turks":
        "'spreekt alleen Pools' asks for an interpreter in the symposium suite, so 'spreekt "
        "alleen' cannot mean Dutch lessons",
    "We just arrived from Afghanistan, how do doctors and schools work here?":
        "'schools work' has the keys of 'school work' (homework help, vocabulary.toml)",
}

# a trap offer is wrong for its trap ask; for the asks of a need it may still be right
TRAP_NEEDS: dict[str, set[str]] = {"rijles": {"vervoer"}, "pensioen_advies": {"pensioen"},
                                   "hondenuitlaat": {"hond"}, "sollicitatie": {"werk"},
                                   "psycholoog": {"psychisch", "rouw"},
                                   "pensioen_advies2": {"pensioen"},
                                   "welcome_tour": {"kennismaken"}, "dietist": {"dieet"},
                                   "cv_hulp": {"werk"}, "welkomstkoffie": {"kennismaken"},
                                   "makelaar": {"makelaar"},
                                   "boodschappen": {"boodschappen"},
                                   "errands": {"boodschappen"}, "mediator": {"mediator"},
                                   "uitvaart": {"uitvaart"},
                                   "respijt": {"mantelzorg", "dementie"},
                                   "cv_coach": {"werk"}, "opruimhulp": {"opruimen", "verhuizen"},
                                   "koffie": {"gezelschap", "rouw"}}

TRAP_OFFERS: dict[str, str] = {
    "pony": "Ik heb een pony en geef kinderen ritjes op de manege",
    "deur": "Ik hang deuren af en stel ze goed af",
    "zolder": "Ik isoleer zolders en daken",
    "march": "I organise the charity walk every March",
    "traploper": "Ik leg traplopers en tapijt op trappen",
    "winterklaar": "Ik maak je tuin winterklaar",
    "bed": "Ik heb een tweepersoonsbed over",
    "feestjes": "Ik regel graag feestjes en uitjes voor de buurt",
    "lost": "I run the lost and found desk at the station",
    "kamer": "Ik verhuur een kamer aan een student",
    "old_houses": "I give guided tours of old houses in the town centre",
    "yogamat": "Ik geef yoga op de mat in het park",
    "herkennen": "Ik herken vogels aan hun zang en neem je mee op excursie",
    "twin": "I'm a twin myself and give talks about twin research",
    "rijles": "Ik geef rijles",
    "pensioen_advies": "Ik ken de weg in pensioen en AOW",
    "hondenuitlaat": "Ik laat graag honden uit",
    "sollicitatie": "Ik help met solliciteren en een goed cv",
    "krantenwijk": "Ik bezorg de krant in de wijk",
    "nachtdienst": "Ik werk in de nachtdienst en ben overdag vrij",
    "word_games": "I play word games at the library on Tuesdays",
    "sleutelhangers": "Ik maak sleutelhangers van leer",
    "psycholoog": "Ik ben psycholoog",
    "pensioen_advies2": "Ik ken de weg in pensioen en AOW",
    "welcome_tour": "I like showing new neighbours around the area",
    "dietist": "Ik ben diëtist",
    "cv_hulp": "Ik help met solliciteren en een goed cv",
    "welkomstkoffie": "Ik organiseer een welkomstkoffie voor nieuwe bewoners",
    "makelaar": "Ik ben makelaar",
    "boodschappen": "Ik doe graag boodschappen voor iemand die slecht ter been is",
    "errands": "I can run errands for a neighbour",
    "mediator": "I'm a family mediator",
    "uitvaart": "Ik werk als uitvaartbegeleider",
    "respijt": "Ik neem de zorg een middag over zodat de mantelzorger even weg kan",
    "cv_coach": "Career coach, I help jobseekers",
    "opruimhulp": "Ik help mensen met opruimen en ontspullen",
    "koffie": "Ik kom graag op de koffie bij iemand die alleen is",
}

# (ask, trap offer): the trap shares a word of the situation, not its need
TRAPS: list[tuple[str, str]] = [
    ("Mijn pony hangt in mijn ogen", "pony"),
    ("Sinds de tweeling er is komen we nooit meer de deur uit", "deur"),
    ("We gaan kleiner wonen en de zolder staat vol", "zolder"),
    ("My landlord wants me out by March", "march"),
    ("Ik heb mijn enkel gebroken en kan de trap niet af met de vuilniszak", "traploper"),
    ("De winter is lang als je alleen woont", "winterklaar"),
    ("Ik zit thuis met een burn-out en kom mijn bed niet uit", "bed"),
    ("Mijn vader is vannacht gestorven, wat moeten we nu allemaal regelen?", "feestjes"),
    ("I lost my husband last spring and I still can't talk about it", "lost"),
    ("Mijn zoon van veertien komt alleen nog zijn kamer uit om te eten", "kamer"),
    ("We just bought an old house and nothing in it works properly", "old_houses"),
    ("Er liggen allemaal aanmaningen op de mat en ik kom niet meer rond", "yogamat"),
    ("Mijn moeder herkent ons soms niet meer", "herkennen"),
    ("We're expecting twins and need a second cot", "twin"),
    # a happy event is not a need
    ("Mijn dochter is net geslaagd voor haar rijexamen, we geven een feestje", "rijles"),
    ("Sinds mijn pensioen heb ik tijd over en wil ik graag iets voor de buurt betekenen",
     "pensioen_advies"),
    ("Onze hond is vorige week overleden, we missen hem zo", "hondenuitlaat"),
    ("Ik heb net mijn eerste baan en wil collega's leren kennen", "sollicitatie"),
    ("Mijn ogen gaan zo achteruit dat ik de krant niet meer kan lezen", "krantenwijk"),
    ("Er is vannacht bij ons ingebroken en de achterdeur gaat niet meer op slot", "nachtdienst"),
    ("Since her stroke my mother can't find her words", "word_games"),
    ("Mijn ex heeft nog een sleutel van mijn huis", "sleutelhangers"),
    # the words of a situation in a sentence about something else
    ("Onze baby kan niet slapen en wij zijn kapot", "psycholoog"),
    ("Mijn wasmachine is gestopt met werken", "pensioen_advies2"),
    ("Our new neighbours play loud music every night", "welcome_tour"),
    ("Wie weet wat ik mag eten op de barbecue van de moskee, is het halal?", "dietist"),
    ("Ik wil wel aan de slag als vrijwilliger in de bieb", "cv_hulp"),
    ("Ik ken nog niemand die kan breien", "welkomstkoffie"),
    ("Mijn zelfgemaakte jam gaat in de verkoop op de markt, wie helpt met etiketten?",
     "makelaar"),
    ("We zitten graag op krukken aan de bar van het buurthuis", "boodschappen"),
    ("I'm in a cast of a local play and need help learning my lines", "errands"),
    ("We split up into groups for the litter pick, who joins?", "mediator"),
    ("Ik wil mijn afscheid van het werk vieren met een feest", "uitvaart"),
    ("Ik ben helemaal op de hoogte van de nieuwe regels, vraag het maar", "respijt"),
    ("Onze buurtkamer is wegbezuinigd, waar kunnen we nu heen?", "cv_coach"),
    ("De vijver moet leeg voor de winter, wie helpt met scheppen?", "opruimhulp"),
    ("Ik zie niemand die zo mooi kan zingen als jij", "koffie"),
]


def _room() -> tuple[Session, dict[str, set[str]]]:
    return needs_room(ASKS, TRAPS, {"l_": OFFERS}, ALSO, TRAP_OFFERS, TRAP_NEEDS,
                      "life_events")


(test_a_described_situation_finds_an_offer_of_its_need,
 test_a_word_of_the_situation_without_its_need_stays_under_the_threshold) = need_suite(
    ASKS, TRAPS, XFAIL, _room())
