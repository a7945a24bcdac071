#!/usr/bin/env bash
# Two app instances on one PostgreSQL database, as a Camunda 7 cluster (README "Running two nodes"): shared
# database, job executor on both, the same models deployed once. Loopback ports 8081 and 8082 (NODE_A_PORT,
# NODE_B_PORT). Needs the packaged app (mvn -pl plan-app -am package -DskipTests) and a PostgreSQL database
# (PLAN_DB_URL, PLAN_DB_USER, PLAN_DB_PASSWORD; default: database plan on 127.0.0.1 as role plan/plan).
# Node a starts first (it creates the engine's tables and deploys); node b joins when a is healthy.
# Stop both with Ctrl-C. Logs: target/two-nodes/node-*.log.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls plan-app/target/plan-app-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { echo "build the app first: mvn -pl plan-app -am package -DskipTests" >&2; exit 1; }
export SPRING_PROFILES_ACTIVE=postgres
export PLAN_DB_URL=${PLAN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/plan}
export PLAN_DB_USER=${PLAN_DB_USER:-plan}
export PLAN_DB_PASSWORD=${PLAN_DB_PASSWORD:-plan}
a_port=${NODE_A_PORT:-8081}
b_port=${NODE_B_PORT:-8082}
mkdir -p target/two-nodes
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM

start_node() { # name port smtp-port imap-port
  java -Xmx512m -jar "$jar" --server.address=127.0.0.1 --server.port="$2" \
    --plan.data-dir="target/two-nodes/$1-data" \
    --demo.mail-sink.enabled=true --spring.mail.host=127.0.0.1 --spring.mail.port="$3" --demo.mail-sink.imap-port="$4" \
    --camunda.bpm.generic-properties.properties.hostname="$1" >"target/two-nodes/$1.log" 2>&1 &
  pids+=($!)
}

await_healthy() { # name port
  for _ in $(seq 1 300); do
    if curl -fs "http://127.0.0.1:$2/actuator/health" >/dev/null; then echo "$1 up on http://127.0.0.1:$2"; return; fi
    sleep 1
  done
  echo "$1 did not start; see target/two-nodes/$1.log" >&2
  exit 1
}

start_node node-a "$a_port" 3026 3144
await_healthy node-a "$a_port"
start_node node-b "$b_port" 3027 3145
await_healthy node-b "$b_port"
echo "two nodes on one database ($PLAN_DB_URL); Ctrl-C stops both"
wait
