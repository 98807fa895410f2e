"""Secrets for service tests live in memory; the user's keyring is never touched."""

from __future__ import annotations

import pytest

from incadea_desk.secrets import MemoryBackend, SecretStore


@pytest.fixture
def memory_secrets() -> SecretStore:
    return SecretStore(MemoryBackend())
