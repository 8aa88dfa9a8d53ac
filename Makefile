# warta: the two set-up commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///warta.db

.PHONY: demo test test-postgres install lint train bench clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/warta ingest examples/ --db $(DB)
	$(BIN)/warta docs list --db $(DB)

test: install
	$(BIN)/python -m pytest -q

# The same suite against a real PostgreSQL server started on 127.0.0.1 for the run.
PGDATA_DIR ?= /tmp/warta-pg-$(shell id -u)
test-postgres: install
	url=$$(.ci/postgres.sh start $(PGDATA_DIR)) && \
	  WARTA_TEST_PG=$$url $(BIN)/python -m pytest -q; status=$$?; \
	  .ci/postgres.sh stop $(PGDATA_DIR); exit $$status

lint: install
	$(BIN)/ruff check warta tests bench training
	$(BIN)/ruff format --check warta tests bench training
	$(BIN)/mypy warta

train: install
	$(BIN)/python training/train_ner.py

bench: install
	$(BIN)/python bench/bench_nlp.py

clean:
	rm -rf $(VENV) warta.db build *.egg-info
