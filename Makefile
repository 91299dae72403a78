# One task runner for people and CI. Every target sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint validate screenshots system-libs clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*; touch $@

system-libs:
	@tools/ensure-system-libs.sh

run: $(STAMP) system-libs
	$(BIN)/clinicapp

# Screens of every area at 100% and 200% text, on a virtual X screen.
screenshots: $(STAMP)
	@tools/ensure-system-libs.sh --xvfb
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshots.py screenshots

test: $(STAMP) system-libs
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

# Start-up, content scale, search and kiosk soak figures into benchmarks/RESULTS.md.
# Takes several minutes and is not part of `make test`; BENCH_ARGS="--runs 15" etc.
BENCH_X := xvfb-run -a -s "-screen 0 1280x800x24"
bench: $(STAMP)
	@tools/ensure-system-libs.sh --xvfb
	BENCH_WRAPPER='$(BENCH_X)' $(BENCH_X) $(BIN)/python -m benchmarks.run $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check clinicapp tests

validate: $(STAMP)
	$(BIN)/clinicapp validate content

clean:
	rm -rf $(VENV) build dist .pytest_cache
