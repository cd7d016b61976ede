# Quick start: `make run` (the whole job on the bundled sample sites, then the web page on
# http://127.0.0.1:8000) and `make test` (the whole test suite).
#
# Both install the exact, hash-checked versions pinned in requirements/ (run.txt for the
# program, test.txt for the program and the test tools, the same pins for what they share),
# so every machine runs what the tests passed with; pyproject.toml keeps its ranges for
# library users. `make lock` refreshes the pins (see the README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_LOCK := requirements/run.txt
TEST_LOCK := requirements/test.txt
LOCK_TOOLS := $(VENV)/lock-tools
PIP_TOOLS := pip-tools==7.6.2
# Extra pip-compile arguments for `make lock`, e.g. --upgrade or --upgrade-package scrapy.
LOCK_ARGS ?=
COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(LOCK_TOOLS)/bin/pip-compile --quiet --generate-hashes \
	--allow-unsafe --all-build-deps --strip-extras --no-emit-index-url --no-emit-find-links $(LOCK_ARGS)

.PHONY: run demo test browser lock clean

# The pinned tree first (the build tools included), then civic itself with nothing resolved
# again: the venv's own pip, however old, installs the same versions.
$(VENV)/.installed-%: pyproject.toml requirements/%.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements/$*.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

run: $(VENV)/.installed-run
	$(BIN)/civic demo

demo: $(VENV)/.installed-run
	$(BIN)/civic demo --no-serve

# Debian's Chromium for the browser test; installed once, as root, when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || scripts/install-chromium

test: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest

# New pins after a change of pyproject.toml's dependencies; existing pins are kept unless
# LOCK_ARGS asks for upgrades. The test pins are constrained to the program's.
lock:
	test -x $(LOCK_TOOLS)/bin/pip-compile || \
		{ $(PYTHON) -m venv $(LOCK_TOOLS) && $(LOCK_TOOLS)/bin/pip install --quiet $(PIP_TOOLS); }
	$(COMPILE) -o $(RUN_LOCK) pyproject.toml
	$(COMPILE) --extra test -c $(RUN_LOCK) -o $(TEST_LOCK) pyproject.toml

clean:
	rm -rf $(VENV) data/civic.db* data/civic.index
