"""The outbox: who gets a message, what is in it, headers that cannot be injected,
byte-identical rebuilds, the ledger, forgetting a person, and the SMTP settings."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

import pytest
import vobject
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkplaats.cli import main
from werkplaats.errors import WerkplaatsError
from werkplaats.forget import forget_files
from werkplaats.mail import BUILT, SENT, Outbox, build_outbox, load_settings, smtp_password
from werkplaats.mail.message import build_message, message_id
from werkplaats.mail.settings import MailSettings
from werkplaats.model import Consent, Contact, Pair, PairStatus, Participant, Ref, Session
from werkplaats.store import SessionStore
from werkplaats.summary import may_reach, summaries

NOW = datetime(2026, 11, 23, 21, 0, tzinfo=UTC)
SENDER = Address("Buurtkamer", addr_spec="buurtkamer@example.org")


def confirmed(ask: str, offer: str) -> Pair:
    return Pair(Ref.parse(ask), Ref.parse(offer), PairStatus.CONFIRMED)


@pytest.fixture
def session(demo_store: SessionStore) -> Session:
    with demo_store.edit() as s:
        s.pairs = [
            confirmed("p01#0", "p02#0"),  # Jânke helped by Mehmet: shares, named
            confirmed("p04#0", "p01#1"),  # Sjoerd helped by Jânke: both share
            confirmed("p05#0", "p07#0"),  # Fatima by Annemarie: no share
            confirmed("p03#0", "p11#0"),  # Joëlle by Priya: shares, but not named
        ]
    return s


def parsed(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def messages(session: Session) -> dict[str, EmailMessage]:
    outbox = Outbox(session.id)
    return {pid: parsed(outbox.message_path(e)) for pid, e in outbox.ledger().entries.items()}


def test_who_gets_a_message(session):
    report = build_outbox(session, sender=SENDER, now=NOW)
    skipped = dict(report.skipped)
    assert skipped == {"p02": "no email address", "p12": "no email address",
                       "p13": "no email address", "p14": "no consent"}
    assert sorted(report.built) == sorted(
        p.id for p in session.participants if p.id not in skipped
    )
    assert {e.state for e in Outbox(session.id).ledger().entries.values()} == {BUILT}


def test_a_message_is_text_and_html_with_the_vcards_of_consenting_partners(session):
    build_outbox(session, sender=SENDER, now=NOW)
    mails = messages(session)
    janke = mails["p01"]
    assert janke["Subject"] == "Je samenvatting van Buurtavond De Zwaluwhoek"
    assert janke["To"].addresses[0] == Address("Jânke de Boer", addr_spec="janke.deboer@example.nl")
    assert janke["From"].addresses[0].addr_spec == "buurtkamer@example.org"
    assert janke["Message-ID"] == message_id(session.id, "p01", "example.org")
    body = janke.get_body(("plain",))
    html = janke.get_body(("html",))
    assert body is not None and html is not None
    assert "Hallo Jânke," in body.get_content()
    assert "<!DOCTYPE html>" in html.get_content()
    cards = {part.get_filename(): vobject.readOne(part.get_content())
             for part in janke.iter_attachments()}
    # Mehmet (helps her) and Sjoerd (she helps him) both share: two cards, parsed back.
    assert {name: card.fn.value for name, card in cards.items()} == {
        "mehmet-yldz.vcf": "Mehmet Yıldız", "sjoerd-hoekstra.vcf": "Sjoerd Hoekstra"}
    assert cards["sjoerd-hoekstra.vcf"].email.value == "sjoerd.hoekstra@example.com"
    # Fatima is helped by Annemarie, who does not share: her name, no card, no details.
    fatima = mails["p05"]
    assert list(fatima.iter_attachments()) == []
    text = fatima.get_body(("plain",)).get_content()
    assert "Annemarie Bos" in text and "annemarie.bos@example.org" not in text
    # Joëlle is helped by Priya, who shares but is not to be named: nobody, no card.
    joelle = mails["p03"]
    assert list(joelle.iter_attachments()) == []
    assert "Priya" not in joelle.as_string()


def test_no_mail_carries_what_consent_does_not_allow(session):
    build_outbox(session, sender=SENDER, now=NOW)
    for pid, mail in messages(session).items():
        parts = [mail.as_string()] + [p.get_content() for p in mail.walk()
                                      if not p.is_multipart()]
        text = "\n".join(str(part) for part in parts)
        for person in session.participants:
            if person.id == pid:
                continue
            if not may_reach(person):
                for value in (person.contact.email, person.contact.phone):
                    assert not value or value not in text, f"{pid}'s mail shows {value}"
            if not person.consent.in_summary:
                assert person.name.split()[0] not in text, f"{pid}'s mail names {person.id}"


def test_building_again_gives_the_same_bytes_and_message_ids(session):
    build_outbox(session, sender=SENDER, now=NOW)
    outbox = Outbox(session.id)
    before = {pid: outbox.message_path(e).read_bytes()
              for pid, e in outbox.ledger().entries.items()}
    again = build_outbox(session, sender=SENDER, now=datetime(2027, 1, 1, tzinfo=UTC))
    assert again.built == [] and len(again.unchanged) == len(before)
    after = {pid: outbox.message_path(e).read_bytes()
             for pid, e in outbox.ledger().entries.items()}
    assert after == before


def test_sent_messages_are_left_alone_and_withdrawn_ones_removed(session, demo_store):
    build_outbox(session, sender=SENDER, now=NOW)
    outbox = Outbox(session.id)
    ledger = outbox.ledger()
    ledger.mark(ledger.entries["p01"], SENT)
    with demo_store.edit() as s:
        s.find_participant("p01").intro = "Iets anders"
        s.find_participant("p03").consent = Consent()
    report = build_outbox(s, sender=SENDER, now=NOW)
    assert report.sent == ["p01"] and "p01" not in report.built
    assert report.removed == ["p03"]
    entries = outbox.ledger().entries
    assert entries["p01"].state == SENT and "p03" not in entries
    assert not (outbox.folder / "p03").exists()


def test_dry_run_writes_nothing(session):
    report = build_outbox(session, sender=SENDER, now=NOW, dry_run=True)
    assert len(report.built) == 10
    assert not Outbox(session.id).ledger_path.exists()


def test_forget_removes_the_message_and_the_ledger_entry(session, demo_store):
    build_outbox(session, sender=SENDER, now=NOW)
    demo_store.close()  # the facilitator closed the app; forget opens the session itself
    outbox = Outbox(session.id)
    assert (outbox.folder / "p01" / "summary.eml").is_file()
    result = CliRunner().invoke(main, ["forget", session.id, "p01"])
    assert result.exit_code == 0, result.output
    assert "1 files removed" in result.output
    assert not (outbox.folder / "p01").exists()
    ledger_text = outbox.ledger_path.read_text("utf-8")
    assert "p01" not in outbox.ledger().entries and "janke" not in ledger_text
    assert "p04" in outbox.ledger().entries
    assert forget_files(session.id, "p01") == 0


# -- headers cannot be injected --------------------------------------------------------------
def hostile_message(name: str, title: str) -> EmailMessage:
    person = Participant("p01", name or "x", contact=Contact("a@example.org"),
                         consent=Consent(True, True))
    session = Session("s", title or "t", participants=[person], created="2026-11-23")
    summary = summaries(session).personal[0]
    raw = build_message(summary, person, session, sender=SENDER, msgid="<a@b>", date=NOW)
    back = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(back, EmailMessage)
    return back


def test_a_hostile_name_and_title_cannot_add_headers():
    back = hostile_message("Eve\r\nBcc: victim@example.org\r\n\r\nhi",
                           "Avond\nX-Injected: yes\rSubject: spam")
    assert back["Bcc"] is None and back["X-Injected"] is None
    assert len(back.get_all("Subject")) == 1
    assert [a.addr_spec for a in back["To"].addresses] == ["a@example.org"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.text(min_size=1, max_size=60), title=st.text(min_size=1, max_size=60))
def test_any_name_or_title_gives_the_same_headers(name, title):
    back = hostile_message(name, title)
    assert [k.lower() for k, _value in back.items()] == [
        "subject", "from", "to", "date", "message-id", "auto-submitted", "mime-version",
        "content-type"]
    assert [a.addr_spec for a in back["To"].addresses] == ["a@example.org"]


# -- settings ----------------------------------------------------------------------------------
def write_config(text: str) -> None:
    from werkplaats.locations import config_dir

    config_dir().mkdir(parents=True, exist_ok=True)
    (config_dir() / "mail.toml").write_text(text, "utf-8")


def test_settings_come_from_file_then_environment_then_options():
    write_config('[smtp]\nhost = "smtp.file.example"\nport = 2525\nuser = "file"\n'
                 'from = "File <f@example.org>"\n')
    assert load_settings(env={}) == MailSettings(
        host="smtp.file.example", port=2525, user="file", sender="File <f@example.org>")
    env = {"WERKPLAATS_SMTP_HOST": "smtp.env.example", "WERKPLAATS_SMTP_PORT": "465"}
    from_env = load_settings(env=env)
    assert (from_env.host, from_env.port, from_env.user) == ("smtp.env.example", 465, "file")
    cli = load_settings({"host": "127.0.0.1", "port": None, "plain": True}, env=env)
    assert (cli.host, cli.port, cli.plain) == ("127.0.0.1", 465, True)


def test_a_password_in_the_config_file_is_refused():
    write_config('[smtp]\nhost = "h"\npassword = "oops"\n')
    with pytest.raises(WerkplaatsError, match="holds a password"):
        load_settings(env={})


def test_the_password_comes_from_the_environment_or_a_prompt():
    with_user = MailSettings(host="h", user="u")
    assert smtp_password(with_user, env={"WERKPLAATS_SMTP_PASSWORD": "pw"}) == "pw"
    assert smtp_password(with_user, ask=lambda _: "typed", env={}) == "typed"
    assert smtp_password(MailSettings(host="h"), env={}) is None
    with pytest.raises(WerkplaatsError, match="WERKPLAATS_SMTP_PASSWORD"):
        smtp_password(with_user, env={})


def test_plain_only_for_this_machine():
    MailSettings(host="localhost", plain=True, sender="a@b.nl").check_for_sending()
    with pytest.raises(WerkplaatsError, match="only allowed for a server on this machine"):
        MailSettings(host="smtp.example.org", plain=True, sender="a@b.nl").check_for_sending()
    with pytest.raises(WerkplaatsError, match="no sender address"):
        MailSettings(host="localhost").check_for_sending()
