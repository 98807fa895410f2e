"""Secrets: the DMS credential and the Claire API key.

They live in the OS keyring (service ``incadea-desk``), reached through
``asyncio.to_thread`` because a keyring call can block on a desktop prompt.
For headless and service use, ``INCADEA_DESK_*`` environment variables
override the keyring. A secret is never written to a file or a log.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping
from typing import Literal, Protocol, get_args

from incadea_desk.config import APP_NAME
from incadea_desk.errors import InputError

SERVICE_NAME = APP_NAME

log = logging.getLogger(__name__)

SecretName = Literal["dms_client_secret", "dms_access_key", "dms_password", "claire_api_key"]
SECRET_NAMES: tuple[SecretName, ...] = get_args(SecretName)

SECRET_ENV: dict[SecretName, str] = {
    "dms_client_secret": "INCADEA_DESK_DMS_CLIENT_SECRET",
    "dms_access_key": "INCADEA_DESK_DMS_ACCESS_KEY",
    "dms_password": "INCADEA_DESK_DMS_PASSWORD",
    "claire_api_key": "INCADEA_DESK_CLAIRE_API_KEY",
}

SECRET_FOR_AUTH_MODE: dict[str, SecretName] = {
    "oauth": "dms_client_secret",
    "basic": "dms_access_key",
    "ntlm": "dms_password",
}


class SecretStoreUnavailable(RuntimeError):
    """No keyring can be reached; the message tells the user what to do instead."""


def _no_keyring_message(name: SecretName) -> str:
    return (
        "No system keyring is available on this computer, so incadea-desk cannot store or "
        f"read secrets there; set the environment variable {SECRET_ENV[name]} instead."
    )


# Windows Credential Manager keeps at most CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512) bytes of a
# generic credential, and keyring writes the text as UTF-16: 1,280 characters. Windows refuses
# a longer one with an OS error keyring passes on; the limit is checked first to say so.
CREDENTIAL_MANAGER_BYTES = 2560


def _check_fits(backend: object, name: SecretName, value: str) -> None:
    from keyring.backends.Windows import WinVaultKeyring

    size = len(value.encode("utf-16-le"))
    if isinstance(backend, WinVaultKeyring) and size > CREDENTIAL_MANAGER_BYTES:
        raise InputError(
            "secret_too_long",
            name=name,
            size=f"{size:,}",
            maximum=f"{CREDENTIAL_MANAGER_BYTES:,}",
            variable=SECRET_ENV[name],
        )


def check_name(name: str) -> SecretName:
    if name not in SECRET_NAMES:
        raise ValueError(
            f"{name!r} is not a secret incadea-desk knows; use one of: "
            + ", ".join(SECRET_NAMES)
            + "."
        )
    return name


class SecretBackend(Protocol):
    """Where secrets are kept. Blocking calls; :class:`SecretStore` runs them off the loop."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class KeyringBackend:
    """The OS keyring through the ``keyring`` package.

    ``keyring`` is imported on first use: it takes a fifth of a second to import,
    which the window's start-up does not need to pay.
    """

    def get(self, name: str) -> str | None:
        import keyring
        import keyring.errors

        try:
            return keyring.get_password(SERVICE_NAME, name)
        except keyring.errors.NoKeyringError:
            raise SecretStoreUnavailable(_no_keyring_message(check_name(name))) from None

    def set(self, name: str, value: str) -> None:
        import keyring
        import keyring.errors

        _check_fits(keyring.get_keyring(), check_name(name), value)
        try:
            keyring.set_password(SERVICE_NAME, name, value)
        except keyring.errors.NoKeyringError:
            raise SecretStoreUnavailable(_no_keyring_message(check_name(name))) from None

    def delete(self, name: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(SERVICE_NAME, name)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.NoKeyringError:
            raise SecretStoreUnavailable(_no_keyring_message(check_name(name))) from None

    def describe(self) -> str:
        """Which keyring is in use (for ``doctor``); raises if there is none."""
        import keyring

        backend = keyring.get_keyring()
        priority = getattr(backend, "priority", 1)
        if priority is not None and priority <= 0:
            raise SecretStoreUnavailable(_no_keyring_message("dms_client_secret"))
        return f"{type(backend).__module__}.{type(backend).__name__}"


class MemoryBackend:
    """Secrets in a dict: for tests and for the demo mode."""

    def __init__(self, initial: Mapping[str, str] | None = None) -> None:
        self.values: dict[str, str] = dict(initial or {})

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)

    def describe(self) -> str:
        return "in-memory (nothing is kept after exit)"


class SecretStore:
    """Read and write secrets by name; environment variables win over the backend."""

    def __init__(
        self, backend: SecretBackend | None = None, environ: Mapping[str, str] | None = None
    ) -> None:
        self.backend: SecretBackend = backend if backend is not None else KeyringBackend()
        self._environ = environ

    def _env(self) -> Mapping[str, str]:
        return os.environ if self._environ is None else self._environ

    def from_environment(self, name: str) -> str | None:
        value = self._env().get(SECRET_ENV[check_name(name)], "")
        return value or None

    async def get(self, name: str) -> str | None:
        """The secret, or None when neither the environment nor the backend has it."""
        from_env = self.from_environment(name)
        if from_env is not None:
            return from_env
        return await asyncio.to_thread(self.backend.get, name)

    async def set(self, name: str, value: str) -> None:
        check_name(name)
        if not value:
            raise ValueError("An empty secret cannot be stored.")
        await asyncio.to_thread(self.backend.set, name, value)

    async def delete(self, name: str) -> None:
        check_name(name)
        await asyncio.to_thread(self.backend.delete, name)

    async def describe(self) -> str:
        """Which backend holds the secrets; raises :class:`SecretStoreUnavailable` if none."""
        describe = getattr(self.backend, "describe", None)
        if describe is None:
            return type(self.backend).__name__
        result: str = await asyncio.to_thread(describe)
        return result


GeneratedName = Literal["webhook_client_state"]
"""Secrets incadea-desk makes itself and nobody types: no variable, no ``set-secret``."""


async def keep_generated(
    store: SecretStore, name: GeneratedName, value: str, *, site: str = ""
) -> bool:
    """Keep a generated secret in the backend (one per ``site`` of a dealer group's
    importer); False where it cannot (no keyring), and the caller holds it in memory only.
    The value is never in the log line."""
    return await asyncio.to_thread(_generated, store.backend, "set", _of(name, site), value)


async def forget_generated(store: SecretStore, name: GeneratedName, *, site: str = "") -> bool:
    return await asyncio.to_thread(_generated, store.backend, "delete", _of(name, site), "")


def _of(name: GeneratedName, site: str) -> str:
    return f"{name}.{site}" if site else name


def _generated(backend: SecretBackend, action: str, name: str, value: str) -> bool:
    if not isinstance(backend, KeyringBackend):
        if action == "set":
            backend.set(name, value)
        else:
            backend.delete(name)
        return True
    import keyring
    import keyring.errors

    try:
        if action == "set":
            keyring.set_password(SERVICE_NAME, name, value)
        else:
            keyring.delete_password(SERVICE_NAME, name)
    except keyring.errors.PasswordDeleteError:
        return True
    except keyring.errors.KeyringError as error:
        log.info("The keyring did not keep %s (%s).", name, type(error).__name__)
        return False
    return True
