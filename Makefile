# Set-up and everyday commands. `make demo` and `make test` work on a fresh clone.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: demo test install install-test lint benchmark clean

## Install Dragoman and run the main job: code the bundled sample corpus and serve the dashboard.
demo: install
	$(BIN)/dragoman demo

## Install Dragoman with its test tools and run the whole test suite.
test: install-test
	$(BIN)/python -m pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"

## Static checks.
lint: install-test
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

## Speed and memory benchmarks (see benchmarks/README.md); not part of the tests.
benchmark: install-test
	$(BIN)/python benchmarks/bench_throughput.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
