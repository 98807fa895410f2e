"""Secrets for service tests live in memory; the user's keyring is never touched."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import pytest

from incadea_desk.secrets import MemoryBackend, SecretStore


class DictKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in a dict, installed as *the* keyring for one test."""

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


@pytest.fixture
def memory_secrets() -> SecretStore:
    return SecretStore(MemoryBackend())


@pytest.fixture
def dict_keyring() -> Iterator[DictKeyring]:
    previous = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
