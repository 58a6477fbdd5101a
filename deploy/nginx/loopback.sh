#!/usr/bin/env bash
# deploy/nginx/loopback.sh DIR PORT APP_PORT — writes DIR/nginx.conf: deploy/nginx/portal.conf on the
# loopback, without TLS and without root (for bench/edge_cache.sh and core/tests/test_edge.py). nginx
# listens on 127.0.0.1:PORT, takes the portal's PURGE requests there too, and proxies to a portal on
# 127.0.0.1:APP_PORT; its cache, logs and temporary files stay in DIR; static files and uploads are
# served from STATIC_ROOT and MEDIA_ROOT (the portal's defaults unless set, as for the portal itself).
# Files put in DIR/extra/*.conf are included in the server block. Run it with:
#   nginx -p DIR -c DIR/nginx.conf -g 'daemon off;'
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 DIR PORT APP_PORT" >&2; exit 2; }
dir="$(mkdir -p "$1" && cd "$1" && pwd)" port="$2" app_port="$3"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
static_root="${STATIC_ROOT:-$repo/staticfiles}" media_root="${MEDIA_ROOT:-$repo/media}"
mkdir -p "$dir/cache" "$dir/tmp" "$dir/logs" "$dir/extra"

# The HTTPS blocks and lines go; the loopback listener (8081) takes the port; the rest is the same file.
sed -e '/^# BEGIN https only/,/^# END https only/d' -e '/# https$/d' \
  -e "s|127\.0\.0\.1:8081|127.0.0.1:$port|g" -e "s|127\.0\.0\.1:8000|127.0.0.1:$app_port|g" \
  -e 's|portal\.example|127.0.0.1|g' -e "s|/var/cache/nginx/portal|$dir/cache|g" \
  -e "s|/srv/portal/staticfiles/|${static_root%/}/|g" -e "s|/srv/portal/media/|${media_root%/}/|g" \
  -e "s|^\( *\)server_name .*|&\n\1include $dir/extra/*.conf;|" \
  "$here/portal.conf" >"$dir/portal.conf"

# Started by root, nginx's workers would run as nobody, who may not enter DIR or the repository: they
# run as whoever starts it (nginx ignores the directive, with a warning, for anyone else).
user_line=""
[ "$(id -u)" != 0 ] || user_line="user $(id -un) $(id -gn);"

cat >"$dir/nginx.conf" <<EOF
# Made by deploy/nginx/loopback.sh from deploy/nginx/portal.conf; do not edit.
$user_line
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events {
    worker_connections 1024;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include $dir/portal.conf;
}
EOF
echo "$dir/nginx.conf"
