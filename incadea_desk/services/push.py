"""Changes pushed by the DMS: the site importer's subscription and its listener.

With ``sync.webhook_url`` and ``sync.webhook_listen`` set, ``incadea-desk sync`` listens
on ``webhook_listen`` (behind the dealer's reverse proxy), subscribes to the service
orders' changes with a client state made for that subscription, renews it at half its
life, re-creates it when the DMS deleted it, and deletes it when the importer stops. A
notice wakes the walk at once; notices that arrive while a walk runs make one more walk.
Polling at ``sync.interval_seconds`` goes on beside it: a lost notification, a DMS that
deleted the subscription, or a listener the DMS cannot reach costs at most one interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import secrets as random_secrets
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from incadea_desk.config import Settings
from incadea_desk.domain.push_records import ChangeNotice, Subscription
from incadea_desk.errors import Conflict, NotFound, RemoteError
from incadea_desk.secrets import GeneratedName, SecretStore, forget_generated, keep_generated
from incadea_desk.services.listening import Listener
from incadea_desk.services.ports import DmsSource

log = logging.getLogger(__name__)

CLIENT_STATE: GeneratedName = "webhook_client_state"
STOP_SECONDS = 5.0
"""How long stopping waits for the DMS to delete the subscription; a service manager
kills a stop that takes much longer."""
RETRY_SECONDS = 60.0
"""How soon a subscription that could not be made is tried again, at most."""


class PushChannel(Protocol):
    """What a DMS that pushes offers (the Incadea adapter's ``push()``)."""

    resource: str

    async def ours(self, notification_url: str) -> list[Subscription]: ...
    async def create(self, notification_url: str, client_state: str) -> Subscription: ...
    async def get(self, subscription: Subscription) -> Subscription: ...
    async def renew(
        self, subscription: Subscription, notification_url: str, client_state: str
    ) -> Subscription: ...
    async def delete(self, subscription: Subscription) -> None: ...
    def listener(self, on_notices: Any) -> Any: ...


def push_refusal(settings: Settings, dms: DmsSource) -> str | None:
    """Why this importer does not subscribe although both push settings are set."""
    kind = getattr(settings.dms, "api_kind", "api")
    if kind == "odatav4" or not callable(getattr(dms, "push", None)):
        return (
            "This DMS kind sends no webhooks: sync.webhook_url is not used, and the importer "
            f"polls every {settings.sync.interval_seconds} s."
        )
    return None


class PushImporting:
    """One subscription and the listener its notifications reach."""

    def __init__(
        self,
        channel: PushChannel,
        settings: Settings,
        secrets: SecretStore,
        *,
        site: str = "",
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._channel = channel
        self._site = site
        self._url = site_url(settings.sync.webhook_url, site)
        self._listen = settings.sync.webhook_listen
        self._check_seconds = float(settings.sync.interval_seconds)
        self._secrets = secrets
        self._now = now
        self._client_state = ""
        self.subscription: Subscription | None = None
        self.changed = asyncio.Event()
        """Set by a notice of this subscription (or when one was re-created); the walk
        clears it as it starts."""
        self._renew_at: datetime | None = None
        self._listener: Listener | None = None
        self._supervising: asyncio.Task[None] | None = None

    async def start(self, *, listen: bool = True) -> None:
        """Listen (unless the sites of a dealer group share one listener), then subscribe
        (the DMS calls the listener before it answers). A DMS that refuses is tried again
        later; an address that cannot be bound is ``NotConfigured``."""
        if listen:
            self._listener = await Listener.start(
                self._channel.listener(self.notices), self._listen, "sync.webhook_listen"
            )
            log.info("Listening for DMS notifications on %s.", self._listen)
        await self._subscribe_or_wait()
        self._supervising = asyncio.create_task(self._supervise())

    async def aclose(self) -> None:
        if self._supervising is not None:
            self._supervising.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervising
        if self.subscription is not None:
            try:
                async with asyncio.timeout(STOP_SECONDS):
                    await self._channel.delete(self.subscription)
                log.info("Deleted the DMS subscription %s.", self.subscription.id)
            except NotFound:
                pass
            except (RemoteError, TimeoutError):
                log.info(
                    "The DMS subscription %s was not deleted; it expires by itself.",
                    self.subscription.id,
                )
            self.subscription = None
        await forget_generated(self._secrets, CLIENT_STATE, site=self._site)
        if self._listener is not None:
            await self._listener.aclose()

    async def notices(self, notices: list[ChangeNotice]) -> None:
        expected = self._client_state.encode()
        ours = [
            notice
            for notice in notices
            if expected and hmac.compare_digest(notice.client_state.encode(), expected)
        ]
        if len(ours) < len(notices):
            log.info(
                "Ignored %d notices whose client state is not this importer's.",
                len(notices) - len(ours),
            )
        if ours:
            if any(notice.collection for notice in ours):
                log.info("The DMS notified a collection of changes; walking them.")
            self.changed.set()

    async def _subscribe_or_wait(self) -> None:
        try:
            await self._subscribe()
        except RemoteError as error:
            log.warning(
                "The DMS did not accept the webhook subscription (%s); polling "
                "goes on and the subscription is tried again.",
                error.code or error.status,
            )

    async def _subscribe(self) -> None:
        for leftover in await self._channel.ours(self._url):
            # A subscription of an importer that was killed: its client state is gone.
            with contextlib.suppress(NotFound):
                await self._channel.delete(leftover)
        self._client_state = random_secrets.token_urlsafe(32)
        await keep_generated(self._secrets, CLIENT_STATE, self._client_state, site=self._site)
        self._took(await self._channel.create(self._url, self._client_state))
        subscription = self.subscription
        if subscription is not None:
            log.info(
                "Subscribed to the DMS's changes (subscription %s, until %s).",
                subscription.id,
                subscription.expires_at.isoformat(),
            )

    def _took(self, subscription: Subscription) -> None:
        self.subscription = subscription
        self._renew_at = self._now() + (subscription.expires_at - self._now()) / 2

    async def _supervise(self) -> None:
        wait = self._seconds_to_next_look()
        while True:
            await asyncio.sleep(wait)
            try:
                await self._look()
                wait = self._seconds_to_next_look()
            except RemoteError as error:
                # A renewal that failed is due at once again: wait, or it would loop.
                wait = min(self._check_seconds, RETRY_SECONDS)
                log.warning(
                    "The DMS subscription could not be renewed or checked (%s); polling goes "
                    "on and it is tried again in %.0f s.",
                    error.code or error.status,
                    wait,
                )

    def _seconds_to_next_look(self) -> float:
        if self.subscription is None or self._renew_at is None:
            return min(self._check_seconds, RETRY_SECONDS)
        until_renewal = (self._renew_at - self._now()).total_seconds()
        return max(0.0, min(until_renewal, self._check_seconds))

    async def _renew(self, subscription: Subscription) -> None:
        try:
            renewed = await self._channel.renew(subscription, self._url, self._client_state)
        except Conflict:
            # Changed since it was read (its etag moved): read it, renew at the next look.
            self.subscription = await self._channel.get(subscription)
            raise
        self._took(renewed)
        log.info(
            "Renewed the DMS subscription %s until %s.", renewed.id, renewed.expires_at.isoformat()
        )

    async def _look(self) -> None:
        if self.subscription is None:
            await self._subscribe()
            self.changed.set()
            return
        try:
            if self._renew_at is not None and self._now() >= self._renew_at:
                await self._renew(self.subscription)
            else:
                await self._channel.get(self.subscription)
        except NotFound:
            log.info(
                "The DMS deleted the subscription %s; subscribing again.", self.subscription.id
            )
            self.subscription = None
            await self._subscribe()
            # Notifications may have been lost while it was gone.
            self.changed.set()


@contextlib.asynccontextmanager
async def pushing(
    settings: Settings, dms: DmsSource, secrets: SecretStore, say: Callable[[str], None]
) -> AsyncIterator[PushImporting | None]:
    """The push side of ``sync``, or None where it is not set up or not possible."""
    if not settings.sync.pushes:
        yield None
        return
    refusal = push_refusal(settings, dms)
    if refusal is not None:
        say(refusal)
        yield None
        return
    push = PushImporting(dms.push(), settings, secrets)  # type: ignore[attr-defined]
    try:
        await push.start()
        yield push
    finally:
        await push.aclose()


def site_url(webhook_url: str, site: str) -> str:
    """The notification URL of one site of a dealer group: ``sync.webhook_url`` with the
    site's name as one more path segment (the listener answers on any path), so that each
    site's subscription is its own, also when two sites watch one company."""
    return f"{webhook_url.rstrip('/')}/{site}" if site else webhook_url


@contextlib.asynccontextmanager
async def pushing_sites(
    settings: Settings,
    sites: Sequence[tuple[str, Settings, DmsSource]],
    secrets: SecretStore,
    say: Callable[[str], None],
) -> AsyncIterator[dict[str, PushImporting]]:
    """The push side of a dealer group's ``sync``: a subscription per site ``(name,
    settings, dms)``, all notifying one listener on ``sync.webhook_listen``, which hands
    each notice to the site whose subscription it names. {} where push is not set up or not
    possible."""
    if not settings.sync.pushes or not sites:
        yield {}
        return
    refusal = push_refusal(settings, sites[0][2])
    if refusal is not None:
        say(refusal)
        yield {}
        return
    channels = {name: dms.push() for name, _, dms in sites}  # type: ignore[attr-defined]
    pushes = {
        name: PushImporting(channels[name], site_settings, secrets, site=name)
        for name, site_settings, _ in sites
    }

    async def hand_out(notices: list[ChangeNotice]) -> None:
        by_subscription = {
            push.subscription.id: push for push in pushes.values() if push.subscription
        }
        unknown = [n for n in notices if n.subscription_id not in by_subscription]
        if unknown:
            log.info("Ignored %d notices of no subscription of this importer.", len(unknown))
        for subscription_id, push in by_subscription.items():
            mine = [n for n in notices if n.subscription_id == subscription_id]
            if mine:
                await push.notices(mine)

    first = next(iter(channels.values()))
    listener = await Listener.start(
        first.listener(hand_out), settings.sync.webhook_listen, "sync.webhook_listen"
    )
    log.info("Listening for DMS notifications on %s.", settings.sync.webhook_listen)
    try:
        for push in pushes.values():
            await push.start(listen=False)
        yield pushes
    finally:
        await asyncio.gather(*(push.aclose() for push in pushes.values()))
        await listener.aclose()


async def next_walk(push: PushImporting | None, seconds: float) -> None:
    """Wait for the interval, or less when a notice arrives."""
    if push is None:
        await asyncio.sleep(seconds)
        return
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await push.changed.wait()
    push.changed.clear()
