# Two commands do all the set-up on a fresh machine with Swift:
#   make serve   build the sample wiki into public/ and preview it at http://127.0.0.1:8000
#   make test    run every test
SWIFT ?= swift
ALMANAC = .build/release/almanac

.PHONY: deps build serve site test e2e clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product almanac

site: build
	$(ALMANAC) build

serve: build
	$(ALMANAC) build
	$(ALMANAC) serve

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(SWIFT) build --product almanac
	ALMANAC=.build/debug/almanac bash e2e/run.sh

e2e: deps
	$(SWIFT) build --product almanac
	ALMANAC=.build/debug/almanac bash e2e/run.sh

clean:
	rm -rf .build public
