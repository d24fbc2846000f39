#!/usr/bin/env bash
# Builds the installable Stakeline under target/package (see packaging/README.md):
#   runtime/      a jlink runtime with only the JDK modules the app uses, and JavaFX
#   Stakeline/    the jpackage app image: Stakeline/bin/Stakeline opens the app, or runs a command
#   *.deb         a Debian package, when dpkg-deb and fakeroot are present; a .dmg on macOS, an .msi on Windows
#
# Usage: packaging/build.sh [--no-jar] [--image-only]
#   --no-jar       use the jar and target/lib that `mvn package` already built (as the verify phase does)
#   --image-only   stop after the app image and its check; build no installer
#
# Needs a JDK 17 or newer (JAVA_HOME, or the JDK of `javac` on the PATH); before JDK 24, with its jmods folder.
set -euo pipefail
cd "$(dirname "$0")/.."

build_jar=true
installer=true
for arg in "$@"; do
    case "$arg" in
        --no-jar) build_jar=false ;;
        --image-only) installer=false ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "build.sh: $*" >&2; exit 1; }
step() { echo "==> $*"; }

# The JDK: its jlink and jpackage, and the jmods that jlink links from, must be of one version.
if [[ -z "${JAVA_HOME:-}" ]]; then
    javac_path=$(command -v javac) || fail "no JDK found: set JAVA_HOME, or put a JDK's javac on the PATH"
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$javac_path")")")
fi
for tool in jlink jpackage; do
    [[ -x "$JAVA_HOME/bin/$tool" || -x "$JAVA_HOME/bin/$tool.exe" ]] || fail "$JAVA_HOME has no bin/$tool: a JDK 17 or newer is needed"
done
# jlink links the JDK's modules from its jmods folder; JDKs 24 and newer may have none and link from their own
# run-time image instead (JEP 493), which the jlink step below tries.
jdk_modules="$JAVA_HOME/jmods"
[[ -f "$jdk_modules/java.base.jmod" ]] || jdk_modules=""

case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW*|MSYS*|CYGWIN*) os=windows ;;
    *) fail "unsupported system $(uname -s)" ;;
esac

if $build_jar; then
    step "the jar and its libraries (mvn package, tests skipped)"
    mvn -B -q -DskipTests package
fi
[[ -f target/stakeline.jar && -d target/lib ]] || fail "target/stakeline.jar is missing: run without --no-jar"

version=$(sed -n 's:^ *<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)
out=target/package
rm -rf "$out"
mkdir -p "$out/input/lib"

# JavaFX goes into the runtime as modules, from the platform jars Maven fetched (javafx-base-21.0.9-linux.jar); the
# jars without a platform (javafx-base-21.0.9.jar) hold no classes. Everything else stays on the class path, as in the
# jar: PDFBox, its Graphics2D bridge and the font jar are not modules, and the app need not be one.
javafx_jars=()
for jar in target/lib/*.jar; do
    name=$(basename "$jar" .jar)
    if [[ "$name" == javafx-* ]]; then
        [[ "$name" =~ -[0-9.]+$ ]] || javafx_jars+=("$jar")
    else
        cp "$jar" "$out/input/lib/"
    fi
done
(( ${#javafx_jars[@]} > 0 )) || fail "no JavaFX platform jars in target/lib"
cp target/stakeline.jar "$out/input/"
mkdir -p "$out/input/data"
cp data/scale-ai-meta.json "$out/input/data/"
cp packaging/archive-classes.sh "$out/input/"

sep=":"; [[ $os == windows ]] && sep=";"
module_path="$(IFS="$sep"; echo "${javafx_jars[*]}")${jdk_modules:+$sep$jdk_modules}"

# The modules the app and its class-path libraries use (jdeps), with JavaFX's controls. ControlsFX declares
# java.net.http, but only for controls the app does not use.
modules=java.base,java.desktop,java.logging,java.prefs,java.xml,jdk.unsupported,javafx.controls

step "the runtime: $modules"
jlink_hint="$JAVA_HOME has no jmods folder, which a JDK before 24 needs (on Ubuntu: apt-get install openjdk-17-jmods)"
"$JAVA_HOME/bin/jlink" --module-path "$module_path" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
    --exclude-resources "glob:/javafx.*/*.so,glob:/javafx.*/*.dylib,glob:/javafx.*/*.dll" --output "$out/runtime" \
    || fail "jlink failed${jdk_modules:+.}${jdk_modules:-: $jlink_hint}"
# JavaFX's native libraries go where the JDK's own are, so JavaFX loads them from there; left inside the modules, they
# would be copied to ~/.openjfx/cache on each user's first start.
native_dir="$out/runtime/lib"; [[ $os == windows ]] && native_dir="$out/runtime/bin"
for jar in "${javafx_jars[@]}"; do
    libraries=$("$JAVA_HOME/bin/jar" tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
    [[ -z "$libraries" ]] || (cd "$native_dir" && "$JAVA_HOME/bin/jar" xf "$OLDPWD/$jar" $libraries)
done
# The archive for heaps over 32 GiB: such a JVM starts without it.
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
# Linux JDKs often ship their libraries with symbol tables (4 MB of libjvm.so); a crash report then names fewer
# functions, which the app's users cannot read anyway.
if [[ $os == linux ]] && command -v strip > /dev/null; then
    find "$out/runtime/lib" -name '*.so' -exec chmod u+w {} + -exec strip --strip-unneeded {} +
fi

# Options every launch of the packaged app gets. ControlsFX runs on the class path and JavaFX as modules, so the
# JavaFX internals its controls use are exported to it (DesktopLauncher.CONTROLSFX_EXPORTS lists them). The class-data
# archive (archive-classes.sh) makes start-up faster; a JVM that cannot use it starts without it, and says nothing.
java_options=(
    --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
    '-XX:SharedArchiveFile=$APPDIR/stakeline.jsa' -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
)
jpackage_common=(
    --name Stakeline --app-version "$version" --vendor "Stakeline"
    --description "Explore a company's deals, ownership and leadership over time"
    --copyright "Stakeline contributors"
)

icon=packaging/icons/stakeline-256.png
[[ $os == macos ]] && icon=packaging/icons/stakeline.icns
[[ $os == windows ]] && icon=packaging/icons/stakeline.ico

step "the app image"
java_option_args=()
for option in "${java_options[@]}"; do java_option_args+=(--java-options "$option"); done
"$JAVA_HOME/bin/jpackage" --type app-image "${jpackage_common[@]}" \
    --runtime-image "$out/runtime" --input "$out/input" \
    --main-jar stakeline.jar --main-class com.stakeline.cli.Main \
    "${java_option_args[@]}" --icon "$icon" --dest "$out"

case $os in
    linux) image="$out/Stakeline"; launcher="$image/bin/Stakeline"; app_dir="$image/lib/app" ;;
    macos) image="$out/Stakeline.app"; launcher="$image/Contents/MacOS/Stakeline"; app_dir="$image/Contents/app" ;;
    windows) image="$out/Stakeline"; launcher="$image/Stakeline.exe"; app_dir="$image/app" ;;
esac
dataset="$app_dir/data/scale-ai-meta.json"

step "the class-data archive"
"$app_dir/archive-classes.sh"

step "check: the image's launcher runs the command line with no JDK on the PATH and no display"
checks=$(mktemp -d)
no_jdk=(env -u JAVA_HOME -u DISPLAY -u WAYLAND_DISPLAY PATH=/nonexistent)
"${no_jdk[@]}" "$launcher" validate "$dataset"
"${no_jdk[@]}" "$launcher" summary "$dataset" --as-of 2025-07-01 > "$checks/summary.txt"
grep -q "^As of 1 July 2025" "$checks/summary.txt" || fail "summary from the image printed no digest"
"${no_jdk[@]}" "$launcher" export --data "$dataset" --all --out-dir "$checks/exports" > /dev/null
[[ -s "$checks/exports/report.pdf" ]] || fail "export --all from the image wrote no report.pdf"
echo "summary and export --all: ok ($(ls "$checks/exports" | wc -l) files)"
rm -rf "$checks"

if $installer; then
    case $os in
        linux)
            if command -v dpkg-deb > /dev/null && command -v fakeroot > /dev/null; then
                step "the .deb"
                "$JAVA_HOME/bin/jpackage" --type deb "${jpackage_common[@]}" --app-image "$image" --icon "$icon" \
                    --linux-package-name stakeline --linux-deb-maintainer "stakeline@example.org" \
                    --linux-menu-group "Office;Finance" --linux-app-category misc --linux-shortcut \
                    --file-associations packaging/event-store.properties \
                    --resource-dir packaging/linux --dest "$out" ${JPACKAGE_VERBOSE:+--verbose}
            else
                echo "build.sh: no .deb: dpkg-deb and fakeroot are needed (apt-get install dpkg-dev fakeroot)"
            fi
            ;;
        macos)
            step "the .dmg"
            "$JAVA_HOME/bin/jpackage" --type dmg "${jpackage_common[@]}" --app-image "$image" \
                --file-associations packaging/event-store.properties --dest "$out"
            ;;
        windows)
            step "the .msi (needs the WiX Toolset 3 on the PATH)"
            "$JAVA_HOME/bin/jpackage" --type msi "${jpackage_common[@]}" --app-image "$image" \
                --win-menu --win-menu-group Stakeline --win-shortcut --win-dir-chooser \
                --file-associations packaging/event-store.properties --dest "$out"
            ;;
    esac
fi

step "done: $(du -sh "$image" | cut -f1) app image at $image"
ls -l "$out"/*.deb "$out"/*.dmg "$out"/*.msi 2>/dev/null || true
