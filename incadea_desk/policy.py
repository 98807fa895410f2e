"""Settings that IT pushes by Group Policy or Intune: the Windows registry's policy keys.

``HKLM\\Software\\Policies\\incadea-desk\\incadea-desk`` (every user of the PC) and the same
path under ``HKCU`` (one user) hold one value per setting, named by its key as
``incadea-desk config show`` lists it (``dms.base_url``, ``sync.site_importer``): a string,
or a DWORD for numbers and for true (1) / false (0). A policy value wins over the settings
file and the environment, and the settings dialog shows its field locked; the machine's
policy wins over the user's, as Windows policies do.

Only Windows has the registry; elsewhere there is no policy. The reader is a parameter so
that the rules are tested without one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from incadea_desk.config import Settings, SettingsError, setting_keys, with_value

VENDOR = "incadea-desk"
"""The publisher's name, as the installer and the winget manifest give it."""
POLICY_KEY = rf"Software\Policies\{VENDOR}\incadea-desk"
HIVES = ("HKLM", "HKCU")
"""Strongest first."""

RegistryReader = Callable[[str, str], Mapping[str, object]]
"""``reader(hive, key)``: the values under ``hive\\key`` by name; empty if the key is absent."""


@dataclass(frozen=True)
class Policy:
    """The policy's settings: ``values`` as text by settings key, and where each came from."""

    values: Mapping[str, str] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict)

    @property
    def locked(self) -> frozenset[str]:
        """The settings keys a policy sets, which nobody changes in the dialog."""
        return frozenset(self.values)


def _text(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    # REG_BINARY, REG_MULTI_SZ: no setting is made of them.
    return None


def read_policy(reader: RegistryReader | None = None) -> Policy:
    """The policy in force: HKLM's values, then HKCU's for the keys HKLM leaves unset."""
    if reader is None:
        reader = windows_registry_reader()
    if reader is None:
        return Policy()
    values: dict[str, str] = {}
    sources: dict[str, str] = {}
    for hive in HIVES:
        for name, raw in reader(hive, POLICY_KEY).items():
            text = _text(raw)
            if text is not None and name not in values:
                values[name] = text
                sources[name] = rf"{hive}\{POLICY_KEY}"
    return Policy(values, sources)


def apply_policy(settings: Settings, policy: Policy | None = None) -> Settings:
    """A copy of ``settings`` with the policy's values on top; ``SettingsError`` names the
    registry value that cannot be used."""
    policy = read_policy() if policy is None else policy
    known = set(setting_keys())
    for key, text in policy.values.items():
        where = f"{policy.sources.get(key, 'the policy')}\\{key}"
        if key not in known:
            raise SettingsError(
                f"The policy value {where} is not a setting incadea-desk knows; see "
                "'incadea-desk config show' for the keys."
            )
        try:
            settings = with_value(settings, key, text)
        except SettingsError as error:
            raise SettingsError(f"The policy value {where} cannot be used: {error}") from None
    return settings


def windows_registry_reader() -> RegistryReader | None:
    """The registry through ``winreg`` on Windows; ``None`` elsewhere."""
    if sys.platform != "win32":
        return None
    import winreg

    roots = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}

    def read(hive: str, key: str) -> dict[str, object]:
        found: dict[str, object] = {}
        try:
            opened = winreg.OpenKey(roots[hive], key)
        except OSError:
            return found
        with opened:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(opened, index)
                except OSError:
                    return found
                found[name] = value
                index += 1

    return read
