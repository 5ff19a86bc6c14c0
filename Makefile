# Discret: the two commands a newcomer needs are `make demo` and `make test`; both install what they
# need first (wasm32 target, wasm-bindgen-cli, npm packages, Debian's chromium and firefox-esr).

SHELL := /bin/bash
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)
DISCRET := target/release/discret

include mk/extension.mk

.PHONY: setup setup-rust build build-cli test test-rust check-model train demo demo-cli eval bench bench-rust fuzz

setup: setup-rust setup-extension

setup-rust:
	rustup target add wasm32-unknown-unknown

build-cli:
	cargo build --release -p discret-cli

build: build-cli build-extension

test: setup test-rust lint-extension test-package test-e2e test-e2e-firefox

test-rust:
	cargo test --workspace
	$(MAKE) check-model

# Trains the clause model (checker/src/rules/learned.rs) on the labelled corpora and the phrasebook, and
# writes checker/data/<lang>/learned.tsv. Run it after changing a corpus or the data the rules read, then
# rebuild (`make build-cli`): the weights are compiled into the binary.
train:
	cargo run --release -p discret-cli --example train_learned -- tests/corpus/*.jsonl

# Fails when the committed model is not what `make train` writes from the committed corpora and data.
check-model:
	rm -rf target/model && mkdir -p target/model/fr target/model/en
	cargo run -p discret-cli --example train_learned -- --out target/model tests/corpus/*.jsonl
	diff -q target/model/fr/learned.tsv checker/data/fr/learned.tsv
	diff -q target/model/en/learned.tsv checker/data/en/learned.tsv

# Runs the CLI on every bundled example, then drives the extension on the Google Business fixture with
# an example reply and saves screenshots under target/demo/; the ones the READMEs show are copied to
# docs/screenshots/, and the stores' 1280 × 800 screenshots to store/screenshots/.
demo: setup build demo-cli
	node scripts/demo-extension.mjs --reply-file examples/dentiste-detartrage/reply.txt
	mkdir -p docs/screenshots store/screenshots
	cp target/demo/popup.png target/demo/options.png target/demo/tooltip.png target/demo/underlines.png target/demo/welcome.png docs/screenshots/
	rm -f store/screenshots/*.png
	cp target/demo/store/*.png store/screenshots/

demo-cli: build-cli
	@for example in examples/*/; do \
		example="$${example%/}"; \
		echo "== $$example"; \
		$(DISCRET) check --review "$$example/review.txt" --reviewer "$$(cat "$$example/reviewer.txt")" "$$example/reply.txt" || true; \
	done

# Quality figures on every labelled corpus of tests/corpus/.
eval: build-cli
	@for corpus in tests/corpus/*.jsonl; do $(DISCRET) eval "$$corpus" || exit 1; done

# Native speed of `check` (criterion), `discret audit` throughput and the extension's figures in
# headless Chromium, recorded in the generated sections of BENCHMARKS.md.
bench: setup bench-rust build-extension build-cli
	mkdir -p target/bench
	node scripts/bench-audit.mjs
	node scripts/bench-extension.mjs > target/bench/extension.md
	node scripts/record-benchmarks.mjs --extension target/bench/extension.md

bench-rust:
	cargo bench -p discret-checker --bench check -- --warm-up-time 2 --measurement-time 5

# Fuzzes `check` and `rewrite` (no panic, valid offsets, rewrite invariants) for FUZZ_SECONDS each, with
# cargo-fuzz on nightly Rust; installs both when missing. Crashes are saved under fuzz/artifacts/.
FUZZ_SECONDS ?= 60
fuzz:
	rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	cd fuzz && cargo +nightly fuzz run check -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192
	cd fuzz && cargo +nightly fuzz run rewrite -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192
