#!/usr/bin/env bash
# Builds csdash and opens the dashboard on sample-data as it stood at the Strategic Policing and
# Crime Board of 6 December 2016. Extra arguments go to csdash, e.g. `bash scripts/run.sh --theme mono`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# The Swift runtime linked in: one binary to copy to a machine without Swift, and a quicker start.
swift build -c release --static-swift-stdlib --product csdash >&2
export LANG="${LANG:-C.UTF-8}"
case "${LANG}" in *UTF-8*|*utf8*|*UTF8*|*utf-8*) ;; *) export LANG=C.UTF-8 ;; esac
exec .build/release/csdash sample-data --as-of 2016-12-06 "$@"
