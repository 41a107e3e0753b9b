#!/usr/bin/env bash
# The suite on a busy machine (issue 14): npm test three times in a row while two CPU-bound processes of our own load both cores for at most 45 minutes; then no test process may be left running.
set -uo pipefail
cd "$(dirname "$0")/.."
load=()
for _ in 1 2; do timeout 2700 node -e 'for (;;) {}' & load+=($!); done
trap 'kill "${load[@]}" 2>/dev/null' EXIT
status=0
for run in 1 2 3; do
  echo "== run $run, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s)
  if npm test > "/tmp/busy-suite-$run.log" 2>&1; then echo "   green in $(( $(date +%s) - start )) s"; else echo "   RED in $(( $(date +%s) - start )) s: /tmp/busy-suite-$run.log"; status=1; fi
  grep -E '^# \{ total' "/tmp/busy-suite-$run.log" | tail -1
done
kill "${load[@]}" 2>/dev/null
# Anything a test spawned (servers, CLIs, the crash child, tethered helpers, browsers) must be gone.
left=$(pgrep -af 'src/server.ts|src/cli.ts|ingest-until-killed|parent-of-one|tether.mjs|chromium.*--headless' | grep -v pgrep || true)
if [ -n "$left" ]; then echo "left running:"; echo "$left"; status=1; else echo "no test process left running"; fi
exit $status
