"""Settings shared by every environment. Everything that differs between deployments is read from
environment variables (12-factor); see .env.example and the README for the full list."""

from datetime import timedelta
from pathlib import Path

import environ

from core.database import database_settings, serving_web_requests
from languages.codes import DEFAULT_LANGUAGE, LANGUAGE_CODES, language_lists, with_extra_languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A local .env file is a convenience for developers (make run writes one); real deployments set the
# environment itself.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Demo accounts and content are only ever created where this is true (never in production).
DEMO_DATA_ALLOWED = env.bool("DEMO_DATA_ALLOWED", default=True)
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="twinning-demo-2026")

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin and the apps it translates.
    "modeltranslation",
    "core",
    "languages",
    "taxonomy",
    "accounts",
    "schools",
    "countries",
    "search",
    "kits",
    "news",
    "events",
    "prizes",
    "home",
    "editors",
    "contacts",
    "messaging",
    "forum",
    "live",
    "validation",
    "backoffice",
    "privacy",
    "groups",
    "online_events",
    "moderation",
    "notifications",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.PortalUsersAppConfig",  # wagtail.users with the portal's user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Answers anonymous readers from the page cache before any other work (core.page_cache).
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "languages.middleware.PortalLocaleMiddleware",
    # Wagtail looks up the site of each request in the database; the portal keeps it in the cache. After
    # the language is known, so that a database that fails answers the 503 page in the reader's language.
    "core.site.SiteFromCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Logs out a suspended account at its next request (moderation).
    "accounts.suspension.SuspensionMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out log-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite next to the code unless DATABASE_URL says otherwise (postgres://user@host:port/name).
# Time-outs (core.database): a stalled database costs a web request a few seconds and the 503 page.
# The statement time-out is for web requests only (portal/wsgi.py and runserver mark them): migrate,
# load_demo_data and update_index may need longer statements than a page should ever wait for.
DATABASES = {
    "default": database_settings(
        env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        connect_timeout=env.int("DATABASE_CONNECT_TIMEOUT", default=5),
        statement_timeout=env.float("DATABASE_STATEMENT_TIMEOUT", default=10) if serving_web_requests() else None,
        health_check_timeout=env.int("DATABASE_HEALTH_CHECK_TIMEOUT", default=2),
    )
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: local memory and database by default; Redis when REDIS_URL is set.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    REDIS_TIMEOUT = env.float("REDIS_TIMEOUT", default=2)
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="portal"),
            # redis-py waits forever by default: a stalled Redis would hold every request.
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    # A disk cache (diskcache: SQLite files), not a per-process memory cache: the server's workers must
    # share it so that a publication expires cached pages, menus and links in all of them (core.caching).
    # Sized in bytes, so that it holds every page of every language; the oldest entries go first. A write
    # that would wait longer than DATABASE_TIMEOUT (seconds) for a lock is dropped, a read misses.
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.PersistentDiskCache",
            "LOCATION": env.str("CACHE_DIR", default=str(BASE_DIR / "var" / "cache")),
            "DATABASE_TIMEOUT": 0.05,
            "OPTIONS": {"size_limit": env.int("CACHE_SIZE_MB", default=1024) * 2**20},
        },
        # Wagtail writes a rendition to its cache each time one is used; renditions never change, so a
        # per-process memory cache is safe and spares those writes.
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    # Django's database sessions, minus forged keys that PostgreSQL refuses with an error (accounts.sessions).
    SESSION_ENGINE = "accounts.sessions"

# Background tasks (core.background): Wagtail's own (search and reference index updates) run inline on
# "default"; the portal's (e-mails, digests, reminders) go to the database and the worker that `make run`
# starts (`manage.py run_worker`). BACKGROUND_TASKS_BACKEND=immediate runs them inline too, for a
# deployment without a worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[env.str("BACKGROUND_TASKS_BACKEND", default="database")]
    },
}
# The hour (UTC) of the daily tasks: the notification digest, the retention of inactive accounts.
DAILY_TASKS_HOUR = env.int("DAILY_TASKS_HOUR", default=6)
# Inactive teachers' accounts (docs/privacy.md): warned after this many days without activity (0: kept
# for ever), deleted INACTIVE_ACCOUNT_WARNING_DAYS after the warning if they have not come back.
INACTIVE_ACCOUNT_RETENTION_DAYS = env.int("INACTIVE_ACCOUNT_RETENTION_DAYS", default=0)
INACTIVE_ACCOUNT_WARNING_DAYS = env.int("INACTIVE_ACCOUNT_WARNING_DAYS", default=30)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses log-ins for an account and address with too many recent failures.
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.UsernameOrEmailBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_COOLOFF_MINUTES", default=15))
# Per account and address, not per account alone: that would let anyone pause any teacher's log-in
# (docs/architecture.md, "Users"). accounts/throttling.py says what an account and an address are.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "accounts.throttling.account_key"
AXES_CLIENT_IP_CALLABLE = "accounts.throttling.client_address"
# How many reverse proxies in front of the portal append to X-Forwarded-For; 0 trusts no such header.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.throttling.locked_out"
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
# Failed attempts are kept (they are the throttle); successful log-ins are not logged (data minimisation).
AXES_DISABLE_ACCESS_LOG = True
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Teachers' accounts (django-allauth, README "Libraries"): sign-up with e-mail verification, log-in by
# username or e-mail, password reset, TOTP two-factor with recovery codes, under /<lang>/accounts/.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "live:home"
ACCOUNT_ADAPTER = "accounts.adapter.PortalAccountAdapter"
ACCOUNT_FORMS = {"login": "accounts.forms.LoginForm", "signup": "accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_UNIQUE_EMAIL = True
# Sign-up, password reset and log-in answer alike whether an e-mail is registered or not.
ACCOUNT_PREVENT_ENUMERATION = True
# A teacher is told by e-mail when their password, e-mail addresses or two-factor settings change.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if env.bool("SECURE_COOKIES", default=False) else "http"
# Failed log-ins are throttled by django-axes, for the portal's log-in as for the admin's (same rules,
# accounts.throttling); allauth's own limits stay for sign-up, e-mails and password resets.
ACCOUNT_RATE_LIMITS = {"login_failed": False}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env.str("SITE_NAME", default="Twinning")

# Languages: see languages/codes.py. Every public URL starts with one of them. EXTRA_LANGUAGES (e.g. "ar")
# switches more on in this deployment, after the portal's 31 (docs/translation.md, "Switching a language on").
# Editors choose the admin's language among the same ones (WAGTAILADMIN_PERMITTED_LANGUAGES).
LANGUAGE_CODE = DEFAULT_LANGUAGE
EXTRA_LANGUAGES = env.list("EXTRA_LANGUAGES", default=[])
LANGUAGES, WAGTAILADMIN_PERMITTED_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES = language_lists(
    with_extra_languages(EXTRA_LANGUAGES)
)
WAGTAIL_I18N_ENABLED = True
# The portal's catalogues, then django-allauth's strings in the languages allauth has no catalogue for
# (accounts/management/commands/allauth_catalogues.py).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "allauth"]
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
MODELTRANSLATION_DEFAULT_LANGUAGE = DEFAULT_LANGUAGE
# A name_<code> column per language for translated names: the languages the committed migrations know.
# An extra language reads the English names (the fallback) until it is added to LANGUAGE_CODES for good.
MODELTRANSLATION_LANGUAGES = tuple(LANGUAGE_CODES)
MODELTRANSLATION_FALLBACK_LANGUAGES = (DEFAULT_LANGUAGE,)

# Translations of live pages are reviewed before they go live: a synced translation stays a draft, so
# the moderation workflow (editors/teams.py) decides when it is published.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Let Django serve uploaded files itself: right for `make run` on one machine; in production a web
# server or S3-compatible storage serves them instead.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Files only the portal hands out, after checking who asks (teachers' validation evidence).
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env.str("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "var" / "private"))},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = env.str("SITE_NAME", default="Twinning")
# Moderation e-mails go to the moderators of the country concerned, not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="noreply@localhost")
# Seconds an SMTP server may take to answer; Django's default waits forever, holding the request.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
# With EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend (dev.py and production.py read it),
# each e-mail is written to a file in this directory: the browser tests read the links they carry there.
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(BASE_DIR / "var" / "mail"))
# Uploaded documents must be what their extension says (editors.uploads).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "editors.uploads.CheckedDocumentForm"
# The public address (scheme, host, port). Absolute URLs in pages, the sitemap, feeds and e-mails name it;
# `migrate` writes it into Wagtail's default Site (core.site). `make run` sets it from HOST and PORT.
BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("MAX_DOCUMENT_UPLOAD_MB", default=20) * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("MAX_IMAGE_UPLOAD_MB", default=10) * 1024 * 1024
# Responsive embeds would add inline styles, which the Content Security Policy forbids; CSS sizes them.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# No calls from editors' browsers to outside services (privacy; the portal may run on closed networks).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None


def search_backends(database_engine):
    """The portal's language-aware search backends (search.backends, docs/search.md): on the database
    (SQLite or PostgreSQL), or Elasticsearch or OpenSearch when a URL is configured.

    ELASTICSEARCH_VERSION / OPENSEARCH_VERSION pick Wagtail's backend module for the server's major
    version; the matching Python client must be installed (README, "Search"). SEARCH_INDEX starts the
    name of every index (one per language: portal_wagtailcore_page_fr, ...).
    """
    index = env.str("SEARCH_INDEX", default="portal")
    if url := env.str("ELASTICSEARCH_URL", default=""):
        version = env.int("ELASTICSEARCH_VERSION", default=8)
        engine, urls = f"wagtail.search.backends.elasticsearch{version}", [url]
    elif url := env.str("OPENSEARCH_URL", default=""):
        version = env.int("OPENSEARCH_VERSION", default=2)
        engine, urls = f"wagtail.search.backends.opensearch{version}", [url]
    elif database_engine.endswith("postgresql"):
        return {"default": {"BACKEND": "search.backends.postgres"}}
    elif database_engine.endswith("sqlite3"):
        return {"default": {"BACKEND": "search.backends.sqlite"}}
    else:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    return {
        "default": {
            "BACKEND": "search.backends.elasticsearch",
            "ENGINE": engine,
            "URLS": urls,
            "INDEX_PREFIX": f"{index}_",
            "AUTO_UPDATE": True,
            # Seconds per request to the search server (Wagtail's default, 10, made explicit): searches
            # and update_index's bulk writes both use it.
            "TIMEOUT": env.int("SEARCH_TIMEOUT", default=10),
        }
    }


WAGTAILSEARCH_BACKENDS = search_backends(DATABASES["default"].get("ENGINE", ""))

# How long browsers and shared caches may keep a public page (seconds); see core.caching.set_page_cache_headers.
PUBLIC_PAGE_CACHE_SECONDS = env.int("PUBLIC_PAGE_CACHE_SECONDS", default=300)
# How long menus, language links and filter choices stay cached at most; a publication expires them
# at once anyway (core.caching).
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=3600)
# How long a whole public page stays in the page cache for anonymous visitors (core.page_cache; 0: no
# page cache). Publications expire what they change at once; this bounds what changes with the date
# alone (the upcoming events).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# The edge cache (nginx in front of the portal, docs/deployment.md): the addresses where it takes the
# portal's PURGE requests (core.edge), comma-separated, one per nginx; empty, no edge cache. The portal
# names every language's address itself (core.expiry): Wagtail would otherwise repeat each in all 31.
WAGTAILFRONTENDCACHE = {
    f"edge-{number}": {"BACKEND": "core.edge.RefreshingHTTPBackend", "LOCATION": location}
    for number, location in enumerate(env.list("FRONTEND_CACHE_PURGE_URL", default=[]))
}
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Security headers. The Content Security Policy covers the public site; the Wagtail admin needs
# inline scripts and styles and is left to Wagtail's own defaults.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Background tasks run inline here; their per-task lines would drown the useful ones.
        "django_tasks": {"level": "WARNING"},
    },
}
