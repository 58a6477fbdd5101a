"""Background work: what must not make a web request wait (e-mails, digests, reminders) runs as a
django-tasks task on the `background` backend, and a worker process (`manage.py run_worker`, which
`make run` starts beside the web server) runs it.

In the deployed set-up the backend is django-tasks-db's DatabaseBackend: a task is a row of the
database, written in the same transaction as the data it is about, so a task is never run on data
that was rolled back, and survives a restart of the web server or the worker. Several workers may run
at once on PostgreSQL: each takes the next task with SELECT ... FOR UPDATE SKIP LOCKED.

Periodic work (PortalAppConfig.periodic_tasks) needs no cron: the worker enqueues each periodic task's
next run, to run at the next full hour or at DAILY_TASKS_HOUR, when it starts and whenever one of
them has run (`schedule_periodic_tasks`). Periodic tasks must be idempotent: two workers starting at
the same moment may both enqueue the same run. docs/background.md says how to run it in production."""

import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks import task, task_backends

from core.registry import periodic_tasks

BACKGROUND = "background"
HOURLY, DAILY = "hourly", "daily"


def background_task(function=None, **options):
    """`@background_task`: a django-tasks task on the background backend."""
    decorate = task(backend=BACKGROUND, **options)
    return decorate(function) if function else decorate


def can_defer():
    """Whether the background backend can wait before running a task (the immediate backend that
    the tests use cannot: what would be deferred is left to the periodic sweeps)."""
    return task_backends[BACKGROUND].supports_defer


def enqueue_later(background, when, *args, **kwargs):
    """Run `background` (a task) with these arguments at `when`, where the backend can wait; else
    not at all, and the caller's sweep takes it up. True if it was enqueued."""
    if not can_defer():
        return False
    background.using(run_after=when).enqueue(*args, **kwargs)
    return True


def next_run(every, now=None):
    """When a periodic task runs next: the next full hour, or the next DAILY_TASKS_HOUR (UTC)."""
    now = now or timezone.now()
    if every == HOURLY:
        return now.replace(minute=0, second=0, microsecond=0) + datetime.timedelta(hours=1)
    today = now.replace(hour=settings.DAILY_TASKS_HOUR, minute=0, second=0, microsecond=0)
    return today if today > now else today + datetime.timedelta(days=1)


def schedule_periodic_tasks(now=None):
    """Enqueue the next run of each periodic task that has none waiting; the tasks enqueued."""
    from django_tasks_db.models import DBTaskResult  # only where the database backend is installed

    waiting = set(
        DBTaskResult.objects.filter(status="READY", backend_name=BACKGROUND).values_list("task_path", flat=True)
    )
    scheduled = []
    for periodic, every in periodic_tasks():
        if periodic.module_path not in waiting:
            periodic.using(run_after=next_run(every, now)).enqueue()
            scheduled.append(periodic)
    return scheduled


def is_periodic(task_path):
    return any(periodic.module_path == task_path for periodic, _every in periodic_tasks())
