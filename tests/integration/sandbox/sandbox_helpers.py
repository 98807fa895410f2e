"""Small helpers the sandbox contract tests share."""

from __future__ import annotations

import ssl
from typing import Any

import httpx

from incadea_desk.sandbox import LoopbackUrls, Sandbox

# One TLS context for every client: building one per client costs ~40 ms.
TLS = ssl.create_default_context()


def loopback_client(**options: Any) -> httpx.Client:
    """An HTTP client for loopback tests, sharing one TLS context."""
    return httpx.Client(verify=TLS, **({"timeout": 10} | options))


def fetch_token(http: httpx.Client, urls: LoopbackUrls, sandbox: Sandbox) -> str:
    response = http.post(
        f"{urls.sign_in_url}/{sandbox.tenant_id}/oauth2/v2.0/token",
        data={
            "grant_type": "client_credentials",
            "client_id": sandbox.client_id,
            "client_secret": sandbox.client_secret,
            "scope": sandbox.scope,
        },
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def orders(dms: httpx.Client, **params: str) -> list[dict[str, Any]]:
    """One page of serviceOrders for the given query options (``filter="..."`` -> ``$filter``)."""
    response = dms.get("serviceOrders", params={f"${k}": v for k, v in params.items()})
    assert response.status_code == 200, response.text
    return list(response.json()["value"])


def odata_error(response: httpx.Response) -> tuple[str, str]:
    """(code, message) of an OData error body, checking its shape."""
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert "CorrelationId: " in body["error"]["message"]
    return body["error"]["code"], body["error"]["message"]


def follow_pages(
    client: httpx.Client, path: str, params: dict[str, str], page_size: int
) -> list[list[dict[str, Any]]]:
    """Every page of a collection, following ``@odata.nextLink`` exactly as given."""
    headers = {"Prefer": f"odata.maxpagesize={page_size}"}
    response = client.get(path, params=params, headers=headers)
    pages = []
    while True:
        assert response.status_code == 200, response.text
        assert response.headers["Preference-Applied"] == f"odata.maxpagesize={page_size}"
        body = response.json()
        pages.append(body["value"])
        if "@odata.nextLink" not in body:
            return pages
        response = client.get(body["@odata.nextLink"], headers=headers)
