# Two commands do all the set-up on a fresh machine with Swift:
#   make serve   build the sample wiki into public/ and preview it at http://127.0.0.1:8000
#   make test    run every test
SWIFT ?= swift
# One build configuration for `make serve` and `make test`, so that running
# both compiles the dependencies once (debug builds the sample wiki in well
# under a second). `make serve CONFIG=release` for a large wiki; the
# benchmarks in bench/ build release themselves.
CONFIG ?= debug
ALMANAC = .build/$(CONFIG)/almanac

.PHONY: deps build serve site test e2e clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product almanac

site: build
	$(ALMANAC) build

serve: build
	$(ALMANAC) build
	$(ALMANAC) serve

# The two live-server suites run in a process of their own: beside the other
# tests, whose synchronous builds hold the concurrency pool's threads (two on
# a 2-core machine), their servers' request handlers could wait past the
# probes' 10 s timeouts (seen about 1 full run in 5).
SERVER_SUITES = LiveServerTests|HostileClientTests

# The tests are Swift Testing only: --disable-xctest drops XCTest's
# "Executed 0 tests" line, which read as if nothing ran.
test: deps
	$(SWIFT) build --build-tests
	@echo "== make test 1/3: unit and integration tests (all suites but the live servers)"
	$(SWIFT) test --disable-xctest --skip '$(SERVER_SUITES)'
	@echo "== make test 2/3: live-server suites ($(SERVER_SUITES))"
	$(SWIFT) test --disable-xctest --filter '$(SERVER_SUITES)'
	$(SWIFT) build --product almanac
	@echo "== make test 3/3: end-to-end checks (e2e/, real browser, validators)"
	ALMANAC=.build/debug/almanac bash e2e/run.sh
	@echo "== make test: all three steps passed"

e2e: deps
	$(SWIFT) build --product almanac
	ALMANAC=.build/debug/almanac bash e2e/run.sh

clean:
	rm -rf .build public
