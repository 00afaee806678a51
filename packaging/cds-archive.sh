#!/usr/bin/env bash
# Replaces the default class-data-sharing archive of an app image's runtime (lib/runtime/lib/server/classes.jsa)
# with one holding every JDK and JavaFX class that a window run and some command-line runs of the image load:
#   packaging/cds-archive.sh IMAGE WORK
# Why this kind of archive: the JVM uses a runtime's default archive wherever the folder is installed or copied. An
# archive of class-path classes (-XX:ArchiveClassesAtExit, "dynamic AppCDS") records the jars' absolute paths, and
# JDK 17 refuses it anywhere else (the .deb's /opt/activation-explorer, a copied folder) with a warning on stdout.
# Our own ~230 classes, Gson's and ControlsFX's stay out; the ~4,500 JavaFX and JDK classes of a window start are in.
# Measured: the CPU time to the first drawn window fell from 2.46 s (jlink's default archive) to 1.88 s (README).
set -euo pipefail
image=$1
work=$2
launcher=$image/bin/activation-explorer
lists=$work/classlists
scratch=$work/scratch
say() { printf '[dist] %s\n' "$*" >&2; }
mkdir -p "$lists" "$scratch"

# Where the runs write: nothing lands in the builder's home (runs, window place, exports)
# (-Dexplorer.runs: the launcher's own -Dexplorer.home comes after JAVA_TOOL_OPTIONS and wins over one given here)
keep_home="-Dexplorer.runs=$scratch/runs -Djava.util.prefs.userRoot=$scratch/prefs"

# 1. The window, twice: a run of PAU started at once and quit 8 s after the window is drawn (training, frames,
#    saving), then a plain start that reads the window's place saved by the first (java.util.prefs reads XML)
window() {
  local list=$1; shift
  local opts="-XX:DumpLoadedClassList=$lists/$list.txt $keep_home $*"
  if command -v xvfb-run >/dev/null; then   # also on a desktop: no window pops up during the build
    JAVA_TOOL_OPTIONS=$opts timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$launcher" > "$lists/$list.log" 2>&1
  else
    JAVA_TOOL_OPTIONS=$opts timeout 300 "$launcher" > "$lists/$list.log" 2>&1
  fi || say "the window run ended with $? (see $lists/$list.log)"
}
if command -v xvfb-run >/dev/null || [ -n "${DISPLAY:-}" ]; then
  where=$(command -v xvfb-run >/dev/null && echo "under xvfb-run" || echo "on DISPLAY $DISPLAY")
  say "class lists: the window ($where)"
  window window-training -Dexplorer.autostart=pau -Dexplorer.epochs=1 -Dexplorer.quitAfter=8
  window window-again -Dexplorer.quitAfter=1
else
  say "class lists: no display and no xvfb-run, so the archive lacks the window's classes (apt-get install xvfb)"
fi

# 2. The command line: train and save, export in three formats, predict on an exported image
cli() {
  local list=$1; shift
  env -i JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$lists/$list.txt $keep_home" "$launcher" "$@" \
    >> "$lists/cli.log" 2>&1 || true   # a refused image in predict still lists its classes
}
say "class lists: the command line"
cli train train --epochs 1 --limit 500 --save "$scratch/run.aerun"
cli export-png export --run "$scratch/run.aerun" --what all --format png --out "$scratch/exports"
cli export-pdf export --run "$scratch/run.aerun" --what all --format pdf --out "$scratch/exports"
cli export-gif export --run "$scratch/run.aerun" --what activations --format gif --out "$scratch/exports"
png=$(find "$scratch/exports" -name '*.png' | head -1)
[ -z "$png" ] || cli predict predict --run "$scratch/run.aerun" --image "$png"

# 3. One list: without ids (the parser rejects the same id twice), without the class path's classes (the dump
#    cannot see them and would warn about each), each line once
for jar in "$image"/lib/app/*.jar; do unzip -Z1 "$jar" '*.class' 2>/dev/null; done | sed 's/\.class$//' \
  | sort -u > "$work/classpath-classes.txt"
cat "$lists"/*.txt | grep -v -e '^#' | sed 's/ id: [0-9]*$//' \
  | awk 'NR == FNR { cp[$1] = 1; next }
         { key = ($1 == "@lambda-proxy") ? $2 : $1 }
         !(key in cp) && !seen[$0]++' "$work/classpath-classes.txt" - > "$work/classlist"
say "archive: $(grep -vc '^@' "$work/classlist") classes, $(grep -c '^@' "$work/classlist") lambda and invoker lines"

# 4. The dump, into the runtime's default place
archive=$image/lib/runtime/lib/server/classes.jsa
rm -f "$archive"
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/classlist" \
  -XX:SharedArchiveFile="$archive" --add-modules jdk.incubator.vector > "$lists/dump.log" 2>&1 \
  || { say "the dump failed (see $lists/dump.log)"; exit 1; }
# -Xshare:on fails instead of running without the archive: proof that the launcher maps it
env -i JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" list-activations > /dev/null 2>&1 \
  || { say "the launcher cannot map the new archive (see $lists/dump.log)"; exit 1; }
say "archive: $archive ($(du -h "$archive" | cut -f1))"
