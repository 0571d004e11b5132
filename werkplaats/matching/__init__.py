"""Pair asks with offers like an experienced facilitator would, in Dutch and English.

``propose_pairs(session)`` proposes pairs for the whole room (capacity per offer, a
threshold below which an ask stays open, confirmed pairs fixed, rejected pairs never);
``rank_offers(session, ask)`` lists the best offers for one ask, for pairing by hand.
"""

from werkplaats.matching.api import Candidate, MatchResult, propose_pairs, rank_offers

__all__ = ["Candidate", "MatchResult", "propose_pairs", "rank_offers"]
