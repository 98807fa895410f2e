# Sourced by wine-build.sh and wine-smoke-test.sh: one Wine prefix, one cache, one display.
#
# The cache (INCADEA_DESK_WINE_CACHE, default ~/.cache/incadea-desk-wine) keeps what does not
# change between runs: the Wine prefix with the Windows Python in it, the downloaded wheels,
# the Inno Setup package. Delete it to build from scratch.

CACHE="${INCADEA_DESK_WINE_CACHE:-$HOME/.cache/incadea-desk-wine}"
export WINEPREFIX="$CACHE/prefix" WINEARCH=win64 WINEDEBUG=-all
# No .NET and no HTML engine: Wine would offer to download them at the first start.
export WINEDLLOVERRIDES="mscoree,mshtml="
# Wine hands the Linux environment to Windows programs: no Linux pip settings for the Windows
# pip, no Linux Python path for the Windows Python.
unset PIP_CERT PIP_FIND_LINKS PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_CONSTRAINT PYTHONPATH PYTHONHOME
mkdir -p "$CACHE"

# The Linux pip that downloads for Windows, from the registry only (no machine-wide pip.conf).
host_pip() {
    PIP_CONFIG_FILE=/dev/null pip "$@"
}

# A Windows program with its output through a pipe: a Python under Wine dies at start-up
# (init_sys_streams, WinError 6) when its standard output is a plain file. The time limit
# ends a program that waits on an error box nobody can see.
w() {
    timeout "${WINE_TIMEOUT:-300}" wine "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# The same with standard input as given (a secret piped to "config set-secret").
w_stdin() {
    timeout "${WINE_TIMEOUT:-300}" wine "$@" 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# The Windows path of a Linux path (Wine maps / to Z:).
winpath() {
    printf 'Z:%s' "$(realpath -m "$1" | tr / '\\')"
}

# Wine's windows (the installer's, the app's) need a display; a private Xvfb unless one is set.
start_display() {
    if [[ -n "${DISPLAY:-}" ]]; then
        return
    fi
    local n=$((90 + RANDOM % 400))
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n"
    trap stop_display EXIT
}

stop_display() {
    if [[ -n "${XVFB_PID:-}" ]]; then
        wineserver -k 2>/dev/null || true
        kill "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=
    fi
}
