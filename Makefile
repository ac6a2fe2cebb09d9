# navotop: `make run` opens the app on the bundled baseline, `make test` runs every check.
# Both create the virtual environment in .venv first when it is missing or out of date.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest bench snapshot-update clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)  ## open navotop on the bundled baseline scenario
	$(BIN)/navotop

test: lint typecheck pytest  ## everything CI runs: format, lint, types, the whole suite

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

# The suite in parallel (pytest-xdist): its time is Textual laying out and painting the app,
# and about half of each TUI test is Pilot sleeping while it waits for the app to go idle (at
# least 20 ms a wait, two waits a key), so more workers than cores keep both cores busy: six
# did the whole suite in 123-131 s where four took 137-138 s (back to back, the same tree);
# eight cost more CPU than they saved. worksteal evens out the few long tests.
# `PYTEST_WORKERS=0` runs it in one process. Bytecode is written even where the environment
# says not to (PYTHONDONTWRITEBYTECODE, set on this project's machines): without it every
# worker compiles the sources and rewrites the tests' asserts anew on every run, ~3 s of CPU
# each.
PYTEST_WORKERS ?= 6
pytest: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal

snapshot-update: $(STAMP)  ## accept changed TUI snapshots after reviewing the report
	$(BIN)/python -m pytest tests/tui --snapshot-update

bench: $(STAMP)  ## speed figures (not part of make test)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/adjust.py
	$(BIN)/python bench/tui.py
	$(BIN)/python bench/sweep.py
	$(BIN)/python bench/goal_seek.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
