"""The database connection and its time-outs: a database that stops answering must cost a web
request a few seconds and the portal's 503 page, never a worker held until the server kills it.

- Connecting gives up after DATABASE_CONNECT_TIMEOUT seconds (psycopg would otherwise wait 130 s
  for a server that accepted the TCP connection and then said nothing).
- Web requests (portal/wsgi.py and `runserver` call `serve_web_requests`) get a statement time-out:
  PostgreSQL cancels any statement running longer than DATABASE_STATEMENT_TIMEOUT. Management
  commands (migrate, load_demo_data, update_index) get none: they may legitimately run a long
  statement, and an operator is watching them.
- A statement time-out is enforced by the server, so a server that is paused (SIGSTOP, `docker
  pause`, a frozen VM) never enforces it, and TCP keep-alives do not notice either: the paused
  server's kernel still acknowledges every packet. So web requests also stop *waiting* for an
  answer after the statement time-out plus a margin (`wait_for_answers_at_most`), and Django's check
  of a kept connection at the start of each request gets the short DATABASE_HEALTH_CHECK_TIMEOUT.
- SQLite, the embedded default, waits for another process's write instead of failing with "database
  is locked": WAL journal, a busy time-out and transactions that take the write lock when they begin.

The time-outs surface as `django.db.OperationalError`, which core.errors answers with the 503 page.
"""

import weakref

import environ

# Keep-alive probes find a kept connection whose server or network has gone (not a paused server,
# see above) after 30 s idle + 3 probes 10 s apart; data left unacknowledged for 30 s ends it too.
POSTGRESQL_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,  # milliseconds
}
# How much longer than the statement time-out a web request waits for any answer: a server that is
# alive cancels the statement itself first, and the connection stays usable.
ANSWER_MARGIN = 2
# WAL lets pages be read while an editor's change is written; NORMAL synchronisation is safe with WAL
# (a power cut may lose the last transactions, never the database).
SQLITE_INIT_COMMAND = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
# How long management commands wait for another process's SQLite write (web requests wait at most
# their statement time-out).
SQLITE_COMMAND_BUSY_TIMEOUT = 30

_web_requests = False


def serve_web_requests():
    """Marks this process as one that answers web requests, before the settings are read."""
    global _web_requests
    _web_requests = True


def serving_web_requests():
    return _web_requests


def is_postgresql(engine):
    return engine.endswith(("postgresql", "postgis"))


def is_sqlite(engine):
    return engine.endswith(("sqlite3", "spatialite"))


def database_settings(url, *, connect_timeout=5, statement_timeout=None, health_check_timeout=2):
    """The DATABASES entry for `url` (a DATABASE_URL) with the portal's time-outs, in seconds.

    `statement_timeout` is for web requests only (None or 0: no limit, as for management
    commands). Options given in the URL's query string win over these defaults. Two keys of our own
    ride along, read by `wait_for_answers_at_most` and `check_database`: ANSWER_TIMEOUT and
    HEALTH_CHECK_TIMEOUT.
    """
    config = environ.Env.db_url_config(url)
    options = config.setdefault("OPTIONS", {})
    config["HEALTH_CHECK_TIMEOUT"] = health_check_timeout
    engine = config.get("ENGINE", "")  # none for an empty DATABASE_URL: production.py names it missing
    if is_postgresql(engine):
        for name, value in {"connect_timeout": connect_timeout, **POSTGRESQL_KEEPALIVES}.items():
            options.setdefault(name, value)
        if statement_timeout:
            server_options = f"-c statement_timeout={round(statement_timeout * 1000)}"
            options["options"] = f"{options['options']} {server_options}" if options.get("options") else server_options
            config["ANSWER_TIMEOUT"] = statement_timeout + ANSWER_MARGIN
    elif is_sqlite(engine):
        options.setdefault("timeout", statement_timeout or SQLITE_COMMAND_BUSY_TIMEOUT)
        # Django begins transactions DEFERRED: one that reads, then writes while another process
        # writes, fails at once with "database is locked" (SQLite cannot wait there without a
        # deadlock). IMMEDIATE takes the write lock at BEGIN, where the busy time-out does wait.
        options.setdefault("transaction_mode", "IMMEDIATE")
        options.setdefault("init_command", SQLITE_INIT_COMMAND)
    return config


def wait_for_answers_at_most(sender, connection, **kwargs):
    """connection_created receiver: on a PostgreSQL connection of a web request (ANSWER_TIMEOUT
    set), stop waiting for the server after ANSWER_TIMEOUT seconds, or HEALTH_CHECK_TIMEOUT for
    Django's check of a kept connection (CONN_HEALTH_CHECKS: one SELECT 1 at the first query of a
    request), then close the connection and raise OperationalError.

    psycopg has no client-side query time-out; every wait for the server goes through the
    connection's `wait(gen, interval, timeout)`, which psycopg 3.3 (pinned) bounds with `timeout`
    and ends with `errors._WaitTimeout`. Both are psycopg internals:
    tests/test_stalled_database.py fails if an upgrade changes them.
    """
    answer_timeout = connection.settings_dict.get("ANSWER_TIMEOUT")
    if not answer_timeout or connection.vendor != "postgresql":
        return
    import psycopg
    from psycopg.errors import _WaitTimeout

    health_check_timeout = min(connection.settings_dict.get("HEALTH_CHECK_TIMEOUT") or answer_timeout, answer_timeout)
    # Weak references: this function is stored on the psycopg connection, which Django's wrapper holds.
    django_connection = weakref.ref(connection)
    client = weakref.ref(connection.connection)

    def wait(gen, *args, timeout=None, **kwargs):
        wrapper, waiting = django_connection(), client()
        checking = wrapper is not None and wrapper.health_check_enabled and not wrapper.health_check_done
        limit = health_check_timeout if checking else answer_timeout
        if timeout is not None and timeout <= limit:
            # The caller's own time-out, which it expects to expire (psycopg's notifies()).
            return type(waiting).wait(waiting, gen, *args, timeout=timeout, **kwargs)
        try:
            return type(waiting).wait(waiting, gen, *args, timeout=limit, **kwargs)
        except _WaitTimeout as timed_out:
            # The server may still answer later: the connection is mid-exchange and must not be reused.
            waiting.close()
            raise psycopg.OperationalError(f"the database did not answer within {limit:g} seconds") from timed_out

    connection.connection.wait = wait


def check_database(alias="default"):
    """SELECT 1 on a connection of its own, closed afterwards, that waits at most the short
    HEALTH_CHECK_TIMEOUT to connect and to be answered; raises DatabaseError otherwise.

    A connection of its own so that /healthz answers a load balancer before the load balancer's
    own time-out, whatever state the request's shared connection is in."""
    from django.db import connections

    database = connections.create_connection(alias)
    timeout = database.settings_dict.get("HEALTH_CHECK_TIMEOUT") or 2
    settings_dict = {**database.settings_dict, "OPTIONS": dict(database.settings_dict["OPTIONS"])}
    settings_dict["CONN_HEALTH_CHECKS"] = False
    if is_postgresql(settings_dict["ENGINE"]):
        settings_dict["OPTIONS"]["connect_timeout"] = timeout
        settings_dict["ANSWER_TIMEOUT"] = timeout
    elif is_sqlite(settings_dict["ENGINE"]):
        settings_dict["OPTIONS"]["timeout"] = timeout
    database.settings_dict = settings_dict
    try:
        with database.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        database.close()
