import gc
import os

from django.core.wsgi import get_wsgi_application

from core.database import serve_web_requests

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
# Before the settings are read: web requests get the database's statement time-out (core.database).
serve_web_requests()
application = get_wsgi_application()

# What is loaded by now (Django, Wagtail, the apps) lives as long as the process: frozen out of the
# garbage collector's sight, its full collections walk only what requests make, instead of pausing a
# request for 150-190 ms every few hundred. A request makes many short-lived objects, so the youngest
# generation is collected less often than Python's default (every 700 allocations).
gc.collect()
gc.freeze()
gc.set_threshold(20_000, 20, 10)
