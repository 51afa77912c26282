#!/usr/bin/env bash
# End-to-end benchmark: whole processes over generated corpora, side by side with Hugo when it is installed.
#
#   bench/e2e.sh                 # N = 100, 1000, 10000
#   SIZES="100 1000" RUNS=3 bench/e2e.sh
#   SIZES="100 1000 10000" RUNS=3 RUNS_LARGE=1 bench/e2e.sh   # RUNS_LARGE runs for N >= 10000 (default RUNS)
#
# For each N it runs each step RUNS times under GNU time (/usr/bin/time) and reports the medians of wall time,
# CPU time (user + system over all threads: the fairer figure on a loaded machine) and peak RSS:
# gonogo runs through its launcher bin/gonogo (C1 compiler only, headless), with JAVA_OPTS added:
#   check    bin/gonogo check CORPUS            (exit 1 is expected: planted errors)
#   build    bin/gonogo build CORPUS -o OUT     (cold: OUT and its cache .OUT-cache
#            removed before each run)
#   rebuild  the same build again over the previous output and its cache, nothing changed
#   hugo     hugo over the same files with a one-line layout (when hugo is installed)
# Results: a table on stdout and target/bench/e2e-results.tsv; the machine load before and after in e2e-results.tsv.log.
# JAVA_OPTS defaults to -Xmx512m: every figure is taken within the memory bound the issue sets for 10,000 reviews.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"100 1000 10000"}
RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-$RUNS}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx512m"}
BENCH=target/bench
JAR=target/gonogo.jar
RESULTS=$BENCH/e2e-results.tsv

build_jar_if_needed() {
    if [[ ! -f $JAR || ! -d target/test-classes/dev/gonogo/bench ]] \
        || [[ -n $(find src/main src/test/java/dev/gonogo/bench themes pom.xml -newer "$JAR" -type f -print -quit) ]]; then
        echo "building $JAR ..." >&2
        # clean: the shade plugin nests the previous fat jar when it re-shades without it
        mvn -q -o clean package -DskipTests
    fi
}

classpath() {
    local file=$BENCH/test-classpath.txt
    [[ -f $file ]] || mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$file" >/dev/null
    echo "target/test-classes:target/classes:$(cat "$file")"
}

generate() {
    local n=$1 dir=$BENCH/corpus-$1
    if [[ ! -f $dir/ground-truth.tsv ]]; then
        rm -rf "$dir"
        java -cp "$(classpath)" dev.gonogo.bench.CorpusGenerator "$n" "$dir" >&2
    fi
    echo "$dir"
}

# A throwaway Hugo site whose content folder is the corpus: one-line layouts, no taxonomies, feeds or sitemap.
hugo_site() {
    local n=$1 corpus=$2 site=$BENCH/hugo-$1
    mkdir -p "$site/layouts/_default"
    cat > "$site/hugo.toml" <<TOML
baseURL = "https://example.org/"
title = "reviews"
contentDir = "$(realpath "$corpus")"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
[markup.goldmark.renderer]
unsafe = false
TOML
    echo '<!doctype html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>' \
        > "$site/layouts/_default/single.html"
    echo '<!doctype html><html><body>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</body></html>' \
        > "$site/layouts/_default/list.html"
    echo "$site"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure PREPARE COMMAND RUNS: RUNS runs of COMMAND (PREPARE before each, untimed) under GNU time; prints the medians
# of wall seconds, CPU seconds (user + system, all threads) and peak RSS in MB, tab-separated.
measure() {
    local prepare=$1 command=$2 runs=$3 samples=$BENCH/samples.txt
    : > "$samples"
    for _ in $(seq "$runs"); do
        bash -c "$prepare" >/dev/null 2>&1
        /usr/bin/time -o "$samples" -a -f '%e %U %S %M' bash -c "$command" >/dev/null 2>&1 || true
    done
    local wall cpu rss
    wall=$(grep -v '^Command' "$samples" | awk '{print $1}' | median)
    cpu=$(grep -v '^Command' "$samples" | awk '{print $2 + $3}' | median)
    rss=$(grep -v '^Command' "$samples" | awk '{print $4 / 1024}' | median)
    printf '%.2f\t%.2f\t%.0f\n' "$wall" "$cpu" "$rss"
}

main() {
    build_jar_if_needed
    mkdir -p "$BENCH"
    command -v /usr/bin/time >/dev/null || { echo "install GNU time: apt-get install -y time" >&2; exit 2; }
    local gonogo="env GONOGO_JAVA_OPTS='$JAVA_OPTS' GONOGO_JAR=$JAR bin/gonogo"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; JAVA_OPTS=$JAVA_OPTS; runs=$RUNS," \
        "large=$RUNS_LARGE; $(java -version 2>&1 | head -1); $(hugo version 2>/dev/null | cut -d' ' -f1-2)" \
        | tee "$RESULTS.log"
    printf 'n\tstep\twall_s\tcpu_s\tpeak_rss_mb\tload\n' > "$RESULTS"
    for n in $SIZES; do
        local corpus out
        corpus=$(generate "$n")
        out=$BENCH/site-$n
        row "$n" check ":" "$gonogo check $corpus"
        row "$n" build-cold "rm -rf $out $BENCH/.site-$n-cache" "$gonogo build $corpus -o $out"
        row "$n" rebuild-unchanged "[ -d $out ] || $gonogo build $corpus -o $out" "$gonogo build $corpus -o $out"
        if command -v hugo >/dev/null; then
            local site
            site=$(hugo_site "$n" "$corpus")
            row "$n" hugo "rm -rf $site/public $site/resources" "hugo --quiet -s $site -d public"  # -d is relative to -s
        fi
    done
    echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS.log"
    report
}

row() {
    local n=$1 step=$2 prepare=$3 command=$4
    local figures runs=$RUNS
    (( n >= 10000 )) && runs=$RUNS_LARGE
    figures=$(measure "$prepare" "$command" "$runs")
    printf '%s\t%s\t%s\t%s\n' "$n" "$step" "$figures" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$RESULTS" >&2
}

report() {
    python3 - "$RESULTS" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
by = {(r["n"], r["step"]): r for r in rows}
print(f"{'N':>6} {'step':<18} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12} {'load':>6}")
for r in rows:
    print(f"{r['n']:>6} {r['step']:<18} {float(r['wall_s']):>8.2f} {float(r['cpu_s']):>8.2f} {r['peak_rss_mb']:>12} {r['load']:>6}")
for n in dict.fromkeys(r["n"] for r in rows):
    cold, rebuild, hugo = by.get((n, "build-cold")), by.get((n, "rebuild-unchanged")), by.get((n, "hugo"))
    for name, a, b in (("rebuild/cold", rebuild, cold), ("gonogo build/hugo", cold, hugo)):
        if a and b:
            print(f"N={n}: {name} = {float(a['wall_s']) / float(b['wall_s']):.2f} wall, "
                  f"{float(a['cpu_s']) / float(b['cpu_s']):.2f} CPU")
PY
}

main "$@"
