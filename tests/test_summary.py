"""Summaries: what they say, whom they name, and that they open offline.

The privacy tests render every summary and check it against the consent of every person:
contact details only of people who agreed to share them (and to be named), names only of
people who agreed to be in summaries, and nothing personal at all for the organiser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from werkplaats.cli import main
from werkplaats.contact.vcard import normalise_phone
from werkplaats.model import Consent, Contact, Pair, PairStatus, Participant, Ref, Session
from werkplaats.store import SessionStore
from werkplaats.summary import may_name, may_reach, render, summaries, write_summaries
from werkplaats.summary.privacy import name_parts

HOSTILE = "<script>alert(1)</script> *Evil* [x](http://evil.example)"


def confirmed(ask: str, offer: str) -> Pair:
    return Pair(Ref.parse(ask), Ref.parse(offer), PairStatus.CONFIRMED)


@pytest.fixture
def session(demo_store: SessionStore) -> Session:
    """The demo people, paired across every kind of consent, plus two awkward people."""
    with demo_store.edit() as s:
        s.participants.append(Participant(
            "p15", HOSTILE, intro="Ik ben gevaarlijk & <b>vet</b>",
            asks=["Wie helpt me met mijn fiets? Vraag het Priya, 06-99887766"],
            offers=["Ik repareer fietsen"],
            contact=Contact("evil@example.org", "+31 6 1111 2222"),
            consent=Consent(share_contact=True, in_summary=True),
        ))
        s.pairs = [
            confirmed("p01#0", "p02#0"),  # Jânke helped by Mehmet (shares, named)
            confirmed("p11#0", "p01#0"),  # Priya (not named) helped by Jânke
            confirmed("p03#0", "p07#0"),  # Joëlle helped by Annemarie (does not share)
            confirmed("p06#0", "p14#0"),  # Kees helped by Kofi (no consent at all)
            confirmed("p14#0", "p12#0"),  # Kofi helped by Youssef (does not share)
            confirmed("p09#0", "p15#0"),  # Ruben helped by the hostile name
            confirmed("p15#0", "p11#0"),  # the hostile name helped by Priya
        ]
        s.tips[0].text = "Bel Kofi, die weet alles: kofi.mensah@example.com"
        s.tips[0].votes = 4
    return s


def rendered(session: Session, language: str | None = None) -> dict[str, str]:
    made = summaries(session, language)
    docs = {}
    for kind in ("md", "html"):
        docs[f"group.{kind}"] = render(made.group, kind)
        docs[f"organiser.{kind}"] = render(made.organiser, kind)
        for personal in made.personal:
            docs[f"{personal.person_id}.{kind}"] = render(personal, kind)
    return docs


def contact_strings(person: Participant) -> list[str]:
    found = [person.contact.email] if person.contact.email else []
    if person.contact.phone:
        found += [person.contact.phone, normalise_phone(person.contact.phone)]
    return found


def names_in(text: str, person: Participant) -> list[str]:
    return [part for part in name_parts(person.name)
            if re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text)]


def test_no_summary_shows_what_consent_does_not_allow(session):
    docs = rendered(session)
    for doc_name, text in docs.items():
        reader = doc_name.split(".")[0]
        for person in session.participants:
            if person.id == reader:
                continue  # your own summary may hold your own name and details
            if not may_reach(person):
                for value in contact_strings(person):
                    assert value not in text, f"{doc_name} shows {person.id}'s {value}"
            if not may_name(person) or reader == "organiser":
                assert not names_in(text, person), f"{doc_name} names {person.id}"
            if reader == "organiser":
                for value in contact_strings(person):
                    assert value not in text, f"organiser summary shows {value}"


def test_the_organiser_summary_has_no_names_emails_or_phones(session):
    for kind in ("md", "html"):
        text = render(summaries(session).organiser, kind)
        assert not re.search(r"[\w.+-]+@[\w-]+\.\w+", text)
        assert not re.search(r"(?:\d[\s.-]?){9,}", text)  # nine digits or more
        assert "videobellen" in text  # the open asks are there, without names


def test_consenting_helpers_can_be_reached_and_others_cannot(session):
    personal = {p.person_id: p for p in summaries(session).personal}
    janke = personal["p01"]
    assert [(line.other, line.reach is not None) for line in janke.helped_by] == [
        ("Mehmet Yıldız", True)
    ]
    assert janke.helping[0].other is None  # Priya stays unnamed
    assert janke.helping[0].reach is None
    joelle = personal["p03"]
    assert joelle.helped_by[0].other == "Annemarie Bos"  # named, but no contact details
    assert joelle.helped_by[0].reach is None
    kees = personal["p06"]
    assert kees.helped_by[0].other is None and kees.helped_by[0].reach is None
    md = render(janke, "md")
    assert "06-38172645" in md and "Mehmet Yıldız" in md
    assert janke.reachable_partners == ["p02"]


def test_group_summary_lists_tips_pairs_open_asks_and_numbers(session):
    group = summaries(session).group
    assert group.counts.people == 15
    assert group.counts.pairs == 7
    assert group.counts.open_asks == group.counts.asks - 7
    assert group.tips[0].votes == 4
    assert group.tips[0].text == "Bel …, die weet alles: …"  # Kofi's name and mail scrubbed
    assert (group.pairs[0].asker, group.pairs[0].helper) == ("Jânke", "Mehmet")
    assert group.pairs[1].asker is None  # Priya
    md = render(group, "md")
    assert "Wie kent iemand die…?" in md
    assert "Jânke helpt iemand met" in md
    en = render(summaries(session, "en").group, "md")
    assert "Who knows someone who…?" in en and "Who helps whom" in en


def test_hostile_text_stays_text(session):
    docs = rendered(session)
    for name, text in docs.items():
        if name.endswith(".html"):
            assert "<script>" not in text and "<b>vet</b>" not in text
        else:
            assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in docs["p15.html"]
    assert r"\<script\>alert(1)\</script\> \*Evil\* \[x\](http://evil.example)" in docs["p09.md"]
    # The phone number in the hostile person's own ask is scrubbed for everyone else.
    assert "06-99887766" not in docs["group.md"]
    assert "Vraag het …, …" in docs["group.md"]


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for key, value in attrs:
            if key in ("src", "href", "srcset", "poster", "data"):
                self.links.append(value or "")


def test_html_opens_offline(session, tmp_path):
    paths = write_summaries(session, tmp_path / "out")
    html = [p for p in paths if p.suffix == ".html"]
    assert len(html) == 2 + len(session.participants)
    for path in html:
        text = path.read_text("utf-8")
        parser = _Assets()
        parser.feed(text)
        assert not parser.tags & {"script", "link", "img", "iframe", "object", "embed"}
        assert all(link.startswith(("mailto:", "tel:")) for link in parser.links), path
        assert "url(" not in text and "@import" not in text
        assert '<meta charset="utf-8">' in text and "<style>" in text


def test_summary_command_writes_the_folder(session, tmp_path):
    out = tmp_path / "samenvatting"
    result = CliRunner().invoke(main, ["summary", session.id, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "group.html").is_file() and (out / "organiser.md").is_file()
    assert sorted(p.name for p in (out / "personal").iterdir())[:2] == ["p01.html", "p01.md"]
    assert "Samenvatting: Buurtavond" in (out / "group.md").read_text("utf-8")


def test_summary_command_of_an_unknown_session_is_one_sentence(tmp_path: Path):
    result = CliRunner().invoke(main, ["summary", "nope", "-o", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no session 'nope'")


def test_merged_tips_count_once(session):
    with_merge = session
    first, second = with_merge.tips[1], with_merge.tips[2]
    second.merged_into = first.id
    second.votes, first.votes = 3, 2
    tips = summaries(with_merge).group.tips
    texts = [tip.text for tip in tips]
    assert second.text not in texts
    assert tips[0].text == first.text and tips[0].votes == 5


def test_organiser_themes_are_concepts_not_stray_words() -> None:
    from werkplaats.summary.ranking import themes

    asks = [
        "Wie kan er af en toe op mijn dochter passen?",
        "Ik zoek een oppas voor woensdagmiddag",
        "Mijn fietsband is lek, wie helpt?",
        "Iemand die mijn fiets kan repareren",
        "Ik zoek een bank om op te zitten in de tuin",
    ]
    found = {theme.word: theme.count for theme in themes(asks, "nl")}
    assert found.get("oppas") == 2
    assert found.get("fietsreparatie") == 2
    assert "passen" not in found and "bank" not in found and "fiets" not in found
