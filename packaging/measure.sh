#!/usr/bin/env bash
# Prints what the packaging issue measures, for the image packaging/build.sh made: the whole-process time of
# `validate` on the bundled dataset through the image's launcher, with the class-data archive and without it (median,
# min and max of RUNS runs, and peak RSS), the image's size and the installer's.
#
# Usage: packaging/measure.sh [RUNS]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-15}
image=target/package/Stakeline
launcher=$image/bin/Stakeline
archive=$image/lib/app/stakeline.jsa
dataset=$image/lib/app/data/scale-ai-meta.json
[[ -x $launcher && -f $archive ]] || { echo "measure.sh: no app image with its archive: run packaging/build.sh" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "measure.sh: needs GNU time (apt-get install time)" >&2; exit 1; }

validate_times() {
    for _ in $(seq "$runs"); do
        env -u JAVA_HOME PATH=/nonexistent /usr/bin/time -f "%e %M" "$launcher" validate "$dataset" 2>&1 >/dev/null | tail -1
    done | sort -n | awk '{ t[NR] = $1; m[NR] = $2 } END {
        printf "median %.2f s (min %.2f, max %.2f), peak RSS %d MiB\n", t[int((NR + 1) / 2)], t[1], t[NR], m[int((NR + 1) / 2)] / 1024 }'
}

echo "app image: $(du -sb "$image" | awk '{ printf "%.1f MB (%.1f MiB)", $1 / 1e6, $1 / 1048576 }') ($image)"
for installer in target/package/*.deb; do
    [[ -f $installer ]] && echo "installer: $(du -b "$installer" | awk '{ printf "%.1f MB", $1 / 1e6 }') ($installer)"
done
echo "validate, $runs runs, with the archive:    $(validate_times)"
aside=$(mktemp)
mv "$archive" "$aside"
trap 'mv "$aside" "$archive"' EXIT
echo "validate, $runs runs, without the archive: $(validate_times)"
