# Discret: the two commands a newcomer needs are `make demo` and `make test`; both install what they
# need first (wasm32 target, wasm-bindgen-cli, npm packages, Debian's chromium).

SHELL := /bin/bash
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)
DISCRET := target/release/discret

include mk/extension.mk

.PHONY: setup setup-rust build build-cli test test-rust demo demo-cli eval bench bench-rust

setup: setup-rust setup-extension

setup-rust:
	rustup target add wasm32-unknown-unknown

build-cli:
	cargo build --release -p discret-cli

build: build-cli build-extension

test: setup test-rust test-e2e

test-rust:
	cargo test --workspace

# Runs the CLI on every bundled example, then drives the extension for screenshots under target/demo/.
demo: setup build demo-cli demo-extension

demo-cli: build-cli
	@for example in examples/*/; do \
		echo "== $$example"; \
		$(DISCRET) check --review "$$example/review.txt" --reviewer "$$(cat "$$example/reviewer.txt")" "$$example/reply.txt" || true; \
	done

# Quality figures on the labelled corpora.
eval: build-cli
	$(DISCRET) eval tests/corpus/dev.jsonl
	$(DISCRET) eval tests/corpus/written-a.jsonl
	$(DISCRET) eval tests/corpus/written-b.jsonl

# Native speed of `check` (criterion) and the extension's figures in headless Chromium. The figures
# recorded in BENCHMARKS.md come from this target.
bench: bench-rust bench-extension

bench-rust:
	cargo bench -p discret-checker --bench check -- --warm-up-time 2 --measurement-time 5
