"""Helpers the client integration tests share."""

from __future__ import annotations

from incadea_desk.http import Timeouts
from incadea_desk.incadea import IncadeaConnection
from incadea_desk.sandbox import LoopbackUrls, Sandbox


def incadea_connection(
    urls: LoopbackUrls, sandbox: Sandbox, *, operation: float = 30.0
) -> IncadeaConnection:
    return IncadeaConnection(
        base_url=urls.incadea_base_url,
        authority=urls.incadea_base_url,
        company_id=sandbox.company_id,
        auth_mode="oauth",
        tenant_id=sandbox.tenant_id,
        client_id=sandbox.client_id,
        client_secret=sandbox.client_secret,
        scope=sandbox.scope,
        timeouts=Timeouts(operation=operation),
    )
