# Rasd: make run (Airflow standalone on ./lake) and make test (everything CI runs).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export RASD_LAKE ?= $(CURDIR)/lake
export RASD_SOURCES ?= $(CURDIR)/sources.yaml

.PHONY: setup run demo test test-fast bench eval lint format clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the project with its dev tools (quick when nothing changed)

run: setup ## Airflow standalone with the project's DAGs and a local lake at ./lake
	./dags/standalone.sh

demo: setup ## one offline run against the bundled sample site, then a summary and a DuckDB query
	$(BIN)/python -m pipeline.demo --lake $(CURDIR)/demo-lake

test: setup ## everything CI needs: lint, unit and integration tests
	$(BIN)/ruff check pipeline spiders dags tests
	@$(BIN)/python -m pytest -p no:cacheprovider -q -ra --durations=15; status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests (exit 5)"; exit 0; fi; \
	exit $$status

test-fast: setup ## tests without the slow integration ones
	$(BIN)/python -m pytest -q -m "not slow"

bench: setup ## benchmarks: print figures and side-by-side ratios
	@set -e; for b in tests/bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b; done

eval: setup ## casualty-figure extraction against the gold set
	$(BIN)/python -m pipeline.evaluation

lint: setup ## ruff lint and format check
	$(BIN)/ruff check pipeline spiders dags tests
	$(BIN)/ruff format --check pipeline spiders dags tests

format: setup
	$(BIN)/ruff format pipeline spiders dags tests
	$(BIN)/ruff check --fix pipeline spiders dags tests

clean:
	rm -rf $(VENV) .airflow demo-lake .pytest_cache .ruff_cache
