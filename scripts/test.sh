#!/usr/bin/env bash
# Runs every test: unit, snapshot, command-line, end-to-end (the real binary in tmux) and a
# short fuzz of the data folder reader.
# Installs libncurses-dev and tmux first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --with-tmux
swift build --build-tests
swift test --skip-build
# Half a minute of fuzzing the reader and validator (a long run: README, "Fuzzing").
bash scripts/fuzz.sh 30
