# Each target installs the Debian packages it needs, configures and builds: one command from a fresh machine.
BUILD ?= build
# Warnings are errors in CI, where CI=true is set; locally they stay warnings.
WERROR ?= $(if $(CI),ON,OFF)
JOBS ?= $(shell nproc)

.PHONY: all deps configure build demo test bench clean

all: build

deps:
	@.ci/install-packages

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLEDGE_WERROR=$(WERROR)

configure: $(BUILD)/build.ninja

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

# The main job on the shipped example: resolve it (and, once rendering lands, build its PDFs into out/).
demo: build
	$(BUILD)/cli/pledge resolve examples/district-nursing.pledge.yaml
	$(BUILD)/cli/pledge build examples/district-nursing.pledge.yaml -o out
	@echo "PDFs written to out/ (poster, leaflet, checklist, worksheet): open them with any PDF viewer."

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Speed and memory figures, printed; targets are in each benchmark's output, never asserted in tests.
bench: build
	bench/run $(BUILD)

clean:
	rm -rf $(BUILD) out
