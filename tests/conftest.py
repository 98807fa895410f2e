"""Fixtures every test gets: no test touches the user's files, keyring or environment,
and a WARNING log that a test did not expect fails it."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.keyrings import DictKeyring
from tests.odata_judge import judging

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("INCADEA_DESK_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("INCADEA_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("INCADEA_DESK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _fail_on_unexpected_warning_logs(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """A test that expects a warning log says so with ``@pytest.mark.allow_warning_logs``."""
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("allow_warning_logs"):
        return
    records = [
        r
        for when in ("setup", "call", "teardown")
        for r in caplog.get_records(when)  # type: ignore[arg-type]
        if r.levelno >= logging.WARNING
    ]
    if records:
        lines = "\n".join(f"{r.name}: {r.getMessage()}" for r in records)
        pytest.fail(f"unexpected warning logs:\n{lines}")


@pytest.fixture(autouse=True)
def _third_party_judge_of_dms_filters(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every $filter the DMS client sends in a test is read by odata-query too, and must
    mean what the client meant; no query string carries '+' or a space."""
    with judging(monkeypatch) as judge:
        yield
    if judge.problems:
        pytest.fail(
            "DMS filters the third-party parser disagrees with:\n" + "\n".join(judge.problems)
        )


@pytest.fixture
def memory_keyring() -> Iterator[DictKeyring]:
    """The OS keyring replaced by one in memory for this test."""
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
