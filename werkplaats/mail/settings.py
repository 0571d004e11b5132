"""SMTP settings: a config file, the environment, then command-line options, in that order.

The file is ``mail.toml`` in the user config folder (``werkplaats.locations.config_dir()``)::

    [smtp]
    host = "smtp.example.org"
    port = 587
    user = "buurtkamer@example.org"
    from = "Buurtkamer De Linde <buurtkamer@example.org>"

The environment can set or override each: ``WERKPLAATS_SMTP_HOST``, ``_PORT``, ``_USER``,
``_FROM``, ``_TIMEOUT``, ``_CAFILE``. The password is never read from a file and never
written anywhere: it comes from ``WERKPLAATS_SMTP_PASSWORD`` or from a prompt.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from email.headerregistry import Address
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from werkplaats import locations
from werkplaats.errors import WerkplaatsError
from werkplaats.summary.privacy import EMAIL_ADDRESS

CONFIG_NAME = "mail.toml"
PASSWORD_ENV = "WERKPLAATS_SMTP_PASSWORD"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_KEYS = {"host": "host", "port": "port", "user": "user", "from": "sender",
         "timeout": "timeout", "cafile": "cafile"}


class MailSettingsError(WerkplaatsError):
    """The SMTP settings are missing something or are not safe to use."""


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    user: str = ""
    sender: str = ""
    plain: bool = False  # no STARTTLS: only allowed for a server on this machine
    timeout: float = 30.0
    cafile: str = ""  # extra certificate authority, e.g. for a relay with its own certificate

    def sender_address(self) -> Address:
        """The From address; raises MailSettingsError if it is missing or malformed."""
        if not self.sender.strip():
            raise MailSettingsError(
                f"no sender address: set 'from' in {config_path()}, WERKPLAATS_SMTP_FROM or --from"
            )
        name, addr = parseaddr(" ".join(self.sender.split()))
        if not EMAIL_ADDRESS.match(addr):
            raise MailSettingsError(f"the sender address {self.sender!r} is not an email address")
        return Address(display_name=name, addr_spec=addr)

    def check_for_sending(self) -> None:
        """Raise MailSettingsError unless these settings can be used to send."""
        if not self.host:
            raise MailSettingsError(
                f"no SMTP server: set 'host' in {config_path()}, WERKPLAATS_SMTP_HOST or --host"
            )
        if self.plain and self.host.lower() not in LOCAL_HOSTS:
            raise MailSettingsError(
                f"--plain (no encryption) is only allowed for a server on this machine "
                f"(localhost or 127.0.0.1), not for {self.host}"
            )
        self.sender_address()


def config_path() -> Path:
    return locations.config_dir() / CONFIG_NAME


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise MailSettingsError(f"{path}: cannot read the mail settings ({exc})") from None
    smtp = data.get("smtp", data)
    if not isinstance(smtp, dict):
        raise MailSettingsError(f"{path}: [smtp] must be a table")
    if "password" in smtp:
        raise MailSettingsError(
            f"{path} holds a password: remove it; werkplaats takes the password only from "
            f"{PASSWORD_ENV} or asks for it"
        )
    return {_KEYS[k]: v for k, v in smtp.items() if k in _KEYS}


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    found = {}
    for key, field_name in _KEYS.items():
        value = env.get(f"WERKPLAATS_SMTP_{key.upper()}")
        if value:
            found[field_name] = value
    return found


def _typed(values: dict[str, Any], where: str) -> dict[str, Any]:
    typed: dict[str, Any] = {}
    for name, value in values.items():
        if value is None:
            continue
        try:
            if name == "port":
                typed[name] = int(value)
            elif name == "timeout":
                typed[name] = float(value)
            elif name == "plain":
                typed[name] = bool(value)
            else:
                typed[name] = str(value).strip()
        except (TypeError, ValueError):
            raise MailSettingsError(f"{where}: {name} {value!r} is not a number") from None
    return typed


def load_settings(
    overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> MailSettings:
    """Settings from the config file, then the environment, then ``overrides`` (CLI options)."""
    env = os.environ if env is None else env
    settings = MailSettings()
    path = config_path()
    known = {f.name for f in fields(MailSettings)}
    for values, where in (
        (_from_file(path), str(path)),
        (_from_env(env), "the environment"),
        (dict(overrides or {}), "the command line"),
    ):
        settings = replace(settings, **_typed({k: v for k, v in values.items() if k in known},
                                              where))
    return settings


def smtp_password(
    settings: MailSettings,
    ask: Callable[[str], str] | None = None,
    env: Mapping[str, str] | None = None,
) -> str | None:
    """The password for ``settings.user``: from the environment, else ``ask``; None: no login."""
    if not settings.user:
        return None
    env = os.environ if env is None else env
    password = env.get(PASSWORD_ENV)
    if password:
        return password
    if ask is None:
        raise MailSettingsError(
            f"the SMTP server needs a password for {settings.user}: set {PASSWORD_ENV}"
        )
    return ask(f"SMTP password for {settings.user} at {settings.host}")
