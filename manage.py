#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    if sys.argv[1:2] in (["runserver"], ["run_worker"]):
        # `make dev` answers web requests, and the worker must not hang on a stalled database either:
        # the same database time-outs as gunicorn (core.database).
        from core.database import serve_web_requests

        serve_web_requests()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
