#!/usr/bin/env bash
# Runs every test: unit, snapshot, command-line, end-to-end (the real binary in tmux) and a
# short fuzz of the data folder reader.
# Installs libncurses-dev and tmux first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --with-tmux
# With the shared store (the PostgreSQL trait), whose tests run against a private server that
# is stopped however the tests end.
swift build --build-tests --traits PostgreSQL
# Everything but the store's tests first; then those, in a process of their own: they wait on the
# server from plain threads, which on two cores would hold up the thread pool other tests share.
swift test --skip-build --traits PostgreSQL --skip 'PostgresStoreTests|SharedStoreDashboardEndToEndTests'
postgres_dir=$(bash scripts/private-postgres.sh start)
trap 'bash scripts/private-postgres.sh stop "$postgres_dir"' EXIT
export CSDASH_TEST_POSTGRES_DIR="$postgres_dir"
swift test --skip-build --traits PostgreSQL --filter 'PostgresStoreTests|SharedStoreDashboardEndToEndTests'
# 4,000 inputs of fuzzing the reader and validator from a fixed seed, about half a minute (a long,
# random run: README, "Fuzzing").
bash scripts/fuzz.sh --runs 4000 --seed 20261207
