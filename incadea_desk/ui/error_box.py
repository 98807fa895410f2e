"""Errors as the advisor reads them: one translated sentence, details one click away.

The sentence depends on the kind of error and the system it came from; the
details are ``RemoteError.details()`` (system, status, code, correlation id),
which never hold personal data or secrets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from incadea_desk.errors import (
    AuthenticationError,
    BadResponse,
    Conflict,
    NotFound,
    Refused,
    RemoteError,
    Throttled,
    Unavailable,
)

translate = QCoreApplication.translate


def system_name(system: str) -> str:
    return translate("Errors", "the DMS") if system == "incadea" else translate("Errors", "Claire")


def error_sentence(error: BaseException) -> str:
    """What happened and what to do, in one sentence of the chosen language."""
    if not isinstance(error, RemoteError):
        return str(error)
    where = system_name(error.system)
    sentences: list[tuple[type[RemoteError], str]] = [
        (
            AuthenticationError,
            translate(
                "Errors", "%1 did not accept the sign-in; check the credentials in Settings."
            ),
        ),
        (
            NotFound,
            translate("Errors", "%1 has no such record; check the number and search again."),
        ),
        (
            Conflict,
            translate(
                "Errors", "Someone changed this record in %1 meanwhile; refresh and try again."
            ),
        ),
        (
            Throttled,
            translate("Errors", "%1 is busy and asked us to slow down; try again in a minute."),
        ),
        (
            Unavailable,
            translate(
                "Errors",
                "%1 cannot be reached right now; check the connection and try again later.",
            ),
        ),
        (
            BadResponse,
            translate("Errors", "%1 sent an answer we cannot read; please contact support."),
        ),
        (Refused, translate("Errors", "%1 refused the request.")),
    ]
    for kind, sentence in sentences:
        if isinstance(error, kind):
            text = sentence.replace("%1", where)
            return text[:1].upper() + text[1:]
    text = translate("Errors", "%1 reported an error.").replace("%1", where)
    return text[:1].upper() + text[1:]


def error_details(error: BaseException) -> str:
    """The lines support needs; empty for input errors that explain themselves."""
    if not isinstance(error, RemoteError):
        return ""
    labels = {
        "system": translate("Errors", "System"),
        "kind": translate("Errors", "Kind"),
        "status": translate("Errors", "HTTP status"),
        "code": translate("Errors", "Error code"),
        "correlation_id": translate("Errors", "Correlation id"),
    }
    lines = [error.user_message]
    for key, value in error.details().items():
        if value is not None:
            lines.append(f"{labels.get(key, key)}: {value}")
    return "\n".join(lines)


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> QMessageBox:
    """Open (not exec) a warning box for ``error`` so the event loop keeps running."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Errors", "Something went wrong"))
    box.setText(error_sentence(error))
    details = error_details(error)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
