"""Template tags every page type may use: structured data and images by their named sizes."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from core.renditions import PICTURES, spec

register = template.Library()


@register.simple_tag(takes_context=True)
def json_ld(context, page, image=None):
    """Structured data (schema.org) for pages that describe themselves with `json_ld(request)`;
    `image` is the social-media rendition the template has already made."""
    if not hasattr(page, "json_ld"):
        return ""
    request = context["request"]
    data = {"@context": "https://schema.org", **page.json_ld(request), "url": page.get_full_url(request)}
    if image:
        data["image"] = image.full_url
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(json_script_content(data)))


def json_script_content(data):
    """JSON safe inside a <script> element (the characters that could end it are escaped)."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)


JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def rendition(image, name):
    """The image at a named size of core.renditions: {% rendition page.og_image "social" as social %}."""
    return image.get_rendition(spec(name))


@register.simple_tag
def picture(image, name, **attributes):
    """The image at a named size of core.renditions.PICTURES, as Wagtail's {% picture %} writes it: a
    <picture> with an AVIF and a WebP <source> and a JPEG <img> (width, height and `attributes`), each
    with its widths and the size's `sizes`: {% picture page.cover_image "cover" class="kit__cover" alt="" %}.
    An image whose file is lost gives a broken image, not an error page."""
    size = PICTURES[name]
    renditions = get_renditions_or_not_found(image, size.specs)
    return Picture(renditions, {"sizes": size.sizes, **attributes}).__html__()
