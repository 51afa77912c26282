#!/usr/bin/env bash
# Times 'gonogo check' over N copies of the seed review (default 1000), JVM start included.
# Usage: scripts/bench-check.sh [N]   (after: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reviews"
for i in $(seq -w 1 "$count"); do
  cp src/test/resources/seed/prr-x0tta6bl4-v3.4.0.md "$work/reviews/seed-$i.md"
done
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "check of $count reviews: wall %e s, CPU %U s user + %S s sys, max RSS %M KB" \
  java -jar target/gonogo.jar check "$work/reviews" --format json --output "$work/report.json" --fail-on none
