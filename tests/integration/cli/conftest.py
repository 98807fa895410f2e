"""The CLI against the sandbox served over loopback, with a keyring that lives in memory."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import stamina

from incadea_desk import cli
from incadea_desk.sandbox import LoopbackThread, LoopbackUrls, Sandbox
from tests.keyrings import DictKeyring


@pytest.fixture(autouse=True)
def _keyring_in_memory(memory_keyring: DictKeyring) -> DictKeyring:
    return memory_keyring


@pytest.fixture(autouse=True)
def _no_retry_waits() -> Iterator[None]:
    with stamina.set_testing(True, attempts=2):
        yield


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture
def served(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackUrls]:
    """The sandbox on 127.0.0.1, and the environment pointing incadea-desk at it."""
    with LoopbackThread(sandbox) as urls:
        for key, value in sandbox.environment(urls.incadea_base_url, urls.claire_base_url).items():
            monkeypatch.setenv(key, value)
        yield urls


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_cli(*argv: str) -> Run:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return Run(code, out.getvalue(), err.getvalue())
