# Browser extension: setup, build, end-to-end tests and demo screenshots.
# Included by the top-level Makefile; also usable alone: make -f mk/extension.mk build-extension

WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)

WASM_DIR := build/wasm
WASM_FILE := $(WASM_DIR)/discret_checker_bg.wasm
# Features that rustc enables by default for wasm32-unknown-unknown since 1.87; wasm-opt must accept them.
WASM_OPT_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue
CHECKER_SOURCES := $(shell find checker/src checker/data -type f 2>/dev/null) checker/Cargo.toml Cargo.lock

.PHONY: setup-extension build-wasm icons build-extension package test-e2e test-e2e-firefox test-package lint-extension demo-extension bench-extension

setup-extension:
	npm ci
	@if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/lib/chromium/locales/fr.pak ] || [ ! -x /usr/bin/firefox-esr ] \
		|| ! dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1; then \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-l10n firefox-esr firefox-esr-l10n-fr; \
	fi
	rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

build-wasm: $(WASM_FILE)

$(WASM_FILE): $(CHECKER_SOURCES)
	cargo build -p discret-checker --target wasm32-unknown-unknown --profile wasm
	wasm-bindgen --target web --out-dir $(WASM_DIR) target/wasm32-unknown-unknown/wasm/discret_checker.wasm
	node_modules/.bin/wasm-opt -Oz $(WASM_OPT_FEATURES) $(WASM_FILE) -o $(WASM_FILE)
	@printf 'checker wasm: %s bytes, %s bytes gzip\n' "$$(wc -c < $(WASM_FILE))" "$$(gzip -9c $(WASM_FILE) | wc -c)"

# Rasterises extension/icons/*.svg to PNG with headless Chromium, only the icons whose SVG changed since
# the PNGs were committed (extension/icons/rendered.json records their SHA-256).
icons:
	node scripts/render-icons.mjs

build-extension: build-wasm icons
	node scripts/build-extension.mjs --wasm-dir $(WASM_DIR)

# The store packages: dist/discret-chrome.zip, dist/discret-edge.zip and dist/discret-firefox.zip, identical
# byte for byte from the same commit.
package: build-extension
	node scripts/package-extension.mjs

# The packages' contents and reproducibility (it runs `make package` twice), the version in every place,
# and the PNG icons against their SVG sources.
test-package: build-extension
	node --test tests/package/

test-e2e: build-extension
	npx playwright test --config tests/e2e/playwright.config.ts

# End-to-end tests of dist/firefox in Debian's Firefox ESR, through WebDriver BiDi.
test-e2e-firefox: build-extension
	node --test --test-concurrency=1 tests/e2e/firefox/

lint-extension: build-extension
	npx tsc --noEmit -p .
	npx web-ext lint --source-dir dist/firefox --warnings-as-errors

demo-extension: build-extension
	node scripts/demo-extension.mjs

# Prints a Markdown table of the checker's size and speed in headless Chromium.
bench-extension: build-extension
	node scripts/bench-extension.mjs
