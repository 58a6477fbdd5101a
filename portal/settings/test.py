"""Settings for the test suite: fast hashing, no manifest storage, mails kept in memory."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
DEMO_DATA_ALLOWED = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The host name the test client sends (conftest.py), so absolute URLs and requests agree.
BASE_URL = WAGTAILADMIN_BASE_URL = "http://localhost"
# client.login() has no request, which django-axes needs; the lock-out test turns it back on.
AXES_ENABLED = False
# Background tasks run inline, so a test sees their e-mails at once; notifications/tests/test_worker.py
# runs them through the database and the worker, as deployed.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Tests change pages through factories, without the publications that expire cached pages; the page
# cache's own tests (core/tests/test_page_cache.py) and the query budgets after a publication turn it on.
PAGE_CACHE_SECONDS = 0
