#!/usr/bin/env bash
# compare.sh REF_BASE PORTAL_BASE "label|ref_path|portal_path"... — requests/s of the portal beside a
# reference Wagtail site (wagtail/bakerydemo), page type by page type, measured with load.sh (wrk).
# Each pair is measured RUNS times (default 2), the reference then the portal in turn, so that a busy
# spell of the machine falls on both; the table gives the medians, the ratio portal/reference and the
# portal's p95. Load knobs are load.sh's (THREADS CONNS DURATION WARMUP TIMEOUT); LOAD_SH is its path.
# Example:
#   bench/compare.sh http://127.0.0.1:8200 http://127.0.0.1:8300 "home|/|/en/" "search|/search/?q=bread|/en/search/?q=water"
set -euo pipefail
usage='usage: bench/compare.sh REF_BASE PORTAL_BASE "label|ref_path|portal_path"...'
[ $# -ge 3 ] || { echo "$usage" >&2; exit 2; }
ref_base="${1%/}" portal_base="${2%/}"
shift 2
repo="$(cd "$(dirname "$0")/.." && pwd)"
load_sh="${LOAD_SH:-$repo/../shared/tools/load.sh}"
runs="${RUNS:-2}"
# load.sh's defaults, exported so that the header states what was really used.
export THREADS="${THREADS:-2}" CONNS="${CONNS:-32}" DURATION="${DURATION:-15s}" WARMUP="${WARMUP:-3s}" TIMEOUT="${TIMEOUT:-10s}"

# load.sh refuses other hosts too, but only when their turn comes: check both before measuring anything.
refuse_non_loopback() {
  [[ "$1" =~ ^https?://(127\.[0-9]+\.[0-9]+\.[0-9]+|localhost|\[::1\])(:[0-9]+)?$ ]] ||
    { echo "refusing non-loopback target: $1" >&2; exit 2; }
}
refuse_non_loopback "$ref_base"
refuse_non_loopback "$portal_base"
for pair in "$@"; do
  [[ "$pair" =~ ^[^|]+\|/[^|]*\|/[^|]*$ ]] || { echo "bad pair: $pair" >&2; echo "$usage" >&2; exit 2; }
done

# One load.sh run of one path -> "req/s p95_ms non2xx3xx sockerr probe" (its last line, path column dropped).
# Then one request more, answered only once the server has worked through the requests wrk left queued
# when it stopped: on a small machine that tail would otherwise eat into the other site's measurement.
measure() {
  "$load_sh" "$1" "$2" | awk 'END { print $2, $4, $6, $7, $8 }'
  curl -s -o /dev/null --max-time 60 "$1$2" || true
}

echo "# $(date -Iseconds)  nproc=$(nproc)  loadavg=$(cut -d' ' -f1-3 /proc/loadavg)  THREADS=$THREADS CONNS=$CONNS" \
  "DURATION=$DURATION WARMUP=$WARMUP TIMEOUT=$TIMEOUT RUNS=$runs  reference=$ref_base portal=$portal_base"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for pair in "$@"; do
  IFS='|' read -r label ref_path portal_path <<<"$pair"
  echo "# $label: $ref_path | $portal_path"
  for ((run = 1; run <= runs; run++)); do
    for side in reference portal; do
      if [ "$side" = reference ]; then base="$ref_base" path="$ref_path"; else base="$portal_base" path="$portal_path"; fi
      printf '%s\t%s\t%s\n' "$label" "$side" "$(measure "$base" "$path")" | tee -a "$results" >&2
    done
  done
done

# A side is flagged when its probe was not 200 or wrk saw error statuses or socket errors in any run,
# so that a redirect or an error page is never read as a fast page.
awk -F'\t' '
  function add(name, x) { val[name, ++count[name]] = x }
  function median(name,    n, i, j, v, t) {
    n = count[name]
    for (i = 1; i <= n; i++) v[i] = val[name, i] + 0
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  {
    key = $1; side = $2; split($3, f, " ")
    if (!(key in seen)) { seen[key] = 1; order[++pairs] = key }
    add(key SUBSEP side SUBSEP "rps", f[1]); add(key SUBSEP side SUBSEP "p95", f[2])
    if (f[1] !~ /^[0-9.]+$/ || f[3] != 0 || f[4] != 0 || f[5] != 200)
      note[key] = (note[key] ? note[key] " " : "") sprintf("%s[probe=%s non2xx3xx=%s sockerr=%s]", side, f[5], f[3], f[4])
  }
  END {
    printf "%-26s %12s %12s %8s %14s  %s\n", "page type", "ref_req/s", "portal_req/s", "ratio", "portal_p95_ms", "notes"
    for (k = 1; k <= pairs; k++) {
      key = order[k]; ref = median(key SUBSEP "reference" SUBSEP "rps"); portal = median(key SUBSEP "portal" SUBSEP "rps")
      ratio = ref > 0 ? sprintf("%.2f", portal / ref) : "-"
      printf "%-26s %12.1f %12.1f %8s %14.1f  %s\n", key, ref, portal, ratio,
        median(key SUBSEP "portal" SUBSEP "p95"), note[key] ? note[key] : "ok"
    }
  }' "$results"
