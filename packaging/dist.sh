#!/usr/bin/env bash
# Builds target/dist/: activation-explorer/, a folder that runs on a machine without Java (bin/activation-explorer:
# the window with no arguments, the command line of bin/explorer otherwise), and a .deb installing it in
# /opt/activation-explorer with a desktop entry. Run by `mvn -B -Pdist package` (see the pom's dist profile), which
# compiles the classes and lists the dependencies' jars in target/dist-work/class-path.txt first:
#   packaging/dist.sh JAVA_HOME VERSION        (Linux x64: the JavaFX jars and the .deb are this platform's)
# Steps: a trimmed runtime (jlink: the JDK modules the program uses and JavaFX's, from its modular Maven jars; the
# application stays on the class path), the app image (jpackage), the bundled MNIST beside it, a class-data-sharing
# archive of the classes a window run and command-line runs load, and the .deb (jpackage, if dpkg-deb and fakeroot
# are here). Needs a display or xvfb-run for the window's part of the archive; without either the archive holds
# the command line's classes only, and the window starts slower (said at the end).
set -euo pipefail

java_home=$1
version=${2%%-*}                        # jpackage wants numbers: 0.1.0-SNAPSHOT -> 0.1.0
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$root/target/dist-work
dist=$root/target/dist
name=activation-explorer
image=$dist/$name
jlink=$java_home/bin/jlink
jpackage=$java_home/bin/jpackage
java=$java_home/bin/java

say() { printf '[dist] %s\n' "$*" >&2; }
for tool in "$jlink" "$jpackage" "$java"; do
  [ -x "$tool" ] || { say "missing $tool: the dist profile needs a full JDK 17+ (jlink, jpackage)"; exit 1; }
done

rm -rf "$dist" "$work/runtime" "$work/input" "$work/scratch" "$work/classlists"
mkdir -p "$dist" "$work/input" "$work/scratch" "$work/classlists"

# --- the application's class path: our classes as one jar, and every dependency but JavaFX ---
# (class-path.txt: the runtime dependencies' jars in the local repository, written by Maven)
"$java_home/bin/jar" --create --file "$work/input/$name.jar" -C "$root/target/classes" .
fx_jars=
for jar in $(tr ':' ' ' < "$work/class-path.txt"); do
  case $(basename "$jar") in
    javafx-*-linux.jar) fx_jars=${fx_jars:+$fx_jars:}$jar ;;   # this platform's modular JavaFX jars
    javafx-*) ;;                                               # the empty platform-independent ones
    *) cp "$jar" "$work/input/" ;;
  esac
done
[ -n "$fx_jars" ] || { say "no JavaFX jars for Linux in $work/class-path.txt"; exit 1; }

# --- a runtime with only the modules the program uses ---
# jdeps over our jar and its dependencies gives java.base, java.compiler (picocli), java.desktop (Java2D and ImageIO
# for exports and predict), java.prefs (the window's place), java.sql (Gson's date adapters) and javafx.controls;
# reflection adds jdk.unsupported (Gson's allocator) and java.logging (JavaFX and commons-logging); the Vector API
# kernels need jdk.incubator.vector, and special/KernelInlining links against java.management (its MBean call then
# finds no directives command in this runtime, so the directive comes as a file below). Not included: jdk.localedata (numbers are formatted in Locale.ROOT) and
# jdk.charsets (files are UTF-8).
modules=java.base,java.compiler,java.desktop,java.logging,java.prefs,java.sql,jdk.unsupported,jdk.incubator.vector
modules=$modules,java.management,javafx.controls
# JavaFX's Maven jars for this platform (the "-linux" ones) are modular jars; their native libraries are resources,
# which JavaFX would copy into ~/.openjfx/cache on every first start. They go into the runtime's lib/ instead (where
# JavaFX looks first in a linked image, as with its jmods) and are left out of the modules.
say "jlink: $modules"
# No --compress: the modules file stays 61 MB instead of ~35, but resources the archive does not hold (CSS, fonts)
# are read without inflating; the .deb is compressed anyway.
"$jlink" --module-path "$fx_jars" --add-modules "$modules" --exclude-resources='**.so' \
  --strip-debug --no-man-pages --no-header-files --generate-cds-archive --output "$work/runtime" 2>&1 \
  | { grep -v '^WARNING: Using incubator modules' || true; }
rm -f "$work/runtime/bin/keytool"   # bin/java stays: the archive below is dumped with it
for jar in ${fx_jars//:/ }; do
  unzip -q -o -j "$jar" '*.so' -d "$work/runtime/lib/" 2>/dev/null || true   # only javafx-graphics has natives
done

# --- the app image ---
"$java" "$root/packaging/Icon.java" "$work/$name.png" 256
# -Dexplorer.home: runs and exports go to ~/ActivationExplorer (SaveFolders), not the install folder.
# -Dfile.encoding=UTF-8: formulas and arrows print as UTF-8 even with no locale set (the default from JDK 18 on).
# -XX:+UseParallelGC: as bin/explorer (training throughput).
say "jpackage: app image"
# The compiler directive that keeps the Vector API kernels out of their callers (special/KernelInlining, decision
# 0003 item 8), as a file read at start: this trimmed runtime's DiagnosticCommand MBean offers no directives command.
# The JVM announces "2 compiler directives added" on its output; DisplayVMOutputToStderr keeps stdout for our JSON.
cp "$root/target/classes/org/activationexplorer/activation/special/kernel-directives.json" "$work/input/"
"$jpackage" --type app-image --name "$name" --app-version "$version" --dest "$dist" \
  --runtime-image "$work/runtime" --input "$work/input" --main-jar "$name.jar" \
  --main-class org.activationexplorer.Main --icon "$work/$name.png" \
  --description "Trains small networks on MNIST and shows their learned activation functions" \
  --vendor "Activation Explorer" \
  --java-options '--add-modules=jdk.incubator.vector' --java-options '-XX:+UseParallelGC' \
  --java-options '-Dexplorer.home=~/ActivationExplorer' --java-options '-Dfile.encoding=UTF-8' \
  --java-options '-XX:+UnlockDiagnosticVMOptions' --java-options '-XX:+DisplayVMOutputToStderr' \
  --java-options '-XX:CompilerDirectivesFile=$APPDIR/kernel-directives.json'
# The bundled MNIST where DatasetFolders looks beside the jar's folder: lib/app/NAME.jar -> lib/datasets/mnist
mkdir -p "$image/lib/datasets"
cp -r "$root/datasets/mnist" "$image/lib/datasets/"

# --- the class-data-sharing archive ---
"$root/packaging/cds-archive.sh" "$image" "$work"

# --- a check that the folder runs with nothing set ---
env -i "$image/bin/$name" list-activations > "$work/scratch/list.txt" 2>/dev/null \
  || { say "the app image does not run: env -i $image/bin/$name list-activations"; exit 1; }
say "app image: $image ($(du -sh "$image" | cut -f1)), $(grep -c '^[a-z]' "$work/scratch/list.txt") families listed"

# --- the .deb ---
if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  say "jpackage: deb"
  # Depends: jpackage adds the packages of the libraries in the image (JavaFX's GTK glass among them) as found on
  # this machine; libgtk-3-0 is named as well for a build machine without GTK. packaging/linux holds the desktop
  # entry and the postinst/prerm that put it in /usr/share/applications.
  "$jpackage" --type deb --app-image "$image" --name "$name" --app-version "$version" --dest "$dist" \
    --description "Trains small networks on MNIST and shows their learned activation functions" \
    --vendor "Activation Explorer" --linux-deb-maintainer "activation-explorer@users.noreply.github.com" \
    --linux-package-deps "libgtk-3-0" --linux-app-category science \
    --linux-menu-group "Education;ArtificialIntelligence;" \
    --linux-shortcut --icon "$work/$name.png" --resource-dir "$root/packaging/linux"
  say "deb: $(ls "$dist"/*.deb)"
else
  say "no .deb: dpkg-deb or fakeroot is missing (apt-get install -y fakeroot)"
fi
