"""After a 429 with Retry-After, no request of the same client goes out before the pause ends."""

from __future__ import annotations

import asyncio

import httpx
import stamina

from incadea_desk.errors import ErrorInfo
from incadea_desk.http import RemoteHttp, Timeouts, build_async_client
from incadea_desk.throttle_gate import ThrottleGate


class FakeTime:
    """A clock that only moves when the gate sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


async def test_the_gate_holds_every_caller_until_the_pause_ends() -> None:
    time = FakeTime()
    gate = ThrottleGate(clock=time.clock, sleep=time.sleep)
    await gate.passage()
    assert time.slept == []
    gate.close_for(7)
    gate.close_for(2)  # a shorter pause does not shorten the one set
    await gate.passage()
    assert time.slept == [7]
    await gate.passage()
    assert time.slept == [7]


async def test_a_throttled_answer_pauses_the_other_requests_of_the_client() -> None:
    time = FakeTime()
    sent: list[str] = []
    first_refused = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.url.path} after {sum(time.slept):g}s")
        if request.url.path == "/a" and not first_refused.is_set():
            first_refused.set()
            return httpx.Response(429, headers={"Retry-After": "3"})
        return httpx.Response(200, json={})

    remote = RemoteHttp(
        system="dms",
        client=build_async_client(timeouts=Timeouts(), transport=httpx.MockTransport(handler)),
        timeouts=Timeouts(),
        error_reader=lambda response: ErrorInfo(),
        gate=ThrottleGate(clock=time.clock, sleep=time.sleep),
    )

    async def second() -> None:
        await first_refused.wait()
        await remote.send("GET", "https://dms.test/b", retry_safe=True, operation="b")

    with stamina.set_testing(True, attempts=2):
        await asyncio.gather(
            remote.send("GET", "https://dms.test/a", retry_safe=True, operation="a"), second()
        )
    await remote.aclose()
    assert sent[0] == "/a after 0s"
    assert sorted(sent[1:]) == ["/a after 3s", "/b after 3s"]
