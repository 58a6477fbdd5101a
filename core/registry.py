"""What each app of the portal declares on its config (PortalAppConfig), and the functions that
gather it for the central code: fragment expiry, the central team's rights, search types, query
budgets, national sections and URLs. Apps come in the order of INSTALLED_APPS."""

import functools
import importlib

from django.apps import AppConfig, apps
from django.utils.module_loading import import_string

# Declared by every PortalAppConfig, even if empty: forgetting one is a system check error
# (core.checks), so that a new app cannot silently leave the central team without rights or let
# cached fragments go stale.
REQUIRED_DECLARATIONS = ("fragment_models", "other_models", "central_team_edits")


class PortalAppConfig(AppConfig):
    """An app of the portal. What the central code needs to know of an app is declared on its
    config, and read through core.registry; nothing else has to be told that the app exists.

    Required (core.checks fails when one is missing or names a model that does not exist):
    - `fragment_models`: labels of plain models whose values appear in cached fragments (menus,
      settings, filter choices, names); saving or deleting one starts a new content generation.
    - `other_models`: labels of the app's other plain models. Every concrete model of the app
      that is not a page must be in one of the two lists, so each new model is a decision.
    - `central_team_edits`: whether the central editorial team gets every permission on the
      app's models.

    Optional:
    - `search_types`: (GET value, label, page model label) of the types search results can be
      limited to, in the order of the filter.
    - `query_budgets`: {path: most queries} of the app's public pages on the demo data
      (demo/tests/test_query_budgets.py, bench/query_budget.py).
    - `national_section_lists`: {context name: dotted path of a function(country_id, language_code)}
      giving what a country's national section lists of this app.
    - `public_urls`: dotted path of a URLconf served under every language prefix, before
      Wagtail's page route.
    - `edited_in_admin`: False for apps whose models teachers write on the portal (Live) and no
      editor fills in the admin; their fields need no admin help text (tests/test_help_text.py).
    - `notices`: dotted path of a {name: notifications.kinds.Notice} dict, the sentences the app's
      notifications say; a notification names one as "<app label>.<name>".
    - `personal_data`: dotted path of a module with `export(user)`, the app's data about `user` as a
      JSON-able dict (dates allowed; the privacy app's "download my data"), and `erase(user)`, which
      deletes or anonymises it when the teacher deletes their account (in the deletion's transaction).
      Optional: `LABELS`, translated names of the export's keys for its readable page, and
      `files(user)`, (file name, bytes) of files the archive adds.
    - `reportable_models`: labels of the models teachers can report to moderators (the moderation
      app); each has `reported_author`, `get_absolute_url()` and a classmethod `seen_by(user)` (what
      that teacher may see of them), optionally `moderation_excerpt`, and is a core.moderated.Moderated
      (profiles excepted: a moderator warns or suspends their owner).
    - `periodic_tasks`: (dotted path of a background task, "hourly" or "daily") of the tasks the
      worker runs on schedule (core.background).
    """

    edited_in_admin = True
    search_types = ()
    query_budgets = {}
    national_section_lists = {}
    public_urls = None
    notices = None
    personal_data = None
    reportable_models = ()
    periodic_tasks = ()

    # Django takes the AppConfig of an apps.py by itself only when it is the module's one AppConfig
    # subclass or the one marked default; this base class, imported there, is neither.
    default = False

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.default = True


def portal_apps():
    return [config for config in apps.get_app_configs() if isinstance(config, PortalAppConfig)]


def fragment_models():
    return [apps.get_model(label) for config in portal_apps() for label in config.fragment_models]


def central_team_app_labels():
    return [config.label for config in portal_apps() if config.central_team_edits]


def search_types():
    """(GET value, label, page model) of every searchable type, in the order of INSTALLED_APPS."""
    return [
        (value, label, apps.get_model(model_label))
        for config in portal_apps()
        for value, label, model_label in config.search_types
    ]


def query_budgets():
    return {path: budget for config in portal_apps() for path, budget in config.query_budgets.items()}


def national_section_lists():
    """{context name: function(country_id, language_code)} of every app."""
    return {
        name: import_string(function)
        for config in portal_apps()
        for name, function in config.national_section_lists.items()
    }


@functools.cache
def notices():
    """{"<app label>.<name>": Notice} of every app."""
    return {
        f"{config.label}.{name}": notice
        for config in portal_apps()
        if config.notices
        for name, notice in import_string(config.notices).items()
    }


def personal_data_modules():
    """(app config, module) of every app that holds personal data, in the order of INSTALLED_APPS."""
    return [(config, importlib.import_module(config.personal_data)) for config in portal_apps() if config.personal_data]


def periodic_tasks():
    """(task, "hourly" or "daily") of every app."""
    return [(import_string(path), every) for config in portal_apps() for path, every in config.periodic_tasks]


def public_url_modules():
    return [config.public_urls for config in portal_apps() if config.public_urls]
