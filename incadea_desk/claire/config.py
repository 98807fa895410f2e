"""How to reach Claire for one dealer location. The API key comes from the keyring."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, SecretStr

from incadea_desk.http import Timeouts


class ClaireConnection(BaseModel):
    """Claire's base URL, the dealer's location and its API key."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base_url: HttpUrl
    location_id: str = Field(min_length=1)
    api_key: SecretStr
    timeouts: Timeouts = Field(default_factory=Timeouts)

    @property
    def api_root(self) -> str:
        return f"{str(self.base_url).rstrip('/')}/v1/"
