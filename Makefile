# Field Inspector — developer entry points. Each target creates .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RUN_DATA ?= $(CURDIR)/.run-data

.PHONY: run test bench clean-run

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Open the app on a local data dir (demo user and data are created on first run).
run: $(STAMP)
	$(BIN)/inspector-app --data-dir $(RUN_DATA) --demo

## Run the whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

## Run the benchmarks (ratios against baselines measured in the same run).
bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks

clean-run:
	rm -rf $(RUN_DATA)
