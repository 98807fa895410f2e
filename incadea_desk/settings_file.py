"""Where the settings are kept: the settings file in the user's config directory
(``INCADEA_DESK_CONFIG_DIR`` overrides it), read with the environment's overrides and
IT's policy on top, and written atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from pydantic import ValidationError

from incadea_desk.config import APP_NAME, Settings, SettingsError, apply_environment, first_error

if TYPE_CHECKING:
    from incadea_desk.policy import Policy

SETTINGS_FILE = "settings.json"


def config_dir() -> Path:
    override = os.environ.get("INCADEA_DESK_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_file_settings(path: Path | None = None) -> Settings:
    """The settings stored in the file, or the defaults if there is no file yet."""
    target = path or settings_path()
    reset = "; 'incadea-desk config reset' starts again from the defaults"
    try:
        raw = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except UnicodeDecodeError:
        raise SettingsError(f"The settings file {target} is not readable text{reset}.") from None
    except OSError as error:
        raise SettingsError(
            f"The settings file {target} cannot be read ({error.strerror or 'no access'})."
        ) from None
    try:
        data = json.loads(raw)
        return Settings.model_validate(data)
    except (json.JSONDecodeError, RecursionError) as error:
        line = f" (line {error.lineno})" if isinstance(error, json.JSONDecodeError) else ""
        raise SettingsError(f"The settings file {target} is not valid JSON{line}{reset}.") from None
    except ValidationError as error:
        raise SettingsError(
            f"The settings file {target} has an invalid value ({first_error(error)}){reset}."
        ) from None


def reset_settings(path: Path | None = None) -> tuple[Path, Path | None]:
    """Start again from the default settings; a file that was there is kept beside it as
    ``settings.json.broken-<UTC time>``. Returns the settings file and the kept one."""
    target = path or settings_path()
    kept: Path | None = None
    if target.exists():
        kept = target.with_name(f"{target.name}.broken-{datetime.now(UTC):%Y%m%dT%H%M%SZ}")
        os.replace(target, kept)
    return save_settings(Settings(), target), kept


def load_settings(
    path: Path | None = None, environ: Mapping[str, str] | None = None, policy: Policy | None = None
) -> Settings:
    """The file's settings with the environment's overrides on top, and IT's policy over
    both (:mod:`incadea_desk.policy`: the registry's, on Windows only, unless given)."""
    from incadea_desk.policy import apply_policy

    return apply_policy(apply_environment(load_file_settings(path), environ), policy)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings file atomically (a crash leaves the old file or the new one)."""
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(settings.model_dump_json(indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, target)
    return target
