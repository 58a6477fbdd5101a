"""A stalled database costs a request a few seconds and the portal's 503 page, not a worker held until
gunicorn kills it.

Before: with PostgreSQL paused, every request waited until gunicorn killed the worker (30 s) and
/healthz never answered. Here a throw-away PostgreSQL cluster (initdb and pg_ctl in a temporary
directory, on a free port) is paused with SIGSTOP, as `docker pause` or a frozen virtual machine
pauses it: the kernel still accepts connections and acknowledges every packet, but the server says
nothing. The portal runs under gunicorn, as `make run` serves it, with the default time-outs
(core.database). The cluster has no tables: the database is never asked anything it could answer.
"""

import contextlib
import glob
import http.client
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
CONNECT_TIMEOUT, HEALTH_CHECK_TIMEOUT = 5, 2  # the defaults of DATABASE_CONNECT_TIMEOUT, ..._HEALTH_CHECK_...
MARGIN = 3  # seconds for the server's own work on a shared, busy machine


def postgresql_programs():
    """The directory of initdb and pg_ctl: on the PATH, else Debian's /usr/lib/postgresql/<version>/bin."""
    if initdb := shutil.which("initdb"):
        return Path(initdb).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(Path(path).parts[-3]))
    return Path(found[-1]).parent if found else None


PROGRAMS = postgresql_programs()
pytestmark = pytest.mark.skipif(
    PROGRAMS is None, reason="stalled-database test skipped: PostgreSQL's initdb and pg_ctl are not installed"
)


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowAwayPostgres:
    """A PostgreSQL cluster of its own. initdb refuses to run as root, so root runs it as `postgres`."""

    def __init__(self):
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="stalled-db-"))
        self.data = self.directory / "data"
        self.as_user = []
        if os.geteuid() == 0:
            import pwd

            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("stalled-database test skipped: running as root and there is no postgres user")
            os.chown(self.directory, owner.pw_uid, owner.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.paused = []

    def run(self, program, *args, check=True):
        subprocess.run(
            [*self.as_user, str(PROGRAMS / program), *args], check=check, capture_output=True, timeout=60, text=True
        )

    def start(self):
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
        settings = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", str(self.data), "-o", settings, "-l", str(self.directory / "log"), "-w", "start")
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def processes(self):
        """The postmaster and its children (backends, checkpointer, ...)."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == postmaster:
                children.append(int(stat.parent.name))
        return [postmaster, *children]

    def pause(self):
        self.paused = self.processes()
        for pid in self.paused:
            os.kill(pid, signal.SIGSTOP)

    def resume(self):
        for pid in self.paused:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.paused = []

    def stop(self):
        self.resume()
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.directory, ignore_errors=True)


@pytest.fixture
def postgres():
    cluster = ThrowAwayPostgres()
    try:
        yield cluster, cluster.start()
    finally:
        cluster.stop()


@pytest.fixture
def portal(postgres, tmp_path):
    """gunicorn with one worker (so the connection it keeps is the one the next request meets)."""
    cluster, database_url = postgres
    port = free_port()
    env = {name: value for name, value in os.environ.items() if not name.startswith(("DATABASE_", "CONN_"))}
    # Test settings: DEBUG off and no static-files manifest to build; the database time-outs are
    # base.py's defaults, applied because portal/wsgi.py marks gunicorn's process as a web one.
    env.update(DJANGO_SETTINGS_MODULE="portal.settings.test", DATABASE_URL=database_url, REDIS_URL="")
    log = tmp_path / "gunicorn.log"
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "portal.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
    with log.open("w") as output:
        server = subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while get(port, "/healthz", timeout=5)[0] != 200:
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)
        yield cluster, port
    finally:
        cluster.resume()  # a worker still waiting for the database can then finish
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def get(port, path, timeout=25):
    """(status, headers, body, seconds); status 0 when nothing answered. 25 s: less than gunicorn's
    30 s, after which it kills the worker (what happened before)."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": "localhost"})
        response = connection.getresponse()
        return response.status, response, response.read().decode(), time.monotonic() - started
    except OSError:
        return 0, None, "", time.monotonic() - started
    finally:
        connection.close()


def test_a_paused_database_answers_503_within_seconds(portal):
    cluster, port = portal
    # The worker now keeps a connection, as it does in production. (The empty database has no
    # tables: this page is a server error, and a connection that works.)
    assert get(port, "/en/")[0] == 500

    cluster.pause()

    status, _, body, health_seconds = get(port, "/healthz")
    assert (status, body) == (503, "database unavailable\n"), f"/healthz: {status} after {health_seconds:.1f} s"
    assert health_seconds < HEALTH_CHECK_TIMEOUT + MARGIN

    # The kept connection: Django's check of it gives up after the health-check time-out, then a
    # new connection after the connection time-out.
    status, response, body, kept_seconds = get(port, "/en/")
    assert status == 503, f"/en/ with a kept connection: {status} after {kept_seconds:.1f} s"
    assert "The portal is temporarily unavailable" in body
    assert response.headers["Retry-After"] == "30"
    assert kept_seconds < HEALTH_CHECK_TIMEOUT + CONNECT_TIMEOUT + MARGIN

    status, _, body, new_seconds = get(port, "/en/")
    assert status == 503, f"/en/ with a new connection: {status} after {new_seconds:.1f} s"
    assert "The portal is temporarily unavailable" in body
    assert new_seconds < CONNECT_TIMEOUT + MARGIN

    cluster.resume()
    status, _, _, resumed_seconds = get(port, "/healthz")
    assert status == 200
    print(
        f"\nstalled database: /healthz 503 in {health_seconds:.2f} s; page 503 in {kept_seconds:.2f} s "
        f"(kept connection), {new_seconds:.2f} s (new connection); /healthz 200 {resumed_seconds:.2f} s after resuming"
    )
