"""The lock's requirements for Windows: ``uv export`` (with hashes) in, the lines that apply to
CPython 3.11 on 64-bit Windows out, each with its hashes, for ``pip --require-hashes``.

``pip download --platform win_amd64`` picks Windows wheels but still judges environment
markers by the machine it runs on, so the markers are judged here for Windows.
"""

import sys

from packaging.requirements import Requirement

WINDOWS = {
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "python_version": "3.11",
    "python_full_version": "3.11.9",
    "platform_machine": "AMD64",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "extra": "",
}


def windows_lines(exported: str) -> list[str]:
    joined = exported.replace("\\\n", " ")
    lines = []
    for line in joined.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        requirement, _, hashes = line.partition(" --hash=")
        parsed = Requirement(requirement)
        if parsed.marker is None or parsed.marker.evaluate(WINDOWS):
            lines.append(f"{parsed.name}{parsed.specifier} --hash={' '.join(hashes.split())}")
    return lines


if __name__ == "__main__":
    sys.stdout.write("\n".join(windows_lines(sys.stdin.read())) + "\n")
