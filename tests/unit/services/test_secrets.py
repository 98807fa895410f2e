from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest
from keyring.backends.Windows import WinVaultKeyring
from keyring.compat import properties

from incadea_desk.errors import InputError
from incadea_desk.secrets import (
    SERVICE_NAME,
    KeyringBackend,
    SecretStore,
    SecretStoreUnavailable,
)
from tests.keyrings import DictKeyring


async def test_the_keyring_holds_secrets_under_the_app_service(memory_keyring: DictKeyring) -> None:
    store = SecretStore(KeyringBackend(), environ={})
    await store.set("claire_api_key", "k-123")
    assert memory_keyring.passwords == {(SERVICE_NAME, "claire_api_key"): "k-123"}
    assert await store.get("claire_api_key") == "k-123"
    await store.delete("claire_api_key")
    await store.delete("claire_api_key")
    assert await store.get("claire_api_key") is None
    assert "DictKeyring" in await store.describe()


async def test_the_environment_wins_over_the_keyring(memory_keyring: DictKeyring) -> None:
    store = SecretStore(KeyringBackend(), environ={"INCADEA_DESK_DMS_ACCESS_KEY": "from-env"})
    await store.set("dms_access_key", "from-keyring")
    assert await store.get("dms_access_key") == "from-env"


async def test_without_a_keyring_the_message_points_to_the_variable() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        store = SecretStore(KeyringBackend(), environ={})
        with pytest.raises(SecretStoreUnavailable, match="INCADEA_DESK_DMS_PASSWORD"):
            await store.get("dms_password")
        with pytest.raises(SecretStoreUnavailable, match="INCADEA_DESK_CLAIRE_API_KEY"):
            await store.set("claire_api_key", "x")
        with pytest.raises(SecretStoreUnavailable, match="No system keyring"):
            await store.describe()
        env_only = SecretStore(KeyringBackend(), environ={"INCADEA_DESK_DMS_PASSWORD": "pw"})
        assert await env_only.get("dms_password") == "pw"
    finally:
        keyring.set_keyring(previous)


async def test_unknown_names_and_empty_values_are_refused(memory_secrets: SecretStore) -> None:
    with pytest.raises(ValueError, match="not a secret incadea-desk knows"):
        await memory_secrets.get("dms_username")
    with pytest.raises(ValueError, match="empty secret"):
        await memory_secrets.set("claire_api_key", "")


class CredentialManager(WinVaultKeyring):
    """Windows Credential Manager as keyring sees it, holding what it is given in a dict."""

    # keyring registers every subclass as a backend it may pick by itself: this one is
    # never viable, so only a test that sets it uses it.
    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a stand-in for tests, used only where one sets it")

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password


@pytest.fixture
def credential_manager() -> Iterator[CredentialManager]:
    previous = keyring.get_keyring()
    backend = CredentialManager()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


async def test_credential_manager_takes_a_secret_up_to_its_limit(
    credential_manager: CredentialManager,
) -> None:
    store = SecretStore(KeyringBackend(), environ={})
    await store.set("claire_api_key", "k" * 1280)
    assert credential_manager.passwords == {(SERVICE_NAME, "claire_api_key"): "k" * 1280}


async def test_a_secret_over_credential_managers_limit_gets_one_sentence(
    credential_manager: CredentialManager,
) -> None:
    store = SecretStore(KeyringBackend(), environ={})

    with pytest.raises(InputError) as refused:
        await store.set("dms_client_secret", "é" * 1281)

    assert str(refused.value) == (
        "The dms_client_secret is 2,562 bytes long and Windows Credential Manager keeps at most "
        "2,560; nothing was stored. Set the environment variable INCADEA_DESK_DMS_CLIENT_SECRET "
        "instead."
    )
    assert credential_manager.passwords == {}


async def test_other_keyrings_take_a_longer_secret(memory_keyring: DictKeyring) -> None:
    await SecretStore(KeyringBackend(), environ={}).set("claire_api_key", "k" * 4000)
    assert memory_keyring.passwords == {(SERVICE_NAME, "claire_api_key"): "k" * 4000}
