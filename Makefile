# finsam-report: every set-up step lives here, so a fresh Debian 12 machine needs only
# `make demo` or `make test` (run as root, or with sudo available).
SHELL := /bin/bash
SWIFT ?= swift
# System libraries and tools: Cairo and Pango to draw, hyphen-sv for Swedish
# hyphenation patterns, libqpdf to finish the PDFs (PDF/A, PDF/UA), Poppler and qpdf to
# inspect them in tests, zlib to read compressed xref streams, openssl to make the signing
# tests' certificates, Chromium (headless) for the preview's browser test, PyYAML for the
# members' .xlsx fixture script, libcurl's development link for a static release build
# that links Foundation's networking, and the curl program, which sends the signing's time
# stamp requests.
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev libqpdf-dev hyphen-sv poppler-utils qpdf python3-pip python3-yaml zlib1g-dev openssl chromium libcurl4-openssl-dev curl
# Python tools the signing tests check against: pyHanko validates PAdES signatures and
# plays an e-signing service.
PIP_PACKAGES := pyHanko==0.38.0 pyhanko-certvalidator==0.33.0
RELEASE_BIN := .build/release
# The release build links the Swift standard library and Foundation statically: the
# dynamic loader has far fewer libraries to relocate at every start, and memory is smaller.
# It links with lld: packed relative relocations (RELR, glibc 2.36) shrink 130 000
# relocations from 3 MB to 25 KB, and without -export-dynamic (which the static stdlib's
# link arguments add) the executable exports 800 symbols instead of 40 000, 2.4 MB of
# names the loader would page in. Peak RSS of a render 70 → 63 MB, PDF bytes unchanged.
# The functions a render runs are placed together, in the order `make link-order` saw them
# run (link/hot-functions.txt): the kernel then maps 10 MB of the executable's code instead
# of 17 MB. A name the code no longer has is skipped; the PDF bytes do not depend on it.
HOT_FUNCTIONS := link/hot-functions.txt
RELEASE_LINK_FLAGS := -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic \
  -Xlinker --symbol-ordering-file=$(CURDIR)/$(HOT_FUNCTIONS) -Xlinker --no-warn-symbol-ordering
RELEASE_BUILD := $(SWIFT) build -c release --static-swift-stdlib $(RELEASE_LINK_FLAGS)
EXAMPLES := $(patsubst %/rapport.yaml,%,$(wildcard examples/*/rapport.yaml))
# Only for the benchmarks: callgrind, GNU time (peak RSS of the peers), a venv for Typst.
BENCH_APT_PACKAGES := valgrind time binutils python3 python3-venv
# The peers' workload (Typst source and the naive C floor), see its README.
BENCH_PEERS ?= $(abspath ../shared/bench-peers)
BENCH_DIR := .build/bench
# BENCH_ANNUAL=… and BENCH_TERTIAL=… measure another association's folders.
BENCH_ANNUAL ?= examples/sjuharad-2024
BENCH_TERTIAL ?= examples/sjuharad-2017-t1
BENCH_X10 = $(BENCH_DIR)/$(notdir $(BENCH_ANNUAL))-x10
BENCH_VENV := $(BENCH_DIR)/venv

.PHONY: all deps bench-deps install-packages build demo test test-core-purity bench bench-instructions bench-typst link-order clean

all: build

## deps: install the Debian packages that are missing (apt-get update only then).
deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(APT_PACKAGES)"

bench-deps: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(BENCH_APT_PACKAGES)"

install-packages:
	@missing=""; \
	for package in $(PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installerar saknade paket:$$missing"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi
	@# pikepdf (PyPI): the tests' independent reader of the archive metadata.
	@python3 -c "import pikepdf" 2>/dev/null || python3 -m pip install --quiet --break-system-packages "pikepdf>=8"
	@python3 -c "import pyhanko" 2>/dev/null || python3 -m pip install -q --break-system-packages $(PIP_PACKAGES)
	@# openpyxl (PyPI): an independent writer of the .xlsx fixtures (Tests/ReportCoreTests/Fixtures/xlsx/make_*.py;
	@# XLSXFixtureScriptTests runs them).
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install -q --break-system-packages "openpyxl==3.1.5"

## build: the release binary .build/release/finsam-report.
build: deps
	$(RELEASE_BUILD) --product finsam-report

## demo: render every example folder into output/.
demo: build
	@mkdir -p output
	@for folder in $(EXAMPLES); do \
	  echo "== $$folder"; \
	  $(RELEASE_BIN)/finsam-report render "$$folder" -o output || exit $$?; \
	done
	@echo "Klart: PDF-filerna ligger i output/"

## test: every test, plus the proof that the calculation core builds without Cairo/Pango
## and that no example association's name is in the code.
test: deps test-core-purity
	.ci/check-no-association-in-code
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

## bench: timings of the hot paths, release build: whole renders of the annual report and
## of a ×10 version with distinct text (cold and warm), in-process phases, SIE, layout.
bench: deps
	$(RELEASE_BUILD)
	@mkdir -p $(BENCH_DIR) && python3 bench/x10.py $(BENCH_ANNUAL) $(BENCH_X10)
	FINSAM_BENCH_ANNUAL=$(BENCH_ANNUAL) FINSAM_BENCH_TERTIAL=$(BENCH_TERTIAL) FINSAM_BENCH_X10=$(BENCH_X10) \
	  $(RELEASE_BIN)/finsam-bench all

## bench-instructions: instructions of one cold render over all threads, by phase
## (callgrind; valgrind 3.19 cannot read the toolchain's DWARF 5, so a copy without debug
## information is counted). BENCH_FOLDER=… counts another folder, e.g. $(BENCH_X10).
BENCH_FOLDER ?= $(BENCH_ANNUAL)
bench-instructions: bench-deps
	$(RELEASE_BUILD) --product finsam-report
	@mkdir -p $(BENCH_DIR) && python3 bench/x10.py $(BENCH_ANNUAL) $(BENCH_X10)
	objcopy --strip-debug $(RELEASE_BIN)/finsam-report $(BENCH_DIR)/finsam-report-nodebug
	valgrind --tool=callgrind --callgrind-out-file=$(BENCH_DIR)/callgrind.out \
	  $(BENCH_DIR)/finsam-report-nodebug render $(BENCH_FOLDER) -o $(BENCH_DIR)/out 2>&1 | grep "Collected"
	python3 bench/phases.py $(BENCH_DIR)/callgrind.out

## bench-typst: paired runs (7 rounds, medians) against Typst 0.15's compile and the naive
## Pango/Cairo floor on $(BENCH_PEERS): the annual report at 1× and our ×10 against theirs.
bench-typst: bench-deps
	$(RELEASE_BUILD) --product finsam-report
	@mkdir -p $(BENCH_DIR) && python3 bench/x10.py $(BENCH_ANNUAL) $(BENCH_X10)
	[ -x $(BENCH_VENV)/bin/python3 ] || python3 -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python3 -c 'import typst' 2>/dev/null || $(BENCH_VENV)/bin/pip install -q typst
	python3 $(BENCH_PEERS)/gen.py --out $(BENCH_DIR) 1 10
	cc -O2 -o $(BENCH_DIR)/floor $(BENCH_PEERS)/floor.c $$(pkg-config --cflags --libs pangocairo)
	@for pair in "$(BENCH_ANNUAL) report24" "$(BENCH_X10) report240"; do set -- $$pair; \
	  echo "== $$1 mot Typst $$2.typ"; folder=$$(readlink -f $$1); \
	  ( cd $(BENCH_DIR) && FONTCONFIG_FILE=$(CURDIR)/fonts/fonts.conf FLOOR_FAMILY=Lato python3 $(BENCH_PEERS)/perf_pair.py 7 \
	    "$(CURDIR)/$(RELEASE_BIN)/finsam-report render $$folder -o $(CURDIR)/$(BENCH_DIR)/ours" \
	    "$(CURDIR)/$(BENCH_VENV)/bin/python3 $(BENCH_PEERS)/typst_compile.py $$2.typ t.pdf" \
	    "./floor $$2.txt c.pdf" ) || exit $$?; \
	done

## link-order: writes link/hot-functions.txt, the functions a cold render of the annual and
## the tertial report runs (callgrind, mangled names), for the release link. Rerun it after
## larger changes to the code; commit the file.
link-order: bench-deps
	@mkdir -p $(dir $(HOT_FUNCTIONS)) && touch $(HOT_FUNCTIONS)
	$(RELEASE_BUILD) --product finsam-report
	@mkdir -p $(BENCH_DIR)
	objcopy --strip-debug $(RELEASE_BIN)/finsam-report $(BENCH_DIR)/finsam-report-order
	@for folder in $(BENCH_ANNUAL) $(BENCH_TERTIAL); do \
	  valgrind --tool=callgrind --demangle=no --callgrind-out-file=$(BENCH_DIR)/order-$$(basename $$folder).out \
	    $(BENCH_DIR)/finsam-report-order render $$folder -o $(BENCH_DIR)/order-out 2>&1 | grep "Collected" || exit $$?; \
	done
	python3 bench/symbol_order.py finsam-report-order $(BENCH_DIR)/order-$(notdir $(BENCH_ANNUAL)).out \
	  $(BENCH_DIR)/order-$(notdir $(BENCH_TERTIAL)).out > $(HOT_FUNCTIONS)
	@wc -l < $(HOT_FUNCTIONS) | xargs echo "funktioner i $(HOT_FUNCTIONS):"
	@# The build does not track the file's content: the next build links anew.
	rm -f $(RELEASE_BIN)/finsam-report

clean:
	rm -rf .build .build-* output/*.pdf
