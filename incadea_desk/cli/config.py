"""``config``: show the settings in effect, change one, store a secret in the keyring."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys

from incadea_desk.cli.connection import Connection
from incadea_desk.cli.output import EXIT_OK, Console, Refusal, stdin_is_terminal
from incadea_desk.config import ENV_SETTINGS, get_value, setting_keys, with_value
from incadea_desk.policy import read_policy
from incadea_desk.secrets import (
    SECRET_ENV,
    SECRET_NAMES,
    SecretStore,
    SecretStoreUnavailable,
)
from incadea_desk.settings_env import PROCESS_VARIABLES
from incadea_desk.settings_file import (
    load_file_settings,
    reset_settings,
    save_settings,
    settings_path,
)

# --- config -------------------------------------------------------------------------------


async def _secret_sources(secrets: SecretStore) -> dict[str, str]:
    sources: dict[str, str] = {}
    for name in SECRET_NAMES:
        if secrets.from_environment(name):
            sources[name] = "environment"
            continue
        try:
            sources[name] = "keyring" if await secrets.get(name) else "not set"
        except SecretStoreUnavailable:
            sources[name] = "no keyring"
    return sources


async def cmd_config(args: argparse.Namespace, console: Console, conn: Connection) -> int:
    if args.action == "set":
        saved = with_value(load_file_settings(), args.key, args.value)
        path = save_settings(saved)
        console.emit(
            {"key": args.key, "value": get_value(saved, args.key), "path": str(path)},
            f"{args.key} = {get_value(saved, args.key)} (saved in {path}).",
        )
        overriding = [v for v, k in ENV_SETTINGS.items() if k == args.key]
        if overriding and any(_env_set(v) for v in overriding):
            console.say(f"Note: {overriding[0]} is set and overrides this value.")
        policy = read_policy()
        if args.key in policy.locked:
            console.say(
                f"Note: the policy value {policy.sources[args.key]}\\{args.key} sets this "
                "setting and wins over the file."
            )
        return EXIT_OK
    if args.action == "reset":
        path, kept = reset_settings()
        note = f" The old file is kept as {kept}." if kept else ""
        console.emit(
            {"path": str(path), "kept": str(kept) if kept else None},
            f"Settings reset to the defaults in {path}.{note}",
        )
        return EXIT_OK
    if args.action == "set-secret":
        name = args.name
        if name not in SECRET_NAMES:
            raise Refusal(
                f"'{name}' is not a secret incadea-desk knows; use one of: "
                + ", ".join(SECRET_NAMES)
                + "."
            )
        value = await asyncio.to_thread(_read_secret, name)
        await conn.secrets.set(name, value)
        console.emit({"name": name, "stored": "keyring"}, f"{name} stored in the keyring.")
        return EXIT_OK
    settings = conn.settings
    overridden = sorted(k for v, k in ENV_SETTINGS.items() if _env_set(v))
    by_policy = read_policy().locked
    secrets = await _secret_sources(conn.secrets)
    variables = environment_variables()
    payload = {
        "path": str(settings_path()),
        "settings": settings.model_dump(mode="json"),
        "overridden_by_environment": overridden,
        "set_by_policy": sorted(by_policy),
        "secrets": secrets,
        "environment_variables": variables,
        "configured": settings.is_configured,
    }
    lines = [f"# {settings_path()}"]
    for key in setting_keys():
        marker = (
            "  (policy)" if key in by_policy else "  (environment)" if key in overridden else ""
        )
        lines.append(f"{key} = {get_value(settings, key)}{marker}")
    lines += [f"secret {name}: {source}" for name, source in secrets.items()]
    lines.append("# environment variables (* set here)")
    width = max(map(len, known_variables()))
    lines += [
        f"{'*' if _env_set(variable) else ' '} {variable:<{width}}  {what}"
        for variable, what in known_variables().items()
    ]
    console.emit(payload, "\n".join(lines))
    return EXIT_OK


def known_variables() -> dict[str, str]:
    """Every ``INCADEA_DESK_*`` variable incadea-desk reads, and what it is for."""
    named: dict[str, str] = dict(ENV_SETTINGS)
    named |= {variable: f"secret {name}" for name, variable in SECRET_ENV.items()}
    return named | PROCESS_VARIABLES


def environment_variables() -> list[dict[str, str | bool]]:
    """Each known variable and whether it is set (never its value: some are secrets)."""
    return [
        {"variable": variable, "for": what, "set": _env_set(variable)}
        for variable, what in known_variables().items()
    ]


def _env_set(variable: str) -> bool:
    return bool(os.environ.get(variable, "").strip())


def _read_secret(name: str) -> str:
    if stdin_is_terminal():
        value = getpass.getpass(f"{name}: ")
    elif sys.stdin is not None:
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = ""
    if not value:
        raise Refusal("No secret was given; nothing was stored.")
    return value
