"""The addresses a setting may hold: credentials travel on them."""

from __future__ import annotations

from urllib.parse import urlsplit

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def checked_address(value: str) -> str:
    """An https:// address, or http:// to this machine only (credentials travel on it)."""
    text = value.strip()
    if not text:
        return text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an address starting with https://")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        raise ValueError("must start with https:// (http:// only for this computer)")
    return text
