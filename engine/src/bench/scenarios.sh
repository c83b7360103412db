#!/usr/bin/env bash
# The scenario-level speed targets of issue 16, measured through the real runner (reports included), in one go:
# a scenario after the first on the 1,000-switch and the 10-switch generated data centers, one scenario of 2,000
# concurrent migrations beyond one of 1, and the reports' size per scenario. The benchmarks live in the step
# library's tests (scenarios-dsl/src/test/java/dev/netmove/bench: they need the runner, which the engine may not
# depend on); this script is their entry point beside the engine's JMH benchmarks and the SimGrid driver.
# Run from anywhere: bash engine/src/bench/scenarios.sh. Writes only under scenarios-dsl/target/ and the JVM's
# temporary folder (the generated projects); prints one line per figure. Takes about two minutes on 2 cores.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$ROOT"
mvn -B -o -q -pl scenarios-dsl -am test-compile -Dinvoker.skip
mvn -B -o -q -pl scenarios-dsl dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
S="scenarios-dsl/target/test-classes:scenarios-dsl/target/classes:$(cat scenarios-dsl/target/cp.txt)"
java -Xmx3g -cp "$S" dev.netmove.bench.ScenarioRunBench 1000 100
java -cp "$S" dev.netmove.bench.ScenarioRunBench 10 200
java -Xmx3g -cp "$S" dev.netmove.bench.ManyMigrationsScenarioBench 2000
java -cp "$S" dev.netmove.bench.ReportSizeBench 10 40 200
