# One task runner for people and CI. Every target sets up what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint validate screenshots system-libs speech-voices clean bench package package-check build-tools \
	translations translations-update msi linux-packages admx

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*; touch $@

system-libs:
	@tools/ensure-system-libs.sh

# Read aloud: PulseAudio's client library (QtTextToSpeech loads Qt Multimedia, which links it) and a
# real voice, speech-dispatcher with espeak-ng, for the test that speaks English and Spanish.
# Never fatal: without them the app offers no Listen button and that test skips (CI makes it fail).
speech-voices:
	@tools/ensure-system-libs.sh --speech || echo "note: no voices installed; the real-voice test will skip"

# Interface translations: .ts sources are committed, .qm files are built here.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# After changing interface strings: refresh the .ts sources (keeps existing translations).
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find clinicapp -name '*.py' | sort) -ts $(TS_FILES)

# PyInstaller is a build extra, never a runtime dependency of the app.
BUILD_STAMP := $(VENV)/.build-installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
$(BUILD_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,build]'
	rm -f $(VENV)/.build-installed-*; touch $@

# binutils: PyInstaller strips with `strip`; build.spec reads direct library links with `objdump`.
build-tools:
	@command -v objdump >/dev/null 2>&1 && command -v strip >/dev/null 2>&1 || \
	  { [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null; } || \
	  echo "note: no objdump/strip; the package will be larger (sudo apt-get install binutils)"

# IT's one-folder build in dist/clinicapp/. The bundled content is validated
# first (errors stop the build), the icons are rendered from resources/icon.svg,
# compiled translations are built when the Makefile has a translations target.
package: $(BUILD_STAMP) system-libs build-tools
	$(BIN)/clinicapp validate content
	@if $(MAKE) -n translations >/dev/null 2>&1; then $(MAKE) translations; fi
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller build.spec

# The Windows installer around the frozen folder (run `make package` first). On Windows (WiX 3 on PATH) this
# is the MSI IT deploys; on Linux, msitools' wixl compiles the same definition
# around the Linux folder, so CI catches a broken .wxs before a Windows build does.
msi: $(STAMP)
	@command -v wixl >/dev/null 2>&1 || { [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wixl msitools >/dev/null; }
	$(BIN)/python tools/make_msi.py dist/clinicapp --out dist/clinicapp.msi

# Linux: a .deb (installs under /opt/clinicapp) and a tarball of the frozen folder (after `make package`).
linux-packages: $(STAMP)
	$(BIN)/python tools/make_deb.py dist/clinicapp --out dist --icons build/icons

# Group Policy templates from the settings table in tools/make_admx.py.
admx: $(STAMP)
	$(BIN)/python tools/make_admx.py

# Sizes against the budget (120 MiB folder, 50 MiB compressed), biggest files, what was left out.
package-check:
	$(BIN)/python tools/package_check.py dist/clinicapp

run: $(STAMP) system-libs translations
	$(BIN)/clinicapp

# Screens of every area in English and Spanish at 100/150/200% text (and after a live switch), on a virtual X screen.
screenshots: $(STAMP) translations
	@tools/ensure-system-libs.sh --xvfb
	xvfb-run -a -s "-screen 0 1280x800x24" $(BIN)/python tools/screenshots.py screenshots

test: $(STAMP) system-libs speech-voices translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

# The same suite in a random order (tests must not depend on each other); replay a failure
# with SHUFFLE_ARGS="--randomly-seed=N" from the seed printed at the top.
.PHONY: test-shuffled
test-shuffled: $(STAMP) system-libs translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow" -p randomly $(SHUFFLE_ARGS)

# Start-up, content scale, search and kiosk soak figures into benchmarks/RESULTS.md.
# Takes several minutes and is not part of `make test`; BENCH_ARGS="--runs 15" etc.
BENCH_X := xvfb-run -a -s "-screen 0 1280x800x24"
bench: $(STAMP)
	@tools/ensure-system-libs.sh --xvfb
	BENCH_WRAPPER='$(BENCH_X)' $(BENCH_X) $(BIN)/python -m benchmarks.run $(BENCH_ARGS)

# Start-up alone (app vs bare window, time, CPU and memory, then the floor): a quick before/after check.
.PHONY: bench-startup
bench-startup: $(STAMP)
	@tools/ensure-system-libs.sh --xvfb
	BENCH_WRAPPER='$(BENCH_X)' $(BENCH_X) $(BIN)/python -m benchmarks.run --only startup --only floor --no-write $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check clinicapp tests
	$(BIN)/mypy clinicapp

validate: $(STAMP)
	$(BIN)/clinicapp validate content

clean:
	rm -rf $(VENV) build dist .pytest_cache
