#!/usr/bin/env bash
# End-to-end benchmark: whole processes over generated corpora, side by side with Hugo when it is installed.
#
#   bench/e2e.sh                 # N = 100, 1000, 10000
#   SIZES="100 1000" RUNS=3 bench/e2e.sh
#
# For each N it times (median of RUNS runs; hyperfine when installed, else a bash loop):
#   check    java $JAVA_OPTS -jar target/gonogo.jar check CORPUS            (exit 1 is expected: planted errors)
#   build    java $JAVA_OPTS -jar target/gonogo.jar build CORPUS -o OUT     (cold: OUT removed before each run)
#   rebuild  the same build again over the previous output, nothing changed
#   hugo     hugo over the same files with a one-line layout (when hugo is installed)
# and the peak RSS of one run of each (/usr/bin/time -v). Results: a table on stdout and target/bench/e2e-results.tsv.
# JAVA_OPTS defaults to -Xmx512m: every figure is taken within the memory bound the issue sets for 10,000 reviews.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"100 1000 10000"}
RUNS=${RUNS:-5}
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

# time_runs NAME PREPARE COMMAND: median wall seconds of RUNS runs of COMMAND, PREPARE run before each.
time_runs() {
    local name=$1 prepare=$2 command=$3
    if command -v hyperfine >/dev/null; then
        local json=$BENCH/hyperfine-$name.json
        hyperfine --style none --runs "$RUNS" --ignore-failure --prepare "$prepare" --export-json "$json" \
            "$command" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$json"
    else
        for _ in $(seq "$RUNS"); do
            bash -c "$prepare" >/dev/null 2>&1
            local start end
            start=$(date +%s.%N)
            bash -c "$command" >/dev/null 2>&1 || true
            end=$(date +%s.%N)
            echo "$end - $start" | bc
        done | median | xargs printf '%.3f\n'
    fi
}

# peak_rss PREPARE COMMAND: maximum resident set size in MB of one run.
peak_rss() {
    bash -c "$1" >/dev/null 2>&1
    /usr/bin/time -v bash -c "$2" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {printf "%.0f\n", $2 / 1024}'
}

main() {
    build_jar_if_needed
    command -v /usr/bin/time >/dev/null || { echo "install GNU time: apt-get install -y time" >&2; exit 2; }
    local gonogo="java $JAVA_OPTS -jar $JAR"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; JAVA_OPTS=$JAVA_OPTS; runs=$RUNS" | tee "$RESULTS.log"
    printf 'n\tstep\tmedian_s\tpeak_rss_mb\n' > "$RESULTS"
    for n in $SIZES; do
        local corpus out
        corpus=$(generate "$n")
        out=$BENCH/site-$n
        row "$n" check ":" "$gonogo check $corpus"
        row "$n" build-cold "rm -rf $out" "$gonogo build $corpus -o $out"
        row "$n" rebuild-unchanged "[ -d $out ] || $gonogo build $corpus -o $out" "$gonogo build $corpus -o $out"
        if command -v hugo >/dev/null; then
            local site
            site=$(hugo_site "$n" "$corpus")
            row "$n" hugo "rm -rf $site/public $site/resources" "hugo --quiet -s $site -d $site/public"
        fi
    done
    echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS.log"
    report
}

row() {
    local n=$1 step=$2 prepare=$3 command=$4
    local seconds rss
    seconds=$(time_runs "$step-$n" "$prepare" "$command")
    rss=$(peak_rss "$prepare" "$command")
    printf '%s\t%s\t%s\t%s\n' "$n" "$step" "$seconds" "$rss" | tee -a "$RESULTS" >&2
}

report() {
    python3 - "$RESULTS" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
by = {(r["n"], r["step"]): r for r in rows}
print(f"{'N':>6} {'step':<18} {'median s':>9} {'peak RSS MB':>12}")
for r in rows:
    print(f"{r['n']:>6} {r['step']:<18} {float(r['median_s']):>9.3f} {r['peak_rss_mb']:>12}")
for n in dict.fromkeys(r["n"] for r in rows):
    cold, rebuild, hugo = by.get((n, "build-cold")), by.get((n, "rebuild-unchanged")), by.get((n, "hugo"))
    if cold and rebuild:
        print(f"N={n}: rebuild/cold = {float(rebuild['median_s']) / float(cold['median_s']):.2f}")
    if cold and hugo:
        print(f"N={n}: gonogo build / hugo = {float(cold['median_s']) / float(hugo['median_s']):.2f}")
PY
}

main "$@"
