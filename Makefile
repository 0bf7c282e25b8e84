# `make bench`: the figures of BENCHMARKS.md, from a release build in its own folder, beside the
# tools a user would otherwise reach for (pandas, VisiData) installed once into a venv there.
SWIFT ?= swift
PYTHON ?= python3
BENCH_BUILD ?= .build-bench
RUNS ?= 15
SCALES ?= 1,4,16
PEERS = $(BENCH_BUILD)/peers

.PHONY: bench bench-peers bench-structure

bench: bench-peers
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(BENCH_BUILD)
	$(BENCH_BUILD)/release/csdash-bench --csdash $(BENCH_BUILD)/release/csdash --data sample-data --runs $(RUNS) \
		--work $(BENCH_BUILD)/bench --python $(PEERS)/bin/python --vd $(PEERS)/bin/vd --scales $(SCALES) \
		--swift-version "$$($(SWIFT) --version 2>/dev/null | head -n 1)"

# The growth of part_of checking and of import alone (no peers, no national folder).
bench-structure:
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(BENCH_BUILD)
	$(BENCH_BUILD)/release/csdash-bench --csdash $(BENCH_BUILD)/release/csdash --work $(BENCH_BUILD)/bench --only structure

# Each peer is installed once (a stamp file marks success); one that cannot be installed is
# reported by the benchmark as "peer unavailable" and the rest still run.
bench-peers: $(PEERS)/.pandas $(PEERS)/.visidata

$(PEERS)/bin/python:
	-$(PYTHON) -m venv $(PEERS)

$(PEERS)/.pandas: | $(PEERS)/bin/python
	-$(PEERS)/bin/pip install --quiet pandas && touch $@ || echo "make bench: pandas could not be installed: peer unavailable"

$(PEERS)/.visidata: | $(PEERS)/bin/python
	-$(PEERS)/bin/pip install --quiet visidata && touch $@ || echo "make bench: visidata could not be installed: peer unavailable"
