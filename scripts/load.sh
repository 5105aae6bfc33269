#!/usr/bin/env bash
# Load test of POST /analysis/analyze (docs/benchmarks.md): starts `./sentinel serve` on a free port with a fresh data
# directory, generates the 36,452-row Paladin export, and runs the closed-loop Java client with 4 and 16 concurrent
# clients. Prints one Markdown row per client count: p50/p95/p99/max latency, throughput, errors.
#
#   scripts/load.sh [--clients "4 16"] [--requests 200] [--warmup 40] [--rows 36452] [--heap 2g] [--dir DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="4 16"
requests=200
warmup=40
rows=36452
heap=2g
dir="${TMPDIR:-/tmp}/sentinel-load"
while [ $# -gt 0 ]; do
    case "$1" in
        --clients) clients="$2"; shift 2 ;;
        --requests) requests="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --rows) rows="$2"; shift 2 ;;
        --heap) heap="$2"; shift 2 ;;
        --dir) dir="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
mkdir -p "$dir"
cd "$root"
echo "building (benchmarks jar and the CLI)..." >&2
./mvnw -q -B -pl benchmarks,cli -am package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true >&2
file="$dir/paladin-$rows.csv"
if [ ! -s "$file" ]; then
    "$java" -cp benchmarks/target/benchmarks.jar com.profitsentinel.benchmarks.GenerateExport \
        paladin-29 "$rows" 1 "$file" 42 >&2
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
rm -rf "$dir/data"
JAVA_OPTS="-Xmx$heap ${SERVER_OPTS:-}" ./sentinel serve --port "$port" --data-dir "$dir/data" >"$dir/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 120); do
    if curl -fsS "http://127.0.0.1:$port/health/shallow" >/dev/null 2>&1; then break; fi
    sleep 0.5
done

echo "| Clients | Requests | p50 | p95 | p99 | max | Throughput | Errors |"
echo "|---|---|---|---|---|---|---|---|"
for count in $clients; do
    "$java" -cp benchmarks/target/benchmarks.jar com.profitsentinel.benchmarks.LoadClient \
        "http://127.0.0.1:$port/analysis/analyze" "$file" "$count" "$requests" "$warmup"
done
