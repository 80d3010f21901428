#!/usr/bin/env bash
# The temporal commands end to end: eval-timex scores, timeml round trip (the text with tags stripped stays
# byte-identical), tag output, and located errors for broken TimeML.
#   tests/cli/test_timex_cli.sh build/debug/tools/cli/claimline [repo root]
# Without a tagger in the build, the checks that need it are skipped (and said so).
set -u
cli=${1:?usage: test_timex_cli.sh CLAIMLINE [ROOT]}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
fixture=$root/tests/fixtures/timeml/harbor.tml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The content of TEXT with every tag removed, entities left as written.
strip_text() {
  python3 -c 'import re,sys; s=open(sys.argv[1],"rb").read(); t=s[s.index(b"<TEXT>")+6:s.index(b"</TEXT>")]; sys.stdout.buffer.write(re.sub(rb"<[^>]*>",b"",t))' "$1"
}

# Gold scored against itself: 1.0 everywhere, and the count line names the gold and the DCT rule.
"$cli" eval-timex --system "$(dirname "$fixture")" "$fixture" >"$tmp/out" 2>"$tmp/err" || fail "eval-timex --system: exit $? ($(head -c 300 "$tmp/err"))"
grep -q "gold 10 TIMEX3 in TEXT (the DCT excluded), system 10" "$tmp/out" || fail "eval-timex counts: $(head -1 "$tmp/out")"
grep -q "strict   P 1.0000  R 1.0000  F1 1.0000" "$tmp/out" || fail "eval-timex strict: $(cat "$tmp/out")"
grep -q "value    F1 1.0000" "$tmp/out" || fail "eval-timex value"

# A system file without the "nine days" tag: one missed timex, listed by --only missed and not by --only spurious.
mkdir -p "$tmp/sys"
sed 's#<TIMEX3 tid="t1"[^>]*>nine days</TIMEX3>#nine days#' "$fixture" >"$tmp/sys/harbor.tml"
"$cli" eval-timex --errors --only missed --system "$tmp/sys" "$fixture" >"$tmp/out" 2>"$tmp/err" || fail "eval-timex --only missed: exit $?"
[ "$(grep -c '^missed	' "$tmp/out")" = 1 ] && grep -q '"nine days"' "$tmp/out" || fail "eval-timex --only missed: $(cat "$tmp/out")"
"$cli" eval-timex --errors --only spurious,value --system "$tmp/sys" "$fixture" >"$tmp/out" 2>&1
grep -q '^missed	' "$tmp/out" && fail "eval-timex --only spurious,value listed a missed timex"
"$cli" eval-timex --errors --only late --system "$tmp/sys" "$fixture" >/dev/null 2>&1 && fail "eval-timex --only late: exit 0"
# --half: every other file of the sorted list; one file is the odd half, the even half is empty.
"$cli" eval-timex --half odd --system "$(dirname "$fixture")" "$fixture" | grep -q "^eval-timex: 1 documents" || fail "eval-timex --half odd"
"$cli" eval-timex --half even --system "$(dirname "$fixture")" "$fixture" | grep -q "^eval-timex: 0 documents" || fail "eval-timex --half even"

# Broken inputs: located errors and a non-zero exit, never a crash.
printf '<TimeML>\n<DCT><TIMEX3 tid="t0" value="2023-11-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>\n<TEXT>on <TIMEX3 tid="t1" type="DATE" value="X">Tuesday</EVENT></TEXT></TimeML>\n' >"$tmp/mismatch.tml"
printf '<TimeML>\n<TEXT>on Tuesday</TEXT>\n</TimeML>\n' >"$tmp/nodct.tml"
printf '<TimeML><DCT><TIMEX3 value="2023-11-08" functionInDocument="CREATION_TIME"/></DCT>\n<TEXT>caf\xe9</TEXT></TimeML>\n' >"$tmp/latin1.tml"
for bad in "mismatch.tml:3:56: </EVENT> does not close <TIMEX3> opened at 3:10" "nodct.tml:2:1: no document creation time" \
           "latin1.tml:2:10: invalid UTF-8"; do
  file=${bad%%:*}
  if "$cli" eval-timex --system "$tmp" "$tmp/$file" >"$tmp/out" 2>"$tmp/err"; then fail "$file: exit 0"; fi
  grep -qF "$tmp/$bad" "$tmp/err" || fail "$file: expected '$bad', got: $(head -c 300 "$tmp/err")"
done

if "$cli" tag - </dev/null 2>"$tmp/err" >/dev/null || ! grep -q "no temporal tagger" "$tmp/err"; then
  # The tagger is built in: round trip, scoring the written files, and tag.
  mkdir -p "$tmp/out-dir"
  "$cli" timeml --out "$tmp/out-dir" "$fixture" >"$tmp/out" 2>"$tmp/err" || fail "timeml: exit $? ($(head -c 300 "$tmp/err"))"
  [ -s "$tmp/out-dir/harbor.tml" ] || fail "timeml wrote no $tmp/out-dir/harbor.tml"
  strip_text "$fixture" >"$tmp/in.txt"
  strip_text "$tmp/out-dir/harbor.tml" >"$tmp/out.txt"
  cmp -s "$tmp/in.txt" "$tmp/out.txt" || fail "timeml round trip: the text with tags stripped differs ($(cmp "$tmp/in.txt" "$tmp/out.txt"))"
  grep -q "<EVENT\|<SIGNAL\|<TLINK\|<MAKEINSTANCE" "$tmp/out-dir/harbor.tml" && fail "timeml left EVENT/SIGNAL/link tags"
  python3 -c 'import sys,xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$tmp/out-dir/harbor.tml" || fail "timeml output is not well-formed XML"
  "$cli" eval-timex --system "$tmp/out-dir" "$fixture" >"$tmp/out" 2>"$tmp/err" || fail "eval-timex of written files: $(head -c 300 "$tmp/err")"
  "$cli" eval-timex "$fixture" >"$tmp/tagged" 2>"$tmp/err" || fail "eval-timex with the tagger: $(head -c 300 "$tmp/err")"
  diff <(sed -n 2,5p "$tmp/out") <(sed -n 2,5p "$tmp/tagged") >/dev/null || fail "eval-timex: written files and direct tagging score differently"
  printf 'The strike ended on November 7, 2023.\n' >"$tmp/a.txt"
  "$cli" tag --dct 2023-11-08 "$tmp/a.txt" >"$tmp/out" 2>"$tmp/err" || fail "tag: exit $?"
  head -1 "$tmp/out" | grep -q "^start	end	text	type	value	mod	earliest	latest$" || fail "tag header: $(head -1 "$tmp/out")"
  grep -q "	2023-11-07	" "$tmp/out" || fail "tag: no 2023-11-07 in $(cat "$tmp/out")"
  "$cli" tag --json --dct 2023-11-08 "$tmp/a.txt" | python3 -c 'import sys,json; [json.loads(l) for l in sys.stdin]' || fail "tag --json: not JSON lines"
  "$cli" tag --dct 2023-13-45 "$tmp/a.txt" >/dev/null 2>"$tmp/err" && fail "tag --dct 2023-13-45: exit 0"
else
  echo "timex CLI: no tagger in this build; timeml/tag checks skipped"
fi

if [ "$failures" -ne 0 ]; then echo "$failures failure(s)" >&2; exit 1; fi
echo "timex CLI: all checks passed"
