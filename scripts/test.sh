#!/usr/bin/env bash
# Runs every test: unit, snapshot, command-line and end-to-end (the real binary in tmux).
# Installs libncurses-dev and tmux first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --with-tmux
swift build --build-tests
swift test --skip-build
