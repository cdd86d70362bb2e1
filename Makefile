# The two commands README starts with: `make demo` and `make test`. Both set up .venv first.
VENV ?= .venv
BIN := $(VENV)/bin

$(BIN)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,postgres,media]'
	touch $@

.PHONY: demo test check services bench example
demo: $(BIN)/.installed  ## replay the bundled Клинт chat: summary, decisions, HTML report
	$(BIN)/chatwarden replay examples/klint-chat.jsonl --policy policies/klint.ru.yaml \
		--json out/decisions.jsonl --report out/report.html

check: $(BIN)/.installed  ## lint, type-check, and keep the core free of storage and platform imports
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

services:  ## Debian's PostgreSQL (storage suite) and Chromium (console browser tests), where missing
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || \
	  echo "PostgreSQL could not be installed: the storage suite's PostgreSQL half will skip"
	@command -v chromium >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "Chromium could not be installed: the console's browser tests will skip"

# The suite mostly waits (servers, bots killed and restarted), so it runs on workers beside each
# other: -n auto is sized in tests/conftest.py; worksteal hands a long test's neighbours to an
# idle worker (loadfile left the longest tests for last). Here rather than in addopts, so a plain
# `pytest tests/x` stays serial (-s, --pdb, -p no:xdist). Serially: make test TEST_WORKERS=0
TEST_WORKERS ?= auto
test: check services  ## lint, then the whole test suite (slow end-to-end tests included)
	$(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal

bench: $(BIN)/.installed  ## throughput figures (not a test)
	$(BIN)/chatwarden bench replay --events 100000

example: $(BIN)/.installed  ## rebuild examples/klint-chat.jsonl
	$(BIN)/python scripts/make_example.py
