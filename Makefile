# Field Inspector — developer entry points. Each target creates .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
RUN_DATA ?= $(CURDIR)/.run-data

LANGUAGES := th my km lo
TS       := $(foreach lang,$(LANGUAGES),translations/inspector_$(lang).ts)
# English reads the source strings; its catalogue holds only the %n messages' forms ("1 change", "4,077 changes").
PLURAL_TS := translations/inspector_en.ts
# Qt's own strings the app shows, for the languages Qt ships no catalogue for (kept by hand, not by lupdate).
QT_TS    := $(foreach lang,$(LANGUAGES),translations/qtbase_$(lang).ts)
QM       := $(TS:.ts=.qm) $(PLURAL_TS:.ts=.qm) $(QT_TS:.ts=.qm)
UI_SOURCES = $(shell find inspector_app/ui -name '*.py' | sort)
# Core's messages for people (core/messages.py): the modules that mark templates with QT_TRANSLATE_NOOP.
MESSAGE_SOURCES = $(shell grep -rl --include='*.py' QT_TRANSLATE_NOOP inspector_app/core inspector_app/sync inspector_app/reports | sort)

.PHONY: run test soak bench clean-run translations web-translations qm installer

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Open the app on a local data dir (demo user and data are created on first run).
run: $(STAMP) qm
	$(BIN)/inspector-app --data-dir $(RUN_DATA) --demo

## Run the whole test suite, one worker per core (pytest-xdist): each worker has its own PostgreSQL,
## QApplication and temporary folders, so tests never share state.
test: $(STAMP) qm
	$(BIN)/python -m pytest -n auto

## Run only the soak tests (marker `soak`: many-example API fuzzing, and the long runs of the proof suites in tests/proof).
soak: $(STAMP)
	$(BIN)/python -m pytest -m soak

## Run the benchmarks (ratios against baselines measured in the same run).
bench: $(STAMP) qm
	$(BIN)/python -m tests.benchmarks

## Extract every tr() string and core's marked messages into translations/*.ts (then translate them in Qt Linguist);
## English gets only the plural messages.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(UI_SOURCES) $(MESSAGE_SOURCES) -ts $(TS)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly $(UI_SOURCES) $(MESSAGE_SOURCES) -ts $(PLURAL_TS)
	$(MAKE) qm

## Add new strings of the HQ workspace to its Thai catalogue (inspector_app/hq/web/translations/th.json).
web-translations: $(STAMP)
	$(BIN)/python -m inspector_app.hq.web.messages

## Compile the .ts sources (the app's and Qt's own strings) into the .qm files the app loads (done by run, test, bench).
qm: $(QM)

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## Build the one-folder app bundle dist/FieldInspector/ (see README, "Installer").
installer: $(STAMP) qm
	$(BIN)/python -c 'import PyInstaller' 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[installer]'
	$(BIN)/pyinstaller --noconfirm build_installer.spec

clean-run:
	rm -rf $(RUN_DATA)
