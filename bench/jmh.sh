#!/usr/bin/env bash
# Runs the JMH stage benchmarks (src/test/java/dev/gonogo/bench/*Benchmarks.java).
# Usage: bench/jmh.sh [JMH options...]   e.g. bench/jmh.sh StageBenchmarks.parse -p input=clean
# Defaults come from the annotations: 1 fork, 3 warm-up and 5 measured iterations of 1 s each.
# The JMH annotation processor runs when Maven compiles the test sources; `mvn verify` compiles but never runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile
classpath_file=target/bench/test-classpath.txt
mkdir -p target/bench
mvn -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
exec java -Djava.awt.headless=true -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    org.openjdk.jmh.Main "${@:-dev.gonogo.bench}"
