"""The headless tips report behind ``werkplaats tips``: proposed groups and the ranking.

Works on a copy of the session: every proposed merge is applied to the copy, and the
ranking is what the projector would show if the facilitator accepted them all.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from werkplaats.i18n import t
from werkplaats.model import Session
from werkplaats.tips.grouping import MergeProposal, merge_proposals
from werkplaats.tips.merging import merge_tips
from werkplaats.tips.ranking import RankedTip, rank_tips


@dataclass(frozen=True)
class TipsReport:
    tips: list[str]  # tip texts, in bundle order
    tables: list[str]
    proposals: list[MergeProposal]
    ranking: list[RankedTip]
    index: dict[str, int]  # tip id -> position in the bundle

    def groups(self) -> list[list[int]]:
        return [[self.index[i] for i in p.tip_ids] for p in self.proposals]

    def as_json(self) -> dict[str, Any]:
        return {
            "groups": self.groups(),
            "ranking": [
                {"tips": [self.index[i] for i in r.tip_ids], "text": r.text, "votes": r.votes}
                for r in self.ranking
            ],
        }

    def as_text(self, language: str = "nl") -> str:
        lines = [t("tips.cli_groups", language)]
        if not self.proposals:
            lines.append("  " + t("tips.proposals_none", language))
        for proposal, group in zip(self.proposals, self.groups(), strict=True):
            lines.append("  " + t("tips.proposal", language, why=proposal.why))
            lines.extend(f"    [{n}] {self._label(n)}" for n in group)
        lines += ["", t("tips.cli_ranking", language)]
        if not self.ranking:
            lines.append("  " + t("tips.no_tips", language))
        width = len(str(len(self.ranking)))
        for entry in self.ranking:
            first, *others = (self.index[i] for i in entry.tip_ids)
            lines.append(f"  {entry.place:>{width}}. [{first}] {entry.text}")
            lines.extend(f"  {'':>{width}}  [{n}] {self.tips[n]}" for n in others)
            lines.append(f"  {'':>{width}}  {entry.explain(language)}")
        return "\n".join(lines) + "\n"

    def _label(self, n: int) -> str:
        return f"{self.tips[n]} ({self.tables[n]})" if self.tables[n] else self.tips[n]


def tips_report(session: Session) -> TipsReport:
    """Proposed merges for the session's tips, and the ranking with all of them accepted."""
    proposals = merge_proposals(session.tips, language=session.language)
    merged = copy.deepcopy(session)
    for proposal in proposals:
        merge_tips(merged, list(proposal.tip_ids))
    return TipsReport(
        tips=[tip.text for tip in session.tips],
        tables=[tip.group for tip in session.tips],
        proposals=proposals,
        ranking=rank_tips(merged),
        index={tip.id: n for n, tip in enumerate(session.tips)},
    )
