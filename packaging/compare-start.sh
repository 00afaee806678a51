#!/usr/bin/env bash
# Start times of several launch commands, taken in turn (A B C A B C …) so that a busy machine's load falls on all
# of them alike: packaging/compare-start.sh ROUNDS 'LABEL=COMMAND' ... (needs a display and xdotool, as
# measure-start.sh). Prints each run, then per label the median of: launch to the window mapped (seen from
# outside), the in-window marks (ms since launch) and the CPU time to the first drawn frame.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rounds=$1; shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    label=${spec%%=*}
    # shellcheck disable=SC2086  # the command is split into words on purpose
    line=$("$here/measure-start.sh" 1 ${spec#*=} | grep '^run 1:' || true)
    echo "$label, round $round: ${line#run 1: }"
    echo "$line" >> "$out/$label"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print a[int((NR+1)/2)]; else print "-"}'; }
echo "medians over $rounds rounds (load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
for spec in "$@"; do
  label=${spec%%=*}
  f=$out/$label
  mapped=$(sed -n 's/.*mapped after \([0-9]*\) ms.*/\1/p' "$f" | median)
  phases=""
  for phase in main toolkit window shown drawn; do
    phases="$phases $phase $(sed -n "s/.* $phase \([0-9]*\).*/\1/p" "$f" | median)"
  done
  cpu=$(sed -n 's/.* drawn [0-9]* (\([0-9]*\)).*/\1/p' "$f" | median)
  echo "  $label: window mapped $mapped ms; marks$phases; cpu to drawn $cpu ms"
done
