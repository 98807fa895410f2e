"""Errors as the advisor reads them: one translated sentence, details one click away.

The sentence is chosen by the error's code (``InputError.code``,
``RemoteError.sentence_code``) and the system it came from; the details are
``RemoteError.details()`` (system, status, code, correlation id), which never
hold personal data or secrets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from incadea_desk.errors import InputError, RemoteError
from incadea_desk.messages import (
    INPUT_CONTEXT,
    INPUT_SENTENCES,
    REMOTE_CONTEXT,
    REMOTE_SENTENCES,
    SYSTEM_NAMES,
    fill,
    system_arguments,
)

translate = QCoreApplication.translate


def system_name(system: str) -> str:
    return translate(REMOTE_CONTEXT, SYSTEM_NAMES.get(system, system))


def error_sentence(error: BaseException) -> str:
    """What happened and what to do, in one sentence of the chosen language.

    Input errors and remote failures are translated by their code from the English
    sentences in :mod:`incadea_desk.messages`; the arguments are filled in after.
    """
    if isinstance(error, InputError) and error.code in INPUT_SENTENCES:
        return fill(translate(INPUT_CONTEXT, INPUT_SENTENCES[error.code]), error.arguments)
    if isinstance(error, RemoteError):
        code = error.sentence_code
        if code not in REMOTE_SENTENCES:
            code = type(error).default_reason
        names = system_arguments(system_name(error.system))
        return fill(translate(REMOTE_CONTEXT, REMOTE_SENTENCES[code]), {**error.arguments, **names})
    return str(error)


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
        "request_id": translate("Errors", "Request id"),
    }
    lines = [error.user_message]
    for key, value in error.details().items():
        if value is not None:
            lines.append(f"{labels.get(key, key)}: {value}")
    return "\n".join(lines)


def failure_title(action: str) -> str:
    """The title of an error box: which action failed."""
    titles = {
        "search": translate("Errors", "The search failed"),
        "import": translate("Errors", "The import into Claire failed"),
        "refresh": translate("Errors", "The refresh from the DMS failed"),
        "mileage": translate("Errors", "The mileage was not written"),
        "outbox": translate("Errors", "The waiting corrections were not sent"),
        "retry": translate("Errors", "The held workorders were not tried again"),
        "settings": translate("Errors", "The settings could not be used"),
    }
    return titles.get(action, translate("Errors", "The action failed"))


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> QMessageBox:
    """Open (not exec) a warning box for ``error`` so the event loop keeps running."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Errors", "The action failed"))
    # The sentence may quote what was typed or what a system answered: text, not markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error_sentence(error))
    details = error_details(error)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
