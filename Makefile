# Bataille IA — every set-up step lives here, so a fresh machine needs only `make run` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-slow lint contract pytest bench fuzz qt-deps system-deps translations package clean help

help:
	@echo "make run        create .venv, install, start the app on the bundled deck"
	@echo "make test       create .venv, install, run ruff, the import contract and pytest"
	@echo "make test-slow  run the long campaigns marked slow (thousands of damaged files)"
	@echo "make bench      run the benchmarks (ratios against floors measured in the same run)"
	@echo "make package    build the one-folder app with PyInstaller"
	@echo "make fuzz       run the atheris fuzzers on the deck reader (optional; FUZZ_SECONDS=60)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# What Qt's window needs from Debian is asked of Qt itself (ldd on its platform plugins, see
# tools/qt_deps.py) and installed when missing; `make run` and `make test` both go through it.
qt-deps: $(STAMP)
	@$(BIN)/python tools/qt_deps.py --install

# Debian programs the tests use (pdftoppm/pdftotext/pdffonts, Xvfb and xrandr for a real X server
# with a projector plugged in and out, dbus-daemon for a desktop's session bus, the desktop file
# checkers, chromium for the phone page, driven by Playwright); installed only when missing, so a
# machine that has them is not touched.
system-deps: qt-deps
	@missing=""; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v Xvfb >/dev/null 2>&1 || missing="$$missing xvfb xauth"; \
	command -v xrandr >/dev/null 2>&1 || missing="$$missing x11-xserver-utils"; \
	command -v dbus-daemon >/dev/null 2>&1 || missing="$$missing dbus"; \
	command -v appstreamcli >/dev/null 2>&1 || missing="$$missing appstream"; \
	command -v desktop-file-validate >/dev/null 2>&1 || missing="$$missing desktop-file-utils"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

translations: $(STAMP)
	$(BIN)/python -m bataille.ui.i18n_build

run: $(STAMP) qt-deps translations
	env -u QT_QPA_PLATFORM $(BIN)/bataille

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

contract: $(STAMP)
	$(BIN)/lint-imports

# The core's tests run with PySide6 out of reach (tests/without_qt.py): the core knows no Qt.
CORE_TESTS := tests/words tests/deck tests/workshop tests/storage tests/export tests/phones
# Long campaigns (thousands of damaged files, crash loops) are marked `slow`: `make test-slow` runs them.
CORE_PYTEST := $(BIN)/python tests/without_qt.py -q -m "not slow" $(CORE_TESTS)
REST_PYTEST := $(BIN)/python -m pytest -q -m "not slow" $(addprefix --ignore=,$(CORE_TESTS))
# The two runs go side by side, each to its own log shown when both are done: one after the other they took 5 minutes.
pytest: $(STAMP) system-deps translations
	@mkdir -p build && rm -f build/pytest-core.log build/pytest-rest.log
	@echo '$(CORE_PYTEST) > build/pytest-core.log &'; \
	echo '$(REST_PYTEST) > build/pytest-rest.log'; \
	$(CORE_PYTEST) > build/pytest-core.log 2>&1 & core=$$!; \
	trap 'kill $$core 2>/dev/null' INT TERM; \
	$(REST_PYTEST) > build/pytest-rest.log 2>&1; rest=$$?; \
	wait $$core; core=$$?; \
	echo "---- the core's tests, without Qt (build/pytest-core.log) ----"; cat build/pytest-core.log; \
	echo "---- the other tests (build/pytest-rest.log) ----"; cat build/pytest-rest.log; \
	[ $$core = 0 ] || echo "FAILED: the core's tests, without Qt (exit $$core; build/pytest-core.log above)"; \
	[ $$rest = 0 ] || echo "FAILED: the other tests (exit $$rest; build/pytest-rest.log above)"; \
	[ $$core = 0 ] && [ $$rest = 0 ]

test-slow: $(STAMP) system-deps translations
	$(BIN)/python -m pip install --quiet pyinstaller  # the packaged app's test builds the folder
	$(BIN)/python -m pytest -q -m slow tests

test: lint contract pytest

bench: $(STAMP) translations
	$(BIN)/python -m benchmarks

package: $(STAMP) translations
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/bataille.spec
	QT_QPA_PLATFORM=offscreen dist/bataille/bataille --self-test
	@echo "packaged app: $$(du -sh dist/bataille | cut -f1) (the virtual environment, with the test and packaging tools: $$(du -sh $(VENV) | cut -f1))"

FUZZ_SECONDS ?= 60
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet atheris
	mkdir -p build/fuzz-corpus/yaml build/fuzz-corpus/deck
	cp cards/*.yaml scenarios/*.yaml build/fuzz-corpus/yaml/
	cp cards/*.yaml scenarios/*.yaml build/fuzz-corpus/deck/
	$(BIN)/python fuzz/fuzz_yaml.py -max_total_time=$(FUZZ_SECONDS) -timeout=1 -rss_limit_mb=1024 -artifact_prefix=build/fuzz- build/fuzz-corpus/yaml
	$(BIN)/python fuzz/fuzz_deck.py -max_total_time=$(FUZZ_SECONDS) -timeout=2 -rss_limit_mb=1024 -artifact_prefix=build/fuzz- build/fuzz-corpus/deck

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
