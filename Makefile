# Quick start: `make run` (the whole job on the bundled sample sites, then the web page on
# http://127.0.0.1:8000) and `make test` (the whole test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test browser clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/civic demo

demo: $(STAMP)
	$(BIN)/civic demo --no-serve

# Debian's Chromium for the browser test; installed once, as root, when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || scripts/install-chromium

test: $(STAMP) browser
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) data/civic.db* data/civic.index
