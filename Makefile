# warta: the two set-up commands are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///warta.db

.PHONY: demo test test-fast test-postgres install lint train eval bench clean web

$(BIN)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[dev]'
	touch $@

# The dashboard: third-party JS comes from npm at build time, never from the repo.
# (npm install is the fallback when a registry mirror leaves other platforms' optional
# packages out of the lock file, which npm ci then refuses.)
WEB := warta/web
WEB_BUILT := $(WEB)/static/index.html

install: $(BIN)/.installed $(WEB_BUILT)

$(WEB_BUILT): $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/vite.config.js $(wildcard $(WEB)/src/*)
	@if command -v npm >/dev/null; then \
	  cd $(WEB) && { npm ci --no-audit --no-fund --loglevel=silent || \
	    { echo "npm ci refused the lock file: npm install instead" >&2; \
	      npm install --no-save --no-audit --no-fund --loglevel=error; }; } && npm run build; \
	else echo "warning: npm not found, dashboard not built (warta serve shows a notice)" >&2; fi

web:
	rm -f $(WEB_BUILT)
	$(MAKE) $(WEB_BUILT)

demo: install
	$(BIN)/warta ingest examples/ --db $(DB)
	$(BIN)/warta docs list --db $(DB)
	$(BIN)/warta timeline IDN RUS --db $(DB)
	@echo
	@echo "Stored in $(DB). Next: .venv/bin/warta ask 'Berapa target perdagangan Indonesia dan Rusia?'"
	@echo "Dashboard: .venv/bin/warta serve   (then open http://127.0.0.1:8000/)"

test: install
	$(BIN)/python -m pytest -q

# The everyday subset: everything but the tests marked slow (subprocesses, servers, browser).
test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

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

# The NER first, then the name model of actor resolution: the extraction models read what
# those two find.
train: install
	$(BIN)/python training/train_ner.py
	$(BIN)/python -m training.train_roles
	$(BIN)/python -m training.train_extract
	$(BIN)/python -m training.train_figures
	$(BIN)/python -m training.train_agreements
	$(BIN)/python -m training.train_persons

# Scores on the seeds, corpus/dev and a cross-validation of corpus/train -> docs/EVAL.md
eval: install
	$(BIN)/python -m training.evaluate_extract

bench: install
	$(BIN)/python bench/bench_nlp.py

clean:
	rm -rf $(VENV) warta.db build *.egg-info $(WEB)/static $(WEB)/node_modules
