"""System checks (run by every manage.py command, the server and the tests): an app of the
repository that does not declare what the central code needs fails loudly, before any page is
served. See core.registry.PortalAppConfig."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import checks
from wagtail.models import Page

from core.registry import REQUIRED_DECLARATIONS, PortalAppConfig


def repository_apps():
    """Installed apps whose code is in this repository, not installed packages (a virtualenv may sit
    inside the repository)."""
    root = Path(settings.BASE_DIR).resolve()
    paths = {config: Path(config.path).resolve() for config in apps.get_app_configs()}
    return [config for config, path in paths.items() if path.is_relative_to(root) and "site-packages" not in path.parts]


def plain_models(config):
    """The app's concrete models that are not pages (pages expire fragments when published)."""
    return [
        model
        for model in config.get_models()
        if not issubclass(model, Page) and not model._meta.auto_created and not model._meta.proxy
    ]


@checks.register()
def check_portal_apps(app_configs=None, **kwargs):
    errors = []
    for config in repository_apps():
        if not isinstance(config, PortalAppConfig):
            errors.append(
                checks.Error(
                    f"The app '{config.label}' does not declare what the portal needs to know of it.",
                    hint=f"Make {type(config).__name__} a subclass of core.registry.PortalAppConfig.",
                    obj=config,
                    id="portal.E001",
                )
            )
            continue
        errors += check_declarations(config)
    return errors


def check_declarations(config):
    missing = [name for name in REQUIRED_DECLARATIONS if not hasattr(config, name)]
    if missing:
        return [
            checks.Error(
                f"The app '{config.label}' does not declare {', '.join(missing)}.",
                hint="See core.registry.PortalAppConfig.",
                obj=config,
                id="portal.E002",
            )
        ]
    errors = []
    for label in (*config.fragment_models, *config.other_models, *(t[2] for t in config.search_types)):
        try:
            apps.get_model(label)
        except (LookupError, ValueError):
            errors.append(
                checks.Error(
                    f"The app '{config.label}' names '{label}', which is no model.", obj=config, id="portal.E003"
                )
            )
    declared = {label.lower() for label in (*config.fragment_models, *config.other_models)}
    for model in plain_models(config):
        if model._meta.label_lower not in declared:
            errors.append(
                checks.Error(
                    f"{model._meta.label} is in neither fragment_models nor other_models of '{config.label}'.",
                    hint="Say whether its values appear in cached fragments (menus, filters, names).",
                    obj=config,
                    id="portal.E004",
                )
            )
    return errors
