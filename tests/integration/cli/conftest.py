"""The CLI against the sandbox served over loopback, with a keyring that lives in memory."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.errors
import pytest
import stamina

from incadea_desk import cli
from incadea_desk.sandbox import LoopbackThread, LoopbackUrls, Sandbox


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for the OS keyring during one test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise keyring.errors.PasswordDeleteError(username)
        del self.passwords[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


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
