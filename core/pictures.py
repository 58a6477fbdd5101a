"""Pictures made before their first reader: when a page is published, the background worker makes the
renditions of its images that its lists and its own head show (`PublicPageMixin.pictures`), instead of
its first reader waiting for them: nine encodings (three widths in AVIF, WebP and JPEG) for each new
card, two to four seconds for a list of new cards."""

from wagtail.images import get_image_model

from core.background import background_task
from core.renditions import specs


@background_task
def make_renditions(image_id, names):
    """The renditions of the named sizes (core.renditions) of image `image_id`, where still missing."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None:  # not deleted since
        image.get_renditions(*specs(*names))


def make_pictures_of_published_page(sender, instance, **_kwargs):
    """Signal receiver (page_published). The task is a row written in the publication's transaction
    (core.background): it runs once the publication is committed, and survives a restart."""
    for field, names in getattr(instance, "pictures", {}).items():
        image_id = getattr(instance, f"{field}_id")
        if image_id:
            make_renditions.enqueue(image_id, list(names))
