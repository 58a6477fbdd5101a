"""Template tags every page type may use: structured data, images by their named sizes, and HTML kept
in the fragment cache (a page's body, parts of the frame)."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page

from core.caching import SITE, STRUCTURE, cached_fragment, page_fragment_tags
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


@register.simple_tag(takes_context=True)
def page_body(context, page):
    """`{% include_block page.body %}`, kept per page and language until the page is published again or
    the site's structure or settings change (core.caching): its links to other pages, pictures and
    embeds cost queries and most of an article's time. A preview shows the draft, rendered afresh."""

    def render():
        return str(page.body.render_as_block(context=context.flatten()))

    if getattr(context.get("request"), "is_preview", False):
        return mark_safe(render())
    return mark_safe(cached_fragment("page-body", render, page.pk, depends_on=page_fragment_tags(page)))


class CachedNode(template.Node):
    """What `{% cached %}` encloses, rendered once per language (and page) until the tags expire."""

    def __init__(self, nodelist, name, page):
        self.nodelist = nodelist
        self.name = name
        self.page = page

    def render(self, context):
        page = self.page.resolve(context) if self.page else None
        if (self.page and not isinstance(page, Page)) or getattr(context.get("request"), "is_preview", False):
            return self.nodelist.render(context)

        def render():
            return self.nodelist.render(context)

        if page is None:
            return cached_fragment(self.name, render, depends_on=(SITE, STRUCTURE))
        return cached_fragment(self.name, render, page.pk, depends_on=page_fragment_tags(page))


@register.tag
def cached(parser, token):
    """`{% cached "name" %}…{% endcached %}`: the part of the frame that every page shows alike in a
    language (the footer), kept until the site's settings or structure change (core.caching).
    `{% cached "name" for page %}`: a part that depends on the page too (its language links), kept per
    page until it is published again; rendered afresh where `page` is not a page (a view) and in
    previews, which show a draft."""
    bits = token.split_contents()
    if len(bits) not in (2, 4) or (len(bits) == 4 and bits[2] != "for") or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError(f'Usage: {{% {bits[0]} "name" [for page] %}}')
    nodelist = parser.parse(("endcached",))
    parser.delete_first_token()
    return CachedNode(nodelist, bits[1][1:-1], parser.compile_filter(bits[3]) if len(bits) == 4 else None)
