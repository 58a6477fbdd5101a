"""{% load moderation_tags %}{% report_url object as url %}: where a teacher reports `object`, for the
report link (moderation/includes/report_link.html)."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def report_url(context, content):
    """The address of the form reporting `content`; empty when the reader may not report it: they are
    no validated teacher, they wrote it, or it is not saved (the empty profile of a teacher who has never
    been to Live)."""
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or not user.is_validated_teacher or content._state.adding:
        return ""
    if content.reported_author.pk == user.pk:
        return ""
    meta = content._meta
    return reverse("moderation:report", args=[meta.app_label, meta.model_name, content.pk])
