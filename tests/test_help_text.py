"""Every field an editor fills in the admin explains itself (help text), in the portal's apps."""

import pytest
from django.contrib.auth.models import AbstractUser
from modelcluster.fields import ParentalKey
from wagtail.models import Page

from core.registry import portal_apps

# Fields of Wagtail's Page and Django's user, which bring their own help texts or none by design.
INHERITED = {field.name for field in Page._meta.get_fields()} | {f.name for f in AbstractUser._meta.get_fields()}


def editable_fields():
    for config in portal_apps():
        if not config.edited_in_admin:
            continue
        for model in config.get_models():
            for field in model._meta.get_fields():
                if not getattr(field, "concrete", False) or field.auto_created or not field.editable:
                    continue
                if field.name in INHERITED or field.name == "sort_order" or isinstance(field, ParentalKey):
                    continue
                yield f"{model._meta.label}.{field.name}", field


@pytest.mark.parametrize(
    ("name", "field"), list(editable_fields()), ids=lambda value: value if isinstance(value, str) else ""
)
def test_every_field_has_help_text(name, field):
    assert str(field.help_text).strip(), f"{name} has no help text"
