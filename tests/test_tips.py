"""Tip harvesting core: near-duplicate grouping (nl, en), merging and undo, the dot vote,
and the ranking."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from werkplaats.bundle import read_bundle
from werkplaats.errors import WerkplaatsError
from werkplaats.model import Participant, Session, Tip
from werkplaats.tips import (
    VoteLimitError,
    VoteRules,
    add_tip,
    group_votes,
    merge_proposals,
    merge_tips,
    propose_merges,
    rank_tips,
    set_votes,
    unmerge,
)

DEMO_BUNDLE = Path(__file__).resolve().parents[1] / "werkplaats" / "demo" / "demo_bundle.json"


def tips_of(*texts: str, groups: tuple[str, ...] = ()) -> list[Tip]:
    return [
        Tip(id=f"t{i + 1:02d}", text=text, group=groups[i] if groups else "")
        for i, text in enumerate(texts)
    ]


def grouped(texts: list[str], language: str = "nl") -> list[list[str]]:
    """The proposed groups, as texts."""
    tips = tips_of(*texts)
    by_id = {tip.id: tip.text for tip in tips}
    return [[by_id[i] for i in group] for group in propose_merges(tips, language=language)]


def session_with(*texts: str, people: int = 10, groups: tuple[str, ...] = ()) -> Session:
    session = Session(id="s", title="test")
    session.participants = [Participant(id=f"p{n:02d}", name=f"P {n}") for n in range(people)]
    session.tips = tips_of(*texts, groups=groups)
    return session


# -- near-duplicates ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        ("Vraag het persoonlijk", "persoonlijk vragen werkt het best", "nl"),
        ("Persoonlijk vragen werkt het beste", "Vraag mensen persoonlijk", "nl"),
        ("Begin klein", "Klein beginnen!", "nl"),
        ("Neem initiatief", "Initiatief nemen", "nl"),
        ("Ga samen eten", "Eet samen met de buren", "nl"),
        ("Hang een prikbord in de hal", "Prikborden in de hal ophangen", "nl"),
        ("Vraag zelf ook eens om hulp", "Durf hulp te vragen", "nl"),
        ("Bel aan bij je buren", "Aanbellen bij de buren werkt beter", "nl"),
        ("Vraag het persoonljik", "Vraag het persoonlijk", "nl"),  # a typo
        ("Ask in person", "Asking personally works best", "en"),
        ("Knock on your neighbours' doors", "knock on the doors of your neighbors", "en"),
        ("Start small", "Starting small is easier", "en"),
        ("Share a meal with your neighbours", "Have dinner with the neighbours", "en"),
    ],
)
def test_obvious_duplicates_are_grouped(first: str, second: str, language: str) -> None:
    assert grouped([first, "Zet een bankje voor je deur", second], language) == [[first, second]]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        ("Vraag het persoonlijk", "Vraag om hulp", "nl"),
        ("Ga samen eten", "Ga samen wandelen", "nl"),
        ("Zet een bankje voor je deur", "Hang een prikbord bij de deur", "nl"),
        ("Bel even aan bij je buren", "Aanbellen werkt beter dan een briefje in de bus", "nl"),
        ("Maak per portiek een appgroep", "Maak ruimte in je hoofd", "nl"),
        ("Spreek een vast moment af", "Spreek mensen aan op het schoolplein", "nl"),
        ("Ask your neighbours for help", "Invite your neighbours for dinner", "en"),
        ("Start a book club", "Start small", "en"),
        ("Listen before you talk", "Listen to music together", "en"),
    ],
)
def test_different_tips_sharing_a_word_stay_apart(first: str, second: str, language: str) -> None:
    assert grouped([first, second], language) == []


def test_no_chains_of_likeness() -> None:
    # A ~ B and B ~ C, but A and C share only one word: not one big group.
    texts = ["Vraag je buren om hulp", "Vraag je buren persoonlijk om hulp",
             "Vraag het persoonlijk"]
    groups = grouped(texts)
    assert all(len(group) == 2 for group in groups)
    assert ["Vraag je buren om hulp", "Vraag het persoonlijk"] not in groups


def test_seed_workshop_tips_with_paraphrases() -> None:
    seeds = ["Ga het gesprek aan", "Neem initiatief", "Zorg voor ruimte in je hoofd",
             "Verbind netwerken", "Persoonlijk vragen werkt het beste"]
    again = ["Neem zelf het initiatief", "Vraag het persoonlijk", "Maak ruimte in je hoofd",
             "Ga met elkaar in gesprek"]
    groups = {frozenset(g) for g in grouped(seeds + again)}
    assert groups == {
        frozenset({"Neem initiatief", "Neem zelf het initiatief"}),
        frozenset({"Persoonlijk vragen werkt het beste", "Vraag het persoonlijk"}),
        frozenset({"Zorg voor ruimte in je hoofd", "Maak ruimte in je hoofd"}),
        frozenset({"Ga het gesprek aan", "Ga met elkaar in gesprek"}),
    }


def test_demo_bundle_groups_only_the_real_duplicate() -> None:
    session = read_bundle(DEMO_BUNDLE)
    proposals = merge_proposals(session.tips, language=session.language)
    assert [p.tip_ids for p in proposals] == [("t02", "t07")]  # "Vraag ... om hulp" x2
    assert set(proposals[0].shared) == {"vraag", "hulp"}


def test_sample_buurtkamer_tips_are_all_different(samples: list[Path]) -> None:
    path = next(p for p in samples if p.name == "demo_buurtkamer.json")
    session = read_bundle(path)
    assert len(session.tips) == 8
    assert propose_merges(session.tips, language=session.language) == []


def test_rejected_proposal_is_not_proposed_again() -> None:
    tips = tips_of("Vraag het persoonlijk", "Persoonlijk vragen werkt het best", "Begin klein",
                   "Klein beginnen")
    assert propose_merges(tips) == [["t01", "t02"], ["t03", "t04"]]
    assert propose_merges(tips, rejected=[["t01", "t02"]]) == [["t03", "t04"]]


def test_merged_tips_are_proposed_as_one_unit() -> None:
    session = session_with("Vraag het persoonlijk", "Persoonlijk vragen werkt het best",
                           "Vraag mensen altijd persoonlijk")
    merge_tips(session, ["t01", "t02"])
    assert propose_merges(session.tips) == [["t01", "t03"]]


# -- merging -------------------------------------------------------------------------------
def test_merge_keeps_every_text_and_undo_restores_exactly() -> None:
    session = session_with("Vraag het persoonlijk", "Persoonlijk vragen werkt het best",
                           "Begin klein", groups=("tafel 1", "tafel 2", "tafel 1"))
    session.tips[1].votes = 2
    before = copy.deepcopy(session)
    lead = merge_tips(session, ["t01", "t02"])
    assert lead.id == "t01"
    assert [t.text for t in session.tips] == [t.text for t in before.tips]
    assert session.tips[1].merged_into == "t01"
    ranked = rank_tips(session)
    assert [r.tip_ids for r in ranked] == [("t01", "t02"), ("t03",)]
    assert ranked[0].texts == ("Vraag het persoonlijk", "Persoonlijk vragen werkt het best")
    assert ranked[0].votes == 2 and ranked[0].groups == 2
    assert unmerge(session, "t01") == ["t02"]
    assert session == before


def test_merging_a_group_into_another_and_undoing_one_step() -> None:
    session = session_with("a a", "b b", "c c", "d d")
    merge_tips(session, ["t01", "t02"])
    merge_tips(session, ["t03", "t04"])
    merge_tips(session, ["t01", "t04"])  # the whole t03 group joins t01
    assert [r.tip_ids for r in rank_tips(session)] == [("t01", "t02", "t03", "t04")]
    unmerge(session, "t03")  # undo the last merge: t03 keeps its own t04
    assert [r.tip_ids for r in rank_tips(session)] == [("t01", "t02"), ("t03", "t04")]
    unmerge(session, "t02")
    unmerge(session, "t04")
    assert all(t.merged_into is None for t in session.tips)


def test_merge_with_an_unknown_tip_changes_nothing() -> None:
    session = session_with("a", "b")
    with pytest.raises(WerkplaatsError, match="t09"):
        merge_tips(session, ["t01", "t09"])
    assert all(t.merged_into is None for t in session.tips)


def test_add_tip_gives_the_next_id_and_refuses_empty_text() -> None:
    session = session_with("a")
    tip = add_tip(session, "  Begin klein ", group="tafel 2")
    assert (tip.id, tip.text, tip.group) == ("t02", "Begin klein", "tafel 2")
    with pytest.raises(WerkplaatsError):
        add_tip(session, "   ")


# -- the dot vote --------------------------------------------------------------------------
def test_votes_respect_the_maximum_per_tip() -> None:
    session = session_with("a", "b", people=4)
    assert set_votes(session, "t01", 12) == 4 * 5 - 12  # 4 people x 3 per tip
    with pytest.raises(VoteLimitError, match="at most 12"):
        set_votes(session, "t02", 13)
    assert session.tips[1].votes == 0


def test_votes_respect_the_dots_in_the_room() -> None:
    session = session_with("a", "b", "c", people=2)  # 2 people x 5 dots = 10
    set_votes(session, "t01", 6)
    set_votes(session, "t02", 4)
    with pytest.raises(VoteLimitError, match="more than the room has"):
        set_votes(session, "t03", 1)
    set_votes(session, "t01", 5)  # correcting a count frees dots again
    assert set_votes(session, "t03", 1) == 0


def test_vote_rules_are_configurable() -> None:
    session = session_with("a", "b", people=1)
    rules = VoteRules(dots_per_person=3, max_per_tip=1)
    with pytest.raises(VoteLimitError):
        set_votes(session, "t01", 2, rules=rules)
    set_votes(session, "t01", 1, rules=rules)
    assert set_votes(session, "t02", 30, voters=30, rules=rules) == 90 - 31
    with pytest.raises(WerkplaatsError):
        VoteRules(dots_per_person=2, max_per_tip=3)


@pytest.mark.parametrize("bad", [-1, True, 2.5])
def test_votes_must_be_whole_numbers(bad: object) -> None:
    session = session_with("a")
    with pytest.raises(VoteLimitError):
        set_votes(session, "t01", bad)  # type: ignore[arg-type]


def test_votes_on_a_merged_tip_go_to_its_group() -> None:
    session = session_with("a", "b", "c", people=5)
    session.tips[1].votes = 2  # brought along from an imported bundle
    merge_tips(session, ["t01", "t02"])
    set_votes(session, "t02", 7)
    assert group_votes(session, "t01") == 7
    assert (session.tips[0].votes, session.tips[1].votes) == (5, 2)
    with pytest.raises(VoteLimitError, match="2 or more"):
        set_votes(session, "t01", 1)


def test_without_participants_only_the_sign_is_checked() -> None:
    session = session_with("a", people=0)
    assert set_votes(session, "t01", 500) == -1


# -- ranking -------------------------------------------------------------------------------
def test_ranking_by_votes_then_tables_then_harvest_order() -> None:
    session = session_with(
        "Begin klein", "Ga samen eten", "Eet samen met de buren", "Neem initiatief",
        "Spreek een vast moment af",
        groups=("tafel 1", "tafel 1", "tafel 2", "tafel 3", "Tafel  3"),
    )
    merge_tips(session, ["t02", "t03"])
    set_votes(session, "t04", 3)
    set_votes(session, "t01", 3)
    ranked = rank_tips(session)
    assert [r.text for r in ranked] == [
        "Begin klein", "Neem initiatief", "Ga samen eten", "Spreek een vast moment af"
    ]
    assert [r.place for r in ranked] == [1, 1, 3, 4]
    assert ranked[2].groups == 2 and ranked[2].tables == ("tafel 1", "tafel 2")
    assert ranked[0].explain("nl") == "3 stemmen · genoemd door 1 tafel (tafel 1)"
    assert ranked[2].explain("en") == "0 votes · brought up by 2 tables (tafel 1, tafel 2)"
    assert rank_tips(session) == ranked  # stable


def test_ranking_holds_every_tip_once_with_bundle_votes() -> None:
    data = json.loads(DEMO_BUNDLE.read_text("utf-8"))
    session = read_bundle(DEMO_BUNDLE)
    ranked = rank_tips(session)
    assert sorted(i for r in ranked for i in r.tip_ids) == [t.id for t in session.tips]
    assert sum(r.votes for r in ranked) == sum(t.get("votes", 0) for t in data["tips"])
