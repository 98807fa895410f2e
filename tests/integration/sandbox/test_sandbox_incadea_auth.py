"""Authentication of the DMS stand-in: OAuth2 client credentials and Basic with an access key."""

from __future__ import annotations

import base64

import httpx
import pytest
from sandbox_helpers import fetch_token, odata_error

from incadea_desk.sandbox import LoopbackUrls, ManualClock, Sandbox


def token_request(
    http: httpx.Client, urls: LoopbackUrls, sandbox: Sandbox, **overrides: str
) -> httpx.Response:
    tenant = overrides.pop("tenant", sandbox.tenant_id)
    form = {
        "grant_type": "client_credentials",
        "client_id": sandbox.client_id,
        "client_secret": sandbox.client_secret,
        "scope": sandbox.scope,
    } | overrides
    return http.post(f"{urls.incadea_base_url}/{tenant}/oauth2/v2.0/token", data=form)


def test_token_endpoint_answers_a_bearer_token_with_its_lifetime(
    http: httpx.Client, urls: LoopbackUrls, sandbox: Sandbox
) -> None:
    response = token_request(http, urls, sandbox)

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3599
    assert body["access_token"]


@pytest.mark.parametrize(
    ("override", "status", "error"),
    [
        ({"client_secret": "wrong"}, 401, "invalid_client"),
        ({"client_id": "someone-else"}, 401, "invalid_client"),
        ({"grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"scope": "https://example.com/.default"}, 400, "invalid_scope"),
        ({"tenant": "00000000-0000-4000-8000-000000000000"}, 400, "invalid_request"),
    ],
)
def test_token_endpoint_refuses_bad_client_credentials(
    http: httpx.Client,
    urls: LoopbackUrls,
    sandbox: Sandbox,
    override: dict[str, str],
    status: int,
    error: str,
) -> None:
    response = token_request(http, urls, sandbox, **override)

    assert response.status_code == status
    assert response.json()["error"] == error
    assert "access_token" not in response.json()


def test_bearer_token_opens_the_api(dms: httpx.Client) -> None:
    response = dms.get("serviceOrders", params={"$top": "1"})

    assert response.status_code == 200
    assert len(response.json()["value"]) == 1


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer not-a-token", "Negotiate abc", "Basic !!!notbase64", "not-even-a-scheme"],
)
def test_missing_or_unknown_credentials_get_401_odata_error(
    http: httpx.Client, company_url: str, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = http.get(company_url + "serviceOrders", headers=headers)

    assert response.status_code == 401
    assert odata_error(response)[0] == "Authentication_InvalidCredentials"


def test_token_expires_after_its_lifetime(
    http: httpx.Client, urls: LoopbackUrls, sandbox: Sandbox, clock: ManualClock, company_url: str
) -> None:
    token = fetch_token(http, urls, sandbox)
    headers = {"Authorization": f"Bearer {token}"}
    clock.advance(3598)
    assert http.get(company_url + "customers?$top=1", headers=headers).status_code == 200

    clock.advance(2)
    expired = http.get(company_url + "customers?$top=1", headers=headers)

    assert expired.status_code == 401
    assert odata_error(expired)[0] == "Authentication_InvalidCredentials"
    fresh = fetch_token(http, urls, sandbox)
    renewed = http.get(
        company_url + "customers?$top=1", headers={"Authorization": f"Bearer {fresh}"}
    )
    assert renewed.status_code == 200


def basic(user: str, key: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{key}".encode()).decode()}


def test_basic_auth_with_the_web_service_access_key(
    http: httpx.Client, company_url: str, sandbox: Sandbox
) -> None:
    response = http.get(
        company_url + "vehicles?$top=2", headers=basic(sandbox.username, sandbox.access_key)
    )

    assert response.status_code == 200
    assert len(response.json()["value"]) == 2


def test_basic_auth_with_a_wrong_key_gets_401(
    http: httpx.Client, company_url: str, sandbox: Sandbox
) -> None:
    response = http.get(company_url + "vehicles", headers=basic(sandbox.username, "wrong-key"))

    assert response.status_code == 401
    assert odata_error(response)[0] == "Authentication_InvalidCredentials"


def test_unknown_company_is_not_found(
    http: httpx.Client, urls: LoopbackUrls, dms: httpx.Client
) -> None:
    response = dms.get(
        f"{urls.incadea_base_url}/api/incadea/workshop/v1.0/"
        "companies(00000000-0000-4000-8000-000000000000)/serviceOrders"
    )

    assert response.status_code == 404
    assert odata_error(response)[0] == "BadRequest_NotFound"
