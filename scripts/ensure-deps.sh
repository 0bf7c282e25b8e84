#!/usr/bin/env bash
# Installs what csdash needs beyond the Swift toolchain: ncursesw headers (libncurses-dev),
# pkg-config to find them, tmux for the end-to-end tests, and a UTF-8 locale. As root it uses
# apt-get; otherwise it prints the exact command to run and stops.
set -euo pipefail

needs_tmux=${1:-}
missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncurses-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "$needs_tmux" = "--with-tmux" ]; then
  command -v tmux >/dev/null 2>&1 || missing+=(tmux)
fi
locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' || missing+=(locales)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if ! command -v swift >/dev/null 2>&1; then
  echo "csdash: the Swift toolchain (swift) is not on PATH; install Swift 6 first." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "csdash: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "csdash: missing ${missing[*]}; install with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
