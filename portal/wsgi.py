import os

from django.core.wsgi import get_wsgi_application

from core.database import serve_web_requests

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
# Before the settings are read: web requests get the database's statement time-out (core.database).
serve_web_requests()
application = get_wsgi_application()
