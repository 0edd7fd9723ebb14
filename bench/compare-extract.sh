#!/bin/bash
# bench/compare-extract.sh — two builds of policy-graph against each other and the naive peer, on the same files in
# the same run: `extract --json` with --jobs 1, without --jobs and with --jobs 2, in interleaved rounds (other load on
# a shared machine slows single runs down by 2-3x: only the fastest round and the CPU seconds compare).
# Usage: bench/compare-extract.sh BASE_CHECKOUT NEW_CHECKOUT DIR_OF_TXT [ROUNDS]
#   e.g. git archive main | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
#        bench/compare-extract.sh /tmp/base . /tmp/docs 5
set -u
BASE=$(cd "$1" && pwd); NEW=$(cd "$2" && pwd); DIR=$(cd "$3" && pwd); ROUNDS=${4:-3}
OUT=$(mktemp)
FILES=("$DIR"/*.txt)
# Build both first, so no round pays for a rebuild.
for c in "$BASE" "$NEW"; do (cd "$c" && node bin/policy-graph.js extract --json "${FILES[0]}" >/dev/null); done
run() { local name=$1 dir=$2; shift 2; (cd "$dir" && /usr/bin/time -f "$name %e %U %S" -a -o "$OUT" "$@" >/dev/null 2>/dev/null); }
for r in $(seq 1 "$ROUNDS"); do
  run peer "$NEW" node bench/naive-peer.mjs "$DIR"
  run base-jobs1 "$BASE" node bin/policy-graph.js extract --json --jobs 1 "${FILES[@]}"
  run new-jobs1 "$NEW" node bin/policy-graph.js extract --json --jobs 1 "${FILES[@]}"
  run base-default "$BASE" node bin/policy-graph.js extract --json "${FILES[@]}"
  run new-default "$NEW" node bin/policy-graph.js extract --json "${FILES[@]}"
  run new-jobs2 "$NEW" node bin/policy-graph.js extract --json --jobs 2 "${FILES[@]}"
  echo "load average after round $r: $(cut -d' ' -f1-3 /proc/loadavg)"
done
awk '{w=$2; c=$3+$4; if(!($1 in mw)||w<mw[$1])mw[$1]=w; if(!($1 in mc)||c<mc[$1])mc[$1]=c}
  END{for(k in mw) printf "%-13s fastest %5.2f s  least CPU %5.2f s  peer/this (wall) %.3f\n", k, mw[k], mc[k], mw["peer"]/mw[k]}' "$OUT" | sort
rm -f "$OUT"
