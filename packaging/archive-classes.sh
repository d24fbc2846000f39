#!/bin/sh
# Writes stakeline.jsa, the class-data archive that makes the packaged Stakeline start faster, beside this script in
# the app image. The JVM uses an archive only from the folder it was made in (Java 17 checks the class path), so the
# build runs this for the app image and the installers run it again where they install; a moved image just starts
# without it. The archive holds the classes one `export --all` of the bundled dataset loads.
set -e
here=$(cd "$(dirname "$0")" && pwd)
for java in "$here/../runtime/bin/java" "$here/../runtime/Contents/Home/bin/java" "$here/../runtime/bin/java.exe"; do
    [ -x "$java" ] && break
done
config="$here/Stakeline.cfg"
separator=":"
case "$java" in *.exe) separator=";" ;; esac
classpath=$(sed -n 's/^app\.classpath=//p' "$config" | sed "s#\$APPDIR#$here#g" | paste -sd "$separator" -)
# The launcher's own options, but for the archive it reads: the archive must be made with the options it is used with.
options=$(sed -n 's/^java-options=//p' "$config" | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xshare:' || true)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -f "$here/stakeline.jsa"
# shellcheck disable=SC2086 # one option a line, none with spaces
"$java" -XX:ArchiveClassesAtExit="$here/stakeline.jsa" $options -Djava.awt.headless=true -cp "$classpath" \
    com.stakeline.cli.Main export --data "$here/data/scale-ai-meta.json" --all --out-dir "$scratch" \
    --date 2026-01-01 > /dev/null
