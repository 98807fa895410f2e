#!/usr/bin/env bash
# The Windows build under Wine, used the way an advisor and IT use it: the frozen commands,
# the window's Dutch self-test, Credential Manager, and the installer per user and per
# machine (silent install, start, upgrade in place, uninstall with and without the data).
#
#   bash packaging/windows/wine-smoke-test.sh [DIST]    # DIST: dist/windows (wine-build.sh's)
#
# Leaves DIST/installed-nl.png and DIST/installed-dark-nl.png (the installed window, light and
# dark) to look at. Every check that fails stops the test with a sentence and exit code 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=packaging/windows/wine-env.sh
source packaging/windows/wine-env.sh

DIST="${1:-dist/windows}"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
NEXT="${VERSION%.*}.$((${VERSION##*.} + 1))"
SETUP="$DIST/incadea-desk-$VERSION-setup.exe"
BUNDLE="$DIST/incadea-desk"
WORK=$(mktemp -d)
APP_ID='{F8381688-D181-4AF8-8A09-9BDDFE675998}_is1'
UNINSTALL_KEY='Software\Microsoft\Windows\CurrentVersion\Uninstall'
C="$WINEPREFIX/drive_c"
WINE_USER="${USER:-$(id -un)}"
DATA="$C/users/$WINE_USER/AppData/Local/incadea-desk"
PER_USER='C:\users\'"$WINE_USER"'\AppData\Local\Programs\incadea-desk'
PER_MACHINE='C:\Program Files\incadea-desk'
started=$(date +%s)

fail() {
    echo "wine-smoke-test: FAIL: $*" >&2
    exit 1
}
step() {
    echo "== $* ($(($(date +%s) - started)) s)"
}
# run WANT PROGRAM ARGS...: the program's output, failing unless it exits with WANT and
# without a traceback.
run() {
    local want=$1 out rc=0
    shift
    out=$(w "$@") || rc=$?
    [[ $rc == "$want" ]] || fail "$* exited with $rc, not $want:"$'\n'"$out"
    [[ $out != *Traceback* ]] || fail "$* printed a traceback:"$'\n'"$out"
    printf '%s\n' "$out"
}
expect() {
    [[ $1 == *"$2"* ]] || fail "expected '$2' in:"$'\n'"$1"
}
# A Linux path of a Windows path inside the prefix (C:\ only).
unix() {
    local p="${1#C:\\}"
    printf '%s/%s' "$C" "${p//\\//}"
}
installed_version() {
    # A 64-bit install's HKLM entry is in the 64-bit view, which reg.exe reads only when asked.
    w reg query "$1\\$UNINSTALL_KEY\\$APP_ID" /v DisplayVersion /reg:64 2>/dev/null |
        sed -n 's/.*DisplayVersion *REG_SZ *//p' | tr -d '\r'
}
# The uninstaller hands over to a copy of itself and returns; Wine's server ends with the
# last Windows process, so waiting for it waits for the uninstall.
uninstall() {
    run 0 "$1\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES "${@:2}" >/dev/null
    wineserver -w
}
cleanup() {
    rm -rf "$WORK"
    stop_display
}

[[ -e "$SETUP" && -e "$BUNDLE/incadea-desk-cli.exe" ]] ||
    fail "no $SETUP or $BUNDLE; run packaging/windows/wine-build.sh first"
start_display
trap cleanup EXIT

step "a clean user: no installed copy, no data, no secrets"
for root in "$PER_USER" "$PER_MACHINE"; do
    if [[ -e "$(unix "$root")/unins000.exe" ]]; then
        uninstall "$root" /PURGE
    fi
done
rm -rf "$DATA" "$(unix "$PER_USER")" "$(unix "$PER_MACHINE")"
w reg delete 'HKCU\Software\Wine\Credential Manager' /f >/dev/null 2>&1 || true

step "the frozen commands on the demo"
CLI="$(winpath "$BUNDLE")\\incadea-desk-cli.exe"
expect "$(run 0 "$CLI" --version)" "incadea-desk $VERSION"
expect "$(run 0 "$CLI" --demo doctor)" "[ok] dms:"
# The demo's workorders are dated from today: the DMS number is read from the answer.
found=$(run 0 "$CLI" --demo search 06gvs6)
expect "$found" "06-GVS-6"
dms=$(awk 'NR == 2 {print $1}' <<<"$found")
[[ $dms == SO-* ]] || fail "no DMS number in the search's first row:"$'\n'"$found"
expect "$(run 2 "$CLI" --demo mileage "$dms" 1)" "rolling back an odometer is not allowed"

step "the self-test in Dutch, from the console program (UTF-8 through a pipe)"
out=$(run 0 "$CLI" --demo --self-test --lang nl)
expect "$out" "geïmporteerd in Claire"
expect "$out" "Klant wacht: nee → ja"
# Every step passed, through the last one (mileage).
[[ $out == *"PASS mileage"* && $out != *FAIL* ]] || fail "a self-test step failed:"$'\n'"$out"

step "install per user, silently, without administrator rights"
run 0 "$(winpath "$SETUP")" /VERYSILENT /CURRENTUSER /SUPPRESSMSGBOXES /NORESTART \
    "/LOG=$(winpath "$WORK/install-user.log")" >/dev/null
[[ $(installed_version HKCU) == "$VERSION" ]] || fail "no HKCU uninstall entry for $VERSION"
ICLI="$PER_USER\\incadea-desk-cli.exe"
expect "$(run 0 "$ICLI" --version)" "incadea-desk $VERSION"
# The winget manifests of this setup name the uninstall entry it wrote and its bytes.
python3 packaging/windows/winget.py "$SETUP" --url https://downloads.example.invalid/ \
    --out "$WORK/winget" >/dev/null
installer=$(cat "$WORK"/winget/*.installer.yaml)
expect "$installer" "ProductCode: '$APP_ID'"
expect "$installer" "InstallerSha256: $(sha256sum "$SETUP" | cut -d' ' -f1 | tr a-f A-F)"
expect "$installer" "PackageVersion: $VERSION"

step "the window, started from the installed path: its Dutch self-test, with a screenshot"
out=$(run 0 "$PER_USER\\incadea-desk.exe" --demo --self-test --lang nl \
    --screenshot "$(winpath "$DIST/installed-nl.png")")
expect "$out" "PASS screenshot"
expect "$out" "geïmporteerd in Claire"
[[ $out == *"PASS mileage"* && $out != *FAIL* ]] || fail "a window self-test step failed:"$'\n'"$out"
[[ $(head -c 8 "$DIST/installed-nl.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
    fail "the screenshot is not a PNG"

step "the window in Windows' dark mode (AppsUseLightTheme = 0), with a screenshot"
PERSONALIZE='HKCU\Software\Microsoft\Windows\CurrentVersion\Themes\Personalize'
w reg add "$PERSONALIZE" /v AppsUseLightTheme /t REG_DWORD /d 0 /f >/dev/null
out=$(run 0 "$PER_USER\\incadea-desk.exe" --demo --self-test --lang nl \
    --screenshot "$(winpath "$DIST/installed-dark-nl.png")")
w reg delete "$PERSONALIZE" /v AppsUseLightTheme /f >/dev/null
expect "$out" "PASS theme: the desktop asks for dark"
[[ $out == *"PASS mileage"* && $out != *FAIL* ]] || fail "a dark-mode self-test step failed:"$'\n'"$out"

step "Credential Manager holds the secrets"
printf 'not-a-real-key-123\n' | w_stdin "$ICLI" config set-secret claire_api_key >/dev/null
printf 'not-a-real-secret-456\n' | w_stdin "$ICLI" config set-secret dms_client_secret >/dev/null
expect "$(run 1 "$ICLI" doctor)" "[ok] keyring: Secrets found (keyring.backends.Windows.WinVaultKeyring)"
venv=$(cat "$CACHE/venv-path" 2>/dev/null || true)
if [[ -n $venv && -e $venv/Scripts/python.exe ]]; then
    expect "$(run 0 "$(winpath "$venv")\\Scripts\\python.exe" -c \
        "import keyring; print(keyring.get_password('incadea-desk', 'claire_api_key'))")" \
        "not-a-real-key-123"
fi
rc=0
out=$(python3 -c "print('k' * 1281)" | w_stdin "$ICLI" config set-secret claire_api_key) || rc=$?
[[ $rc == 2 && $(wc -l <<<"$out") == 1 && $out == *"Credential Manager keeps at most 2,560"* ]] ||
    fail "an over-long secret did not get one sentence and exit code 2 ($rc):"$'\n'"$out"

step "upgrade in place to $NEXT: settings, store and secrets stay, the old runtime goes"
run 0 "$ICLI" config set sync.interval_seconds 120 >/dev/null
[[ -e "$DATA/incadea-desk.sqlite3" ]] || fail "doctor made no local store in $DATA"
mkdir -p "$(unix "$PER_USER")/_internal/old_module_v0"
echo stale >"$(unix "$PER_USER")/_internal/old_module_v0/stale.pyc"
store_before=$(sha256sum "$DATA/incadea-desk.sqlite3" | cut -d' ' -f1)
run 0 "$CACHE/innosetup/package/bin/ISCC.exe" /Q "/DAppVersion=$NEXT" /DCompression=lzma2/fast \
    "/DSourceDir=$(winpath "$BUNDLE")" "/O$(winpath "$WORK")" 'packaging\windows\incadea-desk.iss' >/dev/null
run 0 "$(winpath "$WORK/incadea-desk-$NEXT-setup.exe")" /VERYSILENT /CURRENTUSER /SUPPRESSMSGBOXES \
    /NORESTART "/LOG=$(winpath "$WORK/upgrade-user.log")" >/dev/null
[[ $(sha256sum "$DATA/incadea-desk.sqlite3" | cut -d' ' -f1) == "$store_before" ]] ||
    fail "the upgrade changed the local store"
[[ $(installed_version HKCU) == "$NEXT" ]] || fail "the uninstall entry does not say $NEXT"
[[ ! -e "$(unix "$PER_USER")/_internal/old_module_v0" ]] || fail "the old runtime stayed"
out=$(run 0 "$ICLI" config show)
expect "$out" "sync.interval_seconds = 120"
expect "$out" "secret claire_api_key: keyring"

step "a policy value pushed by IT wins over the settings file, and says so"
POLICY='HKCU\Software\Policies\incadea-desk\incadea-desk'
w reg add "$POLICY" /v sync.interval_seconds /t REG_DWORD /d 300 /f >/dev/null
expect "$(run 0 "$ICLI" config show)" "sync.interval_seconds = 300  (policy)"
expect "$(run 0 "$ICLI" config set sync.interval_seconds 90)" "the policy value"
w reg delete "$POLICY" /f >/dev/null
run 0 "$ICLI" config set sync.interval_seconds 120 >/dev/null

step "uninstall per user: the program goes, the user's data stays"
uninstall "$PER_USER"
[[ ! -e "$(unix "$PER_USER")" ]] || fail "$PER_USER is still there"
[[ -z $(installed_version HKCU) ]] || fail "the HKCU uninstall entry is still there"
[[ -e "$DATA/settings.json" && -e "$DATA/incadea-desk.sqlite3" ]] || fail "the data went too"

step "install per machine (/ALLUSERS), then uninstall with /PURGE"
run 0 "$(winpath "$SETUP")" /VERYSILENT /ALLUSERS /SUPPRESSMSGBOXES /NORESTART \
    "/LOG=$(winpath "$WORK/install-machine.log")" >/dev/null
[[ $(installed_version HKLM) == "$VERSION" ]] || fail "no HKLM uninstall entry for $VERSION"
expect "$(run 0 "$PER_MACHINE\\incadea-desk-cli.exe" config show)" "sync.interval_seconds = 120"
uninstall "$PER_MACHINE" /PURGE
[[ ! -e "$(unix "$PER_MACHINE")" ]] || fail "$PER_MACHINE is still there"
[[ -z $(installed_version HKLM) ]] || fail "the HKLM uninstall entry is still there"
[[ ! -e "$DATA" ]] || fail "/PURGE left $DATA"

step "passed"
