"""``NotConfigured``: a system cannot be reached with the settings and secrets at hand."""

from __future__ import annotations

from incadea_desk.secrets import SECRET_ENV, SecretName


class NotConfigured(ValueError):
    """Settings or a secret needed to reach a system are missing; the message says which."""


class MissingSecret(ValueError):
    """A connection test found no secret, neither typed nor stored; the dialog names the
    field."""


def secret_hint(name: SecretName) -> str:
    return f"store it with 'incadea-desk config set-secret {name}' or set {SECRET_ENV[name]}"


def missing_settings(settings_missing: list[str], system: str, label: str) -> None:
    """``NotConfigured`` naming the keys of ``system`` (``dms``, ``claire``) still empty."""
    missing = [key for key in settings_missing if key.startswith(f"{system}.")]
    if missing:
        raise NotConfigured(
            f"The {label} connection is not set up: "
            + ", ".join(missing)
            + " missing (see 'incadea-desk config show')."
        )
