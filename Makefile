# SahelWatch: `make demo` builds and serves the demo; `make test` runs the test suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PG_URL_FILE := $(VENV)/.pg_url

.PHONY: demo test lint bench install install-test system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,batch]'

demo: install
	$(BIN)/sahelwatch demo

# Debian's Chromium (browser tests) and PostgreSQL + PostGIS (the same suite on a real server), installed
# when missing and we are root; without them those tests skip and say why.
system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  [ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	  ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || missing="$$missing postgis"; \
	  if [ -n "$$missing" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	fi

test: install-test system-deps
	@url=$$(scripts/test_postgres.sh start 2>/dev/null || true); \
	SAHELWATCH_TEST_PG="$$url" $(BIN)/python -m pytest -n 2 -q -p no:cacheprovider; \
	status=$$?; scripts/test_postgres.sh stop >/dev/null 2>&1 || true; exit $$status

lint: install-test
	$(BIN)/ruff check src tests scripts bench

# Speed and memory figures quoted in the README (never asserted in tests).
bench: install-test
	$(BIN)/python bench/bench_gazetteer.py
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_api.py
	$(BIN)/python bench/bench_dashboard.py
	$(BIN)/python bench/bench_batch.py

clean:
	rm -rf $(VENV) sahelwatch.db sahelwatch.db-wal sahelwatch.db-shm artifacts
