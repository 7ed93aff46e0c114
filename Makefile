# The two commands of the README: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TEST_DATABASE_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test
export FLASK_APP := wsgi

.PHONY: run test lint format install translations catalogs migrate bench bench-web bench-screening bench-judging evaluate clean chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) translations

translations: $(STAMP)
	$(BIN)/pybabel compile -d innovation/translations

# After changing user-facing strings: refresh the template and both catalogs, then translate the new entries.
catalogs: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k lazy_ngettext:1,2 --no-location --sort-output \
	  --project "Open Innovation" -o innovation/translations/messages.pot .
	$(BIN)/pybabel update -i innovation/translations/messages.pot -d innovation/translations --no-fuzzy-matching

migrate: install
	$(BIN)/flask db upgrade

run: migrate
	bash scripts/run-demo.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

chromium:
	bash scripts/ensure-chromium.sh

test: install lint chromium
	@echo "== tests on SQLite (with browser tests) =="
	TEST_DATABASE_URL= $(BIN)/pytest -n 2 --dist loadfile -q
	@echo "== database tests on PostgreSQL ($(TEST_DATABASE_URL)) =="
	TEST_DATABASE_URL='$(TEST_DATABASE_URL)' $(BIN)/pytest -q --database-tests-only -m 'not browser'

bench: install
	$(BIN)/python -m screening.bench

# Pages under load on gunicorn + PostgreSQL against a bare one-query route of the same server (needs wrk).
bench-web: install
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; } \
	  || { echo "bench-web needs wrk: apt-get install -y wrk"; exit 1; }
	$(BIN)/python scripts/bench_web.py

# Screening runs through the real job and one worker: the demo from the button to results; 50,000 applications.
bench-screening: install
	$(BIN)/python scripts/bench_screening.py

# Judge assignment (fit and exact solve) for 500 applications x 30 judges x R = 3 with random conflicts.
bench-judging: install
	$(BIN)/python -m innovation.judging.bench

# The shipped ranker on every dev set, with the TF-IDF and BM25 baselines beside it.
evaluate: install
	for dir in ../shared/eval/*/; do for method in default tfidf bm25; do \
	  $(BIN)/python -m screening.evaluate $$dir --method $$method; done; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
