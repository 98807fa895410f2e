from __future__ import annotations

import logging
import sys

import pytest

from incadea_desk.redaction import RedactingFilter


@pytest.mark.parametrize(
    ("message", "args", "shown"),
    [
        ("mail to %s failed", ("j.devries@example.nl",), "mail to <e-mail> failed"),
        ("customer phone %s", ("+31 6 12345678",), "customer phone <phone>"),
        ("mobile 0612345678 invalid", (), "mobile <phone> invalid"),
        ("header Authorization: Bearer abc.def", (), "header Authorization: <redacted>"),
        ("form client_secret=s3cr3t&scope=x", (), "form client_secret=<redacted>&scope=x"),
        ('{"api_key": "k-123"}', (), '{"api_key": "<redacted>"}'),
        ("sent Bearer eyJhbGciOiJIUzI1NiJ9.e30", (), "sent Bearer <redacted>"),
        ("retry 2 in 0.50 s after ConnectError", (), "retry 2 in 0.50 s after ConnectError"),
        ("sync 2026-11-27 seen=1111 km=146124", (), "sync 2026-11-27 seen=1111 km=146124"),
    ],
)
def test_log_lines_lose_contact_data_and_credentials(
    message: str, args: tuple[object, ...], shown: str
) -> None:
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, message, args, None)
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == shown


def test_a_logged_traceback_loses_contact_data_too() -> None:
    try:
        raise ValueError("cannot reach j.devries@example.nl")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    assert RedactingFilter().filter(record) is True
    assert record.exc_text is not None
    assert "<e-mail>" in record.exc_text
    assert "example.nl" not in record.exc_text
    assert "example.nl" not in logging.Formatter().format(record)
