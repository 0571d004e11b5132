"""Small word lists for comparing tips in Dutch and English.

Tips are short imperatives ("Vraag het persoonlijk", "Knock on doors"), so the words that
carry a tip are few. These lists say which words carry nothing (``STOPWORDS``), which Dutch
particles join a verb into one word ("bel ... aan" = "aanbellen"), and which different words
mean the same thing in a tip harvest (``SYNONYMS``). A candidate for sharing with the
matcher's vocabulary later.
"""

from __future__ import annotations

_NL_STOP = """
de het een en of maar dan dus want als om te ter tot van voor na met zonder in op aan bij uit
door over onder naar af mee toe weg terug langs rond tegen heen per
ik je jij u jou jouw jezelf zelf zich ze zij hij hem haar wij we ons onze hun hen mij me mijn
men iemand niemand iedereen iets niets alles elkaar die dat deze dit wat wie waar hoe wanneer
welke er hier daar is ben bent zijn was waren wordt worden word werd heb hebt heeft hebben had
kan kun kunt kunnen kon moet moeten moest wil wilt willen zal zult zullen mag mogen laat laten
ga gaat gaan doe doet doen maak maakt maken zorg probeer proberen
niet geen wel ook nog al even eens gewoon echt heel erg zeer zo meer veel minder weinig
altijd vaak soms nooit steeds gelijk alvast vooral best beste beter goed fijn leuk werkt
mensen iedere ieder elke elk alle andere ander anderen
"""

_EN_STOP = """
the a an and or but then so because if to of for from with without in on at by out up down
into onto over under about off away back around against per as than
i you your yours yourself yourselves we us our ours they them their he him his she her it its
me my mine someone somebody anyone anybody everyone everybody something anything everything
each other who what where when how which that this these those there here
is am are was were be been being do does did doing have has had get gets got
can could will would shall should may might must go goes going
make makes making try ensure
not no never also too still just even really very quite more most much many less few
always often sometimes best better good great nice works work
people one ones every all any other others
"""

STOPWORDS: frozenset[str] = frozenset((_NL_STOP + _EN_STOP).split())

# Dutch separable-verb particles: "bel gewoon aan" is "aanbellen", "ga mee" is "meegaan".
_PARTICLES = "aan af bij door in mee na om op over samen terug toe uit voor weg langs"
PARTICLES: frozenset[str] = frozenset(_PARTICLES.split())

# Words that mean the same thing in a tip harvest, each group with one canonical key.
_SYNONYM_GROUPS = (
    "hulp help helpen assist assistance support steun",
    "vraag vragen ask request verzoek",
    "aanbod bieden aanbieden offer",
    "buur buren buurman buurvrouw buurtgenoot buurtbewoner neighbour neighbor neighbours",
    "prikbord mededelingenbord bord noticeboard board",
    "maaltijd etentje eten diner dinner meal supper eat",
    "koffie thee coffee tea",
    "gesprek praatje praten kletsen talk chat conversation",
    "persoonlijk personally person personal",
    "app whatsapp appgroep groepsapp buurtapp",
    "aanbellen aankloppen knock doorbell",
    "klein small little",
    "begin beginnen starten start",
    "durf durven dare",
    "samen together",
    "initiatief initiative",
    "luister luisteren listen",
    "uitnodigen uitnodiging invite invitation",
)


def _synonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _SYNONYM_GROUPS:
        words = line.split()
        for word in words:
            table.setdefault(word, "=" + words[0])
    return table


SYNONYMS: dict[str, str] = _synonym_table()
