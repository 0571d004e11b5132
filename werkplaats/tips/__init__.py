"""Tip harvesting: collect tips per table, merge near-duplicates, dot vote, rank.

The core of the "Tips oogsten" round, without any user interface:

- ``propose_merges(tips)`` / ``merge_proposals(tips)``: groups of tips that say the same thing
  (Dutch and English, offline), for the facilitator to accept or reject;
- ``merge_tips(session, ids)`` and ``unmerge(session, id)``: a merge keeps every text;
- ``set_votes(session, tip_id, votes, rules=VoteRules(5, 3))``: the dot vote with its limits;
- ``rank_tips(session)``: every tip or merged group once, best first, with an explanation.
"""

from werkplaats.tips.grouping import MergeProposal, compare, merge_proposals, propose_merges
from werkplaats.tips.merging import (
    TipNotFound,
    add_tip,
    delete_tip,
    find_tip,
    group_members,
    leads,
    merge_tips,
    root_of,
    unmerge,
)
from werkplaats.tips.ranking import RankedTip, rank_tips
from werkplaats.tips.voting import (
    DEFAULT_DOTS_PER_PERSON,
    DEFAULT_MAX_PER_TIP,
    VoteLimitError,
    VoteRules,
    clear_votes,
    group_votes,
    set_votes,
    voters_in,
    votes_cast,
)

__all__ = [
    "DEFAULT_DOTS_PER_PERSON",
    "DEFAULT_MAX_PER_TIP",
    "MergeProposal",
    "RankedTip",
    "TipNotFound",
    "VoteLimitError",
    "VoteRules",
    "add_tip",
    "clear_votes",
    "compare",
    "delete_tip",
    "find_tip",
    "group_members",
    "group_votes",
    "leads",
    "merge_proposals",
    "merge_tips",
    "propose_merges",
    "rank_tips",
    "root_of",
    "set_votes",
    "unmerge",
    "voters_in",
    "votes_cast",
]
