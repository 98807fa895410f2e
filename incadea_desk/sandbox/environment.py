"""The environment variables with which incadea-desk connects to a running sandbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

from incadea_desk.sandbox.incadea_app import DEFAULT_API_ROUTE

if TYPE_CHECKING:
    from incadea_desk.sandbox import Sandbox


def sandbox_environment(
    sandbox: Sandbox, incadea_url: str, claire_url: str, authority_url: str | None = None
) -> dict[str, str]:
    """``INCADEA_DESK_*`` settings for the sandbox whose DMS server root is ``incadea_url``
    (its sign-in authority too, unless ``authority_url`` names another)."""
    environment = {
        "INCADEA_DESK_DMS_BASE_URL": incadea_url + sandbox.service_path,
        "INCADEA_DESK_DMS_AUTHORITY": authority_url or incadea_url,
        "INCADEA_DESK_DMS_COMPANY_ID": sandbox.company_id,
        "INCADEA_DESK_DMS_AUTH_MODE": "oauth",
        "INCADEA_DESK_DMS_TENANT_ID": sandbox.tenant_id,
        "INCADEA_DESK_DMS_CLIENT_ID": sandbox.client_id,
        "INCADEA_DESK_DMS_CLIENT_SECRET": sandbox.client_secret,
        "INCADEA_DESK_DMS_SCOPE": sandbox.scope,
        "INCADEA_DESK_CLAIRE_BASE_URL": claire_url,
        "INCADEA_DESK_CLAIRE_LOCATION_ID": sandbox.location_id,
        "INCADEA_DESK_CLAIRE_API_KEY": sandbox.claire_api_key,
    }
    if sandbox.api_kind == "odatav4":
        for variable in ("AUTHORITY", "COMPANY_ID", "TENANT_ID", "CLIENT_ID", "CLIENT_SECRET"):
            del environment[f"INCADEA_DESK_DMS_{variable}"]
        del environment["INCADEA_DESK_DMS_SCOPE"]
        environment |= {
            "INCADEA_DESK_DMS_API_KIND": "odatav4",
            "INCADEA_DESK_DMS_COMPANY_NAME": sandbox.company_name,
            "INCADEA_DESK_DMS_AUTH_MODE": "basic",
            "INCADEA_DESK_DMS_USERNAME": sandbox.username,
            "INCADEA_DESK_DMS_ACCESS_KEY": sandbox.access_key,
        }
    elif sandbox.api_route != DEFAULT_API_ROUTE:
        environment["INCADEA_DESK_DMS_API_ROUTE"] = sandbox.api_route
    return environment
