#!/bin/sh
# Our simulator against SimGrid's live-migration plugin on the same cases (README.md beside this file).
#   engine/src/bench/simgrid/run.sh [repeats] [sizes] [cases]
# e.g. run.sh 5 500,2000,5000,10000 concurrent,concurrent-idle,queued-idle,concurrent-tame,queued-tame
# (the case "queued" too, but from 2,000 migrations SimGrid's guests that dirty faster than their share never converge)
# Writes everything under engine/target/simgrid/; needs libsimgrid-dev (SimGrid 3.32), g++, pkg-config, a JDK.
set -eu
REPEATS=${1:-5}
SIZES=${2:-500,2000,5000,10000}
CASES=${3:-concurrent,concurrent-idle,queued-idle,concurrent-tame,queued-tame}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
OUT=$ROOT/engine/target/simgrid
HERE=$ROOT/engine/src/bench/simgrid
mkdir -p "$OUT"
cd "$ROOT"

# SimGrid's network as plain max-min fair sharing: CM02 has no bandwidth or latency factors, no TCP window bound
# without latency (every link has latency 0), and no cross traffic (acknowledgements taking a share of the way back).
# 10,000 migrations are 30,000 actors: small stacks without guard pages stay under Linux's 65,530 mappings a process
SIMGRID_CFG="--cfg=network/model:CM02 --cfg=network/crosstraffic:0 --cfg=contexts/stack-size:64 --cfg=contexts/guard-size:0 --log=root.thres:warning"

g++ -std=c++17 -O2 -o "$OUT/migrations" "$HERE/migrations.cpp" $(pkg-config --cflags --libs simgrid)
if [ "${SKIP_NETMOVE:-}" != 1 ]; then # SKIP_NETMOVE=1: SimGrid's side only, on the cases written before
    mvn -B -o -q -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
    java -Xms1g -Xmx3g -cp "engine/target/test-classes:engine/target/classes:$(cat engine/target/cp.txt)" \
        dev.netmove.engine.bench.SimGridComparison "$OUT" "$REPEATS" "$SIZES" "$CASES" | tee "$OUT/netmove-times.txt"
fi

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "case n simgrid_wall_ms simgrid_cpu_ms (median of $REPEATS) | results against ours (maxDowntime=30ms)" \
    | tee "$OUT/simgrid-times.txt"
for kind in $(echo "$CASES" | tr ',' ' '); do
    for n in $(echo "$SIZES" | tr ',' ' '); do
        name=$kind-$n
        : > "$OUT/$name.runs"
        i=0
        while [ $i -lt "$REPEATS" ]; do
            # shellcheck disable=SC2086
            "$OUT/migrations" "$OUT/$name.case" "$OUT/$name.simgrid.csv" $SIMGRID_CFG >> "$OUT/$name.runs"
            i=$((i + 1))
        done
        wall=$(sed 's/.*wall_ms=\([0-9.]*\).*/\1/' "$OUT/$name.runs" | median)
        cpu=$(sed 's/.*cpu_ms=\([0-9.]*\).*/\1/' "$OUT/$name.runs" | median)
        # per migration: how far SimGrid's end is from ours; the makespans and the sums of the migrations' times
        results=$(paste -d, "$OUT/$name.netmove.csv" "$OUT/$name.simgrid.csv" | awk -F, '
            NR > 1 {
                if ($1 != $9) { print "order differs at " $1 " / " $9; exit 1 }
                d = $11 - $3; a = d < 0 ? -d : d
                if (a > max) max = a
                if (a <= 0.001) same++
                if ($7 == "true") slowed++
                if ($3 > ours) ours = $3
                if ($11 > theirs) theirs = $11
                sumOurs += $3 - $2; sumTheirs += $11 - $10; n++
            }
            END {
                printf "within 1 ms: %d of %d, largest difference %.6f s, slowed by us: %d, makespan ours %.3f s simgrid %.3f s, sum of times ours %.1f s simgrid %.1f s",
                    same, n, max, slowed, ours, theirs, sumOurs, sumTheirs
            }')
        echo "$kind $n $wall $cpu | $results" | tee -a "$OUT/simgrid-times.txt"
    done
done
