# Builds the frozen app on Windows: dist\incadea-desk\ with incadea-desk.exe (the window,
# no console) and incadea-desk-cli.exe (console), the same as packaging/build.sh does
# elsewhere. The build environment is build\venv, made from the lock file without the dev
# group; PYTHONHASHSEED and SOURCE_DATE_EPOCH are fixed so one commit builds the same.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-Clean]
param([switch]$Clean)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
Set-Location (Split-Path -Parent $PSScriptRoot)

$started = Get-Date
$env:UV_PROJECT_ENVIRONMENT = Join-Path (Get-Location) "build\venv"
uv sync --frozen --no-dev --group packaging --extra ntlm --no-editable --python 3.11 --quiet
if ($LASTEXITCODE -ne 0) { throw "uv sync failed" }

$env:PYTHONHASHSEED = "0"
if (-not $env:SOURCE_DATE_EPOCH) {
    $epoch = git log -1 --format=%ct 2>$null
    $env:SOURCE_DATE_EPOCH = if ($LASTEXITCODE -eq 0 -and $epoch) { $epoch } else { "0" }
}

if (Test-Path dist\incadea-desk) { Remove-Item -Recurse -Force dist\incadea-desk }
$options = @("--noconfirm", "--log-level", "WARN", "--distpath", "dist",
             "--workpath", "build\pyinstaller", "packaging\incadea-desk.spec")
if ($Clean) { $options = @("--clean") + $options }
& (Join-Path $env:UV_PROJECT_ENVIRONMENT "Scripts\pyinstaller.exe") @options
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$bytes = (Get-ChildItem dist\incadea-desk -Recurse -File | Measure-Object Length -Sum).Sum
"Built dist\incadea-desk\ ({0:N0} MB) in {1:N0} s." -f ($bytes / 1MB), ((Get-Date) - $started).TotalSeconds
