#!/usr/bin/env bash
# Installs what csdash needs beyond the Swift toolchain: ncursesw headers (libncurses-dev), zlib's
# (zlib1g-dev, for the .xlsx workbooks' zip container), pkg-config to find them, and a UTF-8 locale. With --with-tmux (the test command), also what the
# tests drive: tmux for the end-to-end tests, LibreOffice (headless) to open csdash's CSV output
# as a spreadsheet would, and a Python venv in .build/test-venv with jsonschema (to validate the
# 360Giving export against the official schema) and openpyxl. As root it uses apt-get; otherwise
# it prints the exact command to run and stops.
set -euo pipefail
cd "$(dirname "$0")/.."

for_tests=${1:-}
venv=.build/test-venv
missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncurses-dev)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "$for_tests" = "--with-tmux" ]; then
  command -v tmux >/dev/null 2>&1 || missing+=(tmux)
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  python3 -c 'import ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
  # The shared store's tests start a private PostgreSQL server (scripts/private-postgres.sh).
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
fi
locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' || missing+=(locales)

# The tests' Python packages, once (a stamp marks success).
ensure_venv() {
  [ "$for_tests" = "--with-tmux" ] || return 0
  local stamp=$venv/.jsonschema-openpyxl
  [ -f "$stamp" ] && return 0
  echo "csdash: making $venv (jsonschema, openpyxl)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check jsonschema rfc3339-validator rfc3986-validator openpyxl
  touch "$stamp"
}

if [ ${#missing[@]} -eq 0 ]; then ensure_venv; exit 0; fi
if ! command -v swift >/dev/null 2>&1; then
  echo "csdash: the Swift toolchain (swift) is not on PATH; install Swift 6 first." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "csdash: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  ensure_venv
else
  echo "csdash: missing ${missing[*]}; install with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
