# Each target installs the Debian packages it needs, configures and builds: one command from a fresh machine.
BUILD ?= build
# Warnings are errors in CI, where CI=true is set; locally they stay warnings.
WERROR ?= $(if $(CI),ON,OFF)
JOBS ?= $(shell nproc)

.PHONY: all deps deps-demo configure build demo test test-asan test-tsan fuzz-build fuzz fuzz-ci bench package install previews clean

all: build

# What building and running needs (.ci/debian-packages), and what only the tests, benchmarks and the .deb need.
deps:
	@.ci/install-packages .ci/debian-packages .ci/debian-packages-test

deps-demo:
	@.ci/install-packages .ci/debian-packages

CONFIGURE = cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLEDGE_WERROR=$(WERROR)

# Configured once, with the tests; a folder that `make demo` configured without them (doctest-dev and the other
# test packages may be missing then) is configured again with them.
configure: deps
	@if [ ! -f $(BUILD)/build.ninja ] || ! grep -qx 'PLEDGE_BUILD_TESTS:BOOL=ON' $(BUILD)/CMakeCache.txt; then \
	  echo "$(CONFIGURE) -DPLEDGE_BUILD_TESTS=ON"; $(CONFIGURE) -DPLEDGE_BUILD_TESTS=ON; fi

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# The main job on the shipped examples: resolve one, then build every example service's PDFs into out/. Builds
# only the binary and the spelling index it reads, and installs only the packages they need, so that the first
# run on a fresh machine is quick; the build folder is the one `make test` uses.
demo: deps-demo
	@if [ ! -f $(BUILD)/build.ninja ]; then \
	  echo "$(CONFIGURE) -DPLEDGE_BUILD_TESTS=OFF"; $(CONFIGURE) -DPLEDGE_BUILD_TESTS=OFF; fi
	cmake --build $(BUILD) -j $(JOBS) --target pledge_cli spelling_index
	$(BUILD)/cli/pledge resolve examples/district-nursing.pledge.yaml
	$(BUILD)/cli/pledge build examples -o out
	@echo "PDFs written to out/<service>/ (poster, leaflet, checklist, worksheet) for each example service:"
	@ls -d out/*/
	@echo "Open them with any PDF viewer."

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer, in its own build folder (clang-tidy,
# which make test runs, would find the same there).
ASAN_BUILD ?= build-asan
SANITIZE = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPLEDGE_WERROR=$(WERROR) \
	  -DCMAKE_CXX_FLAGS="$(SANITIZE)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE)" -DPLEDGE_CLANG_TIDY=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan-suppressions.txt:print_suppressions=0 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

# The tests that run threads (ctest label `threads`: the batch's unit tests, the build and serve cases and
# scripts) under ThreadSanitizer, in their own build folder that builds only what they need (the binary, the
# unit tests and the spelling index; no benchmarks or tools). Suppressions, each with its reason, are in
# .ci/tsan-suppressions.txt.
TSAN_BUILD ?= build-tsan
TSAN = -fsanitize=thread -fno-omit-frame-pointer
test-tsan: deps
	cmake -S . -B $(TSAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLEDGE_WERROR=$(WERROR) \
	  -DCMAKE_CXX_FLAGS="$(TSAN)" -DCMAKE_EXE_LINKER_FLAGS="$(TSAN)" -DPLEDGE_CLANG_TIDY=OFF
	cmake --build $(TSAN_BUILD) -j $(JOBS) --target pledge_cli unit_tests spelling_index
	TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$(CURDIR)/.ci/tsan-suppressions.txt \
	  ctest --test-dir $(TSAN_BUILD) --output-on-failure -j $(JOBS) -L threads

# libFuzzer targets (clang), each run for FUZZ_SECONDS, seeded from tests/data and fuzz/corpus/TARGET.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_FLAGS = -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -g
# Only the targets and the spelling index the linting target reads: not the benchmarks and tools.
FUZZ_TARGETS = $(patsubst fuzz/%.cpp,fuzz_%,$(wildcard fuzz/*.cpp))
fuzz-build: deps
	@.ci/install-packages .ci/debian-packages-fuzz
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLEDGE_FUZZ=ON \
	  -DPLEDGE_BUILD_TESTS=OFF -DCMAKE_CXX_FLAGS="$(FUZZ_FLAGS)"
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_TARGETS) spelling_index

# Keeps what the fuzzer found in $(FUZZ_BUILD)/corpus, so that the next run goes on from there.
fuzz: fuzz-build
	fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS)

# CI's run: every target for 60 s from the repository's seeds only (a fresh corpus each time, so that a run
# depends on the commit alone); a crash, a timeout or running out of memory fails it.
fuzz-ci: fuzz-build
	FUZZ_CORPUS=$(FUZZ_BUILD)/corpus-ci FUZZ_FRESH=1 fuzz/run $(FUZZ_BUILD) 60

# Speed and memory figures, printed; targets are in each benchmark's output, never asserted in tests.
bench: build
	bench/run $(BUILD)

# PNG previews of the example's documents for the README, rendered from the real outputs (fixed date, so they
# change only when the documents do).
previews: build
	rm -rf $(BUILD)/previews && mkdir -p docs
	SOURCE_DATE_EPOCH=1764000000 $(BUILD)/cli/pledge build examples/district-nursing.pledge.yaml -o $(BUILD)/previews
	pdftoppm -r 50 -png -singlefile $(BUILD)/previews/district-nursing-north-locality/poster.pdf docs/poster 2>/dev/null
	pdftoppm -r 50 -png $(BUILD)/previews/district-nursing-north-locality/leaflet.pdf docs/leaflet 2>/dev/null
	pdftoppm -r 50 -png -singlefile $(BUILD)/previews/district-nursing-north-locality/checklist.pdf docs/checklist 2>/dev/null
	pdftoppm -r 50 -png -singlefile $(BUILD)/previews/district-nursing-north-locality/worksheet.pdf docs/worksheet 2>/dev/null
	pdftoppm -r 50 -png -singlefile $(BUILD)/previews/district-nursing-north-locality/large-print.pdf docs/large-print 2>/dev/null
	SOURCE_DATE_EPOCH=1764000000 $(BUILD)/cli/pledge build --no-lint tests/data/render/big-ward.pledge.yaml \
	  tests/data/render/long-pledge.pledge.yaml -o $(BUILD)/previews
	pdftoppm -r 25 -png $(BUILD)/previews/ward-14-acute-medicine-northshire-general-hospital/poster.pdf \
	  docs/poster-72-staff 2>/dev/null
	pdftoppm -r 25 -png $(BUILD)/previews/community-rehabilitation-team/poster.pdf docs/poster-36-statements 2>/dev/null
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
	  --disable-sync --no-first-run --user-data-dir=$(BUILD)/previews/chromium-profile --hide-scrollbars \
	  --window-size=600,850 --screenshot=$(CURDIR)/docs/web-page.png \
	  file://$(abspath $(BUILD))/previews/district-nursing-north-locality/pledge.html 2>/dev/null
	@ls docs/*.png

# A .deb in $(BUILD)/ (Debian runtime packages as dependencies), its binary stripped, and the binary's debug data
# in pledgekit-dbgsym_VERSION_ARCH.ddeb beside it.
package: build
	cd $(BUILD) && cpack

install: build
	cmake --install $(BUILD) $(if $(PREFIX),--prefix $(PREFIX))

clean:
	rm -rf $(BUILD) out
