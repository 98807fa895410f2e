"""The settings dialog's *Test connection*: sign in to one system with the settings as
typed and the secrets just typed (else the stored ones), and for the DMS hold the
tenant against the adapter's contract. Nothing is stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from incadea_desk.config import Settings
from incadea_desk.secrets import SecretName, SecretStore
from incadea_desk.services.adapters import check_connection
from incadea_desk.services.dms_kinds import dms_kind
from incadea_desk.services.not_configured import MissingSecret


@dataclass(frozen=True)
class Lack:
    """A name the DMS tenant lacks (or why it could not be asked), a line of
    ``contract_sentences.CONTRACT_SENTENCES`` by its code."""

    code: str
    arguments: Mapping[str, str] = field(default_factory=dict)


class _TypedFirst:
    """Secrets just typed in the dialog, else the stored ones."""

    def __init__(self, typed: Mapping[SecretName, str], stored: SecretStore) -> None:
        self._typed = typed
        self._stored = stored

    def get(self, name: str) -> str | None:
        typed = self._typed.get(name)  # type: ignore[call-overload]
        if typed:
            return str(typed)
        return self._stored.from_environment(name) or self._stored.backend.get(name)

    def set(self, name: str, value: str) -> None:
        raise RuntimeError("testing a connection stores nothing")

    def delete(self, name: str) -> None:
        raise RuntimeError("testing a connection stores nothing")


async def try_connection(
    system: str,
    settings: Settings,
    typed: Mapping[SecretName, str],
    secrets: SecretStore,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Lack]:
    """What ``system`` (``dms`` or ``claire``) lacks; empty when all is well. Raises
    ``MissingSecret``, ``NotConfigured``, or the taxonomy's ``RemoteError`` when it
    cannot sign in (also when the DMS's ``$metadata`` cannot be read)."""
    store = SecretStore(_TypedFirst(typed, secrets), environ={})
    kind = dms_kind(settings)
    needed = kind.secret_name(settings) if system == "dms" else "claire_api_key"
    if not await store.get(needed):
        raise MissingSecret(needed)
    if system != "dms":
        await check_connection(system, settings, store, transport=transport)
        return []
    outcome = await kind.check_contract(settings, store, transport, ping=True)
    if outcome.error is not None:
        raise outcome.error
    if outcome.report is None:
        return [Lack(outcome.failure_code or "", outcome.failure_arguments)]
    return [Lack(problem.code, problem.arguments) for problem in outcome.report.problems]
