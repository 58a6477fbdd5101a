#!/usr/bin/env bash
# bench/lighthouse.sh [BASE_URL] — Lighthouse scores of the five pages the front end is held to (100 for
# performance and accessibility, throttled mobile): home, kit index, a kit, a news article of the demo
# data, and the partner search as the validated teacher `teacher-fr`.
#
# Runs /work/shared/tools/lighthouse.sh (TOOLS= elsewhere; it needs `npm install` there and Chromium),
# RUNS=3 times per page by default, medians; PRESET=desktop switches profile. Run it from the project root
# with the server's settings and database (DJANGO_SETTINGS_MODULE, DATABASE_URL): the teacher's session is
# made in that database, and ended at the end.
set -euo pipefail
base="${1:-http://127.0.0.1:8000}"
tools="${TOOLS:-/work/shared/tools}"
export RUNS="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

django() {  # run Python in the project's Django; its log (django-axes reports each log-in) kept aside
  .venv/bin/python manage.py shell --verbosity 0 -c "$1" 2>>"$work/django.log" || { cat "$work/django.log" >&2; exit 1; }
}

"$tools/lighthouse.sh" "$base" /en/ /en/kits/ /en/kits/bees-flowers-biodiversity/ /en/news/european-prizes-2026-winners/

session="$(django "
from django.contrib.auth import get_user_model
from django.test import Client
client = Client()
client.force_login(get_user_model().objects.get(username='teacher-fr'), 'accounts.backends.UsernameOrEmailBackend')
print(client.cookies['sessionid'].value)" | tail -1)"
end_session() {
  django "
from importlib import import_module
from django.conf import settings
import_module(settings.SESSION_ENGINE).SessionStore('$session').delete()"
}
trap 'end_session; rm -rf "$work"' EXIT

# lighthouse.sh passes no options to Lighthouse and runs the Lighthouse of its own folder: a copy of it
# beside a node_modules/.bin/lighthouse that adds the session's cookie measures the same way, logged in.
cp "$tools/lighthouse.sh" "$work/"
mkdir -p "$work/node_modules/.bin"
cat >"$work/node_modules/.bin/lighthouse" <<EOF
#!/bin/sh
exec "$tools/node_modules/.bin/lighthouse" "\$@" --extra-headers='{"Cookie": "sessionid=$session"}'
EOF
chmod +x "$work/node_modules/.bin/lighthouse"
"$work/lighthouse.sh" "$base" /en/live/partners/ | tail -n +2
