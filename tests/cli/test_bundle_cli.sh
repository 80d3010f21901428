#!/usr/bin/env bash
# The bundle commands end to end: exit codes, messages on stderr, and the round trip
# extract → export json → validate → load gives the same bundle.
#   tests/cli/test_bundle_cli.sh build/debug/tools/cli/claimline [repo root]
set -u
cli=${1:?usage: test_bundle_cli.sh CLAIMLINE [ROOT]}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# expect_ok NAME CMD… — exit 0 and nothing on stderr.
expect_ok() {
  local name=$1; shift
  if ! "$@" >"$tmp/out" 2>"$tmp/err"; then fail "$name: exit $? ($(head -c 300 "$tmp/err"))"; return; fi
  [ -s "$tmp/err" ] && fail "$name: unexpected stderr: $(head -c 300 "$tmp/err")"
  return 0
}

# expect_error NAME PATTERN CMD… — non-zero exit and PATTERN (grep -E) on stderr.
expect_error() {
  local name=$1 pattern=$2; shift 2
  if "$@" >"$tmp/out" 2>"$tmp/err"; then fail "$name: exit 0, expected an error"; return; fi
  grep -Eq -- "$pattern" "$tmp/err" || fail "$name: stderr does not match /$pattern/: $(head -c 300 "$tmp/err")"
}

expect_ok "validate seeds/articles.json" "$cli" validate "$root/seeds/articles.json"
grep -q "valid claimline-bundle v1: 5 articles" "$tmp/out" || fail "validate summary: $(cat "$tmp/out")"
expect_ok "validate seeds/curation.json" "$cli" validate "$root/seeds/curation.json"

# Bad input: each with a located message and a non-zero exit.
printf '{"format":"claimline-bundle","version":1,"articles":[{"id":"a","published":"2024-02-30","headline":"h","outlet":"o","text":"t"}]}' >"$tmp/date.json"
expect_error "impossible date" '^.*date\.json:1:76: impossible date "2024-02-30" .*\(/articles/0/published\)$' "$cli" validate "$tmp/date.json"
printf 'not json' >"$tmp/notjson.json"
expect_error "not JSON" 'notjson\.json:1:[0-9]+: not valid JSON' "$cli" validate "$tmp/notjson.json"
printf '{"format":"claimline-bundle","version":1,"articles":[' >"$tmp/trunc.json"
expect_error "truncated" 'trunc\.json:1:[0-9]+: truncated JSON' "$cli" validate "$tmp/trunc.json"
: >"$tmp/empty.json"
expect_error "empty" 'empty\.json:1:1: empty file' "$cli" validate "$tmp/empty.json"
head -c 4096 /dev/urandom >"$tmp/binary.json"; printf '\0' >>"$tmp/binary.json"
expect_error "binary" 'binary\.json:[0-9]+:[0-9]+: binary data' "$cli" validate "$tmp/binary.json"
python3 -c "import sys; sys.stdout.write('['*100000 + ']'*100000)" >"$tmp/deep.json"
expect_error "deep" 'deep\.json:1:257: JSON nested deeper than 256 levels' "$cli" validate "$tmp/deep.json"
truncate -s 200M "$tmp/huge.json"
expect_error "200 MB" 'huge\.json:1:1: file is 200 MiB; the limit is 64 MiB' "$cli" validate "$tmp/huge.json"
printf '{"format":"claimline-bundle","version":7,"articles":[]}' >"$tmp/newer.json"
expect_error "newer version" 'newer\.json:1:[0-9]+: bundle version 7 is newer' "$cli" validate "$tmp/newer.json"
expect_error "missing file" 'cannot read' "$cli" validate "$tmp/nope.json"
expect_error "extract of a missing path" 'cannot read' "$cli" extract "$tmp/nope.txt"
expect_error "unknown export format" 'not in' "$cli" export --to pdf "$root/seeds"

# Round trip: extract → export json → validate → same bundle.
expect_ok "extract seeds/" "$cli" extract "$root/seeds"
cp "$tmp/out" "$tmp/story.json"
expect_ok "validate extracted" "$cli" validate "$tmp/story.json"
expect_ok "export --to json" "$cli" export --to json "$tmp/story.json"
cmp -s "$tmp/out" "$tmp/story.json" || fail "round trip: export --to json differs from the extracted bundle"
expect_ok "extract --no-curation" "$cli" extract --no-curation "$root/seeds"
grep -q '"provenance": "curated"' "$tmp/out" && fail "--no-curation left curated items"
expect_ok "extract --format summary" "$cli" extract --format summary "$root/seeds"
grep -q '^articles 5' "$tmp/out" || fail "summary: $(head -1 "$tmp/out")"
expect_ok "extract .txt files" "$cli" extract "$root/seeds/001_9e85b6c184c74cf3.txt" "$root/seeds/004_2306bba0ada63e50.txt"
for to in timelinejs claimreview annotations; do
  expect_ok "export --to $to" "$cli" export --to "$to" "$tmp/story.json"
  python3 -m json.tool "$tmp/out" >/dev/null || fail "export --to $to: not JSON"
done
expect_ok "export --to csv" "$cli" export --to csv "$root/seeds"
head -1 "$tmp/out" | grep -q '^id,article,start,end,kind,text' || fail "csv header"
expect_ok "stats" "$cli" stats "$root/seeds"

if [ "$failures" -ne 0 ]; then echo "$failures failure(s)" >&2; exit 1; fi
echo "bundle CLI: all checks passed"
