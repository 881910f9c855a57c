#!/usr/bin/env bash
# A Spark standalone cluster on this machine from the Spark jars jixiao-spark is built with (no Spark distribution
# needed): a master and a worker process, whose executors are JVMs of their own. For trying the job with executors in
# separate JVMs, and for `./jixiao-spark bench DIR --master spark://127.0.0.1:7077` (docs/spark.md#standalone).
#
#   spark/standalone.sh start [CORES [MEMORY]]   # master on spark://127.0.0.1:7077, a worker with CORES (2) and MEMORY (4g)
#   ./jixiao-spark review indicators/ --master spark://127.0.0.1:7077 --format json -o review.json
#   spark/standalone.sh stop
#
# Everything lives under spark/target/standalone: SPARK_HOME (jars/ links to the Spark class path and to
# jixiao-spark.jar, which also brings SLF4J), the logs, the pids and the executors' work folders.
# JIXIAO_SPARK_PORT changes the master's port (7077); its web UI is on 8080, the worker's on 8081.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$here/target/standalone"
port="${JIXIAO_SPARK_PORT:-7077}"

start() {
  local cores="${1:-2}" memory="${2:-4g}"
  if [[ ! -f "$here/target/jixiao-spark.jar" || ! -f "$here/target/spark-classpath.txt" ]]; then
    echo "standalone.sh: build the jar first: ./jixiao-spark --version (or ./mvnw -B -pl spark -am -DskipTests package)" >&2
    exit 2
  fi
  if [[ -f "$top/master.pid" ]] && kill -0 "$(cat "$top/master.pid")" 2>/dev/null; then
    echo "standalone.sh: already running (spark://127.0.0.1:$port); stop it first" >&2
    exit 1
  fi
  rm -rf "$top/home"
  mkdir -p "$top/home/jars" "$top/work"
  tr ':' '\n' < "$here/target/spark-classpath.txt" | while read -r jar || [[ -n "$jar" ]]; do ln -s "$jar" "$top/home/jars/"; done
  ln -s "$here/target/jixiao-spark.jar" "$top/home/jars/"
  # shellcheck disable=SC2207
  local opts=($(sed -n 's:.*<spark.javaOptions>\(.*\)</spark.javaOptions>.*:\1:p' "$here/pom.xml"))
  export SPARK_HOME="$top/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
  java "${opts[@]}" -cp "$top/home/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port 8080 > "$top/master.log" 2>&1 &
  echo $! > "$top/master.pid"
  wait_for "$top/master.log" "I have been elected leader"
  java "${opts[@]}" -cp "$top/home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --webui-port 8081 \
    --cores "$cores" --memory "$memory" --work-dir "$top/work" "spark://127.0.0.1:$port" > "$top/worker.log" 2>&1 &
  echo $! > "$top/worker.pid"
  wait_for "$top/worker.log" "Successfully registered with master"
  echo "spark://127.0.0.1:$port (a worker of $cores cores and $memory; logs in $top)"
}

wait_for() {
  local i
  for i in $(seq 1 120); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "standalone.sh: no '$2' in $1 after 120 s:" >&2
  tail -n 20 "$1" >&2
  exit 1
}

stop() {
  local p
  for p in worker master; do
    if [[ -f "$top/$p.pid" ]]; then
      kill "$(cat "$top/$p.pid")" 2>/dev/null || true
      rm -f "$top/$p.pid"
    fi
  done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: spark/standalone.sh start [CORES [MEMORY]] | stop" >&2; exit 2 ;;
esac
