#!/bin/bash
# Runs `stakeline format` on a copy of STORE, kills it with SIGKILL at a random moment, and checks the file is
# still the old or the new version and loads; RUNS times. From the repository: src/test/scripts/kill-format.sh STORE RUNS
# (after mvn package; STAKELINE_JAR names another jar).
set -u
jar=${STAKELINE_JAR:-target/stakeline.jar}
store=$1; runs=$2; work=$(mktemp -d); file=$work/store.json
orig_sum=$(sha256sum < "$store" | cut -c1-16)
cp "$store" "$work/canonical.json"; java -jar "$jar" format "$work/canonical.json" >/dev/null
canon_sum=$(sha256sum < "$work/canonical.json" | cut -c1-16)
old=0; new=0; bad=0
for i in $(seq 1 "$runs"); do
  cp "$store" "$file"
  java -jar "$jar" format "$file" >/dev/null 2>&1 &
  pid=$!
  sleep "$(python3 -c "import random; print(random.uniform(0.3, 4.0))")"
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  sum=$(sha256sum < "$file" | cut -c1-16)
  if [ "$sum" = "$orig_sum" ]; then old=$((old+1)); elif [ "$sum" = "$canon_sum" ]; then new=$((new+1)); else bad=$((bad+1)); fi
  java -jar "$jar" validate "$file" >/dev/null 2>&1 || { echo "run $i: does not load"; bad=$((bad+1)); }
done
echo "runs=$runs old=$old new=$new neither-or-unloadable=$bad leftover-temp-files=$(ls -A $work | grep -c '\.tmp$')"
rm -rf "$work"
