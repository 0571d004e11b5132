"""The dot vote, as facilitators run it with stickers or raised hands.

Everyone in the room gets a number of dots (default 5) and may put at most a few of them
on one tip (default 3). The facilitator counts and enters the total per tip; these checks
catch a typo ("33" for "3") by refusing totals the room cannot have given: more than
``max_per_tip`` x voters on one tip, or more than ``dots_per_person`` x voters in all.
A merged group is voted on as one: its votes are entered on its lead tip.
"""

from __future__ import annotations

from dataclasses import dataclass

from werkplaats.errors import WerkplaatsError
from werkplaats.model import Session
from werkplaats.tips.merging import find_tip, group_members, root_of

DEFAULT_DOTS_PER_PERSON = 5
DEFAULT_MAX_PER_TIP = 3


class VoteLimitError(WerkplaatsError):
    """A vote count the room cannot have given; nothing was changed.

    ``reason`` ("whole", "merged", "per_tip", "room") and ``values`` let a screen say it
    in the facilitator's language (catalog keys ``tips.limit_<reason>``)."""

    def __init__(self, message: str, reason: str = "", **values: int | str) -> None:
        super().__init__(message)
        self.reason = reason
        self.values = values


@dataclass(frozen=True)
class VoteRules:
    dots_per_person: int = DEFAULT_DOTS_PER_PERSON
    max_per_tip: int = DEFAULT_MAX_PER_TIP

    def __post_init__(self) -> None:
        if self.dots_per_person < 1 or self.max_per_tip < 1:
            raise WerkplaatsError("dots per person and maximum per tip must be 1 or more")
        if self.max_per_tip > self.dots_per_person:
            raise WerkplaatsError(
                f"the maximum per tip ({self.max_per_tip}) cannot be more than the dots per "
                f"person ({self.dots_per_person})"
            )


def voters_in(session: Session, voters: int | None = None) -> int | None:
    """How many people vote: as given, else the people in the session (None: unknown)."""
    if voters is not None:
        return voters
    return len(session.participants) or None


def group_votes(session: Session, tip_id: str) -> int:
    """The votes of the group ``tip_id`` belongs to: the sum over all its tips."""
    lead = root_of(session.tips, tip_id)
    return sum(tip.votes for tip in group_members(session.tips)[lead])


def votes_cast(session: Session) -> int:
    return sum(tip.votes for tip in session.tips)


def set_votes(
    session: Session,
    tip_id: str,
    votes: int,
    *,
    rules: VoteRules | None = None,
    voters: int | None = None,
) -> int:
    """Set the vote total of the group ``tip_id`` belongs to; returns the dots still left
    in the room (or -1 when the number of voters is unknown).

    The total is stored on the group's lead tip; votes that other tips of the group brought
    along (from an imported bundle) still count, so the lead gets the difference."""
    rules = rules or VoteRules()
    if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
        raise VoteLimitError(
            f"votes for tip {tip_id!r} must be a whole number of 0 or more", "whole"
        )
    lead = find_tip(session.tips, root_of(session.tips, tip_id))
    others = group_votes(session, lead.id) - lead.votes
    if votes < others:
        raise VoteLimitError(
            f"tip {lead.id!r} already has {others} votes from the tips merged into it; "
            f"enter {others} or more",
            "merged",
            least=others,
        )
    room = voters_in(session, voters)
    if room is not None:
        most = rules.max_per_tip * room
        if votes > most:
            raise VoteLimitError(
                f"tip {lead.id!r} can get at most {most} votes "
                f"({room} people x {rules.max_per_tip} per tip)",
                "per_tip",
                most=most,
                people=room,
                per_tip=rules.max_per_tip,
            )
        total = votes_cast(session) - lead.votes - others + votes
        budget = rules.dots_per_person * room
        if total > budget:
            raise VoteLimitError(
                f"{total} votes in all is more than the room has "
                f"({room} people x {rules.dots_per_person} dots = {budget})",
                "room",
                total=total,
                budget=budget,
                people=room,
                dots=rules.dots_per_person,
            )
    lead.votes = votes - others
    if room is None:
        return -1
    return rules.dots_per_person * room - votes_cast(session)


def clear_votes(session: Session) -> None:
    """Start the vote again."""
    for tip in session.tips:
        tip.votes = 0
