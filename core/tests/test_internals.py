"""Every framework internal the portal relies on (core.internals) is still there, in the versions it
was checked against."""

import inspect
from importlib.metadata import version

import pytest
from django.utils.module_loading import import_string

from core.internals import CHECKED_AGAINST, INTERNALS


def resolve(target):
    """import_string for module attributes and for methods of classes (module.Class.method)."""
    try:
        return import_string(target)
    except ImportError:
        owner, name = target.rsplit(".", 1)
        return getattr(import_string(owner), name)


@pytest.mark.parametrize("package", sorted(CHECKED_AGAINST))
def test_the_installed_version_is_the_one_checked(package):
    assert version(package) == CHECKED_AGAINST[package], (
        f"{package} changed: look at every entry of core.internals again, then update CHECKED_AGAINST"
    )


@pytest.mark.parametrize("internal", INTERNALS, ids=lambda internal: internal.target.rsplit(".", 2)[-2:][-1])
def test_the_internal_is_still_there(internal):
    target = resolve(internal.target)
    assert callable(target)
    if internal.attribute:
        assert internal.attribute in inspect.getsource(target)
