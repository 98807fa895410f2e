#!/usr/bin/env bash
# Builds the frozen app: dist/incadea-desk/ with incadea-desk and incadea-desk-cli.
#
# The build environment is its own virtualenv (build/venv, Python 3.11), made from the lock file
# without the dev group, so no test or dev tool can end up in the bundle, and the
# developer's .venv stays as it is. Two builds of one commit are byte-identical: the
# hash seed and the timestamps are fixed (SOURCE_DATE_EPOCH is the commit's time).
#
#   bash packaging/build.sh            # build
#   bash packaging/build.sh --clean    # forget PyInstaller's cache first
set -euo pipefail
cd "$(dirname "$0")/.."

clean=()
if [[ "${1:-}" == "--clean" ]]; then
    clean=(--clean)
fi

started=$(date +%s)
export UV_PROJECT_ENVIRONMENT="$PWD/build/venv"
# The project itself is rebuilt every time: uv keys its cached wheel of a local project
# on pyproject.toml, so a code change alone would bundle the previous code.
uv sync --frozen --no-dev --group packaging --extra ntlm --no-editable --python 3.11 --quiet \
    --reinstall-package incadea-desk

export PYTHONHASHSEED=0
if [[ -z "${SOURCE_DATE_EPOCH:-}" ]]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 0)
fi
export SOURCE_DATE_EPOCH

rm -rf dist/incadea-desk
"$UV_PROJECT_ENVIRONMENT/bin/pyinstaller" "${clean[@]}" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/incadea-desk.spec

size_kb=$(du -sk dist/incadea-desk | cut -f1)
echo "Built dist/incadea-desk/ ($((size_kb / 1024)) MB) in $(($(date +%s) - started)) s."
