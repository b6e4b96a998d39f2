# Two commands do all the set-up on a fresh machine with Swift:
#   make serve   build the sample wiki and preview it
#   make test    run every test
SWIFT ?= swift
ALMANAC = .build/release/almanac

.PHONY: deps build serve site test clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product almanac

site: build
	$(ALMANAC) build

serve: site
	@echo "The sample wiki is built in public/: open public/index.html in a browser."

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

clean:
	rm -rf .build public
