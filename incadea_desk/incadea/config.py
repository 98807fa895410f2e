"""How to reach one Incadea DMS. Secrets are ``SecretStr`` and come from the keyring."""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import quote
from uuid import UUID

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    SecretStr,
    field_validator,
    model_validator,
)

from incadea_desk.http import Timeouts
from incadea_desk.incadea.tenant import DEFAULT_MAPPING, TenantMapping

AuthMode = Literal["oauth", "basic", "ntlm"]
ApiKind = Literal["api", "odatav4"]

# Microsoft Entra ID, where Business Central online takes its tokens from.
DEFAULT_AUTHORITY = "https://login.microsoftonline.com"
BC_SCOPE = "https://api.businesscentral.dynamics.com/.default"
DEFAULT_API_ROUTE = "incadea/workshop/v1.0"
_ROUTE_PART = re.compile(r"[A-Za-z0-9_.-]+")


class IncadeaConnection(BaseModel):
    """One DMS company: where it lives and how we sign in."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    base_url: HttpUrl = Field(
        description="Service root in front of /api/: https://api.businesscentral.dynamics.com/"
        "v2.0/{tenant}/{environment} online, https://{host}:{port}/{instance} on premises"
    )
    api_kind: ApiKind = "api"
    company_id: UUID | None = Field(default=None, description="The company's GUID (api)")
    company_name: str | None = Field(
        default=None, description="The company's name for Company('...') (odatav4)"
    )
    authority: HttpUrl = Field(
        default=HttpUrl(DEFAULT_AUTHORITY), description="OAuth sign-in authority (oauth)"
    )
    api_route: str = Field(default=DEFAULT_API_ROUTE, description="publisher/group/version")
    mapping: TenantMapping = Field(default=DEFAULT_MAPPING, exclude=True)
    auth_mode: AuthMode = "oauth"
    tenant_id: str | None = Field(default=None, description="Entra ID tenant (oauth)")
    client_id: str | None = Field(default=None, description="App registration id (oauth)")
    client_secret: SecretStr | None = None
    scope: str | None = Field(
        default=None,
        description="OAuth scope; none means https://api.businesscentral.dynamics.com/.default",
    )
    username: str | None = Field(
        default=None, description="Web-service user (basic) or DOMAIN\\user (ntlm)"
    )
    access_key: SecretStr | None = Field(default=None, description="Web-service access key (basic)")
    password: SecretStr | None = Field(default=None, description="Windows password (ntlm)")
    timeouts: Timeouts = Field(default_factory=Timeouts)
    max_in_flight: int = Field(default=4, ge=1, le=5, description="requests in flight at once")
    branch_field: str | None = Field(
        default=None,
        description="A site's branch: the service orders' field, as $metadata names it",
    )
    branch_value: str | None = Field(
        default=None, description="A site's branch: the value of branch_field its orders have"
    )

    @field_validator("api_route")
    @classmethod
    def _route_has_three_parts(cls, value: str) -> str:
        parts = value.strip().strip("/").split("/")
        if len(parts) != 3 or not all(_ROUTE_PART.fullmatch(part) for part in parts):
            raise ValueError(
                "the API route must be publisher/group/version, e.g. " + DEFAULT_API_ROUTE
            )
        return "/".join(parts)

    @model_validator(mode="after")
    def _mode_has_its_fields(self) -> IncadeaConnection:
        required: dict[str, tuple[str, ...]] = {
            "oauth": ("tenant_id", "client_id", "client_secret"),
            "basic": ("username", "access_key"),
            "ntlm": ("username", "password"),
        }
        company = "company_name" if self.api_kind == "odatav4" else "company_id"
        wanted = (company, *required[self.auth_mode])
        missing = [name for name in wanted if not getattr(self, name)]
        if missing:
            raise ValueError(f"auth_mode {self.auth_mode!r} needs {', '.join(missing)}")
        return self

    @property
    def root(self) -> str:
        """The service root without a trailing slash; ``/api/`` follows it."""
        return str(self.base_url).rstrip("/")

    @property
    def service_root(self) -> str:
        """The OData service root (``$metadata`` lives below it), with a slash: the API
        route's, or the server instance's ``ODataV4/`` for page web services."""
        if self.api_kind == "odatav4":
            return f"{self.root}/ODataV4/"
        return f"{self.root}/api/{self.api_route}/"

    @property
    def api_root(self) -> str:
        """The company's OData root, ending in a slash so entity names join onto it."""
        if self.api_kind == "odatav4":
            return f"{self.service_root}Company({company_segment(self.company_name or '')})/"
        return f"{self.service_root}companies({self.company_id})/"

    @property
    def token_url(self) -> str:
        """``{authority}/{tenant}/oauth2/v2.0/token`` (Microsoft Entra ID's v2 endpoint)."""
        tenant = quote(self.tenant_id or "", safe="")
        return f"{str(self.authority).rstrip('/')}/{tenant}/oauth2/v2.0/token"

    @property
    def oauth_scope(self) -> str:
        return self.scope or BC_SCOPE


def company_segment(name: str) -> str:
    """``'name'`` as a key literal in a URL path: quotes doubled (OData's string literal),
    then percent-encoded, a space as ``%20`` (Microsoft Learn,
    webservices/use-containments-associations shows ``Company('CRONUS-International-Ltd.')``)."""
    return "'" + quote(name.replace("'", "''"), safe="-._~!$&'*+,;=:@") + "'"
