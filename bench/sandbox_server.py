"""The sandbox over loopback HTTP in a process of its own, for the benchmarks.

The real DMS and Claire run on other machines, so their work must not
compete with the client for this process's interpreter lock. The parent
starts ``python -m bench.sandbox_server --orders N``, reads one JSON line
with the connection settings, and closes this process's stdin to stop it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from incadea_desk.sandbox import Sandbox, serve_loopback


def into_branches(sandbox: Sandbox, branches: int) -> None:
    """Deal the service orders out over ``branches`` branches of the one company, evenly
    (``B00``, ``B01``, ...): the sites of a dealer group (``bench.site_group``)."""
    orders = sorted(sandbox.incadea.data.orders.values(), key=lambda row: row.data["documentNo"])
    for index, row in enumerate(orders):
        row.data["locationCode"] = f"B{index % branches:02d}"


async def serve(orders: int, seed: int, branches: int = 0) -> None:
    sandbox = Sandbox(seed=seed, order_count=orders)
    if branches:
        into_branches(sandbox, branches)
    async with serve_loopback(sandbox) as urls:
        environment = sandbox.environment(urls.incadea_base_url, urls.claire_base_url)
        print(json.dumps({"environment": environment}), flush=True)
        # Serve until the parent closes our stdin (or goes away).
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=240, help="service orders in the DMS")
    parser.add_argument("--seed", type=int, default=7, help="seed of the invented workshop")
    parser.add_argument("--branches", type=int, default=0, help="branches to deal orders over")
    args = parser.parse_args(argv)
    asyncio.run(serve(args.orders, args.seed, args.branches))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
