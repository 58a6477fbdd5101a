"""Local development and `make run`. DEBUG is on for `make dev` and off for `make run`."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="insecure-local-development-key-never-deploy-this")
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)
