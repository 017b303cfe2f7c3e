#!/usr/bin/env bash
# Runs a command N times next to K CPU-bound busy loops, and reports each run's exit status and wall time
# (through repeat-exit.sh, which also flags crash text), then the wall times' minimum, median and maximum.
# Exits 0 only when every run exited 0. The busy loops end with the script, however it ends.
#
#   scripts/repeat-under-load.sh [-n N] [-k K] [-l LOGDIR] -- COMMAND [ARGS...]
#   scripts/repeat-under-load.sh -n 10 -k 2 -- npm test
#
# Defaults: N=10 runs, K=2 busy loops. Each run's output goes to LOGDIR/run-<i>.log.
set -u

runs=10
hogs=2
logdir=''
usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -k) hogs="$2"; shift 2 ;;
    -l) logdir="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ] || ! [[ "$runs" =~ ^[1-9][0-9]*$ ]] || ! [[ "$hogs" =~ ^[0-9]+$ ]]; then usage >&2; exit 2; fi
if [ -z "$logdir" ]; then logdir=$(mktemp -d "${TMPDIR:-/tmp}/repeat-under-load.XXXXXX"); fi
mkdir -p "$logdir"

pids=()
stop_hogs() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  pids=()
}
trap stop_hogs EXIT
trap 'stop_hogs; exit 130' INT TERM
for _ in $(seq 1 "$hogs"); do
  ( trap - INT TERM; while :; do :; done ) &
  pids+=("$!")
done

printf '%d busy loops (pids %s); load average: %s\n' "$hogs" "${pids[*]:-none}" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
KEEP_LOGS=1 "$(dirname "$0")/repeat-exit.sh" -n "$runs" -l "$logdir" -- "$@" | tee "$logdir/summary.txt"
status=${PIPESTATUS[0]}
stop_hogs
sort -n < <(sed -n 's/^run [0-9]*\/[0-9]*: .* (\([0-9]*\)s)$/\1/p' "$logdir/summary.txt") >"$logdir/seconds.txt"
count=$(wc -l <"$logdir/seconds.txt")
if [ "$count" -gt 0 ]; then
  printf 'wall time: min %ss, median %ss, max %ss over %d runs; load average now: %s\n' \
    "$(head -1 "$logdir/seconds.txt")" "$(sed -n "$(( (count + 1) / 2 ))p" "$logdir/seconds.txt")" \
    "$(tail -1 "$logdir/seconds.txt")" "$count" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
fi
exit "$status"
