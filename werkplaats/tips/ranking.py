"""The ranked list of tips: most votes first, then what most tables brought up.

Merged near-duplicates count once, with the votes of all their tips together. Ties keep
the order in which the tips were harvested, so the list never jumps about; tips with the
same votes and the same number of tables share a place ("2", "2", "4").
"""

from __future__ import annotations

from dataclasses import dataclass

from werkplaats.i18n import t
from werkplaats.model import Session, Tip
from werkplaats.tips.merging import group_members


@dataclass(frozen=True)
class RankedTip:
    place: int  # 1 = top; equal votes and tables share a place
    text: str  # the lead tip's text
    votes: int  # all votes of the group together
    tip_ids: tuple[str, ...]  # lead first, then the tips merged into it
    groups: int  # how many tables (groups) brought it up
    tables: tuple[str, ...]  # their names, as typed
    texts: tuple[str, ...]  # every original text, lead first
    detail: str = ""

    @property
    def lead(self) -> str:
        return self.tip_ids[0]

    def explain(self, language: str = "nl") -> str:
        """Why it stands here: "5 stemmen · genoemd door 2 tafels (tafel 1, tafel 3)"."""
        votes = t("tips.votes_one" if self.votes == 1 else "tips.votes_many", language,
                  n=self.votes)
        if not self.tables:
            return votes
        by = t("tips.by_one" if self.groups == 1 else "tips.by_many", language, n=self.groups,
               tables=", ".join(self.tables))
        return f"{votes} · {by}"


def _tables(tips: list[Tip]) -> tuple[tuple[str, ...], int]:
    """The distinct tables (case and spacing ignored) and how many sources brought it up;
    a tip without a table counts as a source of its own."""
    names: dict[str, str] = {}
    unnamed = 0
    for tip in tips:
        key = " ".join(tip.group.casefold().split())
        if key:
            names.setdefault(key, tip.group.strip())
        else:
            unnamed += 1
    return tuple(names.values()), len(names) + unnamed


def rank_tips(session: Session) -> list[RankedTip]:
    """Every tip or merged group once, best first."""
    order = {tip.id: n for n, tip in enumerate(session.tips)}
    entries = []
    for lead, members in group_members(session.tips).items():
        tables, groups = _tables(members)
        entries.append(
            (
                sum(m.votes for m in members),
                groups,
                order[lead],
                members,
                tables,
            )
        )
    entries.sort(key=lambda e: (-e[0], -e[1], e[2]))
    ranked: list[RankedTip] = []
    for n, (votes, groups, _, members, tables) in enumerate(entries):
        place = n + 1
        if ranked and (ranked[-1].votes, ranked[-1].groups) == (votes, groups):
            place = ranked[-1].place
        head = members[0]
        ranked.append(
            RankedTip(
                place=place,
                text=head.text,
                votes=votes,
                tip_ids=tuple(m.id for m in members),
                groups=groups,
                tables=tables,
                texts=tuple(m.text for m in members),
                detail=head.detail,
            )
        )
    return ranked
