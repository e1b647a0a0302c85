#!/usr/bin/env bash
# Load test of `policybot serve` over loopback, from separate processes:
#   1. wrk, closed loop (as fast as it goes): /healthz, then /api/ask with ~30 varied questions;
#   2. bench/OpenLoad.java, open loop at a constant rate (wrk2-style): /api/ask at $RATE req/s.
# Usage: bench/http-load.sh
#   env: PORT=18080 THREADS=2 CONNECTIONS=16 DURATION=20 RATE=200 JAR=app/target/policybot.jar
# Needs wrk (apt-get install wrk). Prints the machine, the commands and the figures.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. .mvn/jdk.sh

PORT=${PORT:-18080}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20}
RATE=${RATE:-200}
JAR=${JAR:-app/target/policybot.jar}
base="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
  ./mvnw -q -B -DskipTests package -pl app -am
fi

echo "== machine"
echo "nproc: $(nproc)"
lscpu | head -n 15
free -h | head -n 2
"$JAVA_HOME/bin/java" -version 2>&1 | head -n 1
wrk --version 2>&1 | head -n 1 || true

log=$(mktemp)
PORT=$PORT POLICYBOT_BIND_ADDRESS=127.0.0.1 POLICYBOT_LOG_LEVEL=WARN \
  "$JAVA_HOME/bin/java" ${POLICYBOT_JAVA_OPTS:-} -jar "$JAR" serve >"$log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 100); do
  curl -fsS "$base/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "$base/readyz" >/dev/null || { echo "bench: server did not get ready" >&2; cat "$log" >&2; exit 1; }

echo "== warm-up (JIT): 10 s of /api/ask, not counted"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/ask.lua "$base" >/dev/null

echo "== closed loop: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency $base/healthz"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$base/healthz"
echo "== closed loop: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s bench/ask.lua $base (/api/ask, 30 repeated questions)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/ask.lua "$base"
echo "== closed loop: DISTINCT=1 wrk ... -s bench/ask.lua $base (/api/ask, every question new)"
DISTINCT=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/ask.lua "$base"

echo "== open loop: java bench/OpenLoad.java $base /api/ask $RATE $DURATION bench/questions.txt"
"$JAVA_HOME/bin/java" bench/OpenLoad.java "$base" /api/ask "$RATE" "$DURATION" bench/questions.txt
"$JAVA_HOME/bin/java" -Ddistinct=true bench/OpenLoad.java "$base" /api/ask "$RATE" "$DURATION" bench/questions.txt
"$JAVA_HOME/bin/java" bench/OpenLoad.java "$base" /healthz "$RATE" "$DURATION"
