"""The background worker: django-tasks-db's `db_worker` on the portal's background backend, which also
keeps the periodic tasks scheduled (core.background). `make run` starts one beside the web server;
docs/background.md says how to run several in production."""

from django_tasks.signals import task_finished
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from core.background import BACKGROUND, is_periodic, schedule_periodic_tasks


def schedule_after_periodic_task(sender, task_result, **kwargs):
    if task_result.backend == BACKGROUND and is_periodic(task_result.task.module_path):
        schedule_periodic_tasks()


class Command(DatabaseWorkerCommand):
    help = "Run the portal's background tasks (e-mails, digests, reminders) and schedule the periodic ones."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(backend_name=BACKGROUND, queue_name="*", reload=False)

    def handle(self, *args, **options):
        schedule_periodic_tasks()
        task_finished.connect(schedule_after_periodic_task, dispatch_uid="portal-periodic-tasks")
        try:
            super().handle(*args, **options)
        finally:
            task_finished.disconnect(dispatch_uid="portal-periodic-tasks")
