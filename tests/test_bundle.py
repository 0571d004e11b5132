"""Bundle JSON: validation messages, sample round trips, hostile text round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkplaats.bundle import bundle_from_session, parse_bundle, read_bundle
from werkplaats.errors import ImportFileError
from werkplaats.importing import add_to_session
from werkplaats.model import PairStatus, Session

HOSTILE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: s.strip()) | st.sampled_from(
    ['Jânke "JJ" de Vries', "van der Werff, Hylke", "line\nbreak", "emoji 🚲✂️", "שלום عربى",
     "semi;colon\\back", "  spaced  "]
)


def person(pid: str, **extra: object) -> dict[str, object]:
    return {"id": pid, "name": f"Naam {pid}", **extra}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "the top level must be an object"),
        ({"participants": {}}, "'participants' must be a list"),
        ({"participants": [{"name": "Jort"}]}, r"participants\[0\].id is missing"),
        ({"participants": [person("p1"), person("p1")]}, r"participants\[1\].id 'p1' is used"),
        ({"participants": [person("p1", asks="knippen")]},
         r"participants\[0\].asks must be a list"),
        ({"participants": [person("p1", consent={"share_contact": "ja"})]},
         r"consent.share_contact must be true or false"),
        ({"participants": [person("p1")], "tips": [{"text": "x", "votes": -2}]},
         r"tips\[0\].votes must be a whole number"),
        ({"participants": [person("p1", asks=["a"], offers=["b"])],
          "pairs": [{"ask": "p1#0", "offer": "p1#0"}]}, "own offer"),
        ({"participants": [person("p1", asks=["a"]), person("p2")],
          "pairs": [{"ask": "p1#0", "offer": "p2#3"}]}, r"'p2#3' is not an offer"),
    ],
)
def test_a_wrong_field_is_named(data: object, message: str) -> None:
    with pytest.raises(ImportFileError, match=rf"^groep.json: .*{message}"):
        parse_bundle(data, "groep.json")


def test_missing_consent_means_no_and_unknown_keys_are_ignored() -> None:
    session = parse_bundle(
        {"participants": [person("p1", contact={"email": "a@example.org"}, hobby="x")],
         "gold": [], "whatever": 1},
        "b.json",
    )
    assert session.participants[0].consent.share_contact is False
    assert session.participants[0].consent.in_summary is False
    exported = bundle_from_session(session)
    assert set(exported) == {"title", "language", "participants", "tips", "pairs"}
    assert "hobby" not in exported["participants"][0]


def test_not_json_says_which_line(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text('{\n "participants": [\n  {"id": "p1",,}\n ]\n}', "utf-8")
    with pytest.raises(ImportFileError, match=r"kapot.json line 3: not valid JSON"):
        read_bundle(bad)


def _people_view(bundle: dict) -> list[tuple]:
    return [
        (p["id"], p["name"], p.get("intro", ""), p.get("asks", []), p.get("offers", []),
         {k: v for k, v in p.get("contact", {}).items() if v},
         {"share_contact": p.get("consent", {}).get("share_contact", False),
          "in_summary": p.get("consent", {}).get("in_summary", False)})
        for p in bundle["participants"]
    ]


def test_samples_survive_import_and_export(samples: list[Path]) -> None:
    for path in samples:
        original = json.loads(path.read_text("utf-8"))
        session = Session(id="s", title="t")
        add_to_session(session, *_parts(read_bundle(path)))
        exported = bundle_from_session(session)
        assert _people_view(exported) == _people_view(original), path.name
        assert [t["text"] for t in exported["tips"]] == [
            t["text"] for t in original.get("tips", [])
        ]


def _parts(session: Session):
    return session.participants, session.tips, session.pairs


participants_strategy = st.lists(
    st.fixed_dictionaries(
        {"name": HOSTILE, "intro": st.text(max_size=60), "asks": st.lists(HOSTILE, max_size=3),
         "offers": st.lists(HOSTILE, max_size=3),
         "contact": st.fixed_dictionaries({"email": st.emails(), "phone": st.from_regex(
             r"\+31 6 \d{8}", fullmatch=True)}),
         "consent": st.fixed_dictionaries({"share_contact": st.booleans(),
                                           "in_summary": st.booleans()})}),
    min_size=1, max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(participants_strategy, st.lists(HOSTILE, max_size=4))
def test_export_then_import_is_the_same_session(people: list[dict], tips: list[str]) -> None:
    data = {
        "title": "Buurtkamer",
        "participants": [{"id": f"p{i}", **p} for i, p in enumerate(people)],
        "tips": [{"text": t, "group": "tafel 1", "votes": i} for i, t in enumerate(tips)],
    }
    first = parse_bundle(data)
    asks = [(p.id, i) for p in first.participants for i in range(len(p.asks))]
    offers = [(p.id, i) for p in first.participants for i in range(len(p.offers))]
    pairs = [(a, o) for a in asks for o in offers if a[0] != o[0]][:1]
    data["pairs"] = [{"ask": f"{a[0]}#{a[1]}", "offer": f"{o[0]}#{o[1]}"} for a, o in pairs]
    first = parse_bundle(json.loads(json.dumps(data)))
    text = json.dumps(bundle_from_session(first), ensure_ascii=False)
    second = parse_bundle(json.loads(text))
    assert second.participants == first.participants
    assert second.tips == first.tips
    assert second.pairs == first.pairs
    assert all(p.status is PairStatus.CONFIRMED for p in second.pairs)
