"""Sending the outbox over SMTP so that each message is delivered at most once, and in the
end exactly once.

Each message goes MAIL, RCPT, DATA by hand so we know how far it got:

* anything that fails before the end-of-data mark (".") has been sent cannot have been
  accepted: the message stays ``built`` and the next run sends it;
* the ledger says ``sending`` before that mark goes out, and ``sent`` once the server
  replies 250; a reply of 4xx/5xx means refused: back to ``built`` (with the reason);
* if the connection drops or times out *after* the mark went out and before the reply,
  the server may or may not have taken the message. We keep it ``sending`` and never send
  it again on our own: a duplicate in someone's inbox is worse than asking the facilitator
  to check (``--resend`` sends it once more, with the same Message-ID, which many mail
  systems use to drop a duplicate). A process killed in that window leaves the same state.

A lost connection (or a 421 "closing") ends the run; the report says what is left, and
running again delivers exactly that.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from werkplaats.errors import WerkplaatsError
from werkplaats.mail.outbox import BUILT, SENDING, SENT, Entry, Ledger, Outbox
from werkplaats.mail.settings import MailSettings, MailSettingsError

_LEADING_DOT = re.compile(rb"(?m)^\.")
SENT_NOW, REFUSED, IN_DOUBT, NOT_SENT = "sent", "refused", "in doubt", "not sent"


class ConnectionLost(Exception):
    def __init__(self, reason: str, in_doubt: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.in_doubt = in_doubt


@dataclass
class DeliveryReport:
    sent: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (person id, server reply)
    unsure: list[tuple[str, str]] = field(default_factory=list)  # may or may not have arrived
    left: list[str] = field(default_factory=list)  # not tried: the connection was lost
    already_sent: int = 0
    stopped: str = ""  # why the run ended early

    @property
    def complete(self) -> bool:
        return not (self.refused or self.unsure or self.left or self.stopped)


def _reply_text(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(text.split())}"


def connect(
    settings: MailSettings, password: str | None, tls_context: ssl.SSLContext | None = None
) -> smtplib.SMTP:
    """An SMTP connection, encrypted with STARTTLS unless ``settings.plain``, logged in."""
    settings.check_for_sending()
    where = f"{settings.host}:{settings.port}"
    try:
        # Given the host here, smtplib also checks the certificate against it at STARTTLS.
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    except (OSError, smtplib.SMTPException) as exc:
        raise WerkplaatsError(f"cannot reach the SMTP server {where}: {exc or type(exc).__name__}"
                              ) from None
    try:
        # Each message ends with two small writes (body, then the end mark: see above);
        # without NODELAY, Nagle + delayed ACKs add ~40 ms to every message.
        if smtp.sock is not None and smtp.sock.family in (socket.AF_INET, socket.AF_INET6):
            smtp.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        smtp.ehlo()
        if not settings.plain:
            if not smtp.has_extn("starttls"):
                raise MailSettingsError(
                    f"the SMTP server {where} does not offer STARTTLS; werkplaats does not "
                    "send personal data unencrypted"
                )
            context = tls_context or ssl.create_default_context(cafile=settings.cafile or None)
            smtp.starttls(context=context)
            smtp.ehlo()
        if settings.user:
            smtp.login(settings.user, password or "")
    except smtplib.SMTPAuthenticationError:
        smtp.close()
        raise MailSettingsError(
            f"the SMTP server {where} refused the user name or password for {settings.user}"
        ) from None
    except ssl.SSLError as exc:
        smtp.close()
        raise WerkplaatsError(f"no secure connection with {where}: {exc.reason or exc}") from None
    except (OSError, smtplib.SMTPException) as exc:
        smtp.close()
        raise WerkplaatsError(f"cannot reach the SMTP server {where}: {exc or type(exc).__name__}"
                              ) from None
    except BaseException:
        smtp.close()
        raise
    return smtp


def _wire_body(payload: bytes) -> bytes:
    body = payload.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n")
    body = _LEADING_DOT.sub(b"..", body)
    return body if body.endswith(b"\r\n") else body + b"\r\n"


def with_sender(payload: bytes, sender: Address) -> bytes:
    """The message with a From header: messages built before a sender was set get one now."""
    head = payload.split(b"\r\n\r\n", 1)[0]
    if re.search(rb"(?im)^from:", head):
        return payload
    header = EmailMessage(policy=policy.SMTP)
    header["From"] = sender
    return header.as_bytes().split(b"\r\n\r\n", 1)[0] + b"\r\n" + payload


def deliver_one(
    smtp: smtplib.SMTP, sender: str, entry: Entry, payload: bytes, ledger: Ledger
) -> tuple[str, str]:
    """Hand one message to the server; returns (outcome, server reply). See the module doc."""
    entry.attempts += 1
    try:
        code, text = smtp.mail(sender)
        if code == 250:
            code, text = smtp.rcpt(entry.to)
        if code in (250, 251):
            smtp.putcmd("data")
            code, text = smtp.getreply()
    except OSError as exc:  # smtplib's errors are OSErrors too
        ledger.mark(entry, BUILT, f"connection lost: {exc}")
        raise ConnectionLost(str(exc) or type(exc).__name__, in_doubt=False) from None
    if code != 354:
        reply = _reply_text(code, text)
        ledger.mark(entry, BUILT, reply)
        _after_refusal(smtp, code, reply)
        return REFUSED, reply
    ledger.mark(entry, SENDING)
    try:
        smtp.send(_wire_body(payload))
    except OSError as exc:  # the end-of-data mark never left: the server cannot have it
        ledger.mark(entry, BUILT, f"connection lost: {exc}")
        raise ConnectionLost(str(exc) or type(exc).__name__, in_doubt=False) from None
    try:
        smtp.send(b".\r\n")
        code, text = smtp.getreply()
    except OSError as exc:
        reason = f"connection lost before the server confirmed: {exc}"
        ledger.mark(entry, SENDING, reason)
        raise ConnectionLost(reason, in_doubt=True) from None
    reply = _reply_text(code, text)
    if code == 250:
        ledger.mark(entry, SENT)
        return SENT_NOW, reply
    ledger.mark(entry, BUILT, reply)
    _after_refusal(smtp, code, reply)
    return REFUSED, reply


def _after_refusal(smtp: smtplib.SMTP, code: int, reply: str) -> None:
    if code == 421:  # the server is closing the connection
        raise ConnectionLost(reply, in_doubt=False)
    try:
        smtp.rset()
    except OSError as exc:
        raise ConnectionLost(str(exc), in_doubt=False) from None


def send_outbox(
    session_id: str,
    settings: MailSettings,
    password: str | None,
    root: Path | None = None,
    *,
    tls_context: ssl.SSLContext | None = None,
    progress: Callable[[Entry, str], None] | None = None,
) -> DeliveryReport:
    """Send every ``built`` message of the session's outbox; see the module doc."""
    settings.check_for_sending()
    sender = settings.sender_address()
    outbox = Outbox(session_id, root)
    report = DeliveryReport()
    with outbox.locked():
        ledger = outbox.ledger()
        report.already_sent = len(ledger.in_state(SENT))
        report.unsure = [(e.person, e.error) for e in ledger.in_state(SENDING)]
        todo = ledger.in_state(BUILT)
        if not todo:
            return report
        payloads = {e.person: with_sender(outbox.read_message(e), sender) for e in todo}
        smtp = connect(settings, password, tls_context)
        lost = False
        try:
            for i, entry in enumerate(todo):
                try:
                    outcome, reply = deliver_one(smtp, sender.addr_spec, entry,
                                                 payloads[entry.person], ledger)
                except ConnectionLost as exc:
                    lost = True
                    report.stopped = exc.reason
                    if exc.in_doubt:
                        report.unsure.append((entry.person, exc.reason))
                        report.left = [e.person for e in todo[i + 1:]]
                    else:
                        report.left = [e.person for e in todo[i:]]
                    if progress:
                        progress(entry, IN_DOUBT if exc.in_doubt else NOT_SENT)
                    break
                if outcome == SENT_NOW:
                    report.sent.append(entry.person)
                else:
                    report.refused.append((entry.person, reply))
                if progress:
                    progress(entry, outcome)
        finally:
            if lost:
                smtp.close()
            else:
                with contextlib.suppress(OSError):
                    smtp.quit()
    return report
