"""What teachers may report: the models the apps declare on their config, `reportable_models =
("forum.Post", ...)`, read here (not in core.registry: only this app reads them).

Each reportable model gives:
- `reported_author`: the user who wrote it;
- `get_absolute_url()`: where it is shown, in context;
- `seen_by(user)` (a classmethod): a queryset of what `user` sees (their own included), and so may
  report;
- optionally `moderation_excerpt`: the text a moderator reads (else `str()` of the object).
A reportable model that is `core.moderated.Moderated` can also be hidden by a moderator."""

from django.apps import apps
from django.http import Http404

from core.moderated import Moderated
from core.registry import portal_apps


def reportable_models():
    return [apps.get_model(label) for config in portal_apps() for label in config.reportable_models]


def reportable_model(app_label, model_name):
    """The reportable model named in a report's address, or 404 for any other name."""
    for model in reportable_models():
        if (model._meta.app_label, model._meta.model_name) == (app_label, model_name):
            return model
    raise Http404


def can_be_hidden(content):
    return isinstance(content, Moderated)


def excerpt_of(content):
    return str(getattr(content, "moderation_excerpt", None) or content)
