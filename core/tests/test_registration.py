"""An app that does not declare what the central code needs fails loudly: the system checks that
every manage.py command, the server and the test run perform report it (core.checks)."""

from types import SimpleNamespace

from django.apps import AppConfig, apps
from django.core import checks

from core.checks import check_declarations, check_portal_apps
from core.registry import fragment_models, search_types


def errors_for(config):
    return [error.id for error in check_declarations(config)]


def declaring(**declarations):
    """A stand-in app config of the kits app with the given declarations."""
    real = apps.get_app_config("kits")
    return SimpleNamespace(label=real.label, get_models=real.get_models, search_types=(), **declarations)


def test_the_portal_apps_declare_everything():
    assert check_portal_apps() == []


def test_an_app_with_a_plain_config_is_reported(monkeypatch):
    real = apps.get_app_config("news")
    plain = AppConfig(real.name, real.module)
    plain.path = real.path
    monkeypatch.setitem(apps.app_configs, "news", plain)
    errors = check_portal_apps()
    assert [error.id for error in errors] == ["portal.E001"]
    assert "'news'" in errors[0].msg


def test_a_missing_declaration_is_reported():
    assert errors_for(declaring(fragment_models=(), other_models=())) == ["portal.E002"]


def test_a_model_in_neither_list_is_reported():
    config = declaring(fragment_models=(), other_models=("kits.KitAttachment",), central_team_edits=True)
    errors = check_declarations(config)
    assert [error.id for error in errors] == ["portal.E004"]
    assert "kits.RelatedKit" in errors[0].msg


def test_a_misspelt_model_is_reported():
    config = declaring(
        fragment_models=("kits.Kitattachmnt",),
        other_models=("kits.KitAttachment", "kits.RelatedKit"),
        central_team_edits=True,
    )
    assert errors_for(config) == ["portal.E003"]


def test_the_check_runs_with_every_command():
    assert check_portal_apps in checks.registry.registry.get_checks()


def test_declarations_reach_the_central_code():
    """What the apps declare is what the fragment cache and search use."""
    assert apps.get_model("taxonomy.Subject") in fragment_models()
    assert [value for value, _label, _model in search_types()] == ["kits", "news", "events", "prizes"]
