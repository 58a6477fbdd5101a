#!/usr/bin/env bash
# bench/edge_cache.sh — the edge cache of docs/deployment.md on this machine: Debian's nginx running
# deploy/nginx/portal.conf on 127.0.0.1:8400 (deploy/nginx/loopback.sh, in a temporary directory) in front
# of the portal served by gunicorn as `make run` serves it, on 127.0.0.1:8401. It shows
#   (a) a page missed, then hit;
#   (b) a publication reaching the reader: a new revision of the page with another title is published
#       from the command line while the page is read through nginx every 100 ms; the new title must show
#       within 1 s of the publication (exit 1 otherwise);
#   (c) requests/s of the cached page through nginx beside nginx serving a saved copy of the same page as
#       a file, each measured RUNS times in turn with load.sh (wrk), medians and their ratio.
# The portal's database, caches and files are the environment's (DATABASE_URL, CACHE_DIR, STATIC_ROOT...,
# as for `make run`; collectstatic must have run). On exit the title is put back (a revision of its own)
# and nginx and gunicorn are stopped.
# Env: PAGE (default /en/about/, a page below a home page), RUNS (2), LOAD_SH, and load.sh's knobs.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
page="${PAGE:-/en/about/}"
runs="${RUNS:-2}"
load_sh="${LOAD_SH:-$repo/../shared/tools/load.sh}"
edge_port=8400 app_port=8401
edge="http://127.0.0.1:$edge_port"
nginx_bin=/usr/sbin/nginx
[ -x "$nginx_bin" ] || { echo "no $nginx_bin: apt-get install nginx" >&2; exit 2; }
for port in $edge_port $app_port; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken" >&2; exit 2; fi
done

# The portal as `make run` serves it, told that nginx is its public address and takes its PURGE requests.
export DEBUG=false DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-portal.settings.dev}"
export BASE_URL="$edge" FRONTEND_CACHE_PURGE_URL="$edge"

work="$(mktemp -d)"
original_title="" publisher="" nginx_pid="" gunicorn_pid=""
cleanup() {
  if [ -n "$publisher" ]; then wait "$publisher" 2>/dev/null || true; fi
  if [ -n "$original_title" ]; then publish "$original_title" >/dev/null || echo "could not restore the title" >&2; fi
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; fi
  if [ -n "$gunicorn_pid" ]; then kill "$gunicorn_pid" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The page's live title (page_title), or a new revision of it with another title, published (publish
# TITLE), through the portal's shell: each prints its answer on a line that starts with its name, which
# the function keeps. publish's answer is the time its transaction commits (seconds since the epoch):
# the publication's own purge of the edge (core.expiry) runs after it.
portal_shell() {
  EDGE_PAGE="$page" EDGE_TITLE="${2:-}" .venv/bin/python manage.py shell -v 0 -c '
import os, time
from django.db import transaction
from wagtail.models import Page
path = os.environ["EDGE_PAGE"]
slug = path.rstrip("/").rsplit("/", 1)[-1]
page = next(p for p in Page.objects.live().filter(slug=slug).specific() if p.get_url() == path)
if not os.environ["EDGE_TITLE"]:
    print("page_title", page.title)
    for version in page.get_translations(inclusive=True):
        print("page_urls", version.get_url(), version.get_parent().get_url())
else:
    # An editor publishes from a gunicorn worker that has served every language already; this fresh
    # process first loads the URL patterns and catalogues of every language (seconds), as that worker did.
    for version in page.get_translations(inclusive=True):
        version.get_url(), version.get_parent().get_url()
    page.title = os.environ["EDGE_TITLE"]
    with transaction.atomic():
        transaction.on_commit(lambda: print("publish", time.time(), flush=True))
        page.save_revision().publish()
' 2>>"$work/shell.log" | sed -n "s/^$1 //p"
}
page_title() { portal_shell page_title; }
page_urls() { portal_shell page_urls; }
publish() { portal_shell publish "$1"; }

# The X-Cache-Status nginx gives the page (deploy/nginx/portal.conf adds it).
cache_status() {
  curl -s -o /dev/null -D - "$edge$page" | awk -F': ' 'tolower($1) == "x-cache-status" { gsub("\r", ""); print $2 }'
}

.venv/bin/gunicorn portal.wsgi:application --bind "127.0.0.1:$app_port" --workers 2 >"$work/gunicorn.log" 2>&1 &
gunicorn_pid=$!
config="$(deploy/nginx/loopback.sh "$work/nginx" "$edge_port" "$app_port")"
mkdir -p "$work/nginx/saved-copy"
echo "location ^~ /saved-copy/ { root $work/nginx; }" >"$work/nginx/extra/saved-copy.conf"
"$nginx_bin" -p "$work/nginx" -c "$config" -g 'daemon off;' &
nginx_pid=$!
# Ready when the health check answers through nginx (never cached); the page is asked of gunicorn
# directly, so that nginx's first reading of it is (a)'s.
for _ in $(seq 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$edge/healthz")" = 200 ] && break
  sleep 0.2
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port$page")" = 200 ] ||
  { echo "$page does not answer 200; gunicorn said:" >&2; tail -20 "$work/gunicorn.log" >&2; exit 1; }

echo "# $(date -Iseconds)  nproc=$(nproc)  loadavg=$(cut -d' ' -f1-3 /proc/loadavg)  $("$nginx_bin" -v 2>&1)" \
  "on $edge, gunicorn (2 workers) on 127.0.0.1:$app_port, page $page"

# A portal that has been serving a while: each worker has rendered every language (URL patterns,
# catalogues, templates), as a publication's refreshes need. Straight from gunicorn, so that nginx's
# cache stays empty, and with a query string of each round's own, so that the portal's page cache
# does not answer for the rendering.
for round in 1 2 3; do
  for url in $(page_urls | tr ' ' '\n' | sort -u); do
    curl -s -o /dev/null "http://127.0.0.1:$app_port$url?warm-up=$round"
  done
done

# (a) A fresh cache: the first reading misses, the next hits.
first="$(cache_status)" second="$(cache_status)"
echo "(a) $page: $first, then $second"
[ "$first" = MISS ] && [ "$second" = HIT ] || { echo "expected MISS, then HIT" >&2; exit 1; }

# (b) The reader polls while the editor publishes; the time runs from the publication's commit.
original_title="$(page_title)"
new_title="$original_title (edge check $$)"
publish "$new_title" >"$work/published-at" &
publisher=$!
deadline=$((SECONDS + 120))
until curl -s "$edge$page" | grep -qF "$new_title"; do
  ((SECONDS < deadline)) || { echo "the new title never reached the reader" >&2; exit 1; }
  sleep 0.1
done
seen_at="$(date +%s.%N)"
wait "$publisher"
publisher=""
published_at="$(cat "$work/published-at")"
[ -n "$published_at" ] || { echo "the publication failed:" >&2; tail -20 "$work/shell.log" >&2; exit 1; }
ms="$(awk -v seen="$seen_at" -v published="$published_at" 'BEGIN { printf "%d", (seen - published) * 1000 }')"
echo "(b) the new title reached the reader through nginx ${ms} ms after the publication (limit 1000 ms);" \
  "now $(cache_status)"
purged="$(grep -c 'Purging URL' "$work/shell.log" || true)"
late="$(grep -o '[0-9]* of [0-9]* refreshes unanswered within [0-9.]* s' "$work/shell.log" || true)"
echo "    the publication refreshed $purged addresses at the edge${late:+; $late (nginx completes those it received)}"
((ms < 1000)) || { echo "too slow" >&2; exit 1; }

# (c) The cached page against the same bytes as a file, alternately.
curl -s -o "$work/nginx/saved-copy/index.html" "$edge$page"
measure() { "$load_sh" "$edge" "$1" | awk 'END { print $2, $6, $7, $8 }'; }
for ((run = 1; run <= runs; run++)); do
  for side in cached saved; do
    path="$page"
    [ "$side" = saved ] && path=/saved-copy/
    read -r rps bad errors probe < <(measure "$path")
    [ "$probe" = 200 ] && [ "$bad" = 0 ] && [ "$errors" = 0 ] ||
      { echo "$side: probe $probe, non-2xx/3xx $bad, socket errors $errors" >&2; exit 1; }
    echo "$side $rps" >>"$work/rates"
    echo "    run $run, $side: $rps req/s"
  done
done
awk '
  { rate[$1] = rate[$1] " " $2 }
  function median(list,    n, v, i, j, t) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++)
      for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  END {
    cached = median(rate["cached"]); saved = median(rate["saved"])
    printf "(c) req/s (median): cached page through nginx %.0f, saved copy served by nginx %.0f," \
      " ratio cached/saved %.2f\n", cached, saved, cached / saved
  }' "$work/rates"
