# VisitDesk — make run | make test | make bench | make lint
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench lint translations lupdate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-installed

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.run-installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

## open the application (creates the demo database on first start)
run: $(VENV)/.run-installed translations
	$(BIN)/python -m desktop

## the whole test suite, offscreen; also on PostgreSQL when VISITDESK_TEST_PG is set
test: $(VENV)/.test-installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## benchmarks: each figure with its bare baseline and the ratio
bench: $(VENV)/.test-installed translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

lint: $(VENV)/.test-installed
	$(BIN)/ruff check desktop reports resources tests

## refresh the .ts files from the sources and fill them from resources/translations/zh_CN.json
lupdate: $(VENV)/.run-installed
	$(BIN)/python tools/translations.py

clean:
	rm -rf $(VENV) build *.egg-info resources/translations/*.qm
