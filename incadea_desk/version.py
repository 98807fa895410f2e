"""Which incadea-desk this is: the installed version, and in a frozen build the commit.

The version comes from the package metadata, which an install and the frozen bundle
both carry. The bundle also holds ``build-info.json`` (written by the build from the
pyproject version and the commit); without metadata the version is read from there.
"""

from __future__ import annotations

import importlib.metadata
import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

DISTRIBUTION = "incadea-desk"
BUILD_INFO = "build-info.json"


def build_info(package: Traversable | None = None) -> dict[str, Any] | None:
    """The frozen build's stamp (version, commit, ...), ``None`` when run from source."""
    folder = package if package is not None else resources.files("incadea_desk")
    try:
        data = json.loads(folder.joinpath(BUILD_INFO).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def version(package: Traversable | None = None) -> str:
    """``0.1.0``: from the package metadata, else from the build stamp, else ``unknown``."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        info = build_info(package) or {}
        return str(info.get("version") or "unknown")


def describe(package: Traversable | None = None) -> str:
    """``incadea-desk 0.1.0``, with ``(build 3305291fb1bc)`` in a frozen build."""
    text = f"{DISTRIBUTION} {version(package)}"
    info = build_info(package)
    if info is not None:
        commit = str(info.get("commit") or "unknown")[:12]
        text += f" (build {commit}{', modified' if info.get('modified') else ''})"
    return text
