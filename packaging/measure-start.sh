#!/usr/bin/env bash
# Time from launch to the window on screen, N times: packaging/measure-start.sh N COMMAND [ARGS...]
# Needs a display (run it inside xvfb-run, or with DISPLAY set) and xdotool. Per run it prints the launch-to-mapped
# time seen from outside (a window named "Activation Explorer" found by polling every ~50 ms) and the window's own
# phases (-Dexplorer.startupStats=true, passed through JAVA_TOOL_OPTIONS so it reaches any launcher); then the
# median of the outside figure and the load average.
set -euo pipefail
runs=$1; shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT
times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  JAVA_TOOL_OPTIONS="-Dexplorer.startupStats=true -Dexplorer.quitAfter=1" "$@" >/dev/null 2>"$log" &
  pid=$!
  until xdotool search --onlyvisible --name '^Activation Explorer$' >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: exited before its window appeared:"; cat "$log"; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  wait "$pid" || true
  times+=("$ms")
  echo "run $i: window mapped after $ms ms; $(grep -h '^startup: ' "$log" || echo 'no startup line')"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median $median ms over $runs runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
