"""Real processes for the fault matrix: ``sandbox serve``, the CLI, and a fault proxy on
loopback between them.

Nothing here imports the code under test into the scenario: the CLI runs as a child
process with its own data and config folders, and what the remote systems hold is
read from the sandbox's admin routes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import queue
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from incadea_desk.store.copy_codec import zstd

PROCESS_TIMEOUT_S = 60.0


@dataclass
class Sandbox:
    """A running ``sandbox serve`` process."""

    process: subprocess.Popen[str]
    incadea_url: str
    claire_url: str
    environment: dict[str, str]

    def admin(self, system: str = "dms") -> httpx.Client:
        return httpx.Client(base_url=self.incadea_url if system == "dms" else self.claire_url)

    def set_faults(self, system: str = "dms", **faults: Any) -> None:
        with self.admin(system) as client:
            client.post("/_sandbox/faults", json=faults).raise_for_status()

    def mileage(self, dms_number: str) -> int:
        with self.admin() as client:
            answer = client.get("/_sandbox/state", params={"documentNo": dms_number})
            answer.raise_for_status()
            return int(answer.json()["serviceOrder"]["mileageKm"])

    def edit(self, dms_number: str, changes: dict[str, Any]) -> None:
        with self.admin() as client:
            client.post(
                "/_sandbox/edit", json={"documentNo": dms_number, "changes": changes}
            ).raise_for_status()

    def claire_counts(self) -> dict[str, Any]:
        with self.admin("claire") as client:
            answer = client.get("/_sandbox/state")
            answer.raise_for_status()
            return dict(answer.json()["counts"])


@contextlib.contextmanager
def sandbox_serve(folder: Path, seed: int = 11, orders: int | None = None) -> Iterator[Sandbox]:
    env_file = folder / "sandbox.env"
    sized = ["--orders", str(orders)] if orders is not None else []
    process = subprocess.Popen(
        [sys.executable, "-m", "incadea_desk.sandbox", "serve", "--seed", str(seed),
         "--env-file", str(env_file), *sized],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout
    reader = threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True)
    reader.start()
    urls: dict[str, str] = {}
    try:
        while "ready" not in urls:
            line = lines.get(timeout=PROCESS_TIMEOUT_S)
            if line.startswith("Incadea sandbox:"):
                urls["dms"] = line.split(": ", 1)[1].strip()
            elif line.startswith("Claire sandbox:"):
                urls["claire"] = line.split(": ", 1)[1].strip()
            elif line.startswith("Press Ctrl+C"):
                urls["ready"] = ""
        environment = dict(
            line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line
        )
        sandbox = Sandbox(process, urls["dms"], urls["claire"], environment)
        yield sandbox
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        reader.join(timeout=15)
        stdout.close()


# --- the fault proxy ----------------------------------------------------------------------

Rewrite = Callable[[str, str, int, bytes], tuple[int, bytes] | None]
"""(method, path with query, status, body) -> a new (status, body), or None to pass."""


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


@dataclass
class FaultProxy:
    """An ASGI proxy on 127.0.0.1 in front of one sandbox app; ``rewrite`` changes answers."""

    upstream: str
    rewrite: Rewrite | None = None
    calls: list[tuple[str, str, int]] = field(default_factory=list)
    requested: threading.Event = field(default_factory=threading.Event)
    """Set when a request arrives (before it is forwarded)."""
    url: str = ""
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        self.requested.set()
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        target = scope["path"] + (
            ("?" + scope["query_string"].decode()) if scope["query_string"] else ""
        )
        headers = [
            (k.decode(), v.decode()) for k, v in scope["headers"] if k.lower() != b"content-length"
        ]
        async with httpx.AsyncClient(base_url=self.upstream, timeout=120) as client:
            answer = await client.request(scope["method"], target, headers=headers, content=body)
        status, content = answer.status_code, answer.content
        changed = self.rewrite(scope["method"], target, status, content) if self.rewrite else None
        if changed is not None:
            status, content = changed
        self.calls.append((scope["method"], target, status))
        out_headers = [
            (k.encode(), v.encode())
            for k, v in answer.headers.items()
            if k.lower() not in ("content-length", "content-encoding", "transfer-encoding")
        ]
        out_headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": out_headers})
        await send({"type": "http.response.body", "body": content})

    def start(self) -> str:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(self, log_level="critical", lifespan="off", access_log=False)
        server = _Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=lambda: asyncio.run(server.serve(sockets=[sock])), daemon=True
        )
        self._thread.start()
        if not server.ready.wait(PROCESS_TIMEOUT_S):
            raise RuntimeError("the fault proxy did not start")
        self.url = self.upstream.replace(self.upstream.split("/")[2], f"127.0.0.1:{port}", 1)
        return self.url

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)


@contextlib.contextmanager
def fault_proxy(upstream: str, rewrite: Rewrite | None = None) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream, rewrite)
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()


# --- the CLI as a child process ---------------------------------------------------------


@dataclass
class Workstation:
    """One workstation's folders and the environment its CLI runs with."""

    root: Path
    environment: dict[str, str]

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def config_dir(self) -> Path:
        return self.root / "config"

    @property
    def store(self) -> Path:
        return self.data_dir / "incadea-desk.sqlite3"

    def env(self, **overrides: str) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith("INCADEA_DESK_")}
        return {
            **base,
            **self.environment,
            "INCADEA_DESK_DATA_DIR": str(self.data_dir),
            "INCADEA_DESK_CONFIG_DIR": str(self.config_dir),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "PYTHONUNBUFFERED": "1",
            **overrides,
        }

    def start(self, *argv: str, **overrides: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "incadea_desk", *argv],
            env=self.env(**overrides),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
        )

    def run(self, *argv: str, timeout: float = PROCESS_TIMEOUT_S, **overrides: str) -> Run:
        process = self.start(*argv, **overrides)
        out, err = process.communicate(timeout=timeout)
        return Run(process.returncode, out, err)

    def outbox(self) -> dict[str, int]:
        """The waiting corrections as another process would read them: DMS number -> km."""
        if not self.store.exists():
            return {}
        with contextlib.closing(sqlite3.connect(self.store, timeout=30)) as connection:
            rows = connection.execute("SELECT key, payload FROM outbox").fetchall()
        return {key: int(json.loads(payload)["km"]) for key, payload in rows}

    def stored_text(self) -> str:
        """Every byte the workstation keeps on disk, as text (for leak checks), and the
        local copies of workorders unpacked (they are stored compressed)."""
        chunks = []
        for folder in (self.data_dir, self.config_dir):
            if folder.is_dir():
                for path in folder.rglob("*"):
                    if path.is_file():
                        chunks.append(path.read_bytes().decode("utf-8", "replace"))
                for path in folder.rglob("*.sqlite3"):
                    chunks += _local_copies(path)
        return "\n".join(chunks)


def _local_copies(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        try:
            rows = connection.execute("SELECT body FROM workorder_copies").fetchall()
        except sqlite3.OperationalError:  # a store of an older schema, or not a store
            return []
    return [zstd.decompress(body).decode() for (body,) in rows]


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def interrupt_after(process: subprocess.Popen[str], delay: float, sig: int) -> Run:
    """Let the process run ``delay`` seconds (or end), then send ``sig``; its result."""
    try:
        out, err = process.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(sig)
        out, err = process.communicate(timeout=PROCESS_TIMEOUT_S)
    return Run(process.returncode, out, err)
