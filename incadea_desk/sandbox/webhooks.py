"""Business Central's webhooks in the DMS stand-in, as Microsoft's pages describe them
(docs/wire-contracts.md, "Webhooks"; docs/sandbox.md for the admin route).

- ``POST api/{route}/subscriptions`` with ``notificationUrl``, ``resource`` (the service
  orders of the company) and ``clientState``: the stand-in first calls
  ``notificationUrl?validationToken=...`` and creates the subscription only if the token
  comes back as the body of a 200; it answers 201 with the subscription.
- ``GET`` lists them, ``GET``/``PATCH``/``DELETE subscriptions('{id}')`` read, renew (with
  ``If-Match``, a handshake again, a new expiry) and delete one.
- A subscription expires ``expirySeconds`` (three days) after its creation or renewal.
- A change to a service order is notified ``delaySeconds`` (30) after the first change of
  a batch; more than ``collectionThreshold`` (1,000) changes in a batch are one
  ``collection`` notice with a ``$filter`` on the resource.
- An answer of 408, 429 or 5xx (or none) is retried after each of ``retrySeconds``; any
  other answer but 2xx deletes the subscriptions of that notification.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from incadea_desk.sandbox.data import Row, wire_datetime

if TYPE_CHECKING:
    from incadea_desk.sandbox.incadea_app import IncadeaStandIn

RETRIED = frozenset({408, 429})
# Business Central retries "several" times over 36 hours; the exact schedule is not
# published, so the default spreads five tries over that span.
DEFAULT_RETRY_SECONDS = (60.0, 600.0, 3_600.0, 4 * 3_600.0, 30 * 3_600.0)


@dataclass
class StandInSubscription:
    id: str
    notification_url: str
    resource: str
    client_state: str
    expires_at: datetime
    version: int = 1

    @property
    def etag(self) -> str:
        return f'W/"{self.id}-{self.version}"'

    def wire(self) -> dict[str, Any]:
        return {
            "@odata.etag": self.etag,
            "subscriptionId": self.id,
            "notificationUrl": self.notification_url,
            "resource": self.resource,
            "clientState": self.client_state,
            "expirationDateTime": wire_datetime(self.expires_at),
        }


@dataclass
class WebhookSettings:
    delay_seconds: float = 30.0
    expiry_seconds: float = 3 * 24 * 3_600.0
    collection_threshold: int = 1_000
    retry_seconds: tuple[float, ...] = DEFAULT_RETRY_SECONDS


@dataclass
class _Batch:
    changes: dict[tuple[str, str], tuple[str, datetime]] = field(default_factory=dict)
    """(subscription id, order id) -> (change type, modified at): one notice per entity."""
    first: datetime | None = None


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class Webhooks:
    """The subscriptions of one DMS stand-in and the notifications they send."""

    def __init__(self, dms: IncadeaStandIn) -> None:
        self.dms = dms
        self.settings = WebhookSettings()
        self.subscriptions: dict[str, StandInSubscription] = {}
        self.deliveries: list[dict[str, Any]] = []
        """What was sent: the answer's status (0: none), the notices, collection or not."""
        self._batches: dict[str, _Batch] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        dms.data.observers.append(self._changed)

    @property
    def _collection_path(self) -> str:
        return self.dms.api_root + "subscriptions"

    @property
    def resource(self) -> str:
        route = self.dms.api_root.split("/api/", 1)[1]
        orders = self.dms.names.out("entitySets", "serviceOrders")
        return f"/api/{route}companies({self.dms.credentials.company_id})/{orders}"

    def routes(self) -> list[Route]:
        return [
            Route(self._collection_path, self.collection, methods=["GET", "POST"]),
            Route(self._collection_path + "({key})", self.one, methods=["GET", "PATCH", "DELETE"]),
            Route("/_sandbox/webhooks", self.admin, methods=["GET", "POST"]),
        ]

    # --- the subscriptions API ----------------------------------------------------------

    def _live(self) -> dict[str, StandInSubscription]:
        now = self.dms.clock()
        for key in [k for k, s in self.subscriptions.items() if s.expires_at <= now]:
            del self.subscriptions[key]
        return self.subscriptions

    async def collection(self, request: Request) -> Response:
        if not self.dms.auth.authenticated(request):
            return _error(401, "Authentication_InvalidCredentials", "Not signed in.")
        if request.method == "GET":
            return JSONResponse({"value": [s.wire() for s in self._live().values()]})
        body = await request.json()
        if not isinstance(body, dict) or not isinstance(body.get("notificationUrl"), str):
            return _error(400, "BadRequest", "notificationUrl is required.")
        resource = str(body.get("resource", ""))
        if resource.lstrip("/").lower() != self.resource.lstrip("/").lower():
            return _error(400, "BadRequest", f"The resource '{resource}' cannot be subscribed.")
        if not await self._handshake(body["notificationUrl"]):
            return _error(400, "BadRequest", "The subscriber did not return the validationToken.")
        subscription = StandInSubscription(
            uuid.uuid4().hex,
            body["notificationUrl"],
            self.resource,
            str(body.get("clientState", "")),
            self._expiry(),
        )
        self.subscriptions[subscription.id] = subscription
        return JSONResponse(subscription.wire(), status_code=201)

    async def one(self, request: Request) -> Response:
        if not self.dms.auth.authenticated(request):
            return _error(401, "Authentication_InvalidCredentials", "Not signed in.")
        key = request.path_params["key"].strip("'{}")
        subscription = self._live().get(key)
        if subscription is None:
            return _error(404, "BadRequest_NotFound", f"The subscription '{key}' does not exist.")
        if request.method == "GET":
            return JSONResponse(subscription.wire())
        if_match = request.headers.get("if-match")
        if not if_match:
            return _error(400, "BadRequest_InvalidToken", "If-Match is required.")
        if if_match != subscription.etag:
            return _error(409, "Request_EntityChanged", "The subscription changed.")
        if request.method == "DELETE":
            del self.subscriptions[key]
            return Response(status_code=204)
        body = await request.json()
        if not isinstance(body, dict):
            return _error(400, "BadRequest", "The body must be an object.")
        url = str(body.get("notificationUrl", subscription.notification_url))
        if not await self._handshake(url):
            return _error(400, "BadRequest", "The subscriber did not return the validationToken.")
        subscription.notification_url = url
        subscription.client_state = str(body.get("clientState", subscription.client_state))
        subscription.expires_at = self._expiry()
        subscription.version += 1
        return JSONResponse(subscription.wire())

    def _expiry(self) -> datetime:
        return self.dms.clock() + timedelta(seconds=self.settings.expiry_seconds)

    async def _handshake(self, url: str) -> bool:
        token = uuid.uuid4().hex
        try:
            async with httpx.AsyncClient(timeout=10) as client:
                answer = await client.post(url, params={"validationToken": token})
        except httpx.HTTPError:
            return False
        return answer.status_code == 200 and answer.text == token

    # --- notifications ------------------------------------------------------------------

    def _changed(self, row: Row, change: str) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        at = self.dms.clock()
        for subscription in self._live().values():
            batch = self._batches.get(subscription.notification_url)
            if batch is None:
                batch = self._batches[subscription.notification_url] = _Batch(first=at)
                loop.call_later(
                    self.settings.delay_seconds, self._send_batch, subscription.notification_url
                )
            batch.changes[(subscription.id, row.id)] = (change, at)

    def _send_batch(self, url: str) -> None:
        batch = self._batches.pop(url, None)
        if batch is None or not batch.changes:
            return
        task = asyncio.get_running_loop().create_task(self._deliver(url, self._notices(batch)))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _notices(self, batch: _Batch) -> list[dict[str, Any]]:
        live = self._live()
        by_subscription: dict[str, list[tuple[str, str, datetime]]] = {}
        for (subscription_id, order_id), (change, at) in batch.changes.items():
            if subscription_id in live:
                by_subscription.setdefault(subscription_id, []).append((order_id, change, at))
        notices = []
        for subscription_id, changes in by_subscription.items():
            subscription = live[subscription_id]
            common = {
                "subscriptionId": subscription.id,
                "clientState": subscription.client_state,
                "expirationDateTime": wire_datetime(subscription.expires_at),
            }
            if len(changes) > self.settings.collection_threshold:
                since = wire_datetime(batch.first or changes[0][2], millis=True)
                notices.append(
                    common
                    | {
                        "resource": f"{subscription.resource}?$filter=lastModifiedDateTime"
                        f"%20gt%20{since}",
                        "changeType": "collection",
                        "lastModifiedDateTime": wire_datetime(changes[-1][2], millis=True),
                    }
                )
                continue
            notices += [
                common
                | {
                    "resource": f"{subscription.resource}({order_id})",
                    "changeType": change,
                    "lastModifiedDateTime": wire_datetime(at, millis=True),
                }
                for order_id, change, at in changes
            ]
        return notices

    async def _deliver(self, url: str, notices: list[dict[str, Any]]) -> None:
        if not notices:
            return
        waits = iter(self.settings.retry_seconds)
        while True:
            status = 0
            try:
                async with httpx.AsyncClient(timeout=30) as client:
                    status = (await client.post(url, json={"value": notices})).status_code
            except httpx.HTTPError:
                pass
            self.deliveries.append(
                {
                    "status": status,
                    "notices": len(notices),
                    "collection": any(n["changeType"] == "collection" for n in notices),
                }
            )
            if 200 <= status < 300:
                return
            if status and status not in RETRIED and status < 500:
                for notice in notices:
                    self.subscriptions.pop(notice["subscriptionId"], None)
                return
            wait = next(waits, None)
            if wait is None:
                return
            await asyncio.sleep(wait)

    # --- the admin route ----------------------------------------------------------------

    async def admin(self, request: Request) -> Response:
        """GET: the subscriptions and deliveries. POST: the settings (``delaySeconds``,
        ``expirySeconds``, ``collectionThreshold``, ``retrySeconds``), and ``forget``: the
        ids (or ``"all"``) of subscriptions the DMS deletes by itself."""
        if request.method == "POST":
            body = await request.json()
            if not isinstance(body, dict):
                return _error(400, "invalid", "the body must be an object")
            s = self.settings
            s.delay_seconds = float(body.get("delaySeconds", s.delay_seconds))
            s.expiry_seconds = float(body.get("expirySeconds", s.expiry_seconds))
            s.collection_threshold = int(body.get("collectionThreshold", s.collection_threshold))
            s.retry_seconds = tuple(float(x) for x in body.get("retrySeconds", s.retry_seconds))
            forget = body.get("forget", [])
            for key in list(self.subscriptions) if forget == "all" else forget:
                self.subscriptions.pop(str(key), None)
        return JSONResponse(
            {
                "subscriptions": [
                    {k: v for k, v in s.wire().items() if k != "clientState"}
                    for s in self._live().values()
                ],
                "deliveries": self.deliveries,
                "settings": {
                    "delaySeconds": self.settings.delay_seconds,
                    "expirySeconds": self.settings.expiry_seconds,
                    "collectionThreshold": self.settings.collection_threshold,
                    "retrySeconds": list(self.settings.retry_seconds),
                },
            }
        )
