"""What the settings dialog saves with and tests with, outside the demo: the keyring
and the settings file, and a real connection test."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from incadea_desk.settings_file import save_settings
from incadea_desk.ui.settings_checks import contract_line

if TYPE_CHECKING:
    from incadea_desk.config import Settings
    from incadea_desk.secrets import SecretStore
    from incadea_desk.ui.settings_dialog import Saver, Secrets, Tester


def file_saver(secrets: SecretStore) -> Saver:
    """Secrets to the keyring first (if that fails the file stays as it was), then the file."""

    async def save(settings: Settings, typed: Secrets) -> None:
        for name, value in typed.items():
            await secrets.set(name, value)
        await asyncio.to_thread(save_settings, settings)

    return save


def connection_tester(secrets: SecretStore, transports: dict[str, Any] | None = None) -> Tester:
    """``test(system, settings, typed)``: sign in to one system and send one request; for
    the DMS also hold the tenant against the adapter's contract (``contract check``)."""

    async def test(system: str, settings: Settings, typed: Secrets) -> list[str]:
        # A test opens both adapters (and the HTTP stack): loaded when one is run.
        from incadea_desk.services.connection_test import try_connection

        transport = (transports or {}).get(system)
        lacks = await try_connection(system, settings, typed, secrets, transport)
        return [contract_line(lack.code, lack.arguments) for lack in lacks]

    return test
