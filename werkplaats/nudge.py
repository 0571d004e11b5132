"""Does an intro read like a job description? A gentle nudge for the facilitator.

The workshop asks people to introduce themselves *as a person*. When someone says "ik werk
bij de gemeente, afdeling Wonen, in het project Samen Sterk" the facilitator gets a quiet hint
to ask about the person instead. This is a small word list in Dutch and English, not a
classifier: a phrase like "ik werk bij" counts on its own, loose words such as "afdeling" or
"project" count when two of them come together.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Phrases that on their own say "this is my job".
STRONG = (
    r"ik werk (?:bij|voor|als|in|op)",
    r"ik ben werkzaam",
    r"in (?:het|ons) project",
    r"mijn (?:functie|werkgever|afdeling|organisatie|baan|portefeuille)",
    r"vanuit (?:de|het|onze|mijn) (?:gemeente|organisatie|afdeling|stichting|corporatie)",
    r"namens (?:de|het|onze|mijn)",
    r"\bi work (?:at|for|as|in)\b",
    r"\bi(?:'m| am) employed",
    r"\bmy (?:job|role|position|employer|department|organi[sz]ation)\b",
    r"\bon behalf of\b",
    r"\bin (?:the|our) project\b",
)

# Words that point at work; two or more in one intro tip the balance.
WORK_WORDS = frozenset(
    """
    afdeling functie organisatie gemeente project projecten programma beleid
    beleidsmedewerker beleidsadviseur adviseur coordinator coördinator manager teamleider
    directeur medewerker projectleider kwartiermaker opbouwwerker wijkcoach consulent
    stichting corporatie woningcorporatie welzijnsorganisatie instelling werkgever collega
    collega's portefeuille wethouder ambtenaar vakgebied
    department organisation organization company project programme program policy officer
    advisor adviser consultant coordinator director employee employer colleague colleagues
    council municipality agency
    """.split()  # noqa: SIM905 - a word list reads best as words
)


@dataclass(frozen=True)
class Nudge:
    """The verdict: ``job_like`` and the words that gave it away (to highlight)."""

    job_like: bool
    words: list[str] = field(default_factory=list)


def _plain(text: str) -> str:
    lowered = text.casefold().replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFC", lowered))


def job_signals(text: str) -> list[str]:
    """The phrases and work words found in ``text``, in the order they appear."""
    plain = _plain(text)
    found: list[tuple[int, str]] = []
    for pattern in STRONG:
        for match in re.finditer(pattern, plain):
            found.append((match.start(), match.group(0).strip()))
    for match in re.finditer(r"[\w'’-]+", plain):
        if match.group(0) in WORK_WORDS:
            found.append((match.start(), match.group(0)))
    seen: list[str] = []
    for _, words in sorted(found):
        if words not in seen:
            seen.append(words)
    return seen


def nudge_for(text: str) -> Nudge:
    """Whether ``text`` reads like a job description rather than a person."""
    plain = _plain(text)
    strong = any(re.search(pattern, plain) for pattern in STRONG)
    words = job_signals(text)
    loose = [w for w in words if w in WORK_WORDS]
    return Nudge(strong or len(set(loose)) >= 2, words)
