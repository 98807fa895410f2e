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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def system_name(system: str) -> str:
    return _tr("the DMS") if system == "incadea" else _tr("Claire")


def error_sentence(error: BaseException) -> str:
    """What happened and what to do, in one sentence of the chosen language."""
    if not isinstance(error, RemoteError):
        return str(error)
    where = system_name(error.system)
    sentences: list[tuple[type[RemoteError], str]] = [
        (
            AuthenticationError,
            _tr("%1 did not accept the sign-in; check the credentials in Settings."),
        ),
        (NotFound, _tr("%1 has no such record; check the number and search again.")),
        (Conflict, _tr("Someone changed this record in %1 meanwhile; refresh and try again.")),
        (Throttled, _tr("%1 is busy and asked us to slow down; try again in a minute.")),
        (
            Unavailable,
            _tr("%1 cannot be reached right now; check the connection and try again later."),
        ),
        (BadResponse, _tr("%1 sent an answer we cannot read; please contact support.")),
        (Refused, _tr("%1 refused the request.")),
    ]
    for kind, sentence in sentences:
        if isinstance(error, kind):
            text = sentence.replace("%1", where)
            return text[:1].upper() + text[1:]
    text = _tr("%1 reported an error.").replace("%1", where)
    return text[:1].upper() + text[1:]


def error_details(error: BaseException) -> str:
    """The lines support needs; empty for input errors that explain themselves."""
    if not isinstance(error, RemoteError):
        return ""
    labels = {
        "system": _tr("System"),
        "kind": _tr("Kind"),
        "status": _tr("HTTP status"),
        "code": _tr("Error code"),
        "correlation_id": _tr("Correlation id"),
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
    box.setWindowTitle(title or _tr("Something went wrong"))
    box.setText(error_sentence(error))
    details = error_details(error)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
