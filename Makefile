# finsam-report: every set-up step lives here, so a fresh Debian 12 machine needs only
# `make demo` or `make test` (run as root, or with sudo available).
SHELL := /bin/bash
SWIFT ?= swift
# System libraries and tools: Cairo and Pango to draw, hyphen-sv for Swedish
# hyphenation patterns, Poppler and qpdf to inspect the PDFs in tests.
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev hyphen-sv poppler-utils qpdf
RELEASE_BIN := .build/release
EXAMPLES := $(patsubst %/rapport.yaml,%,$(wildcard examples/*/rapport.yaml))

.PHONY: all deps build demo test test-core-purity bench clean

all: build

## deps: install the Debian packages that are missing (apt-get update only then).
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installerar saknade paket:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

## build: the release binary .build/release/finsam-report.
build: deps
	$(SWIFT) build -c release --product finsam-report

## demo: render every example folder into output/.
demo: build
	@mkdir -p output
	@for folder in $(EXAMPLES); do \
	  echo "== $$folder"; \
	  $(RELEASE_BIN)/finsam-report render "$$folder" -o output || exit $$?; \
	done
	@echo "Klart: PDF-filerna ligger i output/"

## test: every test, plus the proof that the calculation core builds without Cairo/Pango.
test: deps test-core-purity
	$(SWIFT) build --build-tests
	@mkdir -p output
	@set -o pipefail; $(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee output/test.log
	@# One plain closing line with the totals of the XCTest run.
	@grep -E "^\s*Executed [0-9]+ tests?, with [0-9]+ failures?" output/test.log | tail -1 | \
	  sed -E 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1 \2/' | \
	  awk '{ print ($$1 - $$2) " passed, " $$2 " failed" }'

## test-core-purity: ReportCore and its tests depend on no Cairo, Pango or layout code.
test-core-purity:
	.ci/check-core-purity

## bench: timings of the hot paths, release build.
bench: deps
	$(SWIFT) build -c release
	$(RELEASE_BIN)/finsam-bench all

clean:
	rm -rf .build .build-* output/*.pdf
