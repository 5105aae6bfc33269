#!/usr/bin/env bash
# End-to-end benchmark of ./sentinel analyze (docs/benchmarks.md): generates Paladin 29-column exports of 36,452 rows
# (1 store), 364,520 rows (10 stores) and 3,645,200 rows (100 stores), then times the whole command (JVM start
# included) with each engine, the heap capped through JAVA_TOOL_OPTIONS, and prints a Markdown table.
#
#   scripts/bench.sh [--sizes "36452 364520 3645200"] [--engines "sentinel legacy"] [--runs 3] [--heap 512m]
#                    [--format json] [--dir /tmp/sentinel-bench]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="36452 364520 3645200"
engines="sentinel legacy"
runs=3
heap=512m
format=text
dir="${TMPDIR:-/tmp}/sentinel-bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --engines) engines="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --format) format="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
mkdir -p "$dir"
cd "$root"
echo "building (benchmarks jar and the CLI)..." >&2
./mvnw -q -B -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true >&2
./sentinel --version >/dev/null

timer=""
if [ -x /usr/bin/time ]; then timer="/usr/bin/time"; fi

echo "| Rows | Stores | Engine | Format | Heap | Wall time (median of $runs) | Peak RSS |"
echo "|---|---|---|---|---|---|---|"
for rows in $sizes; do
    stores=1
    if [ "$rows" -gt 100000 ]; then stores=$(( rows / 36452 )); fi
    file="$dir/paladin-$rows.csv"
    if [ ! -s "$file" ]; then
        "$java" -cp benchmarks/target/benchmarks.jar com.profitsentinel.benchmarks.GenerateExport \
            paladin-29 "$rows" "$stores" "$file" 42 >&2
    fi
    for engine in $engines; do
        times=()
        rss=0
        for _ in $(seq "$runs"); do
            start=$(date +%s.%N)
            if [ -n "$timer" ]; then
                status=0
                JAVA_TOOL_OPTIONS="-Xmx$heap" "$timer" -f "%M" -o "$dir/rss.txt" ./sentinel analyze "$file" \
                    --as-of 2025-06-30 --engine "$engine" --format "$format" --max-rows 5000000 --max-file-mb 2000 \
                    -o "$dir/out.$format" 2>"$dir/err.txt" || status=$?
                if [ "$status" -ne 0 ]; then
                    echo "| $rows | $stores | $engine | $format | $heap | failed (exit $status): $(head -c 120 "$dir/err.txt" | tr '\n' ' ') | |"
                    continue 2
                fi
                r=$(tail -n 1 "$dir/rss.txt")
                if [ "$r" -gt "$rss" ]; then rss=$r; fi
            else
                JAVA_TOOL_OPTIONS="-Xmx$heap" ./sentinel analyze "$file" --as-of 2025-06-30 --engine "$engine" \
                    --format "$format" --max-rows 5000000 --max-file-mb 2000 -o "$dir/out.$format" 2>/dev/null
            fi
            end=$(date +%s.%N)
            times+=("$(echo "$end - $start" | bc)")
        done
        median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
        printf '| %s | %s | %s | %s | %s | %.2f s | %s |\n' "$rows" "$stores" "$engine" "$format" "$heap" \
            "$median" "$([ "$rss" -gt 0 ] && echo "$(( rss / 1024 )) MB" || echo "—")"
    done
done
