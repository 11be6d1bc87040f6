# Bataille IA — every set-up step lives here, so a fresh machine needs only `make run` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint contract pytest bench fuzz system-deps translations package clean help

help:
	@echo "make run        create .venv, install, start the app on the bundled deck"
	@echo "make test       create .venv, install, run ruff, the import contract and pytest"
	@echo "make bench      run the benchmarks (ratios against floors measured in the same run)"
	@echo "make package    build the one-folder app with PyInstaller"
	@echo "make fuzz       run the atheris fuzzers on the deck reader (optional; FUZZ_SECONDS=60)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# Debian packages the tests use (pdftoppm/pdftotext, Xvfb for screenshots, the X/EGL libraries
# Qt loads); installed only when missing, so a machine that has them is not touched.
QT_LIBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xkb1 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0
system-deps: $(STAMP)
	@missing=""; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v Xvfb >/dev/null 2>&1 || missing="$$missing xvfb xauth"; \
	command -v appstreamcli >/dev/null 2>&1 || missing="$$missing appstream"; \
	command -v desktop-file-validate >/dev/null 2>&1 || missing="$$missing desktop-file-utils"; \
	ldconfig -p | grep -q libxcb-cursor.so.0 || missing="$$missing $(QT_LIBS)"; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -c "from PySide6.QtWidgets import QApplication" \
	  >/dev/null 2>&1 || missing="$$missing $(QT_LIBS)"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

translations: $(STAMP)
	$(BIN)/python -m bataille.ui.i18n_build

run: $(STAMP) translations
	env -u QT_QPA_PLATFORM $(BIN)/bataille

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

contract: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) system-deps translations
	$(BIN)/python -m pytest -q

test: lint contract pytest

bench: $(STAMP) translations
	$(BIN)/python -m benchmarks

package: $(STAMP) translations
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/bataille.spec
	QT_QPA_PLATFORM=offscreen dist/bataille/bataille --self-test
	du -sh dist/bataille

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
