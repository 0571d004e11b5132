"""Sending the outbox to a real SMTP server (aiosmtpd on 127.0.0.1), with faults injected.

Every test starts its own server. The handler can refuse (451/421), drop the connection,
or stall past the client's timeout at a chosen message; the tests check that each message
reaches the server exactly once over as many runs as it takes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import ipaddress
import socket
import ssl
from collections import Counter
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner

from werkplaats.cli import main
from werkplaats.errors import WerkplaatsError
from werkplaats.mail import (
    BUILT,
    SENDING,
    SENT,
    MailSettings,
    Outbox,
    build_outbox,
    send_outbox,
)
from werkplaats.model import Pair, PairStatus, Ref, Session
from werkplaats.store import SessionStore

SENDER = "Buurtkamer <buurtkamer@example.org>"


def free_port() -> int:
    # aiosmtpd's Controller cannot take port 0 (its readiness probe connects to it).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class FaultyHandler:
    """Stores what the server accepted; misbehaves once at the n-th message when asked."""

    def __init__(self) -> None:
        self.accepted: list[email.message.EmailMessage] = []
        self.mail_calls = 0
        self.data_calls = 0
        self.refuse_rcpt_at: dict[int, str] = {}  # message number (1-based) -> reply
        self.refuse_data_at: dict[int, str] = {}
        self.drop_at_mail: int | None = None  # close the connection at this MAIL FROM
        self.drop_after_data_at: int | None = None  # store the message, then hang up
        self.stall_data_at: int | None = None  # store it, reply only after a long pause
        self.stall_mail_at: int | None = None

    async def handle_MAIL(self, server, session, envelope, address, options):
        self.mail_calls += 1
        if self.drop_at_mail == self.mail_calls:
            self.drop_at_mail = None
            server.transport.close()
            return "421 gone"
        if self.stall_mail_at == self.mail_calls:
            self.stall_mail_at = None
            await asyncio.sleep(2)
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, options):
        reply = self.refuse_rcpt_at.pop(self.mail_calls, None)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_calls += 1
        reply = self.refuse_data_at.pop(self.data_calls, None)
        if reply:
            return reply
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.accepted.append(message)
        if self.drop_after_data_at == self.data_calls:
            self.drop_after_data_at = None
            server.transport.close()
            return "250 OK (nobody hears this)"
        if self.stall_data_at == self.data_calls:
            self.stall_data_at = None
            await asyncio.sleep(2)
        return "250 OK"

    def counts(self) -> Counter[str]:
        return Counter(str(m["Message-ID"]) for m in self.accepted)


@pytest.fixture
def handler() -> FaultyHandler:
    return FaultyHandler()


@pytest.fixture
def server(handler: FaultyHandler) -> Iterator[Controller]:
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def session(demo_store: SessionStore) -> Session:
    with demo_store.edit() as s:
        s.pairs = [
            Pair(Ref("p01", 0), Ref("p02", 0), PairStatus.CONFIRMED),
            Pair(Ref("p03", 0), Ref("p04", 0), PairStatus.CONFIRMED),
            Pair(Ref("p06", 0), Ref("p07", 0), PairStatus.CONFIRMED),
            Pair(Ref("p09", 0), Ref("p05", 0), PairStatus.CONFIRMED),
        ]
    return s


def plain_settings(server: Controller, timeout: float = 5.0) -> MailSettings:
    return MailSettings(host="127.0.0.1", port=server.port, sender=SENDER, plain=True,
                        timeout=timeout)


def outbox_ids(session: Session) -> set[str]:
    ledger = Outbox(session.id).ledger()
    return {e.message_id for e in ledger.entries.values()}


def states(session: Session) -> Counter[str]:
    return Counter(e.state for e in Outbox(session.id).ledger().entries.values())


def run_until_done(session: Session, settings: MailSettings, runs: int = 5) -> int:
    """Send again after each failure, as a facilitator would; returns how many runs it took."""
    for n in range(1, runs + 1):
        report = send_outbox(session.id, settings, None)
        if not report.stopped and not report.refused:
            return n
    raise AssertionError("still not done")


def test_every_message_is_delivered_once(session, server, handler):
    built = build_outbox(session, sender=None)
    report = send_outbox(session.id, plain_settings(server), None)

    assert len(report.sent) == built.waiting == 10
    assert report.complete
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))
    assert states(session) == Counter({SENT: 10})
    # Each arrived message is the stored file, addressed to its person, from the sender.
    ledger = Outbox(session.id).ledger()
    by_id = {str(m["Message-ID"]): m for m in handler.accepted}
    for entry in ledger.entries.values():
        arrived = by_id[entry.message_id]
        assert arrived["To"].addresses[0].addr_spec == entry.to
        assert arrived["From"].addresses[0].addr_spec == "buurtkamer@example.org"

    # A second run sends nothing, and building again leaves sent messages alone.
    again = build_outbox(session, sender=None)
    assert len(again.sent) == 10 and again.waiting == 0
    assert send_outbox(session.id, plain_settings(server), None).sent == []
    assert len(handler.accepted) == 10


def test_a_451_for_one_recipient_is_retried_on_the_next_run(session, server, handler):
    build_outbox(session)
    handler.refuse_rcpt_at[3] = "451 4.3.0 mailbox busy, try later"
    first = send_outbox(session.id, plain_settings(server), None)

    assert len(first.sent) == 9
    assert [reply for _, reply in first.refused] == ["451 4.3.0 mailbox busy, try later"]
    assert states(session) == Counter({SENT: 9, BUILT: 1})

    second = send_outbox(session.id, plain_settings(server), None)
    assert second.sent == [first.refused[0][0]]
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))


def test_a_421_at_data_ends_the_run_and_the_rerun_sends_the_rest(session, server, handler):
    build_outbox(session)
    handler.refuse_data_at[4] = "421 4.3.2 shutting down"
    first = send_outbox(session.id, plain_settings(server), None)

    assert len(first.sent) == 3
    assert first.stopped.startswith("421")
    assert len(first.left) == 7 and not first.unsure

    assert run_until_done(session, plain_settings(server)) == 1
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))
    assert states(session) == Counter({SENT: 10})


def test_a_dropped_connection_after_the_nth_message(session, server, handler):
    build_outbox(session)
    handler.drop_at_mail = 6  # five messages went through, then the Wi-Fi is gone
    first = send_outbox(session.id, plain_settings(server), None)

    assert len(first.sent) == 5 and len(first.left) == 5
    assert first.stopped and not first.unsure
    assert states(session) == Counter({SENT: 5, BUILT: 5})

    second = send_outbox(session.id, plain_settings(server), None)
    assert len(second.sent) == 5 and second.complete
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))


def test_a_drop_between_data_and_reply_is_never_sent_twice(session, server, handler):
    build_outbox(session)
    handler.drop_after_data_at = 2  # the server has message 2, the client never hears so
    first = send_outbox(session.id, plain_settings(server), None)

    assert len(first.sent) == 1
    assert len(first.unsure) == 1 and len(first.left) == 8
    unsure_pid = first.unsure[0][0]
    assert states(session) == Counter({SENT: 1, SENDING: 1, BUILT: 8})

    second = send_outbox(session.id, plain_settings(server), None)
    assert len(second.sent) == 8
    assert [pid for pid, _ in second.unsure] == [unsure_pid]  # reported, not resent
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))

    # Only an explicit --resend sends it once more (same Message-ID, for dedup).
    build_outbox(session, resend=[unsure_pid])
    third = send_outbox(session.id, plain_settings(server), None)
    assert third.sent == [unsure_pid]
    assert max(handler.counts().values()) == 2


def test_a_timeout_waiting_for_the_reply_to_data_is_unsure(session, server, handler):
    build_outbox(session)
    handler.stall_data_at = 4
    first = send_outbox(session.id, plain_settings(server, timeout=0.5), None)

    assert len(first.sent) == 3 and len(first.unsure) == 1
    second = send_outbox(session.id, plain_settings(server, timeout=0.5), None)
    assert len(second.sent) == 6
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))


def test_a_timeout_before_data_is_retried(session, server, handler):
    build_outbox(session)
    handler.stall_mail_at = 2
    first = send_outbox(session.id, plain_settings(server, timeout=0.5), None)

    assert len(first.sent) == 1 and not first.unsure and len(first.left) == 9
    assert run_until_done(session, plain_settings(server, timeout=0.5)) == 1
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))


def test_an_unreachable_server_sends_nothing_and_loses_nothing(session):
    build_outbox(session)
    settings = MailSettings(host="127.0.0.1", port=free_port(), sender=SENDER, plain=True,
                            timeout=1)
    with pytest.raises(WerkplaatsError, match="cannot reach the SMTP server"):
        send_outbox(session.id, settings, None)
    assert states(session) == Counter({BUILT: 10})


# -- STARTTLS with a certificate made here ------------------------------------------------
def make_certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(handler: FaultyHandler, tmp_path: Path) -> Iterator[tuple[Controller, Path]]:
    cert, key = make_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def check(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == b"facilitator" and auth_data.password == b"s3cret-pw"
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd replies 535

    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=context,
        require_starttls=True,
        authenticator=check,
        auth_require_tls=True,
    )
    controller.start()
    yield controller, cert
    controller.stop()


def test_starttls_with_login(session, tls_server, handler):
    server, cert = tls_server
    build_outbox(session)
    settings = MailSettings(host="127.0.0.1", port=server.port, user="facilitator",
                            sender=SENDER, cafile=str(cert), timeout=5)
    report = send_outbox(session.id, settings, "s3cret-pw")
    assert len(report.sent) == 10
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))


def test_starttls_refuses_a_certificate_it_cannot_verify(session, tls_server, handler):
    server, _cert = tls_server
    build_outbox(session)
    settings = MailSettings(host="127.0.0.1", port=server.port, sender=SENDER, timeout=5)
    with pytest.raises(WerkplaatsError, match="no secure connection"):
        send_outbox(session.id, settings, None)
    assert handler.accepted == [] and states(session) == Counter({BUILT: 10})


def test_a_wrong_password_is_one_clear_sentence(session, tls_server):
    server, cert = tls_server
    build_outbox(session)
    settings = MailSettings(host="127.0.0.1", port=server.port, user="facilitator",
                            sender=SENDER, cafile=str(cert), timeout=5)
    with pytest.raises(WerkplaatsError, match="refused the user name or password"):
        send_outbox(session.id, settings, "wrong")


# -- the command line ----------------------------------------------------------------------
def test_mail_command_sends_with_a_progress_bar_and_resumes(session, server, handler,
                                                            data_root, tmp_path, monkeypatch):
    runner = CliRunner()
    args = ["mail", session.id, "--send", "--host", "127.0.0.1", "--port", str(server.port),
            "--plain", "--from", SENDER, "--timeout", "5"]
    handler.drop_at_mail = 4
    first = runner.invoke(main, args)
    assert first.exit_code == 1, first.output
    assert "the connection was lost" in first.output
    assert "7 messages are still waiting" in first.output
    assert "sending" in first.output  # the progress bar (stderr is mixed in by CliRunner)

    second = runner.invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "sent 7 of 7 messages" in second.output
    assert handler.counts() == Counter(dict.fromkeys(outbox_ids(session), 1))


def test_dry_run_sends_and_writes_nothing(session, server, handler, data_root):
    result = CliRunner().invoke(main, ["mail", session.id, "--send", "--dry-run", "--host",
                                       "127.0.0.1", "--port", str(server.port), "--plain",
                                       "--from", SENDER])
    assert result.exit_code == 0, result.output
    assert "would send 10 messages" in result.output
    assert handler.accepted == [] and handler.mail_calls == 0
    assert not Outbox(session.id).ledger_path.exists()


def test_plain_is_refused_for_a_remote_host(session):
    result = CliRunner().invoke(main, ["mail", session.id, "--send", "--host",
                                       "smtp.example.org", "--plain", "--from", SENDER])
    assert result.exit_code == 1
    assert "only allowed for a server on this machine" in result.output
    assert "Traceback" not in result.output


def test_the_password_is_never_written(session, tls_server, handler, data_root, tmp_path,
                                       monkeypatch):
    server, cert = tls_server
    monkeypatch.setenv("WERKPLAATS_SMTP_PASSWORD", "s3cret-pw")
    monkeypatch.setenv("WERKPLAATS_SMTP_CAFILE", str(cert))
    result = CliRunner().invoke(main, ["mail", session.id, "--send", "--host", "127.0.0.1",
                                       "--port", str(server.port), "--user", "facilitator",
                                       "--from", SENDER])
    assert result.exit_code == 0, result.output
    assert len(handler.accepted) == 10
    assert "s3cret-pw" not in result.output
    for path in tmp_path.rglob("*"):
        if path.is_file() and path not in (cert,):
            assert b"s3cret-pw" not in path.read_bytes(), path
