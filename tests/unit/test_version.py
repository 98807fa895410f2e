"""The version that doctor and ``--version`` name: from the metadata, else the build stamp."""

from __future__ import annotations

import importlib.metadata
import json
from pathlib import Path

import pytest

from incadea_desk import version


def _stamp(folder: Path, **info: object) -> Path:
    (folder / version.BUILD_INFO).write_text(json.dumps(info), encoding="utf-8")
    return folder


def test_from_source_the_installed_version_and_no_build() -> None:
    assert version.build_info() is None
    assert version.describe() == f"incadea-desk {importlib.metadata.version('incadea-desk')}"


def test_a_frozen_build_names_its_commit(tmp_path: Path) -> None:
    package = _stamp(tmp_path, version="0.1.0", commit="3305291fb1bcb3d059cc831d", modified=False)
    assert version.describe(package).endswith("(build 3305291fb1bc)")


def test_without_metadata_the_build_stamp_gives_the_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    package = _stamp(tmp_path, version="2.3.4", commit="abcdef", modified=True)
    assert version.describe(package) == "incadea-desk 2.3.4 (build abcdef, modified)"
    assert version.version(tmp_path / "nowhere") == "unknown"
