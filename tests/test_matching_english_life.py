"""Everyday English as spoken in English-language rooms: needs and offers in that register.

Written from the language, not from any room: a catalogue of what expats in the Netherlands,
people at a UK community centre, a church supper or a US-style neighbourhood meeting ask for
and offer, in phrasal verbs and idioms ('give me a hand with', 'take in trousers', 'clear out
the loft', 'can't get my head around'), in British and American words (flat/apartment,
garden/yard, GP/family doctor, boiler/furnace) and in the Dutch realities expats name in
English (BSN, DigiD, huisarts, toeslagen, inburgering, OV-chipkaart). A few asks come in Dutch.
Every ask meets one room holding the offers of all these needs, so it must find its own need
among look-alikes. Traps share a phrasal verb or a word but not its meaning and must stay
under the pairing threshold.
"""

from __future__ import annotations

from need_rooms import need_suite, needs_room

from werkplaats.model import Session

OFFERS: dict[str, list[str]] = {
    "klus": [
        "Handyman, I do odd jobs around the house",
        "I'm pretty handy with a drill and a spirit level",
        "Ik ben klusjesman en heb alle gereedschap",
    ],
    "naaien": [
        "I'm a seamstress and do alterations for friends",
        "Ik naai al veertig jaar mijn eigen kleding",
    ],
    "schilder": [
        "Retired painter and decorator",
        "I love decorating, I did up every room in our house myself",
    ],
    "opruimen": [
        "I'm a professional organiser and love decluttering",
        "Ik help mensen graag met opruimen en uitzoeken",
    ],
    "tip": [
        "I've got a trailer and don't mind doing runs to the recycling centre",
        "Man with a van, cheap collections of junk and old furniture",
    ],
    "boodschappen": [
        "I go to the supermarket every day anyway, happy to get shopping for a neighbour",
        "Ik doe graag boodschappen voor buren die slecht ter been zijn",
    ],
    "pakket": [
        "I work from home and can take in parcels for the whole street",
    ],
    "oppas": [
        "Registered childminder with two places free",
        "Mum of two, I do the school run anyway and can take a few more kids",
        "Ik pas graag op kinderen, ook na school",
    ],
    "babyspullen": [
        "We've got a cot, a pram and a high chair we no longer need",
        "Ik heb een zolder vol babykleertjes en een kinderwagen om weg te geven",
    ],
    "jonge_ouders": [
        "Mum of four, happy to share what I learnt with new parents",
        "I'm a health visitor, ask me anything about babies and sleep",
    ],
    "gezelschap": [
        "I love popping round to older neighbours for a cuppa and a natter",
        "Ik kom graag op de koffie bij mensen die alleen zijn",
    ],
    "vrienden": [
        "I run a monthly meetup for internationals who want to make friends",
        "Ik neem nieuwe buren graag mee naar de buurtborrel",
    ],
    "huisoppas": [
        "Happy to water plants and take in the post while you're on holiday",
        "I house-sit for neighbours when they go away",
    ],
    "dieren": [
        "Dog walker, I'm in the park every morning with three dogs",
        "Cat lover, happy to feed your cat while you're away",
    ],
    "tuin": [
        "Keen gardener with a strimmer and a hedge trimmer",
        "Ik ben hovenier, ik onderhoud tuinen",
    ],
    "moestuin": [
        "I've had an allotment for twenty years and grow all my own veg",
        "Ik heb een moestuin en deel graag zaden en kennis",
    ],
    "lift": [
        "I have a car and can drive people to appointments",
        "Retired, with a car and plenty of time on weekdays",
    ],
    "huisarts": [
        "I work on the front desk of a GP practice",
        "Ik ben doktersassistente bij een huisartsenpraktijk",
    ],
    "zorgverzekering": [
        "I work for a health insurer and can explain the Dutch system",
        "Ik help mensen een zorgverzekering kiezen die bij ze past",
    ],
    "belasting": [
        "Tax adviser, I do Dutch tax returns for expats",
        "Ik help elk voorjaar mensen met hun belastingaangifte",
    ],
    "gemeente": [
        "I work at the town hall, at the desk where people register",
        "Ik werk bij Burgerzaken van de gemeente",
    ],
    "digid": [
        "I help people set up DigiD and the DigiD app",
        "Ik ben digihulp in de bibliotheek en help met inloggen bij de overheid",
    ],
    "ind": [
        "Immigration lawyer, I advise on IND procedures and permits",
        "I went through the whole IND process for my partner visa",
    ],
    "inburgering": [
        "I coach people for the civic integration exam",
        "Ik geef les aan inburgeraars",
    ],
    "nederlands": [
        "Native Dutch speaker, happy to chat in Dutch over coffee",
        "Ik ben taalmaatje en praat graag Nederlands met nieuwkomers",
    ],
    "engels": [
        "I'm from Manchester and happy to help people brush up their English",
        "Ik geef Engelse les",
    ],
    "ov": [
        "I can show newcomers how the trains, trams and ticket cards work",
        "Ik reis overal heen met het openbaar vervoer en reis graag een keer mee",
    ],
    "fiets": [
        "I fix bikes in my shed for next to nothing",
        "Ik ben fietsenmaker",
    ],
    "fietsles": [
        "I teach grown-ups to ride a bike",
        "Ik geef fietsles aan volwassen nieuwkomers",
    ],
    "loodgieter": [
        "Retired plumber, still have all my kit",
        "Ik ben loodgieter",
    ],
    "verwarming": [
        "Gas engineer, I service and repair boilers",
        "Ik ben cv-monteur",
    ],
    "huur": [
        "I volunteer with a tenants' advice service and know renters' rights",
        "Ik werk bij het huurteam en help huurders met hun verhuurder",
    ],
    "geld": [
        "Budget coach, I help people get on top of their bills",
        "Ik ben schuldhulpmaatje",
    ],
    "uitkering": [
        "Welfare rights adviser, I help people claim what they're entitled to",
        "Ik help mensen met het aanvragen van een uitkering",
    ],
    "post": [
        "I'm good with paperwork and official letters",
        "Ik help mensen met moeilijke brieven en formulieren",
    ],
    "cv": [
        "HR manager, happy to look over CVs and do mock interviews",
        "Ik help mensen met solliciteren",
    ],
    "digitaal": [
        "I'm patient and good with phones, tablets and laptops",
        "Ik help ouderen met hun smartphone",
    ],
    "verhuizen": [
        "Strong and fit, happy to carry boxes and furniture when people move",
        "Ik heb een busje en help graag bij een verhuizing",
    ],
    "schoonmaak": [
        "I clean houses a few hours a week",
        "Ik maak schoon bij mensen thuis",
    ],
    "maaltijd": [
        "I always cook too much and happily drop off a plate for a neighbour",
        "Ik kook graag een extra portie voor iemand die niet kan koken",
    ],
    "kookles": [
        "Home cook, I love teaching people simple recipes",
        "Ik geef kookles voor beginners",
    ],
    "samen_eten": [
        "Our church puts on a free community supper every Friday",
        "Ik organiseer een buurtmaaltijd waar iedereen welkom is",
    ],
    "zaal": [
        "Our church hall can be hired cheaply by local groups",
        "Ik beheer het buurthuis, de zaal is vaak vrij",
    ],
    "handen": [
        "Happy to muck in at community events, setting up and clearing away",
        "Ik help graag mee bij buurtfeesten",
    ],
    "rouw": [
        "Bereavement volunteer, trained to listen",
        "Ik heb zelf mijn man verloren en praat graag met mensen die rouwen",
    ],
    "psychisch": [
        "I'm a counsellor and offer a few free sessions",
        "I'm a good listener and have been through anxiety myself",
    ],
    "hardlopen": [
        "I run a beginners' running group in the park on Saturdays",
        "Ik loop hard en zoek een loopmaatje",
    ],
    "zwemles": [
        "Swimming teacher for kids and grown-ups",
    ],
    "auto": [
        "Car mechanic, happy to have a look at your car",
        "Ik sleutel al mijn hele leven aan auto's",
    ],
    "gereedschap": [
        "I've got a shed full of tools that I lend out",
        "Ik leen mijn boormachine en ladder graag uit",
    ],
    "ongedierte": [
        "Pest controller, I deal with mice, rats and wasps",
    ],
    "huiswerk": [
        "Former maths teacher, happy to tutor teenagers",
        "Ik geef bijles Engels en wiskunde",
    ],
    "mantelzorg": [
        "I sit with people with dementia so their carers can have a break",
        "Ik ben vrijwilliger bij de respijtzorg",
    ],
    "tolk": [
        "I translate Dutch letters into English and the other way round",
        "Ik ben beëdigd vertaler Nederlands-Engels",
    ],
    "feestje": [
        "Children's entertainer, I do magic and balloon animals",
    ],
    "taart": [
        "I bake birthday cakes for friends and neighbours",
        "Ik bak graag taarten",
    ],
    "kapper": [
        "Trained barber, I cut hair at home",
        "Ik ben kapster",
    ],
    "energie": [
        "Energy coach, I do free home visits to help cut your bills",
        "Ik geef energiebesparingsadvies aan huis",
    ],
    "vocht": [
        "I know a lot about damp and ventilation in old houses",
    ],
    "buren": [
        "Trained community mediator",
        "Ik ben buurtbemiddelaar",
    ],
    "ondernemen": [
        "I help freelancers set up their business and do their admin",
        "Ik ben ondernemerscoach voor starters",
    ],
    "telefoon": [
        "I can help you find a cheap phone plan and SIM card",
    ],
    "sloten": [
        "Locksmith, I can get you back in and change locks",
    ],
    "afval": [
        "I'm our street's recycling champion and happily explain the bins",
    ],
    "sport_kind": [
        "I coach the under-10s at the local football club",
    ],
}

# offers that answer a second need as well
ALSO: dict[str, set[str]] = {
    "Man with a van, cheap collections of junk and old furniture": {"verhuizen"},
    "Ik heb een busje en help graag bij een verhuizing": {"tip"},
    "I'm a good listener and have been through anxiety myself": {"rouw", "gezelschap"},
    "Bereavement volunteer, trained to listen": {"psychisch"},
    "Ik help mensen met moeilijke brieven en formulieren": {"belasting", "uitkering"},
    "I'm good with paperwork and official letters": {"belasting", "uitkering"},
    "I translate Dutch letters into English and the other way round": {"post"},
    "Handyman, I do odd jobs around the house": {"loodgieter"},
    "Ik ben klusjesman en heb alle gereedschap": {"loodgieter", "gereedschap"},
    "I work at the town hall, at the desk where people register": {"digid"},
    "Ik werk bij Burgerzaken van de gemeente": {"digid"},
    "I love popping round to older neighbours for a cuppa and a natter": {"mantelzorg"},
    "Ik kom graag op de koffie bij mensen die alleen zijn": {"mantelzorg"},
    "I'm a professional organiser and love decluttering": {"verhuizen"},
    "Native Dutch speaker, happy to chat in Dutch over coffee": {"inburgering"},
    "Ik ben taalmaatje en praat graag Nederlands met nieuwkomers": {"inburgering"},
    "Ik geef les aan inburgeraars": {"nederlands"},
    # a tutor of English can brush up a grown-up's English too
    "Ik geef bijles Engels en wiskunde": {"engels"},
}

# (need, ask); needs separated by a space when an offer of either is right
ASKS: list[tuple[str, str]] = [
    # odd jobs
    ("klus", "Could someone give me a hand putting up a couple of shelves?"),
    ("klus", "Need someone to hang a mirror and a few pictures in my new apartment"),
    ("klus", "Anyone handy enough to put together a flat-pack wardrobe?"),
    ("klus", "The bathroom door sticks and won't shut properly, can anyone sort it out?"),
    ("klus", "Wie kan bij mij een paar planken ophangen?"),
    # alterations
    ("naaien", "Can anyone take in a pair of trousers for me? They're way too baggy now"),
    ("naaien", "Need someone to take up the hem on my jeans"),
    ("naaien", "My daughter's school skirt needs letting out, she's shot up"),
    ("naaien", "Kan iemand mijn broek korter maken?"),
    # decorating
    ("schilder", "We want to do up the spare room, anyone good with a paint roller?"),
    ("schilder", "Looking for help to redecorate my living room before my family visits"),
    ("schilder", "The hallway needs a fresh lick of paint"),
    # clearing out
    ("opruimen tip verhuizen", "Need help clearing out the loft before we move"),
    ("opruimen tip", "My garage is full of junk, anyone fancy helping me sort through it?"),
    ("opruimen", "I've got too much stuff and can't bring myself to throw anything away"),
    # the tip, bulky rubbish
    ("tip", "I've got an old mattress to get rid of and no car"),
    ("tip", "Who can take a load of garden waste and an old fridge to the tip?"),
    # shopping
    ("boodschappen", "I'm laid up with a broken ankle, could someone pop to the shops for me?"),
    ("boodschappen", "Could somebody grab a few bits from the supermarket for me this week?"),
    ("boodschappen", "Stuck at home with covid and running out of groceries"),
    # parcels
    ("pakket", "Could someone take in a parcel for me while I'm at work?"),
    ("pakket", "Deliveries keep getting sent back because I'm never in"),
    # childcare, school run
    ("oppas", "Could anyone do the school run for me on Tuesdays?"),
    ("oppas", "Looking for a childminder for my toddler three days a week"),
    ("oppas", "Need someone to pick up my kids from school on Wednesdays"),
    ("oppas", "We'd love a date night, any babysitters around?"),
    ("oppas", "Zoek iemand die mijn kinderen van school haalt"),
    # baby things
    ("babyspullen", "Does anyone have a spare stroller or pushchair?"),
    ("babyspullen", "Expecting our first and we're skint, need a cot and some baby clothes"),
    # new parents
    ("jonge_ouders", "Our little one won't sleep through the night and we're knackered"),
    ("jonge_ouders", "First-time mom here, no family nearby, feeling totally lost with the baby"),
    # company
    ("gezelschap rouw", "Since my husband passed I'm on my own a lot, would love someone to pop "
                   "round for a cuppa"),
    ("vrienden gezelschap", "I'm an expat and haven't made any friends here yet, it gets lonely"),
    ("gezelschap mantelzorg", "Could someone look in on my elderly mum now and then? "
                              "I live abroad"),
    # house, plants while away
    ("huisoppas", "We're off on holiday for two weeks, could someone water the plants and "
                  "take in the post?"),
    ("huisoppas", "Need a house-sitter over Christmas"),
    # pets
    ("dieren", "Could someone feed my cat while I'm away for the weekend?"),
    ("dieren", "Need a dog walker at lunchtime while I'm at the office"),
    ("dieren", "Who can let my dog out when I work late?"),
    # garden, yard
    ("tuin", "My back garden is completely overgrown, can anyone help me get it under "
             "control?"),
    ("tuin", "Our yard needs mowing and the hedges trimming"),
    ("tuin", "The lawn's gone wild and I've no mower"),
    # allotment
    ("moestuin", "Just got an allotment and haven't a clue what to plant"),
    ("moestuin", "I'd like to grow my own vegetables on the balcony, any tips?"),
    # lifts
    ("lift", "Could someone run me to the hospital on Thursday morning?"),
    ("lift", "I need a ride to the doctor's office, my car's in the shop"),
    ("lift", "Anyone able to drive me to my GP appointment? I can't manage the bus"),
    # doctor
    ("huisarts", "How do I register with a huisarts? Every practice says they're full"),
    ("huisarts", "Just moved here and can't figure out how to find a family doctor"),
    ("huisarts", "Who do I call here when my kid is sick at night?"),
    # health insurance
    ("zorgverzekering", "Can someone explain how the health insurance deductible works here?"),
    ("zorgverzekering", "Which Dutch health insurance should I pick, and what is eigen risico?"),
    # tax, allowances
    ("belasting", "I have no idea how to do my tax return with the Belastingdienst"),
    ("belasting", "Got a letter saying I have to pay back my healthcare allowance, help!"),
    ("belasting", "Can someone help me apply for rent benefit and zorgtoeslag?"),
    ("belasting", "Wie helpt mij met mijn aangifte inkomstenbelasting?"),
    # registering
    ("gemeente", "How do I get a BSN? I need to register at the gemeente"),
    ("gemeente", "I need to register my address at the town hall but can't get an "
                 "appointment"),
    ("gemeente", "How do I renew my residence card and register my newborn?"),
    # DigiD
    ("digid", "Can someone help me set up my DigiD? I keep getting locked out"),
    ("digid", "The DigiD app won't activate on my new phone"),
    # IND
    ("ind", "My residence permit runs out soon and the IND hasn't replied"),
    ("ind", "Questions about applying for a partner visa for my girlfriend"),
    # civic integration
    ("inburgering", "I have to pass my inburgering exam next year, who can help me prepare?"),
    ("inburgering", "Studying for the civic integration test and the KNM part is confusing"),
    # Dutch practice
    ("nederlands", "I'd like to pick up some Dutch, anyone up for a language exchange?"),
    ("nederlands", "Trying to get to grips with Dutch but I can't get my head around the "
                   "word order"),
    ("nederlands", "Everyone switches to English when I try my Dutch, I need to practise"),
    # English practice
    ("engels", "Ik wil mijn Engels bijspijkeren voor mijn werk"),
    ("engels", "My husband wants to improve his English conversation"),
    # public transport
    ("ov", "How do I top up my OV-chipkaart and which travel card do I need?"),
    ("ov", "I'm nervous about taking the train on my own here"),
    # bikes
    ("fiets", "My bike has a flat tyre and the chain keeps slipping"),
    ("fiets", "Could someone fix the brakes on my bike? They squeal"),
    ("fietsles", "I never learned to ride a bike, and here everyone cycles!"),
    ("fietsles", "Want to get confident cycling in Dutch traffic"),
    # plumbing
    ("loodgieter", "My kitchen sink is blocked and the landlord won't sort it"),
    ("loodgieter", "The loo keeps running and I can't afford a plumber"),
    ("loodgieter", "Tap's been dripping for weeks"),
    # heating
    ("verwarming", "Our boiler keeps cutting out and the flat's freezing"),
    ("verwarming", "The furnace stopped working and it's getting cold"),
    ("verwarming", "No hot water since Monday"),
    # renting
    ("huur", "My landlord won't give back my deposit"),
    ("huur", "Is my rent increase even legal? The letting agent won't explain"),
    ("huur", "The landlord wants us out by the end of the month"),
    # money
    ("geld", "I'm skint every month and the bills keep piling up"),
    ("geld", "Got a letter from a debt collector and I'm panicking"),
    ("geld", "Can someone help me make a budget and stick to it?"),
    # benefits
    ("uitkering", "Lost my job, how do I apply for benefits?"),
    ("uitkering", "Can someone help me fill in my Universal Credit claim?"),
    # letters
    ("post", "Can someone help me make sense of a letter from the council?"),
    ("post", "I've got a pile of official letters I can't face opening"),
    # jobs
    ("cv", "Could someone look over my CV and cover letter?"),
    ("cv", "I've got a job interview next week and would love a practice run"),
    ("cv", "Struggling to find work here without speaking Dutch"),
    # phones and computers
    ("digitaal", "Can't get my head around my new smartphone"),
    ("digitaal", "How do I video call my grandkids in Canada?"),
    ("digitaal", "My laptop is really slow and full of pop-ups"),
    # moving
    ("verhuizen", "We're moving flat next month, could someone give us a hand with the boxes?"),
    ("verhuizen", "Need help shifting a sofa up three flights of stairs"),
    # cleaning
    ("schoonmaak", "Could someone help me give the flat a good clean before the inspection?"),
    ("schoonmaak", "Need a cleaner to hoover and mop once a week"),
    # meals
    ("maaltijd", "Just had surgery and can't cook, would love a hot meal dropped off"),
    ("maaltijd", "My dad lives alone and barely eats, could someone bring him dinner?"),
    ("kookles", "I can only make toast, I want to learn some basic recipes"),
    ("samen_eten", "I'm sick of eating on my own every night"),
    # venue, helpers
    ("zaal", "We need a hall for a toddler group on Monday mornings"),
    ("zaal", "Looking for a room to hire for a quiz night"),
    ("handen", "We need a few extra pairs of hands for the summer fete"),
    ("handen", "Anyone free to help set up the tables for the church supper?"),
    # grief, mood
    ("rouw", "My dad passed away in the spring and I'm not coping"),
    ("psychisch", "I've been feeling really low and anxious since I moved here"),
    ("psychisch", "Burnt out from work and can't switch off"),
    # sport
    ("hardlopen", "I want to get back into running but need someone to keep me going"),
    ("zwemles", "My son is nine and still can't swim"),
    ("sport_kind", "My lad wants to play soccer, is there a team for kids?"),
    # car
    ("auto", "My car failed its MOT, anyone good with cars?"),
    ("auto", "The check engine light came on and I'm clueless"),
    # tools
    ("gereedschap", "Can I borrow a drill for the weekend?"),
    ("gereedschap", "Anyone got a ladder I could borrow for an afternoon?"),
    # pests
    ("ongedierte", "We've got mice in the kitchen"),
    ("ongedierte", "There's a wasps' nest under the roof"),
    # homework
    ("huiswerk", "My son is struggling with maths and his exams are coming up"),
    ("huiswerk", "Our kids need help with their homework in Dutch"),
    # carers
    ("mantelzorg", "I'm caring for my mum with dementia and I'm knackered, I need a break"),
    # translation
    ("tolk post", "Could someone translate a letter from the Belastingdienst into English?"),
    # parties, cakes, hair
    ("feestje", "Need an entertainer for my son's fifth birthday party"),
    ("taart", "Could anyone bake a birthday cake for my daughter?"),
    ("kapper", "Can anyone give my lad a trim? The barber is too pricey"),
    # home
    ("energie", "Our energy bills are through the roof, how can we cut them?"),
    ("vocht", "There's black mould on the bedroom wall"),
    ("buren", "The neighbours upstairs play loud music until two in the morning"),
    ("buren", "Falling out with my neighbour over the hedge and it's getting nasty"),
    # business, phone, locks
    ("ondernemen", "I want to register as a freelancer at the KvK, where do I start?"),
    ("telefoon", "Need a Dutch SIM card and a cheap phone plan"),
    ("sloten", "Locked myself out of my apartment"),
    # a second round: more British and American words, more phrasal verbs
    ("schoonmaak", "Could someone run the vacuum round my apartment? My back's bad"),
    ("babyspullen", "Anyone have spare diapers and baby wipes? Money's tight this month"),
    ("huisarts", "Do I need a referral from my GP to see a specialist here?"),
    ("gemeente", "Who at city hall deals with parking permits for residents?"),
    ("mantelzorg", "Looking after my dad full time and completely knackered"),
    ("oppas", "Could someone keep an eye on the kids for an hour after school?"),
    ("fiets", "Could someone help me fix up an old bike I found in the shed?"),
    ("klus", "Could someone give me a hand with a few jobs around the house?"),
    ("tolk post", "My mail is all in Dutch and I can't tell which letters matter"),
    ("verhuizen", "We're moving to a bigger apartment and need some muscle on Saturday"),
    ("boodschappen", "Could someone do a grocery run for me? I'm stuck in bed with flu"),
    ("geld", "We're struggling to make ends meet since the rent went up"),
    ("psychisch", "Struggling with homesickness and feeling down"),
    ("tuin", "Anyone fancy helping me tidy the yard before winter?"),
    ("huisoppas", "Could someone keep an eye on our place while we're abroad?"),
    ("naaien", "Ik heb een jurk die ingenomen moet worden"),
    # a third round: UK/US household words and phrasal verbs of breaking and fetching
    ("oppas lift", "Could someone drop my daughter off at nursery on Mondays?"),
    ("pakket", "Could someone pick up a parcel for me from the post office?"),
    ("belasting", "Can someone help me understand my council tax bill?"),
    ("huisarts", "How do I register with a doctor here? Back home we had the NHS"),
    ("babyspullen", "Looking for a second-hand pram for our newborn"),
    ("mantelzorg", "Struggling with looking after my wife, she has Parkinson's"),
    ("cv", "Could someone help me turn my resume into a Dutch-style CV?"),
    ("verwarming", "The radiators are stone cold, I think the boiler's packed in"),
    ("fietsles", "Ik durf niet te fietsen in de drukte van de stad"),
    ("afval", "When is bin day here and which bin is for plastic?"),
    ("afval", "I never know what goes in which bin, the rubbish rules here confuse me"),
]

# asks this vocabulary does not yet answer, and why a fix here would hurt other rooms
XFAIL: dict[str, str] = {
    'Lost my job, how do I apply for benefits?':
        "merged with the other vocabularies of the session: 'lost my job' now also reads as"
        ' job seeking, so an HR manager outranks the benefits helper',
    "Who can take a load of garden waste and an old fridge to the tip?":
        "'garden waste' is gardening (home.toml); the gardener answers half of this ask and wins",
    "I'm an expat and haven't made any friends here yet, it gets lonely":
        "'expat' is newcomers, shared by the language buddy and the tax adviser for expats; "
        "reading 'internationals' as newcomers lets the meetup win but cost dev3 .003",
    "Got a letter saying I have to pay back my healthcare allowance, help!":
        "'letter' is paperwork as much as the allowance is tax; the benefits helper (paperwork "
        "and benefits) edges out the allowances helper",
    "My husband wants to improve his English conversation":
        "the translator and the English teachers tie on 'English'; the tie goes to the "
        "translator",
    "Struggling to find work here without speaking Dutch":
        "'find work' is the job marker, not a concept; only 'Dutch' is left to match",
}

# a trap offer is wrong for its trap ask; for the asks of a need it may still be right
TRAP_NEEDS: dict[str, set[str]] = {
    "kids_pickup": {"oppas"},
    "parcels": {"pakket"},
    "visitors": set(),
    "hand": set(),
    "lift_car": {"lift"},
    "trainer": set(),
    "skin": set(),
    "loft": {"energie"},
    "tips": set(),
    "pop": set(),
    "flat_search": set(),
    "sort_events": set(),
    "post_social": set(),
    "yard_sale": set(),
    "allowance": {"belasting"},
    "moth_car": {"auto"},
    "do_up_coat": set(),
    "drop_airport": set(),
    "house_eye": {"huisoppas"},
    "bank_clerk": set(),
    "bikes_fixup": {"fiets"},
    "plant_nursery": set(),
    "packing": {"verhuizen"},
}

TRAP_OFFERS = {
    "kids_pickup": "I can pick up your kids from school",
    "parcels": "I can take in parcels for neighbours",
    "visitors": "Happy to put up visitors in my spare room",
    "hand": "Physiotherapist specialising in hand and wrist injuries",
    "lift_car": "I can give you a lift to the shops",
    "trainer": "Personal trainer at the local gym",
    "skin": "Beautician, I do facials and skin treatments",
    "loft": "I install loft insulation",
    "tips": "Happy to share tips on cooking on a budget",
    "pop": "I sing pop songs at weddings",
    "flat_search": "I help people find a flat to rent",
    "sort_events": "Event organiser, I sort out everything for parties",
    "post_social": "I can post your event on our neighbourhood Facebook page",
    "yard_sale": "I can help you run a yard sale and price your things",
    "allowance": "I help people apply for allowances from the Belastingdienst",
    "moth_car": "Car mechanic, I get cars ready for their MOT",
    "do_up_coat": "I knit warm coats and cardigans",
    "drop_airport": "I can drop you off at Schiphol airport",
    "house_eye": "Happy to keep an eye on your house while you're away",
    "bank_clerk": "I was a bank clerk for thirty years",
    "bikes_fixup": "I fix up old bikes and sell them cheaply",
    "plant_nursery": "I run a plant nursery and sell seedlings",
    "packing": "Happy to help pack boxes when you move",
}

# (ask, trap offer): the trap shares a word with the ask, not its meaning
TRAPS: list[tuple[str, str]] = [
    ("I'd like to pick up some Spanish before our holiday", "kids_pickup"),
    ("Can anyone take in my trousers at the waist?", "parcels"),
    ("Could someone put up a few shelves in the kitchen?", "visitors"),
    ("Could someone give me a hand moving a wardrobe?", "hand"),
    ("The lift in our block is broken again and I can't manage the stairs", "lift_car"),
    ("My son needs new trainers for PE and we're skint", "trainer"),
    ("I'm skint until payday, can anyone lend me a drill?", "skin"),
    ("Need help clearing out the loft", "loft"),
    ("Who can take an old sofa to the tip?", "tips"),
    ("Could someone pop round for a cuppa now and then?", "pop"),
    ("My bike has a flat, can someone fix it?", "flat_search"),
    ("Could someone sort out my leaking tap?", "sort_events"),
    ("Can someone help me read my post from the gemeente?", "post_social"),
    ("Our yard is overgrown and needs mowing", "yard_sale"),
    ("How much pocket money allowance should a ten-year-old get?", "allowance"),
    ("Er zitten motten in mijn kledingkast", "moth_car"),
    ("We want to do up the kids' bedroom", "do_up_coat"),
    ("Could someone drop off a meal for my neighbour who just had an operation?",
     "drop_airport"),
    ("Could someone keep an eye on my toddler while I cook dinner?", "house_eye"),
    ("Is there a food bank round here? Money's tight", "bank_clerk"),
    ("Can anyone fix up my CV before I apply?", "bikes_fixup"),
    ("Who can take my son to nursery on Fridays?", "plant_nursery"),
    ("The boiler's packed in again and we've no heating", "packing"),
]


def _room() -> tuple[Session, dict[str, set[str]]]:
    return needs_room(ASKS, TRAPS, {"": OFFERS}, ALSO, TRAP_OFFERS, TRAP_NEEDS, "english_life")


(test_an_ask_finds_an_offer_of_its_own_need,
 test_a_shared_word_without_shared_meaning_stays_under_the_threshold) = need_suite(
    ASKS, TRAPS, XFAIL, _room())
