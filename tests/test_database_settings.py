"""The database settings (core.database): time-outs on PostgreSQL, web requests
only for the statement time-out, and an SQLite that waits for other writers instead of failing."""

import multiprocessing
import os
import subprocess
import sys
import time

from django.conf import settings
from django.db import OperationalError

from core.database import SQLITE_INIT_COMMAND, database_settings

POSTGRES_URL = "postgres://portal@db.example:5432/portal"
PROCESSES, WRITES = 4, 50


def test_postgresql_connections_give_up_connecting_and_notice_a_lost_server():
    config = database_settings(POSTGRES_URL, connect_timeout=5)
    assert config["OPTIONS"] == {
        "connect_timeout": 5,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": 10,
        "keepalives_count": 3,
        "tcp_user_timeout": 30_000,
    }
    # No statement time-out and no limit on waiting: what management commands get.
    assert "ANSWER_TIMEOUT" not in config


def test_web_requests_get_a_statement_timeout_and_stop_waiting_a_little_later():
    config = database_settings(POSTGRES_URL, connect_timeout=5, statement_timeout=10, health_check_timeout=2)
    assert config["OPTIONS"]["options"] == "-c statement_timeout=10000"
    assert config["ANSWER_TIMEOUT"] == 12
    assert config["HEALTH_CHECK_TIMEOUT"] == 2


def test_options_in_the_database_url_win_and_server_options_are_kept():
    url = POSTGRES_URL + "?connect_timeout=9&options=-c%20search_path%3Dportal"
    options = database_settings(url, connect_timeout=5, statement_timeout=0.5)["OPTIONS"]
    assert options["connect_timeout"] == 9
    assert options["options"] == "-c search_path=portal -c statement_timeout=500"


def test_sqlite_waits_for_other_writers():
    options = database_settings("sqlite:////tmp/portal.sqlite3", statement_timeout=10)["OPTIONS"]
    assert options == {"timeout": 10, "transaction_mode": "IMMEDIATE", "init_command": SQLITE_INIT_COMMAND}
    assert database_settings("sqlite:////tmp/portal.sqlite3")["OPTIONS"]["timeout"] == 30  # commands


def settings_of(*command):
    """DATABASES["default"] as a new process with the test settings and a PostgreSQL URL sees it."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("DATABASE_")}
    env.update(DJANGO_SETTINGS_MODULE="portal.settings.test", DATABASE_URL=POSTGRES_URL)
    result = subprocess.run(
        [sys.executable, *command], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_only_web_requests_get_the_statement_timeout():
    show = "from django.conf import settings; print(settings.DATABASES['default']['OPTIONS'].get('options'))"
    assert settings_of("manage.py", "shell", "-c", show) == "None"
    assert settings_of("-c", f"import portal.wsgi; {show}") == "-c statement_timeout=10000"


def write_from_another_process(url, start, results):
    """One of the writers: WRITES transactions that read a counter and write it back, as the admin
    reads a page and then saves it. Run in a new process with nothing but these database settings."""
    import django

    settings.configure(DATABASES={"default": database_settings(url, statement_timeout=10)})
    django.setup()
    from django.db import connection, transaction

    errors, longest = [], 0.0
    start.wait()
    started = time.monotonic()
    for _ in range(WRITES):
        began = time.monotonic()
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT value FROM counter WHERE id = 1")
                (value,) = cursor.fetchone()
                time.sleep(0.002)  # the admin's work between reading and saving
                cursor.execute("UPDATE counter SET value = %s WHERE id = 1", [value + 1])
        except OperationalError as error:
            errors.append(str(error))
        longest = max(longest, time.monotonic() - began)
    results.put((errors, longest, time.monotonic() - started))
    connection.close()


def test_sqlite_writes_from_several_processes_at_once_all_succeed(tmp_path, django_db_blocker):
    """Before: two admin saves that met answered 500 "database is locked"."""
    from django.db.utils import ConnectionHandler

    url = f"sqlite:///{tmp_path / 'portal.sqlite3'}"
    database = ConnectionHandler({"default": database_settings(url, statement_timeout=10)})["default"]
    with django_db_blocker.unblock(), database.cursor() as cursor:  # as `migrate` would, before the server starts
        cursor.execute("CREATE TABLE counter (id integer PRIMARY KEY, value integer NOT NULL)")
        cursor.execute("INSERT INTO counter (id, value) VALUES (1, 0)")
    processes_context = multiprocessing.get_context("spawn")
    start, results = processes_context.Barrier(PROCESSES), processes_context.Queue()
    writers = [
        processes_context.Process(target=write_from_another_process, args=(url, start, results))
        for _ in range(PROCESSES)
    ]
    for writer in writers:
        writer.start()
    outcomes = [results.get(timeout=120) for _ in writers]
    for writer in writers:
        writer.join(timeout=30)

    errors = [error for process_errors, _, _ in outcomes for error in process_errors]
    assert errors == [], f"{len(errors)} of {PROCESSES * WRITES} writes failed, first: {errors[0]}"
    with django_db_blocker.unblock(), database.cursor() as cursor:
        cursor.execute("SELECT value FROM counter WHERE id = 1")
        assert cursor.fetchone() == (PROCESSES * WRITES,)  # and no write was lost
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone() == ("wal",)
    database.close()
    longest = max(process_longest for _, process_longest, _ in outcomes)
    seconds = max(process_seconds for _, _, process_seconds in outcomes)
    print(
        f"\nSQLite: {PROCESSES} processes x {WRITES} read-then-write transactions in {seconds:.2f} s "
        f"({PROCESSES * WRITES / seconds:.0f}/s), longest {longest * 1000:.0f} ms, 0 errors"
    )
