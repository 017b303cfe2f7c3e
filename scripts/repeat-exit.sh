#!/usr/bin/env bash
# Runs a command N times and reports every run that exits non-zero or dies of a signal (a segmentation
# fault at exit shows as signal 11, exit status 139). Exits 0 only when every run exited 0.
#
#   scripts/repeat-exit.sh [-n N] [-l LOGDIR] -- COMMAND [ARGS...]
#   scripts/repeat-exit.sh -n 10 -- npm test
#
# Each run's output goes to LOGDIR/run-<i>.log (default: a temporary directory, kept when a run fails).
set -u

runs=10
logdir=''
usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    -l) logdir="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
if [ $# -eq 0 ] || ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then usage >&2; exit 2; fi
if [ -z "$logdir" ]; then logdir=$(mktemp -d "${TMPDIR:-/tmp}/repeat-exit.XXXXXX"); fi
mkdir -p "$logdir"

failed=0
for i in $(seq 1 "$runs"); do
  started=$(date +%s)
  "$@" >"$logdir/run-$i.log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - started ))
  verdict='ok'
  if [ "$status" -gt 128 ]; then
    verdict="signal $((status - 128)) ($(kill -l $((status - 128)) 2>/dev/null || echo '?'))"
  elif [ "$status" -ne 0 ]; then
    verdict="exit $status"
  fi
  if grep -qiE 'segmentation fault|core dumped|SIGSEGV|Assertion .* failed' "$logdir/run-$i.log"; then
    verdict="$verdict; crash text in output"
  fi
  [ "$verdict" = 'ok' ] || failed=$((failed + 1))
  printf 'run %d/%d: %s (%ds)\n' "$i" "$runs" "$verdict" "$seconds"
done
if [ "$failed" -eq 0 ] && [ -z "${KEEP_LOGS:-}" ] && [[ "$logdir" == "${TMPDIR:-/tmp}"/repeat-exit.* ]]; then
  rm -rf "$logdir"
  printf '0 of %d runs failed\n' "$runs"
  exit 0
fi
printf '%d of %d runs failed; logs in %s\n' "$failed" "$runs" "$logdir"
[ "$failed" -eq 0 ]
