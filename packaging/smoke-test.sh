#!/usr/bin/env bash
# Smoke test of the frozen app, run on the built bundle (not on the source tree):
#
#   bash packaging/smoke-test.sh [dist/incadea-desk]
#
# - the bundle: at most 200 MB; no mypy, hypothesis, pytest, setuptools or QtQml inside;
#   Qt's own translations for nl/fr/en only; our catalogues, the icon's PNGs, NTLM support,
#   the sandbox and build-info.json inside;
# - the window's self-test in Dutch passes with Dutch texts and the application's icon, and
#   fails on a copy of the bundle whose Dutch catalogue was removed;
# - the console executable, on the built-in demo and against `sandbox serve` (run by the
#   bundle itself): doctor exits 0 and names the version, search exits 0, a lower mileage
#   is refused with exit 2, and search with stdout and stderr closed still exits 0;
# - the service examples start what the bundle holds (Containerfile, systemd unit).
#
# On Windows (Git Bash) the executables end in .exe and the real display is used unless
# QT_QPA_PLATFORM says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/incadea-desk}
MAX_MB=200
EXE=""
if [[ -f "$BUNDLE/incadea-desk-cli.exe" ]]; then
    EXE=".exe"
else
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
fi
CLI="$BUNDLE/incadea-desk-cli$EXE"
started=$(date +%s)

work=$(mktemp -d)
server=""
cleanup() {
    if [[ -n "$server" ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
# Never the user's settings, store or keyring.
export INCADEA_DESK_CONFIG_DIR="$work/config" INCADEA_DESK_DATA_DIR="$work/data"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring

failures=0
pass() { echo "PASS $1"; }
fail() {
    echo "FAIL $1"
    failures=$((failures + 1))
}
# expect NAME CODE COMMAND...: the command exits CODE (its output goes to $work/out, $work/err).
expect() {
    local name=$1 want=$2 code=0
    shift 2
    timeout 120 "$@" >"$work/out" 2>"$work/err" || code=$?
    if [[ "$code" == "$want" ]]; then
        pass "$name (exit $code)"
    else
        fail "$name: exit $code, expected $want"
        sed 's/^/    /' "$work/out" "$work/err" | tail -20
    fi
}
# contains NAME FILE TEXT: the file holds the text.
contains() {
    if grep -qF -- "$3" "$2"; then pass "$1"; else
        fail "$1: '$3' not in $(basename "$2")"
        sed 's/^/    /' "$2" | tail -20
    fi
}

# --- the bundle ------------------------------------------------------------------------
[[ -x "$CLI" && -x "$BUNDLE/incadea-desk$EXE" ]] && pass "both executables" ||
    fail "both executables: incadea-desk$EXE and incadea-desk-cli$EXE in $BUNDLE"
size_mb=$(( $(du -sk "$BUNDLE" | cut -f1) / 1024 ))
((size_mb <= MAX_MB)) && pass "size: $size_mb MB" || fail "size: $size_mb MB > $MAX_MB MB"
unwanted=$(find "$BUNDLE" \( -iname '*mypy*' -o -iname '*hypothesis*' -o -iname '*pytest*' \
    -o -iname 'setuptools*' -o -iname '*QtQml*' -o -iname '*Qt6Qml*' -o -iname '*QtQuick*' \) |
    head -5)
[[ -z "$unwanted" ]] && pass "no dev tools or QML" || fail "unwanted in the bundle: $unwanted"
qt_translations=$(find "$BUNDLE" -path '*PySide6*translations*' -name '*.qm' -printf '%f\n' |
    grep -v -E '^qtbase_(nl|fr|en)\.qm$' | head -5 || true)
[[ -z "$qt_translations" ]] && pass "Qt translations: nl, fr, en only" ||
    fail "Qt translations besides nl/fr/en: $qt_translations"
catalogues="$(find "$BUNDLE" -path '*incadea_desk/translations/*' -name 'incadea_desk_*.qm' |
    wc -l)"
((catalogues == 3)) && pass "our catalogues: 3" || fail "our catalogues: $catalogues, expected 3"
icons="$(find "$BUNDLE" -path '*incadea_desk/icons/*' -name 'incadea-desk-*.png' | wc -l)"
((icons == 7)) && pass "the icon's PNGs: 7" || fail "the icon's PNGs: $icons, expected 7"
for module in httpx_ntlm spnego incadea_desk/sandbox; do
    [[ -n "$(find "$BUNDLE" -path "*/$module/*" -print -quit)" ]] && pass "in the bundle: $module" ||
        fail "not in the bundle: $module"
done
build_info=$(find "$BUNDLE" -path '*incadea_desk/build-info.json' | head -1)
[[ -n "$build_info" ]] && contains "build-info.json has the commit" "$build_info" '"commit"' ||
    fail "build-info.json missing"

# --- the window's self-test, in Dutch -----------------------------------------------------
shot="$work/self-test-nl.png"
expect "self-test --lang nl" 0 "$CLI" --demo --self-test --lang nl --screenshot "$shot"
contains "self-test: the Dutch catalogue" "$work/out" "PASS language: Nederlands catalogue loaded"
contains "self-test: Dutch texts in the window" "$work/out" "mporteerd in Claire"
contains "self-test: the window's icon" "$work/out" "PASS icon"
[[ "$(head -c 4 "$shot" 2>/dev/null | tail -c 3)" == "PNG" ]] && pass "screenshot saved" ||
    fail "screenshot: no PNG at $shot"

# A copy without the Dutch catalogue (hard links: quick, and the bundle stays whole).
copy="$work/without-nl"
cp -al "$BUNDLE" "$copy" 2>/dev/null || cp -a "$BUNDLE" "$copy"
find "$copy" -path '*incadea_desk/translations/*' -name 'incadea_desk_nl.qm' -delete
expect "self-test without the Dutch catalogue fails" 1 \
    "$copy/incadea-desk-cli$EXE" --demo --self-test --lang nl
contains "self-test names the missing catalogue" "$work/out" \
    "FAIL language: Nederlands catalogue NOT loaded"
rm -rf "$copy"

# --- the console executable ---------------------------------------------------------------
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)
commands() {
    local where=$1
    shift
    expect "$where: doctor" 0 "$CLI" "$@" doctor
    contains "$where: doctor names the version" "$work/out" "incadea-desk $version"
    expect "$where: search" 0 "$CLI" "$@" search plb-45-n
    contains "$where: search lists the workorders" "$work/out" "PLB-45-N"
    local dms
    dms=$(awk 'NR == 2 {print $1}' "$work/out")
    expect "$where: a lower mileage is refused" 2 "$CLI" "$@" mileage "$dms" 0
    contains "$where: the refusal says why" "$work/err" "km"
    local code=0
    timeout 120 "$CLI" "$@" search plb-45-n >&- 2>&- || code=$?
    [[ "$code" == 0 ]] && pass "$where: search with stdout and stderr closed (exit 0)" ||
        fail "$where: search with stdout and stderr closed: exit $code"
}
commands demo --demo

"$CLI" sandbox serve --env-file "$work/sandbox.env" >"$work/server.out" 2>&1 &
server=$!
for _ in $(seq 300); do
    [[ -s "$work/sandbox.env" ]] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
if [[ -s "$work/sandbox.env" ]]; then
    pass "sandbox serve from the bundle"
    (
        set -a
        # The file has CRLF line ends on Windows.
        # shellcheck disable=SC1090
        . <(tr -d '\r' <"$work/sandbox.env")
        set +a
        failures=0
        commands "sandbox serve"
        exit "$failures"
    ) || failures=$((failures + $?))
else
    fail "sandbox serve did not start"
    sed 's/^/    /' "$work/server.out"
fi

# --- the service examples start what the bundle holds ---------------------------------------
entry=$(sed -n 's/^ENTRYPOINT \["\/opt\/incadea-desk\/\([^"]*\)".*/\1/p' \
    packaging/container/Containerfile)
args=$(sed -n 's/^CMD \[\(.*\)\]/\1/p' packaging/container/Containerfile | tr -d '",')
if [[ -n "$entry" && -x "$BUNDLE/$entry$EXE" ]]; then
    # shellcheck disable=SC2086
    expect "Containerfile: $entry $args" 0 "$BUNDLE/$entry$EXE" $args --help
else
    fail "Containerfile: its ENTRYPOINT '$entry' is not in the bundle"
fi
unit=packaging/service/incadea-desk-importer.service
exec_start=$(sed -n 's/^ExecStart=\/opt\/incadea-desk\/\([^ ]*\) \(.*\)/\1 \2/p' "$unit")
if [[ -n "$exec_start" && -x "$BUNDLE/${exec_start%% *}$EXE" ]]; then
    # shellcheck disable=SC2086
    expect "systemd unit: $exec_start" 0 "$BUNDLE/"$exec_start --help
    if command -v systemd-analyze >/dev/null 2>&1; then
        sed "s#/opt/incadea-desk/#$(cd "$BUNDLE" && pwd)/#" "$unit" \
            >"$work/incadea-desk-importer.service"
        expect "systemd-analyze verify" 0 systemd-analyze verify \
            "$work/incadea-desk-importer.service"
        [[ ! -s "$work/err" ]] && pass "systemd-analyze verify: no warnings" ||
            fail "systemd-analyze verify: $(cat "$work/err")"
    fi
else
    fail "systemd unit: its ExecStart '$exec_start' is not in the bundle"
fi

winsw=packaging/service/incadea-desk-importer.xml
program=$(sed -n 's/.*<executable>.*\\\([^\\]*\)\.exe<\/executable>.*/\1/p' "$winsw")
arguments=$(sed -n 's/.*<arguments>\(.*\)<\/arguments>.*/\1/p' "$winsw")
if [[ -n "$program" && -x "$BUNDLE/$program$EXE" ]]; then
    # shellcheck disable=SC2086
    expect "Windows service: $program $arguments" 0 "$BUNDLE/$program$EXE" $arguments --help
else
    fail "Windows service: its executable '$program' is not in the bundle"
fi

echo "Smoke test: $failures failed, $(($(date +%s) - started)) s."
exit $((failures > 0))
