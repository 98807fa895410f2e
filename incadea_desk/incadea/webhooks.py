"""Business Central's webhooks: the subscription to the service orders' changes, and the
listener that answers its handshake and reads its notifications.

Microsoft's pages (docs/wire-contracts.md, "Webhooks"): a custom API's subscriptions live
at ``api/{publisher}/{group}/{version}/subscriptions`` and its resource path carries the
same route; creating and renewing (PATCH with ``If-Match``) make Business Central call the
notification URL with ``validationToken`` first, which must come back as the body of a
200; a subscription lives three days; a notification is ``{"value": [...]}``; an answer
other than 2xx, 408, 429 or 5xx deletes the subscription.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp

from incadea_desk.answer_reading import parse_answer
from incadea_desk.domain.push_records import ChangeNotice, Subscription
from incadea_desk.http import RemoteHttp
from incadea_desk.incadea import odata
from incadea_desk.incadea.config import IncadeaConnection

log = logging.getLogger(__name__)

MAX_NOTIFICATION_BYTES = 4 * 1024 * 1024
"""A collection notice stands for more than 1,000 changes, so a notification stays far
below this; a larger body is not Business Central's and is not read."""
MAX_TOKEN_CHARACTERS = 1024


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class WireSubscription(_Wire):
    subscription_id: str = Field(alias="subscriptionId", min_length=1)
    etag: str = Field(alias="@odata.etag", min_length=1)
    notification_url: str = Field(alias="notificationUrl")
    resource: str = ""
    client_state: str = Field(default="", alias="clientState", repr=False)
    expiration: datetime = Field(alias="expirationDateTime")


class WireSubscriptionPage(_Wire):
    value: list[WireSubscription]


class WireNotice(_Wire):
    subscription_id: str = Field(alias="subscriptionId")
    client_state: str = Field(default="", alias="clientState", repr=False)
    change_type: str = Field(alias="changeType")
    expiration: datetime | None = Field(default=None, alias="expirationDateTime")


class WireNotification(_Wire):
    value: list[WireNotice]


NoticeHandler = Callable[[list[ChangeNotice]], Awaitable[None]]


def _subscription(wire: WireSubscription) -> Subscription:
    return Subscription(
        wire.subscription_id,
        wire.etag,
        wire.notification_url,
        wire.expiration,
        wire.client_state,
    )


class BcSubscriptions:
    """The subscription to the company's service orders, through the DMS client's HTTP."""

    def __init__(self, http: RemoteHttp, config: IncadeaConnection, orders: str) -> None:
        self._http = http
        self._collection = f"{config.service_root}subscriptions"
        self.resource = f"/api/{config.api_route}/companies({config.company_id})/{orders}"

    def _one(self, subscription_id: str) -> str:
        return f"{self._collection}({odata.literal(subscription_id)})"

    async def ours(self, notification_url: str) -> list[Subscription]:
        """The subscriptions to this resource that notify ``notification_url``."""
        response = await self._http.send(
            "GET", self._collection, retry_safe=True, operation="read subscriptions"
        )
        page = parse_answer(WireSubscriptionPage, response.content, system="dms", status=200)
        return [
            _subscription(wire)
            for wire in page.value
            if wire.notification_url == notification_url
            and wire.resource.lstrip("/").lower() == self.resource.lstrip("/").lower()
        ]

    async def create(self, notification_url: str, client_state: str) -> Subscription:
        """Business Central calls ``notification_url`` for the handshake before it answers."""
        response = await self._http.send(
            "POST",
            self._collection,
            json=self._body(notification_url, client_state),
            retry_safe=False,
            operation="create subscription",
        )
        return self._read(response.content, response.status_code)

    async def get(self, subscription: Subscription) -> Subscription:
        """The subscription as the DMS holds it now; ``NotFound`` once it deleted it."""
        response = await self._http.send(
            "GET", self._one(subscription.id), retry_safe=True, operation="read subscription"
        )
        return self._read(response.content, response.status_code)

    async def renew(
        self, subscription: Subscription, notification_url: str, client_state: str
    ) -> Subscription:
        """A PATCH with the subscription's etag; the DMS shakes hands again and sets a new
        expiry. ``NotFound`` if it deleted the subscription meanwhile."""
        response = await self._http.send(
            "PATCH",
            self._one(subscription.id),
            json=self._body(notification_url, client_state),
            headers={"If-Match": subscription.etag},
            retry_safe=False,
            operation="renew subscription",
        )
        return self._read(response.content, response.status_code)

    async def delete(self, subscription: Subscription) -> None:
        await self._http.send(
            "DELETE",
            self._one(subscription.id),
            headers={"If-Match": subscription.etag},
            retry_safe=True,
            operation="delete subscription",
        )

    @staticmethod
    def listener(on_notices: NoticeHandler) -> ASGIApp:
        return notification_listener(on_notices)

    def _body(self, notification_url: str, client_state: str) -> dict[str, str]:
        return {
            "notificationUrl": notification_url,
            "resource": self.resource,
            "clientState": client_state,
        }

    @staticmethod
    def _read(content: bytes, status: int) -> Subscription:
        return _subscription(parse_answer(WireSubscription, content, system="dms", status=status))


def notification_listener(on_notices: NoticeHandler) -> ASGIApp:
    """The ASGI app behind the notification URL, on any path (the reverse proxy chooses).

    A handshake gets its token back. A notification is handed to ``on_notices`` and
    answered 202 whatever it holds, so Business Central neither retries it nor deletes the
    subscription; a body that is not a notification gets 400.
    """

    async def receive(request: Request) -> Response:
        token = request.query_params.get("validationToken")
        if token is not None:
            if len(token) > MAX_TOKEN_CHARACTERS:
                return PlainTextResponse("", status_code=400)
            # The token comes back as sent; as plain text that no browser renders as a page.
            return PlainTextResponse(token, headers={"X-Content-Type-Options": "nosniff"})
        if request.method != "POST":
            return PlainTextResponse("", status_code=405)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_NOTIFICATION_BYTES:
                return PlainTextResponse("", status_code=413)
        try:
            notification = WireNotification.model_validate_json(bytes(body))
        except ValidationError:
            log.info("A request to the notification URL was not a notification; ignored.")
            return PlainTextResponse("", status_code=400)
        await on_notices(
            [
                ChangeNotice(
                    notice.subscription_id,
                    notice.client_state,
                    notice.change_type == "collection",
                    notice.expiration,
                )
                for notice in notification.value
            ]
        )
        return PlainTextResponse("", status_code=202)

    return Starlette(routes=[Route("/{path:path}", receive, methods=["GET", "POST"])])
