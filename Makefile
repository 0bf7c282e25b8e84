# `make bench`: the figures of BENCHMARKS.md, from a release build in its own folder, beside the
# tools a user would otherwise reach for (pandas, VisiData) installed once into a venv there.
SWIFT ?= swift
PYTHON ?= python3
BENCH_BUILD ?= .build-bench
RUNS ?= 15
SCALES ?= 1,4,16
PEERS = $(BENCH_BUILD)/peers

.PHONY: bench bench-peers bench-structure

# With the PostgreSQL trait (BENCH_TRAITS= leaves it out), the national folder is also measured
# in a private PostgreSQL server (scripts/private-postgres.sh), started here and always stopped;
# without one (no server programs), the bench says PostgreSQL was not measured.
BENCH_TRAITS ?= PostgreSQL

bench: bench-peers
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path $(BENCH_BUILD) $(if $(BENCH_TRAITS),--traits $(BENCH_TRAITS))
	postgres_dir=$$($(if $(BENCH_TRAITS),bash scripts/private-postgres.sh start,true)) || postgres_dir=; \
	trap '[ -z "$$postgres_dir" ] || bash scripts/private-postgres.sh stop "$$postgres_dir"' EXIT; \
	$(BENCH_BUILD)/release/csdash-bench --csdash $(BENCH_BUILD)/release/csdash --data sample-data --runs $(RUNS) \
		--work $(BENCH_BUILD)/bench --python $(PEERS)/bin/python --vd $(PEERS)/bin/vd --scales $(SCALES) \
		$${postgres_dir:+--postgres "$$(bash scripts/private-postgres.sh url "$$postgres_dir")"} \
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

# `make install PREFIX=~/.local` (default /usr/local; DESTDIR for packaging): the release binary
# (the Swift runtime linked in, so it runs where Swift is not installed), its man page (made by
# swift-argument-parser's generate-manual plugin from the commands' own help) and its bash, zsh
# and fish completions (`csdash --generate-completion-script SHELL`).
PREFIX ?= /usr/local
DESTDIR ?=
MANUAL = .build/plugins/GenerateManual/outputs/csdash/csdash.1

.PHONY: install manual

# The plugin builds every product in release mode without the static runtime, so it runs before
# the release build that is installed, and only when the commands' sources (their help) changed.
manual: $(MANUAL)
$(MANUAL): $(wildcard Sources/csdash/*.swift Sources/csdash/*/*.swift)
	$(SWIFT) package plugin generate-manual

install: manual
	bash scripts/ensure-deps.sh
	$(SWIFT) build -c release --static-swift-stdlib --product csdash
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/csdash $(DESTDIR)$(PREFIX)/bin/csdash
	install -m 644 $(MANUAL) $(DESTDIR)$(PREFIX)/share/man/man1/csdash.1
	.build/release/csdash --generate-completion-script bash >$(DESTDIR)$(PREFIX)/share/bash-completion/completions/csdash
	.build/release/csdash --generate-completion-script zsh >$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_csdash
	.build/release/csdash --generate-completion-script fish >$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/csdash.fish
	@echo "csdash: installed $(DESTDIR)$(PREFIX)/bin/csdash, its man page and bash, zsh and fish completions"
