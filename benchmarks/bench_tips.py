"""Grouping 500 harvested tips into merge proposals (goal < 1 s), and the ranking.

The tips are made from 40 Dutch base tips, each said in a few ways and with a few everyday
additions ("op zaterdag", "met de kinderen"), as tables at a big symposium would write them.
Baseline in the same run: the least a fuzzy grouping can cost — every pair of casefolded
texts scored once by rapidfuzz's C ``cdist`` (token_set_ratio), with no lemmas, stems or
synonyms. "Cold" is a fresh process: it includes loading the Dutch lemma dictionary.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time

from _timing import median_ms

from werkplaats.model import Session, Tip
from werkplaats.tips import merge_proposals, rank_tips

GOAL_MS = 1000.0

BASE = [
    ("Vraag het persoonlijk", "Persoonlijk vragen werkt het best", "Vraag mensen persoonlijk"),
    ("Begin klein", "Klein beginnen", "Begin met iets kleins"),
    ("Neem initiatief", "Initiatief nemen", "Neem zelf het initiatief"),
    ("Ga samen eten", "Eet samen met de buren", "Organiseer een maaltijd samen"),
    ("Hang een prikbord in de hal", "Prikbord ophangen in de hal", "Een prikbord in de hal"),
    ("Vraag om hulp", "Durf hulp te vragen", "Vraag zelf ook om hulp"),
    ("Bel aan bij de buren", "Aanbellen bij je buren", "Bel gewoon aan bij de buren"),
    ("Zet een bankje voor de deur", "Bankje voor je deur zetten", "Zet buiten een bankje"),
    ("Maak een appgroep per portiek", "Appgroep voor het portiek", "Start een portiek appgroep"),
    ("Spreek een vast moment af", "Vast moment afspreken", "Spreek een vaste koffieochtend af"),
    ("Stel je voor als buurman", "Stel je voor als buurvrouw, niet met je functie", "Voorstellen"),
    ("Ga het gesprek aan", "Ga met elkaar in gesprek", "Gesprek aangaan met de buren"),
    ("Maak ruimte in je hoofd", "Zorg voor ruimte in je hoofd", "Ruimte in je hoofd maken"),
    ("Verbind netwerken", "Netwerken verbinden", "Verbind je netwerk met dat van een ander"),
    ("Luister eerst", "Eerst luisteren", "Luister eerst goed"),
    ("Zet er iets tegenover", "Geef iets terug", "Zet er iets tegenover, een bos bloemen"),
    ("Organiseer een straatfeest", "Straatfeest organiseren", "Organiseer een buurtfeest"),
    ("Deel gereedschap", "Gereedschap delen met de straat", "Deel je gereedschap"),
    ("Groet iedereen op straat", "Groet je buren", "Zeg gedag op straat"),
    ("Leer de namen van je buren", "Namen van buren leren", "Ken de namen van je buren"),
    ("Help met boodschappen", "Boodschappen doen voor een ander", "Doe boodschappen samen"),
    ("Kook een keer extra", "Kook een portie extra voor de buren", "Extra koken"),
    ("Wandel samen", "Samen wandelen", "Ga samen wandelen in het park"),
    ("Ruim samen de straat op", "Straat samen opruimen", "Organiseer een opruimdag"),
    ("Maak een buurtmoestuin", "Begin een moestuin met de buurt", "Samen moestuinieren"),
    ("Lees samen de krant", "Krant samen lezen", "Lees de post met iemand door"),
    ("Geef een compliment", "Complimenten geven", "Geef je buren een compliment"),
    ("Leen elkaar spullen", "Spullen lenen", "Leen je ladder uit"),
    ("Drink koffie met de buren", "Koffie drinken bij de buren", "Nodig iemand uit voor koffie"),
    ("Vraag wat iemand nodig heeft", "Vraag wat nodig is", "Vraag door wat iemand nodig heeft"),
    ("Gebruik de buurtapp", "Zet je vraag in de buurtapp", "Buurtapp gebruiken"),
    ("Zoek verbinding", "Verbinding zoeken", "Zoek verbinding met elkaar"),
    ("Durf kwetsbaar te zijn", "Toon je kwetsbaarheid", "Kwetsbaar durven zijn"),
    ("Nodig nieuwe buren uit", "Nieuwe buren uitnodigen", "Verwelkom nieuwe buren"),
    ("Hou een buurtborrel", "Buurtborrel houden", "Organiseer een borrel voor de buurt"),
    ("Schrijf een kaartje", "Stuur een kaartje", "Schrijf een kaartje aan je buren"),
    ("Let op elkaar", "Op elkaar letten", "Let een beetje op elkaar"),
    ("Zet de container samen buiten", "Container buiten zetten", "Help met de container"),
    ("Speel samen een spel", "Spelletjesavond", "Speel samen spelletjes"),
    ("Maak een ruilkast", "Ruilkast maken", "Zet een ruilkast in de hal"),
]
EXTRAS = ("", "", "", " op zaterdag", " met de kinderen", " in de buurt", " na het werk",
          " elke week", " bij de flat", " in de zomer")


def harvest(n: int, seed: int = 8) -> list[Tip]:
    """``n`` tips; each tip's ``detail`` names the base tip it was made from."""
    rng = random.Random(seed)
    tips = []
    for i in range(n):
        base = rng.randrange(len(BASE))
        text = rng.choice(BASE[base]) + rng.choice(EXTRAS)
        tips.append(Tip(id=f"t{i + 1:03d}", text=text, detail=str(base),
                        group=f"tafel {rng.randint(1, 30)}"))
    return tips


def purity(tips: list[Tip], proposals: list[list[str]]) -> tuple[int, int]:
    """(groups made of one base tip only, tips left out of every group)."""
    base = {tip.id: tip.detail for tip in tips}
    pure = sum(len({base[i] for i in group}) == 1 for group in proposals)
    return pure, len(tips) - sum(len(group) for group in proposals)


def baseline(tips: list[Tip]) -> None:
    from rapidfuzz import fuzz, process

    texts = [tip.text.casefold() for tip in tips]
    process.cdist(texts, texts, scorer=fuzz.token_set_ratio, score_cutoff=80)


def cold_ms(n: int) -> float:
    code = (
        "import sys, time; sys.path.insert(0, 'benchmarks'); import bench_tips as b; "
        f"tips = b.harvest({n}); t = time.perf_counter(); b.merge_proposals(tips); "
        "print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    tips = harvest(500)
    merge_proposals(tips)  # warm the lemma dictionary
    base = median_ms(lambda: baseline(tips), repeat=5)
    warm = median_ms(lambda: merge_proposals(tips), repeat=5)
    cold = min(cold_ms(500) for _ in range(3))
    proposals = merge_proposals(tips)
    session = Session(id="bench", title="bench", tips=tips)
    start = time.perf_counter()
    rank_tips(session)
    rank = (time.perf_counter() - start) * 1000
    pure, alone = purity(tips, [list(p.tip_ids) for p in proposals])
    print(f"500 tips from {len(BASE)} base tips: {len(proposals)} proposed groups, "
          f"{pure} of them made of one base tip only; {alone} tips in no group")
    print(f"baseline, all-pairs rapidfuzz cdist: {base:7.1f} ms")
    print(f"grouping, warm:                      {warm:7.1f} ms   {warm / base:5.1f}x baseline")
    print(f"grouping, cold (fresh process):      {cold:7.1f} ms   {cold / base:5.1f}x baseline")
    print(f"ranking 500 tips:                    {rank:7.1f} ms")
    for n in (100, 1000, 2000):
        more = harvest(n)
        ms = median_ms(lambda more=more: merge_proposals(more), repeat=3)
        print(f"grouping {n:>4} tips, warm:            {ms:7.1f} ms")
    print(f"goal < {GOAL_MS:.0f} ms (cold, 500 tips): {'OK' if cold < GOAL_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
