# Two commands: `make demo` and `make test`. Both set up .venv when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f out/demo.db
	mkdir -p out
	$(BIN)/rasd ingest examples/corpus --db out/demo.db
	$(BIN)/rasd events --db out/demo.db
	$(BIN)/rasd export --db out/demo.db --format jsonl --output out/events.jsonl
	$(BIN)/rasd export --db out/demo.db --format acled-csv --output out/events.csv
	$(BIN)/rasd export --db out/demo.db --format geojson --output out/events.geojson
	@echo "database: out/demo.db   exports: out/events.jsonl out/events.csv out/events.geojson"

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) out build src/*.egg-info
