"""How to reach one Incadea DMS. Secrets are ``SecretStr`` and come from the keyring."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, SecretStr, model_validator

from incadea_desk.http import Timeouts

AuthMode = Literal["oauth", "basic", "ntlm"]


class IncadeaConnection(BaseModel):
    """One DMS company: where it lives and how we sign in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_url: HttpUrl
    company_id: UUID
    auth_mode: AuthMode = "oauth"
    tenant_id: str | None = Field(default=None, description="Entra ID tenant (oauth)")
    client_id: str | None = Field(default=None, description="App registration id (oauth)")
    client_secret: SecretStr | None = None
    scope: str | None = Field(
        default=None,
        description="OAuth scope, e.g. https://api.businesscentral.dynamics.com/.default",
    )
    username: str | None = Field(
        default=None, description="Web-service user (basic) or DOMAIN\\user (ntlm)"
    )
    access_key: SecretStr | None = Field(default=None, description="Web-service access key (basic)")
    password: SecretStr | None = Field(default=None, description="Windows password (ntlm)")
    timeouts: Timeouts = Field(default_factory=Timeouts)

    @model_validator(mode="after")
    def _mode_has_its_fields(self) -> IncadeaConnection:
        required: dict[str, tuple[str, ...]] = {
            "oauth": ("tenant_id", "client_id", "client_secret", "scope"),
            "basic": ("username", "access_key"),
            "ntlm": ("username", "password"),
        }
        missing = [name for name in required[self.auth_mode] if not getattr(self, name)]
        if missing:
            raise ValueError(f"auth_mode {self.auth_mode!r} needs {', '.join(missing)}")
        return self

    @property
    def root(self) -> str:
        """The DMS host root without a trailing slash (token endpoint lives below it)."""
        return str(self.base_url).rstrip("/")

    @property
    def api_root(self) -> str:
        """The company's OData root, ending in a slash so entity names join onto it."""
        return f"{self.root}/api/incadea/workshop/v1.0/companies({self.company_id})/"
