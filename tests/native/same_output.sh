#!/usr/bin/env bash
# same_output.sh NATIVE_BENCH WASM_BENCH_JS FILE... — the tagger's native and wasm builds must find the
# same timexes with the same values in the same texts (byte-identical dumps). Skips (77) without a wasm build.
set -euo pipefail
native=$1 wasm=$2; shift 2
[ -f "$wasm" ] || { echo "no wasm build at $wasm (./tools/test builds it first)"; exit 77; }
a=$(mktemp) b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$native" --dump --dct 2024-11-12 "$@" > "$a"
node "$wasm" --dump --dct 2024-11-12 "$@" > "$b"
lines=$(wc -l < "$a")
[ "$lines" -gt 20 ] || { echo "too few timexes found natively ($lines): the comparison would prove nothing"; exit 1; }
diff -u "$a" "$b" && echo "identical: $lines timexes"
