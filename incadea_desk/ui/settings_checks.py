"""What the settings dialog checks before it saves or tests, and what a connection test
found, in the advisor's words.

A field is named the way the dialog shows it ("Address (Claire)"), never by its
settings key. An address is checked for its shape only (a scheme and a host);
whatever else the settings model refuses is reported on the same field.
"""

from __future__ import annotations

from collections.abc import Mapping
from ipaddress import ip_address
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from incadea_desk.contract_sentences import CONTRACT_CONTEXT, contract_sentence

translate = QCoreApplication.translate

DEMO_HOST_SUFFIX = ".sandbox"


def contract_line(code: str, arguments: Mapping[str, str]) -> str:
    """A line of the DMS contract check in the chosen language, by its code."""
    return contract_sentence(code, arguments, lambda text: translate(CONTRACT_CONTEXT, text))


def on_screen_name(label: QLabel, section: str) -> str:
    """``&Address:`` in the Claire box -> ``Address (Claire)``."""
    text = label.text().replace("&", "").rstrip(": ").strip()
    return f"{text} ({section})"


def address_shape_ok(text: str) -> bool:
    """An http(s) address with a host; the settings model checks the rest."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def runs_on_this_computer(address: str) -> bool:
    """The built-in demo (``http://incadea.sandbox``) or a server on this computer: a
    connection test there proves nothing about the dealer's systems."""
    host = (urlsplit(address.strip()).hostname or "").lower()
    if host.endswith(DEMO_HOST_SUFFIX) or host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def missing_sentence(names: list[str]) -> str:
    return translate("SettingsDialog", "Fill in: %1.").replace("%1", ", ".join(names))


def invalid_sentence(names: list[str]) -> str:
    return translate(
        "SettingsDialog", "Not a valid address (it starts with https://): %1."
    ).replace("%1", ", ".join(names))


def insecure_address_sentence(name: str) -> str:
    return translate(
        "SettingsDialog", "%1 must start with https:// (http:// only for this computer)."
    ).replace("%1", name)


def rejected_sentence(name: str) -> str:
    return translate("SettingsDialog", "%1 cannot be used as it is; check what you typed.").replace(
        "%1", name
    )


def missing_secret_sentence(name: str) -> str:
    return translate("SettingsDialog", "Type the %1: none is stored on this computer yet.").replace(
        "%1", name
    )


def cannot_connect_sentence() -> str:
    return translate(
        "SettingsDialog", "These settings cannot be used to connect; check what you typed."
    )


def connection_test_sentence(system: str, address: str, problems: list[str]) -> tuple[str, str]:
    """The tone and the sentence under *Test connection* once ``system`` signed in;
    ``problems`` are the lines of the DMS contract check."""
    if problems:
        # The lines name the tenant's entity sets and fields, for the dealer's IT.
        lead = translate("SettingsDialog", "Signed in, but the DMS lacks names incadea-desk needs:")
        return "bad", "\n".join([lead, *problems])
    if runs_on_this_computer(address):
        if system == "dms":
            return "ok", translate(
                "SettingsDialog",
                "Connected to the built-in demo or a test server on this computer, "
                "not to the dealer's DMS.",
            )
        return "ok", translate(
            "SettingsDialog",
            "Connected to the built-in demo or a test server on this computer, "
            "not to the dealer's Claire.",
        )
    if system == "dms":
        return "ok", translate(
            "SettingsDialog", "Connected: signed in to the DMS; it knows every name we need."
        )
    return "ok", translate("SettingsDialog", "Connected: signed in to Claire.")
