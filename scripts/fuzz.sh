#!/usr/bin/env bash
# Fuzzes the data folder reader and validator with libFuzzer for SECONDS (default 60), then prints
# one summary line. Exits non-zero when an input crashes it (a trap, an overflow, an AddressSanitizer
# report, a timeout); the input is saved under .build-fuzz/crashes/ and the command to replay it is
# printed. scripts/test.sh runs it briefly; a long run (README) finds more.
#
#   bash scripts/fuzz.sh            # a minute
#   bash scripts/fuzz.sh 3600       # an hour
#   bash scripts/fuzz.sh --runs 4000 --seed 20261207
#                                   # that many inputs from that seed, from a fresh corpus, with
#                                   # Swift's hashing made deterministic: the same mutations on
#                                   # every machine (only inputs whose coverage depends on thread
#                                   # timing in the parallel reader may differ). scripts/test.sh
#                                   # runs this, so that CI judges what was tried before.
#
# `swift build -Xswiftc -sanitize=fuzzer` cannot link an executable target (SwiftPM renames its
# main), so the modules are built here with swiftc: GrantModel, GrantStore, then
# Fuzz/DataFolderFuzzer.swift, all instrumented for coverage and with
# AddressSanitizer. Unchanged sources are not rebuilt. Seeds: sample-data and every folder of the
# bad-input corpus (Tests/GrantStoreTests/Corpus), each as one input (files joined by 0xFF).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/fuzz.sh [SECONDS] | --runs N --seed S" >&2; exit 64; }
seconds=60 runs='' seed=''
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=${2:-}; shift 2 || usage ;;
    --seed) seed=${2:-}; shift 2 || usage ;;
    *) seconds=$1; shift ;;
  esac
done
for number in "$seconds" ${runs:+"$runs"} ${seed:+"$seed"}; do
  case $number in '' | *[!0-9]*) usage ;; esac
done
if { [ -n "$runs" ] && [ -z "$seed" ]; } || { [ -z "$runs" ] && [ -n "$seed" ]; }; then usage; fi
out=${FUZZ_BUILD:-.build-fuzz}
scratch=${FUZZ_SCRATCH:-.build}
fuzzer=$out/data-folder-fuzzer
mkdir -p "$out/modules" "$out/corpus" "$out/crashes"

# -enable-testing: the fuzzer reads projects.csv in pieces of a few bytes (an internal option).
flags=(-sanitize=fuzzer,address -parse-as-library -O -wmo -g -enable-testing)
# Objects built with other flags are built again.
if [ "$(cat "$out/flags" 2>/dev/null)" != "${flags[*]}" ]; then
  rm -f "$out"/*.o "$fuzzer"
  echo "${flags[*]}" >"$out/flags"
fi
build_log="$out/build.log"
: >"$build_log"
# Builds module $1 from the remaining arguments (sources), unless its object is newer than them all.
build_module() {
  local name=$1 version=$2
  shift 2
  local object="$out/$name.o"
  if [ -f "$object" ] && [ -z "$(find "$@" -newer "$object" 2>/dev/null | head -n 1)" ]; then return; fi
  swiftc "${flags[@]}" -swift-version "$version" -module-name "$name" -I "$out/modules" \
    -emit-module -emit-module-path "$out/modules/$name.swiftmodule" -c "$@" -o "$object" >>"$build_log" 2>&1 \
    || { cat "$build_log" >&2; echo "fuzz: could not build $name" >&2; exit 1; }
}
mapfile -t model < <(find Sources/GrantModel -name '*.swift' | sort)
# Not GrantStore/Spreadsheets: reading .xlsx needs OfficeOpenXML and ZIPFoundation, a package that
# swiftc alone does not build here, and the fuzzer reads data folders, which are CSV.
mapfile -t store < <(find Sources/GrantStore -name '*.swift' -not -path '*/Spreadsheets/*' | sort)
started=$SECONDS
build_module GrantModel 6 "${model[@]}"
build_module GrantStore 6 "${store[@]}"
if [ ! -x "$fuzzer" ] || [ -n "$(find Fuzz "$out"/*.o -newer "$fuzzer" | head -n 1)" ]; then
  # The linker's warnings about AddressSanitizer's local symbols are harmless; they go to the log.
  swiftc "${flags[@]}" -swift-version 6 -I "$out/modules" Fuzz/DataFolderFuzzer.swift \
    "$out/GrantModel.o" "$out/GrantStore.o" -o "$fuzzer" >>"$build_log" 2>&1 \
    || { cat "$build_log" >&2; echo "fuzz: could not build the fuzzer" >&2; exit 1; }
fi
built=$((SECONDS - started))

# One seed per data folder: its seven files in the fuzzer's order, joined by 0xFF.
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
seed() {
  local dir=$1 name=$2 first=1
  for file in funders areas allocations returns projects decisions reserves; do
    [ $first -eq 1 ] || printf '\377'
    first=0
    [ -f "$dir/$file.csv" ] && cat "$dir/$file.csv"
  done >"$seeds/$name"
}
seed sample-data sample-data
seed Tests/GrantStoreTests/Corpus/base corpus-base
for dir in Tests/GrantStoreTests/Corpus/cases/*/; do
  seed "$dir" "corpus-$(basename "$dir")"
done

log="$out/last-run.log"
status=0
corpus_dir="$out/corpus"
limits=(-max_total_time="$seconds")
hashing=()
if [ -n "$runs" ]; then
  # A repeatable run: nothing learnt before it, inputs counted rather than timed.
  corpus_dir="$out/repeatable-corpus"
  rm -rf "$corpus_dir"
  mkdir -p "$corpus_dir"
  limits=(-runs="$runs" -seed="$seed")
  hashing=(SWIFT_DETERMINISTIC_HASHING=1)
fi
started_run=$SECONDS
env "${hashing[@]}" ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} SWIFT_BACKTRACE=enable=no \
  "$fuzzer" "$corpus_dir" "$seeds" -dict=Fuzz/data-folder.dict "${limits[@]}" -max_len=65536 -timeout=10 \
  -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/crashes/" >"$log" 2>&1 || status=$?
seconds=$((SECONDS - started_run))

executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
corpus=$(find "$corpus_dir" -type f | wc -l)
if [ $status -eq 0 ]; then
  echo "fuzz: ${executions:-?} inputs in ${seconds}s (build ${built}s), no crash; corpus of ${corpus//[[:space:]]/} inputs kept in $corpus_dir"
else
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
  echo "fuzz: CRASH after ${executions:-?} inputs (status $status); input: ${artifact:-see $log}" >&2
  grep -m 4 -E -A 1 'ERROR:|Swift runtime failure|Fatal error|timeout|out-of-memory' "$log" >&2 || true
  echo "fuzz: replay with $fuzzer ${artifact:-<input>}; the whole log is $log" >&2
  exit 1
fi
