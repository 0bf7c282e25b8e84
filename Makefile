# `make bench`: the figures of BENCHMARKS.md, from a release build in its own folder.
SWIFT ?= swift
BENCH_BUILD ?= .build-bench
RUNS ?= 15

.PHONY: bench
bench:
	$(SWIFT) build -c release --scratch-path $(BENCH_BUILD)
	@$(SWIFT) --version 2>/dev/null | head -n 1
	$(BENCH_BUILD)/release/csdash-bench --csdash $(BENCH_BUILD)/release/csdash --data sample-data --runs $(RUNS)
