#!/usr/bin/env bash
# Fuzzes one Jazzer target for some minutes: scripts/fuzz.sh parse|check|render [MINUTES] (default 10).
# New crash inputs land in src/test/resources/dev/gonogo/fuzz/<Target>Inputs/<method>/ and are replayed by
# every `mvn verify` from then on; the growing corpus stays in .cifuzz-corpus/ (git-ignored).
# The fuzzer's log (executions, exec/s, coverage) goes to target/fuzz-<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: scripts/fuzz.sh parse|check|render [MINUTES]}
minutes=${2:-10}
# Only instrumented code guides the fuzzer: ours, the Markdown parser, and for pages the HTML sanitiser.
case "$target" in
  parse) test=ParseFuzzTest; instrument='dev.gonogo.**,com.vladsch.**' ;;
  check) test=CheckFuzzTest; instrument='dev.gonogo.**,com.vladsch.**' ;;
  render) test=RenderFuzzTest; instrument='dev.gonogo.**,com.vladsch.**,org.jsoup.**' ;;
  *) echo "unknown target '$target' (expected parse, check or render)" >&2; exit 2 ;;
esac

mkdir -p target
log="target/fuzz-$target.log"
echo "fuzzing $test for $minutes minute(s); log: $log"
# The 5-minute limit per test method (junit-platform.properties) is lifted: a fuzzing run is one long method.
# Jazzer's hooks, off in builds, are on: they feed the fuzzer the values our code compares input with.
# nice: fuzzing takes a whole core for as long as it runs; other work on the machine goes first
JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${minutes}m" JAZZER_INSTRUMENT="$instrument" \
  nice -n 19 mvn -B -o test-compile surefire:test@fuzz-regression -Dtest="$test" -Djazzer.hooks=true \
  -Dsurefire.failIfNoSpecifiedTests=false -Djunit.jupiter.execution.timeout.mode=disabled \
  >"$log" 2>&1 && status=0 || status=$?
grep -E '^#[0-9]+ +(DONE|pulse)|^Done [0-9]+ runs|Tests run:|FuzzTestFinding|crash-' "$log" | tail -n 15 || true
exit "$status"
