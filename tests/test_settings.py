"""Production settings refuse to start when they are unsafe or incomplete, rather than serve
debug pages, a guessable secret key, demo accounts or addresses without their scheme."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

GOOD_KEY = "k" * 20 + "-production-secret-with-enough-entropy-1234567890"


def run_with(env_overrides, *args):
    env = {key: value for key, value in os.environ.items() if key not in ("SECRET_KEY", "DEBUG", "ALLOWED_HOSTS")}
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", "DATABASE_URL": "sqlite:////tmp/unused.db"})
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_names_the_missing_variables():
    result = run_with({"DATABASE_URL": "", "BASE_URL": ""}, "check")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr and "ALLOWED_HOSTS" in result.stderr and "BASE_URL" in result.stderr


def test_production_refuses_debug():
    env = {
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "portal.example",
        "BASE_URL": "https://portal.example",
        "DEBUG": "true",
    }
    result = run_with(env, "check")
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


@pytest.mark.parametrize("key", ["insecure-local-development-key-never-deploy-this", "short"])
def test_production_refuses_a_default_or_weak_secret_key(key):
    env = {"SECRET_KEY": key, "ALLOWED_HOSTS": "portal.example", "BASE_URL": "https://portal.example"}
    result = run_with(env, "check")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_passes_the_deployment_checks():
    env = {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "BASE_URL": "https://portal.example"}
    result = run_with(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_never_loads_demo_accounts():
    env = {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "BASE_URL": "https://portal.example"}
    result = run_with(env, "load_demo_data")
    assert result.returncode != 0
    assert "Unknown command: 'load_demo_data'" in result.stderr


def test_production_refuses_a_base_url_without_its_scheme():
    env = {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "portal.example", "BASE_URL": "portal.example"}
    result = run_with(env, "check")
    assert result.returncode != 0
    assert "BASE_URL must be an http:// or https:// address" in result.stderr
