"""Every image size the portal shows, by name. Templates ask for them by name ({% picture %} and
{% rendition %} in core_tags) and Python prefetches them by the same name, so a size changed here
changes both and the prefetch never misses."""

RENDITIONS = {
    "card": "fill-640x360",  # list cards
    "cover": "fill-1200x600",  # a kit's cover and an article's lead image
    "social": "fill-1200x630",  # Open Graph and JSON-LD (the size social networks crop to)
    "wide": "width-1200",  # an image block on a wide screen
    "narrow": "width-640",  # an image block on a phone
    "step": "width-800",  # the picture of a kit's step
}


def spec(name):
    return RENDITIONS[name]
