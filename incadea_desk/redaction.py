"""Personal data and credentials out of every text that leaves the program as a log or a report.

Log lines and crash details can quote what a library or an exception saw: a
header, a form field, an address. Whatever wrote them, these patterns take out
credentials, e-mail addresses and phone numbers before a line is written or a
report is shown. Identifiers and plates stay: support needs them.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

_SENSITIVE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"(?i)\b(authorization|api[_-]?key|client[_-]?secret|password|access[_-]?key"
            r"|access[_-]?token)([\"']?\s*[=:]\s*[\"']?)(?:(?:bearer|basic)\s+)?[^\s,;&\"']+"
        ),
        r"\1\2<redacted>",
    ),
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 <redacted>"),
    # Tried only where a run of address characters starts: from every position inside a
    # long run (a DMS description of a megabyte), the search would take quadratic time.
    (re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "<e-mail>"),
    # A full stop after the number ends a sentence; one before a digit makes it a decimal.
    (re.compile(r"(?<![\w.])\+?\d(?:[ -]?\d){8,}(?!\w|\.\d)"), "<phone>"),
)


def redact(text: str) -> str:
    """The text with credentials, e-mail addresses and phone numbers replaced by placeholders."""
    for pattern, replacement in _SENSITIVE:
        text = pattern.sub(replacement, text)
    return text


def public_address(url: str) -> str:
    """A URL as it may be shown: scheme, host, port and path, without the user name,
    password, query string or fragment, where a secret may have been put."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.hostname:
        return redact(url.split("?", 1)[0].split("#", 1)[0])
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """The text without control characters (escape sequences, bells, backspaces), which a
    terminal would act on; line breaks and tabs stay."""
    return _CONTROL.sub("", text)


class RedactingFilter(logging.Filter):
    """A handler filter that redacts every record, whatever library wrote it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        record.msg, record.args = message, None
        return True
