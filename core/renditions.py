"""Every image size the portal shows, by name. Templates ask for them by name ({% picture %} and
{% rendition %} in core_tags) and Python prefetches them by the same names (`specs`), so a size changed
here changes both and the prefetch never misses: a rendition missing from a prefetch is not looked up
again but made anew, on every request.

A picture is sent in AVIF and WebP, with a JPEG for browsers that read neither, each at a few widths; the
browser takes the first format it reads and, from `sizes` (how wide the CSS of static/portal/css/portal.css
shows the image), the smallest width that fills that space at its screen's pixel density. The widths cover
phones (one column, the screen's width less the 1rem margins, at 1.75 to 3 pixels per CSS pixel) and the
desktop grids (cards of 16 to 25rem, an article of 48rem) at 1 and 2."""

from dataclasses import dataclass
from functools import cache

from wagtail.images.models import Filter

PICTURE_FORMATS = "format-{avif,webp,jpeg}"
FALLBACK_FORMAT = "format-jpeg"


@dataclass(frozen=True)
class PictureSize:
    resize: str  # one Wagtail resize rule per width, smallest first: "fill-{400x225,720x405}"
    sizes: str  # the <img> sizes attribute: the width the CSS gives the image

    @property
    def specs(self):
        """Every rendition of the picture, each width in each format, as Wagtail filters made once per
        process: a filter parses its spec the first time it is used, which is a tenth of the time of a
        list of cards when each card makes nine new filters."""
        return filters_of(f"{self.resize}|{PICTURE_FORMATS}")

    @property
    def single_spec(self):
        """The one rendition that stands for the picture where only one file fits (a kit's PDF): the
        widest, in the format every reader opens."""
        return f"{Filter.expand_spec(self.resize)[-1]}|{FALLBACK_FORMAT}"


@cache
def filters_of(spec):
    return tuple(Filter(spec=each) for each in Filter.expand_spec(spec))


# `.card-grid`: cards of 16rem and more, so one column as wide as the screen less its margins up to
# about 35rem of screen, then cards of at most 25rem.
CARD_SIZES = "(max-width: 36rem) calc(100vw - 2rem), 25rem"
# The width of an article (`.article`: 48rem) or of the screen less its margins.
ARTICLE_SIZES = "(max-width: 50rem) calc(100vw - 2rem), 48rem"

PICTURES = {
    "card": PictureSize("fill-{400x225,720x405,1120x630}", CARD_SIZES),  # list cards
    "cover": PictureSize("fill-{720x360,960x480,1440x720}", ARTICLE_SIZES),  # kit cover, article lead
    "figure": PictureSize("width-{720,960,1440}", ARTICLE_SIZES),  # an image block, uncropped
    # the picture of a kit's step, in the list of steps (indented by 1.5rem)
    "step": PictureSize("width-{480,800,1200}", "(max-width: 50rem) calc(100vw - 3.5rem), 46.5rem"),
}

RENDITIONS = {
    "social": "fill-1200x630",  # Open Graph and JSON-LD (the size social networks crop to)
}


def spec(name):
    """The one rendition of `name`."""
    return PICTURES[name].single_spec if name in PICTURES else RENDITIONS[name]


def specs(*names):
    """Every rendition the named sizes show, for Image.objects.prefetch_renditions(*specs(...)) (which
    takes filters as well as their specs)."""
    return [each for name in names for each in (PICTURES[name].specs if name in PICTURES else [spec(name)])]
