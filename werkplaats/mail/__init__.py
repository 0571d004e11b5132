"""Mailing the summaries: an outbox of ``.eml`` files and exactly-once SMTP delivery.

``build_outbox(session)`` writes one message per participant who may be mailed
(``building``); ``send_outbox(session_id, settings, password)`` delivers what is waiting
(``delivery``), recording every step in the outbox ledger (``outbox``). Settings come from
``mail.toml``, the environment and the command line (``settings``).
"""

from werkplaats.mail.building import BuildReport, build_outbox, why_not_mailed
from werkplaats.mail.delivery import DeliveryReport, send_outbox
from werkplaats.mail.outbox import BUILT, SENDING, SENT, Outbox, forget_person_mail
from werkplaats.mail.settings import MailSettings, load_settings, smtp_password

__all__ = [
    "BUILT",
    "SENDING",
    "SENT",
    "BuildReport",
    "DeliveryReport",
    "MailSettings",
    "Outbox",
    "build_outbox",
    "forget_person_mail",
    "load_settings",
    "send_outbox",
    "smtp_password",
    "why_not_mailed",
]
